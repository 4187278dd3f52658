// The Users view (SPEC §5): its model over real SQLite workspaces, and the real main window driven offscreen.
#include "DashboardWidget.h"
#include "ExplainDialog.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "Settings.h"
#include "UsersModel.h"
#include "UsersView.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QUndoStack>

using namespace hc;

Q_DECLARE_METATYPE(hc::UsersModel::Column)

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

#define VERIFY_OK(expr)                                                                                                \
    do {                                                                                                               \
        const auto &result_ = (expr);                                                                                  \
        QVERIFY2(result_.ok(), qPrintable(result_.error()));                                                           \
    } while (false)

// The small fixture (domain acme.com):
//  prod-eu: alice, bob (internal), carol@partner.org (external), dave (IT), erin (inactive), guest1 (anonymous),
//           Zoe Tenant (tenant "t2", external)
//  prod-us: alice2 = ALICE@Acme.com (same person as alice), frank, ivy (no e-mail: internal), gina@partner.org,
//           hank@other.net (external), olga (inactive)
bool buildSmall(const QString &path, QString *error)
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
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!check(infra) || !check(ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") })))
        return false;
    const auto eu = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-eu"));
    const auto us = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("prod-us"));
    if (!check(eu) || !check(us))
        return false;
    UserRecord dave = user(QStringLiteral("dave"), QStringLiteral("dave@acme.com"));
    dave.itUser = true;
    UserRecord erin = user(QStringLiteral("erin"), QStringLiteral("erin@acme.com"));
    erin.active = false;
    UserRecord guest;
    guest.sourceId = guest.username = QStringLiteral("guest1");
    UserRecord zoe = user(QStringLiteral("zoe"), QStringLiteral("zoe@elsewhere.org"), QStringLiteral("2025-02-01"));
    zoe.name = QStringLiteral("Zoe Tenant");
    zoe.tenant = QStringLiteral("t2");
    UserRecord olga = user(QStringLiteral("olga"), QStringLiteral("olga@acme.com"), QString());
    olga.active = false;
    UserRecord ivy = user(QStringLiteral("ivy"), QString(), QStringLiteral("2024-11-30T08:00:00"));
    ivy.phone = QStringLiteral("+351 555 0101");
    const QVector<UserRecord> euRecords = { user(QStringLiteral("alice"), QStringLiteral("alice@acme.com")),
        user(QStringLiteral("bob"), QStringLiteral("bob@acme.com"), QStringLiteral("2025-06-01")),
        user(QStringLiteral("carol"), QStringLiteral("carol@partner.org")), dave, erin, guest, zoe };
    const QVector<UserRecord> usRecords = { user(QStringLiteral("alice2"), QStringLiteral("ALICE@Acme.com")),
        user(QStringLiteral("frank"), QStringLiteral("frank@acme.com"), QStringLiteral("2023-01-01")), ivy,
        user(QStringLiteral("gina"), QStringLiteral("gina@partner.org")),
        user(QStringLiteral("hank"), QStringLiteral("hank@other.net")), olga };
    return check(ws.imports().importRecords(eu->id, euRecords, ImportMode::Replace))
        && check(ws.imports().importRecords(us->id, usRecords, ImportMode::Replace));
}

// The large fixture: `n` records in two runtimes (3/5 and 2/5), every seventh external, every eleventh inactive.
bool buildLarge(const QString &path, int n, QString *error)
{
    auto opened = Workspace::open(path);
    if (!opened) {
        *error = opened.error();
        return false;
    }
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!infra || !ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") })) {
        *error = QStringLiteral("setting up");
        return false;
    }
    const auto a = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("rt-a"));
    const auto b = ws.runtimeStore().addRuntime(infra->id, QStringLiteral("rt-b"));
    QVector<UserRecord> ra, rb;
    for (int i = 0; i < n; ++i) {
        // Usernames not in id order, so that sorting by them really reorders.
        const int k = (i * 7919) % n;
        const QString name = QStringLiteral("user%1").arg(k, 5, 10, QLatin1Char('0'));
        UserRecord r = user(name, name + (i % 7 == 0 ? QStringLiteral("@partner.org") : QStringLiteral("@acme.com")),
            QStringLiteral("2025-%1-01").arg(1 + i % 12, 2, 10, QLatin1Char('0')));
        r.name = QStringLiteral("Person %1").arg(n - i);
        r.active = i % 11 != 0;
        (i % 5 < 3 ? ra : rb).append(r);
    }
    const auto ia = ws.imports().importRecords(a->id, ra, ImportMode::Replace);
    const auto ib = ws.imports().importRecords(b->id, rb, ImportMode::Replace);
    if (!ia || !ib) {
        *error = ia ? ib.error() : ia.error();
        return false;
    }
    return true;
}

QVector<qint64> modelIds(const UsersModel &model)
{
    QVector<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(UsersModel::RecordIdRole).toLongLong();
    return ids;
}

} // namespace

class TestUsersView : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // The model over a real workspace.
    void modelPassesTester();
    void rowCountIsFilterCount_data();
    void rowCountIsFilterCount();
    void sortsInSqlOrder_data();
    void sortsInSqlOrder();
    void searchNarrowsRows();
    void pagingFarDown_data();
    void pagingFarDown();
    void searchCountArrivesWithoutReset();
    void fetchMoreWhileCounting();
    void refreshKeepsRowsWhenListUnchanged();
    void largeListRemovesAndInsertsRows();

    // Decisions and their undo, through the session.
    void itFlagUndoRestoresExportFlag();
    void linkAndSplitUndo();

    // The real main window.
    void searchDeactivateUndoInWindow();
    void filterCombosNarrowRows();
    void groupFilterIsABulkTarget();
    void headerClickSortsInSql();
    void explainShowsRuleLines();
    void activateRefusedForExportInactive();
    void noDecisionWithoutUsername();

private:
    MainWindow *openWindow();
    UsersView *showUsersTab();
    QLabel *label(const char *name) const;
    void waitLoaded(const UsersModel &model);
    UserFilter all() const;
    int rowOf(const UsersModel &model, const QString &username) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    std::unique_ptr<WorkspaceSession> m_session;
    QString m_small;
    QString m_large;
};

void TestUsersView::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QLocale::setDefault(QLocale::c());
    qRegisterMetaType<UsersModel::Column>();
}

void TestUsersView::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_small = m_dir->filePath(QStringLiteral("small.headcount"));
    m_large = m_dir->filePath(QStringLiteral("large.headcount"));
    QString error;
    QVERIFY2(buildSmall(m_small, &error), qPrintable(error));
    m_session = std::make_unique<WorkspaceSession>();
}

void TestUsersView::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestUsersView::waitLoaded(const UsersModel &model)
{
    QTRY_VERIFY(!model.isLoading() && model.isCountKnown());
}

UserFilter TestUsersView::all() const
{
    UserFilter f;
    f.infraId = m_session->currentInfrastructureId();
    return f;
}

int TestUsersView::rowOf(const UsersModel &model, const QString &username) const
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, int(UsersModel::Column::Username)).data().toString() == username)
            return row;
    }
    return -1;
}

// ---- the model ---------------------------------------------------------------------------------------------

void TestUsersView::modelPassesTester()
{
    QString error;
    QVERIFY2(buildLarge(m_large, 1000, &error), qPrintable(error));
    VERIFY_OK(m_session->open(m_large));
    UsersModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1000);
    QCOMPARE(model.columnCount(), UsersModel::ColumnCount);

    // Search (count read in the background), every column sort both ways, a refresh, and closing.
    model.setSearchText(QStringLiteral("partner"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 143);
    for (int column = 0; column < UsersModel::ColumnCount; ++column) {
        for (Qt::SortOrder order : { Qt::DescendingOrder, Qt::AscendingOrder }) {
            model.sort(column, order);
            waitLoaded(model);
            QCOMPARE(model.rowCount(), 143);
        }
    }
    model.sort(int(UsersModel::Column::Runtime));
    model.setSearchText(QString());
    waitLoaded(model);
    model.refresh();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1000);
    m_session->close();
    QCOMPARE(model.rowCount(), 0);
}

void TestUsersView::rowCountIsFilterCount_data()
{
    QTest::addColumn<QString>("runtime");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("userClass");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("tenant"); // "-": no tenant filter
    QTest::addColumn<int>("expected");

    QTest::newRow("all") << QString() << QString() << QString() << QString() << "-" << 13;
    QTest::newRow("runtime") << "prod-us" << QString() << QString() << QString() << "-" << 6;
    QTest::newRow("counted") << QString() << QString() << QString() << "counted"
                             << "-" << 9;
    QTest::newRow("inactive in prod-eu") << "prod-eu" << QString() << QString() << "inactive"
                                         << "-" << 1;
    QTest::newRow("internal") << QString() << QString() << "internal" << QString() << "-" << 5;
    QTest::newRow("external") << QString() << QString() << "external" << QString() << "-" << 4;
    QTest::newRow("external in prod-us") << "prod-us" << QString() << "external" << QString() << "-" << 2;
    QTest::newRow("tenant t2") << QString() << QString() << QString() << QString() << "t2" << 1;
    QTest::newRow("default tenant") << QString() << QString() << QString() << QString() << "" << 12;
    QTest::newRow("search e-mail domain") << QString() << "partner.org" << QString() << QString() << "-" << 2;
    QTest::newRow("search phone") << QString() << "555 01" << QString() << QString() << "-" << 1;
    QTest::newRow("search, nothing") << QString() << "no such user" << QString() << QString() << "-" << 0;
}

void TestUsersView::rowCountIsFilterCount()
{
    QFETCH(QString, runtime);
    QFETCH(QString, search);
    QFETCH(QString, userClass);
    QFETCH(QString, status);
    QFETCH(QString, tenant);
    QFETCH(int, expected);

    VERIFY_OK(m_session->open(m_small));
    UserFilter f = all();
    if (!runtime.isEmpty())
        f.runtimeId = m_session->workspace()->runtimeStore().runtime(f.infraId, runtime)->id;
    f.search = search;
    if (!userClass.isEmpty())
        f.userClass = userClassFromString(userClass);
    if (!status.isEmpty())
        f.status = recordStatusFromString(status);
    if (tenant != u"-")
        f.tenant = tenant;

    // The aggregate count (runtime/status/class filters) agrees with the records themselves.
    const auto count = m_session->workspace()->userQueries().userCount(f);
    VERIFY_OK(count);
    QCOMPARE(*count, qint64(expected));
    QCOMPARE(m_session->workspace()->userQueries().users(f)->size(), expected);
    QCOMPARE(m_session->workspace()->userQueries().userIds(f)->size(), expected);

    UsersModel model(m_session.get());
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), expected);
}

void TestUsersView::sortsInSqlOrder_data()
{
    QTest::addColumn<UsersModel::Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    const QMetaEnum columns = QMetaEnum::fromType<UsersModel::Column>();
    for (int c = 0; c < UsersModel::ColumnCount; ++c) {
        QTest::addRow("%s ascending", columns.valueToKey(c)) << UsersModel::Column(c) << Qt::AscendingOrder;
        QTest::addRow("%s descending", columns.valueToKey(c)) << UsersModel::Column(c) << Qt::DescendingOrder;
    }
}

void TestUsersView::sortsInSqlOrder()
{
    QFETCH(UsersModel::Column, column);
    QFETCH(Qt::SortOrder, order);

    VERIFY_OK(m_session->open(m_small));
    UsersModel model(m_session.get());
    model.sort(int(column), order);
    waitLoaded(model);

    UserFilter f = all();
    f.sortBy = UsersModel::userSort(column);
    f.descending = order == Qt::DescendingOrder;
    const auto rows = m_session->workspace()->userQueries().users(f);
    VERIFY_OK(rows);
    QVector<qint64> expected;
    for (const UserRow &r : *rows)
        expected << r.recordId;
    QCOMPARE(modelIds(model), expected);
    QCOMPARE(*m_session->workspace()->userQueries().userIds(f), expected);

    // The raw values follow the order where it is a plain comparison (text columns compare without case in SQL).
    QVector<QVariant> raw;
    for (int row = 0; row < model.rowCount(); ++row)
        raw << model.index(row, int(column)).data(UsersModel::RawValueRole);
    auto before = [&](const QVariant &a, const QVariant &b) {
        if (a.isNull() || b.isNull())
            return !a.isNull() && b.isNull() ? false : a.isNull() && !b.isNull();
        if (a.typeId() == QMetaType::QString)
            return QString::compare(a.toString().trimmed(), b.toString().trimmed(), Qt::CaseInsensitive) < 0;
        return a.toLongLong() < b.toLongLong();
    };
    for (int i = 1; i < raw.size(); ++i) {
        const QVariant &first = order == Qt::AscendingOrder ? raw.at(i - 1) : raw.at(i);
        const QVariant &second = order == Qt::AscendingOrder ? raw.at(i) : raw.at(i - 1);
        if (column != UsersModel::Column::Email) // raw e-mails vary in case and emptiness: the SQL order decides
            QVERIFY2(!before(second, first), qPrintable(QStringLiteral("row %1").arg(i)));
    }
    // Not in record-id order for the columns that reorder this fixture, so the test can fail.
    if (column == UsersModel::Column::Username || column == UsersModel::Column::LastLogin) {
        QVector<qint64> byId = expected;
        std::sort(byId.begin(), byId.end());
        QVERIFY(expected != byId);
    }
}

void TestUsersView::searchNarrowsRows()
{
    VERIFY_OK(m_session->open(m_small));
    UsersModel model(m_session.get());
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 13);
    for (const auto &[text, rows] : { std::pair(QStringLiteral("ALICE"), 2), std::pair(QStringLiteral("alice2"), 1),
             std::pair(QStringLiteral("acme.com"), 7), std::pair(QStringLiteral("Tenant"), 1),
             std::pair(QStringLiteral("%"), 0) }) {
        model.setSearchText(text);
        waitLoaded(model);
        QCOMPARE(model.rowCount(), rows);
        for (int row = 0; row < model.rowCount(); ++row) {
            const UserRow r = model.userRow(row);
            const QString fields
                = QStringList { r.record.username, r.record.name, r.record.email, r.record.phone, r.record.externalId }
                      .join(u'\n');
            QVERIFY2(fields.contains(text, Qt::CaseInsensitive), qPrintable(fields));
        }
    }
}

void TestUsersView::pagingFarDown_data()
{
    QTest::addColumn<UsersModel::Column>("column");
    QTest::addColumn<Qt::SortOrder>("order");
    QTest::newRow("runtime order") << UsersModel::Column::Runtime << Qt::AscendingOrder;
    QTest::newRow("username descending") << UsersModel::Column::Username << Qt::DescendingOrder;
    QTest::newRow("name") << UsersModel::Column::Name << Qt::AscendingOrder;
}

void TestUsersView::pagingFarDown()
{
    QFETCH(UsersModel::Column, column);
    QFETCH(Qt::SortOrder, order);
    QString error;
    QVERIFY2(buildLarge(m_large, 10000, &error), qPrintable(error));
    VERIFY_OK(m_session->open(m_large));

    UsersModel model(m_session.get());
    model.sort(int(column), order);
    // Runtime order: the total comes from the aggregates before anything else is read.
    if (column == UsersModel::Column::Runtime)
        QCOMPARE(model.rowCount(), 10000);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 10000);

    UserFilter f = all();
    f.sortBy = UsersModel::userSort(column);
    f.descending = order == Qt::DescendingOrder;
    for (int row : { 5000, 9999, 0, 4999, 5001, 7777 }) {
        f.offset = row;
        f.limit = 1;
        const auto expected = m_session->workspace()->userQueries().users(f);
        VERIFY_OK(expected);
        QCOMPARE(expected->size(), 1);
        QCOMPARE(
            model.index(row, int(UsersModel::Column::Username)).data().toString(), expected->first().record.username);
        QCOMPARE(model.index(row, 0).data(UsersModel::RecordIdRole).toLongLong(), expected->first().recordId);
    }

    // Reading every row keeps at most MaxCachedPages pages in memory.
    for (int row = 0; row < model.rowCount(); row += 97)
        QVERIFY(model.index(row, int(UsersModel::Column::Email)).data().isValid());
    QVERIFY(model.cachedRowCount() <= UsersModel::MaxCachedPages * UsersModel::PageSize);
    QVERIFY(model.cachedRowCount() > 0);
}

void TestUsersView::searchCountArrivesWithoutReset()
{
    QString error;
    QVERIFY2(buildLarge(m_large, 10000, &error), qPrintable(error));
    VERIFY_OK(m_session->open(m_large));
    UsersModel model(m_session.get());
    waitLoaded(model);

    // 1 429 records on partner.org, searched in the background: the previous rows stay until a screenful is found,
    // which replaces them (one reset); the total arrives as inserted rows, so the view keeps its place.
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    int rowsAtReset = -1;
    bool countKnownAtReset = true;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        rowsAtReset = model.rowCount();
        countKnownAtReset = model.isCountKnown();
    });
    model.setSearchText(QStringLiteral("@partner.org"));
    QVERIFY(model.isLoading());
    QCOMPARE(model.rowCount(), 10000);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 1429);
    QCOMPARE(resets.count(), 1);
    QCOMPARE(rowsAtReset, UsersModel::FirstRows);
    QVERIFY(!countKnownAtReset);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), UsersModel::FirstRows);
    QCOMPARE(inserted.first().at(2).toInt(), 1428);
    QVERIFY(!model.canFetchMore({}));
    for (int row : { 0, UsersModel::FirstRows, 300, 1428 })
        QVERIFY(model.index(row, int(UsersModel::Column::Email)).data().toString().endsWith(u"@partner.org"));

    // A search with fewer hits than a screenful is complete at once.
    model.setSearchText(QStringLiteral("user0004"));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 10);
}

void TestUsersView::fetchMoreWhileCounting()
{
    QString error;
    QVERIFY2(buildLarge(m_large, 10000, &error), qPrintable(error));
    VERIFY_OK(m_session->open(m_large));
    UsersModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    waitLoaded(model);
    // Right after the first rows of a search arrive its total is not known: a view may ask for more, and gets the
    // rest of the page from the event loop (or the whole list, whichever comes first), never a wrong row.
    bool countUnknownAtReset = false;
    connect(&model, &QAbstractItemModel::modelReset, this, [&] {
        countUnknownAtReset = !model.isCountKnown() && model.rowCount() == UsersModel::FirstRows;
        model.fetchMore({}); // the tester has asked already, from its own modelReset handler
        QVERIFY(!model.canFetchMore({})); // one read queued, not two
    });
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setSearchText(QStringLiteral("@partner.org"));
    waitLoaded(model);
    QVERIFY(countUnknownAtReset);
    QCOMPARE(model.rowCount(), 1429);
    // Rows only ever appended after the first screenful, in order.
    int next = UsersModel::FirstRows;
    for (const QList<QVariant> &args : std::as_const(inserted)) {
        QCOMPARE(args.at(1).toInt(), next);
        next = args.at(2).toInt() + 1;
    }
    QCOMPARE(next, 1429);
    UserFilter f = model.filter();
    f.sortBy = UserSort::Runtime;
    QCOMPARE(modelIds(model), *m_session->workspace()->userQueries().userIds(f));
}

void TestUsersView::refreshKeepsRowsWhenListUnchanged()
{
    VERIFY_OK(m_session->open(m_small));
    UsersModel model(m_session.get());
    waitLoaded(model);
    const int bob = rowOf(model, QStringLiteral("bob"));
    QVERIFY(bob >= 0);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

    // All statuses shown: bob stays in his row with his new status, no reset (the view keeps its selection).
    VERIFY_OK(m_session->setDeactivated({ model.recordRef(bob) }, true));
    waitLoaded(model);
    QCOMPARE(resets.count(), 0);
    QVERIFY(changed.count() >= 1);
    QCOMPARE(model.index(bob, int(UsersModel::Column::Username)).data().toString(), QStringLiteral("bob"));
    QCOMPARE(model.index(bob, int(UsersModel::Column::Status)).data(UsersModel::RawValueRole).toInt(),
        int(RecordStatus::Inactive));

    // Counted only: bob's row is removed (not a reset: the view keeps its selection), and undo puts it back in place.
    m_session->undoStack()->undo();
    UserFilter f = all();
    f.status = RecordStatus::Counted;
    model.setFilter(f);
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 9);
    const int countedBob = rowOf(model, QStringLiteral("bob"));
    QVERIFY(countedBob >= 0);
    resets.clear();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    m_session->undoStack()->redo();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), 8);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), countedBob);
    QCOMPARE(rowOf(model, QStringLiteral("bob")), -1);
    m_session->undoStack()->undo();
    waitLoaded(model);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(rowOf(model, QStringLiteral("bob")), countedBob);
}

void TestUsersView::largeListRemovesAndInsertsRows()
{
    QString error;
    QVERIFY2(buildLarge(m_large, 3000, &error), qPrintable(error));
    VERIFY_OK(m_session->open(m_large));
    UsersModel model(m_session.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    UserFilter f = all();
    f.status = RecordStatus::Counted;
    model.setFilter(f);
    model.sort(int(UsersModel::Column::Username));
    waitLoaded(model);
    const int before = model.rowCount();
    QVERIFY(before > 2000);
    // Three records far apart, deactivated at once: three rows go, the others stay where they were.
    const QVector<int> rows = { 5, 1500, before - 1 };
    QVector<RecordRef> refs;
    for (int row : rows)
        refs << model.recordRef(row);
    const QString after1500 = model.userRow(1501).record.username;
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    VERIFY_OK(m_session->setDeactivated(refs, true));
    waitLoaded(model);
    QCOMPARE(model.rowCount(), before - 3);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(removed.count(), 3);
    QCOMPARE(model.userRow(1499).record.username, after1500);
    m_session->undoStack()->undo();
    waitLoaded(model);
    QCOMPARE(model.rowCount(), before);
    QCOMPARE(resets.count(), 0);
    QCOMPARE(model.recordRef(1500).username, refs.at(1).username);
    f.sortBy = UserSort::Username;
    QCOMPARE(modelIds(model), *m_session->workspace()->userQueries().userIds(f));
}

// ---- decisions and undo ------------------------------------------------------------------------------------

void TestUsersView::itFlagUndoRestoresExportFlag()
{
    VERIFY_OK(m_session->open(m_small));
    Workspace *ws = m_session->workspace();
    const qint64 eu = ws->runtimeStore().runtime(m_session->currentInfrastructureId(), QStringLiteral("prod-eu"))->id;
    const RecordRef bob { eu, QStringLiteral("bob"), QStringLiteral("") };
    const RecordRef dave { eu, QStringLiteral("dave"), QStringLiteral("") };
    const Counts before = m_session->counts();

    VERIFY_OK(m_session->setItUser({ bob, dave }, true)); // dave is an IT user already, by his export: bob changes
    QCOMPARE(m_session->counts().excluded.itUser, before.excluded.itUser + 1);
    QCOMPARE(m_session->undoStack()->count(), 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().excluded.itUser, before.excluded.itUser);
    // Undone means gone: no administrator flag is left behind on bob.
    QVERIFY(!ws->userQueries().findRecords(bob)->first().itOverride);
    QVERIFY(!ws->userQueries().findRecords(dave)->first().itOverride);
    QCOMPARE(ws->counts(m_session->currentInfrastructureId())->unique,
        ws->recount(m_session->currentInfrastructureId())->unique);

    // Clearing dave's exported flag makes him count; undo restores the export's flag.
    VERIFY_OK(m_session->setItUser({ dave }, false));
    QCOMPARE(m_session->counts().excluded.itUser, before.excluded.itUser - 1);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().excluded.itUser, before.excluded.itUser);
    QVERIFY(!ws->userQueries().findRecords(dave)->first().itOverride);
    m_session->undoStack()->redo();
    QCOMPARE(m_session->counts().excluded.itUser, before.excluded.itUser - 1);

    // Nothing to change: refused, nothing pushed.
    const int commands = m_session->undoStack()->count();
    QSignalSpy errors(m_session.get(), &WorkspaceSession::errorOccurred);
    QVERIFY(!m_session->setItUser({ dave }, false));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(m_session->undoStack()->count(), commands);
}

void TestUsersView::linkAndSplitUndo()
{
    VERIFY_OK(m_session->open(m_small));
    Workspace *ws = m_session->workspace();
    const qint64 infra = m_session->currentInfrastructureId();
    const qint64 eu = ws->runtimeStore().runtime(infra, QStringLiteral("prod-eu"))->id;
    const qint64 us = ws->runtimeStore().runtime(infra, QStringLiteral("prod-us"))->id;
    const RecordRef bob { eu, QStringLiteral("bob"), QStringLiteral("") };
    const RecordRef frank { us, QStringLiteral("frank"), QStringLiteral("") };
    const RecordRef alice { eu, QStringLiteral("alice"), QStringLiteral("") };
    const qint64 internal = m_session->counts().unique.internal;

    VERIFY_OK(m_session->link(bob, frank));
    QCOMPARE(m_session->counts().unique.internal, internal - 1);
    QVERIFY(*ws->decisions().isLinked(frank, bob));
    QVERIFY(!m_session->link(frank, bob)); // linked already: refused
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().unique.internal, internal);
    QVERIFY(!*ws->decisions().isLinked(bob, frank));
    m_session->undoStack()->redo();
    QCOMPARE(m_session->counts().unique.internal, internal - 1);
    m_session->undoStack()->undo();

    // alice and alice2 share an address: splitting alice makes two people, undo joins them again.
    VERIFY_OK(m_session->split(alice, true));
    QCOMPARE(m_session->counts().unique.internal, internal + 1);
    QVERIFY(ws->userQueries().findRecords(alice)->first().split);
    m_session->undoStack()->undo();
    QCOMPARE(m_session->counts().unique.internal, internal);
    QVERIFY(!ws->userQueries().findRecords(alice)->first().split);
    QCOMPARE(ws->counts(infra)->unique, ws->recount(infra)->unique);
}

// ---- the real main window ------------------------------------------------------------------------------------

MainWindow *TestUsersView::openWindow()
{
    m_window = std::make_unique<MainWindow>(*m_settings);
    if (!m_window->openWorkspace(m_small))
        return nullptr;
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return nullptr;
    return m_window.get();
}

UsersView *TestUsersView::showUsersTab()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *view = m_window->findChild<UsersView *>(QStringLiteral("usersView"));
    if (!tabs || !view)
        return nullptr;
    tabs->setCurrentWidget(view);
    return view;
}

QLabel *TestUsersView::label(const char *name) const
{
    return m_window->findChild<QLabel *>(QString::fromLatin1(name));
}

void TestUsersView::searchDeactivateUndoInWindow()
{
    QVERIFY(openWindow());
    UsersView *view = showUsersTab();
    QVERIFY(view);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("userSearch"));
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
    QVERIFY(search && table);
    QTRY_COMPARE(table->model()->rowCount(), 13);

    // Search as you type: nothing happens on every key, the search runs once typing settles.
    QTest::keyClicks(search, QStringLiteral("partner"));
    QCOMPARE(table->model()->rowCount(), 13);
    QTRY_COMPARE(table->model()->rowCount(), 2); // carol, gina

    const QString inactiveBefore = label("excludedInactive")->text();
    const QString externalBefore = label("uniqueExternal")->text();
    QCOMPARE(externalBefore, QStringLiteral("4"));
    table->selectAll();
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);

    auto *deactivate = m_window->findChild<QAction *>(QStringLiteral("actionDeactivate"));
    auto *toolBar = m_window->findChild<QToolBar *>(QStringLiteral("usersToolBar"));
    QVERIFY(deactivate && toolBar && deactivate->isEnabled());
    QWidget *button = toolBar->widgetForAction(deactivate);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);

    QTRY_COMPARE(label("uniqueExternal")->text(), QStringLiteral("2"));
    QCOMPARE(label("excludedInactive")->text(), QString::number(inactiveBefore.toInt() + 2));
    // Both rows stay (all statuses shown), now inactive, still selected.
    QCOMPARE(table->model()->rowCount(), 2);
    QCOMPARE(table->model()->index(0, int(UsersModel::Column::Status)).data(UsersModel::RawValueRole).toInt(),
        int(RecordStatus::Inactive));
    QCOMPARE(table->selectionModel()->selectedRows().size(), 2);

    auto *undo = m_window->findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = m_window->findChild<QAction *>(QStringLiteral("actionRedo"));
    QVERIFY(undo && redo);
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(QStringLiteral("Deactivate")), qPrintable(undo->text()));
    QVERIFY(undo->shortcuts().contains(QKeySequence(QKeySequence::Undo)));
    undo->trigger();
    QCOMPARE(label("uniqueExternal")->text(), externalBefore);
    QCOMPARE(label("excludedInactive")->text(), inactiveBefore);
    QTRY_COMPARE(table->model()->index(0, int(UsersModel::Column::Status)).data(UsersModel::RawValueRole).toInt(),
        int(RecordStatus::Counted));
    QVERIFY(redo->isEnabled());
    redo->trigger();
    QCOMPARE(label("uniqueExternal")->text(), QStringLiteral("2"));
    undo->trigger();
    QCOMPARE(label("uniqueExternal")->text(), externalBefore);
}

void TestUsersView::filterCombosNarrowRows()
{
    QVERIFY(openWindow());
    QVERIFY(showUsersTab());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
    auto *status = m_window->findChild<QComboBox *>(QStringLiteral("statusFilter"));
    auto *runtime = m_window->findChild<QComboBox *>(QStringLiteral("runtimeFilter"));
    auto *cls = m_window->findChild<QComboBox *>(QStringLiteral("classFilter"));
    auto *tenant = m_window->findChild<QComboBox *>(QStringLiteral("tenantFilter"));
    QVERIFY(table && status && runtime && cls && tenant);
    QCOMPARE(runtime->count(), 3); // all, prod-eu, prod-us
    QTRY_COMPARE(table->model()->rowCount(), 13);

    auto choose = [](QComboBox *combo, int index) {
        combo->setCurrentIndex(index);
        emit combo->activated(index);
    };
    choose(status, status->findData(int(RecordStatus::Inactive)));
    QTRY_COMPARE(table->model()->rowCount(), 2);
    choose(runtime, runtime->findText(QStringLiteral("prod-us")));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    choose(status, 0);
    choose(cls, cls->findData(int(UserClass::External)));
    QTRY_COMPARE(table->model()->rowCount(), 2); // gina, hank
    choose(runtime, 0);
    choose(cls, 0);
    // The tenants actually present are offered, the default tenant by name.
    QCOMPARE(tenant->count(), 3); // all, default, t2
    QVERIFY(tenant->findText(QStringLiteral("Default tenant")) > 0);
    choose(tenant, tenant->findText(QStringLiteral("t2")));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    choose(tenant, tenant->findText(QStringLiteral("Default tenant")));
    QTRY_COMPARE(table->model()->rowCount(), 12);
    tenant->setEditText(QStringLiteral("t2"));
    QTRY_COMPARE(table->model()->rowCount(), 1);
    QCOMPARE(table->model()->index(0, int(UsersModel::Column::Username)).data().toString(), QStringLiteral("zoe"));
    tenant->setCurrentIndex(0);
    QTRY_COMPARE(table->model()->rowCount(), 13);
}

void TestUsersView::groupFilterIsABulkTarget()
{
    {
        auto ws = Workspace::open(m_small);
        QVERIFY(ws);
        const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
        const qint64 eu = (*ws)->runtimeStore().runtime(infra, QStringLiteral("prod-eu"))->id;
        QVERIFY((*ws)->groupStore().importGroups(eu, {{QStringLiteral("Sales"), QStringLiteral("alice"), {}},
                                         {QStringLiteral("Sales"), QStringLiteral("carol"), {}}}));
    }
    QVERIFY(openWindow());
    QVERIFY(showUsersTab());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
    auto *group = m_window->findChild<QComboBox *>(QStringLiteral("groupFilter"));
    QVERIFY(table && group);
    QTRY_COMPARE(table->model()->rowCount(), 13);
    QCOMPARE(group->count(), 2); // all groups, Sales
    const int sales = group->findText(QStringLiteral("Sales"));
    QVERIFY(sales > 0);
    group->setCurrentIndex(sales);
    emit group->activated(sales);
    QTRY_COMPARE(table->model()->rowCount(), 2);

    // The whole group as the target of one decision: select all, deactivate.
    auto check = Workspace::open(m_small); // a second connection reads what the window committed
    QVERIFY(check);
    Workspace *ws = check->get();
    const qint64 infraId = ws->infrastructureStore().infrastructure()->id;
    const qint64 inactiveBefore = ws->counts(infraId)->excluded.inactive;
    table->selectAll();
    auto *deactivate = m_window->findChild<QAction *>(QStringLiteral("actionDeactivate"));
    QVERIFY(deactivate);
    QTRY_VERIFY(deactivate->isEnabled());
    deactivate->trigger();
    QTRY_COMPARE(ws->counts(infraId)->excluded.inactive, inactiveBefore + 2);
}

void TestUsersView::headerClickSortsInSql()
{
    QVERIFY(openWindow());
    QVERIFY(showUsersTab());
    auto *table = m_window->findChild<QTableView *>(QStringLiteral("usersTable"));
    QVERIFY(table);
    auto *model = qobject_cast<UsersModel *>(table->model());
    QVERIFY(model);
    QTRY_COMPARE(model->rowCount(), 13);
    // Sorting is the model's (SQL), never a proxy's.
    QCOMPARE(model->sortColumn(), UsersModel::Column::Runtime);

    table->sortByColumn(int(UsersModel::Column::Username), Qt::DescendingOrder);
    QCOMPARE(model->sortColumn(), UsersModel::Column::Username);
    QTRY_COMPARE(model->index(0, int(UsersModel::Column::Username)).data().toString(), QStringLiteral("zoe"));
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(model->index(12, int(UsersModel::Column::Username)).data().toString(), QStringLiteral("alice"));
}

void TestUsersView::explainShowsRuleLines()
{
    QVERIFY(openWindow());
    UsersView *view = showUsersTab();
    QVERIFY(view);
    auto *table = view->table();
    QTRY_COMPARE(table->model()->rowCount(), 13);
    const int carol = rowOf(*view->model(), QStringLiteral("carol"));
    QVERIFY(carol >= 0);
    table->selectRow(carol);

    auto *explain = m_window->findChild<QAction *>(QStringLiteral("actionExplain"));
    QVERIFY(explain && explain->isEnabled());
    explain->trigger(); // non-modal: returns at once
    ExplainDialog *dialog = view->explainDialog();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    const QStringList expected = *m_window->session()->workspace()->explainer().explain(view->model()->recordRef(carol));
    QVERIFY(expected.size() >= 2);
    QCOMPARE(dialog->lines(), expected);
    auto *text = dialog->findChild<QPlainTextEdit *>(QStringLiteral("explainText"));
    QVERIFY(text);
    QCOMPARE(text->toPlainText(), expected.join(u'\n'));
    QVERIFY(text->toPlainText().contains(QStringLiteral("partner.org")));
    dialog->close();
    QTRY_VERIFY(!view->explainDialog());

    // Two rows selected: explain and split need one, link needs two.
    table->selectAll();
    QVERIFY(!explain->isEnabled());
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionLink"))->isEnabled());
}

void TestUsersView::activateRefusedForExportInactive()
{
    QVERIFY(openWindow());
    UsersView *view = showUsersTab();
    QVERIFY(view);
    auto *search = m_window->findChild<QLineEdit *>(QStringLiteral("userSearch"));
    QTest::keyClicks(search, QStringLiteral("olga"));
    QTest::keyClick(search, Qt::Key_Return); // no need to wait for typing to settle
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->table()->selectRow(0);
    // olga is inactive in her export: Headcount cannot activate her; the banner says why and nothing is undoable.
    m_window->findChild<QAction *>(QStringLiteral("actionActivate"))->trigger();
    QVERIFY(m_window->messageWidget()->isVisibleTo(m_window.get()));
    QVERIFY2(m_window->messageWidget()->text().contains(QStringLiteral("platform")),
        qPrintable(m_window->messageWidget()->text()));
    QVERIFY(!m_window->findChild<QAction *>(QStringLiteral("actionUndo"))->isEnabled());
}

void TestUsersView::noDecisionWithoutUsername()
{
    {
        // A record with an e-mail but no username: decisions are kept by username, so none can be made on it.
        auto ws = Workspace::open(m_small);
        VERIFY_OK(ws);
        const auto rt = (*ws)->runtimeStore().addRuntime((*ws)->infrastructureStore().infrastructure()->id, QStringLiteral("prod-x"));
        VERIFY_OK(rt);
        UserRecord nameless = user(QString(), QStringLiteral("nameless@acme.com"));
        nameless.sourceId = QStringLiteral("1");
        VERIFY_OK((*ws)->imports().importRecords(rt->id, { nameless }, ImportMode::Replace));
    }
    QVERIFY(openWindow());
    UsersView *view = showUsersTab();
    QVERIFY(view);
    QTest::keyClicks(m_window->findChild<QLineEdit *>(QStringLiteral("userSearch")), QStringLiteral("nameless"));
    QTRY_COMPARE(view->model()->rowCount(), 1);
    view->table()->selectRow(0);
    const QString excluded = label("excludedInactive")->text();
    m_window->findChild<QAction *>(QStringLiteral("actionDeactivate"))->trigger();
    QVERIFY2(m_window->messageWidget()->text().contains(QStringLiteral("username")),
        qPrintable(m_window->messageWidget()->text()));
    QCOMPARE(label("excludedInactive")->text(), excluded);
    QCOMPARE(m_window->session()->undoStack()->count(), 0);
}

QTEST_MAIN(TestUsersView)
#include "tst_usersview.moc"
