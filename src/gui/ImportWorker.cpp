#include "ImportWorker.h"

#include "RecordSnapshot.h"

#include <QFile>
#include <QThread>

#include <functional>
#include <optional>

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

    // A new runtime is created inside the import's transaction: cancelled or failed, it leaves nothing behind.
    const auto existing = workspace.runtimeStore().runtime(request.infraId, request.runtimeName.trimmed());
    out.runtimeCreated = !existing.ok();
    // For undo: the runtime as it is now and as the file makes it, both streamed to disk (export order), so the
    // console holds neither.
    bool snapshotted = !request.beforeSnapshot.isEmpty() && !request.afterSnapshot.isEmpty();
    if (snapshotted && existing)
        snapshotted = writeBeforeSnapshot(workspace, request, existing->id);
    RecordSnapshot after(request.afterSnapshot);
    snapshotted = snapshotted && after.open().ok();

    // The file streams into the import's transaction batch by batch (SPEC §8: never held whole): a bad row or a
    // cancel during the read costs the workspace nothing, as a failure while writing does not.
    const qint64 expected = request.expectedRecords;
    ReadOptions options = request.options;
    options.batchSize = BatchSize;
    qint64 read = 0;
    std::optional<Result<ExportData>> data;
    const RecordSource source = [&](const RecordBatchHandler &deliver) {
        Status delivered;
        data = ExportReader::readFile(request.filePath, options, [&](const QVector<UserRecord> &batch, const QVector<qint64> &) {
            read += batch.size();
            emit progressed(Phase::Reading, read, qMax<qint64>(expected, read));
            if (snapshotted) {
                for (const UserRecord &r : batch)
                    after.add(r);
            }
            delivered = deliver(batch);
            return delivered.ok() && !m_cancel.load();
        });
        if (!delivered)
            return delivered;
        return data->ok() ? Status() : Status::failure(data->error());
    };
    Result<ImportSummary> summary = workspace.imports().importRecords(request.infraId, request.runtimeName, source,
        request.mode, &m_cancel,
        [this, &read](qint64 done) { emit progressed(Phase::Writing, done, qMax(read, done)); }, request.shrink);
    if (data && data->ok())
        out.data = std::move(*data).value();
    if (!summary) {
        if (snapshotted)
            QFile::remove(request.afterSnapshot); // half a file: the import it was for did not happen
        out.shrinkRefused = summary.code() == ShrinkRefusedCode;
        return finish(summary.error());
    }
    out.summary = std::move(summary).value();
    out.summary.skipped = out.data.skipped.size();
    out.undoable = snapshotted && after.finish().ok();
    out.records = read;
    out.status = ImportOutcome::Status::Imported;
    emit progressed(Phase::Writing, read, read);

    Result<Counts> counts = workspace.counts(request.infraId);
    if (counts)
        out.after = counts.value();
    else
        out.error = counts.error(); // imported all the same: the figures after are what could not be read
    finish({});
}

bool ImportWorker::writeBeforeSnapshot(Workspace &workspace, const ImportRequest &request, qint64 runtimeId)
{
    RecordSnapshot before(request.beforeSnapshot);
    UserFilter filter;
    filter.infraId = request.infraId;
    filter.runtimeId = runtimeId;
    filter.sortBy = UserSort::Runtime;
    return before.open().ok()
        && workspace.userQueries()
               .forEachUser(filter,
                   [&before](const QVector<UserRow> &rows) {
                       for (const UserRow &row : rows)
                           before.add(row.record);
                       return Status();
                   })
               .ok()
        && before.finish().ok();
}

} // namespace hc
