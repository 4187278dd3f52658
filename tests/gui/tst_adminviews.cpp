// Issue 10 in the real main window, offscreen: the infrastructures dialog (add, rename, remove with confirmation,
// licence model, platform version, capacities: the switcher and the gauges follow) and the Runtimes view (rename,
// remove with confirmation, tenants and their kinds set off the GUI thread, equal to the CLI's `tenant set`); the
// views' models under QAbstractItemModelTester; nothing clipped at 900 × 600.
#include "DashboardWidget.h"
#include "DomainsView.h"
#include "GaugeWidget.h"
#include "GuiTestSupport.h"
#include "InfrastructureComboBox.h"
#include "InfrastructureDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "MessageWidget.h"
#include "RuntimesModel.h"
#include "RuntimesView.h"
#include "Settings.h"
#include "TenantsModel.h"
#include "Workspace.h"
#include "WorkspaceChangeJob.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUndoStack>

using namespace hc;

namespace {

UserRecord record(const QString &username, const QString &email, const QString &tenant = {})
{
    UserRecord r;
    r.sourceId = r.username = r.name = username;
    r.email = email;
    r.tenant = tenant;
    r.lastLogin = QStringLiteral("2026-01-05");
    return r;
}

// acme.com owned; prod-eu: alice (internal), bob and carol of partner.org in tenant t2, dave@other.net in t3;
// prod-us: erin@acme.com in t2, frank@partner.org.
Status buildTenantWorkspace(const QString &path)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return Status::failure(opened.error());
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!infra)
        return Status::failure(infra.error());
    if (Status s = ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") }); !s)
        return s;
    const auto eu = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-eu"));
    const auto us = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-us"));
    if (!eu || !us)
        return Status::failure(QStringLiteral("runtimes"));
    const auto a = ws.imports().importRecords(eu->id,
        { record(QStringLiteral("alice"), QStringLiteral("alice@acme.com")),
            record(QStringLiteral("bob"), QStringLiteral("bob@partner.org"), QStringLiteral("t2")),
            record(QStringLiteral("carol"), QStringLiteral("carol@partner.org"), QStringLiteral("t2")),
            record(QStringLiteral("dave"), QStringLiteral("dave@other.net"), QStringLiteral("t3")) },
        ImportMode::Replace);
    const auto b = ws.imports().importRecords(us->id,
        { record(QStringLiteral("erin"), QStringLiteral("erin@acme.com"), QStringLiteral("t2")),
            record(QStringLiteral("frank"), QStringLiteral("frank@partner.org")) },
        ImportMode::Replace);
    if (!a || !b)
        return Status::failure(!a ? a.error() : b.error());
    return {};
}

} // namespace

class TestAdminViews : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void runtimesModelPassesTester();
    void tenantsModelPassesTester();

    void newWorkspaceGetsCapacities();
    void addRenameRemoveInfrastructure();
    void platformVersionIsValidated();

    void runtimesListed();
    void renameRuntimeInline();
    void removeRuntimeAsksFirst();
    void tenantKindLikeTheCli();
    void renameRuntimeUndoRedo();
    void tenantKindUndoRedo();
    void changeJobCancelRollsBack();
    void cancelButtonWhileSettingKind();
    void infrastructureChangeUndoRedo();

    void noClippingAt900x600_data();
    void noClippingAt900x600();

private:
    bool openWindow(const QString &db);
    InfrastructureDialog *openDialog();
    Counts countsNow() const;
    // Opens the tenants workspace in the Runtimes view with tenant t2 selected; its tenants model.
    TenantsModel *openTenants();
    TenantKind kindOf(const QString &tenant) const;
    template <typename T> T *find(QObject *root, const char *name) const
    {
        return root->findChild<T *>(QString::fromLatin1(name));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
};

void TestAdminViews::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestAdminViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestAdminViews::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
}

bool TestAdminViews::openWindow(const QString &db)
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    if (!m_window->openWorkspace(db))
        return false;
    m_window->resize(900, 600);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

InfrastructureDialog *TestAdminViews::openDialog()
{
    if (!hc::test::triggerAction(m_window.get(), QStringLiteral("actionManageInfrastructures")))
        return nullptr;
    return m_window->infrastructureDialog();
}

Counts TestAdminViews::countsNow() const
{
    WorkspaceSession *session = m_window->session();
    const auto counts = session->workspace()->counts(session->currentInfrastructureId());
    return counts ? counts.value() : Counts();
}

void TestAdminViews::runtimesModelPassesTester()
{
    RuntimesModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    RuntimeInfo eu { 1, 1, QStringLiteral("prod-eu"), 10, QDateTime::currentDateTimeUtc() };
    RuntimeInfo us { 2, 1, QStringLiteral("prod-us"), 5, QDateTime() };
    Counts counts;
    counts.runtimes = { { QStringLiteral("prod-eu"), { 6, 2 }, { 5, 2 } } };
    model.setRuntimes({ eu }, counts);
    model.setRuntimes({ eu, us }, counts);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    eu.records = 11;
    model.setRuntimes({ eu, us }, counts);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(0, RuntimesModel::RecordsColumn).data(RuntimesModel::RawValueRole).toLongLong(), 11);
    QCOMPARE(model.index(0, RuntimesModel::CountedColumn).data(RuntimesModel::RawValueRole).toLongLong(), 8);
    QCOMPARE(model.index(0, RuntimesModel::PlatformColumn).data(RuntimesModel::RawValueRole).toLongLong(), 7);
    QVERIFY(!model.index(1, RuntimesModel::CountedColumn).data(RuntimesModel::RawValueRole).isValid());
    QVERIFY(model.flags(model.index(0, RuntimesModel::NameColumn)) & Qt::ItemIsEditable);
    QSignalSpy rename(&model, &RuntimesModel::renameRequested);
    QVERIFY(model.setData(model.index(1, RuntimesModel::NameColumn), QStringLiteral(" prod-am ")));
    QCOMPARE(rename.size(), 1);
    QCOMPARE(rename.at(0).at(0).toLongLong(), 2);
    QCOMPARE(rename.at(0).at(1).toString(), QStringLiteral("prod-am"));
    QVERIFY(!model.setData(model.index(1, RuntimesModel::NameColumn), QString()));
    counts.model = LicenceModel::Named;
    model.setRuntimes({ eu, us }, counts); // another model: other headers, a reset
    model.setRuntimes({}, counts);
}

void TestAdminViews::tenantsModelPassesTester()
{
    TenantsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TenantInfo none { QString(), TenantKind::Default, 4, { QStringLiteral("prod-eu") } };
    TenantInfo t2 { QStringLiteral("t2"), TenantKind::App, 2, { QStringLiteral("prod-eu"), QStringLiteral("prod-us") } };
    model.setTenants({ none, t2 });
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    t2.kind = TenantKind::It;
    model.setTenants({ none, t2 });
    QCOMPARE(changed.size(), 1);
    QCOMPARE(model.index(1, TenantsModel::KindColumn).data().toString(), TenantsModel::kindText(TenantKind::It));
    QCOMPARE(model.index(1, TenantsModel::RuntimesColumn).data().toString(), QStringLiteral("prod-eu, prod-us"));
    QCOMPARE(model.index(0, TenantsModel::TenantColumn).data(TenantsModel::TenantRole).toString(), QString());
    model.setTenants({ t2 });
    QCOMPARE(model.rowCount(), 1);
}

void TestAdminViews::newWorkspaceGetsCapacities()
{
    QVERIFY(openWindow(m_dir->filePath(QStringLiteral("new.headcount"))));
    auto *internal = find<GaugeWidget>(m_window.get(), "gaugeInternal");
    auto *external = find<GaugeWidget>(m_window.get(), "gaugeExternal");
    QVERIFY(internal && external);
    QVERIFY(!internal->capacity().has_value());
    InfrastructureDialog *dialog = openDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QCOMPARE(dialog->selectedId(), m_window->session()->currentInfrastructureId());
    find<QSpinBox>(dialog, "capacityInternalSpin")->setValue(100);
    find<QSpinBox>(dialog, "capacityExternalSpin")->setValue(2500);
    QTest::mouseClick(find<QPushButton>(dialog, "saveInfrastructureButton"), Qt::LeftButton);
    QTRY_COMPARE(internal->capacity(), std::optional<qint64>(100));
    QCOMPARE(external->capacity(), std::optional<qint64>(2500));
    QCOMPARE(countsNow().capacity.internal, std::optional<qint64>(100));
    // Unset again: the spin box's "not set" value.
    find<QSpinBox>(dialog, "capacityExternalSpin")->setValue(-1);
    QTest::mouseClick(find<QPushButton>(dialog, "saveInfrastructureButton"), Qt::LeftButton);
    QTRY_VERIFY(!external->capacity().has_value());
    QCOMPARE(internal->capacity(), std::optional<qint64>(100));
}

void TestAdminViews::addRenameRemoveInfrastructure()
{
    QVERIFY(openWindow(m_dir->filePath(QStringLiteral("infra.headcount"))));
    auto *combo = find<InfrastructureComboBox>(m_window.get(), "infrastructureCombo");
    QVERIFY(combo);
    QCOMPARE(combo->count(), 1);
    const QString first = combo->itemText(0);
    InfrastructureDialog *dialog = openDialog();
    QVERIFY(dialog);

    // Add: a named-model infrastructure with its capacity; it becomes the current one.
    QTest::mouseClick(find<QPushButton>(dialog, "newInfrastructureButton"), Qt::LeftButton);
    QCOMPARE(dialog->selectedId(), 0);
    find<QLineEdit>(dialog, "infrastructureNameEdit")->setText(QStringLiteral("client-b"));
    auto *model = find<QComboBox>(dialog, "licenceModelCombo");
    model->setCurrentIndex(model->findData(int(LicenceModel::Named)));
    auto *named = find<QSpinBox>(dialog, "capacityNamedSpin");
    QVERIFY(named->isVisibleTo(dialog));
    QVERIFY(!find<QSpinBox>(dialog, "capacityInternalSpin")->isVisibleTo(dialog));
    named->setValue(50);
    QTest::mouseClick(find<QPushButton>(dialog, "saveInfrastructureButton"), Qt::LeftButton);
    QTRY_COMPARE(combo->count(), 2);
    QCOMPARE(combo->currentText(), QStringLiteral("client-b"));
    QCOMPARE(int(m_window->session()->currentInfrastructure().model), int(LicenceModel::Named));
    auto *namedGauge = find<GaugeWidget>(m_window.get(), "gaugeNamed");
    QTRY_COMPARE(namedGauge->capacity(), std::optional<qint64>(50));
    QVERIFY(namedGauge->isVisibleTo(m_window->dashboard()));

    // Rename.
    find<QLineEdit>(dialog, "infrastructureNameEdit")->setText(QStringLiteral("client-c"));
    QTest::mouseClick(find<QPushButton>(dialog, "saveInfrastructureButton"), Qt::LeftButton);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("client-c"));
    QCOMPARE(find<QListWidget>(dialog, "infrastructureList")->currentItem()->text(), QStringLiteral("client-c"));
    QVERIFY(m_window->session()->workspace()->infrastructureStore().infrastructure(QStringLiteral("client-c")).ok());
    // A name in use is refused and changes nothing.
    find<QLineEdit>(dialog, "infrastructureNameEdit")->setText(first);
    named->setValue(70);
    QVERIFY(!dialog->save());
    QVERIFY(!find<QLabel>(dialog, "infrastructureErrorLabel")->text().isEmpty());
    QCOMPARE(m_window->session()->currentInfrastructure().name, QStringLiteral("client-c"));
    QCOMPARE(m_window->session()->currentInfrastructure().capacity.named, std::optional<qint64>(50));

    // Remove: No keeps it, Yes removes it.
    auto *remove = find<QPushButton>(dialog, "removeInfrastructureButton");
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("client-c")));
    QCOMPARE(combo->count(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_COMPARE(combo->count(), 1);
    QCOMPARE(combo->currentText(), first);
    QVERIFY(!m_window->session()->workspace()->infrastructureStore().infrastructure(QStringLiteral("client-c")).ok());
    QCOMPARE(m_window->dashboard()->counts().infrastructure, first);
}

void TestAdminViews::platformVersionIsValidated()
{
    QVERIFY(openWindow(m_dir->filePath(QStringLiteral("version.headcount"))));
    InfrastructureDialog *dialog = openDialog();
    QVERIFY(dialog);
    auto *version = find<QLineEdit>(dialog, "platformVersionEdit");
    auto *save = find<QPushButton>(dialog, "saveInfrastructureButton");
    auto *hint = find<QLabel>(dialog, "platformVersionHint");
    version->setText(QStringLiteral("11.x"));
    QVERIFY(!save->isEnabled());
    QVERIFY(hint->isVisibleTo(dialog));
    QVERIFY(hint->text().contains(QStringLiteral("11.x")));
    version->setText(QStringLiteral("11.20.1"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(countsNow().platformVersion, QStringLiteral("11.20.1"));
    auto *modelLabel = find<QLabel>(m_window.get(), "licenceModelLabel");
    QTRY_VERIFY2(modelLabel->text().contains(QStringLiteral("11.20.1")), qPrintable(modelLabel->text()));
    // Empty: not set.
    version->clear();
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_COMPARE(countsNow().platformVersion, QString());
    QTRY_VERIFY(!modelLabel->text().contains(QStringLiteral("11.20.1")));
}

void TestAdminViews::runtimesListed()
{
    const QString db = m_dir->filePath(QStringLiteral("samples.headcount"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    QVERIFY(openWindow(db));
    QVERIFY(hc::test::showView(*m_window, QStringLiteral("runtimesView")));
    QTRY_VERIFY(!m_window->runtimesView()->isLoading());
    RuntimesModel *model = m_window->runtimesView()->runtimesModel();
    const auto runtimes = m_window->session()->workspace()->runtimeStore().runtimes(m_window->session()->currentInfrastructureId());
    VERIFY_OK(runtimes);
    QCOMPARE(model->rowCount(), runtimes->size());
    const Counts counts = countsNow();
    for (int i = 0; i < runtimes->size(); ++i) {
        const RuntimeInfo &r = runtimes->at(i);
        QCOMPARE(model->index(i, RuntimesModel::NameColumn).data().toString(), r.name);
        QCOMPARE(model->index(i, RuntimesModel::RecordsColumn).data(RuntimesModel::RawValueRole).toLongLong(), r.records);
        QCOMPARE(model->index(i, RuntimesModel::LastImportColumn).data(RuntimesModel::RawValueRole).toDateTime(),
            r.lastImport);
        QVERIFY(r.lastImport.isValid());
        QCOMPARE(model->index(i, RuntimesModel::CountedColumn).data(RuntimesModel::RawValueRole).toLongLong(),
            counts.runtimes.at(i).records.total());
        QCOMPARE(model->index(i, RuntimesModel::PlatformColumn).data(RuntimesModel::RawValueRole).toLongLong(),
            counts.runtimes.at(i).platform.total());
    }
    auto *note = find<QLabel>(m_window.get(), "uniqueNoteLabel");
    QVERIFY(note->text().contains(QLocale().toString(counts.unique.internal)));
}

void TestAdminViews::renameRuntimeInline()
{
    const QString db = m_dir->filePath(QStringLiteral("samples.headcount"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    QVERIFY(openWindow(db));
    QVERIFY(hc::test::showView(*m_window, QStringLiteral("runtimesView")));
    QTRY_VERIFY(!m_window->runtimesView()->isLoading());
    auto *table = find<QTableView>(m_window.get(), "runtimesTable");
    RuntimesModel *model = m_window->runtimesView()->runtimesModel();
    const Counts before = countsNow();
    const int row = model->rowOf(m_window->session()->workspace()->runtimeStore().runtime(
        m_window->session()->currentInfrastructureId(), QStringLiteral("prod-us"))->id);
    QVERIFY(row >= 0);
    // Through the view's editor, as a double-click or F2 does.
    table->setCurrentIndex(model->index(row, RuntimesModel::NameColumn));
    table->setFocus();
    QTest::mouseClick(find<QPushButton>(m_window.get(), "renameRuntimeButton"), Qt::LeftButton);
    auto *editor = table->findChild<QLineEdit *>();
    QVERIFY(editor);
    editor->selectAll();
    QTest::keyClicks(editor, QStringLiteral("americas"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_VERIFY(m_window->session()->workspace()->runtimeStore().runtime(m_window->session()->currentInfrastructureId(),
        QStringLiteral("americas")).ok());
    QTRY_COMPARE(model->rows().at(0).info.name, QStringLiteral("americas")); // in name order
    const Counts after = countsNow();
    QCOMPARE(after.unique, before.unique);
    QCOMPARE(m_window->dashboard()->counts().runtimes.at(0).name, QStringLiteral("americas"));
}

void TestAdminViews::removeRuntimeAsksFirst()
{
    const QString db = m_dir->filePath(QStringLiteral("samples.headcount"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    QVERIFY(openWindow(db));
    QVERIFY(hc::test::showView(*m_window, QStringLiteral("runtimesView")));
    QTRY_VERIFY(!m_window->runtimesView()->isLoading());
    RuntimesView *view = m_window->runtimesView();
    auto *table = find<QTableView>(m_window.get(), "runtimesTable");
    auto *remove = find<QPushButton>(m_window.get(), "removeRuntimeButton");
    const Counts before = countsNow();
    QCOMPARE(before.runtimes.size(), 2);
    table->selectRow(1); // prod-us
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("prod-us")));
    QVERIFY(!view->isBusy());
    QCOMPARE(countsNow(), before);
    QCOMPARE(view->runtimesModel()->rowCount(), 2);

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
    QTRY_COMPARE(view->runtimesModel()->rowCount(), 1);
    const Counts after = countsNow();
    QCOMPARE(after.runtimes.size(), 1);
    QCOMPARE(after.runtimes.constFirst().name, QStringLiteral("prod-eu"));
    QVERIFY(after.unique.total() < before.unique.total());
    // The maintained counts are those a recount from scratch gives, and the console shows them.
    const auto recount = m_window->session()->workspace()->recount(m_window->session()->currentInfrastructureId());
    VERIFY_OK(recount);
    QCOMPARE(after, recount.value());
    QCOMPARE(m_window->session()->counts(), after);
    QCOMPARE(m_window->dashboard()->counts(), after);
}

void TestAdminViews::tenantKindLikeTheCli()
{
    const QString db = m_dir->filePath(QStringLiteral("tenants.headcount"));
    const QString twin = m_dir->filePath(QStringLiteral("twin.headcount"));
    VERIFY_OK(buildTenantWorkspace(db));
    VERIFY_OK(buildTenantWorkspace(twin));
    QVERIFY(openWindow(db));
    QVERIFY(hc::test::showView(*m_window, QStringLiteral("runtimesView")));
    QTRY_VERIFY(!m_window->runtimesView()->isLoading());
    RuntimesView *view = m_window->runtimesView();
    auto *runtimes = find<QTableView>(m_window.get(), "runtimesTable");
    auto *tenants = find<QTableView>(m_window.get(), "tenantsTable");
    TenantsModel *model = view->tenantsModel();
    // No runtime selected: every tenant of the infrastructure; prod-us selected: only its own.
    QCOMPARE(model->rowCount(), 3);
    runtimes->selectRow(1);
    QTRY_COMPARE(model->rowCount(), 2);
    QVERIFY(model->rowOf(QStringLiteral("t3")) < 0);
    runtimes->selectRow(0);
    QTRY_COMPARE(model->rowCount(), 3);
    const int row = model->rowOf(QStringLiteral("t2"));
    QVERIFY(row >= 0);
    QCOMPARE(model->tenants().at(row).records, 3);
    tenants->selectRow(row);

    const Counts before = countsNow();
    auto *kind = find<QComboBox>(m_window.get(), "tenantKindCombo");
    kind->setCurrentIndex(kind->findData(int(TenantKind::It)));
    auto *busy = find<QProgressBar>(m_window.get(), "runtimesBusyBar");
    QTest::mouseClick(find<QPushButton>(m_window.get(), "setTenantKindButton"), Qt::LeftButton);
    // The console shows it is busy while the recount runs off the GUI thread.
    QVERIFY(view->isBusy());
    QVERIFY(busy->isVisible());
    QVERIFY2(m_window->statusBar()->currentMessage().contains(QStringLiteral("recounting")),
        qPrintable(m_window->statusBar()->currentMessage()));
    QVERIFY(!find<QPushButton>(m_window.get(), "setTenantKindButton")->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
    QVERIFY(!busy->isVisible());
    QTRY_COMPARE(int(model->tenants().at(model->rowOf(QStringLiteral("t2"))).kind), int(TenantKind::It));
    const Counts after = countsNow();
    QVERIFY(after.excluded.itUser > before.excluded.itUser);
    QCOMPARE(m_window->session()->counts(), after);

    // The CLI's `tenant set` on a twin workspace gives the very same counts.
    const auto set = hc::test::runCli(twin, { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"),
        QStringLiteral("it"), QStringLiteral("t2") });
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const auto cli = hc::test::runCli(twin, { QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(cli.exitCode == 0, qPrintable(cli.err));
    QCOMPARE(QJsonDocument::fromJson(cli.out.toUtf8()).object(), after.toJson());
}

TenantsModel *TestAdminViews::openTenants()
{
    const QString db = m_dir->filePath(QStringLiteral("tenants.headcount"));
    if (!buildTenantWorkspace(db) || !openWindow(db) || !hc::test::showView(*m_window, QStringLiteral("runtimesView")))
        return nullptr;
    RuntimesView *view = m_window->runtimesView();
    if (!QTest::qWaitFor([view] { return !view->isLoading() && view->tenantsModel()->rowCount() == 3; }))
        return nullptr;
    TenantsModel *model = view->tenantsModel();
    find<QTableView>(m_window.get(), "tenantsTable")->selectRow(model->rowOf(QStringLiteral("t2")));
    auto *kind = find<QComboBox>(m_window.get(), "tenantKindCombo");
    kind->setCurrentIndex(kind->findData(int(TenantKind::It)));
    return model;
}

TenantKind TestAdminViews::kindOf(const QString &tenant) const
{
    WorkspaceSession *session = m_window->session();
    const auto tenants = session->workspace()->tenantStore().tenants(session->currentInfrastructureId());
    for (const TenantInfo &t : tenants ? tenants.value() : QVector<TenantInfo>()) {
        if (t.tenant == tenant)
            return t.kind;
    }
    return TenantKind::Default;
}

void TestAdminViews::renameRuntimeUndoRedo()
{
    const QString db = m_dir->filePath(QStringLiteral("samples.headcount"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    QVERIFY(openWindow(db));
    QVERIFY(hc::test::showView(*m_window, QStringLiteral("runtimesView")));
    QTRY_VERIFY(!m_window->runtimesView()->isLoading());
    WorkspaceSession *session = m_window->session();
    RuntimesModel *model = m_window->runtimesView()->runtimesModel();
    const qint64 id = session->workspace()->runtimeStore().runtime(session->currentInfrastructureId(), QStringLiteral("prod-us"))->id;
    const auto nameShown = [model, id] {
        const int row = model->rowOf(id);
        return row < 0 ? QString() : model->rows().at(row).info.name;
    };
    const auto nameStored = [session] {
        const auto runtimes = session->workspace()->runtimeStore().runtimes(session->currentInfrastructureId());
        QStringList names;
        for (const RuntimeInfo &r : runtimes ? runtimes.value() : QVector<RuntimeInfo>())
            names << r.name;
        return names;
    };
    QVERIFY(session->undoStack()->count() == 0);
    m_window->runtimesView()->renameRuntime(id, QStringLiteral("americas"));
    QTRY_COMPARE(nameShown(), QStringLiteral("americas"));
    QCOMPARE(session->undoStack()->count(), 1);
    QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Rename runtime prod-us to americas"));

    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionUndo")));
    QTRY_COMPARE(nameShown(), QStringLiteral("prod-us"));
    QVERIFY(nameStored().contains(QStringLiteral("prod-us")) && !nameStored().contains(QStringLiteral("americas")));
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionRedo")));
    QTRY_COMPARE(nameShown(), QStringLiteral("americas"));
    QVERIFY(nameStored().contains(QStringLiteral("americas")));
    QVERIFY2(!m_window->messageWidget()->isVisible(), qPrintable(m_window->messageWidget()->text()));
}

void TestAdminViews::tenantKindUndoRedo()
{
    TenantsModel *model = openTenants();
    QVERIFY(model);
    RuntimesView *view = m_window->runtimesView();
    WorkspaceSession *session = m_window->session();
    const Counts before = countsNow();
    QTest::mouseClick(find<QPushButton>(m_window.get(), "setTenantKindButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
    QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::It));
    const Counts after = countsNow();
    QVERIFY(after.excluded.itUser > before.excluded.itUser);
    QCOMPARE(session->undoStack()->count(), 1);
    // "tenant" or, without the English plural forms installed (as in this test), "tenant(s)".
    const QString undoText = session->undoStack()->undoText();
    QVERIFY2(undoText.startsWith(QStringLiteral("Set the kind of 1 tenant")) && undoText.endsWith(QStringLiteral(" to IT")),
        qPrintable(undoText));

    // Undo and redo recount off the GUI thread, as the change did.
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionUndo")));
    QVERIFY(session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::Default));
    QCOMPARE(countsNow(), before);
    QTRY_COMPARE(session->counts(), before);
    QTRY_COMPARE(int(model->tenants().at(model->rowOf(QStringLiteral("t2"))).kind), int(TenantKind::Default));
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionRedo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::It));
    QCOMPARE(countsNow(), after);
    // Each is the figure a recount from scratch gives.
    const auto recount = session->workspace()->recount(session->currentInfrastructureId());
    VERIFY_OK(recount);
    QCOMPARE(recount.value(), after);
    QVERIFY2(!m_window->messageWidget()->isVisible(), qPrintable(m_window->messageWidget()->text()));
}

void TestAdminViews::changeJobCancelRollsBack()
{
    QVERIFY(openTenants());
    WorkspaceSession *session = m_window->session();
    const qint64 infraId = session->currentInfrastructureId();
    const Counts before = countsNow();
    const qsizetype snapshots = session->history().size();
    // The change has been made in the job's transaction, and is held there until the test releases it: cancel()
    // comes while the storage call runs, the case it cannot interrupt.
    std::atomic_bool made { false };
    std::atomic_bool release { false };
    const auto change = [&, infraId](Workspace &w) {
        const Status s = w.tenantStore().setTenantKind(infraId, { QStringLiteral("t2") }, TenantKind::It);
        made = true;
        while (!release)
            QThread::msleep(1);
        return s;
    };
    WorkspaceChangeJob job(session);
    QSignalSpy finished(&job, &WorkspaceChangeJob::finished);
    QVERIFY(!job.cancel()); // nothing runs
    QVERIFY(job.start(QStringLiteral("test"), infraId, change));
    QVERIFY(!job.start(QStringLiteral("second"), infraId, change)); // one at a time
    QTRY_VERIFY(made);
    QVERIFY(job.cancel());
    QVERIFY(job.isCancelling());
    release = true;
    QTRY_COMPARE(finished.size(), 1);
    QCOMPARE(finished.at(0).at(0).toString(), QString());
    QCOMPARE(finished.at(0).at(1).toBool(), true);
    QVERIFY(!job.isRunning() && !job.isCancelling());
    // Rolled back: the kind, the counts and the count history are as they were.
    QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::Default));
    QCOMPARE(countsNow(), before);
    QCOMPARE(session->history().size(), snapshots);

    // Not cancelled, the same job commits, with a snapshot of the new counts as the storage's own transaction stores.
    made = false;
    release = true;
    QVERIFY(job.start(QStringLiteral("test"), infraId, change));
    QTRY_COMPARE(finished.size(), 2);
    QCOMPARE(finished.at(1).at(0).toString(), QString());
    QCOMPARE(finished.at(1).at(1).toBool(), false);
    QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::It));
    QVERIFY(countsNow().excluded.itUser > before.excluded.itUser);
    QCOMPARE(session->history().size(), snapshots + 1);

    // A failed change is an error and changes nothing.
    release = true;
    QVERIFY(job.start(QStringLiteral("test"), infraId,
        [](Workspace &w) { return w.runtimeStore().renameRuntime(-1, QStringLiteral("nowhere")); }));
    QTRY_COMPARE(finished.size(), 3);
    QVERIFY(!finished.at(2).at(0).toString().isEmpty());
    QCOMPARE(finished.at(2).at(1).toBool(), false);
}

void TestAdminViews::cancelButtonWhileSettingKind()
{
    QVERIFY(openTenants());
    RuntimesView *view = m_window->runtimesView();
    WorkspaceSession *session = m_window->session();
    auto *cancel = find<QPushButton>(m_window.get(), "cancelRuntimeChangeButton");
    auto *label = find<QLabel>(m_window.get(), "runtimesBusyLabel");
    QVERIFY(cancel);
    QVERIFY(!cancel->isVisibleTo(view));
    const Counts before = countsNow();
    QTest::mouseClick(find<QPushButton>(m_window.get(), "setTenantKindButton"), Qt::LeftButton);
    QVERIFY(view->isBusy());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!hc::test::accessibleNameOf(cancel).isEmpty());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled());
    const bool accepted = label->text().startsWith(QStringLiteral("Cancelling"));
    QVERIFY2(accepted || label->text().startsWith(QStringLiteral("Too late")), qPrintable(label->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!view->isBusy(), 30000);
    QVERIFY(!cancel->isVisibleTo(view));
    if (accepted) {
        // Rolled back: nothing changed, nothing to undo, and the view says so.
        QCOMPARE(label->text(), QStringLiteral("Cancelled: nothing was changed."));
        QVERIFY(label->isVisible());
        QCOMPARE(countsNow(), before);
        QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::Default));
        QCOMPARE(session->undoStack()->count(), 0);
    } else {
        QCOMPARE(int(kindOf(QStringLiteral("t2"))), int(TenantKind::It));
        QCOMPARE(session->undoStack()->count(), 1);
    }
    QVERIFY2(!m_window->messageWidget()->isVisible(), qPrintable(m_window->messageWidget()->text()));
}

void TestAdminViews::infrastructureChangeUndoRedo()
{
    QVERIFY(openWindow(m_dir->filePath(QStringLiteral("undo.headcount"))));
    WorkspaceSession *session = m_window->session();
    auto *combo = find<InfrastructureComboBox>(m_window.get(), "infrastructureCombo");
    const InfrastructureInfo before = session->currentInfrastructure();
    QVERIFY(!before.capacity.internal.has_value());
    InfrastructureDialog *dialog = openDialog();
    QVERIFY(dialog);
    find<QLineEdit>(dialog, "infrastructureNameEdit")->setText(QStringLiteral("renamed"));
    find<QSpinBox>(dialog, "capacityInternalSpin")->setValue(120);
    find<QSpinBox>(dialog, "capacityExternalSpin")->setValue(900);
    QTest::mouseClick(find<QPushButton>(dialog, "saveInfrastructureButton"), Qt::LeftButton);
    QTRY_COMPARE(combo->currentText(), QStringLiteral("renamed"));
    QCOMPARE(session->currentInfrastructure().capacity.internal, std::optional<qint64>(120));
    QCOMPARE(session->undoStack()->count(), 1);
    QCOMPARE(session->undoStack()->undoText(), QStringLiteral("Change infrastructure %1").arg(before.name));
    // Saving the form unchanged is no change to undo.
    QVERIFY(dialog->save());
    QCOMPARE(session->undoStack()->count(), 1);
    dialog->close();

    // One undo puts back the name and both capacities; the gauges follow.
    auto *internal = find<GaugeWidget>(m_window.get(), "gaugeInternal");
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionUndo")));
    QTRY_COMPARE(combo->currentText(), before.name);
    const InfrastructureInfo undone = session->currentInfrastructure();
    QCOMPARE(undone.id, before.id);
    QVERIFY(!undone.capacity.internal.has_value() && !undone.capacity.external.has_value());
    QTRY_VERIFY(!internal->capacity().has_value());
    QVERIFY(session->workspace()->infrastructureStore().infrastructure(before.name).ok());
    QVERIFY(hc::test::triggerAction(m_window.get(), QStringLiteral("actionRedo")));
    QTRY_COMPARE(combo->currentText(), QStringLiteral("renamed"));
    QCOMPARE(session->currentInfrastructure().capacity.external, std::optional<qint64>(900));
    QTRY_COMPARE(internal->capacity(), std::optional<qint64>(120));
    QVERIFY2(!m_window->messageWidget()->isVisible(), qPrintable(m_window->messageWidget()->text()));
}

void TestAdminViews::noClippingAt900x600_data()
{
    QTest::addColumn<QString>("view");
    QTest::newRow("domains") << QStringLiteral("domainsView");
    QTest::newRow("runtimes") << QStringLiteral("runtimesView");
}

void TestAdminViews::noClippingAt900x600()
{
    QFETCH(QString, view);
    const QString db = m_dir->filePath(QStringLiteral("samples.headcount"));
    VERIFY_OK(hc::test::buildSampleWorkspace(db));
    QVERIFY(openWindow(db));
    QWidget *page = hc::test::showView(*m_window, view);
    QVERIFY(page);
    QTest::qWait(50);
    // The page fits the room a 900 × 600 window leaves it (the window itself may be held taller by another page).
    const QSize frame = m_window->size() - page->size();
    const QSize room = QSize(900, 600) - frame;
    QVERIFY2(page->minimumSizeHint().width() <= room.width() && page->minimumSizeHint().height() <= room.height(),
        qPrintable(QStringLiteral("%1 needs %2x%3, a 900x600 window leaves %4x%5")
                       .arg(view).arg(page->minimumSizeHint().width()).arg(page->minimumSizeHint().height())
                       .arg(room.width()).arg(room.height())));
    // The same page alone at exactly that size, with its notes shown: every visible label and button gets the
    // height its text needs (word-wrapped labels: at their width) and, unless it wraps, the width.
    std::unique_ptr<QWidget> alone;
    if (view == u"domainsView") {
        auto *domains = new DomainsView(m_window->session());
        alone.reset(domains);
        domains->findChild<QPlainTextEdit *>(QStringLiteral("domainsInput"))
            ->setPlainText(QStringLiteral("bad..domain, bob@partner.org, acme.com, newco.example"));
        domains->reload();
        QVERIFY(QTest::qWaitFor([domains] { return !domains->isPreviewing(); }, 10000));
        domains->findChild<QTableView *>(QStringLiteral("ownedDomainsTable"))->selectRow(0);
        domains->findChild<QTableView *>(QStringLiteral("externalDomainsTable"))->selectRow(0);
    } else {
        auto *runtimes = new RuntimesView(m_window->session());
        alone.reset(runtimes);
        QVERIFY(QTest::qWaitFor([runtimes] { return !runtimes->isLoading(); }, 10000));
        runtimes->findChild<QTableView *>(QStringLiteral("runtimesTable"))->selectRow(0);
    }
    alone->resize(room);
    alone->show();
    QVERIFY(QTest::qWaitForWindowExposed(alone.get()));
    QTest::qWait(300); // the paste box's what-if waits for typing to pause
    if (auto *domains = qobject_cast<DomainsView *>(alone.get()))
        QTRY_VERIFY(!domains->isPreviewing());
    QCOMPARE(alone->size(), room);
    const auto widgets = alone->findChildren<QWidget *>();
    int checked = 0;
    for (QWidget *w : widgets) {
        if (!w->isVisibleTo(alone.get()) || !(qobject_cast<QLabel *>(w) || qobject_cast<QPushButton *>(w)))
            continue;
        const auto *label = qobject_cast<QLabel *>(w);
        if (label && label->text().isEmpty())
            continue;
        const bool wraps = label && label->wordWrap();
        const QSize hint = w->minimumSizeHint();
        const int height = wraps ? label->heightForWidth(w->width()) : hint.height();
        QVERIFY2(w->height() >= height && (wraps || w->width() >= hint.width()),
            qPrintable(QStringLiteral("%1 is %2x%3, needs %4x%5")
                           .arg(w->objectName().isEmpty() ? (label ? label->text() : QString()) : w->objectName())
                           .arg(w->width()).arg(w->height()).arg(wraps ? w->width() : hint.width()).arg(height)));
        ++checked;
    }
    QVERIFY(checked >= 5);
}

QTEST_MAIN(TestAdminViews)
#include "tst_adminviews.moc"
