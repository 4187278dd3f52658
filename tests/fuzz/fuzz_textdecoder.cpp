// libFuzzer target: the encoding detector (TextDecoder, SPEC §3) on arbitrary bytes. A decode either fails with a
// located error, or gives text that is exactly the input for UTF-8 (no copy, and it round-trips), and Windows-1252
// only for bytes that hold no valid UTF-8 multi-byte sequence (checked against Qt's own validator).
#include "FuzzCheck.h"
#include "TextDecoder.h"

#include <cstdint>

using namespace hc;

namespace {

// The independent oracle: does some 2- to 4-byte window starting at a lead byte hold valid UTF-8?
bool hasValidMultiByte(QByteArrayView bytes)
{
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        if (static_cast<unsigned char>(bytes.at(i)) < 0xC2)
            continue;
        for (qsizetype length = 2; length <= 4 && i + length <= bytes.size(); ++length) {
            if (bytes.sliced(i, length).isValidUtf8())
                return true;
        }
    }
    return false;
}

void check(QByteArrayView bytes, TextDecoder::Fallback fallback)
{
    TextDecoder::Problem problem;
    const Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback, &problem);
    if (!decoded) {
        FUZZ_CHECK(!problem.message.isEmpty());
        if (problem.line == 0) { // the file as a whole: only an odd number of UTF-16 bytes
            FUZZ_CHECK(problem.column == 0 && decoded.error() == problem.message);
        } else {
            FUZZ_CHECK(problem.column >= 1);
            FUZZ_CHECK(problem.line <= bytes.count('\n') + bytes.count('\r') + 1);
            FUZZ_CHECK(decoded.error().startsWith(QStringLiteral("%1:%2: ").arg(problem.line).arg(problem.column)));
        }
        return;
    }
    FUZZ_CHECK(problem.line == 0);
    const QString &encoding = decoded->encoding;
    const bool bom = encoding == QLatin1String("UTF-8 (BOM)");
    if (encoding == QLatin1String("UTF-8") || bom) {
        QByteArrayView body = bytes;
        while (bom && body.startsWith("\xEF\xBB\xBF")) // every leading BOM is dropped, a repeated one too
            body = body.sliced(3);
        FUZZ_CHECK(bom == (body.size() < bytes.size()));
        FUZZ_CHECK(decoded->utf8.size() == body.size());
        FUZZ_CHECK(body.isEmpty() || decoded->utf8.constData() == body.data()); // no copy
        FUZZ_CHECK(body.isValidUtf8());
        FUZZ_CHECK(decoded->text().toUtf8() == decoded->utf8); // round trip
    } else if (encoding == QLatin1String("Windows-1252")) {
        FUZZ_CHECK(fallback == TextDecoder::Fallback::Windows1252);
        FUZZ_CHECK(!hasValidMultiByte(bytes) && !bytes.isValidUtf8());
        FUZZ_CHECK(decoded->text() == TextDecoder::decodeWindows1252(bytes));
    } else {
        FUZZ_CHECK(encoding == QLatin1String("UTF-16LE") || encoding == QLatin1String("UTF-16BE"));
        FUZZ_CHECK(decoded->utf8.isValidUtf8()); // a lone surrogate is refused, never made U+FFFD in silence
        FUZZ_CHECK(QString::fromUtf8(decoded->utf8).toUtf8() == decoded->utf8);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    check(bytes, TextDecoder::Fallback::Windows1252);
    check(bytes, TextDecoder::Fallback::None);

    // JSON's decode differs from CSV's only where CSV falls back to Windows-1252.
    const Result<DecodedText> csv = TextDecoder::decode(bytes);
    const Result<DecodedText> json = TextDecoder::decode(bytes, TextDecoder::Fallback::None);
    if (csv && csv->encoding != QLatin1String("Windows-1252"))
        FUZZ_CHECK(json && json->encoding == csv->encoding && json->utf8 == csv->utf8);
    if (!csv)
        FUZZ_CHECK(!json && json.error() == csv.error());
    return 0;
}
