// The count history of issue 9 on real SQLite workspaces: one snapshot per committed change with the counts after
// it, none for a preview or a failed change, old snapshots coalesced to one a day, the history of an upgraded
// workspace starting with its counts, and `headcount-cli history` reading it back.
#include "CountsHistory.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "TestWorkspaces.h"
#include "Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace hc;

namespace {

UserRecord user(const QString &username, const QString &email)
{
    UserRecord r;
    r.sourceId = username;
    r.username = username;
    r.name = username;
    r.email = email;
    r.lastLogin = QStringLiteral("2026-01-05");
    return r;
}

// Sets the snapshot clock (HEADCOUNT_NOW) for the changes that follow; empty: the real clock.
void setClock(const QString &iso)
{
    if (iso.isEmpty())
        qunsetenv("HEADCOUNT_NOW");
    else
        qputenv("HEADCOUNT_NOW", iso.toLatin1());
}

using Change = std::function<Status(Workspace &, qint64 infra, qint64 runtime)>;

} // namespace

Q_DECLARE_METATYPE(Change)

class TestHistory : public QObject {
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newWorkspaceStartsHistory();
    void everyChangeStoresOneSnapshot_data();
    void everyChangeStoresOneSnapshot();
    void previewAndFailedChangeStoreNone();
    void oldSnapshotsCoalesceToOneADay();
    void versionThreeFileStartsItsHistory();
    void removedInfrastructureTakesItsHistory();
    void cliHistoryJsonAndText();

private:
    QString path(const QString &name) const { return m_workspaces->path(name); }
    // A workspace with domain acme.com and runtime prod (ana internal, bob and cy external).
    std::unique_ptr<Workspace> fixture(qint64 *infra, qint64 *runtime);
    static qint64 snapshotCount(Workspace &w);

    std::unique_ptr<hc::test::TestWorkspaces> m_workspaces; // files, or databases on the test server (tst_history_pg)
};

void TestHistory::init()
{
    m_workspaces = std::make_unique<hc::test::TestWorkspaces>();
    QVERIFY2(m_workspaces->isValid(), qPrintable(m_workspaces->error()));
    setClock({});
}

void TestHistory::cleanup()
{
    setClock({});
    m_workspaces.reset();
}

std::unique_ptr<Workspace> TestHistory::fixture(qint64 *infra, qint64 *runtime)
{
    auto opened = Workspace::open(path(QStringLiteral("h.headcount")));
    if (!opened)
        return nullptr;
    std::unique_ptr<Workspace> w = std::move(opened.value());
    *infra = w->infrastructureStore().infrastructure()->id;
    if (!w->domainStore().addDomains(*infra, {QStringLiteral("acme.com")}))
        return nullptr;
    const auto rt = w->runtimeStore().addRuntime(*infra, QStringLiteral("prod"));
    if (!rt)
        return nullptr;
    *runtime = rt->id;
    const QVector<UserRecord> records = {user(QStringLiteral("ana"), QStringLiteral("ana@acme.com")),
                                         user(QStringLiteral("bob"), QStringLiteral("bob@x.org")),
                                         user(QStringLiteral("cy"), QStringLiteral("cy@y.org"))};
    if (!w->imports().importRecords(rt->id, records, ImportMode::Replace))
        return nullptr;
    return w;
}

qint64 TestHistory::snapshotCount(Workspace &w)
{
    QSqlQuery q(w.database());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM count_snapshot")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

void TestHistory::newWorkspaceStartsHistory()
{
    setClock(QStringLiteral("2026-03-01T08:00:00Z"));
    auto w = Workspace::open(path(QStringLiteral("new.headcount")));
    VERIFY_OK(w);
    const qint64 infra = (*w)->infrastructureStore().infrastructure()->id;
    const auto list = CountsHistory((*w)->database()).snapshots(infra);
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().at, QDateTime(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC));
    QCOMPARE(list->first().unique, (ClassCounts{0, 0}));
    // Opened again: no migration, no new snapshot.
    w->reset();
    auto again = Workspace::open(path(QStringLiteral("new.headcount")));
    VERIFY_OK(again);
    QCOMPARE(snapshotCount(**again), 1);
}

void TestHistory::everyChangeStoresOneSnapshot_data()
{
    QTest::addColumn<Change>("change");
    const auto ref = [](qint64 runtime, const char *name) { return RecordRef{runtime, QString::fromLatin1(name), {}}; };
    QTest::newRow("capacity") << Change([](Workspace &w, qint64 i, qint64) {
        return w.infrastructureStore().setCapacity(i, {10, 20, std::nullopt});
    });
    QTest::newRow("domain added") << Change([](Workspace &w, qint64 i, qint64) {
        return w.domainStore().addDomains(i, {QStringLiteral("x.org")});
    });
    QTest::newRow("domain removed") << Change([](Workspace &w, qint64 i, qint64) {
        return w.domainStore().removeDomains(i, {QStringLiteral("acme.com")});
    });
    QTest::newRow("import") << Change([](Workspace &w, qint64, qint64 r) {
        const auto s = w.imports().importRecords(r, {user(QStringLiteral("dee"), QStringLiteral("dee@z.org"))}, ImportMode::Merge);
        return s ? Status() : Status::failure(s.error());
    });
    QTest::newRow("deactivate") << Change([ref](Workspace &w, qint64, qint64 r) {
        return w.decisions().setDeactivated({ref(r, "bob")}, true);
    });
    QTest::newRow("it user") << Change([ref](Workspace &w, qint64, qint64 r) {
        return w.decisions().setItUser({ref(r, "cy")}, true);
    });
    QTest::newRow("link") << Change([ref](Workspace &w, qint64, qint64 r) {
        return w.decisions().link(ref(r, "bob"), ref(r, "cy"));
    });
    QTest::newRow("model") << Change([](Workspace &w, qint64 i, qint64) {
        return w.infrastructureStore().setLicenceModel(i, LicenceModel::Named);
    });
    QTest::newRow("tenant kind") << Change([](Workspace &w, qint64 i, qint64) {
        return w.tenantStore().setTenantKind(i, {QString()}, TenantKind::It);
    });
    QTest::newRow("runtime removed") << Change([](Workspace &w, qint64, qint64 r) { return w.runtimeStore().removeRuntime(r); });
}

void TestHistory::everyChangeStoresOneSnapshot()
{
    QFETCH(Change, change);
    qint64 infra = 0, runtime = 0;
    auto w = fixture(&infra, &runtime);
    QVERIFY(w);
    const qint64 before = snapshotCount(*w);
    QVERIFY(before >= 3); // the fixture's own changes: a domain and an import (and the new workspace)
    // After the fixture's snapshots (real time), and within 90 days of them: nothing is coalesced.
    const QDateTime at(QDateTime::currentDateTimeUtc().date().addDays(1), QTime(10, 30, 0, 250), Qt::UTC);
    setClock(at.toString(Qt::ISODateWithMs));
    VERIFY_OK(change(*w, infra, runtime));
    QCOMPARE(snapshotCount(*w), before + 1);
    const auto list = CountsHistory(w->database()).snapshots(infra);
    VERIFY_OK(list);
    QVERIFY(!list->isEmpty());
    const CountSnapshot &last = list->constLast();
    const auto counts = w->counts(infra);
    VERIFY_OK(counts);
    QCOMPARE(last.at, at);
    QCOMPARE(last.unique, counts->unique);
    QCOMPARE(last.capacity, counts->capacity);
    QCOMPARE(int(last.model), int(counts->model));
}

void TestHistory::previewAndFailedChangeStoreNone()
{
    qint64 infra = 0, runtime = 0;
    auto w = fixture(&infra, &runtime);
    QVERIFY(w);
    const qint64 before = snapshotCount(*w);
    const auto preview = w->preview(infra, [&] { return w->domainStore().addDomains(infra, {QStringLiteral("x.org")}); });
    VERIFY_OK(preview);
    QCOMPARE(preview->after.unique.internal, 2);
    QCOMPARE(snapshotCount(*w), before);
    // A cancelled import is rolled back, its snapshot with it.
    std::atomic_bool cancelled{true};
    const auto imported = w->imports().importRecords(runtime, {user(QStringLiteral("eve"), QStringLiteral("e@q.org"))},
                                           ImportMode::Merge, &cancelled);
    QVERIFY(!imported);
    QCOMPARE(snapshotCount(*w), before);
    QVERIFY(!w->infrastructureStore().setCapacity(infra, {-1, 5, std::nullopt}));
    QCOMPARE(snapshotCount(*w), before);
}

void TestHistory::oldSnapshotsCoalesceToOneADay()
{
    qint64 infra = 0, runtime = 0;
    auto w = fixture(&infra, &runtime);
    QVERIFY(w);
    QSqlQuery(w->database()).exec(QStringLiteral("DELETE FROM count_snapshot"));
    const CountsHistory history(w->database());
    // Three a day, 200 and 199 days ago (old), and 10 days ago (recent).
    const QDateTime now(QDate(2026, 12, 1), QTime(9, 0), Qt::UTC);
    for (int daysAgo : {200, 199, 10}) {
        for (int k = 0; k < 3; ++k) {
            CountSnapshot s;
            s.at = now.addDays(-daysAgo).addSecs(k * 3600);
            s.unique = {daysAgo, k}; // identifies the snapshot
            VERIFY_OK(history.insert(infra, s));
        }
    }
    setClock(now.toString(Qt::ISODate));
    VERIFY_OK(w->infrastructureStore().setCapacity(infra, {5, 5, std::nullopt}));
    const auto list = history.snapshots(infra);
    VERIFY_OK(list);
    QCOMPARE(list->size(), 2 + 3 + 1);
    // The last of each old day stays; the recent day keeps all three; then the new one.
    QCOMPARE(list->at(0).unique, (ClassCounts{200, 2}));
    QCOMPARE(list->at(1).unique, (ClassCounts{199, 2}));
    QCOMPARE(list->at(2).unique, (ClassCounts{10, 0}));
    QCOMPARE(list->at(4).unique, (ClassCounts{10, 2}));
    QCOMPARE(list->at(5).at, now);
}

// tests/data/storage/workspace-v3-samples.headcount: the sample workspace of tests/data/samples/README.md written by
// the schema-3 CLI (commit 558938b). Upgraded, its history starts with its counts at the time of the upgrade.
void TestHistory::versionThreeFileStartsItsHistory()
{
    if (hc::test::TestWorkspaces::onPostgres())
        QSKIP("SQLite only: a workspace file of version 3");
    const QString file = hc::test::copyTestData(QStringLiteral("storage/workspace-v3-samples.headcount"), m_workspaces->directory());
    QVERIFY(!file.isEmpty());
    setClock(QStringLiteral("2026-11-30T23:59:59Z"));
    auto w = Workspace::open(file);
    VERIFY_OK(w);
    const qint64 infra = (*w)->infrastructureStore().infrastructure()->id;
    const auto counts = (*w)->counts(infra);
    VERIFY_OK(counts);
    const QJsonObject expected = hc::test::expectedSampleCounts();
    QCOMPARE(counts->unique.internal, expected[QStringLiteral("unique")][QStringLiteral("internal")].toInteger());
    const auto list = CountsHistory((*w)->database()).snapshots(infra);
    VERIFY_OK(list);
    QCOMPARE(list->size(), 1);
    QCOMPARE(list->first().unique, counts->unique);
    QCOMPARE(list->first().capacity, counts->capacity);
    QCOMPARE(list->first().at.date(), QDate(2026, 11, 30));
}

void TestHistory::removedInfrastructureTakesItsHistory()
{
    auto w = Workspace::open(path(QStringLiteral("two.headcount")));
    VERIFY_OK(w);
    const auto second = (*w)->infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::Named);
    VERIFY_OK(second);
    QCOMPARE(CountsHistory((*w)->database()).snapshots(second->id)->size(), 1);
    VERIFY_OK((*w)->infrastructureStore().removeInfrastructure(second->id));
    QCOMPARE(CountsHistory((*w)->database()).snapshots(second->id)->size(), 0);
    QCOMPARE(snapshotCount(**w), 1); // the default infrastructure's
}

void TestHistory::cliHistoryJsonAndText()
{
    const QString db = path(QStringLiteral("cli.headcount"));
    // Ten days of growth: one external user a day, capacity external 20.
    setClock(QStringLiteral("2026-11-21T08:00:00Z"));
    {
        auto w = Workspace::open(db);
        VERIFY_OK(w);
        const qint64 infra = (*w)->infrastructureStore().infrastructure()->id;
        VERIFY_OK((*w)->infrastructureStore().setCapacity(infra, {100, 20, std::nullopt}));
        VERIFY_OK((*w)->domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
        QVector<UserRecord> records;
        for (int day = 0; day < 10; ++day) {
            setClock(QDateTime(QDate(2026, 11, 21 + day), QTime(9, 0), Qt::UTC).toString(Qt::ISODate));
            records.append(user(QStringLiteral("u%1").arg(day), QStringLiteral("u%1@x.org").arg(day)));
            const auto s = (*w)->imports().importRecords((*w)->infrastructureStore().infrastructure()->id, QStringLiteral("prod"), records,
                                               ImportMode::Replace);
            VERIFY_OK(s);
        }
    }
    setClock(QStringLiteral("2026-11-30T18:00:00Z"));
    const auto run = hc::test::runCli(db, {QStringLiteral("history"), QStringLiteral("--json")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject o = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QJsonArray snaps = o[QStringLiteral("snapshots")].toArray();
    QCOMPARE(snaps.size(), 1 + 2 + 10); // new workspace, capacity, domain, ten imports
    QCOMPARE(snaps.last()[QStringLiteral("unique")][QStringLiteral("external")].toInteger(), 10);
    QCOMPARE(snaps.last()[QStringLiteral("at")].toString(), QStringLiteral("2026-11-30T09:00:00.000Z"));
    const QJsonObject external = o[QStringLiteral("forecast")][QStringLiteral("external")].toObject();
    // One a day from 10: 16 (80 % of 20) in 6 days, 20 in 10.
    QCOMPARE(external[QStringLiteral("state")].toString(), QStringLiteral("rising"));
    QCOMPARE(external[QStringLiteral("slope_per_day")].toDouble(), 1.0);
    QCOMPARE(external[QStringLiteral("reaches_80")].toString(), QStringLiteral("2026-12-06"));
    QCOMPARE(external[QStringLiteral("reaches_100")].toString(), QStringLiteral("2026-12-10"));

    const auto text = hc::test::runCli(db, {QStringLiteral("history")});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(QStringLiteral("2026-11-30")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("External users: reach 80 % of the capacity on")), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("13 snapshot")), qPrintable(text.out));
}

QTEST_GUILESS_MAIN(TestHistory)
#include "tst_history.moc"
