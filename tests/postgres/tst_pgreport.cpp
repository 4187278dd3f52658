// The compliance report and the integrity check of a shared workspace on a real PostgreSQL server (issue 12, label
// postgres): `headcount-cli report` over the samples writes the same report as over the same workspace on SQLite
// (the times of day masked: the two are built a moment apart), with the same fingerprint; `check` says ok on a
// fresh workspace and finds a key set made stale by hand, as on SQLite.
#include "PgTestSupport.h"
#include "ReportQueries.h"
#include "StorageErrors.h"
#include "TestSupport.h"
#include "Workspace.h"

#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using hc::Workspace;
using hc::test::PgTestDatabase;
using hc::test::runCli;

class TestPgReport : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void reportMatchesSqlite_data();
    void reportMatchesSqlite();
    void fingerprintMatchesSqlite();
    void snapshotIgnoresOtherWriters();
    void checkSaysOk();
    void checkFindsStaleKeySet_data();
    void checkFindsStaleKeySet();
    void serverErrorsAreNotDamage_data();
    void serverErrorsAreNotDamage();

private:
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("w.headcount")); }

    // The report's HTML with every date-time ("2026-12-02 01:42:27 UTC") masked.
    static QString masked(const QString &file);
    // Runs `sql` on a workspace's own connection.
    static void exec(const QString &db, const QString &sql);
};

QString TestPgReport::masked(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        qWarning("cannot read %s", qPrintable(file));
        return {};
    }
    QString html = QString::fromUtf8(f.readAll());
    static const QRegularExpression stamp(QStringLiteral("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC"));
    html.replace(stamp, QStringLiteral("<time>"));
    return html;
}

void TestPgReport::initTestCase()
{
    if (!PgTestDatabase::serverAvailable())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
    QVERIFY(m_dir.isValid());
}

void TestPgReport::init()
{
    m_pg = std::make_unique<PgTestDatabase>();
    QVERIFY2(m_pg->isReady(), qPrintable(m_pg->error()));
    QFile::remove(sqlitePath());
}

void TestPgReport::cleanup()
{
    m_pg.reset();
}

void TestPgReport::reportMatchesSqlite_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("default") << QStringList();
    QTest::newRow("inactive for 10 years") << QStringList { QStringLiteral("--inactive-days"), QStringLiteral("3650") };
    QTest::newRow("pseudonymised") << QStringList { QStringLiteral("--pseudonymise") };
}

void TestPgReport::reportMatchesSqlite()
{
    QFETCH(QStringList, options);
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    const QString pgFile = m_dir.filePath(QStringLiteral("pg.html"));
    const QString sqliteFile = m_dir.filePath(QStringLiteral("sqlite.html"));
    QFile::remove(pgFile);
    QFile::remove(sqliteFile);
    const auto lite = runCli(sqlitePath(), QStringList { QStringLiteral("report"), QStringLiteral("--output"), sqliteFile } + options);
    QVERIFY2(lite.exitCode == 0, qPrintable(lite.out + lite.err));
    const auto pg = runCli(m_pg->url(), QStringList { QStringLiteral("report"), QStringLiteral("--output"), pgFile } + options);
    if (pg.exitCode != 0 && pg.err.contains(QStringLiteral("Listing users is not yet supported")))
        QSKIP("the deactivation candidates need Workspace::users on PostgreSQL (UserQueries)");
    QVERIFY2(pg.exitCode == 0, qPrintable(pg.out + pg.err));
    // "wrote FILE" and the fingerprint lines: the same but for the file's name.
    QCOMPARE(QString(pg.out).replace(pgFile, QStringLiteral("FILE")), QString(lite.out).replace(sqliteFile, QStringLiteral("FILE")));
    QVERIFY2(pg.out.contains(QStringLiteral("fingerprint default: ")), qPrintable(pg.out));
    const QString html = masked(pgFile);
    QVERIFY(html.contains(QStringLiteral("<time>")));
    QVERIFY(html.size() > 1000);
    static const QRegularExpression inactive(QStringLiteral("(\\d+) counted records have not logged in"));
    const auto found = inactive.match(html);
    // The samples have records that never logged in: the candidates (Workspace::users) are listed too.
    QVERIFY2(found.hasMatch(), "no deactivation candidates section");
    QVERIFY(found.captured(1).toInt() > 0);
    const QStringList pgLines = html.split(QLatin1Char('\n'));
    const QStringList liteLines = masked(sqliteFile).split(QLatin1Char('\n'));
    // Line by line first, so a difference shows where it is.
    for (int i = 0; i < std::min(pgLines.size(), liteLines.size()); ++i)
        QCOMPARE(pgLines.at(i), liteLines.at(i));
    QCOMPARE(pgLines.size(), liteLines.size());
}

// `fingerprint` reads the records in the same order and digests the same bytes on both databases.
void TestPgReport::fingerprintMatchesSqlite()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    const auto lite = runCli(sqlitePath(), { QStringLiteral("fingerprint") });
    QVERIFY2(lite.exitCode == 0, qPrintable(lite.err));
    const auto pg = runCli(m_pg->url(), { QStringLiteral("fingerprint") });
    QVERIFY2(pg.exitCode == 0, qPrintable(pg.err));
    QCOMPARE(pg.out.trimmed().size(), 64);
    QCOMPARE(pg.out, lite.out);
}

void TestPgReport::exec(const QString &db, const QString &sql)
{
    auto ws = Workspace::open(db);
    VERIFY_OK(ws);
    QSqlQuery q((*ws)->database());
    QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
    QCOMPARE(q.numRowsAffected(), 1);
}

// A report reads one state of the workspace (ReadSnapshot) while another process commits: PostgreSQL's default
// READ COMMITTED would show each statement the latest commit.
void TestPgReport::snapshotIgnoresOtherWriters()
{
    auto reader = Workspace::open(m_pg->url());
    VERIFY_OK(reader);
    auto writer = Workspace::open(m_pg->url());
    VERIFY_OK(writer);
    const qint64 infra = (*writer)->infrastructureStore().infrastructure()->id;
    const auto owned = [&] {
        QSqlQuery q((*reader)->database());
        if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM owned_domain")) || !q.next())
            qWarning("%s", qPrintable(q.lastError().text()));
        return q.value(0).toInt();
    };
    {
        hc::ReadSnapshot snapshot(**reader);
        VERIFY_OK(snapshot.begin());
        QCOMPARE(owned(), 0);
        VERIFY_OK((*writer)->domainStore().addDomains(infra, { QStringLiteral("acme.com") }));
        QCOMPARE(owned(), 0);
        // And it only reads.
        QSqlQuery q((*reader)->database());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM owned_domain")));
    }
    QCOMPARE(owned(), 1);
}

// `check` on a sound shared workspace: rc 0 and the words SQLite's check says.
void TestPgReport::checkSaysOk()
{
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    const auto pg = runCli(m_pg->url(), { QStringLiteral("check") });
    QVERIFY2(pg.exitCode == 0, qPrintable(pg.out + pg.err));
    const auto lite = runCli(sqlitePath(), { QStringLiteral("check") });
    QVERIFY2(lite.exitCode == 0, qPrintable(lite.out + lite.err));
    QCOMPARE(QString(pg.out).replace(m_pg->url(), QStringLiteral("DB")), QString(lite.out).replace(sqlitePath(), QStringLiteral("DB")));
    QVERIFY2(pg.out.contains(QStringLiteral("integrity check passed")), qPrintable(pg.out));
    QVERIFY(pg.err.isEmpty());
}

// A key set changed behind the workspace's back (as tst_workspace's staleKeySetIsFound does on SQLite): rc 1, the
// runtime named, the same lines as on SQLite.
void TestPgReport::checkFindsStaleKeySet_data()
{
    QTest::addColumn<QString>("pgSql");
    QTest::addColumn<QString>("sqliteSql");
    QTest::addColumn<QString>("problem");
    const QString where = QStringLiteral(" WHERE runtime_id = (SELECT id FROM runtime WHERE name = 'prod-us')");
    // Still well formed, no longer the runtime's keys.
    QTest::newRow("a hash short") << QStringLiteral("UPDATE runtime_keyset SET hashes = substring(hashes FROM 1 FOR length(hashes) - 8)") + where
                                  << QStringLiteral("UPDATE runtime_keyset SET hashes = substr(hashes, 1, length(hashes) - 8)") + where
                                  << QStringLiteral("the key set of runtime prod-us holds");
    // Not a whole number of values.
    QTest::newRow("torn") << QStringLiteral("UPDATE runtime_keyset SET hashes = substring(hashes FROM 1 FOR 3)") + where
                          << QStringLiteral("UPDATE runtime_keyset SET hashes = substr(hashes, 1, 3)") + where
                          << QStringLiteral("key set");
    QTest::newRow("missing") << QStringLiteral("DELETE FROM runtime_keyset") + where
                             << QStringLiteral("DELETE FROM runtime_keyset") + where
                             << QStringLiteral("key set");
}

void TestPgReport::checkFindsStaleKeySet()
{
    QFETCH(QString, pgSql);
    QFETCH(QString, sqliteSql);
    QFETCH(QString, problem);
    VERIFY_OK(hc::test::buildSampleWorkspace(m_pg->url()));
    VERIFY_OK(hc::test::buildSampleWorkspace(sqlitePath()));
    exec(m_pg->url(), pgSql);
    exec(sqlitePath(), sqliteSql);
    const auto pg = runCli(m_pg->url(), { QStringLiteral("check") });
    QCOMPARE(pg.exitCode, 1);
    QVERIFY2(pg.out.contains(problem), qPrintable(pg.out + pg.err));
    QVERIFY2(pg.err.contains(QStringLiteral("1 problem found")), qPrintable(pg.err));
    const auto lite = runCli(sqlitePath(), { QStringLiteral("check") });
    QCOMPARE(lite.exitCode, 1);
    QCOMPARE(pg.out, lite.out);
    QCOMPARE(pg.err, lite.err);
}

// PostgreSQL's errors carry an SQLSTATE, not an SQLite result code: 22027 read as a number has SQLITE_CORRUPT's
// low byte (11), and "malformed" is in many of the server's messages; neither is a damaged workspace.
void TestPgReport::serverErrorsAreNotDamage_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("sqlstate");
    QTest::newRow("22027 (trim_error)") << QStringLiteral("DO $$ BEGIN RAISE EXCEPTION 'refused' USING ERRCODE = '22027'; END $$")
                                        << QStringLiteral("22027");
    QTest::newRow("malformed array literal") << QStringLiteral("SELECT '{1'::int[]") << QStringLiteral("22P02");
}

void TestPgReport::serverErrorsAreNotDamage()
{
    QFETCH(QString, sql);
    QFETCH(QString, sqlstate);
    auto ws = Workspace::open(m_pg->url());
    VERIFY_OK(ws);
    QSqlQuery q((*ws)->database());
    QVERIFY(!q.exec(sql));
    const QSqlError e = q.lastError();
    QCOMPARE(e.nativeErrorCode(), sqlstate);
    qDebug() << "driver text:" << e.driverText() << "database text:" << e.databaseText();
    QVERIFY2(!hc::StorageErrors::isDamage(e), qPrintable(e.text()));
    QVERIFY2(!hc::StorageErrors::failure(QStringLiteral("testing"), e).contains(QStringLiteral("damaged")), qPrintable(e.text()));
}

QTEST_GUILESS_MAIN(TestPgReport)
#include "tst_pgreport.moc"
