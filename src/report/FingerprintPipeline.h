#pragma once

#include "ReportFingerprint.h"

#include <QByteArray>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

namespace hc {

// Feeds a ReportFingerprint on a second thread, so that the report's one pass over a million records hashes on one
// core while the other reads SQLite and gathers the findings (SPEC §8: the report for 1 M records in < 2 s on two
// cores). Rows are copied into batches (the RecordRow views die with the statement's row); the order is kept, so the
// digest is the one ReportFingerprint gives fed directly. At most MaxQueued batches wait: memory stays bounded.
class FingerprintPipeline
{
public:
    explicit FingerprintPipeline(ReportFingerprint &fingerprint);
    ~FingerprintPipeline();
    FingerprintPipeline(const FingerprintPipeline &) = delete;
    FingerprintPipeline &operator=(const FingerprintPipeline &) = delete;

    void add(const RecordRow &row);
    // Waits for every row to be hashed and returns the digest (ReportFingerprint::result()).
    QString finish();

private:
    struct Field
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    struct Row
    {
        qint64 id;
        qint64 runtimeId;
        RecordStatus status;
        Field sourceId, tenant, usernameKey, emailKey, domain;
    };
    struct Batch
    {
        QByteArray bytes;
        QVector<Row> rows;
    };
    static constexpr int BatchRows = 8192;
    static constexpr qsizetype BatchBytes = BatchRows * 96; // the five fields of a typical record, without regrowing
    static constexpr int MaxQueued = 4;

    Field copy(QByteArrayView v);
    void push();
    void run();

    ReportFingerprint &m_fingerprint;
    Batch m_current;
    std::deque<Batch> m_queue;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
    std::thread m_worker;
};

} // namespace hc
