#include "NeighbourPrefetch.h"

namespace hc {

NeighbourPrefetch::NeighbourPrefetch(const DbConnection &connection, qint64 infraId, qint64 importedRuntimeId,
                                     const std::atomic_bool *cancelled)
    : m_search(connection, infraId, importedRuntimeId, NeighbourSearch::Expand::CountedOnly, cancelled),
      m_runtimeId(importedRuntimeId), m_threaded(connection.isSqlite())
{
}

NeighbourPrefetch::~NeighbourPrefetch()
{
    (void)wait(); // an import that failed or was cancelled: its transaction is rolled back after this
}

Status NeighbourPrefetch::start()
{
    if (Status s = m_search.loadLinks(); !s)
        return s;
    m_search.addStart({}, m_search.linkedFrom(m_runtimeId));
    if (m_threaded)
        m_thread = std::thread(&NeighbourPrefetch::work, this);
    return {};
}

void NeighbourPrefetch::add(QVector<qint64> hashes)
{
    if (!m_threaded) {
        m_deferred += hashes;
        return;
    }
    {
        const std::lock_guard lock(m_mutex);
        m_pending += hashes;
    }
    m_wake.notify_one();
}

// Takes what was added since the last round, as one start: while a round runs, the next batches gather.
void NeighbourPrefetch::work()
{
    for (;;) {
        QVector<qint64> hashes;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return !m_pending.isEmpty() || m_closing; });
            if (m_pending.isEmpty())
                return;
            hashes.swap(m_pending);
        }
        searchFrom(std::move(hashes));
    }
}

void NeighbourPrefetch::searchFrom(QVector<qint64> hashes)
{
    if (!m_status)
        return; // after a failure the import fails: nothing more to find
    if (m_search.keySetsUncached()) {
        m_deferred += hashes;
        return;
    }
    m_search.addStart(hashes, {});
    m_status = m_search.run();
}

Status NeighbourPrefetch::wait()
{
    if (m_thread.joinable()) {
        {
            const std::lock_guard lock(m_mutex);
            m_closing = true;
        }
        m_wake.notify_one();
        m_thread.join();
    }
    return m_status;
}

Status NeighbourPrefetch::finish(const QVector<qint64> &hashes)
{
    if (!m_status)
        return m_status;
    m_search.addStart(std::exchange(m_deferred, {}), {});
    m_search.addStart(hashes, {});
    return m_search.run();
}

} // namespace hc
