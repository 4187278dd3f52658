#pragma once

// The throwaway PostgreSQL server of tests/postgres (label postgres): CTest's `pg-server exec` sets
// HEADCOUNT_TEST_PG_URL and PGPASSFILE. Each test works in a database of its own, made from that URL.
#include "Result.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace hc::test {

class PgTestDatabase
{
public:
    // The server's URL (empty when the test does not run through CTest: skip then).
    static QString serverUrl();

    PgTestDatabase() = default;
    ~PgTestDatabase() { drop(); }
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    // A new empty database on the server; url() names it.
    [[nodiscard]] Status create();
    // Dropped WITH (FORCE): a connection a failed test left open does not keep it alive.
    void drop();
    QString url() const { return m_url; }
    QString name() const { return m_name; }

private:
    QSqlDatabase admin() const;

    QString m_name;
    QString m_url;
};

// The rows of `sql` as text, one line per row ("a|b|c"; a byte array as hex, NULL as "∅"), in the query's order:
// two workspaces compared row by row, whichever database each lives in.
QStringList rowsOf(const QSqlDatabase &db, const QString &sql);

} // namespace hc::test
