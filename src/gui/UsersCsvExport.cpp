#include "UsersCsvExport.h"

#include "FileDialog.h"
#include "UserCsv.h"
#include "WorkspaceJob.h"
#include "WorkspaceSession.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QWidget>

namespace hc {

UsersCsvExport::UsersCsvExport(WorkspaceSession *session, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_parent(parent)
    , m_job(new WorkspaceJob(this))
    , m_written(std::make_shared<std::atomic<qint64>>(0))
{
    connect(m_job, &WorkspaceJob::progress, this, [this](qint64 done) {
        if (m_progress)
            m_progress->setLabelText(tr("Writing %1 users…").arg(QLocale().toString(done)));
    });
    connect(m_job, &WorkspaceJob::finished, this, &UsersCsvExport::finished);
}

UsersCsvExport::~UsersCsvExport() = default;

bool UsersCsvExport::isRunning() const
{
    return m_job->isRunning();
}

void UsersCsvExport::run(const UserFilter &filter, const RowRanges &rows)
{
    if (!m_session->isOpen() || m_job->isRunning())
        return;
    const QString start = QFileInfo(m_session->path()).absolutePath();
    const QString name = rows.isEmpty() ? tr("users.csv") : tr("selected-users.csv");
    const QString path = FileDialog::instance()->getSaveFileName(
        m_parent, rows.isEmpty() ? tr("Export Users to CSV") : tr("Export Selected Users to CSV"),
        QDir(start).filePath(name), tr("CSV files (*.csv);;All files (*)"));
    if (path.isEmpty())
        return;
    m_path = path;
    m_written->store(0);
    auto written = m_written;
    m_job->start(m_session->path(), [filter, rows, path, written](WorkspaceJob::Context &c) {
        const auto result = UserCsv::toFile(path, [&](QIODevice &out) -> Result<qint64> {
            if (rows.isEmpty())
                return UserCsv::write(c.workspace, filter, out, &c.cancelled, c.progress);
            // The rows of the list as shown: its order is read again (8 bytes a record), then the chosen ones.
            const auto ids = c.workspace.userQueries().userIds(filter, &c.cancelled);
            if (!ids)
                return Result<qint64>::failure(ids.error());
            QVector<qint64> chosen;
            for (const auto &[first, last] : rows) {
                for (int row = std::max(0, first); row <= last && row < ids->size(); ++row)
                    chosen << ids->at(row);
            }
            return UserCsv::writeIds(c.workspace, filter.infraId, chosen, out, &c.cancelled, c.progress);
        });
        if (!result)
            return Status::failure(result.error());
        written->store(*result);
        return Status();
    });
    m_progress = new QProgressDialog(tr("Writing the CSV file…"), tr("Cancel"), 0, 0, m_parent);
    m_progress->setObjectName(QStringLiteral("csvExportProgress"));
    m_progress->setAccessibleName(tr("CSV export progress"));
    m_progress->setWindowTitle(tr("Export to CSV"));
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAttribute(Qt::WA_DeleteOnClose);
    m_cancelled = false;
    connect(m_progress, &QProgressDialog::canceled, this, [this] {
        m_cancelled = true;
        m_job->cancel();
    });
}

void UsersCsvExport::finished(const QString &error)
{
    if (m_progress) {
        m_progress->disconnect(this);
        m_progress->close();
    }
    if (m_cancelled)
        return; // asked for: the file was left as it was, nothing to report
    if (!error.isEmpty()) {
        emit errorOccurred(tr("The CSV file was not written: %1").arg(error));
        return;
    }
    emit exported(m_path, m_written->load());
}

} // namespace hc
