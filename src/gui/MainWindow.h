#pragma once

#include <QMainWindow>
#include <QPointer>

#include <memory>

class QLabel;
class QTabWidget;

namespace Ui {
class MainWindow;
}

namespace hc {

class DashboardWidget;
class DomainsView;
class InfrastructureDialog;
class ImportWizard;
class InfrastructureComboBox;
class MessageWidget;
class RecentWorkspacesMenu;
class ReportActions;
class RuntimesView;
class Settings;
class UsersView;
class WorkspaceSession;

// The console's frame: menus, tool bar, the inline message banner and the feature views. It wires them to the
// workspace session and to the settings, and leaves the work to the views.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens a workspace (a file or a shared workspace's URL; asks for the password when the server wants one that
    // .pgpass does not give); on failure shows why in the banner, keeps what was open, and returns false.
    bool openWorkspace(const QString &path);

    WorkspaceSession *session() const { return m_session; }
    DashboardWidget *dashboard() const { return m_dashboard; }
    UsersView *usersView() const { return m_usersView; }
    DomainsView *domainsView() const { return m_domainsView; }
    RuntimesView *runtimesView() const { return m_runtimesView; }
    // Edit → Infrastructures… (also beside the switcher); nullptr until first opened.
    InfrastructureDialog *infrastructureDialog() const;
    MessageWidget *messageWidget() const { return m_messageWidget; }
    ReportActions *reportActions() const { return m_reportActions; }

public slots:
    void refresh();
    void openWorkspaceDialog();
    // File → Connect to Shared Workspace…: a ConnectWorkspaceDialog (window-modal); Connect opens its URL.
    void connectSharedWorkspaceDialog();
    // File → Import…, also for a file dropped on the window (`file` preselected).
    void openImportWizard(const QString &file = QString());
    void showAbout();
    // Edit → Settings…
    void showSettings();
    void openInfrastructureDialog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupActions();
    void setupUndoActions();
    void setupChangeProgress();
    void setupReportActions();
    void applySettings();
    void setupAdminViews(QTabWidget *tabs);
    void updateTitle();
    void saveWindowState();
    void showError(const QString &message);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Settings &m_settings;
    WorkspaceSession *m_session;
    MessageWidget *m_messageWidget;
    QWidget *m_bannerBox = nullptr;
    DashboardWidget *m_dashboard;
    UsersView *m_usersView;
    InfrastructureComboBox *m_infraCombo;
    RecentWorkspacesMenu *m_recentMenu;
    ReportActions *m_reportActions;
    QLabel *m_pathLabel;
    QPointer<ImportWizard> m_importWizard;
    DomainsView *m_domainsView = nullptr;
    RuntimesView *m_runtimesView = nullptr;
    QAction *m_manageInfraAction = nullptr;
    QPointer<InfrastructureDialog> m_infraDialog;
};

} // namespace hc
