#pragma once

#include "Result.h"
#include "WorkspaceSession.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace hc {

class Workspace;

// One change that can take seconds on a large workspace (a tenant's kind, removing a runtime: both recount the
// infrastructure) run off the GUI thread (STYLE 13) on a Workspace of its own, opened in the worker because Qt SQL
// connections belong to the thread that opened them (as ReportWorker). The change is one transaction: it cannot be
// interrupted halfway, so there is no cancel. While it runs the session holds a LongOperation; when it ends the
// session is refreshed and finished() tells the outcome.
class WorkspaceChangeJob : public QObject {
    Q_OBJECT

public:
    using Change = std::function<Status(Workspace &)>;

    explicit WorkspaceChangeJob(WorkspaceSession *session, QObject *parent = nullptr);
    ~WorkspaceChangeJob() override;

    // Refused (false) while one is running or no workspace is open. `description` says what runs ("Setting…").
    bool start(const QString &description, Change change);
    bool isRunning() const { return m_thread != nullptr; }
    QString description() const { return m_description; }

signals:
    void runningChanged(bool running);
    // `error` is empty when the change went through.
    void finished(const QString &error);

private:
    WorkspaceSession *m_session;
    QThread *m_thread = nullptr;
    std::unique_ptr<WorkspaceSession::LongOperation> m_operation;
    QString m_description;
};

} // namespace hc
