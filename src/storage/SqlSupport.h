#pragma once

// What every store of the storage layer shares: bound text, the clock of decisions, a few lookups, and the SQL
// predicates of the rules, built once from the core enums (never retyped as literal numbers in a query).

#include "Result.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QVariantList>

namespace hc {

namespace Sql {

// QSqlQuery binds a null QString as SQL NULL; text columns are NOT NULL and compared with '=', so bind "".
inline QString bound(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

// When a decision or import was made, as stored (UTC, ISO 8601).
QString nowUtc();

// How decisions and group memberships key a record: tenant + username key (SPEC §3).
inline QString decisionKey(const QString &tenant, const QString &usernameKey)
{
    return tenant + QChar(0x1f) + usernameKey;
}

// Runs one statement with bound values; `what` names it in the error ("removing a runtime").
[[nodiscard]] Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what);

// The infrastructure a runtime belongs to.
[[nodiscard]] Result<qint64> infraOfRuntime(const QSqlDatabase &db, qint64 runtimeId);

// A condition and the values it binds, in order.
struct Condition
{
    QString sql;
    QVariantList values;
};

// "<column> = <n>" / "<column> <> <n>" for a record status (R5), from the enum.
QString statusIs(const QString &column, RecordStatus status);
QString statusIsNot(const QString &column, RecordStatus status);
// "<column> IN (<every status>)": no condition at all, but it lets SQLite seek the (runtime, status, domain) key of
// agg_runtime by domain instead of reading every bucket of a runtime.
QString anyStatus(const QString &column);

// R3/R4: a stored domain ('' = no valid e-mail) that makes a record internal: none, or one the infrastructure owns.
// Binds the infrastructure id.
Condition internalDomain(const QString &domainColumn, qint64 infraId);

// R4 as a filter: counted records of that class. `hasOwnedDomains` false: every counted record is internal (SQL
// without the subquery, which the planner would otherwise evaluate per row).
Condition classIs(UserClass userClass, const QString &statusColumn, const QString &domainColumn, qint64 infraId,
                  bool hasOwnedDomains);

// The records of a runtime are the id range [runtime_id << 32, (runtime_id + 1) << 32): no index on runtime_id.
// "<idColumn> BETWEEN (<runtimeColumn> << 32) AND ((<runtimeColumn> << 32) | 4294967295)".
QString inRuntimeRange(const QString &idColumn, const QString &runtimeIdColumn);

} // namespace Sql
} // namespace hc
