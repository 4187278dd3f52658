#pragma once

#include <QCoreApplication>
#include <QSqlError>
#include <QString>

namespace hc {

// Workspace::open: the PostgreSQL server wants a password and none was given (or it was refused); a front end may
// ask for one and open again with it (DatabaseCredentials).
constexpr int PasswordNeededCode = 103;

// One wording for failed reads and writes, so that a damaged file is always called damaged (SPEC §7): SQLite's
// SQLITE_CORRUPT (11) and SQLITE_NOTADB (26), with their extended codes, mean the file itself is broken.
struct StorageErrors
{
    Q_DECLARE_TR_FUNCTIONS(hc::StorageErrors)

public:
    // Only an SQLite error can mean a damaged file: a PostgreSQL server's SQLSTATE is no SQLite code (22027 has
    // SQLITE_CORRUPT's low byte) and "malformed" is in many of its messages ("malformed array literal").
    static bool isDamage(const QSqlError &e)
    {
        if (isFromPostgres(e))
            return false;
        const int code = e.nativeErrorCode().toInt() & 0xff;
        return code == 11 || code == 26 || e.databaseText().contains(QLatin1String("malformed"));
    }
    // A QSqlError does not name its driver, but QPSQL starts its driver text with "QPSQL: " (and gives the SQLSTATE
    // as the code); QSQLITE's driver text is bare. tst_pgreport holds the server's real errors to this.
    static bool isFromPostgres(const QSqlError &e) { return e.driverText().startsWith(QLatin1String("QPSQL: ")); }
    static bool isDamage(int sqliteCode) { return (sqliteCode & 0xff) == 11 || (sqliteCode & 0xff) == 26; }
    static QString damaged(const QString &detail)
    {
        return tr("The workspace is damaged: %1. Nothing was changed; run 'headcount-cli check', and restore a "
                  "backup.").arg(detail);
    }
    // `what` says what was being done, e.g. tr("reading runtimes").
    static QString failure(const QString &what, const QSqlError &e)
    {
        if (isDamage(e))
            return damaged(e.text());
        return tr("Database error while %1: %2").arg(what, e.text());
    }
    // A PostgreSQL server's message that came without a QSqlError (libpq's COPY): never damage.
    static QString serverFailure(const QString &what, const QString &message)
    {
        return tr("Database error while %1: %2").arg(what, message);
    }
    // The same for a C-API result code and sqlite3_errmsg().
    static QString failure(const QString &what, int sqliteCode, const char *message)
    {
        if (isDamage(sqliteCode))
            return damaged(QString::fromUtf8(message));
        return tr("Database error while %1: %2").arg(what, QString::fromUtf8(message));
    }
};

} // namespace hc
