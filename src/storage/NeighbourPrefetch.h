#pragma once

// An import's neighbourhood search (NeighbourSearch) on the second core while the export is still being read
// (issue 11). Private to the storage layer.
//
// Each batch of rows gives its key hashes; a worker thread searches from them at once, so when the last batch is in,
// most of the records the import can join have been found. The search result is a closure (every record reachable
// from the start keys), so searching batch by batch finds exactly what one search from all keys finds.
//
// The worker uses the import's SQLite connection (through the C API, read only) while the importing thread reads the
// file and classifies. The two never use the connection at once: the importing thread calls wait() before its next
// statement. On PostgreSQL (a QSqlQuery belongs to its thread) and when every runtime's key set does not fit in
// NeighbourSearch's cache (each round would read them all again) the hashes are kept and searched in finish().

#include "NeighbourSearch.h"

#include <QVector>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace hc {

class NeighbourPrefetch
{
public:
    NeighbourPrefetch(const DbConnection &connection, qint64 infraId, qint64 importedRuntimeId,
                      const std::atomic_bool *cancelled);
    ~NeighbourPrefetch(); // waits for the worker
    NeighbourPrefetch(const NeighbourPrefetch &) = delete;
    NeighbourPrefetch &operator=(const NeighbourPrefetch &) = delete;

    // Reads the links (their ends in the imported runtime start the search) and starts the worker.
    [[nodiscard]] Status start();
    // Key hashes of rows the export gave (any order, duplicates allowed).
    void add(QVector<qint64> hashes);
    // Waits until the worker has searched everything added; afterwards the calling thread may use the connection.
    [[nodiscard]] Status wait();
    // After wait(): searches from the last hashes (e.g. the runtime's previous key set) until nothing new is found.
    [[nodiscard]] Status finish(const QVector<qint64> &hashes);

    QVector<NeighbourRecord> &found() { return m_search.found(); }
    const NeighbourSearch &search() const { return m_search; }

private:
    void work();
    void searchFrom(QVector<qint64> hashes);

    NeighbourSearch m_search;
    const qint64 m_runtimeId;
    const bool m_threaded;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QVector<qint64> m_pending;  // added, not taken by the worker yet
    bool m_closing = false;     // wait(): the worker ends once m_pending is empty
    QVector<qint64> m_deferred; // searched in finish()
    Status m_status;            // the worker's first failure
    std::thread m_thread;
};

} // namespace hc
