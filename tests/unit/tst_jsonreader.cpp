// JsonReader and the JSON side of ExportReader: shapes, positions, syntax errors, value types (SPEC §3).
#include "ExportReader.h"
#include "JsonReader.h"
#include "TestConfig.h"

#include <QJsonObject>
#include <QTest>

using namespace hc;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/import/") + name;
}

QString position(const JsonReader::Position &p)
{
    return QStringLiteral("%1:%2").arg(p.line).arg(p.column);
}

} // namespace

class TestJsonReader : public QObject {
    Q_OBJECT

private slots:
    void rootArray();
    void objectHoldingArray();
    void shapeErrors_data();
    void shapeErrors();
    void syntaxErrors_data();
    void syntaxErrors();
    void recordPositions();
    void valuePositions();
    void keysInOrder();
    void values_data();
    void values();
    void valueErrorsNameTheField_data();
    void valueErrorsNameTheField();
    void fixtureArray();
    void fixtureObjectHoldingArray();
    void fixtureTypes();
    void fixtureSyntaxError();
    void fixtureBadValue();
    void fixtureBadValueSkipped();
    void utf16Json();
    void sample();
    void duplicateKeys_data();
    void duplicateKeys();
};

void TestJsonReader::rootArray()
{
    JsonReader reader;
    QVERIFY(reader.read(R"([{"a": 1}, {"a": 2}, 3])"));
    QCOMPARE(reader.records().size(), 3);
    QCOMPARE(reader.records().at(1).toObject().value(QLatin1String("a")).toInt(), 2);
    QCOMPARE(position(reader.recordPosition(2)), QStringLiteral("1:22"));
}

void TestJsonReader::objectHoldingArray()
{
    JsonReader reader;
    QVERIFY(reader.read(R"({"count": 2, "meta": {"tags": "x"}, "users": [{"a": 1}, {"a": 2}]})"));
    QCOMPARE(reader.records().size(), 2);
    QCOMPARE(position(reader.recordPosition(0)), QStringLiteral("1:47"));
    QCOMPARE(position(reader.recordPosition(1)), QStringLiteral("1:57"));

    // An array nested in another member is not a candidate.
    QVERIFY(reader.read(R"({"meta": {"list": [1, 2]}, "users": [{"a": 1}]})"));
    QCOMPARE(reader.records().size(), 1);
    QCOMPARE(position(reader.recordPosition(0)), QStringLiteral("1:38"));
}

void TestJsonReader::shapeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    const QString expected = QStringLiteral("expected an array of user records, or an object holding one such array");
    QTest::newRow("object without array")
        << QByteArray(R"({"a": 1, "b": {"c": [1]}})") << QStringLiteral("the JSON object holds no array: ") + expected;
    QTest::newRow("object with two arrays")
        << QByteArray(R"({"users": [], "errors": []})")
        << QStringLiteral("the JSON object holds several arrays (errors, users): ") + expected;
}

void TestJsonReader::shapeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    JsonReader reader;
    QVERIFY(!reader.read(json));
    QCOMPARE(reader.errorMessage(), error);
    QCOMPARE(reader.errorPosition().line, 0);
}

void TestJsonReader::syntaxErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error"); // as ExportReader reports it

    // Positions are where QJsonDocument stopped, as line:column of the text.
    QTest::newRow("missing comma") << QByteArray("[\n  {\"Id\": 1 \"Username\": \"a\"}\n]")
                                   << QStringLiteral("x.json:2:13: not valid JSON: unterminated object");
    QTest::newRow("trailing comma") << QByteArray("[\n {\"Id\": 1,}\n]")
                                    << QStringLiteral("x.json:2:12: not valid JSON: object is missing after a comma");
    QTest::newRow("unterminated array") << QByteArray("[\n{\"Id\": 1}\n")
                                        << QStringLiteral("x.json:3:1: not valid JSON: unterminated array");
    QTest::newRow("garbage after") << QByteArray("[]\r\n\r\nx")
                                   << QStringLiteral("x.json:3:1: not valid JSON: garbage at the end of the document");
    QTest::newRow("CR line ends") << QByteArray("[\r{\"Id\": tru}]")
                                  << QStringLiteral("x.json:2:12: not valid JSON: illegal value");
    // Columns count characters, not bytes.
    QTest::newRow("after non-ASCII") << QByteArray("[{\"Name\": \"Müller\" \"x\": 1}]")
                                     << QStringLiteral("x.json:1:21: not valid JSON: unterminated object");
}

void TestJsonReader::syntaxErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    ReadOptions options;
    options.format = ExportFormat::Json;
    const Result<ExportData> result = ExportReader::readBytes(json, QStringLiteral("x.json"), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestJsonReader::recordPositions()
{
    JsonReader reader;
    QVERIFY(reader.read("[\r\n  {\"a\": \"x,{}[]\\\"\"},\r\n\r\n  {\"a\": [1, {\"b\": 2}]},   \"s\"  ,\n\n  null\n]"));
    QCOMPARE(reader.records().size(), 4);
    QCOMPARE(position(reader.recordPosition(0)), QStringLiteral("2:3"));
    QCOMPARE(position(reader.recordPosition(1)), QStringLiteral("4:3"));
    QCOMPARE(position(reader.recordPosition(2)), QStringLiteral("4:27"));
    QCOMPARE(position(reader.recordPosition(3)), QStringLiteral("6:3"));
    QCOMPARE(position(reader.recordPosition(4)), QStringLiteral("0:0")); // out of range
}

void TestJsonReader::valuePositions()
{
    JsonReader reader;
    QVERIFY(reader.read(
        "[{\"é\": 1, \"Id\" :  \"x\"}, {\n  \"nested\": {\"Id\": 0},\n  \"Id\":\n    7, \"esc\\u0061ped\": true}]"));
    QCOMPARE(position(reader.valuePosition(0, QStringLiteral("Id"))), QStringLiteral("1:19"));
    QCOMPARE(position(reader.valuePosition(0, QStringLiteral("é"))), QStringLiteral("1:8"));
    // Only the record's own members: not the "Id" of a nested object.
    QCOMPARE(position(reader.valuePosition(1, QStringLiteral("Id"))), QStringLiteral("4:5"));
    QCOMPARE(position(reader.valuePosition(1, QStringLiteral("escaped"))), QStringLiteral("4:24"));
    // Unknown key: the record's own position.
    QCOMPARE(position(reader.valuePosition(1, QStringLiteral("missing"))), QStringLiteral("1:25"));
}

void TestJsonReader::keysInOrder()
{
    JsonReader reader;
    QVERIFY(reader.read(R"([{"Zeta": 1, "Alpha": {"Inner": 1}, "Mid\u0064le": [1], "Alpha": 2}])"));
    QCOMPARE(reader.keysInOrder(0),
        (QStringList { QStringLiteral("Zeta"), QStringLiteral("Alpha"), QStringLiteral("Middle") }));
}

void TestJsonReader::values_data()
{
    QTest::addColumn<QByteArray>("member"); // one member of a record that also has "Username": "u"
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");

    QTest::newRow("Id number") << QByteArray(R"("Id": 207)") << QStringLiteral("id") << QStringLiteral("207");
    QTest::newRow("Id string") << QByteArray(R"("Id": "0207")") << QStringLiteral("id") << QStringLiteral("0207");
    QTest::newRow("Id negative") << QByteArray(R"("Id": -5)") << QStringLiteral("id") << QStringLiteral("-5");
    // A number Id is kept exactly as written (SPEC §3): a double would round 2^53 + 1 and lose "1.50"'s zero.
    QTest::newRow("Id exponent") << QByteArray(R"("Id": 1e3)") << QStringLiteral("id") << QStringLiteral("1e3");
    QTest::newRow("Id exponent, sign") << QByteArray(R"("Id": 1E+3)") << QStringLiteral("id") << QStringLiteral("1E+3");
    QTest::newRow("Id fraction") << QByteArray(R"("Id": 1.25)") << QStringLiteral("id") << QStringLiteral("1.25");
    QTest::newRow("Id trailing zero") << QByteArray(R"("Id": 1.50)") << QStringLiteral("id") << QStringLiteral("1.50");
    QTest::newRow("Id 2^53 + 1") << QByteArray(R"("Id": 9007199254740993)") << QStringLiteral("id")
                                 << QStringLiteral("9007199254740993");
    QTest::newRow("Id above 2^64") << QByteArray(R"("Id":12345678901234567890})") .chopped(1) << QStringLiteral("id")
                                   << QStringLiteral("12345678901234567890");
    QTest::newRow("Id minus zero") << QByteArray(R"("Id": -0)") << QStringLiteral("id") << QStringLiteral("-0");
    QTest::newRow("Id before a line break") << QByteArray("\"Id\":\n 42\n") << QStringLiteral("id")
                                            << QStringLiteral("42");
    QTest::newRow("UserId alias") << QByteArray(R"("UserId": 90071992547409931)") << QStringLiteral("id")
                                  << QStringLiteral("90071992547409931");
    QTest::newRow("escaped key") << QByteArray(R"("\u0049d": 9007199254740993)") << QStringLiteral("id")
                                 << QStringLiteral("9007199254740993");
    QTest::newRow("tenant fraction") << QByteArray(R"("Tenant_Id": 3.50)") << QStringLiteral("tenant")
                                     << QStringLiteral("3.50");
    QTest::newRow("phone above 2^53") << QByteArray(R"("MobilePhone": 35191234567890123)") << QStringLiteral("phone")
                                      << QStringLiteral("35191234567890123");
    QTest::newRow("Id null") << QByteArray(R"("Id": null)") << QStringLiteral("id") << QString();
    QTest::newRow("phone number") << QByteArray(R"("MobilePhone": 351912345678)") << QStringLiteral("phone")
                                  << QStringLiteral("351912345678");
    QTest::newRow("name boolean") << QByteArray(R"("Name": true)") << QStringLiteral("name") << QStringLiteral("true");
    QTest::newRow("name kept exactly") << QByteArray(R"("Name": "  Ana\tSilva\n")") << QStringLiteral("name")
                                       << QStringLiteral("  Ana\tSilva\n");
    QTest::newRow("active true") << QByteArray(R"("Is_Active": true)") << QStringLiteral("active")
                                 << QStringLiteral("1");
    QTest::newRow("active false") << QByteArray(R"("Is_Active": false)") << QStringLiteral("active")
                                  << QStringLiteral("0");
    QTest::newRow("active 0") << QByteArray(R"("Is_Active": 0)") << QStringLiteral("active") << QStringLiteral("0");
    QTest::newRow("active \"No\"") << QByteArray(R"("Is_Active": "No")") << QStringLiteral("active")
                                   << QStringLiteral("0");
    QTest::newRow("active null") << QByteArray(R"("Is_Active": null)") << QStringLiteral("active")
                                 << QStringLiteral("1");
    QTest::newRow("active empty") << QByteArray(R"("Is_Active": "")") << QStringLiteral("active")
                                  << QStringLiteral("1");
    QTest::newRow("IT 1") << QByteArray(R"("Is_IT_User": 1)") << QStringLiteral("it") << QStringLiteral("1");
    QTest::newRow("IT \"y\"") << QByteArray(R"("Is_IT_User": " y ")") << QStringLiteral("it") << QStringLiteral("1");
    QTest::newRow("IT null") << QByteArray(R"("Is_IT_User": null)") << QStringLiteral("it") << QStringLiteral("0");
    QTest::newRow("login date-time") << QByteArray(R"("Last_Login": "2025-02-23 00:58:42")") << QStringLiteral("login")
                                     << QStringLiteral("2025-02-23T00:58:42");
    QTest::newRow("login zone") << QByteArray(R"("Last_Login": "2026-07-26T09:38:22+01:00")") << QStringLiteral("login")
                                << QStringLiteral("2026-07-26T08:38:22");
    QTest::newRow("login null date") << QByteArray(R"("Last_Login": "1900-01-01T00:00:00")") << QStringLiteral("login")
                                     << QString();
    QTest::newRow("login null") << QByteArray(R"("Last_Login": null)") << QStringLiteral("login") << QString();
    QTest::newRow("created date") << QByteArray(R"("CreatedOn": "2021-09-19")") << QStringLiteral("created")
                                  << QStringLiteral("2021-09-19T00:00:00");
}

void TestJsonReader::values()
{
    QFETCH(QByteArray, member);
    QFETCH(QString, field);
    QFETCH(QString, value);
    const Result<ExportData> result
        = ExportReader::readBytes("[{\"Username\": \"u\", " + member + "}]", QStringLiteral("v.json"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->format, ExportFormat::Json);
    QCOMPARE(result->records.size(), 1);
    const UserRecord &r = result->records.constFirst();
    QCOMPARE(r.username, QStringLiteral("u"));
    const QHash<QString, QString> fields {
        { QStringLiteral("id"), r.sourceId },
        { QStringLiteral("name"), r.name },
        { QStringLiteral("phone"), r.phone },
        { QStringLiteral("tenant"), r.tenant },
        { QStringLiteral("active"), QString::number(r.active) },
        { QStringLiteral("it"), QString::number(r.itUser) },
        { QStringLiteral("login"), r.lastLogin },
        { QStringLiteral("created"), r.creationDate },
    };
    QVERIFY(fields.contains(field));
    QCOMPARE(fields.value(field), value);
}

void TestJsonReader::valueErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");

    QTest::newRow("boolean string") << QByteArray(R"([{"Username": "u", "Active": "maybe"}])")
                                    << QStringLiteral("e.json:1:30: Active: 'maybe' is not a boolean (true/false, 1/0, "
                                                      "yes/no, y/n)");
    QTest::newRow("boolean number") << QByteArray(R"([{"Username": "u", "Is_IT_User": 2}])")
                                    << QStringLiteral("e.json:1:34: Is_IT_User: '2' is not a boolean (true/false, 1/0, "
                                                      "yes/no, y/n)");
    QTest::newRow("date number") << QByteArray("[\n {\"Username\": \"u\",\n  \"Last_Login\": 20250101}]")
                                 << QStringLiteral("e.json:3:17: Last_Login: '20250101' is not a date (ISO 8601, e.g. "
                                                   "2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)");
    QTest::newRow("date boolean") << QByteArray(R"([{"Creation_Date": false}])")
                                  << QStringLiteral("e.json:1:20: Creation_Date: 'false' is not a date (ISO 8601, e.g. "
                                                    "2025-06-30, 2025-06-30 14:05:00 or 2025-06-30T14:05:00Z)");
    QTest::newRow("object value") << QByteArray(R"([{"Username": {"first": "a"}}])")
                                  << QStringLiteral(
                                         "e.json:1:15: Username: expected a string, number, boolean or null, "
                                         "not an object");
    QTest::newRow("array value") << QByteArray(R"([{"Email": ["a@b.c"]}])")
                                 << QStringLiteral(
                                        "e.json:1:12: Email: expected a string, number, boolean or null, not "
                                        "an array");
    QTest::newRow("record not an object")
        << QByteArray("[{\"Username\": \"u\"},\n \"v\"]") << QStringLiteral("e.json:2:2: this record is not an object");
    QTest::newRow("two keys for one field") << QByteArray("[{\"Email\": \"a@b.c\"},\n {\"E-mail\": \"d@e.f\"}]")
                                            << QStringLiteral("e.json:2:3: the keys 'Email' (line 1, column 3) and "
                                                              "'E-mail' both give the field Email");
    QTest::newRow("no known key") << QByteArray(R"([{"Product": "x", "Price": 1}])")
                                  << QStringLiteral("e.json: not a user export: none of the columns 'Product', 'Price' "
                                                    "is known (expected columns such as Username, Email, Id, Name, "
                                                    "Is_Active)");
    QTest::newRow("only empty records") << QByteArray(R"([{}, {}])")
                                        << QStringLiteral("e.json: not a user export: the records have no fields "
                                                          "(expected columns such as Username, Email, Id, Name, "
                                                          "Is_Active)");
}

void TestJsonReader::valueErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const Result<ExportData> result = ExportReader::readBytes(json, QStringLiteral("e.json"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestJsonReader::fixtureArray()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("array.json")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ExportData &data = *result;
    QCOMPARE(data.format, ExportFormat::Json);
    QCOMPARE(data.encoding, QStringLiteral("UTF-8"));
    QVERIFY(data.delimiter.isNull());
    QCOMPARE(data.records.size(), 2);
    QCOMPARE(data.recordLines, (QVector<qint64> { 2, 3 }));
    QCOMPARE(data.columns,
        (QStringList { QStringLiteral("Id"), QStringLiteral("Username"), QStringLiteral("Email"),
            QStringLiteral("Is_Active"), QStringLiteral("Extra") }));
    QCOMPARE(data.unknownColumns, QStringList { QStringLiteral("Extra") });
    QVERIFY(!data.hadPassword);
    QCOMPARE(data.records.at(0).sourceId, QStringLiteral("1"));
    QCOMPARE(data.records.at(0).username, QStringLiteral("alice"));
    QCOMPARE(data.records.at(0).email, QStringLiteral("alice@acme.com"));
    QCOMPARE(data.records.at(0).active, true);
    QCOMPARE(data.records.at(1).sourceId, QStringLiteral("2"));
    QCOMPARE(data.records.at(1).email, QString());
    QCOMPARE(data.records.at(1).active, false);
}

void TestJsonReader::fixtureObjectHoldingArray()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("object-with-array.json")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->records.size(), 2);
    QCOMPARE(result->recordLines, (QVector<qint64> { 5, 6 }));
    QCOMPARE(result->records.at(1).username, QStringLiteral("bob"));
    QCOMPARE(result->records.at(1).email, QStringLiteral("bob@acme.com"));
    QCOMPARE(
        result->columns, (QStringList { QStringLiteral("Id"), QStringLiteral("Username"), QStringLiteral("Email") }));
}

void TestJsonReader::fixtureTypes()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("json-types.json")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const QVector<UserRecord> &r = result->records;
    QCOMPARE(r.size(), 3);
    QCOMPARE(r.at(0).sourceId, QStringLiteral("7"));
    QCOMPARE(r.at(0).active, true);
    QCOMPARE(r.at(0).itUser, false);
    QCOMPARE(r.at(0).lastLogin, QStringLiteral("2025-01-02T00:00:00"));
    QCOMPARE(r.at(1).sourceId, QStringLiteral("8"));
    QCOMPARE(r.at(1).active, true);
    QCOMPARE(r.at(1).itUser, true);
    QCOMPARE(r.at(1).lastLogin, QString());
    QCOMPARE(r.at(1).phone, QStringLiteral("351912345678"));
    QCOMPARE(r.at(1).tenant, QStringLiteral("3.5"));
    QCOMPARE(r.at(2).sourceId, QStringLiteral("9"));
    QCOMPARE(r.at(2).active, true);
    QCOMPARE(r.at(2).itUser, false);
    QCOMPARE(r.at(2).name, QStringLiteral("false"));
}

void TestJsonReader::fixtureSyntaxError()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("json-syntax-error.json")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), QStringLiteral("json-syntax-error.json:3:13: not valid JSON: unterminated object"));
}

void TestJsonReader::fixtureBadValue()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("json-bad-value.json")));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(),
        QStringLiteral("json-bad-value.json:6:18: Is_Active: 'maybe' is not a boolean "
                       "(true/false, 1/0, yes/no, y/n)"));
}

void TestJsonReader::fixtureBadValueSkipped()
{
    ReadOptions options;
    options.skipBadRows = true;
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("json-bad-value.json")), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->records.size(), 2);
    QCOMPARE(result->records.at(0).username, QStringLiteral("alice"));
    QCOMPARE(result->records.at(1).username, QStringLiteral("carol"));
    QCOMPARE(result->records.at(1).active, false);
    QCOMPARE(result->recordLines, (QVector<qint64> { 2, 8 }));
    QCOMPARE(result->skipped.size(), 1);
    const ImportProblem &skipped = result->skipped.constFirst();
    QCOMPARE(skipped.line, 6);
    QCOMPARE(skipped.column, 18);
    QCOMPARE(skipped.field, QStringLiteral("Is_Active"));
    QCOMPARE(skipped.toString(),
        QStringLiteral("json-bad-value.json:6:18: Is_Active: 'maybe' is not a boolean "
                       "(true/false, 1/0, yes/no, y/n)"));
}

void TestJsonReader::utf16Json()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("json-utf16le-bom.json")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->format, ExportFormat::Json);
    QCOMPARE(result->encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(result->records.size(), 1);
    QCOMPARE(result->records.constFirst().name, QStringLiteral("Jürgen Müller"));
}

void TestJsonReader::sample()
{
    ReadOptions options;
    options.format = ExportFormat::Json;
    const Result<ExportData> result
        = ExportReader::readFile(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/prod-us.json"), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ExportData &data = *result;
    QCOMPARE(data.records.size(), 175);
    QCOMPARE(data.recordLines.size(), 175);
    QCOMPARE(data.recordLines.at(0), 2);
    QCOMPARE(data.recordLines.at(1), 16);
    QCOMPARE(data.encoding, QStringLiteral("UTF-8"));
    QVERIFY(data.hadPassword);
    QCOMPARE(data.unknownColumns, QStringList());
    QCOMPARE(data.columns.size(), 12);
    QCOMPARE(data.columns.constFirst(), QStringLiteral("Id"));
    QCOMPARE(data.columns.constLast(), QStringLiteral("Password"));
    QVERIFY(data.skipped.isEmpty());

    const UserRecord &first = data.records.at(0);
    QCOMPARE(first.sourceId, QStringLiteral("207"));
    QCOMPARE(first.name, QStringLiteral("Geneva Kohler"));
    QCOMPARE(first.username, QStringLiteral("gkohler165"));
    QCOMPARE(first.email, QStringLiteral("geneva.kohler165@contoso.example"));
    QCOMPARE(first.creationDate, QStringLiteral("2021-09-19T00:00:00"));
    QCOMPARE(first.lastLogin, QStringLiteral("2026-01-12T00:00:00"));
    QCOMPARE(first.active, true);
    QCOMPARE(first.itUser, false);
    QCOMPARE(data.records.at(2).name, QStringLiteral("Mia Sá"));
    QCOMPARE(data.records.at(2).phone, QStringLiteral("+78 159494631"));
    // Kept exactly as read, spaces and case included.
    QCOMPARE(data.records.at(3).email, QStringLiteral("  CLEMENS.SCHWANITZ60@ACME-HOLDING.COM "));
    QCOMPARE(data.records.at(3).lastLogin, QStringLiteral("2026-07-26T09:38:22"));

    int inactive = 0, it = 0;
    for (const UserRecord &r : data.records) {
        inactive += r.active ? 0 : 1;
        it += r.itUser ? 1 : 0;
        QVERIFY(!r.name.contains(QLatin1String("$2a$")));
        QVERIFY(!r.sourceId.contains(QLatin1String("$2a$")));
    }
    QCOMPARE(inactive, 17);
    QCOMPARE(it, 6);
    QCOMPARE(data.recordCount, 175);
}

void TestJsonReader::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QStringList>("skipped"); // when skipping bad rows; empty: the read fails then too

    const int key = int(ImportError::DuplicateKey);
    const int column = int(ImportError::DuplicateColumn);
    // QJsonObject keeps the last of two equal keys: which e-mail the platform meant cannot be told.
    QTest::newRow("same key twice") << QByteArray(R"([{"Id": 1, "Email": "a@x.com", "Email": "b@x.com"}])") << key
                                    << QStringLiteral("k.json:1:32: the key 'Email' is given twice in this record "
                                                      "(first at line 1, column 12)")
                                    << QStringList { QStringLiteral("k.json:1:32: the key 'Email' is given twice in "
                                                                    "this record (first at line 1, column 12)") };
    QTest::newRow("same key, lines apart")
        << QByteArray("[\n {\"Username\": \"a\"},\n {\"Username\": \"b\",\n  \"Username\": \"c\"}\n]") << key
        << QStringLiteral("k.json:4:3: the key 'Username' is given twice in this record (first at line 3, column 3)")
        << QStringList { QStringLiteral("k.json:4:3: the key 'Username' is given twice in this record (first at "
                                        "line 3, column 3)") };
    QTest::newRow("same key, one written with an escape")
        << QByteArray(R"([{"Email": "a@x.com", "Email": "b@x.com"}])") << key
        << QStringLiteral("k.json:1:23: the key 'Email' is given twice in this record (first at line 1, column 3)")
        << QStringList { QStringLiteral("k.json:1:23: the key 'Email' is given twice in this record (first at line "
                                        "1, column 3)") };
    QTest::newRow("an ignored key twice too") << QByteArray(R"([{"Username": "a", "Notes": 1, "Notes": 2}])") << key
                                              << QStringLiteral("k.json:1:32: the key 'Notes' is given twice in this "
                                                                "record (first at line 1, column 20)")
                                              << QStringList { QStringLiteral(
                                                     "k.json:1:32: the key 'Notes' is given twice in this record "
                                                     "(first at line 1, column 20)") };
    // Two names of one field: the mapping of the whole file is in doubt, so skipping does not help.
    QTest::newRow("key and its alias") << QByteArray(R"([{"Email": "a@x.com", "EMail": "b@x.com"}])") << column
                                       << QStringLiteral("k.json:1:23: the keys 'Email' (line 1, column 3) and 'EMail' "
                                                         "both give the field Email")
                                       << QStringList();
    QTest::newRow("alias in a later record")
        << QByteArray("[{\"Username\": \"a\"},\n {\"Username\": \"b\", \"Login\": \"c\"}]") << column
        << QStringLiteral("k.json:2:20: the keys 'Username' (line 1, column 3) and 'Login' both give the field "
                          "Username")
        << QStringList();
}

void TestJsonReader::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(int, code);
    QFETCH(QString, error);
    QFETCH(QStringList, skipped);
    ImportProblem failure;
    ReadOptions options;
    options.failure = &failure;
    const Result<ExportData> result = ExportReader::readBytes(json, QStringLiteral("k.json"), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
    QCOMPARE(int(failure.code), code);

    options.skipBadRows = true;
    const Result<ExportData> skipping = ExportReader::readBytes(json, QStringLiteral("k.json"), options);
    QCOMPARE(skipping.ok(), !skipped.isEmpty());
    if (skipping.ok()) {
        QStringList actual;
        for (const ImportProblem &p : skipping->skipped)
            actual << p.toString();
        QCOMPARE(actual, skipped);
    }
}

QTEST_APPLESS_MAIN(TestJsonReader)
#include "tst_jsonreader.moc"
