#include "WorkspaceReader.h"

#include "Workspace.h"

#include <QThread>

#include <memory>

namespace hc {

WorkspaceReader::WorkspaceReader(QObject *parent)
    : QObject(parent)
{
}

WorkspaceReader::~WorkspaceReader()
{
    // A read (or a rolled-back what-if) ends within a fraction of a second: wait rather than abandon it.
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

void WorkspaceReader::request(const QString &workspacePath, Work work, Done done)
{
    ++m_generation;
    m_pending = Job { workspacePath, std::move(work), std::move(done) };
    if (!m_thread)
        startPending();
}

void WorkspaceReader::clear()
{
    ++m_generation;
    m_pending.reset();
}

void WorkspaceReader::startPending()
{
    Job job = std::move(*m_pending);
    m_pending.reset();
    const quint64 generation = m_generation;
    auto openError = std::make_shared<QString>();
    Work work = std::move(job.work);
    m_thread = QThread::create([path = job.path, work, openError] {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        if (opened)
            work(*opened.value());
        else
            *openError = opened.error();
    });
    m_thread->setObjectName(QStringLiteral("WorkspaceReader"));
    // Delivered in the GUI thread once the work has returned: what it wrote is complete by then.
    connect(m_thread, &QThread::finished, this, [this, done = std::move(job.done), openError, generation] {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        const bool current = generation == m_generation;
        if (m_pending)
            startPending();
        if (current)
            done(*openError);
    });
    m_thread->start();
}

} // namespace hc
