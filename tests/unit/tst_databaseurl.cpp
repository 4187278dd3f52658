// What a --db value names (SPEC §7, issue 12): a file path, or postgresql://USER@HOST[:PORT]/DBNAME with TLS options;
// everything else is refused, a password above all.
#include "DatabaseUrl.h"
#include "TestSupport.h"

#include <QTest>

using hc::DatabaseUrl;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void displayNeverHoldsAPassword();
};

void TestDatabaseUrl::valid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("display");

    QTest::newRow("relative file") << "workspace.headcount" << false << "workspace.headcount" << "" << "" << 5432
                                   << "" << "" << "workspace.headcount";
    QTest::newRow("absolute file") << "/tmp/a b/w.headcount" << false << "/tmp/a b/w.headcount" << "" << "" << 5432
                                   << "" << "" << "/tmp/a b/w.headcount";
    QTest::newRow("file with a colon") << "./postgresql:" << false << "./postgresql:" << "" << "" << 5432 << "" << ""
                                       << "./postgresql:";
    QTest::newRow("default port") << "postgresql://alice@db.example.org/headcount" << true << "" << "alice"
                                  << "db.example.org" << 5432 << "headcount" << ""
                                  << "postgresql://alice@db.example.org/headcount";
    QTest::newRow("port") << "postgresql://alice@127.0.0.1:6543/hc" << true << "" << "alice" << "127.0.0.1" << 6543
                          << "hc" << "" << "postgresql://alice@127.0.0.1:6543/hc";
    QTest::newRow("postgres scheme, any case") << "PostgreSQL://bob@localhost/x" << true << "" << "bob" << "localhost"
                                               << 5432 << "x" << "" << "postgresql://bob@localhost/x";
    QTest::newRow("short scheme") << "postgres://bob@localhost:5432/x" << true << "" << "bob" << "localhost" << 5432
                                  << "x" << "" << "postgresql://bob@localhost/x";
    QTest::newRow("ipv6") << "postgresql://bob@[::1]:5433/x" << true << "" << "bob" << "::1" << 5433 << "x" << ""
                          << "postgresql://bob@[::1]:5433/x";
    QTest::newRow("percent-encoded user") << "postgresql://ann%40corp@h/db%20one" << true << "" << "ann@corp" << "h"
                                          << 5432 << "db one" << "" << "postgresql://ann%40corp@h/db%20one";
    QTest::newRow("tls") << "postgresql://a@h/d?sslmode=verify-full&sslrootcert=/etc/ssl/root.crt" << true << ""
                         << "a" << "h" << 5432 << "d" << "sslmode=verify-full;sslrootcert='/etc/ssl/root.crt'"
                         << "postgresql://a@h/d?sslmode=verify-full&sslrootcert=/etc/ssl/root.crt";
    QTest::newRow("tls client cert, quoted") << "postgresql://a@h/d?sslcert=/c/it%27s.crt&sslkey=/c/k&connect_timeout=5"
                                             << true << "" << "a" << "h" << 5432 << "d"
                                             << "sslcert='/c/it\\'s.crt';sslkey='/c/k';connect_timeout=5"
                                             << "postgresql://a@h/d?sslcert=/c/it%27s.crt&sslkey=/c/k&connect_timeout=5";
}

void TestDatabaseUrl::valid()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    VERIFY_OK(url);
    QFETCH(bool, postgres);
    QCOMPARE(url->isPostgres(), postgres);
    QFETCH(QString, path);
    QCOMPARE(url->path(), path);
    QFETCH(QString, user);
    QCOMPARE(url->user(), user);
    QFETCH(QString, host);
    QCOMPARE(url->host(), host);
    QFETCH(int, port);
    QCOMPARE(url->port(), port);
    QFETCH(QString, database);
    QCOMPARE(url->databaseName(), database);
    QFETCH(QString, options);
    QCOMPARE(url->connectOptions(), options);
    QFETCH(QString, display);
    QCOMPARE(url->toDisplayString(), display);
    // The display form reads back as the same workspace.
    const auto again = DatabaseUrl::parse(url->toDisplayString());
    VERIFY_OK(again);
    QCOMPARE(again->toDisplayString(), display);
}

void TestDatabaseUrl::invalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("named"); // a part of the message that says what is wrong

    QTest::newRow("empty") << "" << int(DatabaseUrl::NoValue) << "No workspace";
    QTest::newRow("blank") << "  " << int(DatabaseUrl::NoValue) << "No workspace";
    QTest::newRow("mysql") << "mysql://a@h/d" << int(DatabaseUrl::UnsupportedScheme) << "\"mysql\"";
    QTest::newRow("sqlite url") << "sqlite:///tmp/x" << int(DatabaseUrl::UnsupportedScheme) << "\"sqlite\"";
    QTest::newRow("http") << "http://example.org/x" << int(DatabaseUrl::UnsupportedScheme) << "\"http\"";
    QTest::newRow("no slashes") << "postgresql:a@h/d" << int(DatabaseUrl::Malformed) << "//";
    QTest::newRow("nothing after scheme") << "postgresql://" << int(DatabaseUrl::Malformed) << "no database name";
    QTest::newRow("no database") << "postgresql://a@h" << int(DatabaseUrl::Malformed) << "no database name";
    QTest::newRow("empty database") << "postgresql://a@h:5432/" << int(DatabaseUrl::Malformed) << "no database name";
    QTest::newRow("database with slash") << "postgresql://a@h/d/e" << int(DatabaseUrl::Malformed) << "\"/\"";
    QTest::newRow("no user") << "postgresql://h/d" << int(DatabaseUrl::Malformed) << "no user name";
    QTest::newRow("empty user") << "postgresql://@h/d" << int(DatabaseUrl::Malformed) << "no user name";
    QTest::newRow("password") << "postgresql://a:secret@h/d" << int(DatabaseUrl::PasswordGiven) << ".pgpass or PGPASSFILE";
    QTest::newRow("empty password") << "postgresql://a:@h/d" << int(DatabaseUrl::PasswordGiven) << "never on the command line";
    QTest::newRow("password option") << "postgresql://a@h/d?password=x" << int(DatabaseUrl::PasswordGiven) << ".pgpass";
    QTest::newRow("no host") << "postgresql://a@/d" << int(DatabaseUrl::Malformed) << "no host name";
    QTest::newRow("port only") << "postgresql://a@:5432/d" << int(DatabaseUrl::Malformed) << "no host name";
    QTest::newRow("bad host") << "postgresql://a@h$x/d" << int(DatabaseUrl::Malformed) << "not a host name";
    QTest::newRow("port not a number") << "postgresql://a@h:abc/d" << int(DatabaseUrl::Malformed) << "not a host name";
    QTest::newRow("empty port") << "postgresql://a@h:/d" << int(DatabaseUrl::Malformed) << "port";
    QTest::newRow("port zero") << "postgresql://a@h:0/d" << int(DatabaseUrl::Malformed) << "port";
    QTest::newRow("port too big") << "postgresql://a@h:65536/d" << int(DatabaseUrl::Malformed) << "port";
    QTest::newRow("fragment") << "postgresql://a@h/d#x" << int(DatabaseUrl::Malformed) << "fragment";
    QTest::newRow("bad sslmode") << "postgresql://a@h/d?sslmode=maybe" << int(DatabaseUrl::Malformed) << "sslmode";
    QTest::newRow("option without value") << "postgresql://a@h/d?sslmode" << int(DatabaseUrl::Malformed) << "no value";
    QTest::newRow("option twice") << "postgresql://a@h/d?sslmode=require&sslmode=disable" << int(DatabaseUrl::Malformed)
                                  << "twice";
    QTest::newRow("semicolon in value") << "postgresql://a@h/d?sslrootcert=/x;host=evil" << int(DatabaseUrl::Malformed)
                                        << "\";\"";
    QTest::newRow("unknown option") << "postgresql://a@h/d?host=other" << int(DatabaseUrl::UnknownOption) << "\"host\"";
    QTest::newRow("bad timeout") << "postgresql://a@h/d?connect_timeout=soon" << int(DatabaseUrl::Malformed)
                                 << "connect_timeout";
}

void TestDatabaseUrl::invalid()
{
    QFETCH(QString, text);
    const auto url = DatabaseUrl::parse(text);
    QVERIFY2(!url.ok(), qPrintable(text));
    QFETCH(int, code);
    QCOMPARE(url.code(), code);
    QFETCH(QString, named);
    QVERIFY2(url.error().contains(named), qPrintable(url.error()));
}

void TestDatabaseUrl::displayNeverHoldsAPassword()
{
    // The refusal names the URL as typed (so the user sees what was refused) but a parsed URL has no password field.
    const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://a@h/d?sslmode=require"));
    VERIFY_OK(url);
    QVERIFY(!url->toDisplayString().contains(QLatin1Char(':') + QStringLiteral("@")));
}

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
