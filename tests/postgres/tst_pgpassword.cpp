// headcount-cli and a shared workspace whose server wants a password that .pgpass does not give (issue 12, SPEC §7,
// label postgres): a script gets the error at once and nothing reads its stdin; on a terminal (util-linux `script`
// makes one) the CLI asks, with echo off, and connects with the answer.
#include "PgTestSupport.h"
#include "TestConfig.h"
#include "TestSupport.h"

#include <QProcess>
#include <QStandardPaths>
#include <QTest>

class TestPgPassword : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void scriptGetsTheError();
    void terminalIsAsked();

private:
    QString m_password;
};

namespace {

// Without .pgpass: libpq finds no password and the server (scram-sha-256 on 127.0.0.1) wants one.
const QStringList NoPassFile = { QStringLiteral("PGPASSFILE=/nonexistent/.pgpass") };

} // namespace

void TestPgPassword::initTestCase()
{
    if (!hc::test::PgTestDatabase::serverAvailable())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
    m_password = hc::test::PgTestDatabase::rolePassword();
    QVERIFY(!m_password.isEmpty());
}

void TestPgPassword::scriptGetsTheError()
{
    hc::test::PgTestDatabase db;
    QVERIFY2(db.isReady(), qPrintable(db.error()));
    // The password on stdin is not read: a script never blocks on a prompt, and stdin is not a way to pass one.
    const auto run = hc::test::runCli(db.url(), { QStringLiteral("infra"), QStringLiteral("list") },
        m_password.toUtf8() + '\n', NoPassFile);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("no password supplied")), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("Password for")));
}

void TestPgPassword::terminalIsAsked()
{
    const QString script = QStandardPaths::findExecutable(QStringLiteral("script"));
    if (script.isEmpty())
        QSKIP("no util-linux script to give the CLI a terminal");
    hc::test::PgTestDatabase db;
    QVERIFY2(db.isReady(), qPrintable(db.error()));
    QVERIFY(hc::test::runCli(db.url(), { QStringLiteral("init") }).exitCode == 0);

    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGPASSFILE"), QStringLiteral("/nonexistent/.pgpass"));
    process.setProcessEnvironment(env);
    process.setProcessChannelMode(QProcess::MergedChannels);
    const QString command = QStringLiteral("%1 --db %2 infra list").arg(QStringLiteral(HEADCOUNT_CLI_PATH), db.url());
    process.start(script, { QStringLiteral("-qec"), command, QStringLiteral("/dev/null") });
    QVERIFY(process.waitForStarted());
    QByteArray transcript;
    // Typed once the prompt is there, as a person would (so echo is off by then).
    QTRY_VERIFY_WITH_TIMEOUT((transcript += process.readAll()).contains("Password for "), 20000);
    process.write(m_password.toUtf8() + '\n');
    QVERIFY(process.waitForFinished(30000));
    transcript += process.readAll();
    QCOMPARE(process.exitCode(), 0);
    QVERIFY2(transcript.contains("internal-external"), transcript.constData());
    QVERIFY2(!transcript.contains(m_password.toUtf8()), "the password was echoed");
}

QTEST_GUILESS_MAIN(TestPgPassword)
#include "tst_pgpassword.moc"
