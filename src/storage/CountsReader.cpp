#include "CountsReader.h"

#include "AggregateKeys.h"
#include "StorageErrors.h"

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

Status CountsReader::error(const QString &what, const QSqlQuery &q) const
{
    return Status::failure(StorageErrors::failure(what, q.lastError()));
}

Result<Counts> CountsReader::counts(qint64 infraId) const
{
    using R = Result<Counts>;
    Counts c;
    std::optional<PlatformVersion> version;
    if (Status s = readInfrastructure(infraId, c, version); !s)
        return R::failure(s.error());
    const auto internalOnly = allInternal(infraId, c.model);
    if (!internalOnly)
        return R::failure(internalOnly.error());
    const auto list = runtimes(infraId);
    if (!list)
        return R::failure(list.error());
    for (const auto &[id, name] : *list) {
        RuntimeCounts rc;
        rc.name = name;
        if (Status s = readRuntime(infraId, id, *internalOnly, rc, c.excluded); !s)
            return R::failure(s.error());
        // R12: before 11.11.3 the platform counts each record; from then on its users over the default tenants.
        if (!platformMergesDefaultTenants(version)) {
            rc.platform = rc.records;
        } else {
            const auto platform = keyCounts(KeyTable::Platform, id, infraId, *internalOnly);
            if (!platform)
                return R::failure(platform.error());
            rc.platform = *platform;
        }
        c.runtimes.append(rc);
    }
    const auto unique = keyCounts(KeyTable::Identity, infraId, infraId, *internalOnly);
    if (!unique)
        return R::failure(unique.error());
    c.unique = *unique;
    return c;
}

Status CountsReader::readInfrastructure(qint64 infraId, Counts &c, std::optional<PlatformVersion> &version) const
{
    QSqlQuery infra(m_db);
    infra.prepare(QStringLiteral("SELECT name, model, cap_internal, cap_external, cap_named, platform_version"
                                 " FROM infrastructure WHERE id = ?"));
    infra.addBindValue(infraId);
    if (!infra.exec())
        return error(Tr::tr("reading counts"), infra);
    if (!infra.next())
        return infra.lastError().isValid() ? error(Tr::tr("reading counts"), infra)
                                           : Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    c.infrastructure = infra.value(0).toString();
    c.model = licenceModelFromString(infra.value(1).toString()).value_or(LicenceModel::InternalExternal);
    auto cap = [&](int column) -> std::optional<qint64> {
        return infra.isNull(column) ? std::nullopt : std::optional<qint64>(infra.value(column).toLongLong());
    };
    c.capacity = {cap(2), cap(3), cap(4)};
    version = PlatformVersion::parse(infra.value(5).toString());
    c.platformVersion = version ? version->toString() : QString();
    return {};
}

Result<bool> CountsReader::allInternal(qint64 infraId, LicenceModel model) const
{
    QSqlQuery owned(m_db);
    owned.prepare(QStringLiteral("SELECT COUNT(*) FROM owned_domain WHERE infra_id = ?"));
    owned.addBindValue(infraId);
    if (!owned.exec() || !owned.next())
        return Result<bool>::failure(error(Tr::tr("reading domains"), owned).error());
    return owned.value(0).toLongLong() == 0 || model == LicenceModel::Named;
}

Result<QVector<QPair<qint64, QString>>> CountsReader::runtimes(qint64 infraId) const
{
    using R = Result<QVector<QPair<qint64, QString>>>;
    QSqlQuery rts(m_db);
    rts.prepare(QStringLiteral("SELECT id, name FROM runtime WHERE infra_id = ? ORDER BY name"));
    rts.addBindValue(infraId);
    if (!rts.exec())
        return R::failure(error(Tr::tr("reading runtimes"), rts).error());
    QVector<QPair<qint64, QString>> list;
    while (rts.next())
        list.append({rts.value(0).toLongLong(), rts.value(1).toString()});
    if (rts.lastError().isValid())
        return R::failure(error(Tr::tr("reading runtimes"), rts).error());
    return list;
}

Status CountsReader::readRuntime(qint64 infraId, qint64 runtimeId, bool allInternal, RuntimeCounts &rc,
                                 ExcludedCounts &excluded) const
{
    QSqlQuery byStatus(m_db);
    byStatus.prepare(QStringLiteral("SELECT status, SUM(n) FROM agg_runtime WHERE runtime_id = ? GROUP BY status"));
    byStatus.addBindValue(runtimeId);
    if (!byStatus.exec())
        return error(Tr::tr("reading counts"), byStatus);
    qint64 counted = 0;
    while (byStatus.next()) {
        const qint64 n = byStatus.value(1).toLongLong();
        switch (RecordStatus(byStatus.value(0).toInt())) {
        case RecordStatus::Counted: counted = n; break;
        case RecordStatus::ItUser: excluded.itUser += n; break;
        case RecordStatus::Inactive: excluded.inactive += n; break;
        case RecordStatus::Anonymous: excluded.anonymous += n; break;
        }
    }
    if (byStatus.lastError().isValid())
        return error(Tr::tr("reading counts"), byStatus);
    if (allInternal) {
        rc.records.internal = counted;
        return {};
    }
    QSqlQuery internal(m_db);
    internal.prepare(QStringLiteral("SELECT COALESCE(SUM(a.n), 0) FROM"
                                    " (SELECT normalized AS domain FROM owned_domain WHERE infra_id = ? UNION ALL SELECT '')"
                                    " AS o CROSS JOIN agg_runtime a"
                                    " WHERE a.runtime_id = ? AND a.status = ? AND a.domain = o.domain"));
    internal.addBindValue(infraId);
    internal.addBindValue(runtimeId);
    internal.addBindValue(int(RecordStatus::Counted));
    if (!internal.exec() || !internal.next())
        return error(Tr::tr("reading counts"), internal);
    rc.records.internal = internal.value(0).toLongLong();
    rc.records.external = counted - rc.records.internal;
    return {};
}

// Groups of one owner in a key table, by class (R4 on the keys, R7 on the groups): a group is internal when its
// key is '@' or holds an owned domain. `allInternal`: no owned domains or the named model.
Result<ClassCounts> CountsReader::keyCounts(KeyTable t, qint64 owner, qint64 infraId, bool allInternal) const
{
    using R = Result<ClassCounts>;
    const QString tab = QLatin1String(AggregateKeys::table(t)), dom = QLatin1String(AggregateKeys::domainTable(t));
    const QString own = QLatin1String(AggregateKeys::ownerColumn(t)), cnt = QLatin1String(AggregateKeys::countColumn(t));
    QSqlQuery total(m_db);
    total.prepare(QStringLiteral("SELECT COALESCE(SUM(%1), 0) FROM %2 WHERE %3 = ?").arg(cnt, tab, own));
    total.addBindValue(owner);
    if (!total.exec() || !total.next())
        return R::failure(error(Tr::tr("reading counts"), total).error());
    ClassCounts c;
    const qint64 all = total.value(0).toLongLong();
    if (allInternal) {
        c.internal = all;
        return c;
    }
    // Owned domains drive the lookups (CROSS JOIN fixes the order): cost grows with the owned domains, not the data.
    QSqlQuery internal(m_db);
    internal.prepare(QStringLiteral("SELECT COALESCE(SUM(i.%1), 0) FROM"
                                    " (SELECT '@' AS key UNION SELECT d.key FROM owned_domain o CROSS JOIN %2 d"
                                    "  WHERE o.infra_id = ? AND d.%3 = ? AND d.domain = o.normalized) AS k"
                                    " CROSS JOIN %4 i WHERE i.%3 = ? AND i.key = k.key").arg(cnt, dom, own, tab));
    internal.addBindValue(infraId);
    internal.addBindValue(owner);
    internal.addBindValue(owner);
    if (!internal.exec() || !internal.next())
        return R::failure(error(Tr::tr("reading counts"), internal).error());
    c.internal = internal.value(0).toLongLong();
    c.external = all - c.internal;
    return c;
}

} // namespace hc
