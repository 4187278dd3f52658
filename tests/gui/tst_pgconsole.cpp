// The console on a shared workspace on a real PostgreSQL server (issue 12, SPEC §5/§7; labels gui and postgres):
// connecting through File → Connect to Shared Workspace…, the password prompt when .pgpass gives none (the password
// reaching neither the settings nor the recent list), and the console following a change that another process
// (the real headcount-cli) commits, told by LISTEN/NOTIFY rather than polling.
#include "ChangeNotifier.h"
#include "ConnectWorkspaceDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "MessageWidget.h"
#include "PasswordPrompt.h"
#include "PgTestSupport.h"
#include "Settings.h"
#include "StorageErrors.h"
#include "Transaction.h"
#include "UsersModel.h"
#include "UsersView.h"
#include "Workspace.h"
#include "WorkspaceSession.h"

#include <QFile>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QTableView>
#include <QUndoStack>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>

using namespace hc;

namespace {

// The console follows within 1 s (SPEC §7); 3 s for a loaded machine.
constexpr int FollowMs = 3000;
// Longer than the session's coalescing of notifications (WorkspaceSession::NotifyDelayMs).
constexpr int SessionSettle = 500;

} // namespace

class TestPgConsole : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void connectsThroughDialog();
    void asksForPassword();
    void cancelledPromptOpensNothing();
    void notifiesOnCommitOnly();
    void followsAnotherProcess();
    void usersViewAndDecisions();
    void reconnectsAfterLostConnection();

private:
    // Connects the window through the dialog, as a person would.
    void connectThroughDialog(MainWindow *window, const QString &url);
    // Without .pgpass: libpq finds no password and the server (scram-sha-256 on 127.0.0.1) wants one.
    void hidePasswordFile() { qputenv("PGPASSFILE", QByteArrayLiteral("/nonexistent/.pgpass")); }

    std::unique_ptr<test::PgTestDatabase> m_db;
    std::unique_ptr<test::WindowFixture> m_fixture;
    QByteArray m_passFile;
    QString m_password; // read before a test hides the password file
};

void TestPgConsole::initTestCase()
{
    test::initGuiTestCase();
    if (!test::PgTestDatabase::serverAvailable())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
    m_passFile = qgetenv("PGPASSFILE");
    m_password = test::PgTestDatabase::rolePassword();
    QVERIFY(!m_password.isEmpty());
}

void TestPgConsole::init()
{
    qputenv("PGPASSFILE", m_passFile);
    PasswordPrompt::clearAnswers();
    m_db = std::make_unique<test::PgTestDatabase>();
    QVERIFY2(m_db->isReady(), qPrintable(m_db->error()));
    // The workspace exists (schema made) before the console connects; the window starts on a file.
    VERIFY_OK(Workspace::open(m_db->url()));
    m_fixture = std::make_unique<test::WindowFixture>(QStringLiteral("local.headcount"));
    VERIFY_OK(m_fixture->check());
    VERIFY_OK(m_fixture->openWindow());
}

void TestPgConsole::cleanup()
{
    m_fixture.reset();
    m_db.reset();
    qputenv("PGPASSFILE", m_passFile);
    PasswordPrompt::clearAnswers();
}

void TestPgConsole::connectThroughDialog(MainWindow *window, const QString &url)
{
    const auto parsed = DatabaseUrl::parse(url);
    VERIFY_OK(parsed);
    QVERIFY(test::triggerAction(window, QStringLiteral("actionConnectSharedWorkspace")));
    auto *dialog = window->findChild<ConnectWorkspaceDialog *>(QStringLiteral("connectWorkspaceDialog"));
    QVERIFY(dialog);
    dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit"))->setText(parsed->host());
    dialog->findChild<QSpinBox *>(QStringLiteral("portSpin"))->setValue(parsed->port());
    dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit"))->setText(parsed->databaseName());
    dialog->findChild<QLineEdit *>(QStringLiteral("userEdit"))->setText(parsed->user());
    QCOMPARE(dialog->url(), url);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
}

void TestPgConsole::connectsThroughDialog()
{
    MainWindow *window = m_fixture->window();
    connectThroughDialog(window, m_db->url());
    QTRY_COMPARE(window->session()->path(), m_db->url());
    QVERIFY(window->session()->workspace()->isShared());
    QCOMPARE(PasswordPrompt::answeredCount(), 0); // .pgpass gave it
    QCOMPARE(m_fixture->settings().recentWorkspaces().value(0), m_db->url());
    QVERIFY(window->windowTitle().contains(m_db->name()));
    // Told of changes rather than polling.
    QVERIFY(window->session()->isListening());
    QVERIFY(!window->session()->findChild<QTimer *>(QStringLiteral("workspaceWatch"))->isActive());
}

void TestPgConsole::asksForPassword()
{
    hidePasswordFile();
    const QString password = m_password;
    const int before = PasswordPrompt::answeredCount();
    // A wrong one first: asked again, saying it was refused.
    PasswordPrompt::queueAnswer(QStringLiteral("wrong-%1").arg(password));
    PasswordPrompt::queueAnswer(password);
    MainWindow *window = m_fixture->window();
    connectThroughDialog(window, m_db->url());
    QTRY_COMPARE(window->session()->path(), m_db->url());
    QCOMPARE(PasswordPrompt::answeredCount(), before + 2);
    QVERIFY2(PasswordPrompt::lastText().contains(QStringLiteral("did not accept the password")),
        qPrintable(PasswordPrompt::lastText()));

    // The console's other connections (imports, reports, background changes open by URL) get it while it is open...
    {
        auto worker = Workspace::open(m_db->url());
        VERIFY_OK(worker);
    }
    // ...and it is nowhere on disk: not in the settings file, not in the recent list.
    m_fixture->settings().sync();
    QFile ini(m_fixture->dir().filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    const QByteArray written = ini.readAll();
    QVERIFY(written.contains(m_db->name().toUtf8()));
    QVERIFY(!written.contains(password.toUtf8()));
    for (const QString &entry : m_fixture->settings().recentWorkspaces())
        QVERIFY(!entry.contains(password));

    // Closed, it is forgotten once the views' background readers (which may still be finishing) are done: a new
    // connection needs it again.
    window->session()->close();
    QTRY_VERIFY_WITH_TIMEOUT(!Workspace::open(m_db->url()), FollowMs);
    QCOMPARE(Workspace::open(m_db->url()).code(), PasswordNeededCode);
}

void TestPgConsole::cancelledPromptOpensNothing()
{
    hidePasswordFile();
    PasswordPrompt::queueAnswer(std::nullopt);
    MainWindow *window = m_fixture->window();
    const QString before = window->session()->path();
    QVERIFY(!window->openWorkspace(m_db->url()));
    QCOMPARE(window->session()->path(), before);
    QVERIFY(window->messageWidget()->text().contains(QStringLiteral(".pgpass")));
    QVERIFY(!m_fixture->settings().recentWorkspaces().contains(m_db->url()));
}

void TestPgConsole::notifiesOnCommitOnly()
{
    auto listening = Workspace::open(m_db->url());
    VERIFY_OK(listening);
    auto writing = Workspace::open(m_db->url());
    VERIFY_OK(writing);
    ChangeNotifier notifier(**listening);
    const auto started = notifier.start();
    VERIFY_OK(started);
    QVERIFY(*started);
    QSignalSpy spy(&notifier, &ChangeNotifier::changedElsewhere);
    const auto infra = (*writing)->infrastructureStore().infrastructure();
    VERIFY_OK(infra);

    // Rolled back: no notification.
    {
        QSqlDatabase db = (*writing)->database();
        Transaction tx(db);
        QVERIFY(tx.isOpen());
        VERIFY_OK((*writing)->domainStore().addDomains(infra->id, { QStringLiteral("rolled.back") }));
    }
    QTest::qWait(300);
    QCOMPARE(spy.count(), 0);
    // Committed: one.
    VERIFY_OK((*writing)->domainStore().addDomains(infra->id, { QStringLiteral("acme.com") }));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, FollowMs);
    // The listener's own commits are not news to it.
    VERIFY_OK((*listening)->domainStore().addDomains(infra->id, { QStringLiteral("own.example") }));
    QTest::qWait(300);
    QCOMPARE(spy.count(), 1);
}

void TestPgConsole::followsAnotherProcess()
{
    MainWindow *window = m_fixture->window();
    QVERIFY(window->openWorkspace(m_db->url()));
    WorkspaceSession *session = window->session();
    QVERIFY(session->isListening());
    QSignalSpy elsewhere(session, &WorkspaceSession::changedElsewhere);
    QVERIFY(!session->counts().capacity.internal.has_value());

    auto run = test::runCli(m_db->url(), { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("77") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTRY_COMPARE_WITH_TIMEOUT(session->counts().capacity.internal.value_or(-1), qint64(77), FollowMs);
    QVERIFY(elsewhere.count() >= 1);
    run = test::runCli(m_db->url(), { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QTRY_COMPARE_WITH_TIMEOUT(session->counts().runtimes.size(), 1, FollowMs);

    // The console's own change refreshes as it is made, not a second time as news from elsewhere.
    QTest::qWait(SessionSettle);
    const int seen = int(elsewhere.count());
    VERIFY_OK(session->changeStructure([](Workspace &ws) {
        const auto infra = ws.infrastructureStore().infrastructure();
        return infra ? ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") }) : Status::failure(infra.error());
    }));
    QTest::qWait(SessionSettle);
    QCOMPARE(int(elsewhere.count()), seen);
    QVERIFY2(!window->messageWidget()->text().contains(QStringLiteral("changes made by another program")),
        qPrintable(window->messageWidget()->text()));
}

// The Users view lists a shared workspace's records, and a decision taken there is one transaction on the server:
// the counts equal a recount, another process (the CLI) sees it, Undo takes it back.
void TestPgConsole::usersViewAndDecisions()
{
    VERIFY_OK(test::buildSampleWorkspace(m_db->url()));
    MainWindow *window = m_fixture->window();
    QVERIFY(window->openWorkspace(m_db->url()));
    WorkspaceSession *session = window->session();
    const Counts before = session->counts();
    qint64 records = before.excluded.itUser + before.excluded.inactive + before.excluded.anonymous;
    for (const RuntimeCounts &rc : before.runtimes)
        records += rc.records.total();
    auto *view = qobject_cast<UsersView *>(test::showView(*window, QStringLiteral("usersView")));
    QVERIFY(view);
    QTRY_VERIFY(!view->model()->isLoading() && view->model()->isCountKnown());
    QTRY_COMPARE(qint64(view->model()->rowCount()), records);
    QVERIFY2(!window->messageWidget()->isVisible(), qPrintable(window->messageWidget()->text()));

    // The first ten counted users, deactivated from the console.
    QStringList chosen;
    QItemSelectionModel *selection = view->table()->selectionModel();
    for (int row = 0; row < view->model()->rowCount() && chosen.size() < 10; ++row) {
        if (view->model()->userRow(row).status != RecordStatus::Counted)
            continue;
        chosen << view->model()->userRow(row).record.username;
        selection->select(view->model()->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    QCOMPARE(chosen.size(), 10);
    QVERIFY(test::triggerAction(window, QStringLiteral("actionDeactivate")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QVERIFY2(!window->messageWidget()->isVisible(), qPrintable(window->messageWidget()->text()));
    const Counts after = session->counts();
    QVERIFY(after.excluded.inactive > before.excluded.inactive);
    const auto recount = session->workspace()->recount(session->currentInfrastructureId());
    VERIFY_OK(recount);
    QCOMPARE(*recount, after);

    // Another process reads the same decision from the server.
    const auto run = test::runCli(m_db->url(), { QStringLiteral("users"), QStringLiteral("--status"),
                                                 QStringLiteral("inactive"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList inactive;
    for (const QJsonValue &v : QJsonDocument::fromJson(run.out.toUtf8()).array())
        inactive << v.toObject().value(QStringLiteral("username")).toString();
    for (const QString &name : std::as_const(chosen))
        QVERIFY2(inactive.contains(name), qPrintable(name));

    QVERIFY(test::triggerAction(window, QStringLiteral("actionUndo")));
    QTRY_VERIFY_WITH_TIMEOUT(!session->isBusy(), 30000);
    QCOMPARE(session->counts(), before);
    QCOMPARE(session->undoStack()->index(), 0);
}

// A dropped connection (the server restarted, the network went away) also ends LISTEN without a word: the console
// notices within ConnectionCheckMs, opens the workspace again, says so, and shows what was changed meanwhile.
void TestPgConsole::reconnectsAfterLostConnection()
{
    MainWindow *window = m_fixture->window();
    QVERIFY(window->openWorkspace(m_db->url()));
    WorkspaceSession *session = window->session();
    QVERIFY(session->isListening());
    QVERIFY(session->findChild<QTimer *>(QStringLiteral("connectionWatch"))->isActive());
    QSqlQuery pid(session->workspace()->database());
    QVERIFY(pid.exec(QStringLiteral("SELECT pg_backend_pid()")) && pid.next());
    const qint64 backend = pid.value(0).toLongLong();
    pid.finish();

    // Another process ends the console's connection, then changes the workspace.
    auto other = Workspace::open(m_db->url());
    VERIFY_OK(other);
    QSqlQuery terminate((*other)->database());
    QVERIFY2(terminate.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)) && terminate.next(),
             qPrintable(terminate.lastError().text()));
    QVERIFY(terminate.value(0).toBool());
    const auto run = test::runCli(m_db->url(), { QStringLiteral("capacity"), QStringLiteral("set"),
                                                 QStringLiteral("--internal"), QStringLiteral("55") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    const int within = WorkspaceSession::ConnectionCheckMs + FollowMs;
    QTRY_COMPARE_WITH_TIMEOUT(session->counts().capacity.internal.value_or(-1), qint64(55), within);
    QVERIFY(session->isListening());
    QTRY_VERIFY2(window->messageWidget()->text().contains(QStringLiteral("restored")),
                 qPrintable(window->messageWidget()->text()));
    // And it follows changes again as they are made.
    const auto again = test::runCli(m_db->url(), { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") });
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QTRY_COMPARE_WITH_TIMEOUT(session->counts().runtimes.size(), 1, FollowMs);
}

QTEST_MAIN(TestPgConsole)
#include "tst_pgconsole.moc"
