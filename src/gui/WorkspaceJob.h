#pragma once

#include "Result.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace hc {

class Workspace;

// One piece of work of the console on a thread and a Workspace connection of its own (STYLE 13: Qt SQL connections
// belong to the thread that opened them): a CSV export, a bulk decision, a reclaim. Progress and the outcome reach
// the GUI thread through queued signals; cancel() asks the work to stop (it polls the flag) and the outcome still
// arrives, so the caller always learns whether anything changed. Destroying it waits for the work to end.
class WorkspaceJob : public QObject {
    Q_OBJECT

public:
    struct Context {
        Workspace &workspace;
        const std::atomic_bool &cancelled;
        // Units done so far; throttled before it reaches the GUI thread.
        std::function<void(qint64)> progress;
    };
    using Work = std::function<Status(Context &)>;

    explicit WorkspaceJob(QObject *parent = nullptr);
    ~WorkspaceJob() override;

    // Refused (false) while one is running.
    bool start(const QString &workspacePath, Work work);
    bool isRunning() const { return m_thread != nullptr; }
    void cancel();
    // Blocks until the running work has ended and finished() was emitted (tests, closing the window).
    void waitForFinished();

signals:
    void progress(qint64 done);
    // `error` is empty when the work went through.
    void finished(const QString &error);

private:
    void ended(const QString &error);

    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancel;
};

} // namespace hc
