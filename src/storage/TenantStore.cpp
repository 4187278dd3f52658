// Tenant kinds of an infrastructure (SPEC §1, R5, R6, R12): stored, listed, and changed with the counts they decide
// kept current in the same transaction; and the readers of tenant kinds and platform version the engine uses.
#include "TenantStore.h"

#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"

#include "CountsEngine.h"
#include "CountsRebuild.h"
#include "RuntimeImport.h"
#include "StatusColumns.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QMap>
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
using Sql::bound;

// One record of a tenant whose kind changes: what R5 needs to recompute its status.
struct TenantRecord
{
    qint64 id = 0;
    qint64 runtimeId = 0;
    QString domain;
    int status = 0;
    StatusColumns columns;
};

Result<QVector<TenantRecord>> recordsOfTenant(const QSqlDatabase &db, qint64 infraId, const QString &tenant)
{
    using R = Result<QVector<TenantRecord>>;
    // Only the runtimes that hold the tenant (agg_tenant), each read as its id range.
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, u.runtime_id, u.domain, u.status, %1 FROM agg_tenant t"
                             " JOIN runtime r ON r.id = t.runtime_id CROSS JOIN user_record u"
                             " WHERE r.infra_id = ? AND t.tenant = ? AND %2 AND u.tenant = ?")
                  .arg(StatusColumns::sql(), Sql::inRuntimeRange(QStringLiteral("u.id"), QStringLiteral("r.id"))));
    q.addBindValue(infraId);
    q.addBindValue(bound(tenant));
    q.addBindValue(bound(tenant));
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading a tenant's records"), q.lastError()));
    QVector<TenantRecord> list;
    while (q.next()) {
        TenantRecord t;
        t.id = q.value(0).toLongLong();
        t.runtimeId = q.value(1).toLongLong();
        t.domain = q.value(2).toString();
        t.status = q.value(3).toInt();
        t.columns = StatusColumns::read(q, 4);
        list.append(t);
    }
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading a tenant's records"), q.lastError()));
    return list;
}

} // namespace

Result<TenantKinds> loadTenantKinds(const QSqlDatabase &db, qint64 infraId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT tenant, kind FROM tenant_kind WHERE infra_id = ?"));
    q.addBindValue(infraId);
    if (!q.exec())
        return Result<TenantKinds>::failure(StorageErrors::failure(Tr::tr("reading tenant kinds"), q.lastError()));
    TenantKinds kinds;
    while (q.next()) {
        const int k = q.value(1).toInt();
        if (k < int(TenantKind::Default) || k > int(TenantKind::It))
            return Result<TenantKinds>::failure(Tr::tr("The workspace is damaged: unknown tenant kind %1.").arg(k));
        kinds.set(q.value(0).toString(), TenantKind(k));
    }
    if (q.lastError().isValid())
        return Result<TenantKinds>::failure(StorageErrors::failure(Tr::tr("reading tenant kinds"), q.lastError()));
    return kinds;
}

Result<std::optional<PlatformVersion>> loadPlatformVersion(const QSqlDatabase &db, qint64 infraId)
{
    using R = Result<std::optional<PlatformVersion>>;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT COALESCE(platform_version, '') FROM infrastructure WHERE id = ?"));
    q.addBindValue(infraId);
    if (!q.exec() || !q.next())
        return R::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return R(PlatformVersion::parse(q.value(0).toString()));
}

Result<QVector<TenantInfo>> TenantStore::tenants(qint64 infraId) const
{
    using R = Result<QVector<TenantInfo>>;
    const auto kinds = loadTenantKinds(m_db, infraId);
    if (!kinds)
        return R::failure(kinds.error());
    QMap<QString, TenantInfo> byTenant;
    for (auto it = kinds->explicitKinds().cbegin(); it != kinds->explicitKinds().cend(); ++it)
        byTenant[it.key()] = TenantInfo{it.key(), it.value(), 0, {}};
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT t.tenant, r.name, t.n FROM agg_tenant t JOIN runtime r ON r.id = t.runtime_id"
                             " WHERE r.infra_id = ? ORDER BY t.tenant, r.name"));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading tenants"), q.lastError()));
    while (q.next()) {
        const QString tenant = q.value(0).toString();
        TenantInfo &t = byTenant[tenant];
        t.tenant = tenant;
        t.kind = kinds->kind(tenant);
        t.records += q.value(2).toLongLong();
        t.runtimes << q.value(1).toString();
    }
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading tenants"), q.lastError()));
    return R(byTenant.values().toVector());
}

Status TenantStore::setTenantKind(qint64 infraId, const QStringList &tenants, TenantKind kind)
{
    QSqlDatabase &db = m_db;
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    auto kinds = loadTenantKinds(db, infraId);
    if (!kinds)
        return Status::failure(kinds.error());
    QSqlQuery set(db);
    if (kind == TenantKind::Default)
        set.prepare(QStringLiteral("DELETE FROM tenant_kind WHERE infra_id = ? AND tenant = ?"));
    else
        set.prepare(QStringLiteral("INSERT INTO tenant_kind (infra_id, tenant, kind) VALUES (?, ?, ?)"
                                   " ON CONFLICT (infra_id, tenant) DO UPDATE SET kind = excluded.kind"));
    QVector<TenantRecord> affected;
    for (const QString &tenant : tenants) {
        if (kinds->kind(tenant) == kind)
            continue;
        kinds->set(tenant, kind);
        set.addBindValue(infraId);
        set.addBindValue(bound(tenant));
        if (kind != TenantKind::Default)
            set.addBindValue(int(kind));
        if (!set.exec())
            return Status::failure(StorageErrors::failure(Tr::tr("setting a tenant kind"), set.lastError()));
        const auto records = recordsOfTenant(db, infraId, tenant);
        if (!records)
            return Status::failure(records.error());
        affected += *records;
    }
    // The incremental path costs a few queries per record it reaches; past a few thousand records one pass over
    // the infrastructure is cheaper (measured by the benchmark: change.tenant_app_ms).
    constexpr qsizetype RebuildThreshold = 4000;
    if (affected.size() > RebuildThreshold) {
        if (Status s = CountsRebuild::run(db, infraId); !s)
            return s;
        return tx.commit();
    }
    QHash<CountsEngine::Move, qint64> moves;
    QVector<qint64> seeds;
    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE user_record SET status = ? WHERE id = ?"));
    for (const TenantRecord &t : std::as_const(affected)) {
        const int status = int(t.columns.status(*kinds));
        seeds.append(t.id);
        if (status == t.status)
            continue;
        moves[{t.runtimeId, t.status, status, t.domain}] += 1;
        upd.addBindValue(status);
        upd.addBindValue(t.id);
        if (!upd.exec())
            return Status::failure(StorageErrors::failure(Tr::tr("updating a record"), upd.lastError()));
    }
    if (Status s = m_engine.moveRecords(moves); !s)
        return s;
    if (!seeds.isEmpty()) {
        if (Status s = m_engine.updateIdentities(infraId, seeds); !s)
            return s;
    }
    return tx.commit();
}

} // namespace hc
