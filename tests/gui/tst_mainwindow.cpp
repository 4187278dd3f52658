// Drives the real main window over real SQLite workspaces built through the Workspace API.
#include "DashboardWidget.h"
#include "ExportReader.h"
#include "FileDialog.h"
#include "GaugeWidget.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "Reconciliation.h"
#include "RuntimeCountsModel.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "TestConfig.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMenu>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

UserRecord user(const QString &username, const QString &email, const QString &lastLogin = QStringLiteral("2026-01-05"))
{
    UserRecord r;
    r.sourceId = username;
    r.username = username;
    r.email = email;
    r.name = username;
    r.lastLogin = lastLogin;
    return r;
}

UserRecord inactive(const QString &username, const QString &email)
{
    UserRecord r = user(username, email);
    r.active = false;
    return r;
}

UserRecord itUser(const QString &username, const QString &email)
{
    UserRecord r = user(username, email);
    r.itUser = true;
    return r;
}

// R5.3: never logged in and no personal data.
UserRecord anonymous(const QString &username)
{
    UserRecord r;
    r.sourceId = username;
    r.username = username;
    return r;
}

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

// Builds the fixture workspace:
//  "default" (internal-external, capacity internal 3 / external 3, owned domain acme.com)
//    prod-eu: alice, bob (internal), carol@partner.org (external), dave (IT), erin (inactive), guest1/2 (anonymous)
//    prod-us: ALICE@Acme.com (same person as alice), frank, ivy (no e-mail: internal), gina@partner.org,
//             hank@other.net (external), olga (inactive), guest3 (anonymous)
//    => unique internal 4 (over 3), external 3 (near: 100 %); excluded it 1, inactive 2, anonymous 3
//  "legacy" (named, no capacity): prod: xena, yuri, zed (inactive) => total 2, capacity unset
bool buildFixture(const QString &path, QString *error)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    Workspace &ws = *opened.value();
    auto check = [error](const auto &r) {
        if (!r.ok())
            *error = r.error();
        return r.ok();
    };
    const auto infra = ws.infrastructureStore().infrastructure(QStringLiteral("default"));
    if (!check(infra))
        return false;
    Capacity capacity;
    capacity.internal = 3;
    capacity.external = 3;
    if (!check(ws.infrastructureStore().setCapacity(infra->id, capacity)) || !check(ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") })))
        return false;
    const auto eu = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-eu"));
    const auto us = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-us"));
    if (!check(eu) || !check(us))
        return false;
    const QVector<UserRecord> euRecords = {
        user(QStringLiteral("alice"), QStringLiteral("alice@acme.com")),
        user(QStringLiteral("bob"), QStringLiteral("bob@acme.com")),
        user(QStringLiteral("carol"), QStringLiteral("carol@partner.org")),
        itUser(QStringLiteral("dave"), QStringLiteral("dave@acme.com")),
        inactive(QStringLiteral("erin"), QStringLiteral("erin@acme.com")),
        anonymous(QStringLiteral("guest1")),
        anonymous(QStringLiteral("guest2")),
    };
    const QVector<UserRecord> usRecords = {
        user(QStringLiteral("alice2"), QStringLiteral("ALICE@Acme.com")),
        user(QStringLiteral("frank"), QStringLiteral("frank@acme.com")),
        user(QStringLiteral("ivy"), QString()),
        user(QStringLiteral("gina"), QStringLiteral("gina@partner.org")),
        user(QStringLiteral("hank"), QStringLiteral("hank@other.net")),
        inactive(QStringLiteral("olga"), QStringLiteral("olga@acme.com")),
        anonymous(QStringLiteral("guest3")),
    };
    if (!check(ws.imports().importRecords(eu->id, euRecords, ImportMode::Replace))
        || !check(ws.imports().importRecords(us->id, usRecords, ImportMode::Replace)))
        return false;

    const auto legacy = ws.infrastructureStore().addInfrastructure(QStringLiteral("legacy"), LicenceModel::Named);
    if (!check(legacy))
        return false;
    const auto prod = ws.runtimeStore().addRuntime(legacy->id, QStringLiteral("prod"));
    if (!check(prod))
        return false;
    const QVector<UserRecord> legacyRecords = {
        user(QStringLiteral("xena"), QStringLiteral("xena@x-corp.com")),
        user(QStringLiteral("yuri"), QStringLiteral("yuri@y-corp.com")),
        inactive(QStringLiteral("zed"), QStringLiteral("zed@x-corp.com")),
    };
    return check(ws.imports().importRecords(prod->id, legacyRecords, ImportMode::Replace));
}

Counts countsWith(LicenceModel model, QVector<RuntimeCounts> runtimes)
{
    Counts c;
    c.infrastructure = QStringLiteral("test");
    c.model = model;
    c.runtimes = std::move(runtimes);
    return c;
}

} // namespace

class TestMainWindow : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // Building blocks.
    void runtimeModelPassesTester();
    void runtimeModelColumnsAndRawValues();
    void runtimeModelSignals();
    void gaugeStates_data();
    void gaugeStates();
    void settingsRoundTrip();
    void settingsRecentWorkspaces();
    void startupOptions_data();
    void startupOptions();
    void workspacePathPrecedence();
    void everyViewNameIsATab();

    // The real main window.
    void showsCountsOfWorkspace();
    void switchingInfrastructureChangesFigures();
    void refreshShowsChangesMadeElsewhere();
    void openWorkspaceThroughDialogSeam();
    void cancelledDialogKeepsWorkspace();
    void unopenableWorkspaceShowsBanner();
    void recentWorkspacesMenuReopens();
    void windowStatePersists();
    void aboutGoesThroughMessageBoxSeam();
    void sampleWorkspaceMatchesExpectedCounts();
    void screenshotOptionWritesImage();
    void themeOptionAndWorkspaceArgument();

private:
    MainWindow *openWindow(const QString &path);
    GaugeWidget *gauge(const char *name) const;
    QLabel *label(const char *name) const;
    QAbstractItemModel *runtimeTableModel() const;
    // The figure in a runtime-table row (sorted by name) and column.
    qint64 runtimeFigure(int row, RuntimeCountsModel::Column column) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_dbPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QLocale::setDefault(QLocale::c());
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_dbPath = m_dir->filePath(QStringLiteral("fixture.db"));
    QString error;
    QVERIFY2(buildFixture(m_dbPath, &error), qPrintable(error));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

MainWindow *TestMainWindow::openWindow(const QString &path)
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    if (!path.isEmpty())
        m_window->openWorkspace(path);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

GaugeWidget *TestMainWindow::gauge(const char *name) const
{
    return m_window->findChild<GaugeWidget *>(QString::fromLatin1(name));
}

QLabel *TestMainWindow::label(const char *name) const
{
    return m_window->findChild<QLabel *>(QString::fromLatin1(name));
}

QAbstractItemModel *TestMainWindow::runtimeTableModel() const
{
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("runtimeTable"));
    return table ? table->model() : nullptr;
}

qint64 TestMainWindow::runtimeFigure(int row, RuntimeCountsModel::Column column) const
{
    const int section = m_window->dashboard()->runtimeModel()->section(column);
    if (section < 0)
        return -1;
    QAbstractItemModel *model = runtimeTableModel();
    return model->index(row, section).data(RuntimeCountsModel::RawValueRole).toLongLong();
}

// ---- building blocks ----------------------------------------------------------------------------------------

void TestMainWindow::runtimeModelPassesTester()
{
    RuntimeCountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCounts(countsWith(
        LicenceModel::InternalExternal, { { QStringLiteral("a"), { 1, 2 } }, { QStringLiteral("b"), { 3, 4 } } }));
    model.setCounts(countsWith(
        LicenceModel::InternalExternal, { { QStringLiteral("a"), { 5, 6 } }, { QStringLiteral("b"), { 7, 8 } } }));
    model.setCounts(countsWith(LicenceModel::Named, { { QStringLiteral("p"), { 9, 0 } } }));
    model.setCounts(countsWith(LicenceModel::InternalExternal, {}));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMainWindow::runtimeModelColumnsAndRawValues()
{
    RuntimeCountsModel model;
    model.setCounts(countsWith(LicenceModel::InternalExternal, { { QStringLiteral("prod-eu"), { 1200, 34 }, { 1100, 30 } } }));
    QCOMPARE(model.columnCount(), 7);
    QCOMPARE(model.column(0), RuntimeCountsModel::Column::Runtime);
    QCOMPARE(model.column(3), RuntimeCountsModel::Column::Total);
    // R12: what the runtime's own console shows, beside its records.
    QCOMPARE(model.index(0, model.section(RuntimeCountsModel::Column::PlatformInternal)).data(RuntimeCountsModel::RawValueRole).toLongLong(), 1100);
    QCOMPARE(model.index(0, model.section(RuntimeCountsModel::Column::PlatformTotal)).data(RuntimeCountsModel::RawValueRole).toLongLong(), 1130);
    QCOMPARE(model.headerData(model.section(RuntimeCountsModel::Column::PlatformTotal), Qt::Horizontal).toString(),
             QStringLiteral("Console total"));
    const int internal = model.section(RuntimeCountsModel::Column::Internal);
    const int total = model.section(RuntimeCountsModel::Column::Total);
    QCOMPARE(model.index(0, internal).data(RuntimeCountsModel::RawValueRole).toLongLong(), 1200);
    QCOMPARE(model.index(0, total).data(RuntimeCountsModel::RawValueRole).toLongLong(), 1234);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("prod-eu"));
    QCOMPARE(model.headerData(total, Qt::Horizontal).toString(), QStringLiteral("Total"));
    // Numbers right-aligned, names left.
    QCOMPARE(model.index(0, total).data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignHorizontal_Mask,
        Qt::AlignRight);

    // The named model has no classification: runtime and total only.
    model.setCounts(countsWith(LicenceModel::Named, { { QStringLiteral("prod"), { 7, 0 }, { 6, 0 } } }));
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.index(0, model.section(RuntimeCountsModel::Column::PlatformTotal)).data(RuntimeCountsModel::RawValueRole).toLongLong(), 6);
    QCOMPARE(model.section(RuntimeCountsModel::Column::Internal), -1);
    QCOMPARE(model.section(RuntimeCountsModel::Column::External), -1);
    QCOMPARE(model.index(0, model.section(RuntimeCountsModel::Column::Total))
                 .data(RuntimeCountsModel::RawValueRole)
                 .toLongLong(),
        7);
}

void TestMainWindow::runtimeModelSignals()
{
    RuntimeCountsModel model;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    const QVector<RuntimeCounts> first = { { QStringLiteral("a"), { 1, 2 } }, { QStringLiteral("b"), { 3, 4 } } };
    model.setCounts(countsWith(LicenceModel::InternalExternal, first));
    QCOMPARE(reset.count(), 1);

    // Same runtimes, new figures: one batched dataChanged over the whole table, no reset.
    model.setCounts(countsWith(
        LicenceModel::InternalExternal, { { QStringLiteral("a"), { 1, 9 } }, { QStringLiteral("b"), { 3, 4 } } }));
    QCOMPARE(reset.count(), 1);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, 0));
    QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(1, 6));

    // Nothing changed: no signal at all.
    model.setCounts(countsWith(
        LicenceModel::InternalExternal, { { QStringLiteral("a"), { 1, 9 } }, { QStringLiteral("b"), { 3, 4 } } }));
    QCOMPARE(changed.count(), 1);

    // A runtime added: reset.
    model.setCounts(countsWith(LicenceModel::InternalExternal,
        { { QStringLiteral("a"), { 1, 9 } }, { QStringLiteral("b"), { 3, 4 } }, { QStringLiteral("c"), {} } }));
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 3);
}

void TestMainWindow::gaugeStates_data()
{
    QTest::addColumn<qint64>("used");
    QTest::addColumn<qint64>("capacity"); // -1: not set
    QTest::addColumn<int>("state");
    QTest::addColumn<QString>("status");

    QTest::newRow("unset") << qint64(12) << qint64(-1) << int(CapacityState::Unset)
                           << QStringLiteral("No capacity set");
    QTest::newRow("ok") << qint64(79) << qint64(100) << int(CapacityState::Ok)
                        << QStringLiteral("Within capacity: 79 % used");
    QTest::newRow("near at 80 %") << qint64(80) << qint64(100) << int(CapacityState::Near)
                                  << QStringLiteral("Near capacity: 80 % used");
    QTest::newRow("full is near, not over")
        << qint64(100) << qint64(100) << int(CapacityState::Near) << QStringLiteral("Near capacity: 100 % used");
    QTest::newRow("over") << qint64(94) << qint64(78) << int(CapacityState::Over)
                          << QStringLiteral("Over capacity by 16 (120 %)");
    QTest::newRow("zero capacity") << qint64(1) << qint64(0) << int(CapacityState::Over)
                                   << QStringLiteral("Over capacity by 1");
    QTest::newRow("empty") << qint64(0) << qint64(10) << int(CapacityState::Ok)
                           << QStringLiteral("Within capacity: 0 % used");
}

void TestMainWindow::gaugeStates()
{
    QFETCH(qint64, used);
    QFETCH(qint64, capacity);
    QFETCH(int, state);
    QFETCH(QString, status);

    GaugeWidget gaugeWidget;
    gaugeWidget.setTitle(QStringLiteral("Internal users"));
    gaugeWidget.setValues(used, capacity < 0 ? std::nullopt : std::optional<qint64>(capacity));
    QCOMPARE(int(gaugeWidget.state()), state);
    QCOMPARE(gaugeWidget.statusText(), status);
    QCOMPARE(gaugeWidget.accessibleName(), QStringLiteral("Internal users"));
    QVERIFY2(gaugeWidget.accessibleDescription().contains(status), qPrintable(gaugeWidget.accessibleDescription()));
    // Paints in every state without trouble, at a small and a large size.
    for (const QSize size : { gaugeWidget.minimumSizeHint(), QSize(600, 400) }) {
        gaugeWidget.resize(size);
        QVERIFY(!gaugeWidget.grab().isNull());
    }
    // Follows the palette: a dark scheme gets lighter state colours.
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x20, 0x20, 0x20));
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xf5, 0xf5, 0xf5));
    if (state != int(CapacityState::Unset)) {
        QVERIFY(GaugeWidget::stateColor(CapacityState(state), dark).lightness()
            > GaugeWidget::stateColor(CapacityState(state), light).lightness());
    }
}

void TestMainWindow::settingsRoundTrip()
{
    const QString ini = m_dir->filePath(QStringLiteral("roundtrip.ini"));
    {
        Settings settings(ini);
        // Defaults before anything is written.
        QVERIFY(settings.mainWindowGeometry().isEmpty());
        QVERIFY(settings.lastWorkspace().isEmpty());
        QVERIFY(settings.recentWorkspaces().isEmpty());
        QCOMPARE(
            settings.value(Settings::Key::RecentWorkspaces), Settings::defaultValue(Settings::Key::RecentWorkspaces));

        settings.setMainWindowGeometry(QByteArrayLiteral("geometry\x01\x02"));
        settings.setMainWindowState(QByteArrayLiteral("state"));
        settings.setRuntimeTableHeader(QByteArrayLiteral("header"));
        settings.setLastWorkspace(m_dir->filePath(QStringLiteral("a.db")));
        settings.setLastInfrastructure(QStringLiteral("legacy"));
        settings.addRecentWorkspace(m_dir->filePath(QStringLiteral("a.db")));
        settings.sync();
        QCOMPARE(settings.fileName(), ini);
    }
    QVERIFY(QFile::exists(ini));
    Settings reread(ini);
    QCOMPARE(reread.mainWindowGeometry(), QByteArrayLiteral("geometry\x01\x02"));
    QCOMPARE(reread.mainWindowState(), QByteArrayLiteral("state"));
    QCOMPARE(reread.runtimeTableHeader(), QByteArrayLiteral("header"));
    QCOMPARE(reread.lastWorkspace(), m_dir->filePath(QStringLiteral("a.db")));
    QCOMPARE(reread.lastInfrastructure(), QStringLiteral("legacy"));
    QCOMPARE(reread.recentWorkspaces(), QStringList { m_dir->filePath(QStringLiteral("a.db")) });

    reread.reset(Settings::Key::LastInfrastructure);
    QVERIFY(reread.lastInfrastructure().isEmpty());
}

void TestMainWindow::settingsRecentWorkspaces()
{
    Settings settings(m_dir->filePath(QStringLiteral("recent.ini")));
    auto file = [this](int i) { return m_dir->filePath(QStringLiteral("w%1.db").arg(i)); };
    for (int i = 0; i < Settings::MaxRecentWorkspaces + 3; ++i)
        settings.addRecentWorkspace(file(i));
    QStringList recent = settings.recentWorkspaces();
    QCOMPARE(recent.size(), Settings::MaxRecentWorkspaces);
    QCOMPARE(recent.constFirst(), file(Settings::MaxRecentWorkspaces + 2)); // most recent first
    QVERIFY(!recent.contains(file(0))); // oldest dropped

    // Re-adding moves to the front without duplicating; relative and absolute spellings are one entry.
    settings.addRecentWorkspace(file(5));
    recent = settings.recentWorkspaces();
    QCOMPARE(recent.constFirst(), file(5));
    QCOMPARE(recent.count(file(5)), 1);
    QCOMPARE(recent.size(), Settings::MaxRecentWorkspaces);

    settings.removeRecentWorkspace(file(5));
    QVERIFY(!settings.recentWorkspaces().contains(file(5)));
    settings.clearRecentWorkspaces();
    QVERIFY(settings.recentWorkspaces().isEmpty());
}

void TestMainWindow::startupOptions_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("action");
    QTest::addColumn<QString>("db");
    QTest::addColumn<QString>("screenshot");

    const QString app = QStringLiteral("headcount");
    QTest::newRow("nothing") << QStringList { app } << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("db") << QStringList { app, QStringLiteral("--db"), QStringLiteral("x.db") }
                        << int(StartupOptions::Action::Run) << QStringLiteral("x.db") << QString();
    QTest::newRow("db=") << QStringList { app, QStringLiteral("--db=y.db") } << int(StartupOptions::Action::Run)
                         << QStringLiteral("y.db") << QString();
    QTest::newRow("screenshot") << QStringList { app, QStringLiteral("--db"), QStringLiteral("x.db"),
        QStringLiteral("--screenshot"), QStringLiteral("o.png") }
                                << int(StartupOptions::Action::Run) << QStringLiteral("x.db")
                                << QStringLiteral("o.png");
    QTest::newRow("help") << QStringList { app, QStringLiteral("--help") } << int(StartupOptions::Action::ShowHelp)
                          << QString() << QString();
    QTest::newRow("version") << QStringList { app, QStringLiteral("--version") }
                             << int(StartupOptions::Action::ShowVersion) << QString() << QString();
    QTest::newRow("unknown option") << QStringList { app, QStringLiteral("--bogus") }
                                    << int(StartupOptions::Action::UsageError) << QString() << QString();
    QTest::newRow("missing value") << QStringList { app, QStringLiteral("--db") }
                                   << int(StartupOptions::Action::UsageError) << QString() << QString();
    // A file manager's double-click runs `headcount FILE` (the .desktop file's Exec=headcount %f).
    QTest::newRow("workspace argument") << QStringList { app, QStringLiteral("file.headcount") }
                                        << int(StartupOptions::Action::Run) << QStringLiteral("file.headcount")
                                        << QString();
    QTest::newRow("two workspaces") << QStringList { app, QStringLiteral("a.db"), QStringLiteral("b.db") }
                                    << int(StartupOptions::Action::UsageError) << QString() << QString();
    QTest::newRow("argument and --db") << QStringList { app, QStringLiteral("--db"), QStringLiteral("a.db"),
        QStringLiteral("b.db") } << int(StartupOptions::Action::UsageError) << QString() << QString();
    QTest::newRow("theme dark") << QStringList { app, QStringLiteral("--theme"), QStringLiteral("dark") }
                                << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("unknown theme") << QStringList { app, QStringLiteral("--theme"), QStringLiteral("purple") }
                                   << int(StartupOptions::Action::UsageError) << QString() << QString();
    QTest::newRow("view users") << QStringList { app, QStringLiteral("--view"), QStringLiteral("users") }
                                << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("view domains") << QStringList { app, QStringLiteral("--view"), QStringLiteral("domains") }
                                  << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("view runtimes") << QStringList { app, QStringLiteral("--view"), QStringLiteral("runtimes") }
                                   << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("view reclaim") << QStringList { app, QStringLiteral("--view"), QStringLiteral("reclaim") }
                                  << int(StartupOptions::Action::Run) << QString() << QString();
    QTest::newRow("unknown view") << QStringList { app, QStringLiteral("--view"), QStringLiteral("reports") }
                                  << int(StartupOptions::Action::UsageError) << QString() << QString();
}

void TestMainWindow::startupOptions()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, action);
    QFETCH(QString, db);
    QFETCH(QString, screenshot);

    const StartupOptions options = StartupOptions::parse(arguments);
    QCOMPARE(int(options.action), action);
    QCOMPARE(options.db, db);
    QCOMPARE(options.screenshot, screenshot);
    if (options.action != StartupOptions::Action::Run)
        QVERIFY(!options.text.isEmpty());
    if (options.action == StartupOptions::Action::ShowHelp) {
        QVERIFY(options.text.contains(QStringLiteral("--db")));
        QVERIFY(options.text.contains(QStringLiteral("--screenshot")));
    }
}

void TestMainWindow::workspacePathPrecedence()
{
    const QString a = QStringLiteral("/a.db"), b = QStringLiteral("/b.db"), c = QStringLiteral("/c.db");
    QCOMPARE(StartupOptions::workspacePath(a, b, c), a);
    QCOMPARE(StartupOptions::workspacePath(QString(), b, c), b);
    QCOMPARE(StartupOptions::workspacePath(QString(), QString(), c), c);
    qunsetenv("HEADCOUNT_DB");
    QCOMPARE(StartupOptions::workspacePath(QString(), QString(), QString()), Workspace::defaultPath());
}

void TestMainWindow::everyViewNameIsATab()
{
    // `headcount --view NAME` selects the tab whose page has viewObjectName(NAME); a name without its page in the
    // real window would silently show the dashboard.
    QVERIFY(openWindow(m_dbPath));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    const QStringList views { QStringLiteral("dashboard"), QStringLiteral("users"), QStringLiteral("domains"),
        QStringLiteral("runtimes"), QStringLiteral("reclaim") };
    for (const QString &view : views) {
        const QString name = StartupOptions::viewObjectName(view);
        QVERIFY2(!name.isEmpty(), qPrintable(view));
        auto *page = m_window->findChild<QWidget *>(name);
        QVERIFY2(page && tabs->indexOf(page) >= 0, qPrintable(view));
    }
    QCOMPARE(tabs->count(), int(views.size()));
}

// ---- the main window ------------------------------------------------------------------------------------------

void TestMainWindow::showsCountsOfWorkspace()
{
    QVERIFY(openWindow(m_dbPath));
    QVERIFY(m_window->findChild<DashboardWidget *>(QStringLiteral("dashboard")));
    QVERIFY(!m_window->dashboard()->isShowingPlaceholder());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fixture.db")));
    QVERIFY(!m_window->messageWidget()->isVisible());
    QVERIFY(!m_window->windowIcon().isNull());

    GaugeWidget *internal = gauge("gaugeInternal");
    GaugeWidget *external = gauge("gaugeExternal");
    GaugeWidget *named = gauge("gaugeNamed");
    QVERIFY(internal && external && named);
    QTRY_COMPARE(internal->used(), qint64(4));
    QCOMPARE(internal->capacity(), std::optional<qint64>(3));
    QCOMPARE(internal->state(), CapacityState::Over);
    QCOMPARE(internal->statusText(), QStringLiteral("Over capacity by 1 (133 %)"));
    QCOMPARE(external->used(), qint64(3));
    QCOMPARE(external->state(), CapacityState::Near);
    QVERIFY(internal->isVisible() && external->isVisible());
    QVERIFY(!named->isVisible());

    QAbstractItemModel *model = runtimeTableModel();
    QVERIFY(model);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->columnCount(), 7);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("prod-eu"));
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::Internal), 2);
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::External), 1);
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::Total), 3);
    QCOMPARE(model->index(1, 0).data().toString(), QStringLiteral("prod-us"));
    QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::Internal), 3);
    QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::External), 2);
    // Beside the unique figures: each runtime's console (R12), their sum, and the line on why they differ.
    {
        auto ws = Workspace::open(m_dbPath);
        QVERIFY2(ws, qPrintable(ws.error()));
        const auto infra = (*ws)->infrastructureStore().infrastructure(QStringLiteral("default"));
        QVERIFY2(infra, qPrintable(infra.error()));
        const auto counts = (*ws)->counts(infra->id);
        QVERIFY2(counts, qPrintable(counts.error()));
        const Counts c = *counts;
        QCOMPARE(c.runtimes.size(), 2);
        QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::PlatformTotal), c.runtimes[0].platform.total());
        QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::PlatformTotal), c.runtimes[1].platform.total());
        QVERIFY2(label("platformSumLabel")->text().contains(QStringLiteral("(%1)").arg(c.platformSum().total())),
                 qPrintable(label("platformSumLabel")->text()));
        QCOMPARE(label("reconciliationLabel")->text(), Reconciliation::explain(c));
        QVERIFY(label("reconciliationLabel")->isVisible());
    }
    QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::Total), 5);

    QCOMPARE(label("uniqueInternal")->text(), QStringLiteral("4"));
    QCOMPARE(label("uniqueExternal")->text(), QStringLiteral("3"));
    QCOMPARE(label("uniqueTotal")->text(), QStringLiteral("7"));
    QCOMPARE(label("excludedIt")->text(), QStringLiteral("1"));
    QCOMPARE(label("excludedInactive")->text(), QStringLiteral("2"));
    QCOMPARE(label("excludedAnonymous")->text(), QStringLiteral("3"));
    QVERIFY(label("excludedIt")->isVisible());

    // The table sorts by the raw value, not the text.
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("runtimeTable"));
    table->sortByColumn(
        m_window->dashboard()->runtimeModel()->section(RuntimeCountsModel::Column::Total), Qt::DescendingOrder);
    QCOMPARE(model->index(0, 0).data().toString(), QStringLiteral("prod-us"));
}

void TestMainWindow::switchingInfrastructureChangesFigures()
{
    QVERIFY(openWindow(m_dbPath));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("infrastructureCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("default"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("legacy")));
    GaugeWidget *named = gauge("gaugeNamed");
    QTRY_VERIFY(named->isVisible());
    QVERIFY(!gauge("gaugeInternal")->isVisible());
    QVERIFY(!gauge("gaugeExternal")->isVisible());
    QCOMPARE(named->used(), qint64(2));
    QCOMPARE(named->state(), CapacityState::Unset);
    QCOMPARE(named->statusText(), QStringLiteral("No capacity set"));
    QCOMPARE(runtimeTableModel()->rowCount(), 1);
    QCOMPARE(runtimeTableModel()->columnCount(), 3);
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::Total), 2);
    QCOMPARE(label("uniqueTotal")->text(), QStringLiteral("2"));
    QVERIFY(!label("uniqueInternal")->isVisible()); // no classification in the named model
    QCOMPARE(label("excludedInactive")->text(), QStringLiteral("1"));
    QCOMPARE(label("excludedAnonymous")->text(), QStringLiteral("0"));
    QCOMPARE(m_settings->lastInfrastructure(), QStringLiteral("legacy"));

    combo->setCurrentIndex(combo->findText(QStringLiteral("default")));
    QTRY_COMPARE(gauge("gaugeInternal")->used(), qint64(4));
    QVERIFY(gauge("gaugeInternal")->isVisible());
    QCOMPARE(runtimeTableModel()->columnCount(), 7);
    QCOMPARE(label("excludedInactive")->text(), QStringLiteral("2"));

    // The last infrastructure is remembered for the next start.
    combo->setCurrentIndex(combo->findText(QStringLiteral("legacy")));
    QVERIFY(openWindow(m_dbPath));
    QCOMPARE(m_window->findChild<QComboBox *>(QStringLiteral("infrastructureCombo"))->currentText(),
        QStringLiteral("legacy"));
    QCOMPARE(gauge("gaugeNamed")->used(), qint64(2));
}

void TestMainWindow::refreshShowsChangesMadeElsewhere()
{
    QVERIFY(openWindow(m_dbPath));
    GaugeWidget *internal = gauge("gaugeInternal");
    GaugeWidget *external = gauge("gaugeExternal");
    QTRY_COMPARE(internal->used(), qint64(4));

    // Another program (the CLI, a colleague) owns partner.org now: carol and gina become internal.
    {
        auto other = Workspace::open(m_dbPath);
        VERIFY_OK(other);
        const auto infra = other.value()->infrastructureStore().infrastructure(QStringLiteral("default"));
        VERIFY_OK(infra);
        VERIFY_OK(other.value()->domainStore().addDomains(infra->id, { QStringLiteral("partner.org") }));
    }
    QCOMPARE(internal->used(), qint64(4)); // nothing moves before the event loop runs (the watch, or F5 here)

    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(refresh && refresh->isEnabled());
    QCOMPARE(refresh->shortcut(), QKeySequence(QKeySequence::Refresh));
    refresh->trigger();
    QTRY_COMPARE(internal->used(), qint64(6));
    QCOMPARE(internal->state(), CapacityState::Over);
    QCOMPARE(external->used(), qint64(1));
    QCOMPARE(external->state(), CapacityState::Ok);
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::Internal), 3);
    QCOMPARE(runtimeFigure(0, RuntimeCountsModel::Column::External), 0);
    QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::Internal), 4);
    QCOMPARE(runtimeFigure(1, RuntimeCountsModel::Column::External), 1);
    QCOMPARE(label("uniqueInternal")->text(), QStringLiteral("6"));
    QCOMPARE(label("uniqueExternal")->text(), QStringLiteral("1"));

    // A capacity raised elsewhere clears the over state; a new infrastructure appears in the switcher.
    {
        auto other = Workspace::open(m_dbPath);
        VERIFY_OK(other);
        const auto infra = other.value()->infrastructureStore().infrastructure(QStringLiteral("default"));
        Capacity capacity;
        capacity.internal = 100;
        capacity.external = 100;
        VERIFY_OK(other.value()->infrastructureStore().setCapacity(infra->id, capacity));
        VERIFY_OK(other.value()->infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::InternalExternal));
    }
    QSignalSpy countsSpy(m_window->session(), &WorkspaceSession::countsChanged);
    m_window->refresh();
    QCOMPARE(countsSpy.count(), 1);
    QCOMPARE(internal->state(), CapacityState::Ok);
    QCOMPARE(internal->capacity(), std::optional<qint64>(100));
    auto *combo = m_window->findChild<QComboBox *>(QStringLiteral("infrastructureCombo"));
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentText(), QStringLiteral("default"));
}

void TestMainWindow::openWorkspaceThroughDialogSeam()
{
    QVERIFY(openWindow(QString()));
    QVERIFY(m_window->dashboard()->isShowingPlaceholder());
    QCOMPARE(m_window->windowTitle(), QStringLiteral("Headcount"));
    auto *refresh = m_window->findChild<QAction *>(QStringLiteral("actionRefresh"));
    QVERIFY(!refresh->isEnabled());

    auto *open = m_window->findChild<QAction *>(QStringLiteral("actionOpenWorkspace"));
    QVERIFY(open);
    QCOMPARE(open->shortcut(), QKeySequence(QKeySequence::Open));
    // The empty dashboard offers the same action as a button.
    auto *button = m_window->findChild<QPushButton *>(QStringLiteral("placeholderButton"));
    QVERIFY(button && button->isVisible());
    FileDialog::instance()->setNextFileName(m_dbPath);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(!FileDialog::instance()->hasNextFileName());
    QTRY_VERIFY(!m_window->dashboard()->isShowingPlaceholder());
    QCOMPARE(gauge("gaugeInternal")->used(), qint64(4));
    QCOMPARE(m_window->windowTitle(), QStringLiteral("fixture.db \u2013 Headcount"));
    QVERIFY(refresh->isEnabled());
    QCOMPARE(m_settings->lastWorkspace(), m_dbPath);
    QCOMPARE(m_settings->recentWorkspaces(), QStringList { m_dbPath });
}

void TestMainWindow::cancelledDialogKeepsWorkspace()
{
    QVERIFY(openWindow(m_dbPath));
    FileDialog::instance()->setNextFileName(QString()); // the user pressed Cancel
    m_window->findChild<QAction *>(QStringLiteral("actionOpenWorkspace"))->trigger();
    QCOMPARE(m_window->session()->path(), m_dbPath);
    QVERIFY(!m_window->messageWidget()->isVisible());
    QCOMPARE(gauge("gaugeInternal")->used(), qint64(4));
}

void TestMainWindow::unopenableWorkspaceShowsBanner()
{
    const QString garbage = m_dir->filePath(QStringLiteral("garbage.db"));
    {
        QFile f(garbage);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }

    // Nothing open yet: the banner explains, the dashboard shows its placeholder, nothing modal blocks.
    QVERIFY(openWindow(garbage));
    MessageWidget *banner = m_window->messageWidget();
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(banner->type(), MessageWidget::Type::Error);
    QVERIFY2(banner->text().contains(QStringLiteral("garbage.db")), qPrintable(banner->text()));
    QVERIFY(!QApplication::activeModalWidget());
    QVERIFY(m_window->dashboard()->isShowingPlaceholder());
    QCOMPARE(QFile(garbage).size(), 4096); // refused, not modified

    // Opening a good one clears it; a bad one afterwards keeps the good one open.
    QVERIFY(m_window->openWorkspace(m_dbPath));
    QVERIFY(!banner->isVisible());
    QVERIFY(!m_window->openWorkspace(garbage));
    QTRY_VERIFY(banner->isVisible());
    QCOMPARE(m_window->session()->path(), m_dbPath);
    QCOMPARE(gauge("gaugeInternal")->used(), qint64(4));
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("fixture.db")));
    QVERIFY(!m_settings->recentWorkspaces().contains(garbage));

    // The close button dismisses it.
    QTest::mouseClick(banner->findChild<QWidget *>(QStringLiteral("messageCloseButton")), Qt::LeftButton);
    QTRY_VERIFY(!banner->isVisible());
}

void TestMainWindow::recentWorkspacesMenuReopens()
{
    const QString second = m_dir->filePath(QStringLiteral("second.db"));
    {
        auto ws = Workspace::open(second);
        VERIFY_OK(ws);
    }
    QVERIFY(openWindow(m_dbPath));
    QVERIFY(m_window->openWorkspace(second));
    QCOMPARE(gauge("gaugeInternal")->used(), qint64(0));
    QCOMPARE(gauge("gaugeInternal")->state(), CapacityState::Unset);

    auto *menu = m_window->findChild<QMenu *>(QStringLiteral("menuRecentWorkspaces"));
    QVERIFY(menu);
    auto *first = m_window->findChild<QAction *>(QStringLiteral("actionRecentWorkspace1"));
    auto *older = m_window->findChild<QAction *>(QStringLiteral("actionRecentWorkspace2"));
    QVERIFY(first && older);
    QCOMPARE(first->data().toString(), second);
    QCOMPARE(older->data().toString(), m_dbPath);

    older->trigger();
    QTRY_COMPARE(m_window->session()->path(), m_dbPath);
    QCOMPARE(gauge("gaugeInternal")->used(), qint64(4));
    QCOMPARE(m_settings->recentWorkspaces().constFirst(), m_dbPath);

    m_window->findChild<QAction *>(QStringLiteral("actionClearRecentWorkspaces"))->trigger();
    QVERIFY(m_settings->recentWorkspaces().isEmpty());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionRecentWorkspace1")));
}

void TestMainWindow::windowStatePersists()
{
    QVERIFY(openWindow(m_dbPath));
    m_window->resize(900, 640);
    QTRY_COMPARE(m_window->size(), QSize(900, 640));
    auto *quit = m_window->findChild<QAction *>(QStringLiteral("actionQuit"));
    QCOMPARE(quit->shortcut(), QKeySequence(QKeySequence::Quit));
    quit->trigger();
    QTRY_VERIFY(!m_window->isVisible());
    QVERIFY(!m_settings->mainWindowGeometry().isEmpty());
    QVERIFY(!m_settings->mainWindowState().isEmpty());
    QVERIFY(!m_settings->runtimeTableHeader().isEmpty());

    QVERIFY(openWindow(m_dbPath));
    QCOMPARE(m_window->size(), QSize(900, 640));
}

void TestMainWindow::aboutGoesThroughMessageBoxSeam()
{
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));
    QVERIFY(openWindow(m_dbPath));
    MessageBox::setNextAnswer(QMessageBox::Ok);
    m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->trigger();
    QCOMPARE(MessageBox::lastTitle(), QStringLiteral("About Headcount"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(HEADCOUNT_VERSION)));
}

void TestMainWindow::sampleWorkspaceMatchesExpectedCounts()
{
    // The shipped sample exports, read by the real reader: the dashboard shows expected-counts.json.
    const QString samples = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples");
    QFile expectedFile(samples + QStringLiteral("/expected-counts.json"));
    QVERIFY(expectedFile.open(QIODevice::ReadOnly));
    const QJsonObject expected = QJsonDocument::fromJson(expectedFile.readAll()).object();
    QVERIFY(!expected.isEmpty());

    const QString path = m_dir->filePath(QStringLiteral("samples.db"));
    {
        auto opened = Workspace::open(path);
        VERIFY_OK(opened);
        Workspace &ws = *opened.value();
        const auto infra = ws.infrastructureStore().infrastructure();
        VERIFY_OK(infra);
        Capacity capacity;
        capacity.internal = expected[QStringLiteral("capacity")][QStringLiteral("internal")].toInteger();
        capacity.external = expected[QStringLiteral("capacity")][QStringLiteral("external")].toInteger();
        VERIFY_OK(ws.infrastructureStore().setCapacity(infra->id, capacity));
        VERIFY_OK(ws.domainStore().addDomains(infra->id,
            { QStringLiteral("acme.com"), QStringLiteral("ACME.de"), QStringLiteral("sales.acme.com."),
                QStringLiteral("acme-holding.com"), QStringLiteral("m\u00fcnchen-acme.de") }));
        for (const QString &name : { QStringLiteral("prod-eu"), QStringLiteral("prod-us") }) {
            const auto runtime = ws.runtimeStore().addRuntime(infra->id, name);
            VERIFY_OK(runtime);
            const QString file = samples
                + (name == QStringLiteral("prod-eu") ? QStringLiteral("/prod-eu.csv")
                                                     : QStringLiteral("/prod-us.json"));
            const auto data = ExportReader::readFile(file);
            VERIFY_OK(data);
            VERIFY_OK(ws.imports().importRecords(runtime->id, data->records, ImportMode::Replace));
        }
    }

    QVERIFY(openWindow(path));
    const QJsonObject unique = expected[QStringLiteral("unique")].toObject();
    const QJsonObject excluded = expected[QStringLiteral("excluded")].toObject();
    const QJsonObject over = expected[QStringLiteral("over_capacity")].toObject();
    QTRY_COMPARE(gauge("gaugeInternal")->used(), unique[QStringLiteral("internal")].toInteger());
    QCOMPARE(gauge("gaugeExternal")->used(), unique[QStringLiteral("external")].toInteger());
    QCOMPARE(gauge("gaugeInternal")->state() == CapacityState::Over, over[QStringLiteral("internal")].toBool());
    QCOMPARE(gauge("gaugeExternal")->state() == CapacityState::Over, over[QStringLiteral("external")].toBool());
    QCOMPARE(label("uniqueTotal")->text(), QString::number(unique[QStringLiteral("total")].toInteger()));
    QCOMPARE(label("excludedIt")->text(), QString::number(excluded[QStringLiteral("it_user")].toInteger()));
    QCOMPARE(label("excludedInactive")->text(), QString::number(excluded[QStringLiteral("inactive")].toInteger()));
    QCOMPARE(label("excludedAnonymous")->text(), QString::number(excluded[QStringLiteral("anonymous")].toInteger()));
    const QJsonArray runtimes = expected[QStringLiteral("runtimes")].toArray();
    QCOMPARE(runtimeTableModel()->rowCount(), runtimes.size());
    for (int row = 0; row < runtimes.size(); ++row) {
        const QJsonObject rt = runtimes.at(row).toObject();
        QCOMPARE(runtimeTableModel()->index(row, 0).data().toString(), rt[QStringLiteral("name")].toString());
        QCOMPARE(runtimeFigure(row, RuntimeCountsModel::Column::Internal), rt[QStringLiteral("internal")].toInteger());
        QCOMPARE(runtimeFigure(row, RuntimeCountsModel::Column::External), rt[QStringLiteral("external")].toInteger());
        QCOMPARE(runtimeFigure(row, RuntimeCountsModel::Column::Total), rt[QStringLiteral("total")].toInteger());
    }
}

void TestMainWindow::screenshotOptionWritesImage()
{
    // The real executable, as the smoke script and the README screenshots use it.
    const QString png = m_dir->filePath(QStringLiteral("shot.png"));
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
    env.remove(QStringLiteral("HEADCOUNT_DB"));
    process.setProcessEnvironment(env);
    process.start(
        QStringLiteral(HEADCOUNT_GUI_PATH), { QStringLiteral("--db"), m_dbPath, QStringLiteral("--screenshot"), png });
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    const QImage image(png);
    QVERIFY(!image.isNull());
    QVERIFY(image.width() >= 800 && image.height() >= 500);
    // A screenshot run leaves the user's settings alone.
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("config/Headcount/Headcount.conf"))));

    // --version and usage errors answer without a window.
    process.start(QStringLiteral(HEADCOUNT_GUI_PATH), { QStringLiteral("--version") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains(HEADCOUNT_VERSION));
    process.start(QStringLiteral(HEADCOUNT_GUI_PATH), { QStringLiteral("--no-such-option") });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("error: "));
}

void TestMainWindow::themeOptionAndWorkspaceArgument()
{
    // `headcount --theme dark FILE`: the workspace as the argument (a file manager's double-click) and the dark
    // palette, checked on the pixels of the real executable's screenshot against a light run.
    auto shoot = [this](const QString &theme, double *lightness) {
        const QString png = m_dir->filePath(QStringLiteral("shot-%1.png").arg(theme));
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("config")));
        env.remove(QStringLiteral("HEADCOUNT_DB"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(HEADCOUNT_GUI_PATH),
            { QStringLiteral("--theme"), theme, QStringLiteral("--screenshot"), png, m_dbPath });
        QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        const QImage image(png);
        QVERIFY(!image.isNull());
        double sum = 0;
        int n = 0;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7, ++n)
                sum += image.pixelColor(x, y).lightness();
        }
        *lightness = sum / n;
    };
    double light = 0;
    double dark = 0;
    shoot(QStringLiteral("light"), &light);
    shoot(QStringLiteral("dark"), &dark);
    QVERIFY2(light > 170, qPrintable(QString::number(light)));
    QVERIFY2(dark < 90, qPrintable(QString::number(dark)));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
