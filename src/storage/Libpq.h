#pragma once

// The few libpq functions the storage layer calls itself on a QPSQL connection (issue 12): the transaction status
// and COPY … FROM STDIN. They are resolved at run time from the libpq the QPSQL plugin already loaded, never
// linked: linking libpq into every executable cost each SQLite-only command (most of them) the start-up of libpq,
// OpenSSL, Kerberos and LDAP. Private to src/storage.

class QSqlDatabase;

namespace hc::Libpq {

// libpq's opaque PGconn and PGresult.
using Conn = void;
using PgResult = void;

// libpq's ExecStatusType values used here (a stable ABI).
enum ExecStatus { CommandOk = 1, CopyIn = 4 };
// PG_DIAG_SQLSTATE.
constexpr int DiagSqlState = 'C';

struct Functions
{
    int (*transactionStatus)(const Conn *) = nullptr;
    PgResult *(*exec)(Conn *, const char *) = nullptr;
    int (*resultStatus)(const PgResult *) = nullptr;
    char *(*resultErrorMessage)(const PgResult *) = nullptr;
    char *(*resultErrorField)(const PgResult *, int) = nullptr;
    void (*clear)(PgResult *) = nullptr;
    int (*putCopyData)(Conn *, const char *, int) = nullptr;
    int (*putCopyEnd)(Conn *, const char *) = nullptr;
    PgResult *(*getResult)(Conn *) = nullptr;
    char *(*errorMessage)(const Conn *) = nullptr;

    bool hasCopy() const
    {
        return exec && resultStatus && resultErrorMessage && resultErrorField && clear && putCopyData && putCopyEnd
            && getResult && errorMessage;
    }
};

// Resolved once; a function libpq does not have (or no libpq at all) stays null.
const Functions &functions();

// The PGconn under a QPSQL connection; nullptr for any other driver or a closed connection.
Conn *connection(const QSqlDatabase &db);

} // namespace hc::Libpq
