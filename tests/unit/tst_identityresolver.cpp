// R6: counted records grouped into individuals, with the administrator's links and splits.
#include "IdentityResolver.h"
#include "Rules.h"

#include <QTest>

using namespace hc;

namespace {

// One record as "id;pool;email;username[;split]" (pool: TenantKinds::usernamePool of its tenant), keyed the way the callers key them (R1, R2, R6).
IdentityResolver::Item item(const QString &spec)
{
    const QStringList f = spec.split(u';');
    if (f.size() < 4)
        qFatal("bad item in test data");
    IdentityResolver::Item it;
    it.id = f[0].toLongLong();
    it.usernamePool = f[1];
    if (const auto email = Rules::chooseEmail(f[2], f[3]).email)
        it.emailKey = email->address;
    it.usernameKey = Rules::usernameKey(f[3]);
    it.split = f.size() > 4 && f[4] == u"split";
    return it;
}

} // namespace

class TestIdentityResolver : public QObject {
    Q_OBJECT

private slots:
    void resolve_data();
    void resolve();
    void emptyResolver();
    void linkOutOfRangeIsIgnored();
};

void TestIdentityResolver::resolve_data()
{
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("links"); // "a-b", indexes into items
    QTest::addColumn<QList<qint64>>("individuals"); // per item

    QTest::newRow("different people") << QStringList { QStringLiteral("1;;ana@acme.com;ana"),
        QStringLiteral("2;;bob@acme.com;bob") }
                                      << QStringList() << QList<qint64> { 1, 2 };
    QTest::newRow("same e-mail, normalised")
        << QStringList { QStringLiteral("1;;Ana@MÜNCHEN.de.;ana"), QStringLiteral("2;;ana@xn--mnchen-3ya.de;ana.m") }
        << QStringList() << QList<qint64> { 1, 1 };
    QTest::newRow("same e-mail via Username") << QStringList { QStringLiteral("1;;;jane.green@mycompany.com"),
        QStringLiteral("2;;Jane.Green@MyCompany.com;jgreen") }
                                              << QStringList() << QList<qint64> { 1, 1 };
    QTest::newRow("same username, case and blanks")
        << QStringList { QStringLiteral("1;;;Bob"), QStringLiteral("2;; ;  bob ") } << QStringList()
        << QList<qint64> { 1, 1 };
    QTest::newRow("same username, different e-mails")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana"), QStringLiteral("2;;ana@gmail.com;ANA") }
        << QStringList() << QList<qint64> { 1, 1 };
    QTest::newRow("local part differs") << QStringList { QStringLiteral("1;;ana@acme.com;a1"),
        QStringLiteral("2;;ana.b@acme.com;a2") }
                                        << QStringList() << QList<qint64> { 1, 2 };
    QTest::newRow("transitive: e-mail then username") << QStringList { QStringLiteral("1;;ana@acme.com;a"),
        QStringLiteral("2;;ana@acme.com;b"), QStringLiteral("3;;other@gmail.com;b") }
                                                      << QStringList() << QList<qint64> { 1, 1, 1 };
    QTest::newRow("transitive: bridge added last")
        << QStringList { QStringLiteral("1;;ana@acme.com;a"), QStringLiteral("2;;other@gmail.com;b"),
               QStringLiteral("3;;carl@acme.com;c"), QStringLiteral("4;;ana@acme.com;b") }
        << QStringList() << QList<qint64> { 1, 1, 3, 1 };
    QTest::newRow("two groups bridged") << QStringList { QStringLiteral("1;;x@a.com;p"), QStringLiteral("2;;x@a.com;q"),
        QStringLiteral("3;;y@a.com;r"), QStringLiteral("4;;y@a.com;s"), QStringLiteral("5;;z@a.com;q"),
        QStringLiteral("6;;z@a.com;s") } << QStringList()
                                        << QList<qint64> { 1, 1, 1, 1, 1, 1 };
    // R6 (revised): an address is a person's, whatever the pool; a username only names one within its pool.
    QTest::newRow("e-mail joins across pools") << QStringList { QStringLiteral("1;;ana@acme.com;ana"),
        QStringLiteral("2;t2;ana@acme.com;ana.t2") }
                                               << QStringList() << QList<qint64> { 1, 1 };
    QTest::newRow("same username in two pools stays apart")
        << QStringList { QStringLiteral("1;t1;;admin"), QStringLiteral("2;t2;;admin"), QStringLiteral("3;;;admin") }
        << QStringList() << QList<qint64> { 1, 2, 3 };
    QTest::newRow("same non-default tenant merges")
        << QStringList { QStringLiteral("1;t2;ana@acme.com;a"), QStringLiteral("2;t2;ANA@acme.com;b") } << QStringList()
        << QList<qint64> { 1, 1 };
    QTest::newRow("username chain stops at the pool") << QStringList { QStringLiteral("1;t1;ana@acme.com;a"),
        QStringLiteral("2;t2;ana@acme.com;x"), QStringLiteral("3;t1;;x") }
                                                      << QStringList() << QList<qint64> { 1, 1, 3 };
    QTest::newRow("empty keys never match")
        << QStringList { QStringLiteral("1;;;"), QStringLiteral("2;;;"), QStringLiteral("3;; ;  ") } << QStringList()
        << QList<qint64> { 1, 2, 3 };
    QTest::newRow("invalid e-mails are no key")
        << QStringList { QStringLiteral("1;;not-an-address;u1"), QStringLiteral("2;;not-an-address;u2") }
        << QStringList() << QList<qint64> { 1, 2 };
    QTest::newRow("empty username, same e-mail")
        << QStringList { QStringLiteral("1;;ana@acme.com;"), QStringLiteral("2;;ana@acme.com;") } << QStringList()
        << QList<qint64> { 1, 1 };
    QTest::newRow("link joins") << QStringList { QStringLiteral("1;;ana@acme.com;ana"),
        QStringLiteral("2;;ana.m@gmail.com;anam") }
                                << QStringList { QStringLiteral("0-1") } << QList<qint64> { 1, 1 };
    QTest::newRow("links are transitive")
        << QStringList { QStringLiteral("1;;a@x.com;a"), QStringLiteral("2;;b@x.com;b"), QStringLiteral("3;;c@x.com;c"),
               QStringLiteral("4;;d@x.com;d") }
        << QStringList { QStringLiteral("0-1"), QStringLiteral("2-1") } << QList<qint64> { 1, 1, 1, 4 };
    QTest::newRow("link and automatic match chain") << QStringList {
        QStringLiteral("1;;a@x.com;a"), QStringLiteral("2;;b@x.com;b"), QStringLiteral("3;;b@x.com;c")
    } << QStringList { QStringLiteral("0-1") } << QList<qint64> { 1, 1, 1 };
    QTest::newRow("link joins across pools")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana"), QStringLiteral("2;t2;ana.m@gmail.com;anam") }
        << QStringList { QStringLiteral("0-1") } << QList<qint64> { 1, 1 };
    QTest::newRow("link to itself") << QStringList { QStringLiteral("1;;a@x.com;a"), QStringLiteral("2;;b@x.com;b") }
                                    << QStringList { QStringLiteral("0-0") } << QList<qint64> { 1, 2 };
    QTest::newRow("split record stays apart")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana"), QStringLiteral("2;;ana@acme.com;ana;split") }
        << QStringList() << QList<qint64> { 1, 2 };
    QTest::newRow("split record first stays apart") << QStringList { QStringLiteral("1;;ana@acme.com;ana;split"),
        QStringLiteral("2;;ana@acme.com;ana"), QStringLiteral("3;;ana@acme.com;x") }
                                                    << QStringList() << QList<qint64> { 1, 2, 2 };
    QTest::newRow("two split records stay apart")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana;split"), QStringLiteral("2;;ana@acme.com;ana;split") }
        << QStringList() << QList<qint64> { 1, 2 };
    QTest::newRow("split record bridges nothing") << QStringList { QStringLiteral("1;;ana@acme.com;a"),
        QStringLiteral("2;;ana@acme.com;b;split"), QStringLiteral("3;;c@acme.com;b") }
                                                  << QStringList() << QList<qint64> { 1, 2, 3 };
    QTest::newRow("split record joins through a link")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana"), QStringLiteral("2;;ana@acme.com;ana;split"),
               QStringLiteral("3;;zed@acme.com;zed") }
        << QStringList { QStringLiteral("1-2") } << QList<qint64> { 1, 2, 2 };
    QTest::newRow("split record linked back")
        << QStringList { QStringLiteral("1;;ana@acme.com;ana"), QStringLiteral("2;;ana@acme.com;ana;split") }
        << QStringList { QStringLiteral("1-0") } << QList<qint64> { 1, 1 };
    QTest::newRow("individual is the smallest id")
        << QStringList { QStringLiteral("42;;ana@acme.com;a"), QStringLiteral("7;;ana@acme.com;b"),
               QStringLiteral("19;;x@acme.com;b"), QStringLiteral("3;;solo@acme.com;solo") }
        << QStringList() << QList<qint64> { 7, 7, 7, 3 };
    QTest::newRow("smallest id through a link") << QStringList { QStringLiteral("50;;a@x.com;a"),
        QStringLiteral("60;;b@x.com;b"), QStringLiteral("5;;b@x.com;c") }
                                                << QStringList { QStringLiteral("0-1") } << QList<qint64> { 5, 5, 5 };
}

void TestIdentityResolver::resolve()
{
    QFETCH(QStringList, items);
    QFETCH(QStringList, links);
    QFETCH(QList<qint64>, individuals);

    IdentityResolver resolver;
    for (int i = 0; i < items.size(); ++i)
        QCOMPARE(resolver.add(item(items[i])), i);
    QCOMPARE(resolver.size(), items.size());
    for (const QString &l : links)
        resolver.link(l.section(u'-', 0, 0).toInt(), l.section(u'-', 1, 1).toInt());
    QCOMPARE(resolver.resolve(), individuals);
    // Resolving again gives the same answer (path compression must not change groups).
    QCOMPARE(resolver.resolve(), individuals);
}

void TestIdentityResolver::emptyResolver()
{
    IdentityResolver resolver;
    QCOMPARE(resolver.size(), 0);
    QVERIFY(resolver.resolve().isEmpty());
}

void TestIdentityResolver::linkOutOfRangeIsIgnored()
{
    IdentityResolver resolver;
    resolver.add(item(QStringLiteral("1;;a@x.com;a")));
    resolver.add(item(QStringLiteral("2;;b@x.com;b")));
    resolver.link(0, 2);
    resolver.link(-1, 1);
    QCOMPARE(resolver.resolve(), (QList<qint64> { 1, 2 }));
}

QTEST_GUILESS_MAIN(TestIdentityResolver)
#include "tst_identityresolver.moc"
