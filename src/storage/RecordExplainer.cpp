#include "RecordExplainer.h"

#include "CountsEngine.h"
#include "DomainStore.h"
#include "InfrastructureStore.h"
#include "SqlSupport.h"
#include "StorageErrors.h"
#include "UserQueries.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

namespace {

// "runtime/username" of each record, and whether any of them is internal (R7), for the explain trace.
Result<QPair<QStringList, bool>> describeMembers(const QSqlDatabase &db, const QVector<qint64> &ids,
                                                 const QSet<QString> &owned)
{
    using R = Result<QPair<QStringList, bool>>;
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT r.name, u.username, u.domain, u.tenant FROM user_record u"
                             " JOIN runtime r ON r.id = u.runtime_id WHERE u.id = ?"));
    QStringList members;
    bool anyInternal = false;
    for (qint64 id : ids) {
        m.addBindValue(id);
        if (!m.exec() || !m.next())
            return R::failure(StorageErrors::failure(Tr::tr("reading a record"), m.lastError()));
        const QString tenant = m.value(3).toString();
        members << (tenant.isEmpty() ? QStringLiteral("%1/%2").arg(m.value(0).toString(), m.value(1).toString())
                                     : QStringLiteral("%1/%2 (tenant %3)").arg(m.value(0).toString(), m.value(1).toString(), tenant));
        anyInternal = anyInternal || Rules::classify(m.value(2).toString(), owned) == UserClass::Internal;
        m.finish();
    }
    return R({members, anyInternal});
}

} // namespace

Result<QStringList> RecordExplainer::explain(const RecordRef &ref) const
{
    using R = Result<QStringList>;
    const auto rows = m_users.findRecords(ref);
    if (!rows)
        return R::failure(rows.error());
    const auto infraOf = Sql::infraOfRuntime(m_db, ref.runtimeId);
    if (!infraOf)
        return R::failure(infraOf.error());
    const qint64 infraId = *infraOf;
    const auto infra = m_infras.infrastructureById(infraId);
    if (!infra)
        return R::failure(infra.error());
    const auto kinds = loadTenantKinds(m_db, infraId);
    if (!kinds)
        return R::failure(kinds.error());
    const auto ownedRead = m_domains.ownedDomainSet(infraId);
    if (!ownedRead)
        return R::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const auto version = PlatformVersion::parse(infra->platformVersion);

    QStringList lines;
    for (const UserRow &row : *rows) {
        if (rows->size() > 1)
            lines << Tr::tr("%1/%2 (tenant \"%3\"):").arg(row.runtime, row.record.username, row.record.tenant);
        Overrides o;
        QSqlQuery d(m_db);
        d.prepare(QStringLiteral("SELECT it_override, deactivated_here FROM user_record WHERE id = ?"));
        d.addBindValue(row.recordId);
        if (!d.exec() || !d.next())
            return R::failure(StorageErrors::failure(Tr::tr("reading a record"), d.lastError()));
        o.itUser = d.isNull(0) ? std::nullopt : std::optional<bool>(d.value(0).toBool());
        if (d.value(1).toBool())
            o.deactivated = true;
        const TenantKind kind = kinds->kind(row.record.tenant);
        lines << Rules::explain(row.record, o, owned, infra->model, kind);
        if (!row.individual) {
            lines << Tr::tr("R12: not counted by the platform's console either.");
            continue;
        }
        const auto memberIds = m_engine.individualMembers(infraId, row.recordId);
        if (!memberIds)
            return R::failure(memberIds.error());
        const auto members = describeMembers(m_db, *memberIds, owned);
        if (!members)
            return R::failure(members.error());
        lines << Tr::tr("R6: individual #%1, %n counted record(s): %2.", nullptr, int(members->first.size()))
                     .arg(*row.individual)
                     .arg(members->first.join(QStringLiteral(", ")));
        if (infra->model == LicenceModel::InternalExternal) {
            lines << (members->second ? Tr::tr("R7: at least one of its counted records is internal: the individual counts as internal.")
                                      : Tr::tr("R7: none of its counted records is internal: the individual counts as external."));
        } else {
            lines << Tr::tr("R9: the individual counts once against the named capacity.");
        }
        lines << platformLine(infraId, row, kind, version, owned);
    }
    return lines;
}

QString RecordExplainer::platformLine(qint64 infraId, const UserRow &row, TenantKind kind,
                                   const std::optional<PlatformVersion> &version, const QSet<QString> &owned) const
{
    if (!platformMergesDefaultTenants(version))
        return Tr::tr("R12: platform %1 (before 11.11.3) counts each counted record as one user: this record is one "
                      "user of %2's console.").arg(version->toString(), row.runtime);
    if (kind == TenantKind::App)
        return Tr::tr("R12: tenant \"%1\" is a multi-tenant app's tenant: the platform counts this record as a user of "
                      "its own in %2's console.").arg(row.record.tenant, row.runtime);
    const auto ids = m_engine.platformMembers(infraId, row.recordId);
    const auto members = ids ? describeMembers(m_db, *ids, owned) : Result<QPair<QStringList, bool>>::failure(ids.error());
    if (!members)
        return Tr::tr("R12: could not read the platform user: %1").arg(members.error());
    if (members->first.size() <= 1)
        return Tr::tr("R12: %1's console counts this record as one user.").arg(row.runtime);
    return Tr::tr("R12: %1's console merges it (same e-mail or username over the default tenants) into one user "
                  "with %n record(s): %2.", nullptr, int(members->first.size()))
        .arg(row.runtime, members->first.join(QStringLiteral(", ")));
}

} // namespace hc
