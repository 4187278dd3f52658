#include "NeighbourSearch.h"

#include "CountsEngine.h"
#include "RuntimeKeySet.h"
#include "SqlSupport.h"
#include "DbStatement.h"
#include "StorageErrors.h"
#include "Tenancy.h"

#include <QCoreApplication>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

using SqliteApi::sortUnique;

std::atomic<qint64> directProbeLimit{NeighbourSearch::DefaultDirectProbeLimit};
std::atomic<qint64> keySetCacheBytes{NeighbourSearch::DefaultKeySetCacheBytes};

constexpr qsizetype BatchSize = 4096; // values per PostgreSQL array parameter

// A PostgreSQL array literal of integers: "{1,2,3}".
QString arrayLiteral(const QVector<qint64> &values)
{
    QString s;
    s.reserve(values.size() * 12 + 2);
    s += u'{';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            s += u',';
        s += QString::number(values[i]);
    }
    s += u'}';
    return s;
}

} // namespace

void NeighbourSearch::setDirectProbeLimit(qint64 limit)
{
    directProbeLimit.store(limit);
}

void NeighbourSearch::setKeySetCacheBytes(qint64 bytes)
{
    keySetCacheBytes.store(bytes);
}

NeighbourSearch::NeighbourSearch(const DbConnection &connection, qint64 infraId, qint64 excludedRuntimeId,
                                 Expand expand, const std::atomic_bool *cancelled)
    : m_connection(connection), m_infraId(infraId), m_excluded(excludedRuntimeId), m_expand(expand),
      m_cancelled(cancelled)
{
}

NeighbourSearch::~NeighbourSearch() = default;

Status NeighbourSearch::prepare()
{
    if (m_probe)
        return {};
    const QString what = Tr::tr("matching records");
    auto probe = std::make_unique<DbStatement>(m_connection);
    if (Status s = probe->prepare("SELECT id FROM user_key WHERE runtime_id = ? AND h = ?", what); !s)
        return s;
    m_record = std::make_unique<DbStatement>(m_connection);
    const char *record = "SELECT id, runtime_id, tenant, email_key, username_key, domain, status, split, individual,"
                         " platform_user, serial FROM user_record WHERE id = ?";
    if (Status s = m_record->prepare(record, what); !s)
        return s;
    m_probe = std::move(probe);
    return {};
}

Status NeighbourSearch::loadLinks()
{
    DbStatement q(m_connection);
    if (Status s = q.prepare("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b FROM link l"
                             " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?",
                             Tr::tr("reading links"));
        !s)
        return s;
    q.bind(1, m_infraId);
    while (q.step()) {
        const LinkEnd a{q.int64At(0), q.textAt(1)};
        const LinkEnd b{q.int64At(2), q.textAt(3)};
        m_linkEnds[{a.runtimeId, a.usernameKey}].append(b);
        m_linkEnds[{b.runtimeId, b.usernameKey}].append(a);
    }
    return q.status();
}

QVector<NeighbourSearch::LinkEnd> NeighbourSearch::linkedFrom(qint64 runtimeId) const
{
    QVector<LinkEnd> ends;
    for (auto it = m_linkEnds.cbegin(); it != m_linkEnds.cend(); ++it) {
        if (it.key().first != runtimeId)
            continue;
        for (const LinkEnd &end : it.value()) {
            if (end.runtimeId != runtimeId)
                ends.append(end);
        }
    }
    return ends;
}

void NeighbourSearch::addStart(const QVector<qint64> &hashes, const QVector<LinkEnd> &ends)
{
    for (qint64 h : hashes) {
        if (!m_searched.contains(h)) {
            m_searched.insert(h);
            m_next.append(h);
        }
    }
    m_nextEnds += ends;
}

Status NeighbourSearch::addSeeds(QVector<qint64> ids)
{
    if (Status s = prepare(); !s)
        return s;
    m_ids = std::move(ids);
    return readRecords(true);
}

Status NeighbourSearch::run()
{
    if (Status s = prepare(); !s)
        return s;
    while (!m_next.isEmpty() || !m_nextEnds.isEmpty()) {
        if (m_cancelled && m_cancelled->load())
            return Status::failure(Tr::tr("Cancelled."));
        ++m_rounds;
        QVector<qint64> frontier = std::exchange(m_next, {});
        sortUnique(frontier);
        const QVector<LinkEnd> ends = std::exchange(m_nextEnds, {});
        if (Status s = probeRound(frontier, ends); !s)
            return s;
        if (Status s = readRecords(false); !s)
            return s;
    }
    return {};
}

Status NeighbourSearch::probeRound(QVector<qint64> frontier, const QVector<LinkEnd> &ends)
{
    QVector<qint64> common;
    auto intersect = [&](qint64 runtimeId, const QVector<qint64> &set) -> Status {
        common.clear();
        std::set_intersection(frontier.cbegin(), frontier.cend(), set.cbegin(), set.cend(), std::back_inserter(common));
        for (qint64 h : std::as_const(common)) {
            if (Status p = probe(runtimeId, h); !p)
                return p;
        }
        return {};
    };
    if (!frontier.isEmpty() && !m_keySetsCached) {
        // A few keys (one decision, a link, the last rounds): probing each runtime's user_key directly costs less
        // than reading every key set (a few MB each).
        auto runtimes = runtimeIds();
        if (!runtimes)
            return Status::failure(runtimes.error());
        if (qint64(frontier.size()) * runtimes->size() <= directProbeLimit.load()) {
            for (qint64 runtimeId : std::as_const(*runtimes)) {
                for (qint64 h : frontier) {
                    if (Status p = probe(runtimeId, h); !p)
                        return p;
                }
            }
            frontier = {};
        }
    }
    if (!frontier.isEmpty() && m_keySetsCached) {
        for (const auto &[runtimeId, set] : std::as_const(m_keySets)) {
            if (Status s = intersect(runtimeId, set); !s)
                return s;
        }
    } else if (!frontier.isEmpty()) {
        // The first round keeps the sets for the next ones while they fit in keySetCacheBytes; beyond that each
        // round reads them again, so memory stays bounded on any number of runtimes.
        qint64 bytes = 0;
        bool fits = true;
        Status s = RuntimeKeySet::forEachRuntime(m_connection, m_infraId, m_excluded,
                                                 [&](qint64 runtimeId, const QVector<qint64> &set) -> Status {
            if (fits && (bytes += set.size() * qint64(sizeof(qint64))) <= keySetCacheBytes.load()) {
                m_keySets.append({runtimeId, set});
            } else if (fits) {
                fits = false;
                m_keySets.clear();
            }
            return intersect(runtimeId, set);
        });
        if (!s)
            return s;
        m_keySetsCached = fits;
        m_keySetsUncached = !fits;
    }
    for (const LinkEnd &end : ends) {
        if (end.runtimeId == m_excluded || m_searchedEnds.contains({end.runtimeId, end.usernameKey}))
            continue;
        m_searchedEnds.insert({end.runtimeId, end.usernameKey});
        if (Status p = probe(end.runtimeId, CountsEngine::keyHash(u'u', end.usernameKey)); !p)
            return p;
    }
    return flushProbes();
}

Result<QVector<qint64>> NeighbourSearch::runtimeIds()
{
    using R = Result<QVector<qint64>>;
    if (m_runtimesRead)
        return m_runtimes;
    DbStatement q(m_connection);
    if (Status s = q.prepare("SELECT id FROM runtime WHERE infra_id = ? AND id <> ? ORDER BY id", Tr::tr("reading runtimes")); !s)
        return R::failure(s.error());
    q.bind(1, m_infraId);
    q.bind(2, m_excluded);
    while (q.step())
        m_runtimes.append(q.int64At(0));
    if (Status s = q.status(); !s)
        return R::failure(s.error());
    m_runtimesRead = true;
    return m_runtimes;
}

Status NeighbourSearch::probe(qint64 runtimeId, qint64 hash)
{
    ++m_probes;
    if (!m_connection.isSqlite()) {
        // A round trip per key to a server would be most of the import: the round's probes go together.
        m_pendingProbes[runtimeId].append(hash);
        return {};
    }
    m_probe->reset();
    m_probe->bind(1, runtimeId);
    m_probe->bind(2, hash);
    while (m_probe->step())
        m_ids.append(m_probe->int64At(0));
    return m_probe->status();
}

// PostgreSQL: the probes of a round, one query per runtime and batch of keys.
Status NeighbourSearch::flushProbes()
{
    if (m_pendingProbes.isEmpty())
        return {};
    DbStatement q(m_connection);
    if (Status s = q.prepare("SELECT id FROM user_key WHERE runtime_id = ? AND h = ANY (CAST(? AS BIGINT[]))",
                             Tr::tr("matching records"));
        !s)
        return s;
    for (auto it = m_pendingProbes.cbegin(); it != m_pendingProbes.cend(); ++it) {
        for (qsizetype from = 0; from < it.value().size(); from += BatchSize) {
            q.reset();
            q.bind(1, it.key());
            q.bindText(2, arrayLiteral(it.value().mid(from, BatchSize)));
            while (q.step())
                m_ids.append(q.int64At(0));
            if (Status s = q.status(); !s)
                return s;
        }
    }
    m_pendingProbes.clear();
    return {};
}

// The round's records in id order (far fewer page reads than in key order).
Status NeighbourSearch::readRecords(bool seeds)
{
    sortUnique(m_ids);
    if (!m_connection.isSqlite()) {
        QVector<qint64> fresh;
        for (qint64 id : std::as_const(m_ids)) {
            if (!m_seen.contains(id)) {
                m_seen.insert(id);
                fresh.append(id);
            }
        }
        m_ids.clear();
        return readRecordBatches(fresh, seeds);
    }
    for (qint64 id : std::as_const(m_ids)) {
        if (m_seen.contains(id))
            continue;
        m_seen.insert(id);
        m_record->reset();
        m_record->bind(1, id);
        if (!m_record->step()) {
            if (Status s = m_record->status(); !s)
                return s;
            continue; // gone (a seed removed by the change): nothing to join
        }
        accept(readRow(*m_record), seeds);
    }
    m_ids.clear();
    return {};
}

// PostgreSQL: the same records, a batch of ids per query, still in id order (ids that are gone give no row).
Status NeighbourSearch::readRecordBatches(const QVector<qint64> &ids, bool seeds)
{
    if (ids.isEmpty())
        return {};
    DbStatement q(m_connection);
    if (Status s = q.prepare("SELECT id, runtime_id, tenant, email_key, username_key, domain, status, split, individual,"
                             " platform_user, serial FROM user_record WHERE id = ANY (CAST(? AS BIGINT[])) ORDER BY id",
                             Tr::tr("reading a record"));
        !s)
        return s;
    for (qsizetype from = 0; from < ids.size(); from += BatchSize) {
        q.reset();
        q.bindText(1, arrayLiteral(ids.mid(from, BatchSize)));
        while (q.step())
            accept(readRow(q), seeds);
        if (Status s = q.status(); !s)
            return s;
    }
    return {};
}

void NeighbourSearch::accept(NeighbourRecord r, bool seeds)
{
    if (!seeds && m_expand == Expand::CountedOnly && r.status != int(RecordStatus::Counted))
        return; // only counted records are merged: a chain never runs through an excluded one
    follow(r);
    m_found.append(std::move(r));
}

NeighbourRecord NeighbourSearch::readRow(DbStatement &q)
{
    NeighbourRecord r;
    r.id = q.int64At(0);
    r.runtimeId = q.int64At(1);
    r.tenant = shared(q.bytesAt(2));
    r.emailKey = q.textAt(3);
    r.usernameKey = q.textAt(4);
    r.domain = shared(q.bytesAt(5));
    r.status = int(q.int64At(6));
    r.split = q.int64At(7) != 0;
    r.individual = q.int64At(8);
    r.platformUser = q.int64At(9);
    r.serial = q.int64At(10);
    return r;
}

// One QString per distinct tenant or domain (a neighbourhood of 160 000 records has a few hundred): each record
// shares it instead of holding its own copy.
QString NeighbourSearch::shared(QByteArrayView utf8)
{
    const QByteArray key = QByteArray::fromRawData(utf8.data(), utf8.size());
    auto it = m_shared.find(key);
    if (it == m_shared.end())
        it = m_shared.insert(QByteArray(key.constData(), key.size()), QString::fromUtf8(key));
    return *it;
}

// A record's keys and links not searched yet go to the next round.
void NeighbourSearch::follow(const NeighbourRecord &r)
{
    for (const auto &[kind, key] : {std::pair{u'e', &r.emailKey}, std::pair{u'u', &r.usernameKey}}) {
        if (key->isEmpty())
            continue;
        const qint64 h = CountsEngine::keyHash(kind, *key);
        if (!m_searched.contains(h)) {
            m_searched.insert(h);
            m_next.append(h);
        }
    }
    if (!m_linkEnds.isEmpty() && !r.usernameKey.isEmpty())
        m_nextEnds += m_linkEnds.value({r.runtimeId, r.usernameKey});
}

} // namespace hc
