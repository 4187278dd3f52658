#pragma once

#include "Counts.h"
#include "NeighbourSearch.h"
#include "Result.h"
#include "Tenancy.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace hc {

// Keeps the aggregate tables (agg_runtime, agg_identity*, agg_platform*) current and reads counts from them.
// Every method runs inside the caller's transaction; none commits.
//
// Why aggregates: a domain change must show in < 50 ms on a million records (SPEC §8). Records are summed per
// (runtime, status, domain), individuals per identity key (the set of their domains) and each runtime's platform
// users (R12) the same way, so a domain or platform-version change touches no row at all and counts are a
// handful of indexed lookups.
class CountsEngine
{
public:
    explicit CountsEngine(QSqlDatabase db) : m_db(std::move(db)) {}

    // Moves records between (status, domain) buckets: (runtime, old status, new status, domain) -> records.
    struct Move
    {
        qint64 runtimeId;
        int oldStatus;
        int newStatus;
        QString domain;
        bool operator==(const Move &o) const
        {
            return runtimeId == o.runtimeId && oldStatus == o.oldStatus && newStatus == o.newStatus && domain == o.domain;
        }
    };
    Status moveRecords(const QHash<Move, qint64> &moves);
    Status moveRecord(qint64 runtimeId, int oldStatus, int newStatus, const QString &domain)
    {
        return moveRecords({{Move{runtimeId, oldStatus, newStatus, domain}, 1}});
    }

    // Recomputes the individuals (R6) and platform users (R12) reachable from the given records, after their
    // status, tenant kind or decisions changed. Their `individual` and `platform_user` columns must still hold the
    // values from before the change.
    Status updateIdentities(qint64 infraId, const QVector<qint64> &seedRecordIds);

    // The records of the individual a record belongs to (empty when it is not counted).
    Result<QVector<qint64>> individualMembers(qint64 infraId, qint64 recordId) const;
    // The records the platform counts as one user with it (R12; itself alone in an app tenant; empty: not counted).
    Result<QVector<qint64>> platformMembers(qint64 infraId, qint64 recordId) const;

    Result<Counts> counts(qint64 infraId) const;

    // The user_key hash of an e-mail ('e') or username ('u') key: FNV-1a 64 over UTF-16, stable across versions
    // because it is stored. Tenants are left out: lookups compare the real key and tenant afterwards.
    static qint64 keyHash(char16_t kind, QStringView key);

    // The administrator's links of an infrastructure applied to a resolver: `byRef` maps linkRef() of each counted
    // record (runtime, tenant, username key) to its resolver indexes. One reader for the engine and the recount pass.
    static QString linkRef(qint64 runtimeId, const QString &tenant, const QString &usernameKey);
    static Status applyLinks(const QSqlDatabase &db, qint64 infraId, const QHash<QString, QVector<int>> &byRef,
                             class IdentityResolver &resolver);

private:
    // A record of the neighbourhood as stored before the change (its individual and platform user are the old ones):
    // NeighbourSearch's own rows, moved, not copied (a bulk decision's neighbourhood is ~160 000 of them).
    using Node = NeighbourRecord;

    // Changes of the key aggregates: individuals per identity key, platform users per (runtime, key).
    struct KeyDeltas
    {
        QHash<QString, qint64> identity;
        QHash<QPair<qint64, QString>, qint64> platform;
    };

    Result<QVector<Node>> neighbourhood(qint64 infraId, const QVector<qint64> &seedRecordIds) const;
    void subtractOld(const QVector<Node> &nodes, KeyDeltas &deltas) const;
    [[nodiscard]] Result<QHash<qint64, qint64>> resolveIndividuals(qint64 infraId, const TenantKinds &kinds,
                                                                   const QVector<Node> &nodes, KeyDeltas &deltas) const;
    [[nodiscard]] Result<bool> hasLinks(qint64 infraId) const;
    Status resolveAndStore(qint64 infraId, const TenantKinds &kinds, const QVector<Node> &nodes, KeyDeltas &deltas);
    void storePlatformUsers(const TenantKinds &kinds, const QVector<Node> &nodes, QHash<qint64, qint64> &platformOf,
                            KeyDeltas &deltas) const;
    Status applyDeltas(qint64 infraId, const KeyDeltas &deltas);
    Status error(const QString &what, const class QSqlQuery &q) const;
    [[nodiscard]] Status storeGroups(const QVector<Node> &nodes, const QHash<qint64, qint64> &individualOf,
                                     const QHash<qint64, qint64> &platformOf) const;

    QSqlDatabase m_db;
};

inline size_t qHash(const CountsEngine::Move &m, size_t seed = 0)
{
    return qHashMulti(seed, m.runtimeId, m.oldStatus, m.newStatus, m.domain);
}

// The tenant kinds and platform version of an infrastructure, as stored (TenantStore.cpp).
Result<TenantKinds> loadTenantKinds(const QSqlDatabase &db, qint64 infraId);
Result<std::optional<PlatformVersion>> loadPlatformVersion(const QSqlDatabase &db, qint64 infraId);

} // namespace hc
