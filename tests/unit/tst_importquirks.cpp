// Real-world export quirks (issue 4): for each case a quirky fixture read to the exact records, and a broken one
// refused with the exact error (file:line:column). Fixtures: tests/data/import (written by generate.py).
#include "CsvReader.h"
#include "ExportReader.h"
#include "TestConfig.h"

#include <QFile>
#include <QTest>

using namespace hc;

using Mapping = QHash<QString, QString>;

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/import/") + name;
}

// "line|id|name|username|email|active|it" per record: the exact records read.
QStringList describe(const ExportData &data)
{
    QStringList rows;
    for (qsizetype i = 0; i < data.records.size(); ++i) {
        const UserRecord &r = data.records.at(i);
        rows << QStringList { QString::number(data.recordLines.value(i)), r.sourceId, r.name, r.username, r.email,
            r.active ? QStringLiteral("active") : QStringLiteral("inactive"),
            r.itUser ? QStringLiteral("it") : QStringLiteral("-") }
                    .join(u'|');
    }
    return rows;
}

const QString notBoolean = QStringLiteral(" is not a boolean (true/false, 1/0, yes/no, y/n)");

} // namespace

class TestImportQuirks : public QObject {
    Q_OBJECT

private slots:
    void quirky_data();
    void quirky();
    void broken_data();
    void broken();
    void brokenRowsSkipped_data();
    void brokenRowsSkipped();
    void longField();
    void sepLineOnlyAtTheStart();
    void nulOnlyInIgnoredColumn();
    void jsonNulEscape();
    void messagesBoundedAndEscaped_data();
    void messagesBoundedAndEscaped();
    void cutOff_data();
    void cutOff();
    void shortRowsReported_data();
    void shortRowsReported();
    void jsonCutOff_data();
    void jsonCutOff();
    void ossysUserDump_data();
    void ossysUserDump();
};

void TestImportQuirks::quirky_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("unknownColumns");
    QTest::addColumn<QChar>("delimiter");

    QTest::newRow("sep= line wins over detection") << QStringLiteral("sep-line-comma.csv")
                                                   << QStringList { QStringLiteral("3|1|Silva; Ana|asilva||active|-"),
                                                          QStringLiteral("4|2|Costa; Rui|rcosta||active|-") }
                                                   << QStringList() << QChar(u',');
    QTest::newRow("quoted headers") << QStringLiteral("quoted-header.csv")
                                    << QStringList { QStringLiteral("2|1|Silva, Ana|asilva|ana@acme.pt|active|-"),
                                           QStringLiteral("3|2|Rui Costa|rcosta|rui@acme.pt|inactive|-") }
                                    << QStringList { QStringLiteral("Team; Unit"), QStringLiteral("Nick \"Name\"") }
                                    << QChar(u';');
    QTest::newRow("duplicated unknown and empty header names")
        << QStringLiteral("duplicate-unknown-columns.csv")
        << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-") }
        << QStringList { QStringLiteral("Notes") } << QChar(u',');
    QTest::newRow("trailing empty fields past the header")
        << QStringLiteral("trailing-empty-fields.csv")
        << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
               QStringLiteral("3|2||bob|bob@acme.com|active|-"), QStringLiteral("4|3||carol||active|-") }
        << QStringList() << QChar(u',');
    QTest::newRow("fewer fields") << QStringLiteral("fewer-fields.csv")
                                  << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
                                         QStringLiteral("3|2||bob||active|-") }
                                  << QStringList() << QChar(u',');
    QTest::newRow("NUL padding after the last line")
        << QStringLiteral("nul-padding.csv")
        << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
               QStringLiteral("3|2||bob|bob@acme.com|active|-") }
        << QStringList() << QChar(u',');
    QTest::newRow("mixed line ends") << QStringLiteral("mixed-line-ends.csv")
                                     << QStringList { QStringLiteral("2|1|a|||active|-"),
                                            QStringLiteral("3|2|b\r\nc|||active|-"), QStringLiteral("5|3|d|||active|-"),
                                            QStringLiteral("7|4|e|||active|-") }
                                     << QStringList() << QChar(u',');
    QTest::newRow("one known column among unknown ones")
        << QStringLiteral("one-known-column.csv")
        << QStringList { QStringLiteral("2|||asilva||active|-"), QStringLiteral("3|||rcosta||active|-") }
        << QStringList { QStringLiteral("Department"), QStringLiteral("Cost Center"), QStringLiteral("Notes") }
        << QChar(u';');
    QTest::newRow("Windows-1252") << QStringLiteral("windows1252.csv")
                                  << QStringList { QStringLiteral("2|1|Jürgen Müller|jmuller|jurgen@acme.de|active|-"),
                                         QStringLiteral("3|2|Zoë „Ångström“|zoe|zoe@example.com|inactive|-") }
                                  << QStringList() << QChar(u';');
    QTest::newRow("UTF-16LE") << QStringLiteral("utf16le-bom.csv")
                              << QStringList { QStringLiteral("2|1|Jürgen Müller|jmuller|jurgen@acme.de|active|-"),
                                     QStringLiteral("3|2|Zoë „Ångström“|zoe|zoe@example.com|inactive|-") }
                              << QStringList() << QChar(u';');
    QTest::newRow("JSON array of objects")
        << QStringLiteral("array.json")
        << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"), QStringLiteral("3|2||bob||inactive|-") }
        << QStringList { QStringLiteral("Extra") } << QChar();
    QTest::newRow("JSON object holding an array") << QStringLiteral("object-with-array.json")
                                                  << QStringList { QStringLiteral("5|1||alice|alice@acme.com|active|-"),
                                                         QStringLiteral("6|2||bob|bob@acme.com|active|-") }
                                                  << QStringList() << QChar();
    QTest::newRow("JSON numbers and booleans as types or strings")
        << QStringLiteral("json-types.json")
        << QStringList { QStringLiteral("2|7||s||active|-"), QStringLiteral("3|8||t||active|it"),
               QStringLiteral("4|9|false|u||active|-") }
        << QStringList() << QChar();
}

void TestImportQuirks::quirky()
{
    QFETCH(QString, file);
    QFETCH(QStringList, records);
    QFETCH(QStringList, unknownColumns);
    QFETCH(QChar, delimiter);
    const Result<ExportData> result = ExportReader::readFile(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(*result), records);
    QCOMPARE(result->unknownColumns, unknownColumns);
    QCOMPARE(result->delimiter, delimiter);
    QVERIFY(result->skipped.isEmpty());

    // The streaming read (what a large import uses) gives the same records.
    QStringList streamed;
    ReadOptions options;
    options.batchSize = 1;
    const Result<ExportData> stream
        = ExportReader::readFile(fixture(file), options, [&](const QVector<UserRecord> &rs, const QVector<qint64> &ls) {
              ExportData batch;
              batch.records = rs;
              batch.recordLines = ls;
              streamed += describe(batch);
              return true;
          });
    QVERIFY2(stream.ok(), qPrintable(stream.error()));
    QCOMPARE(streamed, records);
}

void TestImportQuirks::broken_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    QTest::newRow("sep= line without a delimiter")
        << QStringLiteral("sep-line-empty.csv")
        << QStringLiteral(
               "sep-line-empty.csv:1:5: the first line 'sep=' names no delimiter (Excel writes e.g. 'sep=;')");
    QTest::newRow("quoted header never closed")
        << QStringLiteral("quoted-header-unterminated.csv")
        << QStringLiteral("quoted-header-unterminated.csv:1:4: unterminated quoted field: the quote opened here is "
                          "never closed");
    QTest::newRow("duplicated header names")
        << QStringLiteral("duplicate-columns.csv")
        << QStringLiteral("duplicate-columns.csv:1:19: the columns 'Email' and 'E-mail' both give the field Email");
    QTest::newRow("empty header names")
        << QStringLiteral("empty-header.csv")
        << QStringLiteral("empty-header.csv: not a user export: the header row names no columns (expected columns "
                          "such as Username, Email, Id, Name, Is_Active)");
    QTest::newRow("too many fields") << QStringLiteral("too-many-fields.csv")
                                     << QStringLiteral(
                                            "too-many-fields.csv:3:20: this row has 4 fields but the header has 3");
    QTest::newRow("too few fields: a record split by a line break") << QStringLiteral(
        "fewer-fields-split.csv") << QStringLiteral("fewer-fields-split.csv:4:8: Is_Active: 'bob'") + notBoolean;
    QTest::newRow("NUL byte in a value")
        << QStringLiteral("nul-in-field.csv")
        << QStringLiteral("nul-in-field.csv:3:3: Username: the value holds a NUL byte: the file may be damaged");
    QTest::newRow("very long value, shortened in the message")
        << QStringLiteral("long-field-bad-value.csv")
        << QStringLiteral("long-field-bad-value.csv:2:9: Is_Active: '") + QString(200, u'y') + QChar(0x2026) + u'\''
            + notBoolean;
    QTest::newRow("mixed line ends before a bad value")
        << QStringLiteral("mixed-line-ends-bad-value.csv")
        << QStringLiteral("mixed-line-ends-bad-value.csv:6:5: Is_Active: 'perhaps'") + notBoolean;
    QTest::newRow("not a user export (CSV)")
        << QStringLiteral("not-a-user-export.csv")
        << QStringLiteral("not-a-user-export.csv: not a user export: none of the columns 'Product', 'Price', "
                          "'Quantity' is known (expected columns such as Username, Email, Id, Name, Is_Active)");
    QTest::newRow("not a user export (JSON)")
        << QStringLiteral("not-a-user-export.json")
        << QStringLiteral("not-a-user-export.json: not a user export: none of the columns 'sku', 'price' is known "
                          "(expected columns such as Username, Email, Id, Name, Is_Active)");
    QTest::newRow("JSON array holding a non-object") << QStringLiteral(
        "json-not-an-object.json") << QStringLiteral("json-not-an-object.json:3:3: this record is not an object");
    QTest::newRow("JSON object holding two arrays")
        << QStringLiteral("json-two-arrays.json")
        << QStringLiteral("json-two-arrays.json: the JSON object holds several arrays (errors, users): expected an "
                          "array of user records, or an object holding one such array");
    QTest::newRow("JSON number that is no boolean") << QStringLiteral(
        "json-bad-number.json") << QStringLiteral("json-bad-number.json:3:46: Is_IT_User: '2'") + notBoolean;
    QTest::newRow("JSON string that is no boolean") << QStringLiteral(
        "json-bad-value.json") << QStringLiteral("json-bad-value.json:6:18: Is_Active: 'maybe'") + notBoolean;
    QTest::newRow("UTF-16 cut in the middle of a character")
        << QStringLiteral("utf16le-odd-bytes.csv")
        << QStringLiteral("utf16le-odd-bytes.csv: not valid UTF-16LE text: the file has an odd number of bytes");
    QTest::newRow("Windows-1252: the column counts characters") << QStringLiteral(
        "windows1252-bad-value.csv") << QStringLiteral("windows1252-bad-value.csv:2:18: Is_Active: 'não'") + notBoolean;
}

void TestImportQuirks::broken()
{
    QFETCH(QString, file);
    QFETCH(QString, error);
    const Result<ExportData> result = ExportReader::readFile(fixture(file));
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestImportQuirks::brokenRowsSkipped_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("NUL byte") << QStringLiteral("nul-in-field.csv")
                              << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-") }
                              << QStringList { QStringLiteral(
                                     "nul-in-field.csv:3:3: Username: the value holds a NUL byte: the file may be "
                                     "damaged") };
    QTest::newRow("split record") << QStringLiteral("fewer-fields-split.csv")
                                  << QStringList { QStringLiteral("2|1|Ana Silva|asilva||active|-"),
                                         QStringLiteral("3|2|Bob|||active|-") }
                                  << QStringList { QStringLiteral("fewer-fields-split.csv:4:8: Is_Active: 'bob'")
                                         + notBoolean };
    QTest::newRow("mixed line ends") << QStringLiteral("mixed-line-ends-bad-value.csv")
                                     << QStringList { QStringLiteral("2|1||a||active|-"),
                                            QStringLiteral("3|2||b||inactive|-"),
                                            QStringLiteral("4|3||c\r\nd||active|-") }
                                     << QStringList { QStringLiteral("mixed-line-ends-bad-value.csv:6:5: Is_Active: "
                                                                     "'perhaps'")
                                            + notBoolean };
    QTest::newRow("JSON number") << QStringLiteral("json-bad-number.json")
                                 << QStringList { QStringLiteral("2|1||alice||active|-") }
                                 << QStringList { QStringLiteral("json-bad-number.json:3:46: Is_IT_User: '2'")
                                        + notBoolean };
}

void TestImportQuirks::brokenRowsSkipped()
{
    QFETCH(QString, file);
    QFETCH(QStringList, records);
    QFETCH(QStringList, skipped);
    ReadOptions options;
    options.skipBadRows = true;
    const Result<ExportData> result = ExportReader::readFile(fixture(file), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(*result), records);
    QStringList actual;
    for (const ImportProblem &p : result->skipped)
        actual << p.toString();
    QCOMPARE(actual, skipped);
}

void TestImportQuirks::longField()
{
    const Result<ExportData> result = ExportReader::readFile(fixture(QStringLiteral("long-field.csv")));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->records.size(), 2);
    const QString name = result->records.at(0).name;
    QCOMPARE(name.size(), 1048570); // 1 MiB less the few characters of its row
    QVERIFY(name.startsWith(QStringLiteral("Lorem \"ipsum\"\nLorem \"ipsum\"\n")));
    QCOMPARE(name.count(u'\n'), 74897);
    QCOMPARE(name.count(u'"'), 2 * 74897 + 1); // the last piece is cut after its first quote
    QCOMPARE(result->records.at(0).username, QStringLiteral("long"));
    // The line count goes on through the field's line breaks.
    QCOMPARE(result->recordLines, (QVector<qint64> { 2, 74900 }));
    QCOMPARE(result->records.at(1).username, QStringLiteral("short"));
}

void TestImportQuirks::sepLineOnlyAtTheStart()
{
    // "sep=" anywhere but the first line is data; a quote is no delimiter.
    const Result<ExportData> later = ExportReader::readBytes("Username\nsep=\n", QStringLiteral("s.csv"));
    QVERIFY2(later.ok(), qPrintable(later.error()));
    QCOMPARE(later->records.size(), 1);
    QCOMPARE(later->records.constFirst().username, QStringLiteral("sep="));

    const Result<ExportData> quote = ExportReader::readBytes("sep=\"\nUsername\na\n", QStringLiteral("q.csv"));
    QVERIFY(!quote.ok());
    QCOMPARE(quote.error(),
        QStringLiteral("q.csv:1:5: the first line 'sep=\"' names the quote as the delimiter, which cannot be one"));

    CsvReader empty(QByteArrayView("sep="));
    QVector<CsvField> fields;
    QVERIFY(!empty.readRow(fields));
    QVERIFY(empty.hasError());
    QCOMPARE(empty.errorColumn(), 5);
}

void TestImportQuirks::nulOnlyInIgnoredColumn()
{
    // A NUL in a column that is never kept harms nothing: the row reads.
    static const char csv[] = "Username,Notes,Password\nalice,a\0b,x\0y\n";
    const Result<ExportData> result
        = ExportReader::readBytes(QByteArray(csv, sizeof(csv) - 1), QStringLiteral("n.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->records.size(), 1);
    QCOMPARE(result->records.constFirst().username, QStringLiteral("alice"));
    // A NUL shown in a message is made visible.
    static const char badCsv[] = "Username,Is_Active\nalice,y\0\n";
    const Result<ExportData> bad
        = ExportReader::readBytes(QByteArray(badCsv, sizeof(badCsv) - 1), QStringLiteral("b.csv"));
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error(), QStringLiteral("b.csv:2:7: Is_Active: the value holds a NUL byte: the file may be damaged"));
}

void TestImportQuirks::jsonNulEscape()
{
    const Result<ExportData> result
        = ExportReader::readBytes(R"([{"Username": "a\u0000b"}])", QStringLiteral("n.json"));
    QVERIFY(!result.ok());
    QCOMPARE(
        result.error(), QStringLiteral("n.json:1:15: Username: the value holds a NUL byte: the file may be damaged"));
}

void TestImportQuirks::messagesBoundedAndEscaped_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<Mapping>("mapping");
    QTest::addColumn<QString>("error");

    const QString ellipsis(QChar(0x2026));
    // A 10 MB garbage line never becomes a 10 MB message.
    QTest::newRow("10 MB value") << QByteArray("Username,Is_Active\nalice,") + QByteArray(10 * 1024 * 1024, 'y') + '\n'
                                 << QHash<QString, QString>()
                                 << QStringLiteral("g.csv:2:7: Is_Active: '") + QString(200, u'y') + ellipsis + u'\''
            + notBoolean;
    QTest::newRow("terminal escape in a value")
        << QByteArray("Username,Is_Active\nalice,\x1B]0;owned\x07\xE2\x80\xAE\n") << QHash<QString, QString>()
        << QStringLiteral("g.csv:2:7: Is_Active: '\\x1B]0;owned\\x07\\u202E'") + notBoolean;
    QTest::newRow("column names in a duplicate-column error")
        << QByteArray("Email,X\x07\xE2\x80\xAE\na,b\n")
        << QHash<QString, QString> { { QStringLiteral("X\x07\u202E"), QStringLiteral("Email") } }
        << QStringLiteral("g.csv:1:7: the columns 'Email' and 'X\\x07\\u202E' both give the field Email");
    QTest::newRow("10 MB column name in not-a-user-export")
        << QByteArray("\x1B") + QByteArray(10 * 1024 * 1024, 'c') + QByteArray(",Price\n1,2\n")
        << QHash<QString, QString>()
        << QStringLiteral("g.csv: not a user export: none of the columns '\\x1B") + QString(199, u'c') + ellipsis
            + QStringLiteral("', 'Price' is known (expected columns such as Username, Email, Id, Name, Is_Active)");
    QTest::newRow("chosen field name that is none")
        << QByteArray("Username\na\n")
        << QHash<QString, QString> { { QStringLiteral("Username"), QString(300, u'z') + QChar(0x9B) } }
        << QStringLiteral("g.csv: '") + QString(200, u'z') + ellipsis
            + QStringLiteral("' (chosen for column 'Username') is not a known field; known fields: Id, Name, Username, "
                             "Email, MobilePhone, External_Id, Creation_Date, Last_Login, Is_Active, Tenant_Id, "
                             "Is_IT_User, Password");
    // U+0085 is white space to the mapping, so "Is<NEL>Active" is Is_Active: the key shown is escaped.
    QTest::newRow("JSON key in the field part")
        << QByteArray("[{\"Username\": \"a\", \"Is\\u0085Active\": \"\\u202Emaybe\"}]") << QHash<QString, QString>()
        << QStringLiteral("g.csv:1:38: Is\\x85Active: '\\u202Emaybe'") + notBoolean;
    QTest::newRow("JSON keys of several arrays")
        << QByteArray("{\"a\\u0007\": [], \"b\": []}") << QHash<QString, QString>()
        << QStringLiteral("g.csv: the JSON object holds several arrays (a\\x07, b): expected an array of user "
                          "records, or an object holding one such array");
}

void TestImportQuirks::messagesBoundedAndEscaped()
{
    QFETCH(QByteArray, bytes);
    QFETCH(Mapping, mapping);
    QFETCH(QString, error);
    ReadOptions options;
    options.columnMapping = mapping;
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("g.csv"), options);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
    for (const QChar c : result.error())
        QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7F && (c.unicode() < 0x80 || c.unicode() >= 0xA0)
                && (c.unicode() < 0x202A || c.unicode() > 0x202E),
            qPrintable(QString::number(c.unicode(), 16)));
}

void TestImportQuirks::cutOff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");
    QTest::addColumn<QString>("error");

    const QByteArray head("Id,Username,Email\n1,alice,alice@acme.com\n");
    QTest::newRow("cut after the second field")
        << head + "2,bob" << qint64(3) << qint64(6)
        << QStringLiteral("c.csv:3:6: the file looks cut off: its last line ends without a line break after 2 of "
                          "the 3 fields");
    QTest::newRow("CRLF file") << QByteArray("Id,Username,Email\r\n1,alice,alice@acme.com\r\n2,bob") << qint64(3)
                               << qint64(6)
                               << QStringLiteral("c.csv:3:6: the file looks cut off: its last line ends without a "
                                                 "line break after 2 of the 3 fields");
    QTest::newRow("cut in the first field") << head + "2" << qint64(3) << qint64(2)
                                            << QStringLiteral("c.csv:3:2: the file looks cut off: its last line ends "
                                                              "without a line break after 1 of the 3 fields");
    QTest::newRow("cut after a quoted line break")
        << head + "2,\"bob\nsmith\"" << qint64(4) << qint64(7)
        << QStringLiteral("c.csv:4:7: the file looks cut off: its last line ends without a line break after 2 of "
                          "the 3 fields");
    // A crash leaves NUL padding where the rest should be: dropped, the file is still cut.
    QTest::newRow("cut, then NUL padding")
        << head + "2,bob" + QByteArray(64, '\0') << qint64(3) << qint64(6)
        << QStringLiteral("c.csv:3:6: the file looks cut off: its last line ends without a line break after 2 of "
                          "the 3 fields");
    QTest::newRow("Windows-1252 column in characters")
        << QByteArray("Id;Name;Email\r\n1;J\xFCrgen") << qint64(2) << qint64(9)
        << QStringLiteral("c.csv:2:9: the file looks cut off: its last line ends without a line break after 2 of "
                          "the 3 fields");
}

void TestImportQuirks::cutOff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    QFETCH(QString, error);
    for (const bool skip : { false, true }) {
        // Skipping bad rows does not help: what is missing is the rest of the file, not one row.
        ImportProblem failure;
        ReadOptions options;
        options.skipBadRows = skip;
        options.failure = &failure;
        const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("c.csv"), options);
        QVERIFY2(!result.ok(), qPrintable(QString::number(result->records.size())));
        QCOMPARE(failure.code, ImportError::CutOff);
        QCOMPARE(failure.line, line);
        QCOMPARE(failure.column, column);
        QCOMPARE(result.error(), error);
    }
}

void TestImportQuirks::shortRowsReported_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("records");
    QTest::addColumn<QStringList>("warnings");

    const QByteArray head("Id,Username,Email\n1,alice,alice@acme.com\n");
    QTest::newRow("short last line with a line end")
        << head + "2,bob\n" << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
                                   QStringLiteral("3|2||bob||active|-") }
        << QStringList { QStringLiteral("s.csv:3:6: this row has 2 fields but the header has 3: the missing ones "
                                        "are read as empty") };
    QTest::newRow("short row, then blank lines") << head + "2,bob\r\n\r\n"
                                                 << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
                                                        QStringLiteral("3|2||bob||active|-") }
                                                 << QStringList { QStringLiteral(
                                                        "s.csv:3:6: this row has 2 fields but the header has 3: the "
                                                        "missing ones are read as empty") };
    QTest::newRow("short row in the middle, complete last line without line end")
        << QByteArray("Id,Username,Email\n1,alice\n2,bob,bob@acme.com")
        << QStringList { QStringLiteral("2|1||alice||active|-"), QStringLiteral("3|2||bob|bob@acme.com|active|-") }
        << QStringList { QStringLiteral("s.csv:2:8: this row has 2 fields but the header has 3: the missing ones "
                                        "are read as empty") };
    QTest::newRow("complete rows: nothing to report")
        << head + "2,bob,bob@acme.com"
        << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-"),
               QStringLiteral("3|2||bob|bob@acme.com|active|-") }
        << QStringList();
    QTest::newRow("a blank last line without line end is no row")
        << head + "  " << QStringList { QStringLiteral("2|1||alice|alice@acme.com|active|-") } << QStringList();
}

void TestImportQuirks::shortRowsReported()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, records);
    QFETCH(QStringList, warnings);
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("s.csv"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(*result), records);
    QStringList actual;
    for (const ImportProblem &p : result->warnings) {
        QCOMPARE(p.code, ImportError::ShortRow);
        actual << p.toString();
    }
    QCOMPARE(actual, warnings);
    QCOMPARE(result->warningCount, warnings.size());
    QVERIFY(result->skipped.isEmpty());
}

void TestImportQuirks::jsonCutOff_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    const QByteArray whole("[\n  {\"Id\": 1, \"Username\": \"alice\"},\n  {\"Id\": 2, \"Username\": \"bob\"}\n]\n");
    QTest::newRow("after a record") << whole.left(whole.indexOf("},") + 2) << qint64(2) << qint64(34);
    QTest::newRow("inside a string") << whole.left(whole.indexOf("bob") + 2) << qint64(3) << qint64(28);
    QTest::newRow("before the closing bracket") << whole.left(whole.lastIndexOf(']')) << qint64(4) << qint64(1);
}

void TestImportQuirks::jsonCutOff()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    ImportProblem failure;
    ReadOptions options;
    options.skipBadRows = true;
    options.failure = &failure;
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("c.json"), options);
    QVERIFY(!result.ok());
    QCOMPARE(failure.code, ImportError::Syntax);
    QCOMPARE(failure.line, line);
    QCOMPARE(failure.column, column);
    QVERIFY2(result.error().startsWith(QStringLiteral("c.json:%1:%2: not valid JSON: ").arg(line).arg(column)),
        qPrintable(result.error()));
}

void TestImportQuirks::ossysUserDump_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QVector<qint64>>("lines");

    QFile csv(fixture(QStringLiteral("ossys-user-dump.csv")));
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray sqlcmd = csv.readAll();
    QFile json(fixture(QStringLiteral("ossys-user-dump.json")));
    QVERIFY(json.open(QIODevice::ReadOnly));
    QTest::newRow("sqlcmd, semicolons, a line of dashes, bits as 1/0") << sqlcmd << QVector<qint64> { 3, 4, 5, 6, 7 };
    QTest::newRow("FOR JSON PATH, bits as true/false") << json.readAll() << QVector<qint64> { 1, 2, 3, 4, 5 };
    // What PowerShell's Invoke-Sqlcmd | Export-Csv writes: commas, every value quoted, bits as True/False.
    QList<QByteArray> lines = sqlcmd.split('\n');
    lines.removeAt(1);
    QByteArray powershell;
    for (const QByteArray &line : std::as_const(lines)) {
        if (line.trimmed().isEmpty())
            continue;
        QList<QByteArray> values = line.trimmed().split(';');
        values[10] = values.at(10) == "1" ? "True" : values.at(10) == "0" ? "False" : values.at(10);
        powershell += '"' + values.join("\",\"") + "\"\r\n";
    }
    QTest::newRow("Export-Csv, commas, quoted, bits as True/False") << powershell << QVector<qint64> { 2, 3, 4, 5, 6 };
}

void TestImportQuirks::ossysUserDump()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QVector<qint64>, lines);
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("OSSYS_USER"));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    const ExportData &data = *result;
    QCOMPARE(data.columns,
        QString::fromLatin1("ID TENANT_ID NAME USERNAME PASSWORD EMAIL MOBILEPHONE EXTERNAL_ID CREATION_DATE "
                            "LAST_LOGIN IS_ACTIVE OBJECTID")
            .split(u' '));
    QCOMPARE(data.unknownColumns, QStringList { QStringLiteral("OBJECTID") });
    QVERIFY(data.hadPassword);
    QVERIFY(data.skipped.isEmpty());
    QVERIFY(data.warnings.isEmpty());
    QCOMPARE(data.recordLines, lines);
    // Every field: id | name | username | email | phone | external id | tenant | created | last login | active | IT
    QStringList records;
    for (const UserRecord &r : data.records) {
        records << QStringList { r.sourceId, r.name, r.username, r.email, r.phone, r.externalId, r.tenant,
            r.creationDate, r.lastLogin, r.active ? QStringLiteral("active") : QStringLiteral("inactive"),
            r.itUser ? QStringLiteral("it") : QStringLiteral("-") }
                       .join(u'|');
        // The password is never kept: no field holds the hash.
        for (const QString &text : { r.sourceId, r.name, r.username, r.email, r.phone, r.externalId, r.tenant })
            QVERIFY2(!text.contains(QLatin1String("SECRET")), qPrintable(text));
    }
    QCOMPARE(records,
        (QStringList {
            QStringLiteral("1|Administrator|admin|admin@acme.com|||1|2019-05-02T09:14:11|2025-06-30T08:01:02|active|-"),
            QStringLiteral("2|Ana Müller|amuller|ana.mueller@münchen-acme.de|+49 89 1234|EXT-0002|2|"
                           "2021-01-04T10:00:00|2025-06-01T12:30:00|active|-"),
            QStringLiteral("3|Rui Costa|rcosta|rui.costa@gmail.com|||2|2022-02-03T08:00:00||inactive|-"),
            QStringLiteral("4||kiosk01||||5|2023-03-03T03:03:03||active|-"),
            QStringLiteral("5|Zoë Ångström|zoe@partner.example|||AAD-5|5|2024-01-15T14:45:00|2024-12-24T23:59:59|"
                           "inactive|-"),
        }));
}

QTEST_APPLESS_MAIN(TestImportQuirks)
#include "tst_importquirks.moc"
