#include "NeighbourSearch.h"

#include "CountsEngine.h"
#include "RuntimeKeySet.h"
#include "SqlSupport.h"
#include "SqliteStatement.h"
#include "StorageErrors.h"
#include "Tenancy.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

using SqliteApi::sortUnique;
using SqliteApi::textAt;

std::atomic<qint64> directProbeLimit{NeighbourSearch::DefaultDirectProbeLimit};

} // namespace

void NeighbourSearch::setDirectProbeLimit(qint64 limit)
{
    directProbeLimit.store(limit);
}

NeighbourSearch::NeighbourSearch(sqlite3 *handle, qint64 infraId, qint64 excludedRuntimeId, Expand expand,
                                 const std::atomic_bool *cancelled)
    : m_handle(handle), m_infraId(infraId), m_excluded(excludedRuntimeId), m_expand(expand), m_cancelled(cancelled)
{
}

NeighbourSearch::~NeighbourSearch()
{
    sqlite3_finalize(m_probe);
    sqlite3_finalize(m_record);
}

Status NeighbourSearch::failure(const QString &what) const
{
    return Status::failure(StorageErrors::failure(what, sqlite3_errcode(m_handle), sqlite3_errmsg(m_handle)));
}

Status NeighbourSearch::prepare()
{
    if (m_probe)
        return {};
    const QString what = Tr::tr("matching records");
    if (sqlite3_prepare_v2(m_handle, "SELECT id FROM user_key WHERE runtime_id = ? AND h = ?", -1, &m_probe, nullptr) != SQLITE_OK)
        return failure(what);
    const char *record = "SELECT id, runtime_id, tenant, email_key, username_key, domain, status, split, individual,"
                         " platform_user, serial FROM user_record WHERE id = ?";
    if (sqlite3_prepare_v2(m_handle, record, -1, &m_record, nullptr) != SQLITE_OK)
        return failure(what);
    return {};
}

Status NeighbourSearch::loadLinks()
{
    const QString what = Tr::tr("reading links");
    sqlite3_stmt *q = nullptr;
    const char *sql = "SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b FROM link l"
                      " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?";
    if (sqlite3_prepare_v2(m_handle, sql, -1, &q, nullptr) != SQLITE_OK)
        return failure(what);
    sqlite3_bind_int64(q, 1, m_infraId);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
        const LinkEnd a{sqlite3_column_int64(q, 0), textAt(q, 1)};
        const LinkEnd b{sqlite3_column_int64(q, 2), textAt(q, 3)};
        m_linkEnds[{a.runtimeId, a.usernameKey}].append(b);
        m_linkEnds[{b.runtimeId, b.usernameKey}].append(a);
    }
    sqlite3_finalize(q);
    return rc == SQLITE_DONE ? Status() : failure(what);
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
        // The first round keeps the sets for the next ones while they fit in KeySetCacheBytes; beyond that each
        // round reads them again, so memory stays bounded on any number of runtimes.
        qint64 bytes = 0;
        bool fits = true;
        Status s = RuntimeKeySet::forEachRuntime(m_handle, m_infraId, m_excluded,
                                                 [&](qint64 runtimeId, const QVector<qint64> &set) -> Status {
            if (fits && (bytes += set.size() * qint64(sizeof(qint64))) <= KeySetCacheBytes) {
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
    }
    for (const LinkEnd &end : ends) {
        if (end.runtimeId == m_excluded || m_searchedEnds.contains({end.runtimeId, end.usernameKey}))
            continue;
        m_searchedEnds.insert({end.runtimeId, end.usernameKey});
        if (Status p = probe(end.runtimeId, CountsEngine::keyHash(u'u', end.usernameKey)); !p)
            return p;
    }
    return {};
}

Result<QVector<qint64>> NeighbourSearch::runtimeIds()
{
    using R = Result<QVector<qint64>>;
    if (m_runtimesRead)
        return m_runtimes;
    sqlite3_stmt *q = nullptr;
    if (sqlite3_prepare_v2(m_handle, "SELECT id FROM runtime WHERE infra_id = ? AND id <> ? ORDER BY id", -1, &q, nullptr) != SQLITE_OK)
        return R::failure(failure(Tr::tr("reading runtimes")).error());
    sqlite3_bind_int64(q, 1, m_infraId);
    sqlite3_bind_int64(q, 2, m_excluded);
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        m_runtimes.append(sqlite3_column_int64(q, 0));
    sqlite3_finalize(q);
    if (rc != SQLITE_DONE)
        return R::failure(failure(Tr::tr("reading runtimes")).error());
    m_runtimesRead = true;
    return m_runtimes;
}

Status NeighbourSearch::probe(qint64 runtimeId, qint64 hash)
{
    ++m_probes;
    sqlite3_reset(m_probe);
    sqlite3_bind_int64(m_probe, 1, runtimeId);
    sqlite3_bind_int64(m_probe, 2, hash);
    int rc;
    while ((rc = sqlite3_step(m_probe)) == SQLITE_ROW)
        m_ids.append(sqlite3_column_int64(m_probe, 0));
    return rc == SQLITE_DONE ? Status() : failure(Tr::tr("matching records"));
}

// The round's records in id order (far fewer page reads than in key order).
Status NeighbourSearch::readRecords(bool seeds)
{
    sortUnique(m_ids);
    for (qint64 id : std::as_const(m_ids)) {
        if (m_seen.contains(id))
            continue;
        m_seen.insert(id);
        sqlite3_reset(m_record);
        sqlite3_bind_int64(m_record, 1, id);
        const int rc = sqlite3_step(m_record);
        if (rc == SQLITE_DONE)
            continue; // gone (a seed removed by the change): nothing to join
        if (rc != SQLITE_ROW)
            return failure(Tr::tr("reading a record"));
        NeighbourRecord r = readRow();
        if (!seeds && m_expand == Expand::CountedOnly && r.status != int(RecordStatus::Counted))
            continue; // only counted records are merged: a chain never runs through an excluded one
        follow(r);
        m_found.append(std::move(r));
    }
    m_ids.clear();
    return {};
}

NeighbourRecord NeighbourSearch::readRow()
{
    NeighbourRecord r;
    r.id = sqlite3_column_int64(m_record, 0);
    r.runtimeId = sqlite3_column_int64(m_record, 1);
    r.tenant = textAt(m_record, 2);
    r.emailKey = textAt(m_record, 3);
    r.usernameKey = textAt(m_record, 4);
    const QByteArray domain = QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(m_record, 5)),
                                                      sqlite3_column_bytes(m_record, 5));
    auto it = m_domains.find(domain);
    if (it == m_domains.end())
        it = m_domains.insert(QByteArray(domain.constData(), domain.size()), QString::fromUtf8(domain));
    r.domain = *it;
    r.status = sqlite3_column_int(m_record, 6);
    r.split = sqlite3_column_int(m_record, 7) != 0;
    r.individual = sqlite3_column_int64(m_record, 8);
    r.platformUser = sqlite3_column_int64(m_record, 9);
    r.serial = sqlite3_column_int64(m_record, 10);
    return r;
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
