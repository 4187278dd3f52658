#include "MainWindow.h"

#include "ui_MainWindow.h"

#include "ConnectWorkspaceDialog.h"
#include "DashboardWidget.h"
#include "DatabaseUrl.h"
#include "DomainsView.h"
#include "FileDialog.h"
#include "GuiResources.h"
#include "ImportWizard.h"
#include "InfrastructureComboBox.h"
#include "InfrastructureDialog.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "PasswordPrompt.h"
#include "ReclaimView.h"
#include "RecentWorkspacesMenu.h"
#include "ReportActions.h"
#include "RuntimesView.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "StorageErrors.h"
#include "UsersView.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hc {

namespace {

QIcon themeIcon(const QString &name)
{
    // The desktop's icon theme when it has one; our own SVGs otherwise (and on Windows and macOS).
    return QIcon::fromTheme(name, QIcon(QStringLiteral(":/icons/%1.svg").arg(name)));
}

} // namespace

MainWindow::MainWindow(Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_settings(settings)
    , m_session(new WorkspaceSession(this))
    , m_messageWidget(nullptr)
    , m_dashboard(nullptr)
    , m_usersView(nullptr)
    , m_infraCombo(nullptr)
    , m_recentMenu(nullptr)
    , m_reportActions(nullptr)
    , m_pathLabel(new QLabel(this))
{
    initGuiResources();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/headcount.svg")));

    m_messageWidget = new MessageWidget(m_ui->centralWidget);
    m_dashboard = new DashboardWidget(m_session, m_ui->centralWidget);
    // The banner sits inside a margin so it reads as part of the page, not as a second tool bar.
    auto *bannerBox = new QWidget(m_ui->centralWidget);
    auto *bannerLayout = new QVBoxLayout(bannerBox);
    bannerLayout->setContentsMargins(16, 10, 16, 0);
    bannerLayout->addWidget(m_messageWidget);
    bannerBox->setVisible(false);
    connect(m_messageWidget, &MessageWidget::closed, bannerBox, [bannerBox] { bannerBox->setVisible(false); });
    m_usersView = new UsersView(m_session, m_ui->centralWidget);
    auto *tabs = new QTabWidget(m_ui->centralWidget);
    tabs->setObjectName(QStringLiteral("mainTabs"));
    tabs->setDocumentMode(true);
    tabs->addTab(m_dashboard, tr("&Dashboard"));
    tabs->addTab(m_usersView, tr("&Users"));
    auto *reclaim = new ReclaimView(m_session, m_ui->centralWidget);
    reclaim->setDays(m_settings.defaultInactiveDays()); // Settings… → the N of "not logged in for N days"
    tabs->addTab(reclaim, tr("Re&claim"));
    tabs->setAccessibleName(tr("Views"));
    tabs->tabBar()->setAccessibleName(tr("Views"));
    tabs->tabBar()->setAccessibleDescription(tr("Dashboard (Alt+D), Users (Alt+U) and Reclaim (Alt+C)"));
    m_ui->centralLayout->addWidget(bannerBox);
    m_ui->centralLayout->addWidget(tabs, 1);
    m_bannerBox = bannerBox;

    m_infraCombo = new InfrastructureComboBox(m_session, this);
    m_infraCombo->setAccessibleDescription(tr("The infrastructure whose counts every view shows (Alt+I)"));
    auto *infraLabel = new QLabel(tr("&Infrastructure:"), this);
    infraLabel->setBuddy(m_infraCombo);
    infraLabel->setContentsMargins(8, 0, 6, 0);
    m_ui->mainToolBar->addWidget(infraLabel);
    m_ui->mainToolBar->addWidget(m_infraCombo);
    setupAdminViews(tabs);

    m_recentMenu = new RecentWorkspacesMenu(m_settings, this);
    m_ui->menuFile->insertMenu(m_ui->menuFile->actions().value(1), m_recentMenu);
    connect(m_recentMenu, &RecentWorkspacesMenu::workspaceChosen, this, &MainWindow::openWorkspace);

    m_pathLabel->setObjectName(QStringLiteral("workspacePathLabel"));
    m_pathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_pathLabel);

    setupActions();
    m_dashboard->setPlaceholderAction(m_ui->actionOpenWorkspace);

    connect(m_session, &WorkspaceSession::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &WorkspaceSession::changedElsewhere, this,
        [this] { statusBar()->showMessage(tr("Another program changed the workspace; the figures are current."), 5000); });
    connect(m_session, &WorkspaceSession::connectionRestored, this, [this] {
        messageWidget()->showMessage(tr("The connection to the shared workspace was lost and is restored; the figures "
                                        "are current. Undo starts afresh."),
                                     MessageWidget::Type::Information);
    });
    connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, [this] {
        const QString name = m_session->currentInfrastructure().name;
        if (!name.isEmpty())
            m_settings.setLastInfrastructure(name);
    });

    if (!restoreGeometry(m_settings.mainWindowGeometry()))
        resize(1100, 720);
    restoreState(m_settings.mainWindowState());
    m_dashboard->restoreTableState(m_settings.runtimeTableHeader());
    m_usersView->restoreTableState(m_settings.usersTableHeader());
    const QString activeView = m_settings.activeView();
    if (auto *view = activeView.isEmpty() ? nullptr : tabs->findChild<QWidget *>(activeView);
        view && tabs->indexOf(view) >= 0)
        tabs->setCurrentWidget(view);
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::setupActions()
{
    // Standard shortcuts are set here: Designer cannot express QKeySequence::StandardKey.
    m_ui->actionOpenWorkspace->setShortcuts(QKeySequence::Open);
    m_ui->actionQuit->setShortcuts(QKeySequence::Quit);
    m_ui->actionRefresh->setShortcuts(QKeySequence::Refresh);
    m_ui->actionAbout->setShortcuts(QKeySequence::HelpContents);

    m_ui->actionOpenWorkspace->setIcon(themeIcon(QStringLiteral("document-open")));
    m_ui->actionRefresh->setIcon(themeIcon(QStringLiteral("view-refresh")));
    m_ui->actionImport->setIcon(themeIcon(QStringLiteral("document-import")));
    m_ui->actionQuit->setIcon(QIcon::fromTheme(QStringLiteral("application-exit")));
    m_ui->actionAbout->setIcon(QIcon(QStringLiteral(":/icons/headcount.svg")));

    m_ui->actionRefresh->setEnabled(false);
    m_ui->actionImport->setEnabled(false);
    setAcceptDrops(true); // a dropped export opens the import wizard

    connect(m_ui->actionOpenWorkspace, &QAction::triggered, this, &MainWindow::openWorkspaceDialog);
    auto *connectAction = new QAction(QIcon::fromTheme(QStringLiteral("network-server")), tr("&Connect to Shared Workspace…"), this);
    connectAction->setObjectName(QStringLiteral("actionConnectSharedWorkspace"));
    connectAction->setStatusTip(tr("Open a workspace that several administrators share on a PostgreSQL server"));
    m_ui->menuFile->insertAction(m_ui->actionImport, connectAction);
    connect(connectAction, &QAction::triggered, this, &MainWindow::connectSharedWorkspaceDialog);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionImport, &QAction::triggered, this, [this] { openImportWizard(); });
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
    setupUndoActions();
    setupReportActions();

    auto *settingsAction = new QAction(themeIcon(QStringLiteral("preferences-system")), tr("Se&ttings…"), this);
    settingsAction->setObjectName(QStringLiteral("actionSettings"));
    // The platform's Preferences key where it has one (Ctrl+, on macOS, Ctrl+Shift+, on KDE), else Ctrl+,.
    QList<QKeySequence> settingsKeys = QKeySequence::keyBindings(QKeySequence::Preferences);
    if (settingsKeys.isEmpty())
        settingsKeys << QKeySequence(Qt::CTRL | Qt::Key_Comma);
    settingsAction->setShortcuts(settingsKeys);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    settingsAction->setStatusTip(tr("Language, theme, default inactivity days and workspace folder"));
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(settingsAction);
    connect(settingsAction, &QAction::triggered, this, &MainWindow::showSettings);
    applySettings();
}

void MainWindow::applySettings()
{
    m_reportActions->setDefaultInactiveDays(m_settings.defaultInactiveDays());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_settings, this);
    connect(&dialog, &SettingsDialog::settingsChanged, this, &MainWindow::applySettings);
    dialog.exec();
}

void MainWindow::setupReportActions()
{
    // File → the report's actions between Import's separator and Quit; progress in the status bar, errors in the
    // banner.
    m_reportActions = new ReportActions(m_session, this);
    m_ui->menuFile->insertActions(m_ui->actionQuit, m_reportActions->actions());
    m_ui->menuFile->insertSeparator(m_ui->actionQuit);
    // In the status bar only while a report is built: even hidden, its button would make the bar taller.
    connect(m_reportActions, &ReportActions::buildingChanged, this, [this](bool building) {
        QWidget *progress = m_reportActions->progressWidget();
        if (building) {
            statusBar()->addPermanentWidget(progress);
            progress->show();
        } else {
            statusBar()->removeWidget(progress);
        }
    });
    connect(m_reportActions, &ReportActions::errorOccurred, this, &MainWindow::showError);
    connect(m_reportActions, &ReportActions::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 5000); });
}

void MainWindow::setupAdminViews(QTabWidget *tabs)
{
    // Issue 10: the Domains and Runtimes views, and the infrastructures dialog beside the switcher and in Edit.
    m_domainsView = new DomainsView(m_session, tabs);
    m_runtimesView = new RuntimesView(m_session, tabs);
    tabs->addTab(m_domainsView, tr("Domai&ns"));
    tabs->addTab(m_runtimesView, tr("&Runtimes"));
    // A recount of seconds runs off the GUI thread; the whole window says so, not only the Runtimes view.
    connect(m_runtimesView, &RuntimesView::busyChanged, this, [this](bool busy, const QString &description) {
        if (busy) {
            QApplication::setOverrideCursor(Qt::BusyCursor);
            statusBar()->showMessage(description);
        } else {
            QApplication::restoreOverrideCursor();
            statusBar()->clearMessage();
        }
    });
    m_manageInfraAction = new QAction(tr("I&nfrastructures…"), this);
    m_manageInfraAction->setObjectName(QStringLiteral("actionManageInfrastructures"));
    m_manageInfraAction->setIconText(tr("Manage…"));
    m_manageInfraAction->setToolTip(tr("Add, rename or remove infrastructures; set licence model, platform version "
                                       "and capacities"));
    m_manageInfraAction->setEnabled(false);
    connect(m_manageInfraAction, &QAction::triggered, this, &MainWindow::openInfrastructureDialog);
    m_ui->mainToolBar->addAction(m_manageInfraAction);
    m_ui->menuEdit->addSeparator();
    m_ui->menuEdit->addAction(m_manageInfraAction);
}

InfrastructureDialog *MainWindow::infrastructureDialog() const
{
    return m_infraDialog;
}

void MainWindow::openInfrastructureDialog()
{
    if (!m_session->isOpen()) {
        showError(tr("Open a workspace before managing its infrastructures."));
        return;
    }
    if (!m_infraDialog) {
        m_infraDialog = new InfrastructureDialog(m_session, this);
        m_infraDialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_infraDialog->selectInfrastructure(m_session->currentInfrastructureId());
    m_infraDialog->show();
    m_infraDialog->raise();
    m_infraDialog->activateWindow();
}

void MainWindow::setupUndoActions()
{
    // The session's undo stack drives Edit → Undo/Redo, named after the change they undo or redo.
    QUndoStack *stack = m_session->undoStack();
    QAction *undo = m_ui->actionUndo;
    QAction *redo = m_ui->actionRedo;
    undo->setShortcuts(QKeySequence::Undo);
    redo->setShortcuts(QKeySequence::Redo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    undo->setEnabled(false);
    redo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    // While a bulk change runs in the background, Undo and Redo wait for it.
    const auto updateEnabled = [this, stack, undo, redo] {
        undo->setEnabled(stack->canUndo() && !m_session->isBusy());
        redo->setEnabled(stack->canRedo() && !m_session->isBusy());
    };
    connect(stack, &QUndoStack::canUndoChanged, this, updateEnabled);
    connect(stack, &QUndoStack::canRedoChanged, this, updateEnabled);
    connect(m_session, &WorkspaceSession::busyChanged, this, updateEnabled);
    setupChangeProgress();
    connect(stack, &QUndoStack::undoTextChanged, undo, [undo](const QString &text) {
        undo->setText(text.isEmpty() ? tr("&Undo") : tr("&Undo %1").arg(text));
    });
    connect(stack, &QUndoStack::redoTextChanged, redo, [redo](const QString &text) {
        redo->setText(text.isEmpty() ? tr("&Redo") : tr("&Redo %1").arg(text));
    });
}

void MainWindow::setupChangeProgress()
{
    // A bulk decision (or its undo) in the background: a bar in the status bar while it runs.
    auto *bar = new QProgressBar(this);
    bar->setObjectName(QStringLiteral("changeProgress"));
    bar->setAccessibleName(tr("Applying a change"));
    bar->setMaximumWidth(160);
    bar->setFormat(tr("Applying… %p%"));
    bar->hide();
    connect(m_session, &WorkspaceSession::busyChanged, this, [this, bar](bool busy) {
        if (busy) {
            bar->setRange(0, 0);
            statusBar()->addPermanentWidget(bar);
            bar->show();
        } else {
            statusBar()->removeWidget(bar);
        }
    });
    connect(m_session, &WorkspaceSession::backgroundProgress, bar, [bar](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        bar->setRange(0, 1000);
        bar->setValue(int(std::min<qint64>(1000, done * 1000 / total)));
    });
}

bool MainWindow::openWorkspace(const QString &path)
{
    Status opened = m_session->open(path, m_settings.lastInfrastructure());
    // A shared workspace whose server wants a password that .pgpass does not give: asked for until the server takes
    // it or the person cancels. It goes to this connection only (DatabaseCredentials), never to the settings.
    while (!opened && opened.code() == PasswordNeededCode) {
        const std::optional<QString> password = PasswordPrompt::ask(this, path, opened.error());
        if (!password)
            break;
        opened = m_session->open(path, m_settings.lastInfrastructure(), DatabaseCredentials(*password));
    }
    if (!opened) {
        // Storage's messages already name the file.
        showError(tr("Could not open the workspace. %1").arg(opened.error()));
        return false;
    }
    m_messageWidget->hideMessage();
    m_settings.setLastWorkspace(m_session->path());
    m_settings.addRecentWorkspace(m_session->path());
    m_recentMenu->rebuild();
    m_ui->actionRefresh->setEnabled(true);
    m_ui->actionImport->setEnabled(true);
    m_manageInfraAction->setEnabled(true);
    updateTitle();
    return true;
}

void MainWindow::openWorkspaceDialog()
{
    // The folder chosen in Settings; without one, the open workspace's folder, else home.
    const bool chosen = !m_settings.value(Settings::Key::DefaultWorkspaceFolder).toString().isEmpty();
    const QString start = !chosen && m_session->isOpen() && !m_session->workspace()->isShared() ? QFileInfo(m_session->path()).absolutePath()
                                                         : m_settings.defaultWorkspaceFolder();
    const QString path = FileDialog::instance()->getOpenFileName(
        this, tr("Open Workspace"), start, tr("Headcount workspaces (*.db *.sqlite *.headcount);;All files (*)"));
    if (!path.isEmpty())
        openWorkspace(path);
}

void MainWindow::connectSharedWorkspaceDialog()
{
    auto *dialog = new ConnectWorkspaceDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // The open shared workspace, else the last one connected to, is the likeliest next one.
    const QStringList recent = m_settings.recentWorkspaces();
    const auto shared = std::find_if(recent.cbegin(), recent.cend(), [](const QString &entry) {
        const auto url = DatabaseUrl::parse(entry);
        return url && url->isPostgres();
    });
    dialog->setUrl(m_session->isOpen() && m_session->workspace()->isShared() ? m_session->path()
                   : shared != recent.cend()                               ? *shared
                                                                           : QString());
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openWorkspace(dialog->url()); });
    dialog->open();
}

void MainWindow::refresh()
{
    const Status refreshed = m_session->refresh();
    if (!refreshed)
        showError(tr("Could not read the counts: %1").arg(refreshed.error()));
    else
        statusBar()->showMessage(tr("Counts are current."), 3000);
}

void MainWindow::showAbout()
{
    MessageBox::about(this, tr("About Headcount"),
        tr("<h3>Headcount %1</h3>"
           "<p>Keeps a low-code platform's end-user licence in compliance: unique internal and "
           "external users per capacity, who they are and why each one counts.</p>")
            .arg(QApplication::applicationVersion()));
}

void MainWindow::showError(const QString &message)
{
    m_messageWidget->showMessage(message, MessageWidget::Type::Error);
    m_bannerBox->setVisible(true);
}

void MainWindow::updateTitle()
{
    if (m_session->isOpen()) {
        const QString path = m_session->path();
        const auto url = DatabaseUrl::parse(path);
        const bool shared = url && url->isPostgres();
        setWindowFilePath(shared ? QString() : path);
        const QString name = shared ? tr("%1 on %2").arg(url->databaseName(), url->host()) : QFileInfo(path).fileName();
        setWindowTitle(tr("%1 \u2013 Headcount").arg(name));
        m_pathLabel->setText(shared ? path : QDir::toNativeSeparators(path));
    } else {
        setWindowFilePath(QString());
        setWindowTitle(tr("Headcount"));
        m_pathLabel->setText(tr("No workspace open"));
    }
}

void MainWindow::saveWindowState()
{
    m_settings.setMainWindowGeometry(saveGeometry());
    m_settings.setMainWindowState(saveState());
    m_settings.setRuntimeTableHeader(m_dashboard->saveTableState());
    m_settings.setUsersTableHeader(m_usersView->saveTableState());
    if (auto *tabs = findChild<QTabWidget *>(QStringLiteral("mainTabs")); tabs && tabs->currentWidget())
        m_settings.setActiveView(tabs->currentWidget()->objectName());
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->waitForBackgroundChange();
    saveWindowState();
    event->accept();
}

void MainWindow::openImportWizard(const QString &file)
{
    if (!m_session->isOpen() || m_session->currentInfrastructureId() == 0) {
        showError(tr("Open a workspace before importing an export."));
        return;
    }
    if (!m_importWizard) {
        m_importWizard = new ImportWizard(m_session, m_settings, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importWizard, &ImportWizard::workspaceChanged, this, &MainWindow::refresh);
    }
    if (!file.isEmpty())
        m_importWizard->setFile(file);
    m_importWizard->open();
    m_importWizard->raise();
    m_importWizard->activateWindow();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_ui->actionImport->isEnabled() && !ImportWizard::droppedFile(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString file = ImportWizard::droppedFile(event->mimeData());
    if (file.isEmpty() || !m_ui->actionImport->isEnabled())
        return;
    event->acceptProposedAction();
    openImportWizard(file);
}

} // namespace hc
