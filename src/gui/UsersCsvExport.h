#pragma once

#include "Workspace.h"

#include <QObject>
#include <QPointer>
#include <QVector>

#include <utility>

class QProgressDialog;
class QWidget;

namespace hc {

class WorkspaceJob;
class WorkspaceSession;

// Users → Export to CSV (SPEC §4/§7): the filtered list, or some of its rows, written off the GUI thread in batches
// through UserCsv (formula-safe), with a progress dialog that can cancel; a cancelled or failed export leaves no file.
class UsersCsvExport : public QObject {
    Q_OBJECT

public:
    UsersCsvExport(WorkspaceSession *session, QWidget *parent);
    ~UsersCsvExport() override;

    using RowRanges = QVector<std::pair<int, int>>; // first and last row, inclusive, in the list's order

    // Asks for a file (FileDialog), then writes `filter`'s list, or only the rows in `rows` when it is not empty.
    void run(const UserFilter &filter, const RowRanges &rows = {});
    bool isRunning() const;
    WorkspaceJob *job() const { return m_job; }

signals:
    void exported(const QString &path, qint64 rows);
    void errorOccurred(const QString &message);

private:
    void finished(const QString &error);

    WorkspaceSession *m_session;
    QWidget *m_parent;
    WorkspaceJob *m_job;
    QPointer<QProgressDialog> m_progress;
    QString m_path;
    bool m_cancelled = false;
    std::shared_ptr<std::atomic<qint64>> m_written;
};

} // namespace hc
