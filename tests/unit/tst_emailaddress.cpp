// R1: e-mail normalisation and owned-domain normalisation.
#include "EmailAddress.h"

#include <QTest>
#include <QUrl>

using namespace hc;

namespace {

QString repeated(QChar c, int n)
{
    return QString(n, c);
}

} // namespace

class TestEmailAddress : public QObject {
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void sameAddress_data();
    void sameAddress();
    void normalizeDomain_data();
    void normalizeDomain();
    void asciiFastPathAgreesWithToAce_data();
    void asciiFastPathAgreesWithToAce();
};

void TestEmailAddress::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("address"); // empty: not a valid address
    QTest::addColumn<QString>("domain");

    const QString label63 = repeated(u'a', 63);
    const QString label64 = repeated(u'a', 64);
    // Labels whose ACE form is 63 and 64 characters long (xn-- + 59/60): the limit applies to the ASCII form.
    const QString unicode63 = QStringLiteral("ü") + repeated(u'a', 55);
    const QString unicode64 = QStringLiteral("ü") + repeated(u'a', 56);

    // Trimming and splitting.
    QTest::newRow("plain") << QStringLiteral("ana@acme.com") << QStringLiteral("ana@acme.com")
                           << QStringLiteral("acme.com");
    QTest::newRow("trimmed") << QStringLiteral("  Ana@Acme.COM \t") << QStringLiteral("ana@acme.com")
                             << QStringLiteral("acme.com");
    QTest::newRow("trimmed line breaks") << QStringLiteral("\nana@acme.com\r\n") << QStringLiteral("ana@acme.com")
                                         << QStringLiteral("acme.com");
    QTest::newRow("split at last @") << QStringLiteral("a@b@acme.com") << QStringLiteral("a@b@acme.com")
                                     << QStringLiteral("acme.com");
    QTest::newRow("quoted local with @") << QStringLiteral("\"Ana@Home\"@acme.com")
                                         << QStringLiteral("\"ana@home\"@acme.com") << QStringLiteral("acme.com");
    QTest::newRow("local lowered") << QStringLiteral("Scott.Green@MyCompany.com")
                                   << QStringLiteral("scott.green@mycompany.com") << QStringLiteral("mycompany.com");
    QTest::newRow("unicode local lowered")
        << QStringLiteral("Ånä@acme.com") << QStringLiteral("ånä@acme.com") << QStringLiteral("acme.com");
    QTest::newRow("plus and underscore in local")
        << QStringLiteral("ana_b+x@acme.com") << QStringLiteral("ana_b+x@acme.com") << QStringLiteral("acme.com");

    // Not an address at all.
    QTest::newRow("empty") << QString() << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << QString() << QString();
    QTest::newRow("no @") << QStringLiteral("ana.acme.com") << QString() << QString();
    QTest::newRow("username") << QStringLiteral("bob") << QString() << QString();
    QTest::newRow("only @") << QStringLiteral("@") << QString() << QString();

    // Local part.
    QTest::newRow("empty local") << QStringLiteral("@acme.com") << QString() << QString();
    QTest::newRow("empty local after trim") << QStringLiteral("  @acme.com") << QString() << QString();
    QTest::newRow("space in local") << QStringLiteral("ana smith@acme.com") << QString() << QString();
    QTest::newRow("tab in local") << QStringLiteral("ana\tsmith@acme.com") << QString() << QString();
    QTest::newRow("no-break space in local") << QStringLiteral("ana\u00a0smith@acme.com") << QString() << QString();
    QTest::newRow("space before @") << QStringLiteral("ana @acme.com") << QString() << QString();

    // Domain part: emptiness, white space, dots.
    QTest::newRow("empty domain") << QStringLiteral("ana@") << QString() << QString();
    QTest::newRow("domain only a dot") << QStringLiteral("ana@.") << QString() << QString();
    QTest::newRow("space after @") << QStringLiteral("ana@ acme.com") << QString() << QString();
    QTest::newRow("space in domain") << QStringLiteral("ana@ac me.com") << QString() << QString();
    QTest::newRow("trailing dot removed")
        << QStringLiteral("ana@acme.com.") << QStringLiteral("ana@acme.com") << QStringLiteral("acme.com");
    QTest::newRow("only one trailing dot removed") << QStringLiteral("ana@acme.com..") << QString() << QString();
    QTest::newRow("leading dot") << QStringLiteral("ana@.acme.com") << QString() << QString();
    QTest::newRow("empty label") << QStringLiteral("ana@acme..com") << QString() << QString();

    // Labels.
    QTest::newRow("one label") << QStringLiteral("ana@localhost") << QString() << QString();
    QTest::newRow("one label with trailing dot") << QStringLiteral("ana@localhost.") << QString() << QString();
    QTest::newRow("two labels") << QStringLiteral("ana@ac.me") << QStringLiteral("ana@ac.me")
                                << QStringLiteral("ac.me");
    QTest::newRow("three labels") << QStringLiteral("ana@Sales.MyCompany.com")
                                  << QStringLiteral("ana@sales.mycompany.com") << QStringLiteral("sales.mycompany.com");
    QTest::newRow("one-character labels")
        << QStringLiteral("ana@a.b") << QStringLiteral("ana@a.b") << QStringLiteral("a.b");
    QTest::newRow("digits") << QStringLiteral("ana@123.45") << QStringLiteral("ana@123.45") << QStringLiteral("123.45");
    QTest::newRow("label of 63") << QStringLiteral("ana@%1.com").arg(label63)
                                 << QStringLiteral("ana@%1.com").arg(label63) << QStringLiteral("%1.com").arg(label63);
    QTest::newRow("label of 64") << QStringLiteral("ana@%1.com").arg(label64) << QString() << QString();
    QTest::newRow("last label of 63") << QStringLiteral("ana@acme.%1").arg(label63)
                                      << QStringLiteral("ana@acme.%1").arg(label63)
                                      << QStringLiteral("acme.%1").arg(label63);
    QTest::newRow("last label of 64") << QStringLiteral("ana@acme.%1").arg(label64) << QString() << QString();
    QTest::newRow("inner hyphen") << QStringLiteral("ana@my-company.com") << QStringLiteral("ana@my-company.com")
                                  << QStringLiteral("my-company.com");
    QTest::newRow("double inner hyphen") << QStringLiteral("ana@ab--cd.com") << QStringLiteral("ana@ab--cd.com")
                                         << QStringLiteral("ab--cd.com");
    QTest::newRow("label starts with -") << QStringLiteral("ana@-acme.com") << QString() << QString();
    QTest::newRow("label ends with -") << QStringLiteral("ana@acme-.com") << QString() << QString();
    QTest::newRow("last label ends with -") << QStringLiteral("ana@acme.com-") << QString() << QString();
    QTest::newRow("last label starts with -") << QStringLiteral("ana@acme.-com") << QString() << QString();
    QTest::newRow("label is -") << QStringLiteral("ana@-.com") << QString() << QString();
    QTest::newRow("underscore") << QStringLiteral("ana@ac_me.com") << QString() << QString();
    QTest::newRow("other punctuation") << QStringLiteral("ana@acme!.com") << QString() << QString();
    QTest::newRow("path") << QStringLiteral("ana@acme.com/x") << QString() << QString();
    QTest::newRow("port") << QStringLiteral("ana@acme.com:25") << QString() << QString();
    QTest::newRow("ip literal") << QStringLiteral("ana@[192.168.0.1]") << QString() << QString();
    QTest::newRow("uppercase domain") << QStringLiteral("ana@ACME.COM") << QStringLiteral("ana@acme.com")
                                      << QStringLiteral("acme.com");

    // Internationalised domains: the ASCII (ACE) form, computed by hand with RFC 3492 Punycode.
    QTest::newRow("unicode, uppercase, trailing dot")
        << QStringLiteral("Ana@MÜNCHEN.de.") << QStringLiteral("ana@xn--mnchen-3ya.de")
        << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("unicode") << QStringLiteral("ana@münchen.de") << QStringLiteral("ana@xn--mnchen-3ya.de")
                             << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("punycode") << QStringLiteral("ana@xn--mnchen-3ya.de") << QStringLiteral("ana@xn--mnchen-3ya.de")
                              << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("punycode uppercase") << QStringLiteral("ANA@XN--MNCHEN-3YA.DE")
                                        << QStringLiteral("ana@xn--mnchen-3ya.de")
                                        << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("unicode with hyphen") << QStringLiteral("ana@münchen-acme.de")
                                         << QStringLiteral("ana@xn--mnchen-acme-thb.de")
                                         << QStringLiteral("xn--mnchen-acme-thb.de");
    QTest::newRow("unicode inner hyphen")
        << QStringLiteral("ana@ü-ü.de") << QStringLiteral("ana@xn----dhab.de") << QStringLiteral("xn----dhab.de");
    QTest::newRow("non-transitional sharp s")
        << QStringLiteral("ana@faß.de") << QStringLiteral("ana@xn--fa-hia.de") << QStringLiteral("xn--fa-hia.de");
    QTest::newRow("non-transitional straße")
        << QStringLiteral("ana@straße.de") << QStringLiteral("ana@xn--strae-oqa.de")
        << QStringLiteral("xn--strae-oqa.de");
    QTest::newRow("uppercase unicode") << QStringLiteral("ana@ÄCME.de") << QStringLiteral("ana@xn--cme-pla.de")
                                       << QStringLiteral("xn--cme-pla.de");
    QTest::newRow("full-width dot") << QStringLiteral("ana@münchen．de") << QStringLiteral("ana@xn--mnchen-3ya.de")
                                    << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("ideographic full stop")
        << QStringLiteral("ana@münchen。de") << QStringLiteral("ana@xn--mnchen-3ya.de")
        << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("full-width letters") << QStringLiteral("ana@ＡＣＭＥ.com") << QStringLiteral("ana@acme.com")
                                        << QStringLiteral("acme.com");
    QTest::newRow("unicode label of 63 in ACE")
        << QStringLiteral("ana@%1.de").arg(unicode63) << QStringLiteral("ana@xn--%1-oxf.de").arg(repeated(u'a', 55))
        << QStringLiteral("xn--%1-oxf.de").arg(repeated(u'a', 55));
    QTest::newRow("unicode label of 64 in ACE") << QStringLiteral("ana@%1.de").arg(unicode64) << QString() << QString();
    QTest::newRow("unicode two trailing dots") << QStringLiteral("ana@münchen.de..") << QString() << QString();
    QTest::newRow("unicode one label") << QStringLiteral("ana@münchen") << QString() << QString();
    QTest::newRow("unicode one label, trailing dot") << QStringLiteral("ana@münchen.") << QString() << QString();
    QTest::newRow("unicode space in domain") << QStringLiteral("ana@mün chen.de") << QString() << QString();
    QTest::newRow("unicode ideographic space") << QStringLiteral("ana@münchen\u3000.de") << QString() << QString();
    QTest::newRow("unicode underscore") << QStringLiteral("ana@mün_chen.de") << QString() << QString();
    // Qt encodes "-münchen" as "xn---mnchen-o2a", whose ASCII form passes the label check: the hyphen rule still
    // holds for the label the person typed.
    QTest::newRow("unicode label starts with -") << QStringLiteral("ana@-münchen.de") << QString() << QString();
    QTest::newRow("unicode label ends with -") << QStringLiteral("ana@münchen-.de") << QString() << QString();
    QTest::newRow("unicode label ends with full-width -")
        << QStringLiteral("ana@münchen－.de") << QString() << QString();
    QTest::newRow("ascii label with - beside unicode") << QStringLiteral("ana@münchen.-de") << QString() << QString();
}

void TestEmailAddress::parse()
{
    QFETCH(QString, text);
    QFETCH(QString, address);
    QFETCH(QString, domain);

    const std::optional<EmailAddress> parsed = EmailAddress::parse(text);
    if (address.isEmpty()) {
        QVERIFY2(!parsed, qPrintable(QStringLiteral("accepted as %1").arg(parsed ? parsed->address : QString())));
        return;
    }
    QVERIFY(parsed);
    QCOMPARE(parsed->address, address);
    QCOMPARE(parsed->domain, domain);
}

void TestEmailAddress::sameAddress_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");

    QTest::newRow("SPEC example") << QStringLiteral("Ana@MÜNCHEN.de.") << QStringLiteral("ana@xn--mnchen-3ya.de")
                                  << true;
    QTest::newRow("unicode vs punycode with hyphen")
        << QStringLiteral("ana@münchen-acme.de") << QStringLiteral("ana@xn--mnchen-acme-thb.de") << true;
    QTest::newRow("full-width dot") << QStringLiteral("ana@münchen．de") << QStringLiteral("ana@münchen.de") << true;
    QTest::newRow("case and trailing dot")
        << QStringLiteral(" ANA@acme.com") << QStringLiteral("ana@ACME.com.") << true;
    QTest::newRow("sharp s is not ss") << QStringLiteral("ana@faß.de") << QStringLiteral("ana@fass.de") << false;
    QTest::newRow("umlaut is not plain letter")
        << QStringLiteral("ana@münchen.de") << QStringLiteral("ana@munchen.de") << false;
    QTest::newRow("subdomain differs") << QStringLiteral("ana@finance.mycompany.com")
                                       << QStringLiteral("ana@mycompany.com") << false;
    QTest::newRow("local differs") << QStringLiteral("ana@acme.com") << QStringLiteral("ana.b@acme.com") << false;
}

void TestEmailAddress::sameAddress()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);

    const auto pa = EmailAddress::parse(a);
    const auto pb = EmailAddress::parse(b);
    QVERIFY(pa);
    QVERIFY(pb);
    QCOMPARE(pa->address == pb->address, same);
}

void TestEmailAddress::normalizeDomain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized"); // empty: refused

    QTest::newRow("plain") << QStringLiteral("acme.com") << QStringLiteral("acme.com");
    QTest::newRow("trailing dot") << QStringLiteral("sales.acme.com.") << QStringLiteral("sales.acme.com");
    QTest::newRow("uppercase") << QStringLiteral("ACME.de") << QStringLiteral("acme.de");
    QTest::newRow("trimmed") << QStringLiteral("  MyCompany.com \t") << QStringLiteral("mycompany.com");
    QTest::newRow("unicode") << QStringLiteral("MÜNCHEN.de.") << QStringLiteral("xn--mnchen-3ya.de");
    QTest::newRow("unicode with hyphen") << QStringLiteral("münchen-acme.de")
                                         << QStringLiteral("xn--mnchen-acme-thb.de");
    QTest::newRow("punycode kept") << QStringLiteral("xn--mnchen-acme-thb.de")
                                   << QStringLiteral("xn--mnchen-acme-thb.de");
    QTest::newRow("non-transitional") << QStringLiteral("faß.de") << QStringLiteral("xn--fa-hia.de");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("blank") << QStringLiteral("  ") << QString();
    QTest::newRow("dot") << QStringLiteral(".") << QString();
    QTest::newRow("one label") << QStringLiteral("acme") << QString();
    QTest::newRow("one label, trailing dot") << QStringLiteral("acme.") << QString();
    QTest::newRow("two trailing dots") << QStringLiteral("acme.de..") << QString();
    QTest::newRow("empty label") << QStringLiteral("acme..de") << QString();
    QTest::newRow("leading dot") << QStringLiteral(".acme.de") << QString();
    QTest::newRow("leading hyphen") << QStringLiteral("-acme.de") << QString();
    QTest::newRow("underscore") << QStringLiteral("ac_me.de") << QString();
    QTest::newRow("wildcard") << QStringLiteral("*.acme.com") << QString();
    QTest::newRow("with @") << QStringLiteral("@acme.com") << QString();
    QTest::newRow("an address") << QStringLiteral("ana@acme.com") << QString();
    QTest::newRow("url") << QStringLiteral("http://acme.com") << QString();
    QTest::newRow("inner space") << QStringLiteral("ac me.com") << QString();
    QTest::newRow("label of 64") << QStringLiteral("%1.com").arg(repeated(u'x', 64)) << QString();
}

void TestEmailAddress::normalizeDomain()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);

    const std::optional<QString> domain = EmailAddress::normalizeDomain(text);
    if (normalized.isEmpty()) {
        QVERIFY2(!domain, qPrintable(QStringLiteral("accepted as %1").arg(domain.value_or(QString()))));
        return;
    }
    QVERIFY(domain);
    QCOMPARE(*domain, normalized);
    // An owned domain and an address at it normalise to the same domain (R3 compares these).
    const auto address = EmailAddress::parse(QStringLiteral("x@") + text.trimmed());
    QVERIFY(address);
    QCOMPARE(address->domain, normalized);
}

// The ASCII fast path must give what the slow path (QUrl::toAce) would.
void TestEmailAddress::asciiFastPathAgreesWithToAce_data()
{
    QTest::addColumn<QString>("domain");
    QTest::newRow("lower") << QStringLiteral("acme.com");
    QTest::newRow("mixed case") << QStringLiteral("Sales.MyCompany.COM");
    QTest::newRow("digits and hyphens") << QStringLiteral("a1-b2.x-y.org");
    QTest::newRow("punycode upper") << QStringLiteral("XN--MNCHEN-3YA.DE");
    QTest::newRow("label of 63") << QStringLiteral("%1.com").arg(repeated(u'Q', 63));
}

void TestEmailAddress::asciiFastPathAgreesWithToAce()
{
    QFETCH(QString, domain);
    const std::optional<QString> fast = EmailAddress::normalizeDomain(domain);
    QVERIFY(fast);
    QCOMPARE(*fast, QString::fromLatin1(QUrl::toAce(domain)).toLower());
}

QTEST_GUILESS_MAIN(TestEmailAddress)
#include "tst_emailaddress.moc"
