#pragma once

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

class QThread;

namespace hc {

class Workspace;

// Reads (or works a what-if out) off the GUI thread on a Workspace of its own, opened in the worker because Qt SQL
// connections belong to the thread that opened them. On a million records the Domains view's lists take ~100 ms to
// read and a what-if 50–120 ms, after every change: too long for the GUI thread (STYLE 13). Only the latest request
// matters: one made while another runs waits for it, and the older one's `done` is never called.
class WorkspaceReader : public QObject {
    Q_OBJECT

public:
    // `work` runs in the worker thread (it writes its results into state it shares with `done`); `done` runs in the
    // GUI thread afterwards, with the error when the workspace could not be opened (empty otherwise).
    using Work = std::function<void(Workspace &)>;
    using Done = std::function<void(const QString &openError)>;

    explicit WorkspaceReader(QObject *parent = nullptr);
    ~WorkspaceReader() override;

    void request(const QString &workspacePath, Work work, Done done);
    // Forgets the requests: no `done` until the next request.
    void clear();
    bool isWorking() const { return m_thread != nullptr || m_pending.has_value(); }

private:
    struct Job {
        QString path;
        Work work;
        Done done;
    };
    void startPending();

    QThread *m_thread = nullptr;
    std::optional<Job> m_pending;
    quint64 m_generation = 0;
};

} // namespace hc
