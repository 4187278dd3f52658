#include "SqliteBulkInserter.h"

#include "StorageErrors.h"

#include <QCoreApplication>
#include <QVector>

#include <sqlite3.h>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(SqliteBulkInserter)
};

} // namespace

SqliteBulkInserter::SqliteBulkInserter(sqlite3 *db, QByteArray head, int columns, int rowsPerStatement)
    : m_db(db)
    , m_head(std::move(head))
    , m_columns(columns)
    , m_rowsPerStatement(rowsPerStatement)
{
    m_full = prepare(m_rowsPerStatement);
    m_pending.reserve(m_columns * m_rowsPerStatement);
}

SqliteBulkInserter::~SqliteBulkInserter()
{
    sqlite3_finalize(m_full);
    sqlite3_finalize(m_single);
}

sqlite3_stmt *SqliteBulkInserter::prepare(int rows)
{
    QByteArray one = "(";
    for (int c = 0; c < m_columns; ++c)
        one += c ? ",?" : "?";
    one += ')';
    QByteArray sql = m_head + " VALUES ";
    for (int r = 0; r < rows; ++r) {
        if (r)
            sql += ',';
        sql += one;
    }
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(m_db, sql.constData(), int(sql.size()), &statement, nullptr) != SQLITE_OK) {
        m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
        return nullptr;
    }
    return statement;
}

void SqliteBulkInserter::addInt(qint64 value)
{
    m_pending.append({1, value, nullptr, 0});
    if (m_full)
        sqlite3_bind_int64(m_full, ++m_param, value);
}

void SqliteBulkInserter::addText(const char *utf8, int size)
{
    m_pending.append({2, 0, utf8, size});
    if (m_full)
        sqlite3_bind_text(m_full, ++m_param, utf8, size, SQLITE_STATIC);
}

void SqliteBulkInserter::addNull()
{
    m_pending.append({0, 0, nullptr, 0});
    if (m_full)
        sqlite3_bind_null(m_full, ++m_param);
}

Status SqliteBulkInserter::step(sqlite3_stmt *statement)
{
    const int rc = sqlite3_step(statement);
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return Status::failure(StorageErrors::failure(Tr::tr("writing"), rc, sqlite3_errmsg(m_db)));
    return {};
}

Status SqliteBulkInserter::endRow()
{
    if (!m_full)
        return Status::failure(Tr::tr("Database error while preparing a bulk insert: %1").arg(m_error));
    if (++m_rowsPending < m_rowsPerStatement)
        return {};
    m_rowsPending = 0;
    m_param = 0;
    m_pending.clear();
    return step(m_full);
}

Status SqliteBulkInserter::finish()
{
    if (m_rowsPending == 0)
        return {};
    if (!m_single && !(m_single = prepare(1)))
        return Status::failure(Tr::tr("Database error while preparing a bulk insert: %1").arg(m_error));
    for (int r = 0; r < m_rowsPending; ++r) {
        for (int c = 0; c < m_columns; ++c) {
            const Value &v = m_pending.at(r * m_columns + c);
            if (v.kind == 1)
                sqlite3_bind_int64(m_single, c + 1, v.integer);
            else if (v.kind == 2)
                sqlite3_bind_text(m_single, c + 1, v.text, v.size, SQLITE_STATIC);
            else
                sqlite3_bind_null(m_single, c + 1);
        }
        if (Status s = step(m_single); !s)
            return s;
    }
    m_rowsPending = 0;
    m_param = 0;
    m_pending.clear();
    return {};
}

} // namespace hc
