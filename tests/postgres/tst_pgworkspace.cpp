// A shared workspace on a real PostgreSQL server (issue 12, label postgres): the server of tests/postgres/pg-server,
// HEADCOUNT_TEST_PG_URL and PGPASSFILE set by CTest. Each test works in a database of its own, dropped afterwards.
// What works through portable SQL must give the same answers as SQLite.
#include "DatabaseUrl.h"
#include "PgTestSupport.h"
#include "Schema.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using hc::Workspace;

class TestPgWorkspace : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void createsAndMigrates();
    void refusesNewerSchema();
    void tlsOptionsReachLibpq();
    void infrastructuresDomainsRuntimes();
    void dryRunChangesNothing();
    void writersWaitForEachOther();
    void cliInfraAndDomains();
    void cliCountsJson();
    void cliImportAndRemoveRuntime(); // and refuses a password on the command line
    void cliGroups();

private:
    QString m_adminUrl; // the server's test database, from which each test's own database is made
    QString m_url; // this test's database
    QString m_database;
    hc::DatabaseUrl m_base;

    QSqlDatabase admin();
    // "table.column" of every column of a workspace, sorted.
    static QStringList columnsOf(const QSqlDatabase &db);
    static QStringList sqliteColumns();
    static QJsonDocument json(const hc::test::CliRun &run);
};

QSqlDatabase TestPgWorkspace::admin()
{
    QSqlDatabase db = QSqlDatabase::database(QStringLiteral("admin"), false);
    if (!db.isValid()) {
        db = hc::test::addPgConnection(m_adminUrl, QStringLiteral("admin"));
    }
    if (!db.isOpen() && !db.open())
        qWarning("cannot connect to %s: %s", qPrintable(m_adminUrl), qPrintable(db.lastError().text()));
    return db;
}

QStringList TestPgWorkspace::columnsOf(const QSqlDatabase &db)
{
    QStringList columns;
    QSqlQuery q(db);
    const bool sqlite = db.driverName() == QLatin1String("QSQLITE");
    if (!q.exec(sqlite ? QStringLiteral("SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p"
                                        " WHERE m.type = 'table'")
                       : QStringLiteral("SELECT table_name, column_name FROM information_schema.columns"
                                        " WHERE table_schema = current_schema()")))
        qWarning("%s", qPrintable(q.lastError().text()));
    while (q.next())
        columns << q.value(0).toString() + QLatin1Char('.') + q.value(1).toString();
    columns.sort();
    return columns;
}

QStringList TestPgWorkspace::sqliteColumns()
{
    QTemporaryDir dir;
    auto ws = Workspace::open(dir.filePath(QStringLiteral("w.headcount")));
    if (!ws)
        qWarning("%s", qPrintable(ws.error()));
    return ws ? columnsOf((*ws)->database()) : QStringList();
}

QJsonDocument TestPgWorkspace::json(const hc::test::CliRun &run)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning("not JSON (%s): %s", qPrintable(error.errorString()), qPrintable(run.out + run.err));
    return doc;
}

void TestPgWorkspace::initTestCase()
{
    m_adminUrl = qEnvironmentVariable("HEADCOUNT_TEST_PG_URL");
    if (m_adminUrl.isEmpty())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
    QVERIFY2(!qEnvironmentVariable("PGPASSFILE").isEmpty(), "PGPASSFILE must name the server's password file");
    const auto url = hc::DatabaseUrl::parse(m_adminUrl);
    VERIFY_OK(url);
    QVERIFY(url->isPostgres());
    m_base = *url;
    QVERIFY2(admin().isOpen(), qPrintable(admin().lastError().text()));
}

void TestPgWorkspace::init()
{
    m_database = QStringLiteral("hc_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(admin());
    QVERIFY2(q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_database)), qPrintable(q.lastError().text()));
    m_url = m_adminUrl.left(m_adminUrl.lastIndexOf(QLatin1Char('/')) + 1) + m_database;
}

void TestPgWorkspace::cleanup()
{
    QSqlQuery q(admin());
    // WITH (FORCE): a connection a failed test left open does not keep the database alive.
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database)))
        qWarning("cannot drop %s: %s", qPrintable(m_database), qPrintable(q.lastError().text()));
}

void TestPgWorkspace::createsAndMigrates()
{
    {
        auto ws = Workspace::open(m_url);
        VERIFY_OK(ws);
        QVERIFY((*ws)->isShared());
        QCOMPARE((*ws)->path(), m_url);
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'schema_version'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QString::number(hc::Schema::CurrentVersion));
        // The same tables and columns as a new SQLite workspace, with 64-bit integers.
        QCOMPARE(columnsOf((*ws)->database()), sqliteColumns());
        QVERIFY(q.exec(QStringLiteral("SELECT data_type FROM information_schema.columns"
                                      " WHERE table_name = 'user_key' AND column_name = 'h'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("bigint"));
        // The first count snapshot of migration 4, as on SQLite.
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM count_snapshot")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }
    // Opened again: already current, nothing migrated twice.
    auto again = Workspace::open(m_url);
    VERIFY_OK(again);
    const auto infras = (*again)->infrastructureStore().infrastructures();
    VERIFY_OK(infras);
    QCOMPARE(infras->size(), 1);
    QCOMPARE(infras->first().name, QStringLiteral("default"));
}

void TestPgWorkspace::refusesNewerSchema()
{
    {
        auto ws = Workspace::open(m_url);
        VERIFY_OK(ws);
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    }
    auto ws = Workspace::open(m_url);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("newer Headcount")), qPrintable(ws.error()));
}

// The test server has no TLS: sslmode=require must fail with libpq's own words (the option reached libpq), and
// sslmode=disable must connect.
void TestPgWorkspace::tlsOptionsReachLibpq()
{
    const auto refused = Workspace::open(m_url + QStringLiteral("?sslmode=require&connect_timeout=5"));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("SSL"), Qt::CaseInsensitive), qPrintable(refused.error()));
    QVERIFY2(refused.error().startsWith(m_url), qPrintable(refused.error()));
    const auto plain = Workspace::open(m_url + QStringLiteral("?sslmode=disable"));
    VERIFY_OK(plain);
}

void TestPgWorkspace::infrastructuresDomainsRuntimes()
{
    auto opened = Workspace::open(m_url);
    VERIFY_OK(opened);
    Workspace &ws = **opened;
    const auto eu = ws.infrastructureStore().addInfrastructure(
        QStringLiteral("eu"), hc::LicenceModel::InternalExternal, QString());
    VERIFY_OK(eu);
    QVERIFY(eu->id > 1);
    VERIFY_OK(ws.domainStore().addDomains(eu->id, { QStringLiteral("Acme.COM"), QStringLiteral("example.org") }));
    VERIFY_OK(ws.domainStore().addDomains(eu->id, { QStringLiteral("acme.com") })); // already there: kept as typed
    auto domains = ws.domainStore().domains(eu->id);
    VERIFY_OK(domains);
    QCOMPARE(domains->size(), 2);
    QCOMPARE(domains->at(0).typed, QStringLiteral("Acme.COM"));
    VERIFY_OK(ws.domainStore().removeDomains(eu->id, { QStringLiteral("example.org") }));
    domains = ws.domainStore().domains(eu->id);
    VERIFY_OK(domains);
    QCOMPARE(domains->size(), 1);

    VERIFY_OK(ws.runtimeStore().addRuntime(eu->id, QStringLiteral("prod-eu")));
    const auto runtimes = ws.runtimeStore().runtimes(eu->id);
    VERIFY_OK(runtimes);
    QCOMPARE(runtimes->size(), 1);
    QCOMPARE(runtimes->first().name, QStringLiteral("prod-eu"));
    const auto counts = ws.counts(eu->id);
    VERIFY_OK(counts);
    QCOMPARE(counts->unique.total(), 0);
    const auto recount = ws.recount(eu->id);
    VERIFY_OK(recount);
    QCOMPARE(recount->unique, counts->unique);
}

// A preview's change is a savepoint of its outer transaction and is rolled back (a nested BEGIN on PostgreSQL would
// only warn, and the inner COMMIT would have committed the "dry run").
void TestPgWorkspace::dryRunChangesNothing()
{
    auto opened = Workspace::open(m_url);
    VERIFY_OK(opened);
    Workspace &ws = **opened;
    const auto preview = ws.preview(1, [&ws] { return ws.domainStore().addDomains(1, { QStringLiteral("x.com") }); });
    VERIFY_OK(preview);
    const auto domains = ws.domainStore().domains(1);
    VERIFY_OK(domains);
    QCOMPARE(domains->size(), 0);
}

// SPEC §7 on a server: one writer at a time; the second waits up to the busy timeout, then fails with the busy
// message and changes nothing.
void TestPgWorkspace::writersWaitForEachOther()
{
    auto first = Workspace::open(m_url);
    VERIFY_OK(first);
    auto second = Workspace::open(m_url);
    VERIFY_OK(second);
    QSqlDatabase db1 = (*first)->database();
    hc::Transaction holding(db1);
    QVERIFY2(holding.isOpen(), qPrintable(holding.startError()));
    qputenv("HEADCOUNT_BUSY_TIMEOUT_MS", "300");
    const hc::Status s = (*second)->domainStore().addDomains(1, { QStringLiteral("y.com") });
    qunsetenv("HEADCOUNT_BUSY_TIMEOUT_MS");
    QVERIFY(!s);
    QCOMPARE(s.error(), hc::Transaction::busyMessage());
    VERIFY_OK(holding.commit());
    VERIFY_OK((*second)->domainStore().addDomains(1, { QStringLiteral("y.com") }));
}

void TestPgWorkspace::cliInfraAndDomains()
{
    using hc::test::runCli;
    auto run = runCli(m_url, { QStringLiteral("init") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("Workspace %1 is ready.").arg(m_url)), qPrintable(run.out));
    run = runCli(m_url, { QStringLiteral("infra"), QStringLiteral("add"), QStringLiteral("us") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli(m_url, { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList names;
    for (const QJsonValue &v : json(run).array())
        names << v.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList { QStringLiteral("default"), QStringLiteral("us") }));

    const QStringList us = { QStringLiteral("--infra"), QStringLiteral("us") };
    run = runCli(m_url,
        QStringList { QStringLiteral("domain"), QStringLiteral("add") } + us
            + QStringList { QStringLiteral("Acme.com"), QStringLiteral("corp.example") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli(m_url,
        QStringList { QStringLiteral("domain"), QStringLiteral("remove") } + us
            + QStringList { QStringLiteral("corp.example") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli(m_url,
        QStringList { QStringLiteral("domain"), QStringLiteral("list") } + us
            + QStringList { QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray domains = json(run).array();
    QCOMPARE(domains.size(), 1);
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("normalized")).toString(), QStringLiteral("acme.com"));
    QCOMPARE(domains.at(0).toObject().value(QStringLiteral("domain")).toString(), QStringLiteral("Acme.com"));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err)); // no driver warnings either
}

void TestPgWorkspace::cliCountsJson()
{
    using hc::test::runCli;
    for (const QStringList &args :
        { QStringList { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
            QStringList { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"),
                QStringLiteral("100"), QStringLiteral("--external"), QStringLiteral("1000") },
            QStringList { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com") } }) {
        const auto run = runCli(m_url, args);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    const auto run = runCli(m_url, { QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject counts = json(run).object();
    QCOMPARE(counts.value(QStringLiteral("infrastructure")).toString(), QStringLiteral("default"));
    QCOMPARE(counts.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("internal")).toInt(), 100);
    QCOMPARE(counts.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("external")).toInt(), 1000);
    QCOMPARE(counts.value(QStringLiteral("unique")).toObject().value(QStringLiteral("total")).toInt(-1), 0);
    const QJsonArray runtimes = counts.value(QStringLiteral("runtimes")).toArray();
    QCOMPARE(runtimes.size(), 1);
    QCOMPARE(runtimes.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("prod-eu"));
}

void TestPgWorkspace::cliImportAndRemoveRuntime()
{
    using hc::test::runCli;
    auto run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString file = hc::test::copyTestData(QStringLiteral("samples/prod-eu.csv"), QDir::tempPath());
    QVERIFY(!file.isEmpty());
    // The runtime is there, with no records yet.
    run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonArray runtimes = json(run).array();
    QCOMPARE(runtimes.size(), 1);
    QCOMPARE(runtimes.at(0).toObject().value(QStringLiteral("records")).toInt(-1), 0);
    // Importing (COPY) and removing a runtime (the recount's bulk key rewrite) work on a server (tst_pgimport
    // compares them with SQLite row by row).
    run = runCli(m_url, { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), file });
    QFile::remove(file);
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    runtimes = json(run).array();
    QCOMPARE(runtimes.size(), 1);
    QCOMPARE(runtimes.at(0).toObject().value(QStringLiteral("records")).toInt(-1), 165);
    run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("remove"), QStringLiteral("prod-eu"), QStringLiteral("--yes") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(json(run).array().size(), 0);
    // A password on the command line is refused before anything connects.
    QString withPassword = m_url;
    withPassword.replace(QStringLiteral("@"), QStringLiteral(":secret@"));
    run = runCli(withPassword, { QStringLiteral("infra"), QStringLiteral("list") });
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral(".pgpass or PGPASSFILE")), qPrintable(run.err));
}

void TestPgWorkspace::cliGroups()
{
    using hc::test::runCli;
    auto run = runCli(m_url, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTemporaryDir dir;
    QFile groups(dir.filePath(QStringLiteral("groups.csv")));
    QVERIFY(groups.open(QIODevice::WriteOnly));
    groups.write("Group,Username\nadmins,bob\nadmins,ann\nsales,bob\nadmins,bob\n");
    groups.close();
    run = runCli(m_url,
        { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            groups.fileName() });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = runCli(m_url, { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList names;
    for (const QJsonValue &v : json(run).array())
        names << v.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList { QStringLiteral("admins"), QStringLiteral("sales") }));
    // The repeated admins,bob is one membership (insert-or-ignore through the dialect).
    QCOMPARE(json(run).array().at(0).toObject().value(QStringLiteral("members")).toInt(), 2);
}

QTEST_GUILESS_MAIN(TestPgWorkspace)
#include "tst_pgworkspace.moc"
