#include "ImportWorker.h"

#include "RecordSnapshot.h"

#include <QThread>

#include <functional>

namespace hc {

namespace {

// Small batches keep the progress bar moving on a slow disk without costing the reader anything measurable.
constexpr int BatchSize = 4096;

} // namespace

ImportWorker::ImportWorker(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<hc::ImportWorker::Phase>();
}

ImportWorker::~ImportWorker()
{
    stop();
}

void ImportWorker::validate(const QString &filePath, const ReadOptions &options, qint64 expectedRecords)
{
    start([this, filePath, options, expectedRecords] { runValidation(filePath, options, expectedRecords); },
        &ImportWorker::validated);
}

void ImportWorker::import(const ImportRequest &request)
{
    start([this, request] { runImport(request); }, &ImportWorker::imported);
}

void ImportWorker::cancel()
{
    if (m_thread)
        m_cancel.store(true);
}

void ImportWorker::stop()
{
    if (!m_thread)
        return;
    m_cancel.store(true);
    disconnect(m_thread, nullptr, this, nullptr);
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

void ImportWorker::start(std::function<void()> job, void (ImportWorker::*done)())
{
    Q_ASSERT(!m_thread);
    stop();
    m_cancel.store(false);
    m_thread = QThread::create(std::move(job));
    m_thread->setObjectName(QStringLiteral("ImportWorker"));
    // Delivered in this object's (the GUI) thread once the job has returned: its results are complete by then.
    connect(m_thread, &QThread::finished, this, [this, done] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        emit(this->*done)();
    });
    m_thread->start();
}

// ---- in the worker thread ------------------------------------------------------------------------------------

void ImportWorker::runValidation(const QString &filePath, ReadOptions options, qint64 expectedRecords)
{
    options.skipBadRows = true; // to list every problem, not only the first
    options.batchSize = BatchSize;
    qint64 read = 0;
    const RecordBatchSink sink = [&](const QVector<UserRecord> &records, const QVector<qint64> &) {
        read += records.size();
        emit progressed(Phase::Validating, read, qMax(expectedRecords, read));
        return !m_cancel.load();
    };
    m_validation = ExportReader::readFile(filePath, options, sink);
}

void ImportWorker::runImport(const ImportRequest &request)
{
    ImportOutcome out;
    const auto finish = [this, &out](const QString &error) {
        if (!error.isEmpty()) {
            out.status = m_cancel.load() ? ImportOutcome::Status::Cancelled : ImportOutcome::Status::Failed;
            out.error = error;
        }
        m_outcome = std::move(out);
    };

    Result<std::unique_ptr<Workspace>> opened = Workspace::open(request.workspacePath);
    if (!opened)
        return finish(opened.error());
    Workspace &workspace = *opened.value();
    Result<Counts> before = workspace.counts(request.infraId);
    if (!before)
        return finish(before.error());
    out.before = before.value();

    // The whole file first: a bad row or a cancel during the read costs the workspace nothing.
    QVector<UserRecord> records;
    records.reserve(request.expectedRecords);
    const qint64 expected = request.expectedRecords;
    ReadOptions options = request.options;
    options.batchSize = BatchSize;
    const RecordBatchSink sink = [&](const QVector<UserRecord> &batch, const QVector<qint64> &) {
        records += batch;
        emit progressed(Phase::Reading, records.size(), qMax<qint64>(expected, records.size()));
        return !m_cancel.load();
    };
    Result<ExportData> data = ExportReader::readFile(request.filePath, options, sink);
    if (!data)
        return finish(data.error());
    out.data = std::move(data).value();
    if (m_cancel.load())
        return finish(tr("Import cancelled: the workspace was left as it was."));

    // A new runtime is created inside the import's transaction: cancelled or failed, it leaves nothing behind.
    const auto existing = workspace.runtimeStore().runtime(request.infraId, request.runtimeName.trimmed());
    out.runtimeCreated = !existing.ok();
    // For undo: the runtime as it is now, streamed to disk (export order), so the console holds none of it.
    bool snapshotted = !request.beforeSnapshot.isEmpty() && !request.afterSnapshot.isEmpty();
    if (snapshotted && existing) {
        RecordSnapshot before(request.beforeSnapshot);
        UserFilter filter;
        filter.infraId = request.infraId;
        filter.runtimeId = existing->id;
        filter.sortBy = UserSort::Runtime;
        snapshotted = before.open().ok()
            && workspace
                   .userQueries().forEachUser(filter,
                                [&before](const QVector<UserRow> &rows) {
                                    for (const UserRow &row : rows)
                                        before.add(row.record);
                                    return Status();
                                })
                   .ok()
            && before.finish().ok();
    }
    const qint64 n = records.size();
    emit progressed(Phase::Writing, 0, n);
    Result<ImportSummary> summary = workspace.imports().importRecords(request.infraId, request.runtimeName, records, request.mode,
        &m_cancel, [this, n](qint64 done) { emit progressed(Phase::Writing, done, qMax(n, done)); }, request.shrink);
    if (!summary) {
        out.shrinkRefused = summary.code() == ShrinkRefusedCode;
        return finish(summary.error());
    }
    out.summary = std::move(summary).value();
    out.summary.skipped = out.data.skipped.size();
    out.undoable = snapshotted && RecordSnapshot::write(request.afterSnapshot, records).ok();
    out.records = n;
    out.status = ImportOutcome::Status::Imported;
    emit progressed(Phase::Writing, n, n);

    Result<Counts> after = workspace.counts(request.infraId);
    if (after)
        out.after = after.value();
    else
        out.error = after.error(); // imported all the same: the figures after are what could not be read
    finish({});
}

} // namespace hc
