// CsvReader: RFC 4180 rows, delimiter detection, line ends, positions and errors (SPEC §3).
#include "CsvReader.h"

#include <QTest>

using namespace hc;

using Rows = QList<QStringList>;

namespace {

// Reads every row; on an error returns the rows read so far and sets *error to "LINE:COLUMN: message".
Rows readAll(const QString &text, char delimiter = 0, QString *error = nullptr, char *detected = nullptr)
{
    const QByteArray utf8 = text.toUtf8();
    CsvReader reader(utf8, delimiter);
    if (detected)
        *detected = reader.delimiter();
    Rows rows;
    QVector<CsvField> fields;
    while (reader.readRow(fields)) {
        QStringList row;
        for (const CsvField &field : fields)
            row << QString::fromUtf8(field.text);
        rows << row;
    }
    if (error && reader.hasError())
        *error
            = QStringLiteral("%1:%2: %3").arg(reader.errorLine()).arg(reader.errorColumn()).arg(reader.errorMessage());
    return rows;
}

QStringList row(std::initializer_list<const char16_t *> fields)
{
    QStringList result;
    for (const char16_t *field : fields)
        result << QString::fromUtf16(field);
    return result;
}

} // namespace

class TestCsvReader : public QObject {
    Q_OBJECT

private slots:
    void rows_data();
    void rows();
    void detectDelimiter_data();
    void detectDelimiter();
    void explicitDelimiter();
    void sepLine();
    void positions();
    void rowLines();
    void unterminatedQuote_data();
    void unterminatedQuote();
    void viewsSurviveManyEscapedFields();
};

void TestCsvReader::rows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Rows>("expected");

    QTest::newRow("empty text") << QString() << Rows {};
    QTest::newRow("only line ends") << QStringLiteral("\r\n\n\r") << Rows {};
    QTest::newRow("LF") << QStringLiteral("a,b\nc,d") << Rows { row({ u"a", u"b" }), row({ u"c", u"d" }) };
    QTest::newRow("CRLF") << QStringLiteral("a,b\r\nc,d\r\n") << Rows { row({ u"a", u"b" }), row({ u"c", u"d" }) };
    QTest::newRow("CR only") << QStringLiteral("a,b\rc,d\r") << Rows { row({ u"a", u"b" }), row({ u"c", u"d" }) };
    QTest::newRow("mixed line ends") << QStringLiteral("a\r\nb\nc\rd")
                                     << Rows { row({ u"a" }), row({ u"b" }), row({ u"c" }), row({ u"d" }) };
    QTest::newRow("trailing empty lines") << QStringLiteral("a,b\n\n\r\n\r") << Rows { row({ u"a", u"b" }) };
    QTest::newRow("blank line in the middle") << QStringLiteral("a\n\nb") << Rows { row({ u"a" }), row({ u"b" }) };
    QTest::newRow("spaces kept") << QStringLiteral(" a , b ") << Rows { row({ u" a ", u" b " }) };
    QTest::newRow("empty fields") << QStringLiteral(",,") << Rows { row({ u"", u"", u"" }) };
    QTest::newRow("trailing delimiter") << QStringLiteral("a,b,\nc")
                                        << Rows { row({ u"a", u"b", u"" }), row({ u"c" }) };
    QTest::newRow("trailing delimiter at the end") << QStringLiteral("a,b,") << Rows { row({ u"a", u"b", u"" }) };
    QTest::newRow("quoted delimiter") << QStringLiteral("\"a,b\",c") << Rows { row({ u"a,b", u"c" }) };
    QTest::newRow("escaped quotes") << QStringLiteral("\"a\"\"b\"\"\",c") << Rows { row({ u"a\"b\"", u"c" }) };
    QTest::newRow("only an escaped quote") << QStringLiteral("\"\"\"\"") << Rows { row({ u"\"" }) };
    QTest::newRow("empty quoted") << QStringLiteral("\"\",x") << Rows { row({ u"", u"x" }) };
    QTest::newRow("LF in quotes") << QStringLiteral("\"a\nb\",c\nd") << Rows { row({ u"a\nb", u"c" }), row({ u"d" }) };
    QTest::newRow("CRLF in quotes kept") << QStringLiteral("\"a\r\nb\"\r\nc")
                                         << Rows { row({ u"a\r\nb" }), row({ u"c" }) };
    QTest::newRow("CR in quotes kept") << QStringLiteral("\"a\rb\"") << Rows { row({ u"a\rb" }) };
    QTest::newRow("blank line in quotes kept") << QStringLiteral("\"a\n\nb\"") << Rows { row({ u"a\n\nb" }) };
    QTest::newRow("quote inside unquoted field") << QStringLiteral("ab\"c,d\"") << Rows { row({ u"ab\"c", u"d\"" }) };
    QTest::newRow("text after closing quote") << QStringLiteral("\"ab\"cd,e") << Rows { row({ u"abcd", u"e" }) };
    QTest::newRow("escape then text after closing quote")
        << QStringLiteral("\"a\"\"b\"c") << Rows { row({ u"a\"bc" }) };
    QTest::newRow("space before quote is literal") << QStringLiteral(" \"a\",b") << Rows { row({ u" \"a\"", u"b" }) };
    QTest::newRow("quoted last field then CRLF")
        << QStringLiteral("a,\"b\"\r\nc") << Rows { row({ u"a", u"b" }), row({ u"c" }) };
    QTest::newRow("semicolon detected") << QStringLiteral("a;b\n1;2,5")
                                        << Rows { row({ u"a", u"b" }), row({ u"1", u"2,5" }) };
    QTest::newRow("tab detected") << QStringLiteral("a\tb\n1\t2") << Rows { row({ u"a", u"b" }), row({ u"1", u"2" }) };
    QTest::newRow("non-ASCII") << QStringLiteral("Müller,Ærø 😀") << Rows { row({ u"Müller", u"Ærø 😀" }) };
}

void TestCsvReader::rows()
{
    QFETCH(QString, text);
    QFETCH(Rows, expected);
    QString error;
    QCOMPARE(readAll(text, 0, &error), expected);
    QCOMPARE(error, QString());
}

void TestCsvReader::detectDelimiter_data()
{
    QTest::addColumn<QString>("firstLines");
    QTest::addColumn<char>("delimiter");

    QTest::newRow("comma") << QStringLiteral("Id,Name,Email") << ',';
    QTest::newRow("semicolon") << QStringLiteral("Id;Name;Email") << ';';
    QTest::newRow("tab") << QStringLiteral("Id\tName\tEmail") << '\t';
    QTest::newRow("single column") << QStringLiteral("Username") << ',';
    QTest::newRow("empty") << QString() << ',';
    QTest::newRow("quoted commas do not count") << QStringLiteral("\"a,b,c\";d") << ';';
    QTest::newRow("quoted semicolons do not count") << QStringLiteral("\"a;b;c\",d") << ',';
    QTest::newRow("escaped quote keeps quoting") << QStringLiteral("\"a\"\";b;c\",d") << ',';
    QTest::newRow("only the first line counts") << QStringLiteral("a,b\n1;2;3;4") << ',';
    QTest::newRow("first line ends at CR") << QStringLiteral("a;b\r1,2,3,4") << ';';
    QTest::newRow("quoted line break stays in the first line") << QStringLiteral("\"x\ny,z,w\";a;b") << ';';
    QTest::newRow("most frequent wins") << QStringLiteral("Last, First;Email;Phone") << ';';
    QTest::newRow("tie prefers comma") << QStringLiteral("a,b;c") << ',';
    QTest::newRow("tie prefers semicolon to tab") << QStringLiteral("a;b\tc") << ';';
}

void TestCsvReader::detectDelimiter()
{
    QFETCH(QString, firstLines);
    QFETCH(char, delimiter);
    const QByteArray utf8 = firstLines.toUtf8();
    QCOMPARE(CsvReader::detectDelimiter(utf8), delimiter);
    QCOMPARE(CsvReader(utf8).delimiter(), delimiter);
}

void TestCsvReader::explicitDelimiter()
{
    // Given, it wins over detection: "a;b" is one field when the delimiter is a comma.
    const QString text = QStringLiteral("a;b;c\n1;2;3");
    char used = 0;
    QCOMPARE(readAll(text, ',', nullptr, &used), (Rows { row({ u"a;b;c" }), row({ u"1;2;3" }) }));
    QCOMPARE(used, ',');
}

void TestCsvReader::sepLine()
{
    const QString text = QStringLiteral("sep=;\r\nId;Name\r\n1;Smith, John\r\n");
    char used = 0;
    QCOMPARE(readAll(text, 0, nullptr, &used), (Rows { row({ u"Id", u"Name" }), row({ u"1", u"Smith, John" }) }));
    QCOMPARE(used, ';');

    const QByteArray utf8 = text.toUtf8();
    CsvReader reader(utf8);
    QVERIFY(reader.hadSepLine());
    QVector<CsvField> fields;
    QVERIFY(reader.readRow(fields));
    QCOMPARE(reader.rowLine(), 2); // the sep line is line 1

    // Any case, any delimiter, LF or CR after it.
    QCOMPARE(readAll(QStringLiteral("SEP=|\na|b")), Rows { row({ u"a", u"b" }) });
    QCOMPARE(readAll(QStringLiteral("sep=\t\ra\tb")), Rows { row({ u"a", u"b" }) });
    // Only a line of exactly "sep=X" is one.
    QCOMPARE(readAll(QStringLiteral("sep=;x,y\n1,2")), (Rows { row({ u"sep=;x", u"y" }), row({ u"1", u"2" }) }));
}

void TestCsvReader::positions()
{
    // Columns count UTF-16 code units, not bytes.
    const QByteArray text = QStringLiteral("h1,h2,h3\r\n1,\"x\ny\",z\r\n\r\n2,,\"w\"\"\"\r\nü😀,é").toUtf8();
    CsvReader reader(text);
    QVector<CsvField> fields;
    QStringList seen;
    while (reader.readRow(fields)) {
        for (const CsvField &field : fields)
            seen << QStringLiteral("%1:%2%3").arg(field.line).arg(reader.column(field)).arg(field.quoted ? u"q" : u"");
    }
    QCOMPARE(seen,
        (QStringList { QStringLiteral("1:1"), QStringLiteral("1:4"), QStringLiteral("1:7"), QStringLiteral("2:1"),
            QStringLiteral("2:3q"), QStringLiteral("3:4"), QStringLiteral("5:1"), QStringLiteral("5:3"),
            QStringLiteral("5:4q"), QStringLiteral("6:1"), QStringLiteral("6:5") }));
}

void TestCsvReader::rowLines()
{
    // Mixed line ends, a quoted CRLF and a blank line.
    const QByteArray text("Id,Name\r\n1,a\n2,\"b\r\nc\"\r3,d\r\n\n4,e");
    CsvReader reader(text);
    QVector<CsvField> fields;
    QList<qint64> lines;
    while (reader.readRow(fields))
        lines << reader.rowLine();
    QCOMPARE(lines, (QList<qint64> { 1, 2, 3, 5, 7 }));
    QVERIFY(!reader.hasError());
    QCOMPARE(reader.position(), text.size());
}

void TestCsvReader::unterminatedQuote_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("rowsBefore");

    const QString message = QStringLiteral("unterminated quoted field: the quote opened here is never closed");
    QTest::newRow("first field") << QStringLiteral("\"abc") << QStringLiteral("1:1: ") + message << 0;
    QTest::newRow("later line and column")
        << QStringLiteral("Id,Name\n1,Alice\n2,\"Bob,bob\n3,Carol\n") << QStringLiteral("3:3: ") + message << 2;
    QTest::newRow("after a quoted line break")
        << QStringLiteral("a,\"x\r\ny\"\r\nb,c,\"d\"\"") << QStringLiteral("3:5: ") + message << 1;
    QTest::newRow("column counts characters") << QStringLiteral("é😀,\"x") << QStringLiteral("1:5: ") + message << 0;
    QTest::newRow("escaped quote at the end") << QStringLiteral("\"a\"\"") << QStringLiteral("1:1: ") + message << 0;
}

void TestCsvReader::unterminatedQuote()
{
    QFETCH(QString, text);
    QFETCH(QString, error);
    QFETCH(int, rowsBefore);
    QString actual;
    QCOMPARE(readAll(text, 0, &actual).size(), rowsBefore);
    QCOMPARE(actual, error);
}

void TestCsvReader::viewsSurviveManyEscapedFields()
{
    // Every field needs its own buffer: the views must stay valid while later fields are added.
    QString text;
    QStringList expected;
    for (int i = 0; i < 200; ++i) {
        text += QStringLiteral("\"v%1\"\"x\",").arg(i);
        expected << QStringLiteral("v%1\"x").arg(i);
    }
    text.chop(1);
    QCOMPARE(readAll(text), Rows { expected });
}

QTEST_APPLESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
