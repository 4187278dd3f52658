#include "WorkspaceJob.h"

#include "Workspace.h"

#include <QCoreApplication>
#include <QThread>

namespace hc {

namespace {

// Progress reaches the GUI at most this often: a signal per row would flood its event queue.
constexpr qint64 ProgressIntervalMs = 50;

} // namespace

WorkspaceJob::WorkspaceJob(QObject *parent)
    : QObject(parent)
{
}

WorkspaceJob::~WorkspaceJob()
{
    if (m_thread) {
        m_cancel->store(true);
        m_thread->wait();
        delete m_thread;
    }
}

bool WorkspaceJob::start(const QString &workspacePath, Work work)
{
    if (m_thread)
        return false;
    auto cancel = std::make_shared<std::atomic_bool>(false);
    m_cancel = cancel;
    m_thread = QThread::create([this, workspacePath, work = std::move(work), cancel] {
        QString error;
        auto opened = Workspace::open(workspacePath);
        if (!opened) {
            error = opened.error();
        } else {
            QElapsedTimer clock;
            clock.start();
            qint64 lastShown = -ProgressIntervalMs;
            Context context{ *opened.value(), *cancel, [&](qint64 done) {
                                if (clock.elapsed() - lastShown < ProgressIntervalMs)
                                    return;
                                lastShown = clock.elapsed();
                                QMetaObject::invokeMethod(this, [this, done] { emit progress(done); },
                                                          Qt::QueuedConnection);
                            } };
            const Status status = work(context);
            if (!status)
                error = status.error();
        }
        QMetaObject::invokeMethod(this, [this, error] { ended(error); }, Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("WorkspaceJob"));
    m_thread->start();
    return true;
}

void WorkspaceJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void WorkspaceJob::waitForFinished()
{
    if (!m_thread)
        return;
    m_thread->wait();
    // Delivers the queued progress and outcome now.
    QCoreApplication::sendPostedEvents(this);
}

void WorkspaceJob::ended(const QString &error)
{
    if (!m_thread)
        return;
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_cancel.reset();
    emit finished(error);
}

} // namespace hc
