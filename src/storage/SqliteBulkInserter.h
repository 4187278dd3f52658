#pragma once

#include "BulkWriter.h"
#include "Result.h"

#include <QByteArray>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace hc {

// Appends rows through the SQLite C API with multi-row INSERT statements. QSqlQuery's bind/exec round-trips every
// value through QVariant and UTF-16 and was measured ~4x slower for bulk loads (issue 3). Text is bound without a
// copy: the caller keeps every QByteArray alive until finish() returned.
class SqliteBulkInserter final : public BulkWriter
{
public:
    // `head` is "INSERT INTO table (a, b, c)"; `columns` the number of values per row.
    SqliteBulkInserter(sqlite3 *db, QByteArray head, int columns, int rowsPerStatement = 32);
    ~SqliteBulkInserter() override;
    SqliteBulkInserter(const SqliteBulkInserter &) = delete;
    SqliteBulkInserter &operator=(const SqliteBulkInserter &) = delete;

    void addInt(qint64 value) override;
    using BulkWriter::addText;
    // `utf8` must stay valid until the row is written; never null (use "" for empty text).
    void addText(const char *utf8, int size) override;
    void addNull() override;
    // Call after the last value of each row: runs a full statement when one is filled.
    Status endRow() override;
    // Writes the rows still pending.
    Status finish() override;

private:
    sqlite3_stmt *prepare(int rows);
    Status step(sqlite3_stmt *statement);

    sqlite3 *m_db;
    QByteArray m_head;
    int m_columns;
    int m_rowsPerStatement;
    sqlite3_stmt *m_full = nullptr;
    sqlite3_stmt *m_single = nullptr;
    int m_rowsPending = 0;
    int m_param = 0; // next 1-based parameter index in m_full
    // Rows that did not fill a whole statement are replayed one by one at finish(), from these copies of the values.
    struct Value
    {
        int kind = 0; // 0 null, 1 int, 2 text
        qint64 integer = 0;
        const char *text = nullptr;
        int size = 0;
    };
    QVector<Value> m_pending;
    QString m_error;
};

} // namespace hc
