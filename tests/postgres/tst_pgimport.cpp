// Importing users into a shared workspace on a real PostgreSQL server (issue 12, label postgres): the rows go in
// through COPY … FROM STDIN, and every table must come out as the same import gives on SQLite, row by row; the
// counts equal tests/data/samples/expected-counts.json and the recount. A failed or cancelled import changes
// nothing, and the connection stays usable after it.
#include "CountsRebuild.h"
#include "ExportReader.h"
#include "PgTestSupport.h"
#include "PostgresCopyWriter.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hc::Workspace;
using hc::test::PgTestDatabase;

class TestPgImport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void copyEscapes_data();
    void copyEscapes();
    void samplesMatchSqlite();
    void cliImportMatchesSqlite();
    void reimportAndMergeMatchSqlite();
    void recountRewritesTheSameRows();
    void failedImportChangesNothing();
    void cancelledImportChangesNothing();
    void awkwardTextRoundTrips();

private:
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("w.headcount")); }

    // Every table an import writes, each row as text, sorted (text order differs between the two databases).
    static QStringList snapshot(const QSqlDatabase &db);
    static QVector<hc::UserRecord> sample(const QString &file);
    static QJsonObject countsJson(const QString &db);
};

QStringList TestPgImport::snapshot(const QSqlDatabase &db)
{
    QStringList all;
    const QStringList queries = {
        QStringLiteral("SELECT id, runtime_id, source_id, name, username, email, phone, external_id, tenant,"
                       " creation_date, last_login, active, it_user, email_key, domain, email_source, username_key,"
                       " it_override, deactivated_here, split, status, individual, platform_user, serial"
                       " FROM user_record"),
        QStringLiteral("SELECT runtime_id, h, id FROM user_key"),
        QStringLiteral("SELECT runtime_id, hashes FROM runtime_keyset"),
        QStringLiteral("SELECT runtime_id, status, domain, n FROM agg_runtime"),
        QStringLiteral("SELECT runtime_id, tenant, n FROM agg_tenant"),
        QStringLiteral("SELECT infra_id, key, individuals FROM agg_identity"),
        QStringLiteral("SELECT infra_id, domain, key FROM agg_identity_domain"),
        QStringLiteral("SELECT runtime_id, key, users FROM agg_platform"),
        QStringLiteral("SELECT runtime_id, domain, key FROM agg_platform_domain"),
        QStringLiteral("SELECT id, name FROM runtime"),
        QStringLiteral("SELECT id, next_serial FROM infrastructure"),
    };
    for (const QString &sql : queries) {
        QStringList rows = hc::test::rowsOf(db, sql);
        rows.sort();
        const QString table = sql.section(QStringLiteral(" FROM "), 1);
        for (const QString &row : std::as_const(rows))
            all << table + QStringLiteral(": ") + row;
    }
    return all;
}

QVector<hc::UserRecord> TestPgImport::sample(const QString &file)
{
    const auto data = hc::ExportReader::readFile(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/") + file);
    if (!data)
        qWarning("%s", qPrintable(data.error()));
    return data ? data->records : QVector<hc::UserRecord>();
}

QJsonObject TestPgImport::countsJson(const QString &db)
{
    const auto run = hc::test::runCli(db, { QStringLiteral("counts"), QStringLiteral("--json") });
    if (run.exitCode != 0)
        qWarning("counts: %s", qPrintable(run.err));
    return QJsonDocument::fromJson(run.out.toUtf8()).object();
}

void TestPgImport::initTestCase()
{
    if (!PgTestDatabase::serverAvailable())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
    QVERIFY(m_dir.isValid());
}

void TestPgImport::init()
{
    m_pg = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
    QFile::remove(sqlitePath());
}

void TestPgImport::cleanup()
{
    m_pg.reset();
}

void TestPgImport::copyEscapes_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<QByteArray>("escaped");
    QTest::newRow("plain") << QByteArray("ann@acme.com") << QByteArray("ann@acme.com");
    QTest::newRow("empty") << QByteArray("") << QByteArray("");
    QTest::newRow("backslash") << QByteArray("a\\b") << QByteArray("a\\\\b");
    QTest::newRow("tab") << QByteArray("a\tb") << QByteArray("a\\tb");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("a\\nb");
    QTest::newRow("return") << QByteArray("\r") << QByteArray("\\r");
    QTest::newRow("N is not NULL") << QByteArray("\\N") << QByteArray("\\\\N");
    QTest::newRow("utf-8") << QByteArray("M\xc3\xbcller\t") << QByteArray("M\xc3\xbcller\\t");
}

void TestPgImport::copyEscapes()
{
    QFETCH(QByteArray, value);
    QFETCH(QByteArray, escaped);
    QByteArray out("x");
    hc::PostgresCopyWriter::appendEscaped(out, value.constData(), int(value.size()));
    QCOMPARE(out, QByteArray("x") + escaped);
}

// The sample workspace through the storage API, on both databases: the same rows in every table, the expected
// counts, and the recount.
void TestPgImport::samplesMatchSqlite()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    auto lite = Workspace::open(sqlitePath());
    VERIFY_OK(lite);
    const QStringList pgRows = snapshot((*pg)->database());
    QCOMPARE(pgRows.filter(QStringLiteral("user_record: ")).size(), 165 + 175);
    QCOMPARE(pgRows, snapshot((*lite)->database()));

    const auto counts = (*pg)->counts(1);
    VERIFY_OK(counts);
    const auto sqliteCounts = (*lite)->counts(1);
    VERIFY_OK(sqliteCounts);
    QVERIFY(*counts == *sqliteCounts);
    const auto recount = (*pg)->recount(1);
    VERIFY_OK(recount);
    QVERIFY(*recount == *counts);
    const QJsonObject expected = hc::test::expectedSampleCounts();
    QCOMPARE(counts->unique.internal, expected[QStringLiteral("unique")][QStringLiteral("internal")].toInteger());
    QCOMPARE(counts->unique.external, expected[QStringLiteral("unique")][QStringLiteral("external")].toInteger());
}

// `headcount-cli --db postgresql://… import`, as the samples' README builds the workspace: the JSON counts equal
// the expected ones and SQLite's; a replace re-import of the same file changes nothing.
void TestPgImport::cliImportMatchesSqlite()
{
    using hc::test::runCli;
    const QString samples = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/");
    const QList<QStringList> steps = {
        { QStringLiteral("init") },
        { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("78"),
            QStringLiteral("--external"), QStringLiteral("156") },
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com"), QStringLiteral("ACME.de"),
            QStringLiteral("sales.acme.com."), QStringLiteral("acme-holding.com"), QStringLiteral("m\u00fcnchen-acme.de") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), samples + QStringLiteral("prod-eu.csv") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-us") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), QStringLiteral("--format"),
            QStringLiteral("json"), samples + QStringLiteral("prod-us.json") },
    };
    for (const QString &db : { m_pg->url(), sqlitePath() }) {
        for (const QStringList &args : steps) {
            const auto run = runCli(db, args);
            QVERIFY2(run.exitCode == 0, qPrintable(db + QLatin1Char(' ') + args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
        }
    }
    QJsonObject pg = countsJson(m_pg->url());
    QCOMPARE(pg, countsJson(sqlitePath()));
    QJsonObject expected = hc::test::expectedSampleCounts();
    expected.remove(QStringLiteral("infrastructure"));
    pg.remove(QStringLiteral("infrastructure"));
    QCOMPARE(pg, expected);

    const auto again = runCli(m_pg->url(), steps[4]);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(QStringLiteral("added 0, changed 0, removed 0, unchanged 165")), qPrintable(again.out));
    const auto merge = runCli(m_pg->url(), QStringList(steps[6]).mid(0, 3) + QStringList { QStringLiteral("--mode"),
        QStringLiteral("merge") } + steps[6].mid(3));
    QVERIFY2(merge.exitCode == 0, qPrintable(merge.err));
    QVERIFY2(merge.out.contains(QStringLiteral("(merge)")), qPrintable(merge.out));
    pg = countsJson(m_pg->url());
    pg.remove(QStringLiteral("infrastructure"));
    QCOMPARE(pg, expected);
}

// A replace import that removes and changes records (one person moves to another runtime's e-mail, so individuals
// merge), then a merge import of a few records: the same rows as on SQLite after each.
void TestPgImport::reimportAndMergeMatchSqlite()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    auto lite = Workspace::open(sqlitePath());
    VERIFY_OK(lite);
    QVector<hc::UserRecord> eu = sample(QStringLiteral("prod-eu.csv"));
    const QVector<hc::UserRecord> us = sample(QStringLiteral("prod-us.json"));
    QVERIFY(eu.size() > 100 && us.size() > 10);
    eu.remove(10, 20);
    eu[0].email = us[3].email; // now the same person as a prod-us record
    eu[1].name = QStringLiteral("Renamed");
    eu[2].active = !eu[2].active;
    hc::UserRecord merged;
    merged.sourceId = QStringLiteral("9001");
    merged.username = QStringLiteral("merged.user");
    merged.email = us[5].email;
    for (Workspace *ws : { pg->get(), lite->get() }) {
        const auto replaced = ws->imports().importRecords(1, eu, hc::ImportMode::Replace);
        VERIFY_OK(replaced);
        QCOMPARE(replaced->removed, qint64(20));
        QCOMPARE(replaced->changed, qint64(3));
    }
    QCOMPARE(snapshot((*pg)->database()), snapshot((*lite)->database()));
    for (Workspace *ws : { pg->get(), lite->get() }) {
        const auto added = ws->imports().importRecords(2, { merged }, hc::ImportMode::Merge);
        VERIFY_OK(added);
        QCOMPARE(added->added, qint64(1));
    }
    QCOMPARE(snapshot((*pg)->database()), snapshot((*lite)->database()));
    const auto counts = (*pg)->counts(1);
    VERIFY_OK(counts);
    const auto recount = (*pg)->recount(1);
    VERIFY_OK(recount);
    QVERIFY(*recount == *counts);
    const auto sqliteCounts = (*lite)->counts(1);
    VERIFY_OK(sqliteCounts);
    QVERIFY(*counts == *sqliteCounts);
}

// CountsRebuild (runtime remove, the recount of a migration) on PostgreSQL: rewriting every aggregate of consistent
// imports gives back exactly the rows the imports wrote; a runtime removed leaves the same rows as on SQLite.
void TestPgImport::recountRewritesTheSameRows()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    QSqlDatabase db = (*pg)->database();
    const QStringList before = snapshot(db);
    {
        hc::Transaction tx(db);
        QVERIFY2(tx.isOpen(), qPrintable(tx.startError()));
        VERIFY_OK(hc::CountsRebuild::run(db, 1));
        VERIFY_OK(tx.commit());
    }
    QCOMPARE(snapshot(db), before);
    auto lite = Workspace::open(sqlitePath());
    VERIFY_OK(lite);
    VERIFY_OK((*pg)->runtimeStore().removeRuntime(1));
    VERIFY_OK((*lite)->runtimeStore().removeRuntime(1));
    QCOMPARE(snapshot(db), snapshot((*lite)->database()));
}

// A row the server refuses in the middle of the COPY (here a CHECK constraint the test adds) fails the import with
// the server's words; every table is as it was, a new runtime is not left behind, and the next import works.
void TestPgImport::failedImportChangesNothing()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    QSqlDatabase db = (*pg)->database();
    const QStringList before = snapshot(db);
    const auto countsBefore = (*pg)->counts(1);
    VERIFY_OK(countsBefore);
    QSqlQuery q(db);
    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE user_record ADD CONSTRAINT refuse_victim CHECK (username <> 'victim')")),
             qPrintable(q.lastError().text()));
    QVector<hc::UserRecord> records = sample(QStringLiteral("prod-eu.csv"));
    records[records.size() / 2].username = QStringLiteral("victim");
    const auto failed = (*pg)->imports().importRecords(1, records, hc::ImportMode::Replace);
    QVERIFY(!failed);
    QVERIFY2(failed.error().contains(QStringLiteral("refuse_victim")), qPrintable(failed.error()));
    const auto newRuntime = (*pg)->imports().importRecords(1, QStringLiteral("prod-new"), records, hc::ImportMode::Replace);
    QVERIFY(!newRuntime);
    QCOMPARE(snapshot(db), before);
    const auto countsAfter = (*pg)->counts(1);
    VERIFY_OK(countsAfter);
    QVERIFY(*countsAfter == *countsBefore);

    QVERIFY2(q.exec(QStringLiteral("ALTER TABLE user_record DROP CONSTRAINT refuse_victim")), qPrintable(q.lastError().text()));
    const auto works = (*pg)->imports().importRecords(1, QStringLiteral("prod-new"), records, hc::ImportMode::Replace);
    VERIFY_OK(works);
    QCOMPARE(works->added, qint64(records.size()));
}

// Cancelled after the rows were written (the first progress report comes as they are being written), and while
// the COPY is still open: nothing changes either way.
void TestPgImport::cancelledImportChangesNothing()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    QSqlDatabase db = (*pg)->database();
    const QStringList before = snapshot(db);
    QVector<hc::UserRecord> records = sample(QStringLiteral("prod-eu.csv"));
    records.remove(0, 5);
    std::atomic_bool cancelled { false };
    qint64 reports = 0;
    const auto result = (*pg)->imports().importRecords(1, records, hc::ImportMode::Replace, &cancelled,
        [&](qint64) {
            ++reports;
            cancelled = true;
        });
    QVERIFY(!result);
    QVERIFY(reports > 0);
    QVERIFY2(result.error().contains(QStringLiteral("cancelled")), qPrintable(result.error()));
    QCOMPARE(snapshot(db), before);

    // Cancelled while the COPY is open (more than a megabyte sent before the check at row 8192): the writer
    // abandons it, and the connection is usable again after the rollback.
    QVector<hc::UserRecord> many;
    for (int i = 0; i < 9000; ++i) {
        hc::UserRecord r;
        r.sourceId = QString::number(i + 1);
        r.username = QStringLiteral("user%1").arg(i);
        r.name = QStringLiteral("A fairly long display name, so the rows pass a megabyte early: %1").arg(i);
        r.email = QStringLiteral("user%1@example.org").arg(i);
        many.append(r);
    }
    cancelled = false;
    const auto stopped = (*pg)->imports().importRecords(1, many, hc::ImportMode::Replace, &cancelled,
        [&](qint64 written) {
            if (written >= 4096)
                cancelled = true;
        });
    QVERIFY(!stopped);
    QVERIFY2(stopped.error().contains(QStringLiteral("cancelled")), qPrintable(stopped.error()));
    QCOMPARE(snapshot(db), before);
    VERIFY_OK((*pg)->imports().importRecords(1, records, hc::ImportMode::Replace));
}

// Text COPY must escape: tabs, newlines, backslashes and "\N" come back as they were sent, as on SQLite.
void TestPgImport::awkwardTextRoundTrips()
{
    auto pg = Workspace::open(m_pg->url());
    VERIFY_OK(pg);
    auto lite = Workspace::open(sqlitePath());
    VERIFY_OK(lite);
    hc::UserRecord r;
    r.sourceId = QStringLiteral("1");
    r.name = QStringLiteral("Tab\there, line\nthere, back\\slash, \\N, cr\r, M\u00fcller");
    r.username = QStringLiteral("odd\\user");
    r.email = QStringLiteral("odd@example.org");
    r.tenant = QStringLiteral("shop\t1");
    for (Workspace *ws : { pg->get(), lite->get() })
        VERIFY_OK(ws->imports().importRecords(1, QStringLiteral("prod"), { r }, hc::ImportMode::Replace));
    const QString sql = QStringLiteral("SELECT name, username, tenant FROM user_record");
    const QStringList rows = hc::test::rowsOf((*pg)->database(), sql);
    QCOMPARE(rows, (QStringList { r.name + QLatin1Char('|') + r.username + QLatin1Char('|') + r.tenant }));
    QCOMPARE(rows, hc::test::rowsOf((*lite)->database(), sql));
    QCOMPARE(snapshot((*pg)->database()), snapshot((*lite)->database()));
}

QTEST_GUILESS_MAIN(TestPgImport)
#include "tst_pgimport.moc"
