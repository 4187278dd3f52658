#pragma once

#include "Counts.h"
#include "ExportReader.h"
#include "Result.h"
#include "Workspace.h"

#include <QObject>
#include <QString>

#include <atomic>

class QThread;

namespace hc {

// What to import, and where.
struct ImportRequest {
    QString workspacePath;
    qint64 infraId = 0;
    QString runtimeName; // created by the import when the infrastructure has no runtime of that name
    QString filePath;
    ReadOptions options;
    ImportMode mode = ImportMode::Replace;
    // SPEC §3: a replace that would remove more than half of the runtime is refused until the administrator confirms.
    ShrinkPolicy shrink = ShrinkPolicy::Refuse;
    qint64 expectedRecords = 0; // for the progress bar
    // Undo (RecordSnapshot files; empty: not kept): the runtime's records before, and the records imported.
    QString beforeSnapshot;
    QString afterSnapshot;
};

struct ImportOutcome {
    enum class Status { Imported, Cancelled, Failed };
    Status status = Status::Failed;
    QString error;
    ImportSummary summary; // skipped: rows the reader skipped
    ExportData data; // how the file was read; its records are not kept
    qint64 records = 0; // records written
    Counts before;
    Counts after;
    bool runtimeCreated = false; // the runtime was new (created in the import's transaction, so only if it went through)
    bool shrinkRefused = false;  // failed only because it would remove more than half of the runtime
    bool undoable = false;       // both snapshots were written: the session can undo and redo the import
};

// The wizard's work off the GUI thread (STYLE 13): the validation pass (reading only) and the import itself, which
// opens its own Workspace on the same file because Qt SQL connections belong to the thread that opened them.
// One job at a time; progress and the end reach the GUI thread through queued signals.
class ImportWorker : public QObject {
    Q_OBJECT

public:
    enum class Phase { Validating, Reading, Writing };
    Q_ENUM(Phase)

    explicit ImportWorker(QObject *parent = nullptr);
    ~ImportWorker() override;

    // Reads the whole file with `options` (bad rows skipped and listed), keeping no records.
    void validate(const QString &filePath, const ReadOptions &options, qint64 expectedRecords);
    void import(const ImportRequest &request);

    bool isRunning() const { return m_thread != nullptr; }
    // Asks the running job to stop: a read stops at its next batch; an import rolls its transaction back.
    void cancel();
    bool isCancelling() const { return m_cancel.load(); }
    // Cancels and waits for the job to end (its finished() is not emitted).
    void stop();

    // The last validation (valid after validated()).
    const Result<ExportData> &validation() const { return m_validation; }
    // The last import (valid after imported()).
    const ImportOutcome &outcome() const { return m_outcome; }

signals:
    void progressed(hc::ImportWorker::Phase phase, qint64 done, qint64 total);
    void validated();
    void imported();

private:
    void start(std::function<void()> job, void (ImportWorker::*done)());
    void runValidation(const QString &filePath, ReadOptions options, qint64 expectedRecords);
    void runImport(const ImportRequest &request);
    bool writeBeforeSnapshot(Workspace &workspace, const ImportRequest &request, qint64 runtimeId);

    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel { false };
    Result<ExportData> m_validation = Result<ExportData>::failure(QString());
    ImportOutcome m_outcome;
};

} // namespace hc
