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

} // namespace hc
