// R7–R9: counts of one infrastructure computed from its records.
#include "Recount.h"

#include <QTest>

#include <algorithm>

using namespace hc;

Q_DECLARE_METATYPE(hc::LicenceModel)

namespace {

// One entry as "runtime;username;email[;flag...]". Flags: it, inactive, never (never logged in, no name),
// tenant=X, split, +it / -it (administrator sets / clears the IT flag), deact / react (deactivated /
// re-activated in Headcount).
RecountInput::Entry entry(const QString &spec)
{
    const QStringList f = spec.split(u';');
    if (f.size() < 3)
        qFatal("bad entry in test data");
    RecountInput::Entry e;
    e.runtime = f[0];
    e.record.username = f[1];
    e.record.email = f[2];
    e.record.name = f[1];
    e.record.lastLogin = QStringLiteral("2026-03-01T09:30:00Z");
    for (const QString &flag : f.mid(3)) {
        if (flag == u"it")
            e.record.itUser = true;
        else if (flag == u"inactive")
            e.record.active = false;
        else if (flag == u"never") {
            e.record.lastLogin.clear();
            e.record.name.clear();
        } else if (flag.startsWith(u"tenant="))
            e.record.tenant = flag.mid(7);
        else if (flag == u"split")
            e.split = true;
        else if (flag == u"+it" || flag == u"-it")
            e.overrides.itUser = flag == u"+it";
        else if (flag == u"deact" || flag == u"react")
            e.overrides.deactivated = flag == u"deact";
        else
            qFatal("bad flag in test data");
    }
    return e;
}

// "name:internal/external" per runtime for model internal-external, "name:total" for model named.
QString runtimesText(const Counts &c)
{
    QStringList parts;
    for (const RuntimeCounts &rc : c.runtimes) {
        parts << (c.model == LicenceModel::Named
                ? QStringLiteral("%1:%2").arg(rc.name).arg(rc.records.total())
                : QStringLiteral("%1:%2/%3").arg(rc.name).arg(rc.records.internal).arg(rc.records.external));
    }
    return parts.join(u' ');
}

QString excludedText(const ExcludedCounts &e)
{
    return QStringLiteral("it_user=%1 inactive=%2 anonymous=%3").arg(e.itUser).arg(e.inactive).arg(e.anonymous);
}

// "name:records=platform" per runtime, each "internal/external" (named model: totals), then "sum=internal/external".
QString platformText(const Counts &c)
{
    auto cls = [&c](const ClassCounts &x) {
        return c.model == LicenceModel::Named ? QString::number(x.total())
                                              : QStringLiteral("%1/%2").arg(x.internal).arg(x.external);
    };
    QStringList parts;
    for (const RuntimeCounts &rc : c.runtimes)
        parts << QStringLiteral("%1:%2=%3").arg(rc.name, cls(rc.records), cls(rc.platform));
    parts << QStringLiteral("sum=") + cls(c.platformSum());
    return parts.join(u' ');
}

const QStringList WorkedExampleDomains = { QStringLiteral("mycompany.com"), QStringLiteral("sales.mycompany.com") };

} // namespace

class TestRecount : public QObject {
    Q_OBJECT

private slots:
    void recount_data();
    void recount();
    void passesThroughInfrastructure();
    void tenantsAndPlatform_data();
    void tenantsAndPlatform();
};

void TestRecount::recount_data()
{
    QTest::addColumn<LicenceModel>("model");
    QTest::addColumn<QStringList>("owned"); // normalised
    QTest::addColumn<QStringList>("runtimes"); // declared runtimes, any order
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("links"); // "a-b", indexes into entries
    QTest::addColumn<QString>("unique"); // "internal/external" (named: "total")
    QTest::addColumn<QString>("perRuntime");
    QTest::addColumn<QString>("excluded");

    const LicenceModel ie = LicenceModel::InternalExternal;
    const QString noneExcluded = QStringLiteral("it_user=0 inactive=0 anonymous=0");
    const QStringList prod = { QStringLiteral("prod") };
    const QStringList acme = { QStringLiteral("acme.com") };

    QTest::newRow("worked example") << ie << WorkedExampleDomains << prod
                                    << QStringList { QStringLiteral("prod;sgreen;scott.green@mycompany.com"),
                                           QStringLiteral("prod;sgreen2;scott.green@Sales.MyCompany.com"),
                                           QStringLiteral("prod;jane.green@mycompany.com;"),
                                           QStringLiteral("prod;sjones;scarlett.jones@outsourcing.com"),
                                           QStringLiteral("prod;sdavidson;samantha.davidson@finance.mycompany.com"),
                                           QStringLiteral("prod;mjohnson;"), QStringLiteral("prod;bob;not-an-address") }
                                    << QStringList() << QStringLiteral("5/2") << QStringLiteral("prod:5/2")
                                    << noneExcluded;
    QTest::newRow("one person in two runtimes")
        << ie << acme << QStringList { QStringLiteral("prod"), QStringLiteral("dev") }
        << QStringList { QStringLiteral("prod;ana;ana@gmail.com"), QStringLiteral("dev;ana.g;Ana@GMail.com") }
        << QStringList() << QStringLiteral("0/1") << QStringLiteral("dev:0/1 prod:0/1") << noneExcluded;
    QTest::newRow("internal when any record is internal")
        << ie << acme << QStringList { QStringLiteral("prod"), QStringLiteral("dev") }
        << QStringList { QStringLiteral("prod;ana;ana@gmail.com"), QStringLiteral("dev;ana;ana@acme.com") }
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("dev:1/0 prod:0/1") << noneExcluded;
    QTest::newRow("internal record through a link")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;ana;ana@gmail.com"), QStringLiteral("prod;asmith;ana.smith@acme.com") }
        << QStringList { QStringLiteral("0-1") } << QStringLiteral("1/0") << QStringLiteral("prod:1/1") << noneExcluded;
    QTest::newRow("excluded record makes no individual internal")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;ana;ana@gmail.com"), QStringLiteral("prod;ana;ana@acme.com;it") }
        << QStringList() << QStringLiteral("0/1") << QStringLiteral("prod:0/1")
        << QStringLiteral("it_user=1 inactive=0 anonymous=0");
    QTest::newRow("excluded by reason with precedence")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;a;a@acme.com;it"), QStringLiteral("prod;b;b@acme.com;it;inactive"),
               QStringLiteral("prod;c;;it;inactive;never"), QStringLiteral("prod;d;d@acme.com;inactive"),
               QStringLiteral("prod;e;;inactive;never"), QStringLiteral("prod;f;;never"),
               QStringLiteral("prod;g;g@acme.com;never"), QStringLiteral("prod;h;h@x.org") }
        << QStringList() << QStringLiteral("1/1") << QStringLiteral("prod:1/1")
        << QStringLiteral("it_user=3 inactive=2 anonymous=1");
    QTest::newRow("overrides win") << ie << acme << prod
                                   << QStringList { QStringLiteral("prod;a;a@acme.com;it;-it"),
                                          QStringLiteral("prod;b;b@acme.com;+it"),
                                          QStringLiteral("prod;c;c@x.org;inactive;react"),
                                          QStringLiteral("prod;d;d@x.org;deact") }
                                   << QStringList() << QStringLiteral("1/1") << QStringLiteral("prod:1/1")
                                   << QStringLiteral("it_user=1 inactive=1 anonymous=0");
    QTest::newRow("an address is one person in any tenant")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;ana;ana@acme.com"), QStringLiteral("prod;ana;ana@acme.com;tenant=2") }
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("prod:2/0") << noneExcluded;
    QTest::newRow("split keeps a record apart")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;ana;ana@x.org"), QStringLiteral("prod;ana;ana@x.org;split") }
        << QStringList() << QStringLiteral("0/2") << QStringLiteral("prod:0/2") << noneExcluded;
    QTest::newRow("link to an excluded record is ignored")
        << ie << acme << prod
        << QStringList { QStringLiteral("prod;ana;ana@x.org"), QStringLiteral("prod;asmith;ana@acme.com;inactive") }
        << QStringList { QStringLiteral("0-1") } << QStringLiteral("0/1") << QStringLiteral("prod:0/1")
        << QStringLiteral("it_user=0 inactive=1 anonymous=0");
    QTest::newRow("no owned domains: all internal")
        << ie << QStringList() << prod
        << QStringList { QStringLiteral("prod;a;a@x.org"), QStringLiteral("prod;b;b@y.org"), QStringLiteral("prod;c;") }
        << QStringList() << QStringLiteral("3/0") << QStringLiteral("prod:3/0") << noneExcluded;
    QTest::newRow("runtimes in name order, also empty ones")
        << ie << acme << QStringList { QStringLiteral("test"), QStringLiteral("prod-us"), QStringLiteral("prod-eu") }
        << QStringList { QStringLiteral("prod-us;a;a@acme.com"), QStringLiteral("prod-eu;b;b@x.org"),
               QStringLiteral("prod-eu;c;c@x.org;inactive") }
        << QStringList() << QStringLiteral("1/1") << QStringLiteral("prod-eu:0/1 prod-us:1/0 test:0/0")
        << QStringLiteral("it_user=0 inactive=1 anonymous=0");
    QTest::newRow("no records at all") << ie << acme << QStringList { QStringLiteral("b"), QStringLiteral("a") }
                                       << QStringList() << QStringList() << QStringLiteral("0/0")
                                       << QStringLiteral("a:0/0 b:0/0") << noneExcluded;
    QTest::newRow("named: one total, same individuals")
        << LicenceModel::Named << acme << QStringList { QStringLiteral("prod"), QStringLiteral("dev") }
        << QStringList { QStringLiteral("prod;ana;ana@gmail.com"), QStringLiteral("dev;ana;ana@acme.com"),
               QStringLiteral("prod;bob;bob@acme.com"), QStringLiteral("prod;it;it@acme.com;it"),
               QStringLiteral("dev;guest;;never") }
        << QStringList() << QStringLiteral("2") << QStringLiteral("dev:1 prod:2")
        << QStringLiteral("it_user=1 inactive=0 anonymous=1");
}

void TestRecount::recount()
{
    QFETCH(LicenceModel, model);
    QFETCH(QStringList, owned);
    QFETCH(QStringList, runtimes);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, links);
    QFETCH(QString, unique);
    QFETCH(QString, perRuntime);
    QFETCH(QString, excluded);

    RecountInput input;
    input.model = model;
    input.ownedDomains = QSet<QString>(owned.cbegin(), owned.cend());
    input.runtimes = runtimes;
    for (const QString &e : entries)
        input.entries.append(entry(e));
    for (const QString &l : links)
        input.links.append({ l.section(u'-', 0, 0).toInt(), l.section(u'-', 1, 1).toInt() });

    const Counts c = hc::recount(input);
    QVERIFY(c.model == model);
    if (model == LicenceModel::Named)
        QCOMPARE(QString::number(c.unique.total()), unique);
    else
        QCOMPARE(QStringLiteral("%1/%2").arg(c.unique.internal).arg(c.unique.external), unique);
    QCOMPARE(runtimesText(c), perRuntime);
    QCOMPARE(excludedText(c.excluded), excluded);

    // Every record is either counted in its runtime or excluded for one reason.
    qint64 counted = 0;
    for (const RuntimeCounts &rc : c.runtimes)
        counted += rc.records.total();
    QCOMPARE(counted + c.excluded.total(), qint64(entries.size()));
    // Individuals merge records, never the other way round.
    QVERIFY(c.unique.total() <= counted);

    // The result does not depend on the order of the records (links renumbered to match).
    RecountInput reversed = input;
    std::reverse(reversed.entries.begin(), reversed.entries.end());
    const int n = int(input.entries.size());
    for (auto &[a, b] : reversed.links) {
        a = n - 1 - a;
        b = n - 1 - b;
    }
    QVERIFY(hc::recount(reversed) == c);
}

void TestRecount::passesThroughInfrastructure()
{
    RecountInput input;
    input.infrastructure = QStringLiteral("client-a");
    input.model = LicenceModel::InternalExternal;
    input.capacity.internal = 100;
    input.capacity.external = 10000;
    input.runtimes = { QStringLiteral("prod") };
    input.entries.append(entry(QStringLiteral("prod;ana;ana@acme.com")));

    const Counts c = hc::recount(input);
    QCOMPARE(c.infrastructure, QStringLiteral("client-a"));
    QVERIFY(c.capacity == input.capacity);
    QCOMPARE(c.unique.internal, qint64(1)); // no owned domains: internal
    QVERIFY(c.internalState() == CapacityState::Ok);
    QVERIFY(c.externalState() == CapacityState::Ok);
    QVERIFY(c.namedState() == CapacityState::Unset);
}

// R5 (IT tenant), the revised R6 (tenant pools) and R12 (the platform estimate), case by case in the rules' words.
void TestRecount::tenantsAndPlatform_data()
{
    QTest::addColumn<LicenceModel>("model");
    QTest::addColumn<QString>("kinds");   // "tenant=kind,..." (others: default)
    QTest::addColumn<QString>("version"); // platform version, empty: unset
    QTest::addColumn<QStringList>("runtimes");
    QTest::addColumn<QStringList>("entries");
    QTest::addColumn<QStringList>("links");
    QTest::addColumn<QString>("unique");
    QTest::addColumn<QString>("platform"); // platformText()
    QTest::addColumn<QString>("excluded");

    const LicenceModel ie = LicenceModel::InternalExternal;
    const QString none = QStringLiteral("it_user=0 inactive=0 anonymous=0");
    const QStringList prod = {QStringLiteral("prod")};
    const QStringList two = {QStringLiteral("prod"), QStringLiteral("dev")};
    const QStringList providers = {QStringLiteral("prod;ana;ana@acme.com;tenant=1"),
                                   QStringLiteral("prod;ana.s;Ana@ACME.com;tenant=2")};

    QTest::newRow("same person in two user providers of one runtime")
        << ie << QString() << QString() << prod << providers << QStringList() << QStringLiteral("1/0")
        << QStringLiteral("prod:2/0=1/0 sum=1/0") << none;
    QTest::newRow("platform 11.11.2 counts each record")
        << ie << QString() << QStringLiteral("11.11.2") << prod << providers << QStringList() << QStringLiteral("1/0")
        << QStringLiteral("prod:2/0=2/0 sum=2/0") << none;
    QTest::newRow("platform 11.11.3 merges the user providers")
        << ie << QString() << QStringLiteral("11.11.3") << prod << providers << QStringList() << QStringLiteral("1/0")
        << QStringLiteral("prod:2/0=1/0 sum=1/0") << none;
    QTest::newRow("platform 11.9.0 counts each record")
        << ie << QString() << QStringLiteral("11.9.0") << prod << providers << QStringList() << QStringLiteral("1/0")
        << QStringLiteral("prod:2/0=2/0 sum=2/0") << none;
    QTest::newRow("same login in two user providers is one person")
        << ie << QString() << QString() << prod
        << QStringList{QStringLiteral("prod;admin;;tenant=1"), QStringLiteral("prod;ADMIN;;tenant=2")} << QStringList()
        << QStringLiteral("1/0") << QStringLiteral("prod:2/0=1/0 sum=1/0") << none;
    QTest::newRow("same person in two app tenants: one individual, two platform users")
        << ie << QStringLiteral("a1=app,a2=app") << QString() << prod
        << QStringList{QStringLiteral("prod;ana;ana@acme.com;tenant=a1"), QStringLiteral("prod;ana;ana@acme.com;tenant=a2")}
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("prod:2/0=2/0 sum=2/0") << none;
    QTest::newRow("admin logins colliding across app tenants are two people")
        << ie << QStringLiteral("a1=app,a2=app") << QString() << prod
        << QStringList{QStringLiteral("prod;admin;;tenant=a1"), QStringLiteral("prod;admin;;tenant=a2")}
        << QStringList() << QStringLiteral("2/0") << QStringLiteral("prod:2/0=2/0 sum=2/0") << none;
    QTest::newRow("an app tenant's login is not the default tenants' login")
        << ie << QStringLiteral("a1=app") << QString() << prod
        << QStringList{QStringLiteral("prod;bob;;tenant=a1"), QStringLiteral("prod;bob;")} << QStringList()
        << QStringLiteral("2/0") << QStringLiteral("prod:2/0=2/0 sum=2/0") << none;
    QTest::newRow("an app tenant's e-mail joins the person in the default tenant")
        << ie << QStringLiteral("a1=app") << QString() << prod
        << QStringList{QStringLiteral("prod;bob.app;bob@x.org;tenant=a1"), QStringLiteral("prod;bob;bob@x.org")}
        << QStringList() << QStringLiteral("0/1") << QStringLiteral("prod:0/2=0/2 sum=0/2") << none;
    QTest::newRow("an IT account sharing an employee's e-mail")
        << ie << QStringLiteral("svc=it") << QString() << prod
        << QStringList{QStringLiteral("prod;ana;ana@acme.com"), QStringLiteral("prod;ana.admin;ana@acme.com;tenant=svc")}
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("prod:1/0=1/0 sum=1/0")
        << QStringLiteral("it_user=1 inactive=0 anonymous=0");
    QTest::newRow("the IT tenant wins over a cleared IT flag")
        << ie << QStringLiteral("svc=it") << QString() << prod
        << QStringList{QStringLiteral("prod;root;root@x.org;tenant=svc;-it")} << QStringList() << QStringLiteral("0/0")
        << QStringLiteral("prod:0/0=0/0 sum=0/0") << QStringLiteral("it_user=1 inactive=0 anonymous=0");
    QTest::newRow("the platform never merges runtimes")
        << ie << QString() << QString() << two
        << QStringList{QStringLiteral("prod;ana;ana@acme.com"), QStringLiteral("dev;ana;ana@acme.com")} << QStringList()
        << QStringLiteral("1/0") << QStringLiteral("dev:1/0=1/0 prod:1/0=1/0 sum=2/0") << none;
    QTest::newRow("a platform user is internal when any record is")
        << ie << QString() << QString() << prod
        << QStringList{QStringLiteral("prod;ana;ana@gmail.com;tenant=1"), QStringLiteral("prod;ana;ana@acme.com;tenant=2")}
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("prod:1/1=1/0 sum=1/0") << none;
    QTest::newRow("splits are not the platform's")
        << ie << QString() << QString() << prod
        << QStringList{QStringLiteral("prod;ana;ana@x.org"), QStringLiteral("prod;ana2;ana@x.org;tenant=2;split")}
        << QStringList() << QStringLiteral("0/2") << QStringLiteral("prod:0/2=0/1 sum=0/1") << none;
    QTest::newRow("links are not the platform's")
        << ie << QString() << QString() << prod
        << QStringList{QStringLiteral("prod;a;a@x.org"), QStringLiteral("prod;b;b@x.org")} << QStringList{QStringLiteral("0-1")}
        << QStringLiteral("0/1") << QStringLiteral("prod:0/2=0/2 sum=0/2") << none;
    QTest::newRow("decisions made here count as the platform will count them")
        << ie << QString() << QString() << prod
        << QStringList{QStringLiteral("prod;ana;ana@acme.com;deact"), QStringLiteral("prod;ana2;ana@acme.com;tenant=2")}
        << QStringList() << QStringLiteral("1/0") << QStringLiteral("prod:1/0=1/0 sum=1/0")
        << QStringLiteral("it_user=0 inactive=1 anonymous=0");
    QTest::newRow("named model: totals only")
        << LicenceModel::Named << QStringLiteral("a1=app,svc=it") << QStringLiteral("11.6.2") << two
        << QStringList{QStringLiteral("prod;ana;ana@acme.com;tenant=1"), QStringLiteral("prod;ana;ana@x.org;tenant=2"),
                       QStringLiteral("dev;ana;ana@acme.com;tenant=a1"), QStringLiteral("dev;op;op@acme.com;tenant=svc")}
        << QStringList() << QStringLiteral("1") << QStringLiteral("dev:1=1 prod:2=2 sum=3")
        << QStringLiteral("it_user=1 inactive=0 anonymous=0");
    QTest::newRow("named model on 11.20: the providers merge")
        << LicenceModel::Named << QString() << QStringLiteral("11.20.1") << prod << providers << QStringList()
        << QStringLiteral("1") << QStringLiteral("prod:2=1 sum=1") << none;
}

void TestRecount::tenantsAndPlatform()
{
    QFETCH(LicenceModel, model);
    QFETCH(QString, kinds);
    QFETCH(QString, version);
    QFETCH(QStringList, runtimes);
    QFETCH(QStringList, entries);
    QFETCH(QStringList, links);
    QFETCH(QString, unique);
    QFETCH(QString, platform);
    QFETCH(QString, excluded);

    RecountInput input;
    input.model = model;
    input.ownedDomains = {QStringLiteral("acme.com")};
    input.runtimes = runtimes;
    input.platformVersion = PlatformVersion::parse(version);
    QCOMPARE(input.platformVersion.has_value(), !version.isEmpty());
    for (const QString &k : kinds.split(u',', Qt::SkipEmptyParts)) {
        const auto kind = tenantKindFromString(k.section(u'=', 1));
        QVERIFY(kind);
        input.tenantKinds.set(k.section(u'=', 0, 0), *kind);
    }
    for (const QString &e : entries)
        input.entries.append(entry(e));
    for (const QString &l : links)
        input.links.append({l.section(u'-', 0, 0).toInt(), l.section(u'-', 1, 1).toInt()});

    const Counts c = hc::recount(input);
    QCOMPARE(c.platformVersion, version);
    if (model == LicenceModel::Named)
        QCOMPARE(QString::number(c.unique.total()), unique);
    else
        QCOMPARE(QStringLiteral("%1/%2").arg(c.unique.internal).arg(c.unique.external), unique);
    QCOMPARE(platformText(c), platform);
    QCOMPARE(excludedText(c.excluded), excluded);
    // The platform merges records, never the other way round (a split here can make the licence figure higher).
    for (const RuntimeCounts &rc : c.runtimes)
        QVERIFY(rc.platform.total() <= rc.records.total());
}

QTEST_GUILESS_MAIN(TestRecount)
#include "tst_recount.moc"
