// TextDecoder: which encoding an export is read in, and which files are refused rather than re-read as
// Windows-1252 (SPEC §3). Columns count UTF-16 code units from the start of the line, as the readers do.
#include "ExportReader.h"
#include "GroupReader.h"
#include "TextDecoder.h"

#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(hc::TextDecoder::Fallback)

namespace {

const QByteArray bom("\xEF\xBB\xBF");

QByteArray utf16le(const QString &text)
{
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text) {
        bytes += char(c.unicode() & 0xFF);
        bytes += char(c.unicode() >> 8);
    }
    return bytes;
}

} // namespace

class TestTextDecoder : public QObject {
    Q_OBJECT

private slots:
    void accepted_data();
    void accepted();
    void refused_data();
    void refused();
    void refusedMessages_data();
    void refusedMessages();
    void utf8IsNotCopied();
    void exportReaderNamesFileLineColumn_data();
    void exportReaderNamesFileLineColumn();
    void groupReaderNamesFileLineColumn();
};

void TestTextDecoder::accepted_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextDecoder::Fallback>("fallback");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("encoding");

    const auto csv = TextDecoder::Fallback::Windows1252;
    const auto json = TextDecoder::Fallback::None;
    QTest::newRow("ASCII") << QByteArray("Id,Name\n1,Ana") << csv << QStringLiteral("Id,Name\n1,Ana")
                           << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8, two-byte") << QByteArray("Jos\xC3\xA9") << csv << QStringLiteral("José")
                                     << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8, four-byte") << QByteArray("\xF0\x9F\x98\x80") << csv << QStringLiteral("😀")
                                      << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8, U+10FFFF") << QByteArray("\xF4\x8F\xBF\xBF") << csv
                                     << QString::fromUcs4(U"\U0010FFFF", 1) << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8, U+FFFF") << QByteArray("\xEF\xBF\xBF") << csv << QString(QChar(0xFFFF))
                                   << QStringLiteral("UTF-8");
    QTest::newRow("UTF-8 BOM") << bom + QByteArray("M\xC3\xBCller") << csv << QStringLiteral("Müller")
                               << QStringLiteral("UTF-8 (BOM)");
    // A tool that prepends a BOM to text that has one already: the second would hide in the first column's name.
    QTest::newRow("UTF-8, two BOMs") << bom + bom + QByteArray("Id") << csv << QStringLiteral("Id")
                                     << QStringLiteral("UTF-8 (BOM)");
    QTest::newRow("UTF-16LE, two BOMs") << utf16le(QString(QChar(0xFEFF)) + QStringLiteral("Id")) << csv
                                        << QStringLiteral("Id") << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-8 for JSON") << QByteArray("[\"\xC3\xA9\"]") << json << QStringLiteral("[\"é\"]")
                                    << QStringLiteral("UTF-8");
    QTest::newRow("UTF-16LE for JSON") << utf16le(QStringLiteral("[\"é\"]")) << json << QStringLiteral("[\"é\"]")
                                       << QStringLiteral("UTF-16LE");
    QTest::newRow("UTF-16LE, surrogate pair") << utf16le(QStringLiteral("a😀b")) << csv << QStringLiteral("a😀b")
                                              << QStringLiteral("UTF-16LE");
    // High bytes and not one valid multi-byte sequence: what Excel writes on Western Windows.
    QTest::newRow("Windows-1252") << QByteArray("M\xFCller \x80") << csv << QStringLiteral("Müller €")
                                  << QStringLiteral("Windows-1252");
    QTest::newRow("Windows-1252, cut UTF-8 lead byte")
        << QByteArray("ab\xC3") << csv << QStringLiteral("abÃ") << QStringLiteral("Windows-1252");
    QTest::newRow("Windows-1252, an overlong form is no UTF-8")
        << QByteArray("\xC0\xAF") << csv << QStringLiteral("À¯") << QStringLiteral("Windows-1252");
    QTest::newRow("Windows-1252, a surrogate form is no UTF-8")
        << QByteArray("\xED\xA0\x80") << csv << QStringLiteral("í\u00A0€") << QStringLiteral("Windows-1252");
}

void TestTextDecoder::accepted()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextDecoder::Fallback, fallback);
    QFETCH(QString, text);
    QFETCH(QString, encoding);
    TextDecoder::Problem problem;
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback, &problem);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error()));
    QCOMPARE(decoded->text(), text);
    QCOMPARE(decoded->utf8, text.toUtf8()); // the bytes the readers parse: text() would hide a leading U+FEFF
    QCOMPARE(decoded->encoding, encoding);
    QCOMPARE(problem.line, 0);
}

void TestTextDecoder::refused_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextDecoder::Fallback>("fallback");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    const auto csv = TextDecoder::Fallback::Windows1252;
    const auto json = TextDecoder::Fallback::None;
    // A BOM says UTF-8: one Windows-1252 byte is a damaged file, not a reason to re-read the rest.
    QTest::newRow("BOM, Windows-1252 byte") << bom + QByteArray("Id,Name\r\n1,M\xFCller\r\n") << csv << qint64(2)
                                            << qint64(4);
    QTest::newRow("BOM, invalid first byte") << bom + QByteArray("\xFF") << csv << qint64(1) << qint64(1);
    // Valid UTF-8 before or after the invalid byte: an accented owned domain must not turn into mojibake.
    QTest::newRow("valid before") << QByteArray("Email\nana@m\xC3\xBCnchen.de\nb\xFC@acme.de\n") << csv << qint64(3)
                                  << qint64(2);
    QTest::newRow("valid after") << QByteArray("M\xFCller\nJos\xC3\xA9") << csv << qint64(1) << qint64(2);
    QTest::newRow("column counts characters")
        << QByteArray("J\xC3\xBCrgen \xF0\x9F\x98\x80 \xFC") << csv << qint64(1) << qint64(11);
    QTest::newRow("CR and CRLF line ends") << QByteArray("a\rb\r\n\xC3\xA9\xFC") << csv << qint64(3) << qint64(2);
    QTest::newRow("overlong two-byte") << QByteArray("\xC3\xA9,\xC0\xAF") << csv << qint64(1) << qint64(3);
    QTest::newRow("overlong three-byte") << QByteArray("\xC3\xA9,\xE0\x80\xAF") << csv << qint64(1) << qint64(3);
    QTest::newRow("overlong four-byte") << QByteArray("\xC3\xA9,\xF0\x80\x80\xAF") << csv << qint64(1)
                                        << qint64(3);
    QTest::newRow("surrogate U+D800") << QByteArray("\xC3\xA9,\xED\xA0\x80") << csv << qint64(1) << qint64(3);
    QTest::newRow("surrogate U+DFFF") << QByteArray("\xC3\xA9,\xED\xBF\xBF") << csv << qint64(1) << qint64(3);
    QTest::newRow("above U+10FFFF") << QByteArray("\xC3\xA9,\xF4\x90\x80\x80") << csv << qint64(1) << qint64(3);
    QTest::newRow("lead byte F5") << QByteArray("\xC3\xA9,\xF5\x80\x80\x80") << csv << qint64(1) << qint64(3);
    QTest::newRow("lone continuation byte") << QByteArray("\xC3\xA9,\x80") << csv << qint64(1) << qint64(3);
    QTest::newRow("sequence cut by ASCII") << QByteArray("\xC3\xA9,\xE2\x82x") << csv << qint64(1) << qint64(3);
    QTest::newRow("sequence cut at the end") << QByteArray("\xC3\xA9\n\xE2\x82") << csv << qint64(2) << qint64(1);
    // JSON is always UTF-8 or UTF-16 (RFC 8259): no Windows-1252 guess at all.
    QTest::newRow("JSON, Windows-1252 byte") << QByteArray("[{\"Name\": \"M\xFC\"}]") << json << qint64(1)
                                             << qint64(13);
    QTest::newRow("UTF-16LE, lone high surrogate")
        << utf16le(QStringLiteral("ab\nc") + QChar(0xD800) + u'd') << csv << qint64(2) << qint64(2);
    QTest::newRow("UTF-16LE, lone low surrogate at the end")
        << utf16le(QStringLiteral("a") + QChar(0xDC00)) << csv << qint64(1) << qint64(2);
}

void TestTextDecoder::refused()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextDecoder::Fallback, fallback);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    TextDecoder::Problem problem;
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback, &problem);
    QVERIFY2(!decoded.ok(), qPrintable(decoded->encoding + u' ' + decoded->text()));
    QCOMPARE(problem.line, line);
    QCOMPARE(problem.column, column);
    QVERIFY(!problem.message.isEmpty());
    // Callers that do not ask for the problem get the location in the message, as FILE:LINE:COLUMN wants it.
    QCOMPARE(decoded.error(), QStringLiteral("%1:%2: %3").arg(line).arg(column).arg(problem.message));
}

void TestTextDecoder::refusedMessages_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<TextDecoder::Fallback>("fallback");
    QTest::addColumn<QString>("error");

    const auto csv = TextDecoder::Fallback::Windows1252;
    QTest::newRow("BOM") << bom + QByteArray("a\xFC") << csv
                         << QStringLiteral("1:2: not valid UTF-8: the byte 0xFC here is no UTF-8 character, though the "
                                           "file starts with a UTF-8 byte order mark (a damaged file, or text of "
                                           "another encoding pasted in)");
    QTest::newRow("UTF-8 elsewhere") << QByteArray("\xC3\xA9\xFC") << csv
                                     << QStringLiteral("1:2: not valid UTF-8: the byte 0xFC here is no UTF-8 "
                                                       "character, though the file holds UTF-8 text elsewhere (a "
                                                       "damaged file, or text of another encoding pasted in)");
    QTest::newRow("JSON") << QByteArray("[\"\xFC\"]") << TextDecoder::Fallback::None
                          << QStringLiteral("1:3: not valid UTF-8: the byte 0xFC here is no UTF-8 character (a JSON "
                                            "export is UTF-8 or UTF-16)");
    QTest::newRow("UTF-16") << utf16le(QString(QChar(0xD800))) << csv
                            << QStringLiteral("1:1: not valid UTF-16LE text: the lone surrogate 0xD800 here is no "
                                              "character");
    QTest::newRow("odd UTF-16") << QByteArray("\xFF\xFE\x41", 3) << csv
                                << QStringLiteral("not valid UTF-16LE text: the file has an odd number of bytes");
}

void TestTextDecoder::refusedMessages()
{
    QFETCH(QByteArray, bytes);
    QFETCH(TextDecoder::Fallback, fallback);
    QFETCH(QString, error);
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback);
    QVERIFY(!decoded.ok());
    QCOMPARE(decoded.error(), error);
}

void TestTextDecoder::utf8IsNotCopied()
{
    const QByteArray plain("Name\nJos\xC3\xA9\n");
    const Result<DecodedText> decoded = TextDecoder::decode(plain);
    QVERIFY(decoded.ok());
    QCOMPARE(decoded->utf8.constData(), plain.constData());
    const QByteArray withBom = bom + plain;
    const Result<DecodedText> fromBom = TextDecoder::decode(withBom);
    QVERIFY(fromBom.ok());
    QCOMPARE(fromBom->utf8.constData(), withBom.constData() + 3);
    QCOMPARE(fromBom->utf8, plain);
}

void TestTextDecoder::exportReaderNamesFileLineColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format");
    QTest::addColumn<qint64>("line");
    QTest::addColumn<qint64>("column");

    QTest::newRow("CSV with BOM") << bom + QByteArray("Id,Email\r\n1,ana@m\xC3\xBCnchen.de\r\n2,b\xFC@acme.de\r\n")
                                  << int(ExportFormat::Auto) << qint64(3) << qint64(4);
    QTest::newRow("CSV without BOM") << QByteArray("Id,Email\n1,ana@m\xC3\xBCnchen.de\n2,b\xFC@acme.de\n")
                                     << int(ExportFormat::Csv) << qint64(3) << qint64(4);
    QTest::newRow("JSON, detected") << QByteArray("[\n  {\"Id\": 1, \"Name\": \"M\xFCller\"}\n]\n")
                                    << int(ExportFormat::Auto) << qint64(2) << qint64(23);
    QTest::newRow("JSON, chosen") << QByteArray(" {\"u\": [{\"Name\": \"\xFC\"}]}") << int(ExportFormat::Json)
                                  << qint64(1) << qint64(19);
}

void TestTextDecoder::exportReaderNamesFileLineColumn()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    QFETCH(qint64, line);
    QFETCH(qint64, column);
    ImportProblem failure;
    ReadOptions options;
    options.format = ExportFormat(format);
    options.failure = &failure;
    const Result<ExportData> result = ExportReader::readBytes(bytes, QStringLiteral("users.csv"), options);
    QVERIFY2(!result.ok(), qPrintable(result->encoding));
    QCOMPARE(failure.code, ImportError::Encoding);
    QCOMPARE(failure.file, QStringLiteral("users.csv"));
    QCOMPARE(failure.line, line);
    QCOMPARE(failure.column, column);
    QCOMPARE(result.error(), failure.toString());
    QVERIFY2(result.error().startsWith(QStringLiteral("users.csv:%1:%2: not valid UTF-8: ").arg(line).arg(column)),
        qPrintable(result.error()));

    // Skipping bad rows does not make an unreadable file readable.
    options.skipBadRows = true;
    QVERIFY(!ExportReader::readBytes(bytes, QStringLiteral("users.csv"), options).ok());
}

void TestTextDecoder::groupReaderNamesFileLineColumn()
{
    const Result<GroupData> result
        = GroupReader::readBytes(bom + QByteArray("Group,Username\nSales,j\xFC\n"), QStringLiteral("groups.csv"));
    QVERIFY(!result.ok());
    QVERIFY2(
        result.error().startsWith(QStringLiteral("groups.csv:2:8: not valid UTF-8: ")), qPrintable(result.error()));
}

QTEST_APPLESS_MAIN(TestTextDecoder)
#include "tst_textdecoder.moc"
