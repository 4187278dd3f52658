#include "ReportWorker.h"

#include "ReportBuilder.h"
#include "ReportHtml.h"
#include "Workspace.h"

#include <QThread>

#include <memory>

namespace hc {

ReportWorker::ReportWorker(QObject *parent)
    : QObject(parent)
{
}

ReportWorker::~ReportWorker()
{
    // Closing the window while a report is built: wait for it (seconds at most) rather than leave a thread writing
    // into a destroyed object.
    if (m_thread) {
        disconnect(m_thread, nullptr, this, nullptr);
        m_thread->wait();
        delete m_thread;
    }
}

bool ReportWorker::start(const ReportJob &job)
{
    if (m_thread)
        return false;
    m_outcome = ReportOutcome();
    // The job writes only into its own outcome, so a cancelled one still running can never touch a newer one's.
    auto outcome = std::make_shared<ReportOutcome>();
    QThread *thread = QThread::create([job, outcome] { *outcome = run(job); });
    thread->setObjectName(QStringLiteral("ReportWorker"));
    m_thread = thread;
    // Delivered in the GUI thread once the job has returned: the outcome is complete by then.
    connect(thread, &QThread::finished, this, [this, thread, outcome] {
        if (thread != m_thread)
            return; // cancelled after it had ended: cancel() deletes it
        thread->wait();
        delete thread;
        m_thread = nullptr;
        m_outcome = *outcome;
        emit finished();
    });
    m_thread->start();
    return true;
}

void ReportWorker::cancel()
{
    if (!m_thread)
        return;
    // The thread runs to its end and deletes itself; its outcome goes nowhere.
    QThread *thread = m_thread;
    m_thread = nullptr;
    disconnect(thread, nullptr, this, nullptr);
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    if (thread->isFinished())
        thread->deleteLater();
}

// ---- in the worker thread ------------------------------------------------------------------------------------

ReportOutcome ReportWorker::run(const ReportJob &job)
{
    ReportOutcome out;
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(job.workspacePath);
    if (!opened) {
        out.error = opened.error();
    } else {
        const auto data = ReportBuilder(*opened.value()).build(job.options);
        if (!data) {
            out.error = data.error();
        } else {
            out.title = ReportFile::title(*data);
            if (job.format) {
                const auto pages = ReportFile::write(*data, job.outputPath, *job.format);
                if (pages)
                    out.pages = *pages;
                else
                    out.error = pages.error();
            } else {
                out.html = ReportHtml::render(*data);
            }
        }
    }
    return out;
}

} // namespace hc
