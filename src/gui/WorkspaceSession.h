#pragma once

#include "Counts.h"
#include "History.h"
#include "Result.h"
#include "Workspace.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <functional>
#include <memory>
#include <optional>

class QTimer;
class QUndoStack;

namespace hc {

class DecisionCommand;

// The open workspace and the infrastructure being looked at, shared by every view of the console. Views read
// through it and listen to its signals; none of them opens a workspace of its own.
class WorkspaceSession : public QObject {
    Q_OBJECT

public:
    explicit WorkspaceSession(QObject *parent = nullptr);
    ~WorkspaceSession() override;

    // Opens `path` showing `preferredInfrastructure` when it has one by that name (else the first); on failure the
    // current workspace stays open and the error is returned.
    Status open(const QString &path, const QString &preferredInfrastructure = {});
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

    // SPEC §7: changes committed by another process (or by a worker's own connection) are noticed by polling the
    // workspace's data version this often, and shown through refresh() as F5 would.
    static constexpr int WatchIntervalMs = 500;
    bool isWatching() const;

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

private:
    Status reloadCounts();
    void checkForChanges();
    void updateWatch();
    // Reads the data version now, so that only commits after this point look like changes made elsewhere.
    void rememberDataVersion();
    Status execute(std::unique_ptr<DecisionCommand> command);
    Status refuse(const QString &why);

    std::unique_ptr<Workspace> m_workspace;
    QVector<InfrastructureInfo> m_infrastructures;
    qint64 m_infraId = 0;
    Counts m_counts;
    QVector<CountSnapshot> m_history;
    QUndoStack *m_undoStack;
    QTimer *m_watch;
    std::optional<qint64> m_dataVersion;
    int m_longOperations = 0;
    QString m_watchError; // the last error of a check, shown once rather than every interval
};

} // namespace hc
