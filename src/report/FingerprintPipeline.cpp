#include "FingerprintPipeline.h"

namespace hc {

FingerprintPipeline::FingerprintPipeline(ReportFingerprint &fingerprint)
    : m_fingerprint(fingerprint)
{
    m_current.rows.reserve(BatchRows);
    m_current.bytes.reserve(BatchBytes);
    m_worker = std::thread([this] { run(); });
}

FingerprintPipeline::~FingerprintPipeline()
{
    if (m_worker.joinable())
        finish();
}

FingerprintPipeline::Field FingerprintPipeline::copy(QByteArrayView v)
{
    const Field f{m_current.bytes.size(), v.size()};
    m_current.bytes.append(v.data(), v.size());
    return f;
}

void FingerprintPipeline::add(const RecordRow &row)
{
    Row r{row.id, row.runtimeId, row.status, {}, {}, {}, {}, {}};
    r.sourceId = copy(row.sourceId);
    r.tenant = copy(row.tenant);
    r.usernameKey = copy(row.usernameKey);
    r.emailKey = copy(row.emailKey);
    r.domain = copy(row.domain);
    m_current.rows.append(r);
    if (m_current.rows.size() >= BatchRows)
        push();
}

void FingerprintPipeline::push()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_queue.size() < MaxQueued; });
    m_queue.push_back(std::move(m_current));
    m_current = Batch();
    m_current.rows.reserve(BatchRows);
    m_current.bytes.reserve(BatchBytes);
    lock.unlock();
    m_changed.notify_all();
}

void FingerprintPipeline::run()
{
    for (;;) {
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty() || m_done; });
        if (m_queue.empty())
            return; // done, and nothing left
        Batch batch = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        const char *base = batch.bytes.constData();
        const auto view = [base](const Field &f) { return QByteArrayView(base + f.offset, f.size); };
        RecordRow row;
        for (const Row &r : std::as_const(batch.rows)) {
            row.id = r.id;
            row.runtimeId = r.runtimeId;
            row.status = r.status;
            row.sourceId = view(r.sourceId);
            row.tenant = view(r.tenant);
            row.usernameKey = view(r.usernameKey);
            row.emailKey = view(r.emailKey);
            row.domain = view(r.domain);
            m_fingerprint.add(row);
        }
    }
}

QString FingerprintPipeline::finish()
{
    if (!m_current.rows.isEmpty())
        push();
    {
        const std::lock_guard lock(m_mutex);
        m_done = true;
    }
    m_changed.notify_all();
    m_worker.join();
    return m_fingerprint.result();
}

} // namespace hc
