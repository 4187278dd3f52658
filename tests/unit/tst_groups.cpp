// Group memberships in the workspace (issue 4): schema migration 2 from a real version-1 file, importGroups()
// snapshots, groups() and the UserFilter::group filter of users()/userCount().
#include "TestConfig.h"
#include "TestWorkspaces.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(std::optional<hc::RecordStatus>)
Q_DECLARE_METATYPE(hc::GroupMembership)

namespace {

UserRecord user(const QString &username, const QString &email, const QString &tenant = {}, bool active = true)
{
    UserRecord r;
    r.username = username;
    r.email = email;
    r.name = username;
    r.tenant = tenant;
    r.active = active;
    r.lastLogin = QStringLiteral("2026-01-01T00:00:00");
    return r;
}

GroupMembership member(const char *group, const char *username, const char *tenant = "")
{
    return { QString::fromUtf8(group), QString::fromUtf8(username), QString::fromUtf8(tenant) };
}

// Every row of every table but the ones in `except`, as text, table by table: what a migration must keep.
// Columns of each table, so that a digest taken after a migration that adds columns hashes the same ones.
QMap<QString, QStringList> tableColumns(QSqlDatabase db)
{
    QMap<QString, QStringList> columns;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
        return columns;
    while (tables.next()) {
        const QSqlRecord r = db.record(tables.value(0).toString());
        for (int i = 0; i < r.count(); ++i)
            columns[tables.value(0).toString()] << r.fieldName(i);
    }
    return columns;
}

QMap<QString, QByteArray> tableDigests(QSqlDatabase db, const QStringList &except = {},
                                       const QMap<QString, QStringList> &columnsOf = {})
{
    QMap<QString, QByteArray> digests;
    QSqlQuery tables(db);
    if (!tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return digests;
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : names) {
        if (except.contains(table))
            continue;
        QSqlQuery q(db);
        const QString cols = columnsOf.contains(table) ? columnsOf.value(table).join(u',') : QStringLiteral("*");
        if (!q.exec(QStringLiteral("SELECT %2 FROM %1 ORDER BY 1, 2, 3").arg(table, cols))) {
            if (!q.exec(QStringLiteral("SELECT %2 FROM %1 ORDER BY 1").arg(table, cols)))
                continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData((q.value(i).toString() + QChar(0x1f)).toUtf8());
            hash.addData("\n");
        }
        digests.insert(table, QByteArray::number(rows) + ':' + hash.result().toHex());
    }
    return digests;
}

} // namespace

class TestGroups : public QObject {
    Q_OBJECT

private slots:
    void init();
    void versionOneFileMigratesAndKeepsData();
    void newWorkspaceHasCurrentVersion();
    void importSummary();
    void importIsASnapshotPerRuntime();
    void refusedImportChangesNothing_data();
    void refusedImportChangesNothing();
    void groupsListedPerInfrastructure();
    void filter_data();
    void filter();
    void membershipsSurviveUserReimport();

private:
    QString path(const QString &name) const { return m_workspaces->path(name); }
    // A workspace with runtimes "eu" (alice, bob, Carol, dave inactive; tenant t2: alice) and "us" (erin, frank).
    void populate(Workspace &w);

    std::unique_ptr<hc::test::TestWorkspaces> m_workspaces; // files, or databases on the test server (tst_groups_pg)
    qint64 m_infra = 0;
    qint64 m_eu = 0;
    qint64 m_us = 0;
};

void TestGroups::init()
{
    m_workspaces = std::make_unique<hc::test::TestWorkspaces>();
    QVERIFY2(m_workspaces->isValid(), qPrintable(m_workspaces->error()));
}

void TestGroups::populate(Workspace &w)
{
    m_infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(m_infra, { QStringLiteral("acme.com") }));
    m_eu = w.runtimeStore().addRuntime(m_infra, QStringLiteral("eu"))->id;
    m_us = w.runtimeStore().addRuntime(m_infra, QStringLiteral("us"))->id;
    QVERIFY(w.imports().importRecords(m_eu,
        { user(QStringLiteral("alice"), QStringLiteral("alice@acme.com")),
            user(QStringLiteral("bob"), QStringLiteral("bob@partner.org")),
            user(QStringLiteral("Carol"), QStringLiteral("carol@acme.com")),
            user(QStringLiteral("dave"), QStringLiteral("dave@acme.com"), {}, false),
            user(QStringLiteral("alice"), QStringLiteral("alice@t2.org"), QStringLiteral("t2")) },
        ImportMode::Replace));
    QVERIFY(w.imports().importRecords(m_us,
        { user(QStringLiteral("erin"), QStringLiteral("erin@acme.com")),
            user(QStringLiteral("frank"), QStringLiteral("frank@partner.org")) },
        ImportMode::Replace));
}

void TestGroups::versionOneFileMigratesAndKeepsData()
{
    // A workspace written by the version-1 code (tests/data/storage/workspace-v1.headcount: 40 records of
    // prod-eu, domains acme.com and sales.acme.com, capacities 100/1000, one deactivation and one IT flag).
    if (hc::test::TestWorkspaces::onPostgres())
        QSKIP("SQLite only: a workspace file of version 1");
    const QString file = QDir(m_workspaces->directory()).filePath(QStringLiteral("v1.headcount"));
    QVERIFY(QFile::copy(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/storage/workspace-v1.headcount"), file));
    QVERIFY(QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner));
    QMap<QString, QByteArray> before;
    QMap<QString, QStringList> columnsBefore;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("1"));
        columnsBefore = tableColumns(db);
        // `individual` is derived by R6, which version 3 revised: the migration recounts it (checked below).
        columnsBefore[QStringLiteral("user_record")].removeAll(QStringLiteral("individual"));
        before = tableDigests(db, { QStringLiteral("meta") }, columnsBefore);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    QVERIFY(before.contains(QStringLiteral("user_record")));
    QVERIFY(before.value(QStringLiteral("user_record")).startsWith("40:"));
    QVERIFY(!before.contains(QStringLiteral("user_group")));

    {
        auto ws = Workspace::open(file);
        QVERIFY2(ws, qPrintable(ws.error()));
        Workspace &w = **ws;
        QSqlQuery q(w.database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
        QCOMPARE(q.value(0).toString(), QString::number(Workspace::SchemaVersion));
        q.finish();
        // Every version-1 table holds exactly what it held (in its version-1 columns); the new ones are there. The
        // aggregates are rebuilt by the version-3 recount: the counts are checked against a recount below.
        QMap<QString, QByteArray> after = tableDigests(w.database(), { QStringLiteral("meta") }, columnsBefore);
        QCOMPARE(after.take(QStringLiteral("user_group")),
            QByteArray("0:") + QCryptographicHash::hash({}, QCryptographicHash::Sha256).toHex());
        // Version 4: the count history starts with one snapshot of the migrated counts.
        QVERIFY(after.take(QStringLiteral("count_snapshot")).startsWith("1:"));
        // Version 5: each runtime's key set, built from its user_key rows (the distinct hashes, ascending).
        QVERIFY(after.take(QStringLiteral("runtime_keyset")).startsWith("1:"));
        QVERIFY(q.exec(QStringLiteral("SELECT (SELECT length(hashes) / 8 FROM runtime_keyset),"
                                      " (SELECT COUNT(DISTINCT h) FROM user_key)")) && q.next());
        QVERIFY(q.value(1).toLongLong() > 0);
        QCOMPARE(q.value(0).toLongLong(), q.value(1).toLongLong());
        q.finish();
        for (const char *derived : { "agg_runtime", "agg_identity", "agg_identity_domain", "agg_platform",
                 "agg_platform_domain", "agg_tenant", "tenant_kind" }) {
            after.remove(QString::fromLatin1(derived));
            before.remove(QString::fromLatin1(derived));
        }
        QCOMPARE(after, before);

        const qint64 infra = w.infrastructureStore().infrastructure()->id;
        const Result<Counts> counts = w.counts(infra);
        QVERIFY(counts);
        QCOMPARE(*counts, *w.recount(infra));
        QCOMPARE(counts->capacity.internal, std::optional<qint64>(100));
        QCOMPARE(w.domainStore().domains(infra)->size(), 2);
        const qint64 rt = w.runtimeStore().runtime(infra, QStringLiteral("prod-eu"))->id;
        QVERIFY(w.userQueries().findRecords({ rt, QStringLiteral("ffigueiredo139"), {} })->first().deactivatedHere);
        QVERIFY(w.userQueries().findRecords({ rt, QStringLiteral("aadam224"), {} })->first().itOverride);

        // The migrated workspace takes groups.
        const auto imported = w.groupStore().importGroups(rt, { member("Sales", "ffigueiredo139"), member("Sales", "aadam224") });
        QVERIFY2(imported, qPrintable(imported.error()));
        UserFilter f;
        f.infraId = infra;
        f.group = QStringLiteral("Sales");
        QCOMPARE(*w.userQueries().userCount(f), 2);
    }
    // Opened again: current already, nothing to migrate, the groups still there.
    auto again = Workspace::open(file);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE((*again)->groupStore().groups((*again)->infrastructureStore().infrastructure()->id)->size(), 1);
}

void TestGroups::newWorkspaceHasCurrentVersion()
{
    auto ws = Workspace::open(path(QStringLiteral("new.headcount")));
    QVERIFY(ws);
    QCOMPARE(Workspace::SchemaVersion, 5);
    QSqlQuery q((*ws)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("5"));
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_group")) && q.next());
    QCOMPARE(q.value(0).toInt(), 0);
}

void TestGroups::importSummary()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    const auto summary = w.groupStore().importGroups(m_eu,
        { member("Sales", "alice"), member(" Sales ", "ALICE "), member("Sales", "bob"), member("Support", "carol"),
            member("Support", "zoe"), member("Support", "Zoe"), member("Admins", "yves", "t2") });
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->groups, 3);
    QCOMPARE(summary->memberships, 5); // the two alices, and zoe/Zoe, are one membership each
    QCOMPARE(summary->duplicates, 2);
    QCOMPARE(summary->replaced, 0);
    QCOMPARE(summary->unmatched, (QStringList { QStringLiteral("zoe"), QStringLiteral("yves") }));
}

void TestGroups::importIsASnapshotPerRuntime()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    QVERIFY(w.groupStore().importGroups(m_eu, { member("Sales", "alice"), member("Sales", "bob"), member("Old", "carol") }));
    QVERIFY(w.groupStore().importGroups(m_us, { member("Sales", "erin") }));
    const auto second = w.groupStore().importGroups(m_eu, { member("Sales", "carol") });
    QVERIFY(second);
    QCOMPARE(second->replaced, 3);
    // "Old" is gone; the other runtime's memberships are untouched.
    const auto groups = w.groupStore().groups(m_infra);
    QVERIFY(groups);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().name, QStringLiteral("Sales"));
    QCOMPARE(groups->first().members, 2);
    QCOMPARE(groups->first().runtimes, 2);
    // An empty import clears the runtime's groups.
    QVERIFY(w.groupStore().importGroups(m_eu, {}));
    QCOMPARE(w.groupStore().groups(m_infra)->first().members, 1);
}

void TestGroups::refusedImportChangesNothing_data()
{
    QTest::addColumn<QVector<GroupMembership>>("memberships");
    QTest::addColumn<qint64>("runtime"); // 0: the eu runtime
    QTest::addColumn<QString>("error");

    QTest::newRow("empty group") << QVector<GroupMembership> { member("Sales", "erin"), member("  ", "bob") }
                                 << qint64(0)
                                 << QStringLiteral("A group membership needs a group name and a username.");
    QTest::newRow("empty username") << QVector<GroupMembership> { member("Sales", " ") } << qint64(0)
                                    << QStringLiteral("A group membership needs a group name and a username.");
    QTest::newRow("no such runtime") << QVector<GroupMembership> { member("Sales", "bob") } << qint64(999)
                                     << QStringLiteral("No runtime with id 999.");
}

void TestGroups::refusedImportChangesNothing()
{
    QFETCH(QVector<GroupMembership>, memberships);
    QFETCH(qint64, runtime);
    QFETCH(QString, error);
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    QVERIFY(w.groupStore().importGroups(m_eu, { member("Sales", "alice") }));
    const auto result = w.groupStore().importGroups(runtime ? runtime : m_eu, memberships);
    QVERIFY(!result);
    QCOMPARE(result.error(), error);
    const auto groups = w.groupStore().groups(m_infra);
    QCOMPARE(groups->size(), 1);
    QCOMPARE(groups->first().members, 1);
}

void TestGroups::groupsListedPerInfrastructure()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    const qint64 other = w.infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::Named)->id;
    const qint64 otherRt = w.runtimeStore().addRuntime(other, QStringLiteral("b-prod"))->id;
    QVERIFY(w.groupStore().importGroups(otherRt, { member("Elsewhere", "x") }));
    QVERIFY(w.groupStore().importGroups(m_eu, { member("Support", "carol"), member("Admins", "alice"), member("Admins", "bob") }));
    QVERIFY(w.groupStore().importGroups(m_us, { member("Admins", "erin") }));
    const auto groups = w.groupStore().groups(m_infra);
    QVERIFY(groups);
    QStringList listed;
    for (const GroupInfo &g : *groups)
        listed << QStringLiteral("%1:%2:%3").arg(g.name).arg(g.members).arg(g.runtimes);
    QCOMPARE(listed, (QStringList { QStringLiteral("Admins:3:2"), QStringLiteral("Support:1:1") }));
    QCOMPARE(w.groupStore().groups(other)->size(), 1);
}

void TestGroups::filter_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("euOnly");
    QTest::addColumn<std::optional<RecordStatus>>("status");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("users"); // "runtime/username/tenant" in the CLI's order

    const auto none = std::optional<RecordStatus>();
    QTest::newRow("members in two runtimes")
        << QStringLiteral("Sales") << false << none << QString()
        << QStringList { QStringLiteral("eu/alice/"), QStringLiteral("eu/alice/t2"), QStringLiteral("eu/bob/"),
               QStringLiteral("us/erin/") };
    QTest::newRow("one runtime") << QStringLiteral("Sales") << true << none << QString()
                                 << QStringList { QStringLiteral("eu/alice/"), QStringLiteral("eu/alice/t2"),
                                        QStringLiteral("eu/bob/") };
    QTest::newRow("tenant given: that tenant only")
        << QStringLiteral("T2 admins") << false << none << QString() << QStringList { QStringLiteral("eu/alice/t2") };
    QTest::newRow("username case and spaces do not matter")
        << QStringLiteral("Support") << false << none << QString()
        << QStringList { QStringLiteral("eu/Carol/"), QStringLiteral("eu/dave/") };
    QTest::newRow("with a status") << QStringLiteral("Support") << false
                                   << std::optional<RecordStatus>(RecordStatus::Counted) << QString()
                                   << QStringList { QStringLiteral("eu/Carol/") };
    QTest::newRow("with a search") << QStringLiteral("Sales") << false << none << QStringLiteral("partner")
                                   << QStringList { QStringLiteral("eu/bob/") };
    QTest::newRow("group names are exact") << QStringLiteral("sales") << false << none << QString() << QStringList();
    QTest::newRow("no such group") << QStringLiteral("Nobody") << false << none << QString() << QStringList();
    QTest::newRow("a member with no record") << QStringLiteral("Ghosts") << false << none << QString() << QStringList();
}

void TestGroups::filter()
{
    QFETCH(QString, group);
    QFETCH(bool, euOnly);
    QFETCH(std::optional<RecordStatus>, status);
    QFETCH(QString, search);
    QFETCH(QStringList, users);

    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    QVERIFY(w.groupStore().importGroups(m_eu,
        { member("Sales", "alice"), member("Sales", "BOB"), member("Support", " carol "), member("Support", "dave"),
            member("T2 admins", "alice", "t2"), member("Ghosts", "nobody") }));
    QVERIFY(w.groupStore().importGroups(m_us, { member("Sales", "erin"), member("Support", "alice") }));

    UserFilter f;
    f.infraId = m_infra;
    f.group = group;
    f.status = status;
    f.search = search;
    if (euOnly)
        f.runtimeId = m_eu;
    const auto rows = w.userQueries().users(f);
    QVERIFY2(rows, qPrintable(rows.error()));
    QStringList actual;
    for (const UserRow &row : *rows)
        actual << QStringLiteral("%1/%2/%3").arg(row.runtime, row.record.username, row.record.tenant);
    QCOMPARE(actual, users);
    QCOMPARE(*w.userQueries().userCount(f), users.size());
}

void TestGroups::membershipsSurviveUserReimport()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    populate(w);
    QVERIFY(w.groupStore().importGroups(m_eu, { member("Sales", "bob"), member("Sales", "newcomer") }));
    UserFilter f;
    f.infraId = m_infra;
    f.group = QStringLiteral("Sales");
    QCOMPARE(*w.userQueries().userCount(f), 1);
    // The next user export drops bob and brings the newcomer: the memberships follow the usernames.
    QVERIFY(w.imports().importRecords(m_eu,
        { user(QStringLiteral("alice"), QStringLiteral("alice@acme.com")),
            user(QStringLiteral("Newcomer"), QStringLiteral("new@acme.com")) },
        ImportMode::Replace));
    const auto rows = w.userQueries().users(f);
    QVERIFY(rows);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(rows->first().record.username, QStringLiteral("Newcomer"));
    QCOMPARE(w.groupStore().groups(m_infra)->first().members, 2);
}

QTEST_GUILESS_MAIN(TestGroups)
#include "tst_groups.moc"
