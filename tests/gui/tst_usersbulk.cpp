// The Users view's CSV export (the list as shown, or the selection) and bulk decisions off the GUI thread (SPEC §8:
// no GUI-thread block over 100 ms; issue 10: the 10 000-selection limit is gone), in the real main window.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "Settings.h"
#include "UserCsv.h"
#include "UsersCsvExport.h"
#include "UsersModel.h"
#include "UsersView.h"
#include "Workspace.h"
#include "WorkspaceJob.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QFile>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTabWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace hc;

// A bulk change of 12 000 records takes seconds, but over a minute under AddressSanitizer on a 2-core machine (74 s
// measured): the wait is generous, what the test checks is the result and the GUI's pauses meanwhile.
constexpr int BulkTimeoutMs = 300000;

namespace {

QVector<QStringList> readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    QVector<QStringList> rows;
    CsvReader reader(bytes, ',');
    QVector<CsvField> fields;
    while (reader.readRow(fields)) {
        QStringList row;
        for (const CsvField &field : fields)
            row << QString::fromUtf8(field.text);
        rows << row;
    }
    return rows;
}

} // namespace

class TestUsersBulk : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void exportListIsTheListAsShown();
    void exportSelection();
    void bulkDeactivateStaysResponsive();
    void bulkItFlagWithUndo();
    void polish();
    void headerAndViewPersist();

private:
    UsersView *openUsers(int runtimes, int perRuntime);
    QString exportVia(const QString &action, const QString &name);

    std::unique_ptr<test::WindowFixture> m_fx; // temporary folder, settings, workspace path and window
    MainWindow *window() const { return m_fx->window(); }
};

void TestUsersBulk::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

void TestUsersBulk::init()
{
    m_fx = std::make_unique<test::WindowFixture>(QStringLiteral("bulk.headcount"));
    VERIFY_OK(m_fx->check());
}

void TestUsersBulk::cleanup()
{
    m_fx.reset();
}

UsersView *TestUsersBulk::openUsers(int runtimes, int perRuntime)
{
    if (!test::buildLoginWorkspace(m_fx->workspacePath(), runtimes, perRuntime).ok())
        return nullptr;
    if (!m_fx->openWindow())
        return nullptr;
    return qobject_cast<UsersView *>(test::showView(*window(), QStringLiteral("usersView")));
}

QString TestUsersBulk::exportVia(const QString &action, const QString &name)
{
    const QString path = m_fx->dir().filePath(name);
    FileDialog::instance()->setNextFileName(path);
    if (!test::triggerAction(window(), action))
        return {};
    auto *view = window()->usersView();
    QElapsedTimer clock;
    clock.start();
    while (view->csvExport()->isRunning() && clock.elapsed() < 20000)
        QTest::qWait(10);
    return view->csvExport()->isRunning() ? QString() : path;
}

void TestUsersBulk::exportListIsTheListAsShown()
{
    UsersView *view = openUsers(2, 300);
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // A search and a sort by e-mail, descending: the file has those rows in that order.
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("userSearch"));
    QTest::keyClicks(search, QStringLiteral("example.org"));
    view->applyFilter();
    view->table()->sortByColumn(int(UsersModel::Column::Email), Qt::DescendingOrder);
    QTRY_VERIFY(!view->model()->isLoading() && view->model()->isCountKnown());
    const int rows = view->model()->rowCount();
    QVERIFY(rows > 10);

    const QString path = exportVia(QStringLiteral("actionExportUsersCsv"), QStringLiteral("list.csv"));
    QVERIFY(!path.isEmpty());
    QVERIFY2(!window()->messageWidget()->isVisible(), qPrintable(window()->messageWidget()->text()));
    const QVector<QStringList> csv = readCsv(path);
    QCOMPARE(csv.size(), rows + 1);
    QCOMPARE(csv.first(), UserCsv::header());
    for (int row = 0; row < rows; row += 37) {
        QCOMPARE(csv.at(row + 1).at(2), view->model()->userRow(row).record.username);
        QCOMPARE(csv.at(row + 1).at(4), view->model()->userRow(row).record.email);
    }
    // The same bytes as UserCsv writes for the list's filter.
    QBuffer expected;
    QVERIFY(expected.open(QIODevice::WriteOnly));
    VERIFY_OK(UserCsv::write(*window()->session()->workspace(), view->model()->listFilter(), expected));
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), expected.data());
}

void TestUsersBulk::exportSelection()
{
    UsersView *view = openUsers(1, 200);
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 200);
    QItemSelectionModel *selection = view->table()->selectionModel();
    const auto select = [&](int first, int last) {
        selection->select(QItemSelection(view->model()->index(first, 0),
                                         view->model()->index(last, UsersModel::ColumnCount - 1)),
                          QItemSelectionModel::Select);
    };
    select(2, 4);
    select(3, 5); // overlapping: each row once
    select(150, 150);
    const QString path = exportVia(QStringLiteral("actionExportSelectionCsv"), QStringLiteral("selection.csv"));
    QVERIFY(!path.isEmpty());
    const QVector<QStringList> csv = readCsv(path);
    const QVector<int> expectedRows { 2, 3, 4, 5, 150 };
    QCOMPARE(csv.size(), expectedRows.size() + 1);
    for (int i = 0; i < expectedRows.size(); ++i)
        QCOMPARE(csv.at(i + 1).at(2), view->model()->userRow(expectedRows.at(i)).record.username);

    // A cancelled file dialog writes nothing.
    FileDialog::instance()->setNextFileName(QString());
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionExportSelectionCsv")));
    QVERIFY(!view->csvExport()->isRunning());
}

void TestUsersBulk::bulkDeactivateStaysResponsive()
{
    // 12 000 records: above the old 10 000-selection limit, and far above what is decided on the GUI thread.
    UsersView *view = openUsers(2, 6000);
    QVERIFY(view);
    WorkspaceSession *session = window()->session();
    QTRY_COMPARE(view->model()->rowCount(), 12000);
    const Counts before = session->counts();
    QVERIFY(before.unique.total() > 0);

    view->table()->selectAll();
    test::Heartbeat heartbeat;
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionDeactivate")));
    QVERIFY(session->isBusy());
    // Undo waits for the change in progress.
    QVERIFY(!window()->findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), BulkTimeoutMs);
    QVERIFY2(!window()->messageWidget()->isVisible(), qPrintable(window()->messageWidget()->text()));
    const qint64 deactivateGap = heartbeat.longestGapMs();
    QCOMPARE(session->undoStack()->count(), 1);

    // Nobody counts now; every record that counted is inactive; the same as a recount from scratch.
    const Counts after = session->counts();
    QCOMPARE(after.unique.total(), 0);
    QCOMPARE(after.excluded.inactive, before.excluded.inactive + [&] {
        qint64 counted = 0;
        for (const RuntimeCounts &rc : before.runtimes)
            counted += rc.records.total();
        return counted;
    }());
    const auto recount = session->workspace()->recount(session->currentInfrastructureId());
    VERIFY_OK(recount);
    QCOMPARE(*recount, after);
    // The view shows the new status.
    QTRY_COMPARE(int(view->model()->userRow(0).status), int(RecordStatus::Inactive));

    test::Heartbeat undoBeat;
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionUndo")));
    QVERIFY(session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), BulkTimeoutMs);
    QCOMPARE(session->counts(), before);
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionRedo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), BulkTimeoutMs);
    QCOMPARE(session->counts(), after);
    const qint64 undoGap = undoBeat.longestGapMs();
    qInfo("longest GUI-thread pause: deactivate %lld ms, undo+redo %lld ms", deactivateGap, undoGap);
    // SPEC §8 asks 100 ms; a loaded test machine (two cores, parallel builds) gets some slack.
    QVERIFY2(deactivateGap < 250, qPrintable(QString::number(deactivateGap)));
    QVERIFY2(undoGap < 250, qPrintable(QString::number(undoGap)));
}

void TestUsersBulk::bulkItFlagWithUndo()
{
    UsersView *view = openUsers(1, 800);
    QVERIFY(view);
    WorkspaceSession *session = window()->session();
    QTRY_COMPARE(view->model()->rowCount(), 800);
    const Counts before = session->counts();
    view->table()->selectAll();
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionMarkItUser")));
    QVERIFY(session->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), BulkTimeoutMs);
    QVERIFY2(!window()->messageWidget()->isVisible(), qPrintable(window()->messageWidget()->text()));
    QCOMPARE(session->counts().unique.total(), 0);
    QCOMPARE(session->counts().excluded.itUser, 800);
    QVERIFY2(session->undoStack()->undoText().startsWith(QStringLiteral("Mark 800 user")), qPrintable(session->undoStack()->undoText()));
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionUndo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), BulkTimeoutMs);
    QCOMPARE(session->counts(), before);
}

void TestUsersBulk::polish()
{
    UsersView *view = openUsers(1, 50);
    QVERIFY(view);
    window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window()));
    QTRY_COMPARE(view->model()->rowCount(), 50);
    auto *status = view->findChild<QLabel *>(QStringLiteral("usersStatus"));
    QVERIFY(status);

    // The number of selected rows.
    view->table()->selectionModel()->select(
        QItemSelection(view->model()->index(1, 0), view->model()->index(3, UsersModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    QVERIFY2(status->text().contains(QStringLiteral("3 selected")), qPrintable(status->text()));

    // Tab leaves the table.
    view->table()->setFocus();
    QTRY_VERIFY(view->table()->hasFocus());
    QTest::keyClick(view->table(), Qt::Key_Tab);
    QVERIFY(!view->table()->hasFocus());

    // Ctrl+Z undoes the last change even with the search box focused.
    view->table()->selectionModel()->select(
        QItemSelection(view->model()->index(0, 0), view->model()->index(0, UsersModel::ColumnCount - 1)),
        QItemSelectionModel::ClearAndSelect);
    const Counts before = window()->session()->counts();
    QVERIFY(test::triggerAction(window(), QStringLiteral("actionDeactivate")));
    QCOMPARE(window()->session()->undoStack()->index(), 1);
    auto *search = view->findChild<QLineEdit *>(QStringLiteral("userSearch"));
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(window()->session()->undoStack()->index(), 0);
    QCOMPARE(window()->session()->counts(), before);

    // An empty search result says so.
    QTest::keyClicks(search, QStringLiteral("nobody-has-this"));
    view->applyFilter();
    QTRY_COMPARE(view->model()->rowCount(), 0);
    QTRY_VERIFY2(status->text().contains(QStringLiteral("No user matches")), qPrintable(status->text()));
}

void TestUsersBulk::headerAndViewPersist()
{
    UsersView *view = openUsers(1, 30);
    QVERIFY(view);
    view->table()->sortByColumn(int(UsersModel::Column::Email), Qt::DescendingOrder);
    view->table()->horizontalHeader()->resizeSection(int(UsersModel::Column::Name), 222);
    window()->close();
    VERIFY_OK(m_fx->openWindow());
    auto *tabs = window()->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QCOMPARE(tabs->currentWidget()->objectName(), QStringLiteral("usersView"));
    UsersView *again = window()->usersView();
    QCOMPARE(again->table()->horizontalHeader()->sortIndicatorSection(), int(UsersModel::Column::Email));
    QCOMPARE(again->model()->sortColumn(), UsersModel::Column::Email);
    QCOMPARE(again->model()->sortOrder(), Qt::DescendingOrder);
    QCOMPARE(again->table()->horizontalHeader()->sectionSize(int(UsersModel::Column::Name)), 222);
}

QTEST_MAIN(TestUsersBulk)
#include "tst_usersbulk.moc"
