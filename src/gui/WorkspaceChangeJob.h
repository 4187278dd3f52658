#pragma once

#include "Result.h"
#include "WorkspaceSession.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace hc {

class Workspace;

// One change that can take seconds on a large workspace (a tenant's kind, removing a runtime: both recount the
// infrastructure) run off the GUI thread (STYLE 13) on a Workspace of its own, opened in the worker because Qt SQL
// connections belong to the thread that opened them (as ReportWorker). While it runs the session holds a
// LongOperation; when it ends the session is refreshed and finished() tells the outcome.
//
// The change runs inside a transaction of the job's own (the Workspace call becomes a savepoint of it, as in a
// preview). The storage call itself cannot be interrupted halfway, so cancel() cannot stop it early; what it does is
// decide the outcome: the job's transaction is rolled back instead of committed once the call returns, and nothing
// is changed. Only once the commit has begun is it too late (cancel() then says so).
class WorkspaceChangeJob : public QObject {
    Q_OBJECT

public:
    using Change = std::function<Status(Workspace &)>;

    explicit WorkspaceChangeJob(WorkspaceSession *session, QObject *parent = nullptr);
    ~WorkspaceChangeJob() override;

    // Refused (false) while one is running or no workspace is open. `description` says what runs ("Setting…");
    // `infraId` is the infrastructure whose counts it changes (the commit stores their snapshot, as the storage's
    // own transaction would).
    bool start(const QString &description, qint64 infraId, Change change);
    bool isRunning() const { return m_thread != nullptr; }
    QString description() const { return m_description; }

    // Asks for the running change to be rolled back. False when nothing runs or its commit has begun (too late).
    bool cancel();
    bool isCancelling() const;

signals:
    void runningChanged(bool running);
    // `error` is empty when the change went through or was cancelled; `cancelled`: rolled back on request.
    void finished(const QString &error, bool cancelled);

private:
    WorkspaceSession *m_session;
    QThread *m_thread = nullptr;
    std::unique_ptr<WorkspaceSession::LongOperation> m_operation;
    QString m_description;
    // Waiting, Running, Committing or Cancelled (WorkspaceChangeJob.cpp), shared with the worker.
    std::shared_ptr<std::atomic_int> m_state;
};

} // namespace hc
