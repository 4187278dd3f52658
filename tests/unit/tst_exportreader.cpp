// ExportReader over the fixtures: encodings, delimiters, line ends, mapping, values, errors, Password (SPEC §3);
// and the tables of ValueParser, FieldMapping and TextDecoder.
#include "ExportReader.h"
#include "MappedPages.h"
#include "FieldMapping.h"
#include "MessageText.h"
#include "TestConfig.h"
#include "TextDecoder.h"
#include "ValueParser.h"

#include <QCryptographicHash>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(hc::FieldMapping::Field)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/import/") + name;
}

Result<ExportData> readFixture(const QString &name, bool skipBadRows = false)
{
    ReadOptions options;
    options.skipBadRows = skipBadRows;
    return ExportReader::readFile(fixture(name), options);
}

// Every text the result holds, to look for values that must not be there.
QString everything(const ExportData &data)
{
    QStringList all = data.columns + data.unknownColumns;
    for (const UserRecord &r : data.records) {
        all << r.sourceId << r.name << r.username << r.email << r.phone << r.externalId << r.tenant << r.creationDate
            << r.lastLogin;
    }
    for (const ImportProblem &p : data.skipped)
        all << p.toString();
    return all.join(u'|');
}

QString describe(const UserRecord &r)
{
    return QStringList { r.sourceId, r.name, r.username, r.email, r.phone, r.externalId, r.tenant, r.creationDate,
        r.lastLogin, QString::number(r.active), QString::number(r.itUser) }
        .join(u'|');
}

const QString notBoolean = QStringLiteral("is not a boolean (true/false, 1/0, yes/no, y/n)");
const QString notDate
    = QStringLiteral("is not a date (ISO 8601, e.g. 2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)");

} // namespace

class TestExportReader : public QObject {
    Q_OBJECT

private slots:
    void parseBoolean_data();
    void parseBoolean();
    void parseDate_data();
    void parseDate();
    void fieldForColumn_data();
    void fieldForColumn();
    void mappingOverrides();
    void decode_data();
    void decode();
    void windows1252MatchesIcu();
    void problemToString_data();
    void problemToString();
    void messageText_data();
    void messageText();
    void messageList();

    void encodings_data();
    void encodings();
    void formatDetection_data();
    void formatDetection();
    void lineEnds_data();
    void lineEnds();
    void quotedFields();
    void fewerFields();
    void aliases();
    void dates();
    void errors_data();
    void errors();
    void skipBadRows_data();
    void skipBadRows();
    void passwordNeverKept_data();
    void passwordNeverKept();
    void userMapping();
    void missingFile();
    void sample();
    void streaming_data();
    void streaming();
    void streamingCancel();
    void wideHeader_data();
    void wideHeader();
    void duplicateIds_data();
    void duplicateIds();
    void largeMappedFileReadsAsItsBytes_data();
    void largeMappedFileReadsAsItsBytes();
    void mappedPagesAreGivenBack();
};

void TestExportReader::parseBoolean_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("emptyValue");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("value");

    const struct {
        const char *text;
        bool value;
    } good[]
        = { { "true", true }, { "True", true }, { "TRUE", true }, { "false", false }, { "False", false }, { "1", true },
              { "0", false }, { "yes", true }, { "YES", true }, { "no", false }, { "No", false }, { "y", true },
              { "Y", true }, { "n", false }, { "N", false }, { " true ", true }, { "\tno\t", false }, { " 1", true } };
    for (const auto &g : good)
        QTest::newRow(g.text) << QString::fromLatin1(g.text) << false << true << g.value;
    QTest::newRow("empty, default true") << QString() << true << true << true;
    QTest::newRow("empty, default false") << QString() << false << true << false;
    QTest::newRow("spaces, default true") << QStringLiteral("   ") << true << true << true;
    for (const char *bad : { "maybe", "2", "-1", "t", "f", "on", "off", "tru", "yess", "1.0", "ja", "true false" })
        QTest::newRow(bad) << QString::fromLatin1(bad) << false << false << false;
}

void TestExportReader::parseBoolean()
{
    QFETCH(QString, text);
    QFETCH(bool, emptyValue);
    QFETCH(bool, valid);
    QFETCH(bool, value);
    bool actual = !value;
    QCOMPARE(ValueParser::parseBoolean(text, emptyValue, &actual), valid);
    if (valid)
        QCOMPARE(actual, value);
    else
        QCOMPARE(actual, !value); // untouched
}

void TestExportReader::parseDate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("normalised");

    const auto good = [](const char *name, const char *text, const char *normalised) {
        QTest::newRow(name) << QString::fromLatin1(text) << true << QString::fromLatin1(normalised);
    };
    const auto bad = [](const char *name, const char *text) {
        QTest::newRow(name) << QString::fromLatin1(text) << false << QString();
    };
    good("empty", "", "");
    good("spaces only", "  ", "");
    good("date", "2025-06-30", "2025-06-30T00:00:00");
    good("date with spaces", " 2025-06-30 ", "2025-06-30T00:00:00");
    good("space, minutes", "2025-06-30 14:05", "2025-06-30T14:05:00");
    good("space, seconds", "2025-06-30 14:05:09", "2025-06-30T14:05:09");
    good("T, seconds", "2025-06-30T14:05:09", "2025-06-30T14:05:09");
    good("lower-case t", "2025-06-30t14:05:09", "2025-06-30T14:05:09");
    good("fraction", "2025-06-30T14:05:09.123", "2025-06-30T14:05:09");
    good("long fraction, comma", "2025-06-30 14:05:09,1234567", "2025-06-30T14:05:09");
    good("Z", "2025-06-30T14:05:09Z", "2025-06-30T14:05:09");
    good("z", "2025-06-30T14:05:09z", "2025-06-30T14:05:09");
    good("+00:00", "2025-06-30T14:05:09+00:00", "2025-06-30T14:05:09");
    good("+02:00", "2025-06-30T14:05:09+02:00", "2025-06-30T12:05:09");
    good("+0200", "2025-06-30T14:05:09+0200", "2025-06-30T12:05:09");
    good("+02", "2025-06-30T14:05:09+02", "2025-06-30T12:05:09");
    good("-05:30", "2025-06-30T14:05:09-05:30", "2025-06-30T19:35:09");
    good("zone without seconds", "2025-06-30T14:05Z", "2025-06-30T14:05:00");
    good("fraction and zone", "2025-06-30T14:05:09.5+01:00", "2025-06-30T13:05:09");
    good("zone crosses midnight back", "2025-01-01T01:00:00+02:00", "2024-12-31T23:00:00");
    good("zone crosses midnight forward", "2024-02-28T23:30:00-01:00", "2024-02-29T00:30:00");
    good("SQL Server offset", "2025-06-30 14:05:00.0000000 +02:00", "2025-06-30T12:05:00");
    good("leap day", "2024-02-29", "2024-02-29T00:00:00");
    good("null date", "1900-01-01", "");
    good("null date with time", "1900-01-01 00:00:00", "");
    good("null date T", "1900-01-01T00:00:00", "");
    good("null date with zone", "1900-01-01T00:00:00Z", "");
    good("null date with fraction", "1900-01-01 00:00:00.000", "");
    good("day after null date", "1900-01-02", "1900-01-02T00:00:00");
    bad("not a date", "soon");
    bad("US format", "06/30/2025");
    bad("European format", "30.06.2025");
    bad("month 13", "2025-13-01");
    bad("February 30", "2025-02-30");
    bad("not a leap year", "2025-02-29");
    bad("year 0", "0000-01-01");
    bad("short year", "25-06-30");
    bad("no dashes", "20250630");
    bad("hour 24", "2025-06-30T24:00:00");
    bad("minute 60", "2025-06-30T14:60");
    bad("second 60", "2025-06-30T14:05:60");
    bad("hour only", "2025-06-30T14");
    bad("one-digit minute", "2025-06-30 14:5");
    bad("bad separator", "2025-06-30_14:05:09");
    bad("empty fraction", "2025-06-30T14:05:09.");
    bad("fraction without seconds", "2025-06-30T14:05.5");
    bad("bad zone", "2025-06-30T14:05:09+2");
    bad("zone colon only", "2025-06-30T14:05:09+02:");
    bad("zone too long", "2025-06-30T14:05:09+02:000");
    bad("zone on a date", "2025-06-30Z");
    bad("zone name", "2025-06-30T14:05:09 CET");
    bad("trailing text", "2025-06-30T14:05:09Zx");
    bad("two spaces", "2025-06-30  14:05:09");
    bad("out of range after zone", "9999-12-31T23:00:00-02:00");
}

void TestExportReader::parseDate()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, normalised);
    QString actual = QStringLiteral("untouched?");
    QCOMPARE(ValueParser::parseDate(text, &actual), valid);
    if (valid)
        QCOMPARE(actual, normalised);
}

void TestExportReader::fieldForColumn_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<FieldMapping::Field>("field");

    using F = FieldMapping::Field;
    const struct {
        const char *column;
        F field;
    } table[] = {
        { "Id", F::Id },
        { "ID", F::Id },
        { "UserId", F::Id },
        { "User_Id", F::Id },
        { "user id", F::Id },
        { "Name", F::Name },
        { "FullName", F::Name },
        { "Full Name", F::Name },
        { "DisplayName", F::Name },
        { "display-name", F::Name },
        { "Username", F::Username },
        { "UserName", F::Username },
        { "User_Name", F::Username },
        { "Login", F::Username },
        { "Email", F::Email },
        { "EMail", F::Email },
        { "E-mail", F::Email },
        { "e_mail", F::Email },
        { "EmailAddress", F::Email },
        { "Email Address", F::Email },
        { "MobilePhone", F::MobilePhone },
        { "Mobile", F::MobilePhone },
        { "Phone", F::MobilePhone },
        { "External_Id", F::ExternalId },
        { "ExternalId", F::ExternalId },
        { "Creation_Date", F::CreationDate },
        { "CreatedOn", F::CreationDate },
        { "Created", F::CreationDate },
        { "Last_Login", F::LastLogin },
        { "LastLogin", F::LastLogin },
        { "Is_Active", F::IsActive },
        { "Active", F::IsActive },
        { "IsActive", F::IsActive },
        { "Tenant_Id", F::TenantId },
        { "Tenant", F::TenantId },
        { "TenantId", F::TenantId },
        { "Is_IT_User", F::IsItUser },
        { "ITUser", F::IsItUser },
        { "IsITUser", F::IsItUser },
        { "it user", F::IsItUser },
        { "Password", F::Password },
        { "PASSWORD", F::Password },
        { " Username ", F::Username },
        { "Department", F::Ignored },
        { "Mail", F::Ignored },
        { "Emails", F::Ignored },
        { "Last_Login_Date", F::Ignored },
        { "", F::Ignored },
    };
    for (const auto &row : table)
        QTest::newRow(row.column[0] ? row.column : "(empty)") << QString::fromLatin1(row.column) << row.field;
}

void TestExportReader::fieldForColumn()
{
    QFETCH(QString, column);
    QFETCH(FieldMapping::Field, field);
    QCOMPARE(FieldMapping::fieldForColumn(column), field);
}

void TestExportReader::mappingOverrides()
{
    QCOMPARE(FieldMapping::fieldNames(),
        (QStringList { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Username"),
            QStringLiteral("Email"), QStringLiteral("MobilePhone"), QStringLiteral("External_Id"),
            QStringLiteral("Creation_Date"), QStringLiteral("Last_Login"), QStringLiteral("Is_Active"),
            QStringLiteral("Tenant_Id"), QStringLiteral("Is_IT_User"), QStringLiteral("Password") }));

    Result<FieldMapping> created = FieldMapping::create(
        { { QStringLiteral("Mail"), QStringLiteral("Email") }, { QStringLiteral("Name"), QString() } });
    QVERIFY(created.ok());
    FieldMapping mapping = std::move(created).value();
    QCOMPARE(*mapping.addColumn(QStringLiteral("Mail")), FieldMapping::Field::Email);
    QCOMPARE(*mapping.addColumn(QStringLiteral("Name")), FieldMapping::Field::Ignored);
    QCOMPARE(*mapping.addColumn(QStringLiteral("Login")), FieldMapping::Field::Username);
    QCOMPARE(*mapping.addColumn(QStringLiteral("Password")), FieldMapping::Field::Password);
    QCOMPARE(*mapping.addColumn(QString()), FieldMapping::Field::Ignored);
    const Result<FieldMapping::Field> duplicate = mapping.addColumn(QStringLiteral("E-mail"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(duplicate.error(), QStringLiteral("the columns 'Mail' and 'E-mail' both give the field Email"));
    QCOMPARE(mapping.columns(),
        (QStringList { QStringLiteral("Mail"), QStringLiteral("Name"), QStringLiteral("Login"),
            QStringLiteral("Password"), QString() }));
    QCOMPARE(mapping.unknownColumns(), QStringList { QStringLiteral("Name") });
    QVERIFY(mapping.hasPassword());
    QVERIFY(mapping.hasKnownField());

    const Result<FieldMapping> unknown = FieldMapping::create({ { QStringLiteral("X"), QStringLiteral("Shoe size") } });
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error(),
        QStringLiteral("'Shoe size' (chosen for column 'X') is not a known field; known fields: "
                       "Id, Name, Username, Email, MobilePhone, External_Id, Creation_Date, "
                       "Last_Login, Is_Active, Tenant_Id, Is_IT_User, Password"));

    // Only a Password column is no user export.
    FieldMapping passwordOnly = std::move(FieldMapping::create()).value();
    QVERIFY(passwordOnly.addColumn(QStringLiteral("Password")).ok());
    QVERIFY(!passwordOnly.hasKnownField());
}

void TestExportReader::decode_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const QString mueller = QStringLiteral("Müller €");
    QTest::newRow("empty") << QByteArray() << QString() << QStringLiteral("UTF-8");
    QTest::newRow("ASCII") << QByteArray("Id,Name") << QStringLiteral("Id,Name") << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8") << mueller.toUtf8() << mueller << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + mueller.toUtf8() << mueller
                               << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("UTF-8 BOM only") << QByteArray("\xEF\xBB\xBF") << QString() << QStringLiteral("UTF-8 (BOM)");
    QByteArray le("\xFF\xFE");
    QByteArray be("\xFE\xFF");
    for (const QChar c : mueller) {
        le += char(c.unicode() & 0xFF);
        le += char(c.unicode() >> 8);
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xFF);
    }
    QTest::newRow("UTF-16LE BOM") << le << mueller << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE BOM") << be << mueller << QStringLiteral("UTF-16BE");
    QTest::newRow("UTF-16LE no BOM") << le.mid(2) << mueller << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16BE no BOM") << be.mid(2) << mueller << QStringLiteral("UTF-16BE");
    QTest::newRow("Windows-1252") << QByteArray("M\xFCller \x80") << mueller << QStringLiteral("Windows-1252");
    QTest::newRow("Windows-1252 quotes") << QByteArray("\x84x\x93 \x96 \x9F") << QStringLiteral("„x“ – Ÿ")
                                         << QStringLiteral("Windows-1252");
    QTest::newRow("truncated UTF-8 at the end")
        << QByteArray("ab\xC3") << QStringLiteral("abÃ") << QStringLiteral("Windows-1252");
    // A UTF-8 BOM with invalid bytes after it is refused, no longer re-read as Windows-1252: tst_textdecoder.
}

void TestExportReader::decode()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text(), text);
    QCOMPARE(decoded->encoding, encoding);

    const Result<DecodedText> odd = TextDecoder::decode(QByteArray("\xFF\xFE\x41", 3));
    QVERIFY(!odd.ok());
    QCOMPARE(odd.error(), QStringLiteral("not valid UTF-16LE text: the file has an odd number of bytes"));
}

void TestExportReader::windows1252MatchesIcu()
{
    QByteArray all;
    for (int b = 0; b < 256; ++b)
        all += char(b);
    QStringDecoder icu("windows-1252");
    if (!icu.isValid())
        QSKIP("this Qt has no ICU Windows-1252 converter to compare with");
    QCOMPARE(TextDecoder::decodeWindows1252(all), icu.decode(all));
}

void TestExportReader::problemToString_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("text");

    QTest::newRow("everything") << QStringLiteral("prod-eu.csv") << qint64(12) << qint64(34)
                                << QStringLiteral("Is_Active") << QStringLiteral("prod-eu.csv:12:34: Is_Active: oops");
    QTest::newRow("no field") << QStringLiteral("a.csv") << qint64(3) << qint64(1) << QString()
                              << QStringLiteral("a.csv:3:1: oops");
    QTest::newRow("no column") << QStringLiteral("a.csv") << qint64(3) << qint64(0) << QString()
                               << QStringLiteral("a.csv:3: oops");
    QTest::newRow("file only") << QStringLiteral("a.csv") << qint64(0) << qint64(0) << QString()
                               << QStringLiteral("a.csv: oops");
    QTest::newRow("nothing") << QString() << qint64(0) << qint64(0) << QString() << QStringLiteral("oops");
    // A file or column name is shown escaped too: it comes from the file system or the file.
    QTest::newRow("escaped file and field")
        << QStringLiteral("a\x1B[2J.csv") << qint64(2) << qint64(1) << QStringLiteral("Is\u0085Active\u202E")
        << QStringLiteral("a\\x1B[2J.csv:2:1: Is\\x85Active\\u202E: oops");
}

void TestExportReader::messageText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("shown");

    const auto row = [](const char *name, const QString &text, const QString &shown) {
        QTest::newRow(name) << text << shown;
    };
    row("plain", QStringLiteral("Ana Silva"), QStringLiteral("Ana Silva"));
    row("empty", QString(), QString());
    row("non-ASCII kept", QStringLiteral("Müller € 漢字 😀"), QStringLiteral("Müller € 漢字 😀"));
    row("line breaks and tab", QStringLiteral("a\rb\nc\td"), QStringLiteral("a\\rb\\nc\\td"));
    row("NUL", QString(QChar(0)), QStringLiteral("\\0"));
    row("BEL", QStringLiteral("\x07"), QStringLiteral("\\x07"));
    row("terminal escape", QStringLiteral("\x1B[31mred"), QStringLiteral("\\x1B[31mred"));
    row("unit separator", QStringLiteral("\x1F"), QStringLiteral("\\x1F"));
    row("DEL", QStringLiteral("\x7F"), QStringLiteral("\\x7F"));
    row("C1 NEL", QString(QChar(0x85)), QStringLiteral("\\x85"));
    row("C1 CSI", QString(QChar(0x9B)), QStringLiteral("\\x9B"));
    row("no-break space kept", QString(QChar(0xA0)), QString(QChar(0xA0)));
    row("LRE", QString(QChar(0x202A)), QStringLiteral("\\u202A"));
    row("RLO", QStringLiteral("abc") + QChar(0x202E) + QStringLiteral("fdp.exe"),
        QStringLiteral("abc\\u202Efdp.exe"));
    row("LRI", QString(QChar(0x2066)), QStringLiteral("\\u2066"));
    row("PDI", QString(QChar(0x2069)), QStringLiteral("\\u2069"));
    row("RLM", QString(QChar(0x200F)), QStringLiteral("\\u200F"));
    row("line separator", QString(QChar(0x2028)), QStringLiteral("\\u2028"));
    row("byte order mark", QString(QChar(0xFEFF)) + QStringLiteral("Id"), QStringLiteral("\\uFEFFId"));
    row("lone surrogate", QString(QChar(0xD800)), QStringLiteral("\\uD800"));
    row("200 characters", QString(200, u'a'), QString(200, u'a'));
    row("201 characters", QString(201, u'a'), QString(200, u'a') + QChar(0x2026));
    row("10 MB", QString(10 * 1024 * 1024, u'y'), QString(200, u'y') + QChar(0x2026));
    row("a pair is not cut", QString(199, u'a') + QStringLiteral("😀b"), QString(199, u'a') + QChar(0x2026));
    row("200 escaped characters", QString(250, QChar(7)), QStringLiteral("\\x07").repeated(200) + QChar(0x2026));
}

void TestExportReader::messageText()
{
    QFETCH(QString, text);
    QFETCH(QString, shown);
    QCOMPARE(MessageText::shown(text), shown);
    QCOMPARE(MessageText::quoted(text), u'\'' + shown + u'\'');
    QCOMPARE(ValueParser::quoted(text), MessageText::quoted(text));
}

void TestExportReader::messageList()
{
    QCOMPARE(MessageText::quotedList({}), QString());
    QCOMPARE(MessageText::quotedList({ QStringLiteral("a"), QStringLiteral("b\x07") }),
        QStringLiteral("'a', 'b\\x07'"));
    QStringList many;
    for (int i = 1; i <= 10; ++i)
        many << QString::number(i);
    QCOMPARE(MessageText::quotedList(many, 3), QStringLiteral("'1', '2', '3' and 7 more"));
}

void TestExportReader::problemToString()
{
    QFETCH(QString, file);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, field);
    QFETCH(QString, text);
    ImportProblem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.field = field;
    p.message = QStringLiteral("oops");
    QCOMPARE(p.toString(), text);
}

void TestExportReader::encodings_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("encoding");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("UTF-8") << QStringLiteral("utf8.csv") << QStringLiteral("UTF-8") << QChar(u',');
    QTest::newRow("UTF-8 BOM") << QStringLiteral("utf8-bom.csv") << QStringLiteral("UTF-8 (BOM)") << QChar(u',');
    QTest::newRow("UTF-16LE BOM, semicolon")
        << QStringLiteral("utf16le-bom.csv") << QStringLiteral("UTF-16LE") << QChar(u';');
    QTest::newRow("UTF-16BE BOM, tab") << QStringLiteral("utf16be-bom.csv") << QStringLiteral("UTF-16BE")
                                       << QChar(u'\t');
    QTest::newRow("Windows-1252, semicolon")
        << QStringLiteral("windows1252.csv") << QStringLiteral("Windows-1252") << QChar(u';');
    QTest::newRow("tab, LF") << QStringLiteral("tab.tsv") << QStringLiteral("UTF-8") << QChar(u'\t');
}

void TestExportReader::encodings()
{
    QFETCH(QString, file);
    QFETCH(QString, encoding);
    QFETCH(QChar, delimiter);
    const Result<ExportData> result = readFixture(file);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ExportData &data = *result;
    QCOMPARE(data.format, ExportFormat::Csv);
    QCOMPARE(data.encoding, encoding);
    QCOMPARE(data.delimiter, delimiter);
    QCOMPARE(data.columns,
        (QStringList { QStringLiteral("Id"), QStringLiteral("Name"), QStringLiteral("Username"),
            QStringLiteral("Email"), QStringLiteral("Is_Active"), QStringLiteral("Last_Login") }));
    QCOMPARE(data.records.size(), 2);
    QCOMPARE(data.recordLines, (QVector<qint64> { 2, 3 }));
    QCOMPARE(data.records.at(0).sourceId, QStringLiteral("1"));
    QCOMPARE(data.records.at(0).name, QStringLiteral("Jürgen Müller"));
    QCOMPARE(data.records.at(0).username, QStringLiteral("jmuller"));
    QCOMPARE(data.records.at(0).email, QStringLiteral("jurgen@acme.de"));
    QCOMPARE(data.records.at(0).active, true);
    QCOMPARE(data.records.at(0).lastLogin, QStringLiteral("2025-06-11T00:00:00"));
    QCOMPARE(data.records.at(1).name, QStringLiteral("Zoë „Ångström“"));
    QCOMPARE(data.records.at(1).active, false);
    QCOMPARE(data.records.at(1).lastLogin, QString());
}

void TestExportReader::formatDetection_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<int>("records");

    QTest::newRow("array") << QByteArray("[{\"Username\": \"a\"}]") << int(ExportFormat::Json) << 1;
    QTest::newRow("object") << QByteArray("{\"u\": [{\"Username\": \"a\"}]}") << int(ExportFormat::Json) << 1;
    QTest::newRow("blank before array") << QByteArray(" \r\n\t[]") << int(ExportFormat::Json) << 0;
    QTest::newRow("BOM before array") << QByteArray("\xEF\xBB\xBF[]") << int(ExportFormat::Json) << 0;
    QTest::newRow("CSV") << QByteArray("Username\na\nb") << int(ExportFormat::Csv) << 2;
    QTest::newRow("CSV with blank first line") << QByteArray("\nUsername\na") << int(ExportFormat::Csv) << 1;
}

void TestExportReader::formatDetection()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(int, records);
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("f"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(int(result->format), format);
    QCOMPARE(result->records.size(), records);
}

void TestExportReader::lineEnds_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("ids");
    QTest::addColumn<QVector<qint64>>("lines");

    QTest::newRow("CR only") << QStringLiteral("cr-only.csv")
                             << QStringList { QStringLiteral("1"), QStringLiteral("2") } << QVector<qint64> { 2, 3 };
    QTest::newRow("mixed") << QStringLiteral("mixed-line-ends.csv")
                           << QStringList { QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                  QStringLiteral("4") }
                           << QVector<qint64> { 2, 3, 5, 7 };
    QTest::newRow("sep line") << QStringLiteral("sep-line.csv") << QStringList { QStringLiteral("1") }
                              << QVector<qint64> { 3 };
}

void TestExportReader::lineEnds()
{
    QFETCH(QString, file);
    QFETCH(QStringList, ids);
    QFETCH(QVector<qint64>, lines);
    const Result<ExportData> result = readFixture(file);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QStringList actual;
    for (const UserRecord &r : result->records)
        actual << r.sourceId;
    QCOMPARE(actual, ids);
    QCOMPARE(result->recordLines, lines);
}

void TestExportReader::quotedFields()
{
    const Result<ExportData> result = readFixture(QStringLiteral("quoted.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QVector<UserRecord> &r = result->records;
    QCOMPARE(r.size(), 7);
    QCOMPARE(result->recordLines, (QVector<qint64> { 2, 3, 4, 6, 7, 8, 9 }));
    QCOMPARE(r.at(0).name, QStringLiteral("Smith, John"));
    QCOMPARE(r.at(0).email, QStringLiteral("john@acme.com"));
    QCOMPARE(r.at(1).name, QStringLiteral("He said \"hi\""));
    QCOMPARE(r.at(2).name, QStringLiteral("Line one\nLine two"));
    QCOMPARE(r.at(2).username, QStringLiteral("multi"));
    QCOMPARE(r.at(3).name, QStringLiteral("O\"Brien"));
    QCOMPARE(r.at(4).name, QString());
    QCOMPARE(r.at(4).email, QString());
    QCOMPARE(r.at(5).name, QStringLiteral("abcd"));
    // Text fields are kept exactly: no trimming.
    QCOMPARE(r.at(6).name, QStringLiteral("  spaced  "));
    QCOMPARE(r.at(6).username, QStringLiteral(" sp "));
    QCOMPARE(r.at(6).email, QStringLiteral("x@acme.com "));
}

void TestExportReader::fewerFields()
{
    const Result<ExportData> result = readFixture(QStringLiteral("fewer-fields.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QVector<UserRecord> &r = result->records;
    QCOMPARE(r.size(), 2);
    QCOMPARE(r.at(0).email, QStringLiteral("alice@acme.com"));
    QCOMPARE(r.at(0).active, true); // missing Is_Active: empty = true
    QCOMPARE(r.at(0).itUser, false); // missing Is_IT_User: empty = false
    QCOMPARE(r.at(1).username, QStringLiteral("bob"));
    QCOMPARE(r.at(1).email, QString());
}

void TestExportReader::aliases()
{
    const Result<ExportData> result = readFixture(QStringLiteral("aliases.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->delimiter, QChar(u';'));
    QCOMPARE(result->unknownColumns, QStringList { QStringLiteral("Department") });
    QCOMPARE(result->records.size(), 1);
    const UserRecord &r = result->records.constFirst();
    QCOMPARE(r.sourceId, QStringLiteral("42"));
    QCOMPARE(r.name, QStringLiteral("Ana Silva"));
    QCOMPARE(r.username, QStringLiteral("asilva"));
    QCOMPARE(r.email, QStringLiteral("ana@acme.pt"));
    QCOMPARE(r.phone, QStringLiteral("+351 912"));
    QCOMPARE(r.externalId, QStringLiteral("ext-9"));
    QCOMPARE(r.creationDate, QStringLiteral("2024-01-02T03:04:05"));
    QCOMPARE(r.lastLogin, QStringLiteral("2025-02-03T04:05:06"));
    QCOMPARE(r.active, false);
    QCOMPARE(r.tenant, QStringLiteral("t1"));
    QCOMPARE(r.itUser, true);
}

void TestExportReader::dates()
{
    const Result<ExportData> result = readFixture(QStringLiteral("dates.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QVector<UserRecord> &r = result->records;
    QCOMPARE(r.size(), 4);
    QCOMPARE(r.at(0).creationDate, QStringLiteral("2020-01-02T00:00:00"));
    QCOMPARE(r.at(0).lastLogin, QString()); // null date, with time
    QCOMPARE(r.at(1).creationDate, QStringLiteral("2020-01-02T03:04:00"));
    QCOMPARE(r.at(1).lastLogin, QString()); // null date
    QCOMPARE(r.at(2).creationDate, QStringLiteral("2020-01-02T03:04:05"));
    QCOMPARE(r.at(2).lastLogin, QStringLiteral("2025-07-01T01:30:00"));
    QCOMPARE(r.at(3).creationDate, QString());
    QCOMPARE(r.at(3).lastLogin, QStringLiteral("2025-06-30T12:05:00"));
}

void TestExportReader::errors_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("unterminated quote")
        << QStringLiteral("unterminated-quote.csv")
        << QStringLiteral(
               "unterminated-quote.csv:3:3: unterminated quoted field: the quote opened here is never closed");
    QTest::newRow("too many fields") << QStringLiteral("too-many-fields.csv")
                                     << QStringLiteral(
                                            "too-many-fields.csv:3:20: this row has 4 fields but the header has 3");
    QTest::newRow("bad boolean") << QStringLiteral("bad-boolean.csv")
                                 << QStringLiteral("bad-boolean.csv:3:7: Is_Active: 'maybe' ") + notBoolean;
    QTest::newRow("bad date") << QStringLiteral("bad-date.csv")
                              << QStringLiteral("bad-date.csv:3:7: Last_Login: '11/06/2025' ") + notDate;
    QTest::newRow("not a user export")
        << QStringLiteral("not-a-user-export.csv")
        << QStringLiteral(
               "not-a-user-export.csv: not a user export: none of the columns 'Product', 'Price', 'Quantity' "
               "is known (expected columns such as Username, Email, Id, Name, Is_Active)");
    QTest::newRow("JSON syntax") << QStringLiteral("json-syntax-error.json")
                                 << QStringLiteral("json-syntax-error.json:3:13: not valid JSON: unterminated object");
    QTest::newRow("JSON bad value") << QStringLiteral("json-bad-value.json")
                                    << QStringLiteral("json-bad-value.json:6:18: Is_Active: 'maybe' ") + notBoolean;
}

void TestExportReader::errors()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const Result<ExportData> result = readFixture(file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestExportReader::skipBadRows_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("usernames");
    QTest::addColumn<QVector<qint64>>("lines");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("too many fields") << QStringLiteral("too-many-fields.csv")
                                     << QStringList { QStringLiteral("alice"), QStringLiteral("carol") }
                                     << QVector<qint64> { 2, 4 }
                                     << QStringList { QStringLiteral(
                                            "too-many-fields.csv:3:20: this row has 4 fields but the header has 3") };
    QTest::newRow("bad boolean") << QStringLiteral("bad-boolean.csv")
                                 << QStringList { QStringLiteral("alice"), QStringLiteral("carol") }
                                 << QVector<qint64> { 2, 4 }
                                 << QStringList { QStringLiteral("bad-boolean.csv:3:7: Is_Active: 'maybe' ")
                                        + notBoolean };
    QTest::newRow("bad date") << QStringLiteral("bad-date.csv") << QStringList { QStringLiteral("alice") }
                              << QVector<qint64> { 2 }
                              << QStringList { QStringLiteral("bad-date.csv:3:7: Last_Login: '11/06/2025' ")
                                     + notDate };
}

void TestExportReader::skipBadRows()
{
    QFETCH(QString, file);
    QFETCH(QStringList, usernames);
    QFETCH(QVector<qint64>, lines);
    QFETCH(QStringList, skipped);
    const Result<ExportData> result = readFixture(file, true);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QStringList actual;
    for (const UserRecord &r : result->records)
        actual << r.username;
    QCOMPARE(actual, usernames);
    QCOMPARE(result->recordLines, lines);
    QStringList actualSkipped;
    for (const ImportProblem &p : result->skipped)
        actualSkipped << p.toString();
    QCOMPARE(actualSkipped, skipped);
}

void TestExportReader::passwordNeverKept_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("usernames");
    QTest::addColumn<int>("skipped");

    QTest::newRow("CSV") << QStringLiteral("password.csv")
                         << QStringList { QStringLiteral("alice"), QStringLiteral("bob") } << 2;
    QTest::newRow("JSON") << QStringLiteral("password.json")
                          << QStringList { QStringLiteral("alice"), QStringLiteral("bob") } << 0;
}

void TestExportReader::passwordNeverKept()
{
    QFETCH(QString, file);
    QFETCH(QStringList, usernames);
    QFETCH(int, skipped);
    const Result<ExportData> result = readFixture(file, true);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QVERIFY(result->hadPassword);
    QVERIFY(result->columns.contains(QStringLiteral("Password")));
    QVERIFY(!result->unknownColumns.contains(QStringLiteral("Password")));
    QStringList actual;
    for (const UserRecord &r : result->records)
        actual << r.username;
    QCOMPARE(actual, usernames);
    QCOMPARE(result->skipped.size(), skipped);
    const QString all = everything(*result);
    QVERIFY(all.contains(QLatin1String("alice@acme.com"))); // the check below looks at real content
    QVERIFY2(!all.contains(QLatin1String("SECRET"), Qt::CaseInsensitive), qPrintable(all));
    QVERIFY(!all.contains(QLatin1String("$2a$")));

    // Not in an error message either.
    const Result<ExportData> failed = readFixture(file, false);
    if (!failed.ok())
        QVERIFY(!failed.error().contains(QLatin1String("SECRET")));
}

void TestExportReader::userMapping()
{
    const QByteArray csv("Mail;Full Name;Enabled;Notes\nana@acme.pt;Ana;no;x\n");
    ReadOptions options;
    options.columnMapping = { { QStringLiteral("Mail"), QStringLiteral("Email") },
        { QStringLiteral("Enabled"), QStringLiteral("Is_Active") }, { QStringLiteral("Full Name"), QString() } };
    const Result<ExportData> result = ExportReader::readBytes(csv, QStringLiteral("m.csv"), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->unknownColumns, (QStringList { QStringLiteral("Full Name"), QStringLiteral("Notes") }));
    const UserRecord &r = result->records.constFirst();
    QCOMPARE(r.email, QStringLiteral("ana@acme.pt"));
    QCOMPARE(r.name, QString());
    QCOMPARE(r.active, false);

    // The same file without the mapping is no user export: only "Full Name" would be known... so it is one.
    const Result<ExportData> plain = ExportReader::readBytes(csv, QStringLiteral("m.csv"));
    QVERIFY(plain.ok());
    QCOMPARE(plain->records.constFirst().name, QStringLiteral("Ana"));
    QCOMPARE(plain->records.constFirst().email, QString());

    // An explicit delimiter wins over detection.
    ReadOptions comma;
    comma.delimiter = u',';
    const Result<ExportData> one = ExportReader::readBytes("Username;Email\na;b\n", QStringLiteral("d.csv"), comma);
    QVERIFY(!one.ok());
    QCOMPARE(one.error(),
        QStringLiteral("d.csv: not a user export: none of the columns 'Username;Email' is known "
                       "(expected columns such as Username, Email, Id, Name, Is_Active)"));

    ReadOptions nonAscii;
    nonAscii.delimiter = QChar(0x00A7);
    const Result<ExportData> refused = ExportReader::readBytes("Username\na\n", QStringLiteral("d.csv"), nonAscii);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), QStringLiteral("d.csv: the delimiter must be one ASCII character"));

    const Result<ExportData> duplicate = ExportReader::readBytes("Email,Name,E-mail\n", QStringLiteral("dup.csv"));
    QVERIFY(!duplicate.ok());
    QCOMPARE(
        duplicate.error(), QStringLiteral("dup.csv:1:12: the columns 'Email' and 'E-mail' both give the field Email"));

    const Result<ExportData> empty = ExportReader::readBytes("\r\n\r\n", QStringLiteral("empty.csv"));
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error(), QStringLiteral("empty.csv: the file is empty"));

    // A line of white space only is no user; an empty header cell (trailing delimiter) is not reported.
    const Result<ExportData> blank = ExportReader::readBytes("Username,Email,\n  \na,b,\n", QStringLiteral("b.csv"));
    QVERIFY2(blank.ok(), qPrintable(blank.error()));
    QCOMPARE(blank->records.size(), 1);
    QCOMPARE(blank->recordLines, QVector<qint64> { 3 });
    QCOMPARE(blank->unknownColumns, QStringList());
}

void TestExportReader::missingFile()
{
    const QString path = fixture(QStringLiteral("does-not-exist.csv"));
    const Result<ExportData> result = ExportReader::readFile(path);
    QVERIFY(!result.ok());
    QVERIFY2(result.error().startsWith(QStringLiteral("does-not-exist.csv: cannot open ")
                 + QDir::toNativeSeparators(path) + QStringLiteral(": ")),
        qPrintable(result.error()));
}

void TestExportReader::sample()
{
    const Result<ExportData> result
        = ExportReader::readFile(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/prod-eu.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ExportData &data = *result;
    QCOMPARE(data.format, ExportFormat::Csv);
    QCOMPARE(data.encoding, QStringLiteral("UTF-8 (BOM)"));
    QCOMPARE(data.delimiter, QChar(u','));
    QCOMPARE(data.records.size(), 165);
    QCOMPARE(data.recordLines.constFirst(), 2);
    QCOMPARE(data.recordLines.constLast(), 166);
    QVERIFY(data.hadPassword);
    QCOMPARE(data.unknownColumns, QStringList());
    QCOMPARE(data.columns.size(), 12);
    QCOMPARE(data.columns.at(3), QStringLiteral("Password"));

    const UserRecord &first = data.records.at(0);
    QCOMPARE(first.sourceId, QStringLiteral("172"));
    QCOMPARE(first.name, QStringLiteral("Filipa Figueiredo"));
    QCOMPARE(first.username, QStringLiteral("ffigueiredo139"));
    QCOMPARE(first.email, QStringLiteral("filipa.figueiredo139@acme.de"));
    QCOMPARE(first.phone, QString());
    QCOMPARE(first.creationDate, QStringLiteral("2023-09-11T00:00:00"));
    QCOMPARE(first.lastLogin, QStringLiteral("2025-06-11T00:00:00"));
    QCOMPARE(first.active, true);
    QCOMPARE(first.itUser, false);
    QCOMPARE(data.records.at(2).username, QStringLiteral("frontdesk2_prod-eu"));
    QCOMPARE(data.records.at(2).email, QStringLiteral("Reception@Acme.com"));
    QCOMPARE(data.records.at(2).lastLogin, QStringLiteral("2025-06-01T09:00:00"));
    QCOMPARE(data.records.at(3).email, QStringLiteral("MARCO.MORAES53@SALES.ACME.COM"));
    QCOMPARE(data.records.at(3).lastLogin, QString());

    int inactive = 0, it = 0;
    for (const UserRecord &r : data.records) {
        inactive += r.active ? 0 : 1;
        it += r.itUser ? 1 : 0;
    }
    QCOMPARE(inactive, 16);
    QCOMPARE(it, 5);
    QCOMPARE(data.recordCount, 165);
    QVERIFY(!everything(data).contains(QLatin1String("$2a$")));
}

void TestExportReader::streaming_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("batchSize");
    QTest::addColumn<bool>("skipBadRows");
    QTest::addColumn<QVector<int>>("batches");

    const QString samples = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/");
    QTest::newRow("CSV, batches of 50") << samples + QStringLiteral("prod-eu.csv") << 50 << false
                                        << QVector<int> { 50, 50, 50, 15 };
    QTest::newRow("CSV, one batch") << samples + QStringLiteral("prod-eu.csv") << 10000 << false
                                    << QVector<int> { 165 };
    QTest::newRow("CSV, exact batches") << samples + QStringLiteral("prod-eu.csv") << 55 << false
                                        << QVector<int> { 55, 55, 55 };
    QTest::newRow("JSON, batches of 100")
        << samples + QStringLiteral("prod-us.json") << 100 << false << QVector<int> { 100, 75 };
    QTest::newRow("CSV, skipped rows") << fixture(QStringLiteral("bad-boolean.csv")) << 1 << true
                                       << QVector<int> { 1, 1 };
}

void TestExportReader::streaming()
{
    QFETCH(QString, path);
    QFETCH(int, batchSize);
    QFETCH(bool, skipBadRows);
    QFETCH(QVector<int>, batches);

    ReadOptions options;
    options.skipBadRows = skipBadRows;
    const Result<ExportData> whole = ExportReader::readFile(path, options);
    QVERIFY2(whole.ok(), qPrintable(whole.error()));

    options.batchSize = batchSize;
    QVector<int> sizes;
    QStringList streamed;
    QVector<qint64> lines;
    const Result<ExportData> result
        = ExportReader::readFile(path, options, [&](const QVector<UserRecord> &records, const QVector<qint64> &l) {
              sizes << int(records.size());
              for (const UserRecord &r : records)
                  streamed << describe(r);
              lines += l;
              return true;
          });
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(sizes, batches);
    QVERIFY(result->records.isEmpty());
    QVERIFY(result->recordLines.isEmpty());
    QCOMPARE(result->recordCount, whole->recordCount);
    QCOMPARE(result->recordCount, whole->records.size());
    QStringList expected;
    for (const UserRecord &r : whole->records)
        expected << describe(r);
    QCOMPARE(streamed, expected);
    QCOMPARE(lines, whole->recordLines);
    QCOMPARE(result->skipped.size(), whole->skipped.size());
    QCOMPARE(result->columns, whole->columns);
}

void TestExportReader::streamingCancel()
{
    ReadOptions options;
    options.batchSize = 40;
    int calls = 0;
    const Result<ExportData> result
        = ExportReader::readFile(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/prod-eu.csv"), options,
            [&](const QVector<UserRecord> &, const QVector<qint64> &) { return ++calls < 2; });
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), QStringLiteral("prod-eu.csv: cancelled"));
    QCOMPARE(calls, 2);
}

void TestExportReader::wideHeader_data()
{
    QTest::addColumn<int>("format");
    QTest::newRow("CSV") << int(ExportFormat::Csv);
    QTest::newRow("JSON") << int(ExportFormat::Json);
}

// 100 000 columns, known ones among them (the mapping, the duplicate check and the unknown-column list were
// quadratic: 22 s for such a header). Timed by hand, not here: see the commit that made it linear.
void TestExportReader::wideHeader()
{
    QFETCH(int, format);
    constexpr int columnCount = 100000;
    QStringList names;
    names.reserve(columnCount);
    for (int i = 0; i < columnCount; ++i)
        names << QStringLiteral("Column %1").arg(i);
    names[0] = QStringLiteral("Id");
    names[50000] = QStringLiteral("Username");
    names[99999] = QStringLiteral("Email");
    names[70000] = names.at(60000); // an unknown name twice is reported once
    QByteArray bytes;
    if (format == int(ExportFormat::Csv)) {
        bytes = names.join(u',').toUtf8() + '\n';
        QStringList values(columnCount, QStringLiteral("x"));
        values[0] = QStringLiteral("7");
        values[50000] = QStringLiteral("ana");
        values[99999] = QStringLiteral("ana@acme.pt");
        bytes += values.join(u',').toUtf8() + '\n';
    } else {
        QStringList members;
        for (int i = 0; i < columnCount; ++i) {
            if (i == 70000)
                continue; // a JSON object holds each key once
            const QString value = i == 0 ? QStringLiteral("7")
                : i == 50000             ? QStringLiteral("\"ana\"")
                : i == 99999             ? QStringLiteral("\"ana@acme.pt\"")
                                         : QStringLiteral("\"x\"");
            members << u'"' + names.at(i) + QStringLiteral("\": ") + value;
        }
        bytes = "[{" + members.join(u',').toUtf8() + "}]";
        names.removeAt(70000);
    }
    ReadOptions options;
    options.format = ExportFormat(format);
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("wide"), options);
    QVERIFY2(result.ok(), qPrintable(result.error().left(300)));
    QCOMPARE(result->columns, names);
    QCOMPARE(result->unknownColumns.size(), names.size() - 3 - (format == int(ExportFormat::Csv) ? 1 : 0));
    QCOMPARE(result->unknownColumns.constFirst(), QStringLiteral("Column 1"));
    QCOMPARE(result->unknownColumns.constLast(), QStringLiteral("Column 99998"));
    QCOMPARE(result->records.size(), 1);
    const UserRecord &r = result->records.constFirst();
    QCOMPARE(r.sourceId, QStringLiteral("7"));
    QCOMPARE(r.username, QStringLiteral("ana"));
    QCOMPARE(r.email, QStringLiteral("ana@acme.pt"));
}

void TestExportReader::duplicateIds_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error"); // of the strict read
    QTest::addColumn<QStringList>("usernames"); // read when skipping bad rows
    QTest::addColumn<QStringList>("skipped");

    const QString usedAt = QStringLiteral("Id: '42' is already the Id of the record at line %1");
    QTest::newRow("CSV") << QByteArray("Id,Username\n42,ana\n43,bob\n\n42,carol\n44,dave\n")
                         << QStringLiteral("d.csv:5:1: ") + usedAt.arg(2)
                         << QStringList { QStringLiteral("ana"), QStringLiteral("bob"), QStringLiteral("dave") }
                         << QStringList { QStringLiteral("d.csv:5:1: ") + usedAt.arg(2) };
    QTest::newRow("CSV, Id not first") << QByteArray("Username;User_Id\nana;42\nbob;42\ncarol;42\n")
                                       << QStringLiteral("d.csv:3:5: User_Id: '42' is already the Id of the record at "
                                                         "line 2")
                                       << QStringList { QStringLiteral("ana") }
                                       << QStringList { QStringLiteral("d.csv:3:5: User_Id: '42' is already the Id of "
                                                                       "the record at line 2"),
                                              QStringLiteral("d.csv:4:7: User_Id: '42' is already the Id of the "
                                                             "record at line 2") };
    // Ids are text: "042" is not "42", and no Id is never a duplicate.
    QTest::newRow("CSV, text and empty Ids") << QByteArray("Id,Username\n42,ana\n042,bob\n,carol\n,dave\n") << QString()
                                             << QStringList { QStringLiteral("ana"), QStringLiteral("bob"),
                                                    QStringLiteral("carol"), QStringLiteral("dave") }
                                             << QStringList();
    // A skipped row's Id is no record's: the next row with it is not a duplicate.
    QTest::newRow("CSV, after a skipped row")
        << QByteArray("Id,Username,Is_Active\n42,ana,maybe\n42,bob,yes\n")
        << QStringLiteral("d.csv:2:8: Is_Active: 'maybe' is not a boolean (true/false, 1/0, yes/no, y/n)")
        << QStringList { QStringLiteral("bob") }
        << QStringList { QStringLiteral("d.csv:2:8: Is_Active: 'maybe' is not a boolean (true/false, 1/0, yes/no, "
                                        "y/n)") };
    QTest::newRow("JSON, number and string") << QByteArray("[\n {\"Id\": 42, \"Username\": \"ana\"},\n {\"Username\": "
                                                "\"bob\", \"Id\": \"42\"}\n]")
                                             << QStringLiteral("d.csv:3:28: ") + usedAt.arg(2)
                                             << QStringList { QStringLiteral("ana") }
                                             << QStringList { QStringLiteral("d.csv:3:28: ") + usedAt.arg(2) };
    // Enough Ids for the number table to grow several times, the duplicate after that.
    QByteArray many("Id,Username\n");
    for (int i = 0; i < 5000; ++i)
        many += QByteArray::number(i * 7919 % 100003) + ",u" + QByteArray::number(i) + '\n';
    many += "7919,again\n";
    QStringList manyNames;
    for (int i = 0; i < 5000; ++i)
        manyNames << QStringLiteral("u%1").arg(i);
    QTest::newRow("CSV, 5000 Ids") << many
                                   << QStringLiteral("d.csv:5002:1: Id: '7919' is already the Id of the record at line 3")
                                   << manyNames
                                   << QStringList { QStringLiteral(
                                          "d.csv:5002:1: Id: '7919' is already the Id of the record at line 3") };
    QTest::newRow("JSON, beyond double precision") << QByteArray("[{\"Id\": 9007199254740992, \"Username\": \"a\"},\n"
                                                      " {\"Id\": 9007199254740993, \"Username\": \"b\"}]")
                                                   << QString()
                                                   << QStringList { QStringLiteral("a"), QStringLiteral("b") }
                                                   << QStringList();
}

void TestExportReader::duplicateIds()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    QFETCH(QStringList, usernames);
    QFETCH(QStringList, skipped);
    ImportProblem failure;
    ReadOptions options;
    options.failure = &failure;
    const Result<ExportData> strict = ExportReader::readBytes(bytes, QStringLiteral("d.csv"), options);
    QCOMPARE(strict.ok(), error.isEmpty());
    if (!strict.ok()) {
        QCOMPARE(strict.error(), error);
        QCOMPARE(failure.code,
            error.contains(QLatin1String("already the Id")) ? ImportError::DuplicateId : ImportError::BadValue);
    }

    options.skipBadRows = true;
    for (const int batchSize : { 10000, 1 }) { // streaming too: the Ids of batches already handed on are kept
        options.batchSize = batchSize;
        QStringList actual;
        QVector<ImportProblem> problems;
        const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("d.csv"), options,
            [&](const QVector<UserRecord> &records, const QVector<qint64> &) {
                for (const UserRecord &r : records)
                    actual << r.username;
                return true;
            });
        QVERIFY2(result.ok(), qPrintable(result.error()));
        QCOMPARE(actual, usernames);
        QStringList actualSkipped;
        for (const ImportProblem &p : result->skipped)
            actualSkipped << p.toString();
        QCOMPARE(actualSkipped, skipped);
    }
}

// A mapped export gives back the pages it has parsed (MappedPages): a file of many such steps must read exactly as
// its bytes do, and an error near its end must name the same line and column.
void TestExportReader::largeMappedFileReadsAsItsBytes_data()
{
    QTest::addColumn<QByteArray>("tail");
    QTest::addColumn<bool>("ok");
    QTest::newRow("well formed") << QByteArray("last,Last One,last@acme.com\n") << true;
    QTest::newRow("an unclosed quote at the end") << QByteArray("last,\"Last One,last@acme.com\n") << false;
}

void TestExportReader::largeMappedFileReadsAsItsBytes()
{
    QFETCH(QByteArray, tail);
    QFETCH(bool, ok);
    QByteArray csv("Username,Name,Email\n");
    for (int i = 0; csv.size() < (40 << 20); ++i) // five of MappedPages' 8 MiB steps
        csv += "user" + QByteArray::number(i) + ",Name " + QByteArray::number(i % 97) + ",u" + QByteArray::number(i) + "@acme.com\n";
    csv += tail;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(csv), csv.size());
    file.close();

    qint64 fromFile = 0, fromBytes = 0;
    QCryptographicHash fileHash(QCryptographicHash::Sha256), bytesHash(QCryptographicHash::Sha256);
    auto sink = [](qint64 &count, QCryptographicHash &hash) {
        return [&count, &hash](const QVector<UserRecord> &records, const QVector<qint64> &lines) {
            for (int i = 0; i < records.size(); ++i) {
                for (const QString *field : {&records[i].username, &records[i].name, &records[i].email})
                    hash.addData(QByteArray(field->toUtf8() + '\x1f'));
                hash.addData(QByteArray::number(lines[i]));
            }
            count += records.size();
            return true;
        };
    };
    const auto a = ExportReader::readFile(path, {}, sink(fromFile, fileHash));
    const auto b = ExportReader::readBytes(csv, QStringLiteral("big.csv"), {}, sink(fromBytes, bytesHash));
    QCOMPARE(a.ok(), ok);
    QCOMPARE(b.ok(), ok);
    QCOMPARE(fromFile, fromBytes);
    QCOMPARE(fileHash.result(), bytesHash.result());
    if (ok)
        QVERIFY(fromFile > 500000);
    else
        QCOMPARE(a.error(), b.error()); // file name, line and column alike
}

namespace {

// This process's resident pages of mapped files (Linux: RssFile + RssShmem in /proc/self/status), in KiB; -1 if
// unknown.
qint64 residentFileKib()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    qint64 total = -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("RssFile:") || line.startsWith("RssShmem:")) // a file on tmpfs is shared memory
            total = std::max<qint64>(total, 0) + line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return total;
}

} // namespace

// What MappedPages is for: once released, the parsed pages no longer count in the process's resident memory, and
// the mapping still reads the same bytes.
void TestExportReader::mappedPagesAreGivenBack()
{
    if (residentFileKib() < 0)
        QSKIP("no RssFile in /proc/self/status here");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("pages.bin")));
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes(32 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < bytes.size(); ++i)
        bytes[i] = char(i * 31 % 251);
    QCOMPARE(file.write(bytes), bytes.size());
    QVERIFY(file.flush());
    uchar *mapped = file.map(0, bytes.size());
    QVERIFY(mapped);
    const auto *begin = reinterpret_cast<const char *>(mapped);
    quint64 sum = 0;
    for (qsizetype i = 0; i < bytes.size(); i += 4096)
        sum += uchar(begin[i]); // every page resident
    const qint64 before = residentFileKib();
    MappedPages pages(begin, bytes.size());
    pages.releaseBefore(begin + bytes.size() - 1);
    const qint64 after = residentFileKib();
    QVERIFY2(before - after > 24 * 1024, qPrintable(QStringLiteral("RssFile %1 -> %2 KiB").arg(before).arg(after)));
    QVERIFY(QByteArrayView(begin, bytes.size()) == QByteArrayView(bytes)); // read again from the file
    QVERIFY(sum > 0); // the reads above are used: the compiler keeps them
    file.unmap(mapped);
}

QTEST_APPLESS_MAIN(TestExportReader)
#include "tst_exportreader.moc"
