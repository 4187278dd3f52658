#include "WorkspaceChangeJob.h"

#include "Workspace.h"

#include <QThread>

namespace hc {

WorkspaceChangeJob::WorkspaceChangeJob(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
{
}

WorkspaceChangeJob::~WorkspaceChangeJob()
{
    // Closing the window while a change runs: let its transaction finish (or roll back) rather than abandon it.
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

bool WorkspaceChangeJob::start(const QString &description, Change change)
{
    if (m_thread || !m_session->isOpen())
        return false;
    m_description = description;
    const QString path = m_session->path();
    auto outcome = std::make_shared<Status>();
    m_thread = QThread::create([path, change, outcome] {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        *outcome = opened ? change(*opened.value()) : Status::failure(opened.error());
    });
    m_thread->setObjectName(QStringLiteral("WorkspaceChangeJob"));
    m_operation = std::make_unique<WorkspaceSession::LongOperation>(m_session);
    // Delivered in the GUI thread once the change has returned: the outcome is complete by then.
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        m_operation.reset();
        const Status refreshed = m_session->refresh();
        emit runningChanged(false);
        emit finished(!outcome->ok() ? outcome->error() : refreshed.ok() ? QString() : refreshed.error());
    });
    emit runningChanged(true);
    m_thread->start();
    return true;
}

} // namespace hc
