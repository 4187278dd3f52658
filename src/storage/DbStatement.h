#pragma once

// One prepared statement of the storage layer's bulk paths (ImportRun, NeighbourSearch, RuntimeKeySet,
// AggregateKeys), on either database (issue 12): SQLite's C API when the connection has a handle — inline, so the
// import keeps its speed — else a QSqlQuery (a shared PostgreSQL workspace). Private to src/storage.
//
// The QSqlQuery is not forward-only on purpose: QPSQL reads a forward-only result row by row from the socket, and
// any other statement on the connection (these paths interleave them: a probe per key set row) discards it. A read
// that runs no other statement until it is done asks for streamed rows (setStreamed()): then it is forward-only,
// and a million rows are never held in the client at once.

#include "BulkWriter.h"
#include "SqliteStatement.h"

#include <QByteArrayView>
#include <QSqlQuery>
#include <QVariant>

#include <optional>
#include <vector>

namespace hc {

class DbStatement
{
public:
    explicit DbStatement(const DbConnection &connection) : m_connection(connection) {}
    DbStatement(const DbStatement &) = delete;
    DbStatement &operator=(const DbStatement &) = delete;

    // `sql` with ? placeholders, in SQL both databases read; `what` names it in errors ("reading links").
    // Before prepare(): on PostgreSQL, rows come one by one from the socket (forward-only); no other statement may
    // run on the connection until this one is done. No effect on SQLite, which always steps row by row.
    void setStreamed() { m_streamed = true; }
    [[nodiscard]] Status prepare(const char *sql, const QString &what);

    // 1-based, as in SQLite.
    void bind(int index, qint64 value)
    {
        if (m_connection.sqlite)
            sqlite3_bind_int64(m_sqlite.q, index, value);
        else
            m_query->bindValue(index - 1, value);
    }
    void bindNull(int index)
    {
        if (m_connection.sqlite)
            sqlite3_bind_null(m_sqlite.q, index);
        else
            m_query->bindValue(index - 1, QVariant(QMetaType::fromType<qint64>()));
    }
    // 0 binds NULL (an id column's "none").
    void bindIdOrNull(int index, qint64 id)
    {
        if (id)
            bind(index, id);
        else
            bindNull(index);
    }
    void bindText(int index, const QString &text);
    // UTF-8 text, copied.
    void bindUtf8(int index, const QByteArray &utf8);
    // `bytes` must stay valid until the statement was stepped.
    void bindBlob(int index, const QByteArray &bytes);

    // true: a row to read; false: done, or failed (status() says which).
    bool step()
    {
        if (m_connection.sqlite) {
            m_rc = sqlite3_step(m_sqlite.q);
            return m_rc == SQLITE_ROW;
        }
        return stepQuery();
    }
    // Success, or the failure of the last prepare() or step().
    [[nodiscard]] Status status() const;
    // Runs a statement that returns no rows and makes it ready for the next values.
    [[nodiscard]] Status execute()
    {
        step();
        Status s = status();
        reset();
        return s;
    }
    // Makes the statement ready to run again (with new bindings).
    void reset()
    {
        if (m_connection.sqlite)
            sqlite3_reset(m_sqlite.q);
        else
            m_executed = false;
    }

    qint64 int64At(int column) const
    {
        return m_connection.sqlite ? sqlite3_column_int64(m_sqlite.q, column) : m_query->value(column).toLongLong();
    }
    bool isNull(int column) const
    {
        return m_connection.sqlite ? sqlite3_column_type(m_sqlite.q, column) == SQLITE_NULL
                                   : m_query->value(column).isNull();
    }
    int intAt(int column) const { return int(int64At(column)); }
    QString textAt(int column) const
    {
        return m_connection.sqlite ? SqliteApi::textAt(m_sqlite.q, column) : m_query->value(column).toString();
    }
    // A text or blob column's bytes, valid until the next step.
    QByteArrayView bytesAt(int column)
    {
        if (m_connection.sqlite) {
            const void *data = sqlite3_column_blob(m_sqlite.q, column); // before _bytes, as SQLite asks
            return QByteArrayView(static_cast<const char *>(data), sqlite3_column_bytes(m_sqlite.q, column));
        }
        // One buffer per column: a row's views are used together.
        if (size_t(column) >= m_bytes.size())
            m_bytes.resize(size_t(column) + 1);
        m_bytes[size_t(column)] = m_query->value(column).toByteArray();
        return QByteArrayView(m_bytes[size_t(column)]);
    }

private:
    bool stepQuery();

    DbConnection m_connection;
    QString m_what;
    SqliteApi::Statement m_sqlite;
    int m_rc = SQLITE_OK;
    std::optional<QSqlQuery> m_query;
    bool m_streamed = false;
    bool m_executed = false;
    bool m_queryFailed = false;
    std::vector<QByteArray> m_bytes;
};

} // namespace hc
