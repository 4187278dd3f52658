// A pasted list of owned domains (SPEC §5 Domains view): split, normalised with R1, refused entries told why.
#include "DomainList.h"

#include <QTest>

using namespace hc;

class TestDomainList : public QObject {
    Q_OBJECT

private slots:
    void split_data();
    void split();
    void reason_data();
    void reason();
    void parseSortsEveryEntry();
};

void TestDomainList::split_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("entries");
    QTest::newRow("lines") << QStringLiteral("a.com\nb.com\r\nc.com\n") << QStringList { QStringLiteral("a.com"), QStringLiteral("b.com"), QStringLiteral("c.com") };
    QTest::newRow("commas") << QStringLiteral("a.com, b.com ,c.com") << QStringList { QStringLiteral("a.com"), QStringLiteral("b.com"), QStringLiteral("c.com") };
    QTest::newRow("semicolons and blanks")
        << QStringLiteral(" a.com;;  ;b.com;\n\n") << QStringList { QStringLiteral("a.com"), QStringLiteral("b.com") };
    QTest::newRow("mixed") << QStringLiteral("a.com;b.com\nc.com,d.com") << QStringList { QStringLiteral("a.com"), QStringLiteral("b.com"), QStringLiteral("c.com"), QStringLiteral("d.com") };
    QTest::newRow("space inside stays one entry") << QStringLiteral("a.com b.com") << QStringList { QStringLiteral("a.com b.com") };
    QTest::newRow("empty") << QString() << QStringList {};
}

void TestDomainList::split()
{
    QFETCH(QString, text);
    QFETCH(QStringList, entries);
    QCOMPARE(DomainList::split(text), entries);
}

void TestDomainList::reason_data()
{
    QTest::addColumn<QString>("entry");
    QTest::addColumn<QString>("reasonContains"); // empty: valid
    QTest::newRow("valid") << QStringLiteral("acme.com") << QString();
    QTest::newRow("valid trailing dot, case") << QStringLiteral("Sales.ACME.com.") << QString();
    QTest::newRow("valid unicode") << QStringLiteral("münchen-acme.de") << QString();
    QTest::newRow("address") << QStringLiteral("bob@acme.com") << QStringLiteral("part after @ (acme.com)");
    QTest::newRow("bad address") << QStringLiteral("bob@") << QStringLiteral("e-mail address");
    QTest::newRow("space") << QStringLiteral("acme .com") << QStringLiteral("space");
    QTest::newRow("one label") << QStringLiteral("localhost") << QStringLiteral("two labels");
    QTest::newRow("double dot") << QStringLiteral("acme..com") << QStringLiteral("empty label");
    QTest::newRow("leading dot") << QStringLiteral(".acme.com") << QStringLiteral("empty label");
    QTest::newRow("hyphen") << QStringLiteral("-acme.com") << QStringLiteral("hyphen");
    QTest::newRow("underscore") << QStringLiteral("ac_me.com") << QStringLiteral("\"_\"");
    QTest::newRow("url") << QStringLiteral("https://acme.com/") << QStringLiteral("web address");
    QTest::newRow("long label") << (QString(64, u'a') + QStringLiteral(".com")) << QStringLiteral("63");
}

void TestDomainList::reason()
{
    QFETCH(QString, entry);
    QFETCH(QString, reasonContains);
    const QString reason = DomainList::refusalReason(entry);
    if (reasonContains.isEmpty())
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
    else
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
}

void TestDomainList::parseSortsEveryEntry()
{
    const DomainListParse p = DomainList::parse(
        QStringLiteral("new.org; ACME.com\nnot a domain, New.ORG., other.net, x@y"), { QStringLiteral("acme.com") });
    QCOMPARE(p.acceptedTyped(), (QStringList { QStringLiteral("new.org"), QStringLiteral("other.net") }));
    QCOMPARE(p.accepted.at(0).normalized, QStringLiteral("new.org"));
    QCOMPARE(p.alreadyOwned, QStringList { QStringLiteral("ACME.com") });
    QCOMPARE(p.repeated, QStringList { QStringLiteral("New.ORG.") });
    QCOMPARE(p.refused.size(), 2);
    QCOMPARE(p.refused.at(0).typed, QStringLiteral("not a domain"));
    QVERIFY(!p.refused.at(0).reason.isEmpty());
    QCOMPARE(p.refused.at(1).typed, QStringLiteral("x@y"));
}

QTEST_APPLESS_MAIN(TestDomainList)
#include "tst_domainlist.moc"
