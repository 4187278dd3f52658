// File → Connect to Shared Workspace… (issue 12, SPEC §5): the dialog puts the fields together as the URL DatabaseUrl
// accepts, refuses what it does not with the reason inline, and the recent list keeps a shared workspace's URL as a
// URL. No server needed (the connection itself: tst_pgconsole).
#include "ConnectWorkspaceDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "RecentWorkspacesMenu.h"
#include "Settings.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

using namespace hc;

class TestConnectDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { test::initGuiTestCase(); }
    void buildsUrl_data();
    void buildsUrl();
    void refusesBadInput_data();
    void refusesBadInput();
    void fillsFromUrl();
    void menuOpensDialog();
    void recentListKeepsUrls();
};

namespace {

struct Fields {
    QLineEdit *host;
    QSpinBox *port;
    QLineEdit *database;
    QLineEdit *user;
    QComboBox *sslMode;
    QLabel *error;
    QPushButton *connect;
};

Fields fieldsOf(QWidget *dialog)
{
    return { dialog->findChild<QLineEdit *>(QStringLiteral("hostEdit")), dialog->findChild<QSpinBox *>(QStringLiteral("portSpin")),
        dialog->findChild<QLineEdit *>(QStringLiteral("databaseEdit")), dialog->findChild<QLineEdit *>(QStringLiteral("userEdit")),
        dialog->findChild<QComboBox *>(QStringLiteral("sslModeCombo")),
        dialog->findChild<QLabel *>(QStringLiteral("connectErrorLabel")),
        dialog->findChild<QPushButton *>(QStringLiteral("connectButton")) };
}

void fill(const Fields &f, const QString &host, int port, const QString &database, const QString &user,
          const QString &sslMode)
{
    f.host->setText(host);
    f.port->setValue(port);
    f.database->setText(database);
    f.user->setText(user);
    f.sslMode->setCurrentIndex(f.sslMode->findData(sslMode));
}

} // namespace

void TestConnectDialog::buildsUrl_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("sslMode");
    QTest::addColumn<QString>("url");
    QTest::newRow("defaults") << "db.example.com" << 5432 << "headcount" << "ann" << "prefer"
                              << "postgresql://ann@db.example.com/headcount";
    QTest::newRow("port") << "10.0.0.5" << 6543 << "hc" << "ann" << "prefer" << "postgresql://ann@10.0.0.5:6543/hc";
    QTest::newRow("verify-full") << "db.example.com" << 5432 << "hc" << "ann" << "verify-full"
                                 << "postgresql://ann@db.example.com/hc?sslmode=verify-full";
    QTest::newRow("disable") << "localhost" << 5432 << "hc" << "ann" << "disable"
                             << "postgresql://ann@localhost/hc?sslmode=disable";
    QTest::newRow("require") << "localhost" << 5432 << "hc" << "ann" << "require"
                             << "postgresql://ann@localhost/hc?sslmode=require";
    QTest::newRow("ipv6") << "::1" << 5433 << "hc" << "ann" << "prefer" << "postgresql://ann@[::1]:5433/hc";
    QTest::newRow("encoded") << " db.example.com " << 5432 << "team hc" << "ann@corp" << "prefer"
                             << "postgresql://ann%40corp@db.example.com/team%20hc";
}

void TestConnectDialog::buildsUrl()
{
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, sslMode);
    QFETCH(QString, url);
    ConnectWorkspaceDialog dialog;
    const Fields f = fieldsOf(&dialog);
    QVERIFY(f.host && f.port && f.database && f.user && f.sslMode && f.error && f.connect);
    QCOMPARE(f.port->value(), 5432);
    fill(f, host, port, database, user, sslMode);
    QCOMPARE(dialog.url(), url);
    QVERIFY(dialog.problem().isEmpty());
    // What the dialog gives is what the storage layer reads back, field for field.
    const auto parsed = DatabaseUrl::parse(url);
    VERIFY_OK(parsed);
    QCOMPARE(parsed->host(), host.trimmed());
    QCOMPARE(parsed->port(), port);
    QCOMPARE(parsed->databaseName(), database);
    QCOMPARE(parsed->user(), user);
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QTest::mouseClick(f.connect, Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
}

void TestConnectDialog::refusesBadInput_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("problem");
    QTest::newRow("no host") << "" << "hc" << "ann" << "host name";
    QTest::newRow("no database") << "db.example.com" << "" << "ann" << "name of the database";
    QTest::newRow("no user") << "db.example.com" << "hc" << "  " << "user name";
    QTest::newRow("space in host") << "db example.com" << "hc" << "ann" << "is not a host name";
    QTest::newRow("slash in database") << "db.example.com" << "a/b" << "ann" << "holds a \"/\"";
    // The port has a field of its own.
    QTest::newRow("port in host") << "db.example.com:5432" << "hc" << "ann" << "is not a host name";
}

void TestConnectDialog::refusesBadInput()
{
    QFETCH(QString, host);
    QFETCH(QString, database);
    QFETCH(QString, user);
    QFETCH(QString, problem);
    ConnectWorkspaceDialog dialog;
    const Fields f = fieldsOf(&dialog);
    fill(f, host, 5432, database, user, QStringLiteral("prefer"));
    QVERIFY(dialog.url().isEmpty());
    QVERIFY2(dialog.problem().contains(problem), qPrintable(dialog.problem()));
    QSignalSpy accepted(&dialog, &QDialog::accepted);
    dialog.show();
    QVERIFY(!f.error->isVisible());
    QTest::mouseClick(f.connect, Qt::LeftButton);
    // Still open, saying why.
    QCOMPARE(accepted.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(f.error->isVisible());
    QCOMPARE(f.error->text(), dialog.problem());
}

void TestConnectDialog::fillsFromUrl()
{
    ConnectWorkspaceDialog dialog;
    dialog.setUrl(QStringLiteral("postgresql://bob@db.example.com:6000/team?sslmode=verify-full"));
    const Fields f = fieldsOf(&dialog);
    QCOMPARE(f.host->text(), QStringLiteral("db.example.com"));
    QCOMPARE(f.port->value(), 6000);
    QCOMPARE(f.database->text(), QStringLiteral("team"));
    QCOMPARE(f.user->text(), QStringLiteral("bob"));
    QCOMPARE(f.sslMode->currentData().toString(), QStringLiteral("verify-full"));
    // A file path is no URL: the fields stay as they are.
    dialog.setUrl(QStringLiteral("/tmp/w.headcount"));
    QCOMPARE(f.host->text(), QStringLiteral("db.example.com"));
}

void TestConnectDialog::menuOpensDialog()
{
    test::WindowFixture fixture(QStringLiteral("w.headcount"));
    VERIFY_OK(fixture.check());
    fixture.settings().addRecentWorkspace(QStringLiteral("postgresql://carol@pg.example.com/shared"));
    VERIFY_OK(fixture.openWindow());
    QVERIFY(test::triggerAction(fixture.window(), QStringLiteral("actionConnectSharedWorkspace")));
    auto *dialog = fixture.window()->findChild<ConnectWorkspaceDialog *>(QStringLiteral("connectWorkspaceDialog"));
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    // Prefilled with the last shared workspace.
    QCOMPARE(dialog->url(), QStringLiteral("postgresql://carol@pg.example.com/shared"));
    dialog->reject();
}

void TestConnectDialog::recentListKeepsUrls()
{
    test::WindowFixture fixture(QStringLiteral("w.headcount"));
    VERIFY_OK(fixture.check());
    const QString url = QStringLiteral("postgresql://dan@pg.example.com:6000/team?sslmode=require");
    fixture.settings().addRecentWorkspace(url);
    fixture.settings().setLastWorkspace(url);
    // Not taken for a relative file path ("/cwd/postgresql:/dan@…").
    QCOMPARE(fixture.settings().recentWorkspaces().value(0), url);
    QCOMPARE(fixture.settings().lastWorkspace(), url);
    RecentWorkspacesMenu menu(fixture.settings());
    const QList<QAction *> actions = menu.actions();
    QVERIFY(!actions.isEmpty());
    QCOMPARE(actions.first()->data().toString(), url);
    QVERIFY2(actions.first()->text().contains(url), qPrintable(actions.first()->text()));
}

QTEST_MAIN(TestConnectDialog)
#include "tst_connectdialog.moc"
