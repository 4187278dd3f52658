#include "CountsEngine.h"

#include "AggregateKeys.h"
#include "CountsReader.h"
#include "IdentityResolver.h"
#include "NeighbourSearch.h"
#include "PlatformEstimate.h"
#include "DbStatement.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hc {

// Phase timings of keeping identities current: QT_LOGGING_RULES="headcount.counts.debug=true".
Q_LOGGING_CATEGORY(lcCounts, "headcount.counts", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountsEngine)
};

const int Counted = int(RecordStatus::Counted);

// QSqlQuery binds a null QString as SQL NULL; the key columns are NOT NULL and compared with '='.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

Status CountsEngine::error(const QString &what, const QSqlQuery &q) const
{
    return Status::failure(StorageErrors::failure(what, q.lastError()));
}

Status CountsEngine::moveRecords(const QHash<Move, qint64> &moves)
{
    QSqlQuery dec(m_db), prune(m_db), inc(m_db);
    dec.prepare(QStringLiteral("UPDATE agg_runtime SET n = n - ? WHERE runtime_id = ? AND status = ? AND domain = ?"));
    prune.prepare(QStringLiteral("DELETE FROM agg_runtime WHERE runtime_id = ? AND status = ? AND domain = ? AND n <= 0"));
    inc.prepare(QStringLiteral("INSERT INTO agg_runtime (runtime_id, status, domain, n) VALUES (?, ?, ?, ?)"
                               " ON CONFLICT (runtime_id, status, domain) DO UPDATE SET n = agg_runtime.n + excluded.n"));
    for (auto it = moves.cbegin(); it != moves.cend(); ++it) {
        const Move &m = it.key();
        if (m.oldStatus == m.newStatus || it.value() == 0)
            continue;
        dec.addBindValue(it.value());
        for (QSqlQuery *q : {&dec, &prune}) {
            q->addBindValue(m.runtimeId);
            q->addBindValue(m.oldStatus);
            q->addBindValue(text(m.domain));
            if (!q->exec())
                return error(Tr::tr("updating runtime counts"), *q);
        }
        inc.addBindValue(m.runtimeId);
        inc.addBindValue(m.newStatus);
        inc.addBindValue(text(m.domain));
        inc.addBindValue(it.value());
        if (!inc.exec())
            return error(Tr::tr("updating runtime counts"), inc);
    }
    return {};
}

qint64 CountsEngine::keyHash(char16_t kind, QStringView key)
{
    quint64 h = 14695981039346656037ULL;
    auto mix = [&h](char16_t c) {
        h ^= quint64(c);
        h *= 1099511628211ULL;
    };
    mix(kind);
    for (QChar c : key)
        mix(c.unicode());
    return qint64(h);
}

QString CountsEngine::linkRef(qint64 runtimeId, const QString &tenant, const QString &usernameKey)
{
    return QString::number(runtimeId) + QChar(0x1f) + tenant + QChar(0x1f) + usernameKey;
}

Status CountsEngine::applyLinks(const QSqlDatabase &db, qint64 infraId, const QHash<QString, QVector<int>> &byRef,
                                IdentityResolver &resolver)
{
    QSqlQuery links(db);
    links.setForwardOnly(true);
    links.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                 " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
    links.addBindValue(infraId);
    if (!links.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), links.lastError()));
    while (links.next()) {
        const QString tenant = links.value(4).toString();
        const auto a = byRef.value(linkRef(links.value(0).toLongLong(), tenant, links.value(1).toString()));
        const auto b = byRef.value(linkRef(links.value(2).toLongLong(), tenant, links.value(3).toString()));
        for (int x : a) {
            for (int y : b)
                resolver.link(x, y);
        }
    }
    if (links.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), links.lastError()));
    return {};
}

// Every record sharing an e-mail or username hash, or a link, with the seeds, whatever their status or tenant,
// transitively (NeighbourSearch over the key sets): a superset of every old and new individual and platform user
// touching the seeds, each of them entirely in it. The resolvers then apply R6 and R12 exactly (pools, splits,
// real keys).
Result<QVector<CountsEngine::Node>> CountsEngine::neighbourhood(qint64 infraId, const QVector<qint64> &seedRecordIds) const
{
    using R = Result<QVector<Node>>;
    NeighbourSearch search(DbConnection(m_db), infraId, 0, NeighbourSearch::Expand::Any);
    if (Status s = search.loadLinks(); !s)
        return R::failure(s.error());
    if (Status s = search.addSeeds(seedRecordIds); !s)
        return R::failure(s.error());
    if (Status s = search.run(); !s)
        return R::failure(s.error());
    return std::move(search.found());
}

Result<QVector<qint64>> CountsEngine::individualMembers(qint64 infraId, qint64 recordId) const
{
    const auto nodes = neighbourhood(infraId, {recordId});
    if (!nodes)
        return Result<QVector<qint64>>::failure(nodes.error());
    qint64 individual = 0;
    for (const Node &n : *nodes) {
        if (n.id == recordId)
            individual = n.individual;
    }
    QVector<qint64> members;
    for (const Node &n : *nodes) {
        if (individual && n.individual == individual)
            members.append(n.id);
    }
    std::sort(members.begin(), members.end());
    return members;
}

Result<QVector<qint64>> CountsEngine::platformMembers(qint64 infraId, qint64 recordId) const
{
    const auto nodes = neighbourhood(infraId, {recordId});
    if (!nodes)
        return Result<QVector<qint64>>::failure(nodes.error());
    qint64 user = 0, runtime = 0;
    for (const Node &n : *nodes) {
        if (n.id == recordId) {
            user = n.platformUser;
            runtime = n.runtimeId;
        }
    }
    QVector<qint64> members;
    for (const Node &n : *nodes) {
        if (user && n.runtimeId == runtime && n.platformUser == user)
            members.append(n.id);
    }
    std::sort(members.begin(), members.end());
    return members;
}

Status CountsEngine::updateIdentities(qint64 infraId, const QVector<qint64> &seedRecordIds)
{
    const auto kinds = loadTenantKinds(m_db, infraId);
    if (!kinds)
        return Status::failure(kinds.error());
    QElapsedTimer clock;
    clock.start();
    const auto found = neighbourhood(infraId, seedRecordIds);
    if (!found)
        return Status::failure(found.error());
    qCDebug(lcCounts, "neighbourhood  %6lld ms (%lld seeds, %lld records)", clock.restart(),
            qint64(seedRecordIds.size()), qint64(found->size()));
    KeyDeltas deltas;
    subtractOld(*found, deltas);
    if (Status s = resolveAndStore(infraId, *kinds, *found, deltas); !s)
        return s;
    qCDebug(lcCounts, "resolve, store %6lld ms", clock.restart());
    Status applied = applyDeltas(infraId, deltas);
    qCDebug(lcCounts, "key deltas     %6lld ms (%lld identity keys)", clock.restart(), qint64(deltas.identity.size()));
    return applied;
}

// Takes away what the old individuals and platform users contributed. Every record of an old group is in
// `nodes`, and records with a group were all counted before the change.
void CountsEngine::subtractOld(const QVector<Node> &nodes, KeyDeltas &deltas) const
{
    QHash<qint64, QStringList> oldDomains;
    QHash<QPair<qint64, qint64>, QStringList> oldPlatformDomains; // (runtime, platform user)
    for (const Node &n : nodes) {
        if (n.individual)
            oldDomains[n.individual].append(n.domain);
        if (n.platformUser)
            oldPlatformDomains[{n.runtimeId, n.platformUser}].append(n.domain);
    }
    for (auto it = oldDomains.cbegin(); it != oldDomains.cend(); ++it)
        deltas.identity[AggregateKeys::keyOf(it.value())] -= 1;
    for (auto it = oldPlatformDomains.cbegin(); it != oldPlatformDomains.cend(); ++it)
        deltas.platform[{it.key().first, AggregateKeys::keyOf(it.value())}] -= 1;
}

// The net change of each key, written once: a key an individual leaves and another (or the same) one joins is not
// deleted and re-created with its domain index (most keys of a bulk decision are such).
Status CountsEngine::applyDeltas(qint64 infraId, const KeyDeltas &deltas)
{
    if (Status s = AggregateKeys::applyDeltas(m_db, KeyTable::Identity, infraId, deltas.identity); !s)
        return s;
    QHash<qint64, QHash<QString, qint64>> platformByRuntime;
    for (auto it = deltas.platform.cbegin(); it != deltas.platform.cend(); ++it)
        platformByRuntime[it.key().first][it.key().second] += it.value();
    for (auto it = platformByRuntime.cbegin(); it != platformByRuntime.cend(); ++it) {
        if (Status s = AggregateKeys::applyDeltas(m_db, KeyTable::Platform, it.key(), it.value()); !s)
            return s;
    }
    return {};
}

// The new individual and platform user of every node whose group changed (a decision on 100 000 records changes
// ~160 000 nodes: through the C API, as QSqlQuery's QVariant round trip tripled the time).
Status CountsEngine::storeGroups(const QVector<Node> &nodes, const QHash<qint64, qint64> &individualOf,
                                 const QHash<qint64, qint64> &platformOf) const
{
    DbStatement upd{DbConnection(m_db)};
    if (Status s = upd.prepare("UPDATE user_record SET individual = ?, platform_user = ? WHERE id = ?",
                               Tr::tr("storing individuals"));
        !s)
        return s;
    for (const Node &n : nodes) {
        const qint64 now = individualOf.value(n.id, 0);
        const qint64 platform = platformOf.value(n.id, 0);
        if (now == n.individual && platform == n.platformUser)
            continue;
        upd.bindIdOrNull(1, now);
        upd.bindIdOrNull(2, platform);
        upd.bind(3, n.id);
        if (Status s = upd.execute(); !s)
            return s;
    }
    return {};
}

// R12 over the counted nodes, runtime by runtime; adds the new platform users to agg_platform.
void CountsEngine::storePlatformUsers(const TenantKinds &kinds, const QVector<Node> &nodes,
                                      QHash<qint64, qint64> &platformOf, KeyDeltas &deltas) const
{
    QMap<qint64, QVector<int>> byRuntime;
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].status == Counted)
            byRuntime[nodes[i].runtimeId].append(i);
    }
    for (auto it = byRuntime.cbegin(); it != byRuntime.cend(); ++it) {
        IdentityResolver resolver;
        resolver.reserve(int(it.value().size()));
        for (int i : it.value()) {
            const Node &n = nodes[i];
            resolver.add(PlatformEstimate::item(n.id, n.emailKey, n.usernameKey, kinds.kind(n.tenant)));
        }
        const QVector<qint64> user = resolver.resolve();
        QVector<QPair<qint64, const QString *>> members;
        members.reserve(user.size());
        for (int r = 0; r < user.size(); ++r) {
            const Node &n = nodes[it.value()[r]];
            platformOf.insert(n.id, user[r]);
            members.append({user[r], &n.domain});
        }
        const QHash<QString, qint64> keys = AggregateKeys::countKeys(members);
        for (auto k = keys.cbegin(); k != keys.cend(); ++k)
            deltas.platform[{it.key(), k.key()}] += k.value();
    }
}

// R6 over the counted nodes: the individual of each (node id -> individual), and its keys added to the deltas.
Result<QHash<qint64, qint64>> CountsEngine::resolveIndividuals(qint64 infraId, const TenantKinds &kinds,
                                                               const QVector<Node> &nodes, KeyDeltas &deltas) const
{
    using R = Result<QHash<qint64, qint64>>;
    QVector<int> counted; // node index per resolver index
    for (int i = 0; i < nodes.size(); ++i) {
        if (nodes[i].status == Counted)
            counted.append(i);
    }
    // Freed before R12's resolvers are built: both at once were a third of a bulk decision's peak memory.
    IdentityResolver resolver;
    resolver.reserve(int(counted.size()));
    for (int i : std::as_const(counted)) {
        const Node &n = nodes[i];
        resolver.add({n.serial, kinds.usernamePool(n.tenant), n.emailKey, n.usernameKey, n.split});
    }
    const auto linked = hasLinks(infraId);
    if (!linked)
        return R::failure(linked.error());
    if (*linked) {
        QHash<QString, QVector<int>> byRef; // linkRef(runtime, tenant, username) -> resolver indexes
        for (int r = 0; r < counted.size(); ++r) {
            const Node &n = nodes[counted[r]];
            if (!n.usernameKey.isEmpty())
                byRef[linkRef(n.runtimeId, n.tenant, n.usernameKey)].append(r);
        }
        if (Status s = applyLinks(m_db, infraId, byRef, resolver); !s)
            return R::failure(s.error());
    }
    const QVector<qint64> individual = resolver.resolve();
    QHash<qint64, qint64> individualOf;
    individualOf.reserve(counted.size());
    QVector<QPair<qint64, const QString *>> members;
    members.reserve(counted.size());
    for (int r = 0; r < counted.size(); ++r) {
        const Node &n = nodes[counted[r]];
        individualOf.insert(n.id, individual[r]);
        members.append({individual[r], &n.domain});
    }
    const QHash<QString, qint64> added = AggregateKeys::countKeys(members);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        deltas.identity[it.key()] += it.value();
    return individualOf;
}

// Whether the infrastructure has any administrator's link: most have none, and then no node needs its link
// reference (a string per node).
Result<bool> CountsEngine::hasLinks(qint64 infraId) const
{
    DbStatement q{DbConnection(m_db)};
    if (Status s = q.prepare("SELECT 1 FROM link l JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ? LIMIT 1",
                             Tr::tr("reading links"));
        !s)
        return Result<bool>::failure(s.error());
    q.bind(1, infraId);
    const bool any = q.step();
    if (Status s = q.status(); !s)
        return Result<bool>::failure(s.error());
    return any;
}

Status CountsEngine::resolveAndStore(qint64 infraId, const TenantKinds &kinds, const QVector<Node> &nodes,
                                     KeyDeltas &deltas)
{
    QElapsedTimer clock;
    clock.start();
    const auto individualOf = resolveIndividuals(infraId, kinds, nodes, deltas);
    if (!individualOf)
        return Status::failure(individualOf.error());
    QHash<qint64, qint64> platformOf;
    storePlatformUsers(kinds, nodes, platformOf, deltas);
    qCDebug(lcCounts, "resolved       %6lld ms", clock.restart());

    if (Status s = storeGroups(nodes, *individualOf, platformOf); !s)
        return s;
    qCDebug(lcCounts, "groups stored  %6lld ms", clock.restart());
    return {};
}

Result<Counts> CountsEngine::counts(qint64 infraId) const
{
    return CountsReader(m_db).counts(infraId);
}

} // namespace hc
