#pragma once

#include "ReportQueries.h"

#include <QByteArray>
#include <QVector>

#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

namespace hc {

// Hands the rows of the report's one pass over a million records to consumers on threads of their own, so that the
// thread reading SQLite does nothing else (SPEC §8: the report for 1 M records in < 2 s on two cores). Rows are
// copied into batches (the RecordRow views die with the statement's row) and every batch goes to every consumer, in
// order: each consumer sees exactly the rows, in the order, it would have seen fed directly. A consumer is called
// on its own thread only, so it needs no locking of its own state. At most MaxQueued batches wait per consumer:
// memory stays bounded.
class RecordPipeline
{
public:
    using Consumer = std::function<void(const RecordRow &)>;

    explicit RecordPipeline(const std::vector<Consumer> &consumers);
    ~RecordPipeline();
    RecordPipeline(const RecordPipeline &) = delete;
    RecordPipeline &operator=(const RecordPipeline &) = delete;

    void add(const RecordRow &row);
    // Waits until every consumer has seen every row. Call once; the consumers may be read afterwards.
    void finish();

private:
    enum Text { SourceId, Tenant, UsernameKey, EmailKey, Domain, Name, LastLogin, Texts };
    struct Row
    {
        qint64 id;
        qint64 runtimeId;
        qint64 individual;
        qsizetype offset; // of its texts in the batch, one after the other in Text order
        quint32 sizes[Texts]; // a SQLite value is at most 1 GB
        RecordStatus status;
    };
    struct Batch
    {
        std::unique_ptr<char[]> bytes; // the rows' texts, one after the other
        qsizetype used = 0;
        qsizetype capacity = 0;
        std::vector<Row> rows;
    };
    using SharedBatch = std::shared_ptr<const Batch>;
    struct Worker
    {
        Consumer consume;
        std::deque<SharedBatch> queue;
        std::thread thread;
    };
    static constexpr int BatchRows = 8192;
    static constexpr qsizetype BatchBytes = BatchRows * 160; // the seven fields of a typical record
    static constexpr int MaxQueued = 4;

    void startBatch(qsizetype bytes);
    void push();
    void run(Worker &worker);

    std::unique_ptr<Batch> m_current;
    std::vector<std::unique_ptr<Worker>> m_workers;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    bool m_done = false;
    bool m_finished = false;
};

} // namespace hc
