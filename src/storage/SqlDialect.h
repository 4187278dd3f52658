#pragma once

#include <QString>
#include <QStringList>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace hc {

// What differs between the two databases a workspace can live in (issue 12), behind one small interface, as
// KMyMoney keeps one driver class per SQL dialect. The schema is written once, in SQLite's words (Schema.cpp), and
// rewritten here for PostgreSQL; the SQLite dialect gives every statement back unchanged, byte for byte.
class SqlDialect {
public:
    enum class Backend { Sqlite, Postgres };
    // How records are loaded in bulk: SQLite's C API (SqliteBulkInserter) or PostgreSQL's COPY.
    enum class BulkLoad { SqliteCApi, Copy };

    virtual ~SqlDialect() = default;

    // The dialect of a connection, by its Qt driver (QSQLITE or QPSQL); SQLite for anything else.
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &sqlite();
    static const SqlDialect &postgres();

    virtual Backend backend() const = 0;
    bool isPostgres() const { return backend() == Backend::Postgres; }
    // The Qt SQL driver name.
    virtual QString driverName() const = 0;

    // A schema statement of Schema.cpp (SQLite types: INTEGER PRIMARY KEY as the rowid alias, WITHOUT ROWID, BLOB)
    // in this dialect.
    virtual QString ddl(const QString &sqliteStatement) const = 0;
    // The names of the workspace's tables, one per row (none: an empty database, a new workspace).
    virtual QString tablesQuery() const = 0;

    // The statements that open a writing transaction holding the workspace's write lock, waiting up to `timeoutMs`
    // for another writer (SPEC §7): BEGIN IMMEDIATE + SQLite's busy handler; BEGIN + a transaction-scoped advisory
    // lock with a lock timeout on PostgreSQL, so writers serialise there as they do on one SQLite file.
    virtual QStringList beginWrite(int timeoutMs) const = 0;
    // Whether the connection is inside a transaction now (a nested Transaction becomes a savepoint).
    virtual bool inTransaction(const QSqlDatabase &db) const = 0;
    // Whether a failed statement means that another writer kept the workspace locked past the timeout.
    virtual bool isBusy(const QSqlError &e) const = 0;

    // "INSERT … VALUES …" that sets `assignments` ("value = excluded.value") when a row with the same `key` exists.
    // SQLite keeps its INSERT OR REPLACE where the schema code used it (meta).
    virtual QString upsert(const QString &table, const QStringList &columns, const QStringList &key) const = 0;
    // "INSERT … VALUES (?, …)" that leaves an existing row with the same key as it is (SQLite's INSERT OR IGNORE).
    virtual QString insertOrIgnore(const QString &table, const QStringList &columns) const = 0;
    // Appended to an INSERT to read the new row's id where QSqlQuery::lastInsertId() cannot (QPSQL: no OIDs);
    // empty on SQLite. Read the id with insertedId().
    virtual QString returningId() const = 0;

    // The operator of a LIKE that ignores ASCII case (SQLite's LIKE; PostgreSQL's ILIKE over the "C" collation).
    virtual QString likeIgnoringCase() const = 0;
    // An ORDER BY key that ignores ASCII case.
    virtual QString orderIgnoringCase(const QString &column) const = 0;

    virtual BulkLoad bulkLoad() const = 0;
    // Whether the SQLite C-API fast paths (bulk insert, id scans through sqlite3_step, the aggregate key rewrite,
    // PRAGMAs) are available. Where they are not, an operation says "not yet supported" instead of running.
    virtual bool hasSqliteFastPaths() const = 0;
};

// The id of the row an INSERT … returningId() just wrote.
qint64 insertedId(QSqlQuery &q);

} // namespace hc
