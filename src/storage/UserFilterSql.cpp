#include "UserFilterSql.h"

#include "SqlDialect.h"

#include "RuntimeImport.h"

#include <QSqlQuery>

namespace hc {

namespace UserFilterSql {

QString source()
{
    return QStringLiteral("FROM runtime r CROSS JOIN user_record u WHERE %1 AND ")
        .arg(Sql::inRuntimeRange(QStringLiteral("u.id"), QStringLiteral("r.id")));
}

namespace {

void add(Sql::Condition &into, QStringList &conditions, const Sql::Condition &c)
{
    conditions << c.sql;
    into.values += c.values;
}

// Case-insensitive substring of username, name, e-mail, phone or external id; LIKE wildcards in it are literal.
Sql::Condition searchCondition(const SqlDialect &dialect, const QString &search)
{
    QString pattern = search;
    pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    pattern = u'%' + pattern + u'%';
    Sql::Condition c;
    QStringList any;
    for (const char *column : {"u.username", "u.name", "u.email", "u.phone", "u.external_id"}) {
        any << QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(QLatin1String(column), dialect.likeIgnoringCase());
        c.values << pattern;
    }
    c.sql = u'(' + any.join(QStringLiteral(" OR ")) + u')';
    return c;
}

} // namespace

Sql::Condition where(const SqlDialect &dialect, const UserFilter &f, bool hasOwnedDomains)
{
    Sql::Condition s;
    QStringList conditions;
    add(s, conditions, {QStringLiteral("r.infra_id = ?"), {f.infraId}});
    if (f.runtimeId)
        add(s, conditions, {QStringLiteral("u.id BETWEEN ? AND ?"),
                            {RuntimeImport::firstId(*f.runtimeId), RuntimeImport::lastId(*f.runtimeId)}});
    if (f.status)
        add(s, conditions, {QStringLiteral("u.status = ?"), {int(*f.status)}});
    if (f.tenant)
        add(s, conditions, {QStringLiteral("u.tenant = ?"), {Sql::bound(*f.tenant)}});
    if (f.userClass)
        add(s, conditions, Sql::classIs(*f.userClass, QStringLiteral("u.status"), QStringLiteral("u.domain"), f.infraId,
                                        hasOwnedDomains));
    if (!f.notLoggedInSince.isEmpty())
        add(s, conditions, {QStringLiteral("(u.last_login = '' OR u.last_login < ?)"), {f.notLoggedInSince}});
    if (!f.recordIds.isEmpty()) {
        Sql::Condition ids{QStringLiteral("u.id IN (%1)").arg(QStringList(f.recordIds.size(), QStringLiteral("?")).join(u',')), {}};
        for (qint64 id : f.recordIds)
            ids.values << id;
        add(s, conditions, ids);
    }
    if (!f.group.isEmpty()) {
        // A membership without a tenant names the username in any tenant of its runtime (primary key seek).
        add(s, conditions, {QStringLiteral("EXISTS (SELECT 1 FROM user_group g WHERE g.runtime_id = u.runtime_id"
                                           " AND g.group_name = ? AND g.username_key = u.username_key"
                                           " AND g.tenant IN ('', u.tenant))"),
                            {f.group}});
    }
    if (!f.search.isEmpty())
        add(s, conditions, searchCondition(dialect, f.search));
    s.sql = conditions.join(QStringLiteral(" AND "));
    return s;
}

Sql::Condition orderBy(const SqlDialect &dialect, const UserFilter &f, LicenceModel model, bool hasOwnedDomains)
{
    Sql::Condition s;
    if (!f.sortBy) {
        s.sql = QStringLiteral("r.name, u.username_key, u.id");
        return s;
    }
    const QString notCounted = Sql::statusIsNot(QStringLiteral("u.status"), RecordStatus::Counted);
    QStringList keys;
    switch (*f.sortBy) {
    case UserSort::Runtime: keys << QStringLiteral("r.name"); break;
    case UserSort::Username: keys << QStringLiteral("u.username_key") << QStringLiteral("u.username"); break;
    case UserSort::Name: keys << dialect.orderIgnoringCase(QStringLiteral("u.name")); break;
    case UserSort::Email: keys << dialect.orderIgnoringCase(QStringLiteral("u.email")); break;
    case UserSort::Phone: keys << QStringLiteral("u.phone"); break;
    case UserSort::Tenant: keys << QStringLiteral("u.tenant"); break;
    case UserSort::LastLogin: keys << QStringLiteral("u.last_login"); break;
    case UserSort::Status: keys << QStringLiteral("u.status"); break;
    case UserSort::Class:
        // internal, external, then records that do not count (no class); the named model has no classes at all.
        if (model == LicenceModel::Named)
            break;
        if (hasOwnedDomains) {
            const Sql::Condition internal = Sql::internalDomain(QStringLiteral("u.domain"), f.infraId);
            keys << QStringLiteral("CASE WHEN %1 THEN 2 WHEN %2 THEN 0 ELSE 1 END").arg(notCounted, internal.sql);
            s.values += internal.values;
        } else {
            keys << notCounted;
        }
        break;
    case UserSort::Individual:
        keys << QStringLiteral("CASE WHEN %1 THEN u.individual END")
                    .arg(Sql::statusIs(QStringLiteral("u.status"), RecordStatus::Counted));
        break;
    }
    keys << QStringLiteral("u.id");
    if (f.descending) {
        for (QString &key : keys)
            key += QStringLiteral(" DESC");
    }
    s.sql = keys.join(QStringLiteral(", "));
    return s;
}

bool countableFromAggregates(const UserFilter &f)
{
    return f.search.isEmpty() && !f.tenant && f.notLoggedInSince.isEmpty() && f.recordIds.isEmpty() && f.group.isEmpty();
}

Sql::Condition aggregateWhere(const UserFilter &f, bool hasOwnedDomains)
{
    Sql::Condition s;
    QStringList conditions;
    add(s, conditions, {QStringLiteral("r.infra_id = ?"), {f.infraId}});
    if (f.runtimeId)
        add(s, conditions, {QStringLiteral("r.id = ?"), {*f.runtimeId}});
    if (f.status)
        add(s, conditions, {QStringLiteral("a.status = ?"), {int(*f.status)}});
    if (f.userClass)
        add(s, conditions, Sql::classIs(*f.userClass, QStringLiteral("a.status"), QStringLiteral("a.domain"), f.infraId,
                                        hasOwnedDomains));
    s.sql = conditions.join(QStringLiteral(" AND "));
    return s;
}

} // namespace UserFilterSql

} // namespace hc
