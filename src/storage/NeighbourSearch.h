#pragma once

#include "BulkWriter.h"
#include "Result.h"

#include <QHash>
#include <QPair>
#include <QSet>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>

namespace hc {

class DbStatement;

// A record as identity merging needs it (R6, R12).
struct NeighbourRecord
{
    qint64 id = 0;
    qint64 serial = 0; // individuals are named after their smallest serial
    qint64 runtimeId = 0;
    QString tenant, emailKey, usernameKey, domain;
    int status = 0;
    bool split = false;
    qint64 individual = 0;   // 0: none (not counted)
    qint64 platformUser = 0; // 0: none
};

} // namespace hc

// Its members are, so the vector of a large neighbourhood grows by realloc (in place for large blocks), not by
// moving every record to a new buffer while the old one is still allocated.
Q_DECLARE_TYPEINFO(hc::NeighbourRecord, Q_RELOCATABLE_TYPE);

namespace hc {

// Finds the records that share an e-mail or username key hash or an administrator's link with a starting set,
// directly or through each other (issue 11): the records whose individual a change can touch. Each round
// intersects the hashes not searched yet with every runtime's key set (RuntimeKeySet: a few MB per runtime, read
// once per round), looks the matches up in user_key, and reads the records in id order; their keys and links are
// the next round's. Its cost follows the records found, never the size of the workspace.
class NeighbourSearch
{
public:
    enum class Expand { CountedOnly, Any }; // which records found are kept and searched from
    struct LinkEnd
    {
        qint64 runtimeId;
        QString usernameKey;
    };

    // `excludedRuntimeId`: a runtime whose records are never read (an import's own, being replaced); 0 for none.
    NeighbourSearch(const DbConnection &connection, qint64 infraId, qint64 excludedRuntimeId, Expand expand,
                    const std::atomic_bool *cancelled = nullptr);
    ~NeighbourSearch();
    NeighbourSearch(const NeighbourSearch &) = delete;
    NeighbourSearch &operator=(const NeighbourSearch &) = delete;

    // Every link of the infrastructure, as (runtime, username key) pairs.
    [[nodiscard]] Status loadLinks();
    // The other ends, outside that runtime, of every link with an end in it.
    QVector<LinkEnd> linkedFrom(qint64 runtimeId) const;
    bool hasLinks() const { return !m_linkEnds.isEmpty(); }

    // Reads records by id (missing ids are skipped) and adds them to the result whatever their status; their keys
    // and links start the search.
    [[nodiscard]] Status addSeeds(QVector<qint64> ids);
    // Starts the search from key hashes and link ends (e.g. of records not stored yet).
    void addStart(const QVector<qint64> &hashes, const QVector<LinkEnd> &ends);
    // Searches until nothing new is found; found() then holds the seeds and every record reached.
    [[nodiscard]] Status run();

    QVector<NeighbourRecord> &found() { return m_found; }

    static constexpr qint64 DefaultDirectProbeLimit = 4096; // keys x runtimes probed one by one, not by key sets
    // Tests: 0 makes every round go through the key sets, as large workspaces do (default DefaultDirectProbeLimit).
    static void setDirectProbeLimit(qint64 limit);
    static constexpr qint64 DefaultKeySetCacheBytes = 64 << 20; // key sets kept between rounds up to this size
    // Tests: 0 makes every round read the key sets again, as workspaces of many large runtimes do.
    static void setKeySetCacheBytes(qint64 bytes);
    qint64 probes() const { return m_probes; }
    // The key sets were read and did not fit in the cache: every round reads them all again.
    bool keySetsUncached() const { return m_keySetsUncached; }
    int rounds() const { return m_rounds; }

private:
    [[nodiscard]] Status prepare();
    [[nodiscard]] Status probeRound(QVector<qint64> frontier, const QVector<LinkEnd> &ends);
    [[nodiscard]] Result<QVector<qint64>> runtimeIds();
    [[nodiscard]] Status probe(qint64 runtimeId, qint64 hash);
    [[nodiscard]] Status flushProbes();
    [[nodiscard]] Status readRecords(bool seeds);
    [[nodiscard]] Status readRecordBatches(const QVector<qint64> &ids, bool seeds);
    NeighbourRecord readRow(DbStatement &q);
    QString shared(QByteArrayView utf8);
    void accept(NeighbourRecord r, bool seeds);
    void follow(const NeighbourRecord &r);

    DbConnection m_connection;
    const qint64 m_infraId, m_excluded;
    const Expand m_expand;
    const std::atomic_bool *m_cancelled;
    std::unique_ptr<DbStatement> m_probe;
    std::unique_ptr<DbStatement> m_record;

    QHash<QPair<qint64, QString>, QVector<LinkEnd>> m_linkEnds;
    QSet<qint64> m_searched;   // hashes already intersected
    QSet<QPair<qint64, QString>> m_searchedEnds; // link ends already looked up
    QSet<qint64> m_seen;       // records already read
    QVector<qint64> m_next;    // hashes for the next round
    QVector<LinkEnd> m_nextEnds;
    QVector<qint64> m_ids;     // ids found by the current round's probes
    QHash<qint64, QVector<qint64>> m_pendingProbes; // PostgreSQL: runtime -> hashes, probed in one query
    QHash<QByteArray, QString> m_shared; // tenants and domains: few distinct values, one QString each
    QVector<NeighbourRecord> m_found;
    QVector<qint64> m_runtimes; // of the infrastructure, but the excluded one
    bool m_runtimesRead = false;
    QVector<QPair<qint64, QVector<qint64>>> m_keySets; // runtime -> its key set, kept between rounds when small
    bool m_keySetsCached = false;
    bool m_keySetsUncached = false;
    qint64 m_probes = 0;
    int m_rounds = 0;
};

} // namespace hc
