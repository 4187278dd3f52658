#include "BulkWriter.h"

#include "AggregateKeys.h"
#include "PostgresCopyWriter.h"
#include "SqlDialect.h"
#include "SqliteBulkInserter.h"

namespace hc {

DbConnection::DbConnection(const QSqlDatabase &database) : db(database), sqlite(sqliteHandle(database))
{
}

const SqlDialect &DbConnection::dialect() const
{
    return sqlite ? SqlDialect::sqlite() : SqlDialect::of(db);
}

std::unique_ptr<BulkWriter> BulkWriter::open(const DbConnection &connection, const QByteArray &table,
                                             const QByteArray &columns, int rowsPerStatement)
{
    const int count = int(columns.count(',')) + 1;
    if (connection.sqlite) {
        return std::make_unique<SqliteBulkInserter>(connection.sqlite, "INSERT INTO " + table + " (" + columns + ")",
                                                    count, rowsPerStatement);
    }
    return std::make_unique<PostgresCopyWriter>(connection.db, table, columns, count);
}

} // namespace hc
