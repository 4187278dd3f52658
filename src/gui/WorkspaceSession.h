#pragma once

#include "Counts.h"
#include "History.h"
#include "ReclaimList.h"
#include "Result.h"
#include "Workspace.h"
#include "WorkspaceJob.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <atomic>
#include <functional>
#include <utility>
#include <memory>
#include <optional>

class QTemporaryDir;
class QTimer;
class QUndoStack;

namespace hc {

class ChangeNotifier;
class DecisionCommand;

// Records a bulk decision is about: a list (filter and order) and some of its rows, or all of them.
struct BulkTarget {
    UserFilter list;
    QVector<std::pair<int, int>> rows; // first and last row, inclusive; empty: every record of the list
};


struct BulkOutcome {
    qint64 changed = 0; // decision references changed (runtime + username + tenant)
    qint64 skipped = 0; // records without a username: decisions are kept by username, so none is taken on them
    QVector<ReclaimRecord> records; // each record changed, as the platform knows it (the list to apply there)
};

// The open workspace and the infrastructure being looked at, shared by every view of the console. Views read
// through it and listen to its signals; none of them opens a workspace of its own.
class WorkspaceSession : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens `path` showing `preferredInfrastructure` when it has one by that name (else the first); on failure the
    // current workspace stays open and the error is returned (PasswordNeededCode: a shared workspace wants a
    // password; open again with `credentials`, which are kept in memory only, DatabaseCredentials).
    Status open(const QString &path, const QString &preferredInfrastructure = {},
                const DatabaseCredentials &credentials = {});
    void close();

    bool isOpen() const { return m_workspace != nullptr; }
    Workspace *workspace() const { return m_workspace.get(); }
    QString path() const;

    QVector<InfrastructureInfo> infrastructures() const { return m_infrastructures; }
    qint64 currentInfrastructureId() const { return m_infraId; }
    InfrastructureInfo currentInfrastructure() const;
    // Selects an infrastructure by id (or by name); unknown ones are refused.
    bool setCurrentInfrastructure(qint64 infraId);
    bool setCurrentInfrastructure(const QString &name);

    // The counts of the current infrastructure as last read.
    const Counts &counts() const { return m_counts; }
    // The current infrastructure's count snapshots, oldest first (issue 9), read when the counts are (countsChanged).
    const QVector<CountSnapshot> &history() const { return m_history; }

    // Administrator decisions (SPEC §5). Each is one Workspace call (one transaction) pushed on the undo stack as a
    // command whose undo applies the inverse decision; records whose state would not change are left out. Failures
    // are returned and also reported through errorOccurred().
    QUndoStack *undoStack() const { return m_undoStack; }
    Status setDeactivated(const QVector<RecordRef> &refs, bool deactivated);
    Status setItUser(const QVector<RecordRef> &refs, bool itUser);
    Status link(const RecordRef &a, const RecordRef &b);
    Status split(const RecordRef &ref, bool split);
    // Runs one change on the workspace, then re-reads the counts and tells the views (used by the undo commands).
    Status change(const std::function<Status(Workspace &)> &apply);
    // The same for a change of the workspace's structure (infrastructures, capacities, runtimes): afterwards the
    // infrastructures are read again too, as refresh() does.
    Status changeStructure(const std::function<Status(Workspace &)> &apply);

    // Bulk decisions (WorkspaceSessionBulk.cpp): the records of `target` are read, and the decision taken on those it
    // changes, off the GUI thread as one transaction, with progress; then one command goes on the undo stack whose
    // undo and redo run off the GUI thread too. `done` runs on the GUI thread once it went through (not on failure).
    // Refused (false, error shown) while another background change runs.
    bool setDeactivatedInBackground(const BulkTarget &target, bool deactivated,
                                    std::function<void(const BulkOutcome &)> done = {});
    // The same for the IT flag (undo puts back the flag each record had: none, set or cleared).
    bool setItUserInBackground(const BulkTarget &target, bool itUser);
    // Runs one change off the GUI thread on a connection of its own (undo/redo of a bulk command); false when busy.
    bool changeInBackground(const std::function<Status(Workspace &, const std::function<void(qint64)> &)> &apply,
                            qint64 total);
    // In a worker, on its own connection: the decision references of `target` whose deactivation differs from
    // `deactivated` (one per runtime + username + tenant), with the records they stand for. Also the reclaim preview.
    static Status collectBulk(Workspace &ws, const BulkTarget &target, bool deactivated,
                              const std::atomic_bool &cancelled, QVector<RecordRef> &refs, BulkOutcome &outcome);
    // Imports on the undo stack (WorkspaceSessionBulk.cpp). A file in the session's temporary folder for a
    // RecordSnapshot; empty when the folder cannot be made (the import is then not undoable).
    QString newSnapshotPath();
    struct ImportUndo {
        qint64 infraId = 0;
        QString runtimeName;
        QString fileName;
        ImportMode mode = ImportMode::Replace;
        bool runtimeCreated = false;
        QString beforeSnapshot; // the runtime's records before (unused when it was created by the import)
        QString afterSnapshot;  // the records imported
    };
    // Puts an import that went through on the undo stack: undo restores the runtime as it was (or removes the
    // runtime it created), redo imports the same records again; both in the background, each one transaction.
    void pushImport(const ImportUndo &import);
    // True while a background change runs: Undo, Redo and other decisions wait for it.
    bool isBusy() const;
    // Waits for a running background change to end (tests; closing the window).
    void waitForBackgroundChange();
    // Selections up to this size are decided on the GUI thread at once (milliseconds); larger ones in the background.
    static constexpr int SynchronousDecisionLimit = 500;

    // SPEC §7: changes committed by another process (or by a worker's own connection) are noticed by polling the
    // workspace's data version this often, and shown through refresh() as F5 would. A shared workspace on
    // PostgreSQL tells instead (LISTEN/NOTIFY, ChangeNotifier): a burst of notifications within NotifyDelayMs is
    // one refresh.
    static constexpr int WatchIntervalMs = 500;
    static constexpr int NotifyDelayMs = 100;
    // A shared workspace's connection is checked this often; a dropped one is opened again by the same URL (the
    // password a person typed is still in memory), LISTEN resumes and what was missed meanwhile is read.
    static constexpr int ConnectionCheckMs = 5000;
    bool isWatching() const;
    // Whether changes made elsewhere are notified by the server rather than polled for.
    bool isListening() const;

    // Work of the console that runs a while on a connection of its own (an import, a report): the session stops
    // watching while one runs, since the views are refreshed when it ends. Ends when destroyed.
    class LongOperation {
    public:
        explicit LongOperation(WorkspaceSession *session);
        ~LongOperation();
        LongOperation(const LongOperation &) = delete;
        LongOperation &operator=(const LongOperation &) = delete;

    private:
        QPointer<WorkspaceSession> m_session;
    };

public slots:
    // Re-reads infrastructures and counts (cheap: counts come from the maintained aggregates).
    Status refresh();

signals:
    void workspaceOpened(const QString &path);
    void workspaceClosed();
    void infrastructuresChanged();
    void currentInfrastructureChanged(qint64 infraId);
    void countsChanged(const hc::Counts &counts);
    void errorOccurred(const QString &message);
    // Around every change of user records made through the session (decisions, undo, redo) and after refresh():
    // views that read records in the background stop doing so before, and read them again after.
    void recordsAboutToChange();
    void recordsChanged();
    // The views were refreshed because another process changed the workspace.
    void changedElsewhere();
    // The connection to a shared workspace was lost and is open again; the figures are current (the undo history
    // starts afresh: its commands belonged to the old connection).
    void connectionRestored();
    // A background change started or ended; its progress (`total` 0: not known yet).
    void busyChanged(bool busy);
    void backgroundProgress(qint64 done, qint64 total);

private:
    // The counts and count history of an infrastructure, as the dashboard shows them.
    struct CountsRead {
        Counts counts;
        QVector<CountSnapshot> history;
    };
    static Result<CountsRead> readCounts(Workspace &ws, qint64 infraId);
    Status reloadCounts();
    Status showCounts(Result<CountsRead> read);
    // Runs `work` on m_job; once it went through, the job also reads the counts the session shows afterwards, so
    // that backgroundEnded() does not read them on the GUI thread (issue 10: no GUI-thread block over 100 ms).
    void startJob(WorkspaceJob::Work work);
    void checkForChanges();
    void checkConnection();
    void updateWatch();
    void startListening();
    // A notified change made elsewhere (now, or once the long operations that hold it back have ended).
    void refreshNotified();
    // Reads the data version now, so that only commits after this point look like changes made elsewhere.
    void rememberDataVersion();
    Status execute(std::unique_ptr<DecisionCommand> command);
    Status refuse(const QString &why);
    void backgroundEnded();

    std::unique_ptr<Workspace> m_workspace;
    // After m_workspace: it goes first, while the connection it listens on is still there.
    std::unique_ptr<ChangeNotifier> m_notifier;
    QTimer *m_notifyDelay;
    bool m_notified = false; // a change made elsewhere was notified and not shown yet
    QVector<InfrastructureInfo> m_infrastructures;
    qint64 m_infraId = 0;
    Counts m_counts;
    QVector<CountSnapshot> m_history;
    // What the running job read after its change, for backgroundEnded(): the counts and the file's change counter
    // then (SQLite only; on PostgreSQL the session reads them itself).
    struct JobCounts {
        qint64 infraId = 0;
        quint32 changeCounter = 0;
        CountsRead read;
    };
    std::shared_ptr<std::optional<JobCounts>> m_jobCounts;
    QUndoStack *m_undoStack;
    QTimer *m_watch;
    QTimer *m_connectionWatch;
    bool m_connectionLost = false; // said once, until the connection is back
    std::optional<qint64> m_dataVersion;
    int m_longOperations = 0;
    QString m_watchError; // the last error of a check, shown once rather than every interval
    WorkspaceJob *m_job;
    std::unique_ptr<LongOperation> m_jobOperation;
    std::shared_ptr<std::atomic<qint64>> m_jobTotal;
    std::function<void(const QString &)> m_jobDone;
    std::unique_ptr<QTemporaryDir> m_snapshotDir;
    int m_snapshots = 0;
};

} // namespace hc
