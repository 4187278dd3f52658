#include "WorkspaceChangeJob.h"

#include "Transaction.h"
#include "Workspace.h"

#include <QThread>

namespace hc {

namespace {

// The worker moves Waiting -> Running -> Committing; cancel() moves Waiting or Running -> Cancelled. Whichever
// compare-and-swap wins decides: a cancelled job never commits, a committing one is no longer cancelled.
enum State : int { Waiting, Running, Committing, Cancelled };

struct Outcome {
    Status status;
    bool cancelled = false;
};

} // namespace

WorkspaceChangeJob::WorkspaceChangeJob(WorkspaceSession *session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_state(std::make_shared<std::atomic_int>(Waiting))
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

bool WorkspaceChangeJob::start(const QString &description, qint64 infraId, Change change)
{
    if (m_thread || !m_session->isOpen())
        return false;
    m_description = description;
    const QString path = m_session->path();
    auto outcome = std::make_shared<Outcome>();
    m_state = std::make_shared<std::atomic_int>(Waiting);
    m_thread = QThread::create([path, infraId, change, outcome, state = m_state] {
        Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
        if (!opened) {
            outcome->status = Status::failure(opened.error());
            return;
        }
        int expected = Waiting;
        if (!state->compare_exchange_strong(expected, Running)) {
            outcome->cancelled = true; // before anything started
            return;
        }
        QSqlDatabase db = opened.value()->database();
        Transaction tx(db); // rolled back by its destructor unless committed below
        if (!tx.isOpen()) {
            outcome->status = Status::failure(tx.startError());
            return;
        }
        tx.snapshotCounts(infraId);
        if (Status s = change(*opened.value()); !s) {
            outcome->status = s;
            return;
        }
        expected = Running;
        if (!state->compare_exchange_strong(expected, Committing)) {
            outcome->cancelled = true;
            return;
        }
        outcome->status = tx.commit();
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
        const QString error = !outcome->status.ok() ? outcome->status.error()
            : refreshed.ok()                        ? QString()
                                                    : refreshed.error();
        emit finished(error, outcome->cancelled);
    });
    emit runningChanged(true);
    m_thread->start();
    return true;
}

bool WorkspaceChangeJob::cancel()
{
    if (!m_thread)
        return false;
    int state = m_state->load();
    while (state == Waiting || state == Running) {
        if (m_state->compare_exchange_weak(state, Cancelled))
            return true;
    }
    return state == Cancelled;
}

bool WorkspaceChangeJob::isCancelling() const
{
    return m_thread && m_state->load() == Cancelled;
}

} // namespace hc
