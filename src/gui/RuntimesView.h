#pragma once

#include "Workspace.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace hc {

class RuntimesModel;
class TenantsModel;
class WorkspaceChangeJob;
class WorkspaceReader;
class WorkspaceSession;

// SPEC §5 Runtimes view: the current infrastructure's runtimes (rename, remove, last import, records, counted records
// and platform estimate beside the unique figure) and the tenants found in the selected runtime with their kinds,
// settable here. Removing a runtime and setting a kind recount the infrastructure (seconds on a million records), so
// they run off the GUI thread as a WorkspaceChangeJob while the view shows it is busy.
class RuntimesView : public QWidget {
    Q_OBJECT

public:
    explicit RuntimesView(WorkspaceSession *session, QWidget *parent = nullptr);

    RuntimesModel *runtimesModel() const { return m_runtimesModel; }
    TenantsModel *tenantsModel() const { return m_tenantsModel; }
    // A removal or a kind being set is running.
    bool isBusy() const;
    // The lists are being read (off the GUI thread).
    bool isLoading() const;

signals:
    // A removal or a kind being set started (`description` says which) or ended: the window shows it too.
    void busyChanged(bool busy, const QString &description);

public slots:
    void reload();
    // Renames at once (a cheap change); errors reach the window through the session.
    void renameRuntime(qint64 runtimeId, const QString &newName);
    // Asks first (MessageBox), then removes the selected runtime off the GUI thread.
    void removeSelectedRuntime();
    // Gives the selected tenants the kind chosen in the combo box, off the GUI thread.
    void setKindOfSelectedTenants();
    // Asks the running removal or kind change to be rolled back (WorkspaceChangeJob::cancel) and says how that went.
    void cancelChange();

private:
    void buildUi();
    void buildTenantsUi(QVBoxLayout *layout);
    void showLists(const QVector<RuntimeInfo> &runtimes, const QVector<TenantInfo> &tenants);
    void updateTenants();
    void updateButtons();
    qint64 selectedRuntimeId() const;
    QStringList selectedTenants() const;
    // `ended` runs on the GUI thread when the job has ended, told whether the change went through.
    void runJob(const QString &description, const std::function<Status(Workspace &)> &change,
                const std::function<void(bool done)> &ended);
    // Tenant kinds by kind (int(TenantKind)) after and before a change that went through, as one undo command.
    void pushTenantKindUndo(const QString &text, qint64 infraId, const QHash<int, QStringList> &after,
                            const QHash<int, QStringList> &before);

    WorkspaceSession *m_session;
    WorkspaceChangeJob *m_job;
    WorkspaceReader *m_reader;
    RuntimesModel *m_runtimesModel;
    TenantsModel *m_tenantsModel;
    QVector<TenantInfo> m_allTenants;
    QLabel *m_title = nullptr;
    QTableView *m_runtimesTable = nullptr;
    QPushButton *m_renameButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QLabel *m_uniqueNote = nullptr;
    QLabel *m_tenantsTitle = nullptr;
    QTableView *m_tenantsTable = nullptr;
    QComboBox *m_kindCombo = nullptr;
    QPushButton *m_setKindButton = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QLabel *m_busyLabel = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace hc
