#include "RecordPipeline.h"

#include <algorithm>
#include <cstring>
#include <iterator>

namespace hc {

RecordPipeline::RecordPipeline(const std::vector<Consumer> &consumers)
{
    startBatch(BatchBytes);
    for (const Consumer &consume : consumers) {
        m_workers.push_back(std::make_unique<Worker>());
        m_workers.back()->consume = consume;
    }
    // Started after every worker exists: run() only touches its own worker, but push() walks them all.
    for (const auto &w : m_workers) {
        Worker *worker = w.get();
        worker->thread = std::thread([this, worker] { run(*worker); });
    }
}

RecordPipeline::~RecordPipeline()
{
    if (!m_finished)
        finish();
}

void RecordPipeline::startBatch(qsizetype bytes)
{
    m_current = std::make_unique<Batch>();
    m_current->capacity = std::max(bytes, BatchBytes);
    m_current->bytes.reset(new char[size_t(m_current->capacity)]);
    m_current->rows.reserve(BatchRows);
}

// The row's texts go into the batch with one bounds check and plain copies: seven QByteArray appends per row were
// a third of what this thread spent on a record.
void RecordPipeline::add(const RecordRow &row)
{
    const QByteArrayView texts[Texts] = {row.sourceId, row.tenant, row.usernameKey, row.emailKey,
                                    row.domain,   row.name,   row.lastLogin};
    qsizetype need = 0;
    for (QByteArrayView t : texts)
        need += t.size();
    if (m_current->used + need > m_current->capacity) {
        if (!m_current->rows.empty())
            push();
        if (need > m_current->capacity)
            startBatch(need);
    }
    Row r{row.id, row.runtimeId, row.individual, m_current->used, {}, row.status};
    char *at = m_current->bytes.get() + m_current->used;
    for (int i = 0; i < Texts; ++i) {
        r.sizes[i] = quint32(texts[i].size());
        if (!texts[i].isEmpty())
            std::memcpy(at, texts[i].data(), size_t(texts[i].size()));
        at += texts[i].size();
    }
    m_current->used += need;
    m_current->rows.push_back(r);
    if (m_current->rows.size() >= size_t(BatchRows))
        push();
}

void RecordPipeline::push()
{
    const SharedBatch batch(std::move(m_current));
    startBatch(BatchBytes);
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] {
        return std::all_of(m_workers.cbegin(), m_workers.cend(),
                           [](const auto &w) { return w->queue.size() < MaxQueued; });
    });
    for (const auto &w : m_workers)
        w->queue.push_back(batch);
    lock.unlock();
    m_changed.notify_all();
}

void RecordPipeline::run(Worker &worker)
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [&] { return !worker.queue.empty() || m_done; });
        if (worker.queue.empty())
            return; // done, and nothing left
        const SharedBatch batch = std::move(worker.queue.front());
        worker.queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        const char *const base = batch->bytes.get();
        RecordRow row;
        QByteArrayView *const texts[Texts] = {&row.sourceId, &row.tenant, &row.usernameKey, &row.emailKey,
                                              &row.domain,   &row.name,   &row.lastLogin};
        for (const Row &r : batch->rows) {
            row.id = r.id;
            row.runtimeId = r.runtimeId;
            row.individual = r.individual;
            row.status = r.status;
            const char *at = base + r.offset;
            for (int i = 0; i < Texts; ++i) {
                *texts[i] = QByteArrayView(at, qsizetype(r.sizes[i]));
                at += r.sizes[i];
            }
            worker.consume(row);
        }
    }
}

void RecordPipeline::finish()
{
    m_finished = true;
    if (!m_current->rows.empty())
        push();
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    for (const auto &w : m_workers)
        w->thread.join();
}

} // namespace hc
