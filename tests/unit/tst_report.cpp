// The compliance report end to end (SPEC §4 `report`, `fingerprint`; §6): the real headcount-cli on real workspaces,
// the PDF read back with pdftotext, the HTML read as text; expected figures from tests/data/samples and, where no
// fixture gives them, recomputed here from `users --json` with the rules of src/core.
#include "EmailAddress.h"
#include "ReportFingerprint.h"
#include "Rules.h"
#include "TestConfig.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <numeric>

namespace {

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const { return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err); }
};

QStringList l(std::initializer_list<const char *> words)
{
    QStringList list;
    for (const char *w : words)
        list << QString::fromUtf8(w);
    return list;
}

// Report text as a reader sees it: isolates dropped, ligatures that pdftotext gives ("ﬁ") as letters (NFKC), every
// run of white space one space (table cells and wrapped lines then read as one line of words).
QString normalised(QString text)
{
    text.remove(QChar(0x2068)).remove(QChar(0x2069));
    return text.normalized(QString::NormalizationForm_KC).simplified();
}

QString htmlToText(const QString &html)
{
    QString text = html;
    text.replace(QRegularExpression(QStringLiteral("<style>.*</style>"), QRegularExpression::DotMatchesEverythingOption),
                 QStringLiteral(" "));
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    text.replace(QStringLiteral("&nbsp;"), QStringLiteral(" ")).replace(QStringLiteral("&#8212;"), QStringLiteral("\u2014"));
    text.replace(QStringLiteral("&lt;"), QStringLiteral("<")).replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    text.replace(QStringLiteral("&quot;"), QStringLiteral("\"")).replace(QStringLiteral("&#39;"), QStringLiteral("'"));
    text.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return normalised(text);
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void sectionsWithTheRightNumbers_data();
    void sectionsWithTheRightNumbers();
    void pdfHasPageNumbers();
    void findingsMatchTheRecords();
    void deactivationCandidates_data();
    void deactivationCandidates();

    void hostileValuesAreEscaped();
    void pseudonymisedReportNamesNoOne();

    void fingerprintIsThePrintedOne();
    void fingerprintFollowsTheData();
    void fingerprintFollowsTheDocumentedForm();

    void rollUpOfAllInfrastructures();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult run(const QStringList &args);
    CliResult runDb(const QString &db, const QStringList &args) { return run(QStringList{QStringLiteral("--db"), db} + args); }
    void mustRun(const QString &db, const QStringList &args);
    void buildSampleWorkspace(const QString &db);
    QString freshPath(const QString &stem, const QString &suffix = QStringLiteral("db"));
    QString writeFile(const QString &name, const QByteArray &content);
    QJsonArray users(const QString &db);
    QString fingerprint(const QString &db, const QStringList &extra = {});
    // Writes the report and returns its text (pdftotext for a PDF, tags stripped for HTML).
    QString reportText(const QString &db, const QString &suffix, const QStringList &extra = {});
    static QString pdfToText(const QString &pdf);

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_sampleDb;
    QString m_sampleHtml;
    QString m_samplePdf;
    QJsonObject m_expected;
    int m_fresh = 0;
};

CliResult TestReport::run(const QStringList &args)
{
    CliResult r;
    QProcess p;
    p.setProgram(QStringLiteral(HEADCOUNT_CLI_PATH));
    p.setArguments(args);
    p.setProcessEnvironment(m_env);
    p.setWorkingDirectory(m_dir.path());
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("headcount-cli did not finish");
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

void TestReport::mustRun(const QString &db, const QStringList &args)
{
    const CliResult r = runDb(db, args);
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(args.join(u' ') + u'\n' + r.describe()));
}

QString TestReport::freshPath(const QString &stem, const QString &suffix)
{
    return m_dir.filePath(QStringLiteral("%1-%2.%3").arg(stem).arg(++m_fresh).arg(suffix));
}

QString TestReport::writeFile(const QString &name, const QByteArray &content)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
        return {};
    return path;
}

// The exact commands of tests/data/samples/README.md (as tst_cli's buildSampleWorkspace).
void TestReport::buildSampleWorkspace(const QString &db)
{
    const QString samples = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/");
    const QVector<QStringList> commands = {
        l({"init"}),
        l({"capacity", "set", "--internal", "78", "--external", "156"}),
        l({"domain", "add", "acme.com", "ACME.de", "sales.acme.com.", "acme-holding.com", "münchen-acme.de"}),
        l({"runtime", "add", "prod-eu"}),
        l({"import", "--runtime", "prod-eu"}) << samples + QStringLiteral("prod-eu.csv"),
        l({"runtime", "add", "prod-us"}),
        l({"import", "--runtime", "prod-us", "--format", "json"}) << samples + QStringLiteral("prod-us.json"),
    };
    for (const QStringList &args : commands)
        mustRun(db, args);
}

QJsonArray TestReport::users(const QString &db)
{
    const CliResult r = runDb(db, l({"users", "--json"}));
    if (r.exitCode != 0)
        return {};
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

QString TestReport::fingerprint(const QString &db, const QStringList &extra)
{
    const CliResult r = runDb(db, QStringList{QStringLiteral("fingerprint")} + extra);
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning().noquote() << r.describe();
        return {};
    }
    return r.out.trimmed();
}

QString TestReport::pdfToText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf,
                                          QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString TestReport::reportText(const QString &db, const QString &suffix, const QStringList &extra)
{
    const QString out = freshPath(QStringLiteral("report"), suffix);
    const CliResult r = runDb(db, QStringList{QStringLiteral("report"), QStringLiteral("--output"), out} + extra);
    if (r.exitCode != 0 || !r.err.isEmpty() || !QFileInfo::exists(out)) {
        qWarning().noquote() << r.describe();
        return {};
    }
    if (suffix == u"pdf")
        return normalised(pdfToText(out));
    QFile f(out);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return htmlToText(QString::fromUtf8(f.readAll()));
}

void TestReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HEADCOUNT_CLI_PATH)).isExecutable(), HEADCOUNT_CLI_PATH);
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty(),
             "pdftotext is missing: scripts/setup-deps installs poppler-utils");
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("HEADCOUNT_DB"));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QFile expected(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/expected-counts.json"));
    QVERIFY(expected.open(QIODevice::ReadOnly));
    m_expected = QJsonDocument::fromJson(expected.readAll()).object();
    QVERIFY(!m_expected.isEmpty());

    m_sampleDb = freshPath(QStringLiteral("sample"));
    buildSampleWorkspace(m_sampleDb);
    m_sampleHtml = reportText(m_sampleDb, QStringLiteral("html"));
    m_samplePdf = reportText(m_sampleDb, QStringLiteral("pdf"));
    QVERIFY(!m_sampleHtml.isEmpty());
    QVERIFY(!m_samplePdf.isEmpty());
}

// Each section of SPEC §6 with its figures, as patterns over the report's words; the numbers come from
// expected-counts.json. Every row runs on the HTML and on the PDF.
void TestReport::sectionsWithTheRightNumbers_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("pattern");
    const QJsonObject e = m_expected;
    const auto n = [](const QJsonObject &o, const char *key) { return QString::number(o.value(QLatin1String(key)).toInt()); };
    const QJsonObject cap = e.value(QStringLiteral("capacity")).toObject();
    const QJsonObject unique = e.value(QStringLiteral("unique")).toObject();
    const QJsonObject sum = e.value(QStringLiteral("platform_sum")).toObject();
    const QJsonObject excluded = e.value(QStringLiteral("excluded")).toObject();
    QVector<QPair<QString, QString>> rows = {
        {QStringLiteral("title"), QStringLiteral("Licence compliance report: default")},
        {QStringLiteral("generated"), QStringLiteral("Generated %1\\d\\d \\d\\d:\\d\\d:\\d\\d UTC")
                                          .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate).left(8))},
        {QStringLiteral("model"), QStringLiteral("Licence model internal-external")},
        {QStringLiteral("platform version"), QStringLiteral("Platform version not set \\(11\\.11\\.3 or later\\)")},
        {QStringLiteral("internal gauge row"),
         QStringLiteral("Internal %1 %2 120 % OVER capacity").arg(n(cap, "internal"), n(unique, "internal"))},
        {QStringLiteral("external gauge row"),
         QStringLiteral("External %1 %2 88 % NEAR capacity").arg(n(cap, "external"), n(unique, "external"))},
        {QStringLiteral("over statement"),
         QStringLiteral("Internal: %1 unique individuals of %2 licensed \\(120 %\\): OVER capacity by %3\\.")
             .arg(n(unique, "internal"), n(cap, "internal"))
             .arg(unique.value(QStringLiteral("internal")).toInt() - cap.value(QStringLiteral("internal")).toInt())},
        {QStringLiteral("near statement"),
         QStringLiteral("External: %1 unique individuals of %2 licensed \\(88 %\\): NEAR capacity \\(warning from 80 %\\)")
             .arg(n(unique, "external"), n(cap, "external"))},
        // Issue 9: the sample workspace was built today, so its history is one day and there is no trend yet.
        {QStringLiteral("trend day"),
         QStringLiteral("Trend and forecast .*%1 %2 %3 ")
             .arg(QDateTime::currentDateTimeUtc().date().toString(Qt::ISODate), n(unique, "internal"), n(cap, "internal"))},
        // Internal is over capacity (both thresholds reached); external at 88 % with no trend yet.
        {QStringLiteral("forecast"),
         QStringLiteral("Forecast \\(least-squares trend of the last 90 days.*Internal users: at 80 % of the capacity "
                        "already, at or over 100 % already.*External users: at 80 % of the capacity already, not 100 % "
                        "within 365 day")},
        {QStringLiteral("unique total"), QStringLiteral("unique individuals \\(R6\\): %1 in all").arg(n(unique, "total"))},
        {QStringLiteral("reconciliation sum"), QStringLiteral("Sum of the consoles %1").arg(n(sum, "total"))},
        {QStringLiteral("reconciliation unique"),
         QStringLiteral("Unique individuals \\(the licence figure\\) %1").arg(n(unique, "total"))},
        {QStringLiteral("reconciliation why"),
         QStringLiteral("consoles add up to %1, %2 more than the %3 unique individuals")
             .arg(n(sum, "total"))
             .arg(sum.value(QStringLiteral("total")).toInt() - unique.value(QStringLiteral("total")).toInt())
             .arg(n(unique, "total"))},
        // One row each: a page may end inside the table (the footer and the repeated header then come between).
        {QStringLiteral("excluded IT"), QStringLiteral("Exclusions .*IT users %1 ").arg(n(excluded, "it_user"))},
        {QStringLiteral("excluded inactive"), QStringLiteral("Exclusions .*Inactive %1 ").arg(n(excluded, "inactive"))},
        {QStringLiteral("excluded anonymous"), QStringLiteral("Exclusions .*Anonymous %1 ").arg(n(excluded, "anonymous"))},
        {QStringLiteral("not counted"),
         QStringLiteral("Exclusions .*Not counted %1 ")
             .arg(excluded.value(QStringLiteral("it_user")).toInt() + excluded.value(QStringLiteral("inactive")).toInt()
                  + excluded.value(QStringLiteral("anonymous")).toInt())},
        {QStringLiteral("owned domain as typed"), QStringLiteral("Owned domains .*sales\\.acme\\.com\\. sales\\.acme\\.com \\d+")},
        {QStringLiteral("owned IDN domain"), QStringLiteral("münchen-acme\\.de xn--mnchen-acme-\\w+\\.de \\d+")},
        {QStringLiteral("top external domains"), QStringLiteral("Top external domains .* 1 [a-z0-9.-]+ \\d+ .*2 [a-z0-9.-]+ \\d+")},
        {QStringLiteral("data quality"), QStringLiteral("Data quality Records without a valid e-mail \\d+ counted records")},
        {QStringLiteral("shared e-mails"), QStringLiteral("E-mails shared by several records \\d+ addresses")},
        {QStringLiteral("duplicates"), QStringLiteral("Likely duplicates \\d+ names")},
        {QStringLiteral("candidates"), QStringLiteral("Deactivation candidates \\d+ counted records have not logged in "
                                                      "for 90 days or more")},
        {QStringLiteral("rules first"), QStringLiteral("Rules applied \\W*R1 E-mail normalisation")},
        {QStringLiteral("rules last"), QStringLiteral("R12 The platform estimate")},
        {QStringLiteral("fingerprint"), QStringLiteral("Fingerprint SHA-256 .* [0-9a-f]{64} ")},
    };
    for (const QJsonValue &v : e.value(QStringLiteral("runtimes")).toArray()) {
        const QJsonObject rt = v.toObject();
        const QJsonObject platform = rt.value(QStringLiteral("platform")).toObject();
        const QString name = rt.value(QStringLiteral("name")).toString();
        rows.append({QStringLiteral("runtime %1").arg(name),
                     QStringLiteral("%1 %2 %3 %4 %5 %6 %7")
                         .arg(name, n(rt, "internal"), n(rt, "external"), n(rt, "total"), n(platform, "internal"),
                              n(platform, "external"), n(platform, "total"))});
        rows.append({QStringLiteral("last import of %1").arg(name),
                     QStringLiteral("%1 \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC \\d+ ").arg(name)});
        rows.append({QStringLiteral("console of %1").arg(name),
                     QStringLiteral("Console of %1 %2").arg(name, n(platform, "total"))});
    }
    for (const char *format : {"html", "pdf"}) {
        for (const auto &[name, pattern] : rows)
            QTest::newRow(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(format), name)))
                << QString::fromLatin1(format) << pattern;
    }
}

void TestReport::sectionsWithTheRightNumbers()
{
    QFETCH(QString, format);
    QFETCH(QString, pattern);
    const QString &text = format == u"pdf" ? m_samplePdf : m_sampleHtml;
    const QRegularExpression re(pattern);
    QVERIFY2(re.isValid(), qPrintable(re.errorString()));
    QVERIFY2(re.match(text).hasMatch(), qPrintable(pattern + QStringLiteral("\n--- not in\n") + text.left(6000)));
}

void TestReport::pdfHasPageNumbers()
{
    const QRegularExpression re(QStringLiteral("Page (\\d+) of (\\d+)"));
    QSet<int> pages;
    int of = 0;
    for (auto it = re.globalMatch(m_samplePdf); it.hasNext();) {
        const auto m = it.next();
        pages.insert(m.captured(1).toInt());
        of = m.captured(2).toInt();
    }
    QVERIFY2(of >= 3, qPrintable(m_samplePdf.left(500))); // at least the page breaks before candidates and rules
    QCOMPARE(pages.size(), of);
    for (int i = 1; i <= of; ++i)
        QVERIFY(pages.contains(i));
}

// The data-quality figures, recomputed from every record with the rules of src/core (not the report's SQL).
void TestReport::findingsMatchTheRecords()
{
    const QJsonArray all = users(m_sampleDb);
    QVERIFY(!all.isEmpty());
    qint64 noEmailCounted = 0, noEmailExcluded = 0;
    QHash<QString, QSet<QString>> usernamesByEmail;
    QHash<QString, qint64> recordsByEmail;
    QHash<QString, QSet<qint64>> individualsByName;
    QHash<QString, qint64> externalByDomain;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        const bool counted = u.value(QStringLiteral("status")).toString() == u"counted";
        const auto choice = hc::Rules::chooseEmail(u.value(QStringLiteral("email")).toString(),
                                                   u.value(QStringLiteral("username")).toString());
        if (!choice.email) {
            ++(counted ? noEmailCounted : noEmailExcluded);
            continue;
        }
        if (!counted)
            continue;
        // Shared within one runtime: several accounts of that runtime with one address.
        const QString key = u.value(QStringLiteral("runtime")).toString() + u'\n' + choice.email->address;
        usernamesByEmail[key].insert(hc::Rules::usernameKey(u.value(QStringLiteral("username")).toString()));
        ++recordsByEmail[key];
        if (u.value(QStringLiteral("class")).toString() == u"external")
            ++externalByDomain[choice.email->domain];
    }
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        const QString name = u.value(QStringLiteral("name")).toString().simplified().toCaseFolded();
        if (u.value(QStringLiteral("status")).toString() == u"counted" && !name.isEmpty())
            individualsByName[name].insert(u.value(QStringLiteral("individual")).toInteger());
    }
    QSet<QString> sharedAddresses;
    qint64 sharedRecords = 0;
    for (auto it = usernamesByEmail.cbegin(); it != usernamesByEmail.cend(); ++it) {
        if (it->size() > 1) {
            sharedAddresses.insert(it.key().section(u'\n', 1));
            sharedRecords += recordsByEmail.value(it.key());
        }
    }
    qint64 duplicateNames = 0, duplicateIndividuals = 0;
    for (const QSet<qint64> &people : std::as_const(individualsByName)) {
        if (people.size() > 1) {
            ++duplicateNames;
            duplicateIndividuals += people.size();
        }
    }
    QVERIFY(!sharedAddresses.isEmpty()); // the sample's shared reception mailbox
    QVERIFY(noEmailCounted > 0);
    QString topDomain;
    for (auto it = externalByDomain.cbegin(); it != externalByDomain.cend(); ++it) {
        if (topDomain.isEmpty() || *it > externalByDomain.value(topDomain) || (*it == externalByDomain.value(topDomain) && it.key() < topDomain))
            topDomain = it.key();
    }
    const QStringList expected = {
        QStringLiteral("%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail")
            .arg(noEmailCounted).arg(noEmailExcluded),
        QStringLiteral("%1 addresses are carried by %2 counted records with different usernames")
            .arg(sharedAddresses.size()).arg(sharedRecords),
        QStringLiteral("%1 names are carried by %2 different individuals").arg(duplicateNames).arg(duplicateIndividuals),
        QStringLiteral("Rank Domain Counted records 1 %1 %2 ").arg(topDomain).arg(externalByDomain.value(topDomain)),
        QStringLiteral("%1 external domains with %2 counted records in all")
            .arg(externalByDomain.size())
            .arg(std::accumulate(externalByDomain.cbegin(), externalByDomain.cend(), qint64(0))),
        QStringLiteral("reception@acme.com 6 6 2"),
    };
    for (const QString &fragment : expected) {
        QVERIFY2(m_sampleHtml.contains(fragment), qPrintable(fragment));
        QVERIFY2(m_samplePdf.contains(fragment), qPrintable(fragment));
    }
}

void TestReport::deactivationCandidates_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("default (90)") << 0;
    QTest::newRow("30") << 30;
    QTest::newRow("400") << 400;
    QTest::newRow("3650") << 3650;
}

void TestReport::deactivationCandidates()
{
    QFETCH(int, days);
    const int effective = days == 0 ? 90 : days;
    const QString cutoff = QDateTime::currentDateTimeUtc().date().addDays(-effective).toString(Qt::ISODate);
    qint64 expected = 0;
    for (const QJsonValue &v : users(m_sampleDb)) {
        const QJsonObject u = v.toObject();
        const QString last = u.value(QStringLiteral("last_login")).toString();
        if (u.value(QStringLiteral("status")).toString() == u"counted" && (last.isEmpty() || last < cutoff))
            ++expected;
    }
    const QStringList extra = days == 0 ? QStringList() : QStringList{QStringLiteral("--inactive-days"), QString::number(days)};
    const QString text = reportText(m_sampleDb, QStringLiteral("html"), extra);
    const QString fragment = QStringLiteral("%1 counted records have not logged in for %2 days or more (last login "
                                            "before %3, or never)").arg(expected).arg(effective).arg(cutoff);
    QVERIFY2(text.contains(fragment), qPrintable(fragment));
}

// SPEC §7: report HTML escapes every value; nothing a record holds changes the markup or the layout.
void TestReport::hostileValuesAreEscaped()
{
    const QString longName = QString(10000, u'A');
    QByteArray csv = "Id,Name,Username,Email,Last_Login,Is_Active\n";
    csv += "1,<script>alert(1)</script>,x&y,\"a\"\"b@evil.example\",2020-01-01,true\n";
    csv += "2,\"=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",=cmd|calc,=1+2@formula.example,2020-01-01,true\n";
    csv += "3,\xe2\x80\xae" "gnp.exe evil,rtl-user,rtl@evil.example,2020-01-01,true\n";
    csv += "4," + longName.toUtf8() + ",longname,long@evil.example,2020-01-01,true\n";
    csv += "5,\xd7\xa9\xd7\x9c\xd7\x95\xd7\x9d 'quoted' \"\"double\"\",hebrew,shared@evil.example,2020-01-01,true\n";
    csv += "6,<b>bold</b> & co,<i>other</i>,shared@evil.example,2020-01-01,true\n";
    csv += "7,<script>alert(1)</script>,x&y2,second@evil.example,2020-01-01,true\n";
    const QString file = writeFile(QStringLiteral("hostile.csv"), csv);
    QVERIFY(!file.isEmpty());
    const QString db = freshPath(QStringLiteral("hostile"));
    mustRun(db, l({"init"}));
    mustRun(db, l({"domain", "add", "acme.com"}));
    mustRun(db, l({"runtime", "add", "prod"}));
    mustRun(db, l({"import", "--runtime", "prod"}) << file);

    const QString html = freshPath(QStringLiteral("hostile"), QStringLiteral("html"));
    const CliResult r = runDb(db, l({"report", "--output"}) << html);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QFile f(html);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString markup = QString::fromUtf8(f.readAll());
    QVERIFY2(!markup.contains(QStringLiteral("<script"), Qt::CaseInsensitive), "a record's <script> reached the markup");
    QVERIFY(!markup.contains(QStringLiteral("<b>bold")));
    QVERIFY(!markup.contains(QStringLiteral("<i>other")));
    for (const char *escaped : {"&lt;script&gt;alert(1)&lt;/script&gt;", "x&amp;y", "a&quot;b@evil.example",
                                "=HYPERLINK(&quot;http://evil.example&quot;", "&lt;b&gt;bold&lt;/b&gt; &amp; co"}) {
        QVERIFY2(markup.contains(QString::fromUtf8(escaped)), escaped);
    }
    QVERIFY2(!markup.contains(QChar(0x202E)), "a right-to-left override reached the report");
    QVERIFY(markup.contains(QStringLiteral("\ufffdgnp.exe evil")));
    QCOMPARE(markup.count(QChar(0x2068)), markup.count(QChar(0x2069))); // every isolate closed
    QVERIFY2(!markup.contains(QString(100, u'A')), "the 10 000-character name was not cut");
    QVERIFY(markup.contains(QString(40, u'A') + QChar(0x2026)));
    QVERIFY(!markup.contains(QString(41, u'A')));

    const QString pdf = freshPath(QStringLiteral("hostile"), QStringLiteral("pdf"));
    const CliResult p = runDb(db, l({"report", "--output"}) << pdf);
    QVERIFY2(p.exitCode == 0, qPrintable(p.describe()));
    const QString text = normalised(pdfToText(pdf));
    QVERIFY2(text.contains(QStringLiteral("<script>alert(1)</script>")), qPrintable(text.left(3000)));
    QVERIFY(text.contains(QStringLiteral("x&y")));
    QVERIFY(text.contains(QStringLiteral("=HYPERLINK(\"http")));
    QVERIFY(!text.contains(QString(100, u'A')));
    // The layout holds: the pages of a report this small (title and findings, candidates, rules).
    QVERIFY2(QRegularExpression(QStringLiteral("Page 1 of [34] ")).match(text).hasMatch(), qPrintable(text.left(3000)));
}

// Pseudonymised (for sharing outside the company): no name, username or e-mail address of any record, in the HTML
// or in the PDF's text — and the figures of the plain report.
void TestReport::pseudonymisedReportNamesNoOne()
{
    const QString html = reportText(m_sampleDb, QStringLiteral("html"), {QStringLiteral("--pseudonymise")});
    const QString pdf = reportText(m_sampleDb, QStringLiteral("pdf"), {QStringLiteral("--pseudonymise")});
    QVERIFY(html.contains(QStringLiteral("Pseudonymised:")));
    QVERIFY(html.contains(QStringLiteral("Person 0001")));
    QVERIFY(html.contains(QStringLiteral("user-0001")));
    QVERIFY(html.contains(QStringLiteral("@domain-001.example")));
    QStringList secrets;
    for (const QJsonValue &v : users(m_sampleDb)) {
        const QJsonObject u = v.toObject();
        for (const char *key : {"name", "username", "email"}) {
            const QString value = u.value(QLatin1String(key)).toString().trimmed();
            // An Email field of "none" or "n/a" is no one's data (and "none" is an English word).
            if (!value.isEmpty() && (qstrcmp(key, "email") != 0 || value.contains(u'@')))
                secrets << value;
            if (const auto address = hc::EmailAddress::parse(value))
                secrets << address->address << address->domain;
        }
    }
    // Owned domains are listed as typed, too.
    secrets << QStringLiteral("ACME.de") << QStringLiteral("münchen-acme.de") << QStringLiteral("sales.acme.com");
    secrets.removeDuplicates();
    QVERIFY(secrets.size() > 300);
    for (const QString &secret : std::as_const(secrets)) {
        // "n/a" and the like are no one's data and occur in ordinary words.
        if (secret.size() < 4)
            continue;
        QVERIFY2(!html.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("HTML names ") + secret));
        QVERIFY2(!pdf.contains(secret, Qt::CaseInsensitive), qPrintable(QStringLiteral("PDF names ") + secret));
    }
    // Every count kept: the figures of the plain report are all there.
    for (const char *fragment : {"Internal 78 94 120 % OVER capacity", "External 156 138 88 % NEAR capacity",
                                 "Sum of the consoles 284", "Not counted 52"}) {
        QVERIFY2(html.contains(QLatin1String(fragment)), fragment);
        QVERIFY2(pdf.contains(QLatin1String(fragment)), fragment);
    }
    QCOMPARE(html.count(QStringLiteral("OVER capacity")), m_sampleHtml.count(QStringLiteral("OVER capacity")));
}

void TestReport::fingerprintIsThePrintedOne()
{
    const QString digest = fingerprint(m_sampleDb);
    QVERIFY2(QRegularExpression(QStringLiteral("^[0-9a-f]{64}$")).match(digest).hasMatch(), qPrintable(digest));
    QCOMPARE(fingerprint(m_sampleDb), digest); // the same data, the same digest
    QVERIFY2(m_sampleHtml.contains(digest), "the HTML report prints another fingerprint");
    QVERIFY2(m_samplePdf.contains(digest), "the PDF report prints another fingerprint");
    // The report command prints it too, and pseudonymising masks people, not the fingerprint of the data.
    const QString out = freshPath(QStringLiteral("pseudo"), QStringLiteral("html"));
    const CliResult r = runDb(m_sampleDb, l({"report", "--pseudonymise", "--output"}) << out);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QStringLiteral("fingerprint default: ") + digest), qPrintable(r.out));
}

void TestReport::fingerprintFollowsTheData()
{
    const QString db = freshPath(QStringLiteral("changing"));
    buildSampleWorkspace(db);
    const QString original = fingerprint(db);
    QCOMPARE(original, fingerprint(m_sampleDb)); // two workspaces built alike

    // Re-import prod-eu with one counted record's e-mail changed.
    QFile source(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/prod-eu.csv"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QByteArray csv = source.readAll();
    QVERIFY(csv.contains("arthur.adam224@acme.com"));
    const QString changed = writeFile(QStringLiteral("prod-eu-changed.csv"),
                                      QByteArray(csv).replace("arthur.adam224@acme.com", "arthur.adam@acme.com"));
    mustRun(db, l({"import", "--runtime", "prod-eu"}) << changed);
    const QString afterEmail = fingerprint(db);
    QVERIFY(!afterEmail.isEmpty());
    QVERIFY2(afterEmail != original, "an e-mail change left the fingerprint as it was");
    mustRun(db, l({"import", "--runtime", "prod-eu", HEADCOUNT_TEST_DATA_DIR "/samples/prod-eu.csv"}));
    QCOMPARE(fingerprint(db), original); // the data back as it was, the digest too

    // A domain added changes it even when no record has that domain (the domains are part of the data).
    mustRun(db, l({"domain", "add", "example-unused.org"}));
    const QString afterDomain = fingerprint(db);
    QVERIFY2(afterDomain != original, "an added domain left the fingerprint as it was");
    mustRun(db, l({"domain", "add", "gmail.com"}));
    QVERIFY(fingerprint(db) != afterDomain);
    mustRun(db, l({"domain", "remove", "example-unused.org", "gmail.com"}));
    QCOMPARE(fingerprint(db), original);

    // A decision that changes who counts changes it.
    mustRun(db, l({"it-user", "--runtime", "prod-eu", "aadam224"}));
    QVERIFY(fingerprint(db) != original);
}

// The canonical form as README.md documents it, written out by hand for a small workspace: an auditor's
// re-implementation must arrive at the same digest.
void TestReport::fingerprintFollowsTheDocumentedForm()
{
    // JSON, so that an Id can hold a TAB and a username a backslash (both escaped in the canonical form).
    const QByteArray json = R"([
        {"Id": "7", "Name": "Ana", "Username": "Ana.B ", "Email": "Ana@Example.COM", "Last_Login": "2026-01-01"},
        {"Id": "8\t9", "Name": "Bo", "Username": "bo\\x", "Email": "bo@outside.org", "Last_Login": "2026-01-01",
         "Tenant_Id": "t1"},
        {"Id": "10", "Name": "Cy", "Username": "cy", "Email": "cy@outside.org", "Last_Login": "2026-01-01",
         "Is_Active": false}])";
    const QString file = writeFile(QStringLiteral("tiny.json"), json);
    const QString db = freshPath(QStringLiteral("tiny"));
    mustRun(db, l({"init"}));
    mustRun(db, l({"capacity", "set", "--internal", "5", "--external", "7"}));
    mustRun(db, l({"domain", "add", "Example.com"}));
    mustRun(db, l({"runtime", "add", "rt\\1"}));
    mustRun(db, l({"import", "--runtime", "rt\\1", "--format", "json"}) << file);
    const QByteArray canonical = "headcount-fingerprint\t1\n"
                                 "infrastructure\tdefault\n"
                                 "model\tinternal-external\n"
                                 "platform_version\t\n"
                                 "capacity\t5\t7\t\n"
                                 "unique\t1\t1\t2\n"
                                 "runtime\trt\\\\1\t1\t1\t2\t1\t1\t2\n"
                                 "excluded\t0\t1\t0\n"
                                 "domain\texample.com\n"
                                 "record\trt\\\\1\t7\t\tana.b\tana@example.com\tcounted\tinternal\n"
                                 "record\trt\\\\1\t8\\t9\tt1\tbo\\\\x\tbo@outside.org\tcounted\texternal\n"
                                 "record\trt\\\\1\t10\t\tcy\tcy@outside.org\tinactive\t\n";
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
    QCOMPARE(fingerprint(db), expected);
    QCOMPARE(hc::ReportFingerprint::escaped("a\\b\tc\nd\re"), QByteArray("a\\\\b\\tc\\nd\\re"));
}

void TestReport::rollUpOfAllInfrastructures()
{
    const QString db = freshPath(QStringLiteral("msp"));
    buildSampleWorkspace(db);
    const QString file = writeFile(QStringLiteral("client.csv"), "Id,Name,Username,Email,Last_Login\n"
                                                                 "1,Zed,zed,zed@client.example,2026-11-01\n"
                                                                 "2,Yan,yan,yan@else.example,2026-11-01\n");
    mustRun(db, l({"infra", "add", "client-b", "--model", "named"}));
    mustRun(db, l({"capacity", "set", "--infra", "client-b", "--named", "1"}));
    mustRun(db, l({"runtime", "add", "--infra", "client-b", "prod-b"}));
    mustRun(db, l({"import", "--infra", "client-b", "--runtime", "prod-b"}) << file);
    const QString first = fingerprint(db, l({"--infra", "default"}));
    const QString second = fingerprint(db, l({"--infra", "client-b"}));
    QVERIFY(!first.isEmpty() && !second.isEmpty() && first != second);

    for (const char *suffix : {"html", "pdf"}) {
        const QString text = reportText(db, QString::fromLatin1(suffix), {QStringLiteral("--all")});
        QVERIFY2(text.contains(QStringLiteral("Licence compliance roll-up")), suffix);
        QVERIFY(text.contains(QStringLiteral("Infrastructures 2")));
        QVERIFY2(QRegularExpression(QStringLiteral("client-b named named 2 / 1: OVER capacity 2 ")).match(text).hasMatch(),
                 qPrintable(text.left(2000)));
        // pdftotext interleaves the lines of cells that wrap; the HTML gives the row as one.
        QVERIFY(qstrcmp(suffix, "pdf") == 0 || QRegularExpression(QStringLiteral("default internal-external internal 94 / 78: OVER capacity external "
                                                  "138 / 156: NEAR capacity 284 ")).match(text).hasMatch());
        QVERIFY(text.contains(QStringLiteral("Fingerprints client-b: %1 default: %2 ").arg(second, first)));
        const int a = text.indexOf(QStringLiteral("Licence compliance report: client-b"));
        const int b = text.indexOf(QStringLiteral("Licence compliance report: default"));
        QVERIFY2(a > 0 && b > a, "one section per infrastructure, in name order, after the summary");
        QVERIFY(text.contains(first));
        QVERIFY(text.contains(second));
        QVERIFY(text.contains(QStringLiteral("Named 1 2 200 % OVER capacity")));
        QVERIFY(text.contains(QStringLiteral("The named model has no external users")));
    }
}

void TestReport::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("no --output") << l({"report"}) << 2;
    QTest::newRow("not pdf or html") << l({"report", "--output", "r.txt"}) << 2;
    QTest::newRow("--all and --infra") << l({"report", "--all", "--infra", "default", "--output", "r.pdf"}) << 2;
    QTest::newRow("inactive days zero") << l({"report", "--inactive-days", "0", "--output", "r.pdf"}) << 2;
    QTest::newRow("inactive days text") << l({"report", "--inactive-days", "ninety", "--output", "r.pdf"}) << 2;
    QTest::newRow("unknown option") << l({"report", "--colour", "--output", "r.pdf"}) << 2;
    QTest::newRow("unknown infra") << l({"report", "--infra", "nowhere", "--output", "r.pdf"}) << 1;
    QTest::newRow("fingerprint unknown infra") << l({"fingerprint", "--infra", "nowhere"}) << 1;
    QTest::newRow("fingerprint extra argument") << l({"fingerprint", "more"}) << 2;
}

void TestReport::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    const CliResult r = runDb(m_sampleDb, args);
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(r.err.startsWith(QStringLiteral("error: ")), qPrintable(r.describe()));
    if (exitCode == 1)
        QVERIFY2(r.err.count(u'\n') == 1, qPrintable(r.describe())); // one line; a usage error adds a hint
    QVERIFY(r.out.isEmpty());
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("r.pdf"))));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("r.txt"))));
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
