#pragma once

#include "Result.h"

#include <QByteArray>
#include <QSqlDatabase>

#include <memory>

struct sqlite3;

namespace hc {
class SqlDialect;
}

namespace hc {

// The connection a bulk path of the storage layer works on (issue 12): SQLite's C-API handle when there is one,
// else the QSqlDatabase (a shared PostgreSQL workspace). Made from a bare handle too, so the SQLite-only callers
// (migrations, the integrity check) keep passing theirs.
struct DbConnection
{
    explicit DbConnection(const QSqlDatabase &database);
    DbConnection(sqlite3 *handle) : sqlite(handle) {} // NOLINT: implicit on purpose, see above
    DbConnection(const QSqlDatabase &database, sqlite3 *handle) : db(database), sqlite(handle) {}

    bool isSqlite() const { return sqlite != nullptr; }
    const SqlDialect &dialect() const;

    QSqlDatabase db;           // used only when sqlite is null
    sqlite3 *sqlite = nullptr; // null on PostgreSQL
};

// Appends rows to one table inside the caller's transaction: SQLite's multi-row INSERTs through the C API
// (SqliteBulkInserter, the fast path) or PostgreSQL's COPY … FROM STDIN (PostgresCopyWriter). Values are added
// column by column, in the order of `columns`; text must stay valid until finish() returned (the SQLite writer
// binds it without a copy).
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;

    // `columns` as in SQL: "runtime_id, tenant, n". `rowsPerStatement` is the SQLite writer's batch.
    static std::unique_ptr<BulkWriter> open(const DbConnection &connection, const QByteArray &table,
                                            const QByteArray &columns, int rowsPerStatement = 32);

    virtual void addInt(qint64 value) = 0;
    // Never null (use "" for empty text).
    virtual void addText(const char *utf8, int size) = 0;
    void addText(const QByteArray &utf8) { addText(utf8.constData(), int(utf8.size())); }
    virtual void addNull() = 0;
    // After the last value of each row.
    [[nodiscard]] virtual Status endRow() = 0;
    // Writes the rows still pending; the table is complete only after it succeeded.
    [[nodiscard]] virtual Status finish() = 0;
};

} // namespace hc
