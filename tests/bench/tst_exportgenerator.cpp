#include "EmailAddress.h"
#include "ExportGenerator.h"
#include "ExportReader.h"
#include "Rules.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

class TestExportGenerator : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameSeedSameBytes();
    void otherSeedOtherBytes();
    void readByTheRealReader_data();
    void readByTheRealReader();
    void manifest();
    void realism_data();
    void realism();
    void refusesBadOptions();

private:
    static Result<GeneratedExport> generate(const QString &dir, quint32 seed, int runtimes, qint64 records,
                                            GeneratorOptions::Format format = GeneratorOptions::Format::Csv);
    static QHash<QString, QByteArray> files(const QString &dir);

    QTemporaryDir m_dir;
    GeneratedExport m_big; // 4 x 5000 records, read back once for the realism figures
    QHash<QString, double> m_figures;
};

Result<GeneratedExport> TestExportGenerator::generate(const QString &dir, quint32 seed, int runtimes, qint64 records,
                                                      GeneratorOptions::Format format)
{
    GeneratorOptions o;
    o.outDir = dir;
    o.seed = seed;
    o.runtimes = runtimes;
    o.recordsPerRuntime = records;
    o.format = format;
    return ExportGenerator(o).generate();
}

QHash<QString, QByteArray> TestExportGenerator::files(const QString &dir)
{
    QHash<QString, QByteArray> out;
    for (const QString &name : QDir(dir).entryList(QDir::Files)) {
        QFile f(QDir(dir).filePath(name));
        if (f.open(QIODevice::ReadOnly))
            out.insert(name, f.readAll());
    }
    return out;
}

void TestExportGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    const auto big = generate(m_dir.filePath(QStringLiteral("big")), 1, 4, 5000);
    QVERIFY2(big.ok(), qPrintable(big.error()));
    m_big = *big;

    QSet<QString> owned;
    for (const QString &d : ExportGenerator::ownedDomains())
        owned.insert(*EmailAddress::normalizeDomain(d));

    qint64 n = 0, internal = 0, inactive = 0, anonymous = 0, it = 0, tenant = 0, phoneOnly = 0, usernameEmail = 0,
           invalid = 0, never = 0, unicode = 0, quoted = 0;
    QHash<QString, QSet<QString>> runtimesOfAddress; // normalised address -> runtimes
    QHash<QString, QSet<QString>> spellingsOfAddress;
    QSet<QString> domains;
    for (const GeneratedRuntime &r : std::as_const(m_big.runtimes)) {
        const auto data = ExportReader::readFile(r.file);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        for (const UserRecord &u : data->records) {
            ++n;
            const Rules::EmailChoice choice = Rules::chooseEmail(u.email, u.username);
            const QString domain = choice.email ? choice.email->domain : QString();
            if (Rules::classify(domain, owned) == UserClass::Internal)
                ++internal;
            inactive += !u.active;
            anonymous += Rules::isAnonymous(u);
            it += u.itUser;
            tenant += !u.tenant.isEmpty();
            if (!choice.email && u.email.isEmpty() && !u.phone.isEmpty() && !u.name.isEmpty())
                ++phoneOnly;
            usernameEmail += choice.source == EmailSource::Username && u.email.isEmpty();
            invalid += !u.email.trimmed().isEmpty() && !EmailAddress::parse(u.email);
            never += u.lastLogin.isEmpty() && !Rules::isAnonymous(u);
            for (QChar c : u.name) {
                if (c.unicode() >= 0x80) {
                    ++unicode;
                    break;
                }
            }
            quoted += u.name.contains(u',') || u.name.contains(u'"');
            if (choice.email) {
                runtimesOfAddress[choice.email->address].insert(r.name);
                spellingsOfAddress[choice.email->address].insert(choice.source == EmailSource::Email ? u.email
                                                                                                      : u.username);
                domains.insert(domain);
            }
        }
    }
    qint64 onSeveral = 0, spelledDifferently = 0;
    for (auto it2 = runtimesOfAddress.cbegin(); it2 != runtimesOfAddress.cend(); ++it2) {
        if (it2.value().size() > 1) {
            ++onSeveral;
            spelledDifferently += spellingsOfAddress.value(it2.key()).size() > 1;
        }
    }
    const double total = double(n);
    m_figures = {
        {QStringLiteral("records"), total},
        {QStringLiteral("internal"), internal / total},
        {QStringLiteral("inactive"), inactive / total},
        {QStringLiteral("anonymous"), anonymous / total},
        {QStringLiteral("it_user"), it / total},
        {QStringLiteral("second_tenant"), tenant / total},
        {QStringLiteral("phone_only"), phoneOnly / total},
        {QStringLiteral("username_is_email"), usernameEmail / total},
        {QStringLiteral("invalid_email"), invalid / total},
        {QStringLiteral("never_logged_in"), never / total},
        {QStringLiteral("unicode_name"), unicode / total},
        {QStringLiteral("quoted_name"), double(quoted)},
        {QStringLiteral("addresses_on_several_runtimes"), double(onSeveral) / runtimesOfAddress.size()},
        {QStringLiteral("spelled_differently"), double(spelledDifferently)},
        {QStringLiteral("domains"), double(domains.size())},
    };
}

void TestExportGenerator::sameSeedSameBytes()
{
    const QString a = m_dir.filePath(QStringLiteral("a"));
    const QString b = m_dir.filePath(QStringLiteral("b"));
    QVERIFY(generate(a, 42, 3, 1500).ok());
    QVERIFY(generate(b, 42, 3, 1500).ok());
    const auto fa = files(a);
    const auto fb = files(b);
    QCOMPARE(fa.size(), 4); // three runtimes and the manifest
    QCOMPARE(fa.keys().size(), fb.keys().size());
    for (auto it = fa.cbegin(); it != fa.cend(); ++it)
        QVERIFY2(it.value() == fb.value(it.key()), qPrintable(it.key()));
}

void TestExportGenerator::otherSeedOtherBytes()
{
    const QString a = m_dir.filePath(QStringLiteral("s1"));
    const QString b = m_dir.filePath(QStringLiteral("s2"));
    QVERIFY(generate(a, 1, 2, 500).ok());
    QVERIFY(generate(b, 2, 2, 500).ok());
    QVERIFY(files(a).value(QStringLiteral("prod-eu.csv")) != files(b).value(QStringLiteral("prod-eu.csv")));
}

void TestExportGenerator::readByTheRealReader_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("encoding");
    QTest::newRow("csv") << int(GeneratorOptions::Format::Csv) << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("json") << int(GeneratorOptions::Format::Json) << QStringLiteral("UTF-8");
}

void TestExportGenerator::readByTheRealReader()
{
    QFETCH(int, format);
    QFETCH(QString, encoding);
    const QString dir = m_dir.filePath(QStringLiteral("read-%1").arg(format));
    const auto out = generate(dir, 7, 3, 2000, GeneratorOptions::Format(format));
    QVERIFY2(out.ok(), qPrintable(out.error()));
    QCOMPARE(out->runtimes.size(), 3);
    for (const GeneratedRuntime &r : out->runtimes) {
        const auto data = ExportReader::readFile(r.file);
        QVERIFY2(data.ok(), qPrintable(data.error()));
        QCOMPARE(data->records.size(), 2000);
        QCOMPARE(r.records, 2000);
        QCOMPARE(data->encoding, encoding);
        QVERIFY(data->hadPassword);
        QVERIFY2(data->unknownColumns.isEmpty(), qPrintable(data->unknownColumns.join(u',')));
        QVERIFY(data->skipped.isEmpty());
        if (format == int(GeneratorOptions::Format::Csv)) {
            QCOMPARE(data->delimiter, QChar(u','));
            QFile f(r.file);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(4096);
            QVERIFY(head.startsWith("\xEF\xBB\xBFId,Name,Username,Password,Email,"));
            QVERIFY(head.contains("\r\n"));
        }
        // Usernames are unique per runtime, as the platform requires.
        QSet<QString> usernames;
        for (const UserRecord &u : data->records)
            usernames.insert(u.username.trimmed().toLower());
        QCOMPARE(usernames.size(), data->records.size());
    }
}

void TestExportGenerator::manifest()
{
    QFile f(m_big.manifest);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
    QCOMPARE(m.value(QStringLiteral("domains")).toArray().toVariantList(),
             QVariant(ExportGenerator::ownedDomains()).toList());
    QVERIFY(m.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("internal")).toInteger() > 0);
    QVERIFY(m.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("external")).toInteger() > 0);
    const QJsonArray runtimes = m.value(QStringLiteral("runtimes")).toArray();
    QCOMPARE(runtimes.size(), 4);
    QStringList names;
    for (const QJsonValue &v : runtimes) {
        const QJsonObject r = v.toObject();
        names.append(r.value(QStringLiteral("name")).toString());
        QCOMPARE(r.value(QStringLiteral("records")).toInteger(), 5000);
        QVERIFY(QFile::exists(
            QDir(m_dir.filePath(QStringLiteral("big"))).filePath(r.value(QStringLiteral("file")).toString())));
    }
    QCOMPARE(names, (QStringList{QStringLiteral("prod-eu"), QStringLiteral("prod-us"), QStringLiteral("prod-apac"),
                                 QStringLiteral("prod-latam")}));
    QCOMPARE(m.value(QStringLiteral("stats")).toObject().value(QStringLiteral("records")).toInteger(), 20000);
}

void TestExportGenerator::realism_data()
{
    // Figures measured on the records as the real reader and the rules see them; bounds around the brief's targets.
    QTest::addColumn<QString>("figure");
    QTest::addColumn<double>("min");
    QTest::addColumn<double>("max");
    QTest::newRow("records") << QStringLiteral("records") << 20000.0 << 20000.0;
    QTest::newRow("~35 % internal") << QStringLiteral("internal") << 0.30 << 0.40;
    QTest::newRow("~3 % inactive") << QStringLiteral("inactive") << 0.02 << 0.04;
    QTest::newRow("~1 % anonymous") << QStringLiteral("anonymous") << 0.005 << 0.015;
    QTest::newRow("~1 % IT users") << QStringLiteral("it_user") << 0.005 << 0.015;
    QTest::newRow("~5 % second tenant") << QStringLiteral("second_tenant") << 0.03 << 0.07;
    QTest::newRow("phone-only users") << QStringLiteral("phone_only") << 0.02 << 0.05;
    QTest::newRow("username is the e-mail") << QStringLiteral("username_is_email") << 0.03 << 0.07;
    QTest::newRow("invalid e-mails") << QStringLiteral("invalid_email") << 0.01 << 0.03;
    QTest::newRow("never logged in, not anonymous") << QStringLiteral("never_logged_in") << 0.02 << 0.06;
    QTest::newRow("Unicode names") << QStringLiteral("unicode_name") << 0.3 << 0.9;
    QTest::newRow("names that need quoting") << QStringLiteral("quoted_name") << 1.0 << 100.0;
    QTest::newRow("~25 % on two or three runtimes") << QStringLiteral("addresses_on_several_runtimes") << 0.18 << 0.32;
    QTest::newRow("spelled differently across runtimes") << QStringLiteral("spelled_differently") << 100.0 << 1e9;
    QTest::newRow("a long tail of domains") << QStringLiteral("domains") << 1000.0 << 1e9;
}

void TestExportGenerator::realism()
{
    QFETCH(QString, figure);
    QFETCH(double, min);
    QFETCH(double, max);
    QVERIFY(m_figures.contains(figure));
    const double value = m_figures.value(figure);
    QVERIFY2(value >= min && value <= max,
             qPrintable(QStringLiteral("%1 = %2, expected %3 .. %4").arg(figure).arg(value).arg(min).arg(max)));
}

void TestExportGenerator::refusesBadOptions()
{
    QVERIFY(!generate(m_dir.filePath(QStringLiteral("bad1")), 1, 0, 10).ok());
    QVERIFY(!generate(m_dir.filePath(QStringLiteral("bad2")), 1, 2, 0).ok());
}

QTEST_GUILESS_MAIN(TestExportGenerator)
#include "tst_exportgenerator.moc"
