#pragma once

#include "SqlSupport.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

namespace hc {

class SqlDialect;

// The SQL of a UserFilter: its WHERE clause and ORDER BY, from fixed expressions with every value bound (nothing the
// caller writes reaches the SQL). The record id ends every order so that LIMIT/OFFSET pages never overlap.
namespace UserFilterSql {

// "FROM runtime r CROSS JOIN user_record u WHERE <u in r's id range> AND ": the source every user query reads.
QString source();
// Conditions on `u` and `r`.
Sql::Condition where(const SqlDialect &dialect, const UserFilter &f, bool hasOwnedDomains);
Sql::Condition orderBy(const SqlDialect &dialect, const UserFilter &f, LicenceModel model, bool hasOwnedDomains);
// True when only runtime, status and class are filtered: the per-runtime aggregates can count it.
bool countableFromAggregates(const UserFilter &f);
// The same conditions on agg_runtime `a` (and runtime `r`), for COUNT without a scan.
Sql::Condition aggregateWhere(const UserFilter &f, bool hasOwnedDomains);

} // namespace UserFilterSql

// Listing, counting and sorting users read each page once: for that time the connection's page cache is kept small.
// Measured on 1 M records, sorting by name took 1.0 s with 2 MiB and 2.1 s with the usual 64 MiB (page faults), and
// the 64 MiB stayed in the GUI process afterwards (SPEC §8: under 200 MB). An import keeps it at 32 MiB: it holds
// what it reads in its own arrays and appends in order, so the cache was only a third of its peak memory.
class ScanCache
{
public:
    explicit ScanCache(const QSqlDatabase &db, int kib = 2048);
    ~ScanCache();
    ScanCache(const ScanCache &) = delete;
    ScanCache &operator=(const ScanCache &) = delete;

private:
    QSqlDatabase m_db;
    qint64 m_previous = 0;
};

} // namespace hc
