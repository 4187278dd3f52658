// The report's building blocks without a workspace: how one value is shown (escaped, cut, isolated), how the
// pseudonymiser masks values, and that no value of a section reaches the markup unescaped.
#include "Pseudonymiser.h"
#include "ReportHtml.h"

#include <QRegularExpression>
#include <QTest>

using hc::ReportHtml;

namespace {

QString isolated(const QString &inner)
{
    return QChar(0x2068) + inner + QChar(0x2069);
}

} // namespace

class TestReportHtml : public QObject
{
    Q_OBJECT

private slots:
    void text_data();
    void text();
    void pseudonymiser();
    void pseudonymiserAppliesToEveryList();
    void everyValueEscaped();
};

void TestReportHtml::text_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("expected");
    const QString ellipsis(QChar(0x2026));
    const QString fffd(QChar(QChar::ReplacementCharacter));
    const QString emoji = QString::fromUtf8("\xf0\x9f\x98\x80");
    QTest::newRow("plain") << QStringLiteral("Ana") << 60 << isolated(QStringLiteral("Ana"));
    QTest::newRow("markup") << QStringLiteral("<script>alert(1)</script>") << 60
                            << isolated(QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt;"));
    QTest::newRow("ampersand") << QStringLiteral("AT&T") << 60 << isolated(QStringLiteral("AT&amp;T"));
    QTest::newRow("quotes") << QStringLiteral("\"a\" 'b'") << 60 << isolated(QStringLiteral("&quot;a&quot; 'b'"));
    QTest::newRow("formula kept as text") << QStringLiteral("=1+2") << 60 << isolated(QStringLiteral("=1+2"));
    QTest::newRow("right-to-left override") << QStringLiteral("\u202Egnp.exe") << 60 << isolated(fffd + QStringLiteral("gnp.exe"));
    QTest::newRow("isolate closer inside") << QStringLiteral("a\u2069b") << 60 << isolated(QStringLiteral("a") + fffd + u'b');
    QTest::newRow("left-to-right mark") << QStringLiteral("a\u200Eb") << 60 << isolated(QStringLiteral("a") + fffd + u'b');
    QTest::newRow("line break") << QStringLiteral("a\nb") << 60 << isolated(QStringLiteral("a") + fffd + u'b');
    QTest::newRow("NUL") << QString(QStringLiteral("a") + QChar(0) + u'b') << 60 << isolated(QStringLiteral("a") + fffd + u'b');
    QTest::newRow("hebrew kept") << QStringLiteral("\u05E9\u05DC\u05D5\u05DD") << 60
                                 << isolated(QStringLiteral("\u05E9\u05DC\u05D5\u05DD"));
    QTest::newRow("exactly the limit") << QString(60, u'x') << 60 << isolated(QString(60, u'x'));
    QTest::newRow("10 000 characters") << QString(10000, u'x') << 60 << isolated(QString(60, u'x') + ellipsis);
    QTest::newRow("cut before escaping") << QString(5, u'&') + u'x' << 3 << isolated(QStringLiteral("&amp;&amp;&amp;") + ellipsis);
    QTest::newRow("surrogate pairs stay whole") << emoji.repeated(10) << 4 << isolated(emoji.repeated(4) + ellipsis);
    QTest::newRow("empty") << QString() << 60 << isolated(QString());
}

void TestReportHtml::text()
{
    QFETCH(QString, value);
    QFETCH(int, maxLength);
    QFETCH(QString, expected);
    QCOMPARE(ReportHtml::text(value, maxLength), expected);
}

void TestReportHtml::pseudonymiser()
{
    hc::Pseudonymiser p;
    QCOMPARE(p.name(QStringLiteral("Ana Lima")), QStringLiteral("Person 0001"));
    QCOMPARE(p.name(QStringLiteral(" ana lima ")), QStringLiteral("Person 0001")); // one person, one pseudonym
    QCOMPARE(p.name(QStringLiteral("Bo")), QStringLiteral("Person 0002"));
    QCOMPARE(p.name(QString()), QString());
    QCOMPARE(p.username(QStringLiteral("ALima ")), QStringLiteral("user-0001"));
    QCOMPARE(p.username(QStringLiteral("alima")), QStringLiteral("user-0001"));
    QCOMPARE(p.username(QStringLiteral("ana@acme.com")), QStringLiteral("user-0002")); // an address as username, masked
    QCOMPARE(p.email(QStringLiteral("Ana@ACME.com")), QStringLiteral("person-0001@domain-001.example"));
    QCOMPARE(p.email(QStringLiteral(" ana@acme.com.")), QStringLiteral("person-0001@domain-001.example"));
    QCOMPARE(p.email(QStringLiteral("bo@acme.com")), QStringLiteral("person-0002@domain-001.example"));
    QCOMPARE(p.email(QStringLiteral("bo@MÜNCHEN.de")), QStringLiteral("person-0003@domain-002.example"));
    QCOMPARE(p.domain(QStringLiteral("xn--mnchen-3ya.de")), QStringLiteral("domain-002.example"));
    QCOMPARE(p.domain(QStringLiteral("Acme.COM.")), QStringLiteral("domain-001.example"));
    QCOMPARE(p.email(QStringLiteral("bo@acme_com")), QStringLiteral("invalid-0001"));
    QCOMPARE(p.email(QStringLiteral("bo@acme_com")), QStringLiteral("invalid-0001"));
    QCOMPARE(p.email(QStringLiteral("  ")), QString());
}

void TestReportHtml::pseudonymiserAppliesToEveryList()
{
    hc::ReportData data;
    hc::ReportSection s;
    s.ownedDomains = {{QStringLiteral("Secret.example."), QStringLiteral("secret.example"), 3}};
    s.externalDomains.top = {{QStringLiteral("private-family.org"), 2}};
    s.noEmail.sample = {{QStringLiteral("rt"), QStringLiteral("jdoe"), QStringLiteral("John Doe"), QStringLiteral("n/a"),
                         QString(), QString(), QString()}};
    s.sharedEmails.top = {{QStringLiteral("desk@secret.example"), 3, 3, 1}};
    s.duplicateNames.top = {{QStringLiteral("John Doe"), 2, 2}};
    s.candidates = {{QStringLiteral("rt"), QStringLiteral("JDoe"), QStringLiteral("john doe"),
                     QStringLiteral("John@private-family.org"), QString(), QStringLiteral("2020-01-01"), QString()}};
    data.sections = {s};
    hc::Pseudonymiser().apply(data);
    const QString html = ReportHtml::render(data);
    for (const char *secret : {"Secret", "secret.example", "private-family", "jdoe", "John", "desk@"})
        QVERIFY2(!html.contains(QLatin1String(secret), Qt::CaseInsensitive), secret);
    const hc::ReportSection &m = data.sections.first();
    QCOMPARE(m.ownedDomains.first().typed, QStringLiteral("domain-001.example"));
    QCOMPARE(m.noEmail.sample.first().username, m.candidates.first().username); // jdoe == JDoe
    QCOMPARE(m.duplicateNames.top.first().name, m.candidates.first().name);
    QCOMPARE(m.candidates.first().email, QStringLiteral("person-0002@domain-002.example"));
    QCOMPARE(m.sharedEmails.top.first().emailKey, QStringLiteral("person-0001@domain-001.example"));
    QCOMPARE(m.ownedDomains.first().records, 3); // counts untouched
}

// Every string field of a section holds markup; none may come out as markup (SPEC §7).
void TestReportHtml::everyValueEscaped()
{
    const QString evil = QStringLiteral("<i>x</i>");
    hc::ReportData data;
    data.rollUp = true;
    hc::ReportSection s;
    s.infrastructure.name = evil;
    s.infrastructure.platformVersion = evil;
    s.counts.infrastructure = evil;
    s.counts.platformVersion = QStringLiteral("11.9.0");
    s.counts.runtimes = {{evil, {1, 2}, {1, 1}}};
    s.runtimes = {{1, 1, evil, 3, {}}};
    s.tenants = {{evil, hc::TenantKind::App, 1, {evil}}};
    s.ownedDomains = {{evil, evil, 1}};
    s.externalDomains.top = {{evil, 1}};
    s.noEmail.counted = 1;
    s.noEmail.sample = {{evil, evil, evil, evil, evil, evil, evil}};
    s.sharedEmails.top = {{evil, 2, 2, 1}};
    s.duplicateNames.top = {{evil, 2, 2}};
    s.candidates = {{evil, evil, evil, evil, evil, evil, evil}};
    s.candidateCutoff = QStringLiteral("2026-01-01");
    s.fingerprint = QString(64, u'a');
    data.sections = {s};
    const QString html = ReportHtml::render(data);
    QVERIFY(!html.contains(QStringLiteral("<i>")));
    QVERIFY(html.count(QStringLiteral("&lt;i&gt;x&lt;/i&gt;")) >= 15);
    // Only the report's own tags.
    const QRegularExpression tag(QStringLiteral("</?([a-zA-Z0-9!]+)"));
    const QSet<QString> allowed = {QStringLiteral("!DOCTYPE"), QStringLiteral("html"), QStringLiteral("head"),
        QStringLiteral("meta"), QStringLiteral("title"), QStringLiteral("style"), QStringLiteral("body"),
        QStringLiteral("h1"), QStringLiteral("h2"), QStringLiteral("h3"), QStringLiteral("p"), QStringLiteral("b"),
        QStringLiteral("br"), QStringLiteral("tt"), QStringLiteral("ul"), QStringLiteral("li"),
        QStringLiteral("table"), QStringLiteral("thead"), QStringLiteral("tbody"), QStringLiteral("tr"),
        QStringLiteral("th"), QStringLiteral("td")};
    for (auto it = tag.globalMatch(html); it.hasNext();) {
        const QString name = it.next().captured(1);
        QVERIFY2(allowed.contains(name), qPrintable(name));
    }
}

QTEST_GUILESS_MAIN(TestReportHtml)
#include "tst_reporthtml.moc"
