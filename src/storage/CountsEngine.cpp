#include "CountsEngine.h"

#include "AggregateKeys.h"
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
    QVector<Node> nodes;
    nodes.reserve(search.found().size());
    for (NeighbourRecord &r : search.found()) {
        Node n;
        n.id = r.id;
        n.serial = r.serial;
        n.runtimeId = r.runtimeId;
        n.tenant = std::move(r.tenant);
        n.emailKey = std::move(r.emailKey);
        n.usernameKey = std::move(r.usernameKey);
        n.domain = std::move(r.domain);
        n.status = r.status;
        n.split = r.split;
        n.oldIndividual = r.individual;
        n.oldPlatformUser = r.platformUser;
        nodes.append(std::move(n));
    }
    return nodes;
}

Result<QVector<qint64>> CountsEngine::individualMembers(qint64 infraId, qint64 recordId) const
{
    const auto nodes = neighbourhood(infraId, {recordId});
    if (!nodes)
        return Result<QVector<qint64>>::failure(nodes.error());
    qint64 individual = 0;
    for (const Node &n : *nodes) {
        if (n.id == recordId)
            individual = n.oldIndividual;
    }
    QVector<qint64> members;
    for (const Node &n : *nodes) {
        if (individual && n.oldIndividual == individual)
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
            user = n.oldPlatformUser;
            runtime = n.runtimeId;
        }
    }
    QVector<qint64> members;
    for (const Node &n : *nodes) {
        if (user && n.runtimeId == runtime && n.oldPlatformUser == user)
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
        if (n.oldIndividual)
            oldDomains[n.oldIndividual].append(n.domain);
        if (n.oldPlatformUser)
            oldPlatformDomains[{n.runtimeId, n.oldPlatformUser}].append(n.domain);
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
        if (now == n.oldIndividual && platform == n.oldPlatformUser)
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
        for (int i : it.value()) {
            const Node &n = nodes[i];
            resolver.add(PlatformEstimate::item(n.id, n.emailKey, n.usernameKey, kinds.kind(n.tenant)));
        }
        const QVector<qint64> user = resolver.resolve();
        QVector<QPair<qint64, const QString *>> members;
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

Status CountsEngine::resolveAndStore(qint64 infraId, const TenantKinds &kinds, const QVector<Node> &nodes,
                                     KeyDeltas &deltas)
{
    IdentityResolver resolver;
    QVector<int> counted; // node index per resolver index
    QHash<QString, QVector<int>> byRef; // linkRef(runtime, tenant, username) -> resolver indexes
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        if (n.status != Counted)
            continue;
        const int index = resolver.add({n.serial, kinds.usernamePool(n.tenant), n.emailKey, n.usernameKey, n.split});
        counted.append(i);
        if (!n.usernameKey.isEmpty())
            byRef[linkRef(n.runtimeId, n.tenant, n.usernameKey)].append(index);
    }

    if (!byRef.isEmpty()) {
        if (Status s = applyLinks(m_db, infraId, byRef, resolver); !s)
            return s;
    }

    const QVector<qint64> individual = resolver.resolve();
    QHash<qint64, qint64> individualOf; // node id -> individual (counted only)
    QVector<QPair<qint64, const QString *>> members;
    for (int r = 0; r < counted.size(); ++r) {
        const Node &n = nodes[counted[r]];
        individualOf.insert(n.id, individual[r]);
        members.append({individual[r], &n.domain});
    }
    QHash<qint64, qint64> platformOf;
    storePlatformUsers(kinds, nodes, platformOf, deltas);

    if (Status s = storeGroups(nodes, individualOf, platformOf); !s)
        return s;

    const QHash<QString, qint64> added = AggregateKeys::countKeys(members);
    for (auto it = added.cbegin(); it != added.cend(); ++it)
        deltas.identity[it.key()] += it.value();
    return {};
}

// Groups of one owner in a key table, by class (R4 on the keys, R7 on the groups): a group is internal when its
// key is '@' or holds an owned domain. `allInternal`: no owned domains or the named model.
Result<ClassCounts> CountsEngine::keyCounts(int table, qint64 owner, qint64 infraId, bool allInternal) const
{
    using R = Result<ClassCounts>;
    const KeyTable t = KeyTable(table);
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

Result<Counts> CountsEngine::counts(qint64 infraId) const
{
    using R = Result<Counts>;
    Counts c;
    QSqlQuery infra(m_db);
    infra.prepare(QStringLiteral("SELECT name, model, cap_internal, cap_external, cap_named, platform_version"
                                 " FROM infrastructure WHERE id = ?"));
    infra.addBindValue(infraId);
    if (!infra.exec())
        return R::failure(error(Tr::tr("reading counts"), infra).error());
    if (!infra.next())
        return R::failure(infra.lastError().isValid() ? error(Tr::tr("reading counts"), infra).error()
                                                      : Tr::tr("No infrastructure with id %1.").arg(infraId));
    c.infrastructure = infra.value(0).toString();
    c.model = licenceModelFromString(infra.value(1).toString()).value_or(LicenceModel::InternalExternal);
    auto cap = [&](int column) -> std::optional<qint64> {
        return infra.isNull(column) ? std::nullopt : std::optional<qint64>(infra.value(column).toLongLong());
    };
    c.capacity = {cap(2), cap(3), cap(4)};
    const auto version = PlatformVersion::parse(infra.value(5).toString());
    c.platformVersion = version ? version->toString() : QString();
    infra.finish();

    QSqlQuery owned(m_db);
    owned.prepare(QStringLiteral("SELECT COUNT(*) FROM owned_domain WHERE infra_id = ?"));
    owned.addBindValue(infraId);
    if (!owned.exec() || !owned.next())
        return R::failure(error(Tr::tr("reading domains"), owned).error());
    // R4: without owned domains everything is internal; R9: the named model has no classification.
    const bool allInternal = owned.value(0).toLongLong() == 0 || c.model == LicenceModel::Named;
    owned.finish();

    QSqlQuery rts(m_db);
    rts.prepare(QStringLiteral("SELECT id, name FROM runtime WHERE infra_id = ? ORDER BY name"));
    rts.addBindValue(infraId);
    if (!rts.exec())
        return R::failure(error(Tr::tr("reading runtimes"), rts).error());
    QVector<QPair<qint64, QString>> runtimes;
    while (rts.next())
        runtimes.append({rts.value(0).toLongLong(), rts.value(1).toString()});
    if (rts.lastError().isValid())
        return R::failure(error(Tr::tr("reading runtimes"), rts).error());
    rts.finish();

    QSqlQuery byStatus(m_db), internal(m_db);
    byStatus.prepare(QStringLiteral("SELECT status, SUM(n) FROM agg_runtime WHERE runtime_id = ? GROUP BY status"));
    internal.prepare(QStringLiteral("SELECT COALESCE(SUM(a.n), 0) FROM"
                                    " (SELECT normalized AS domain FROM owned_domain WHERE infra_id = ? UNION ALL SELECT '')"
                                    " AS o CROSS JOIN agg_runtime a"
                                    " WHERE a.runtime_id = ? AND a.status = ? AND a.domain = o.domain"));
    for (const auto &[id, name] : runtimes) {
        RuntimeCounts rc;
        rc.name = name;
        byStatus.addBindValue(id);
        if (!byStatus.exec())
            return R::failure(error(Tr::tr("reading counts"), byStatus).error());
        qint64 counted = 0;
        while (byStatus.next()) {
            const qint64 n = byStatus.value(1).toLongLong();
            switch (RecordStatus(byStatus.value(0).toInt())) {
            case RecordStatus::Counted:
                counted = n;
                break;
            case RecordStatus::ItUser:
                c.excluded.itUser += n;
                break;
            case RecordStatus::Inactive:
                c.excluded.inactive += n;
                break;
            case RecordStatus::Anonymous:
                c.excluded.anonymous += n;
                break;
            }
        }
        if (byStatus.lastError().isValid())
            return R::failure(error(Tr::tr("reading counts"), byStatus).error());
        byStatus.finish();
        if (allInternal) {
            rc.records.internal = counted;
        } else {
            internal.addBindValue(infraId);
            internal.addBindValue(id);
            internal.addBindValue(Counted);
            if (!internal.exec() || !internal.next())
                return R::failure(error(Tr::tr("reading counts"), internal).error());
            rc.records.internal = internal.value(0).toLongLong();
            rc.records.external = counted - rc.records.internal;
            internal.finish();
        }
        // R12: before 11.11.3 the platform counts each record; from then on its users over the default tenants.
        if (!platformMergesDefaultTenants(version)) {
            rc.platform = rc.records;
        } else {
            const auto platform = keyCounts(int(KeyTable::Platform), id, infraId, allInternal);
            if (!platform)
                return R::failure(platform.error());
            rc.platform = *platform;
        }
        c.runtimes.append(rc);
    }

    const auto unique = keyCounts(int(KeyTable::Identity), infraId, infraId, allInternal);
    if (!unique)
        return R::failure(unique.error());
    c.unique = *unique;
    return c;
}

} // namespace hc
