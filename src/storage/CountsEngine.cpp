#include "CountsEngine.h"

#include "IdentityResolver.h"

#include <QCoreApplication>
#include <QMap>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountsEngine)
};

const QString NoEmailKey = QStringLiteral("@");

// QSqlQuery binds a null QString as SQL NULL; the key columns are NOT NULL and compared with '='.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

QString scoped(qint64 runtimeId, const QString &tenant, const QString &usernameKey)
{
    return QString::number(runtimeId) + QChar(0x1f) + tenant + QChar(0x1f) + usernameKey;
}

} // namespace

QString CountsEngine::identityKey(QStringList domains)
{
    if (domains.contains(QString()))
        return NoEmailKey;
    std::sort(domains.begin(), domains.end());
    domains.erase(std::unique(domains.begin(), domains.end()), domains.end());
    return domains.join(u' ');
}

Status CountsEngine::error(const QString &what, const QSqlQuery &q) const
{
    return Status::failure(Tr::tr("Database error while %1: %2").arg(what, q.lastError().text()));
}

Status CountsEngine::moveRecord(qint64 runtimeId, int oldStatus, int newStatus, const QString &domain)
{
    if (oldStatus == newStatus)
        return {};
    QSqlQuery dec(m_db);
    dec.prepare(QStringLiteral("UPDATE agg_runtime SET n = n - 1 WHERE runtime_id = ? AND status = ? AND domain = ?"));
    dec.addBindValue(runtimeId);
    dec.addBindValue(oldStatus);
    dec.addBindValue(text(domain));
    if (!dec.exec())
        return error(Tr::tr("updating runtime counts"), dec);
    QSqlQuery prune(m_db);
    prune.prepare(QStringLiteral("DELETE FROM agg_runtime WHERE runtime_id = ? AND status = ? AND domain = ? AND n <= 0"));
    prune.addBindValue(runtimeId);
    prune.addBindValue(oldStatus);
    prune.addBindValue(text(domain));
    if (!prune.exec())
        return error(Tr::tr("updating runtime counts"), prune);
    QSqlQuery inc(m_db);
    inc.prepare(QStringLiteral("INSERT INTO agg_runtime (runtime_id, status, domain, n) VALUES (?, ?, ?, 1)"
                               " ON CONFLICT (runtime_id, status, domain) DO UPDATE SET n = n + 1"));
    inc.addBindValue(runtimeId);
    inc.addBindValue(newStatus);
    inc.addBindValue(text(domain));
    if (!inc.exec())
        return error(Tr::tr("updating runtime counts"), inc);
    return {};
}

Status CountsEngine::addIdentity(qint64 infraId, const QString &key, qint64 delta)
{
    QSqlQuery up(m_db);
    up.prepare(QStringLiteral("INSERT INTO agg_identity (infra_id, key, individuals) VALUES (?, ?, ?)"
                              " ON CONFLICT (infra_id, key) DO UPDATE SET individuals = individuals + excluded.individuals"));
    up.addBindValue(infraId);
    up.addBindValue(key);
    up.addBindValue(delta);
    if (!up.exec())
        return error(Tr::tr("updating individual counts"), up);

    QSqlQuery now(m_db);
    now.prepare(QStringLiteral("SELECT individuals FROM agg_identity WHERE infra_id = ? AND key = ?"));
    now.addBindValue(infraId);
    now.addBindValue(key);
    if (!now.exec() || !now.next())
        return error(Tr::tr("updating individual counts"), now);
    const qint64 individuals = now.value(0).toLongLong();
    now.finish();

    if (individuals <= 0) {
        for (const QString &table : {QStringLiteral("agg_identity"), QStringLiteral("agg_identity_domain")}) {
            QSqlQuery del(m_db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE infra_id = ? AND key = ?").arg(table));
            del.addBindValue(infraId);
            del.addBindValue(key);
            if (!del.exec())
                return error(Tr::tr("updating individual counts"), del);
        }
    } else if (individuals == delta && key != NoEmailKey) {
        // A new key: index it by each of its domains.
        QSqlQuery dom(m_db);
        dom.prepare(QStringLiteral("INSERT OR IGNORE INTO agg_identity_domain (infra_id, domain, key) VALUES (?, ?, ?)"));
        for (const QString &domain : key.split(u' ')) {
            dom.addBindValue(infraId);
            dom.addBindValue(text(domain));
            dom.addBindValue(key);
            if (!dom.exec())
                return error(Tr::tr("updating individual counts"), dom);
        }
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

Result<QVector<CountsEngine::Node>> CountsEngine::neighbourhood(qint64 infraId, const QVector<qint64> &seedRecordIds) const
{
    using R = Result<QVector<Node>>;
    QSqlQuery qRecord(m_db), qByKey(m_db), qLinks(m_db), qByRef(m_db);
    qRecord.prepare(QStringLiteral("SELECT id, runtime_id, tenant, email_key, username_key, domain, status, split,"
                                   " individual FROM user_record WHERE id = ?"));
    qByKey.prepare(QStringLiteral("SELECT k.id FROM runtime r CROSS JOIN user_key k"
                                  " WHERE r.infra_id = ? AND k.runtime_id = r.id AND k.h = ?"));
    qLinks.prepare(QStringLiteral("SELECT runtime_a, username_a, runtime_b, username_b FROM link"
                                  " WHERE tenant = ? AND ((runtime_a = ? AND username_a = ?) OR (runtime_b = ? AND username_b = ?))"));
    qByRef.prepare(QStringLiteral("SELECT id FROM user_key WHERE runtime_id = ? AND h = ?"));

    // Breadth-first over records that share an e-mail or username hash, or a link, whatever their status or
    // tenant: a superset of every old and new individual touching the seeds, each of them entirely in it. The
    // resolver then applies R6 exactly (tenants, splits, real keys).
    QVector<Node> nodes;
    QSet<qint64> seen;
    QVector<qint64> queue = seedRecordIds;
    auto enqueueIds = [&](QSqlQuery &q) -> bool {
        if (!q.exec())
            return false;
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (!seen.contains(id))
                queue.append(id);
        }
        q.finish();
        return true;
    };
    while (!queue.isEmpty()) {
        const qint64 id = queue.takeLast();
        if (seen.contains(id))
            continue;
        seen.insert(id);
        qRecord.addBindValue(id);
        if (!qRecord.exec())
            return R::failure(error(Tr::tr("reading a record"), qRecord).error());
        if (!qRecord.next()) {
            qRecord.finish();
            continue;
        }
        Node n;
        n.id = id;
        n.runtimeId = qRecord.value(1).toLongLong();
        n.tenant = qRecord.value(2).toString();
        n.emailKey = qRecord.value(3).toString();
        n.usernameKey = qRecord.value(4).toString();
        n.domain = qRecord.value(5).toString();
        n.status = qRecord.value(6).toInt();
        n.split = qRecord.value(7).toBool();
        n.oldIndividual = qRecord.value(8).toLongLong();
        qRecord.finish();
        nodes.append(n);

        for (const auto &[kind, key] : {std::pair{u'e', n.emailKey}, std::pair{u'u', n.usernameKey}}) {
            if (key.isEmpty())
                continue;
            qByKey.addBindValue(infraId);
            qByKey.addBindValue(keyHash(kind, key));
            if (!enqueueIds(qByKey))
                return R::failure(error(Tr::tr("matching records"), qByKey).error());
        }
        if (n.usernameKey.isEmpty())
            continue;
        qLinks.addBindValue(text(n.tenant));
        qLinks.addBindValue(n.runtimeId);
        qLinks.addBindValue(n.usernameKey);
        qLinks.addBindValue(n.runtimeId);
        qLinks.addBindValue(n.usernameKey);
        if (!qLinks.exec())
            return R::failure(error(Tr::tr("reading links"), qLinks).error());
        QVector<QPair<qint64, QString>> others;
        while (qLinks.next()) {
            others.append({qLinks.value(0).toLongLong(), qLinks.value(1).toString()});
            others.append({qLinks.value(2).toLongLong(), qLinks.value(3).toString()});
        }
        qLinks.finish();
        for (const auto &[runtimeId, usernameKey] : others) {
            qByRef.addBindValue(runtimeId);
            qByRef.addBindValue(keyHash(u'u', usernameKey));
            if (!enqueueIds(qByRef))
                return R::failure(error(Tr::tr("reading links"), qByRef).error());
        }
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

Status CountsEngine::updateIdentities(qint64 infraId, const QVector<qint64> &seedRecordIds)
{
    const auto found = neighbourhood(infraId, seedRecordIds);
    if (!found)
        return Status::failure(found.error());
    const QVector<Node> &nodes = *found;

    // Take away what the old individuals contributed. Every record of an old individual is in `nodes`, and
    // records with an individual were all counted before the change.
    QHash<qint64, QStringList> oldDomains;
    for (const Node &n : std::as_const(nodes)) {
        if (n.oldIndividual)
            oldDomains[n.oldIndividual].append(n.domain);
    }
    QHash<QString, qint64> removed;
    for (auto it = oldDomains.cbegin(); it != oldDomains.cend(); ++it)
        removed[identityKey(it.value())] += 1;
    for (auto it = removed.cbegin(); it != removed.cend(); ++it) {
        if (Status s = addIdentity(infraId, it.key(), -it.value()); !s)
            return s;
    }
    return resolveAndStore(infraId, nodes);
}

Status CountsEngine::resolveAndStore(qint64 infraId, const QVector<Node> &nodes)
{
    IdentityResolver resolver;
    QVector<int> counted; // node index per resolver index
    QHash<QString, QVector<int>> byRef; // scoped(runtime, tenant, username) -> resolver indexes
    for (int i = 0; i < nodes.size(); ++i) {
        const Node &n = nodes[i];
        if (n.status != 0)
            continue;
        const int index = resolver.add({n.id, n.tenant, n.emailKey, n.usernameKey, n.split});
        counted.append(i);
        if (!n.usernameKey.isEmpty())
            byRef[scoped(n.runtimeId, n.tenant, n.usernameKey)].append(index);
    }

    if (!byRef.isEmpty()) {
        QSqlQuery links(m_db);
        links.setForwardOnly(true);
        links.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                     " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
        links.addBindValue(infraId);
        if (!links.exec())
            return error(Tr::tr("reading links"), links);
        while (links.next()) {
            const QString tenant = links.value(4).toString();
            const auto a = byRef.value(scoped(links.value(0).toLongLong(), tenant, links.value(1).toString()));
            const auto b = byRef.value(scoped(links.value(2).toLongLong(), tenant, links.value(3).toString()));
            for (int x : a) {
                for (int y : b)
                    resolver.link(x, y);
            }
        }
    }

    const QVector<qint64> individual = resolver.resolve();
    QHash<qint64, qint64> newIndividualOfNode; // node id -> individual (counted only)
    QHash<qint64, QStringList> domainsOf;
    for (int r = 0; r < counted.size(); ++r) {
        const Node &n = nodes[counted[r]];
        newIndividualOfNode.insert(n.id, individual[r]);
        domainsOf[individual[r]].append(n.domain);
    }

    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE user_record SET individual = ? WHERE id = ?"));
    for (const Node &n : nodes) {
        const qint64 now = newIndividualOfNode.value(n.id, 0);
        if (now == n.oldIndividual)
            continue;
        upd.addBindValue(now ? QVariant(now) : QVariant(QMetaType::fromType<qint64>()));
        upd.addBindValue(n.id);
        if (!upd.exec())
            return error(Tr::tr("storing individuals"), upd);
    }

    QHash<QString, qint64> added;
    for (auto it = domainsOf.cbegin(); it != domainsOf.cend(); ++it)
        added[identityKey(it.value())] += 1;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        if (Status s = addIdentity(infraId, it.key(), it.value()); !s)
            return s;
    }
    return {};
}

Result<Counts> CountsEngine::counts(qint64 infraId) const
{
    Counts c;
    QSqlQuery infra(m_db);
    infra.prepare(QStringLiteral("SELECT name, model, cap_internal, cap_external, cap_named FROM infrastructure WHERE id = ?"));
    infra.addBindValue(infraId);
    if (!infra.exec() || !infra.next())
        return Result<Counts>::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    c.infrastructure = infra.value(0).toString();
    c.model = licenceModelFromString(infra.value(1).toString()).value_or(LicenceModel::InternalExternal);
    auto cap = [&](int column) -> std::optional<qint64> {
        return infra.isNull(column) ? std::nullopt : std::optional<qint64>(infra.value(column).toLongLong());
    };
    c.capacity = {cap(2), cap(3), cap(4)};
    infra.finish();

    QSqlQuery owned(m_db);
    owned.prepare(QStringLiteral("SELECT COUNT(*) FROM owned_domain WHERE infra_id = ?"));
    owned.addBindValue(infraId);
    if (!owned.exec() || !owned.next())
        return Result<Counts>::failure(error(Tr::tr("reading domains"), owned).error());
    // R4: without owned domains everything is internal; R9: the named model has no classification.
    const bool allInternal = owned.value(0).toLongLong() == 0 || c.model == LicenceModel::Named;
    owned.finish();

    QSqlQuery rts(m_db);
    rts.prepare(QStringLiteral("SELECT id, name FROM runtime WHERE infra_id = ? ORDER BY name"));
    rts.addBindValue(infraId);
    if (!rts.exec())
        return Result<Counts>::failure(error(Tr::tr("reading runtimes"), rts).error());
    QVector<QPair<qint64, QString>> runtimes;
    while (rts.next())
        runtimes.append({rts.value(0).toLongLong(), rts.value(1).toString()});
    rts.finish();

    QSqlQuery byStatus(m_db), internal(m_db);
    byStatus.prepare(QStringLiteral("SELECT status, SUM(n) FROM agg_runtime WHERE runtime_id = ? GROUP BY status"));
    // Owned domains drive the lookups (CROSS JOIN fixes the order): cost grows with the owned domains, not the data.
    internal.prepare(QStringLiteral("SELECT COALESCE(SUM(a.n), 0) FROM"
                                    " (SELECT normalized AS domain FROM owned_domain WHERE infra_id = ? UNION ALL SELECT '')"
                                    " AS o CROSS JOIN agg_runtime a"
                                    " WHERE a.runtime_id = ? AND a.status = 0 AND a.domain = o.domain"));
    for (const auto &[id, name] : runtimes) {
        RuntimeCounts rc;
        rc.name = name;
        byStatus.addBindValue(id);
        if (!byStatus.exec())
            return Result<Counts>::failure(error(Tr::tr("reading counts"), byStatus).error());
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
        byStatus.finish();
        if (allInternal) {
            rc.records.internal = counted;
        } else {
            internal.addBindValue(infraId);
            internal.addBindValue(id);
            if (!internal.exec() || !internal.next())
                return Result<Counts>::failure(error(Tr::tr("reading counts"), internal).error());
            rc.records.internal = internal.value(0).toLongLong();
            rc.records.external = counted - rc.records.internal;
            internal.finish();
        }
        c.runtimes.append(rc);
    }

    QSqlQuery total(m_db);
    total.prepare(QStringLiteral("SELECT COALESCE(SUM(individuals), 0) FROM agg_identity WHERE infra_id = ?"));
    total.addBindValue(infraId);
    if (!total.exec() || !total.next())
        return Result<Counts>::failure(error(Tr::tr("reading counts"), total).error());
    const qint64 individuals = total.value(0).toLongLong();
    total.finish();
    if (allInternal) {
        c.unique.internal = individuals;
    } else {
        QSqlQuery uniq(m_db);
        uniq.prepare(QStringLiteral(
            "SELECT COALESCE(SUM(i.individuals), 0) FROM"
            " (SELECT '@' AS key UNION SELECT d.key FROM owned_domain o CROSS JOIN agg_identity_domain d"
            "  WHERE o.infra_id = ? AND d.infra_id = o.infra_id AND d.domain = o.normalized) AS k"
            " CROSS JOIN agg_identity i WHERE i.infra_id = ? AND i.key = k.key"));
        uniq.addBindValue(infraId);
        uniq.addBindValue(infraId);
        if (!uniq.exec() || !uniq.next())
            return Result<Counts>::failure(error(Tr::tr("reading counts"), uniq).error());
        c.unique.internal = uniq.value(0).toLongLong();
        c.unique.external = individuals - c.unique.internal;
    }
    return c;
}

} // namespace hc
