#pragma once

// For the tests of label postgres: a database of their own on the throwaway server of tests/postgres/pg-server
// (CTest sets HEADCOUNT_TEST_PG_URL, PGPASSFILE and HEADCOUNT_TEST_PG_DIR). Link headcount_testsupport.
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hc::test {

class PgTestDatabase {
public:
    // Creates a database with a unique name on the server (nothing when the server's URL is not set).
    PgTestDatabase();
    // Drops it, closing whatever connections are left (WITH (FORCE)).
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // Whether HEADCOUNT_TEST_PG_URL is set (else the test should QSKIP).
    static bool serverAvailable();
    bool isReady() const { return m_error.isEmpty() && !m_url.isEmpty(); }
    QString error() const { return m_error; }
    // postgresql://ROLE@127.0.0.1:PORT/DBNAME of this database.
    QString url() const { return m_url; }
    QString name() const { return m_name; }
    // The test role's password, read from PGPASSFILE (for the tests of the console's password prompt).
    static QString rolePassword();

private:
    QString m_url;
    QString m_name;
    QString m_error;
};

// A QPSQL connection named `connectionName` to the database a postgresql:// URL names (not opened; the password
// comes from PGPASSFILE, as for the programs under test). An invalid QSqlDatabase when `url` is not such a URL.
QSqlDatabase addPgConnection(const QString &url, const QString &connectionName);

// The rows of `sql` as text, one line per row ("a|b|c"; a byte array as hex, NULL as "∅"), in the query's order:
// two workspaces compared row by row, whichever database each lives in.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql);

} // namespace hc::test
