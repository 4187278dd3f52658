#include "TextDecoder.h"


namespace hc {

namespace {

// Windows-1252 bytes 0x80–0x9F; every other byte is the Latin-1 code point of the same value.
constexpr char16_t windows1252High[32] = {
    0x20AC,
    0x0081,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0x008D,
    0x017D,
    0x008F,
    0x0090,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0x009D,
    0x017E,
    0x0178,
};

} // namespace

QString TextDecoder::decodeWindows1252(QByteArrayView bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    QChar *out = text.data();
    for (const char byte : bytes) {
        const auto b = static_cast<unsigned char>(byte);
        *out++ = QChar(b >= 0x80 && b < 0xA0 ? windows1252High[b - 0x80] : char16_t(b));
    }
    return text;
}

namespace {

// Length of the well-formed UTF-8 sequence at `p` (Unicode table 3-7: no overlong forms, no surrogates, nothing above
// U+10FFFF), or 0 when the bytes there are none.
int utf8SequenceLength(const unsigned char *p, qsizetype available)
{
    const unsigned char lead = p[0];
    if (lead < 0x80)
        return 1;
    int length = 0;
    unsigned char low = 0x80, high = 0xBF; // the range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        low = lead == 0xE0 ? 0xA0 : 0x80;
        high = lead == 0xED ? 0x9F : 0xBF;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        low = lead == 0xF0 ? 0x90 : 0x80;
        high = lead == 0xF4 ? 0x8F : 0xBF;
    } else {
        return 0;
    }
    if (available < length || p[1] < low || p[1] > high)
        return 0;
    for (int i = 2; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

struct Utf8Scan {
    qsizetype firstInvalid = -1;
    bool hasMultiByte = false; // at least one valid sequence of two bytes or more
};

// Run only once the fast check has found the bytes invalid, so it may take its time.
Utf8Scan scanUtf8(QByteArrayView bytes)
{
    Utf8Scan scan;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n && (scan.firstInvalid < 0 || !scan.hasMultiByte);) {
        const int length = utf8SequenceLength(p + i, n - i);
        if (length == 0) {
            if (scan.firstInvalid < 0)
                scan.firstInvalid = i;
            ++i;
            continue;
        }
        scan.hasMultiByte = scan.hasMultiByte || length > 1;
        i += length;
    }
    return scan;
}

// Line and column (in UTF-16 code units) of a byte offset of text that is valid UTF-8 up to there. CR, LF and CRLF
// end a line, as in the readers.
void locate(QByteArrayView bytes, qsizetype offset, TextDecoder::Problem &problem)
{
    problem.line = 1;
    problem.column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const auto b = static_cast<unsigned char>(bytes.at(i));
        if (b == '\n' || (b == '\r' && (i + 1 >= bytes.size() || bytes.at(i + 1) != '\n'))) {
            ++problem.line;
            problem.column = 1;
        } else if ((b & 0xC0) != 0x80 && b != '\r') {
            problem.column += b >= 0xF0 ? 2 : 1;
        }
    }
}

// Offset in UTF-16 code units of the first unpaired surrogate, or -1.
qsizetype firstLoneSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return i;
    }
    return -1;
}

Result<DecodedText> refuse(TextDecoder::Problem located, TextDecoder::Problem *problem)
{
    const QString error = located.line > 0
        ? QStringLiteral("%1:%2: %3").arg(located.line).arg(located.column).arg(located.message)
        : located.message;
    if (problem)
        *problem = std::move(located);
    return Result<DecodedText>::failure(error);
}

// "0xFC", "0xD800": how a byte or a code unit is shown in a message.
QString hex(uint value, int digits)
{
    return QLatin1String("0x") + QString::number(value, 16).toUpper().rightJustified(digits, u'0');
}

} // namespace

Result<DecodedText> TextDecoder::decode(QByteArrayView bytes, Fallback fallback, Problem *problem)
{
    DecodedText result;
    const auto byteAt = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    const qsizetype size = bytes.size();

    qsizetype bomSize = 0;
    QStringConverter::Encoding utf16 = QStringConverter::Utf8; // Utf8: not UTF-16
    if (size >= 3 && byteAt(0) == 0xEF && byteAt(1) == 0xBB && byteAt(2) == 0xBF) {
        result.encoding = QStringLiteral("UTF-8 (BOM)");
        bomSize = 3;
    } else if (size >= 2 && byteAt(0) == 0xFF && byteAt(1) == 0xFE) {
        utf16 = QStringConverter::Utf16LE;
        bomSize = 2;
    } else if (size >= 2 && byteAt(0) == 0xFE && byteAt(1) == 0xFF) {
        utf16 = QStringConverter::Utf16BE;
        bomSize = 2;
    } else if (size >= 2 && (byteAt(0) == 0) != (byteAt(1) == 0)) {
        // No BOM but a NUL in the first character: UTF-16 (text of an export never starts with U+0000).
        utf16 = byteAt(1) == 0 ? QStringConverter::Utf16LE : QStringConverter::Utf16BE;
    }

    // A BOM repeated (a tool that prepends one to text that has one) would hide in the first column's name.
    if (bomSize > 0) {
        const QByteArrayView mark = bytes.first(bomSize);
        while (bytes.sliced(bomSize).startsWith(mark))
            bomSize += mark.size();
    }
    const QByteArrayView body = bytes.sliced(bomSize);
    if (utf16 != QStringConverter::Utf8) {
        result.encoding = utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        return decodeUtf16(body, utf16, std::move(result), problem);
    }

    if (body.isValidUtf8()) {
        if (result.encoding.isEmpty())
            result.encoding = QStringLiteral("UTF-8");
        result.utf8 = QByteArray::fromRawData(body.data(), body.size());
        return result;
    }
    const Utf8Scan scan = scanUtf8(body);
    if (bomSize == 0 && !scan.hasMultiByte && fallback == Fallback::Windows1252) {
        result.utf8 = decodeWindows1252(body).toUtf8();
        result.encoding = QStringLiteral("Windows-1252");
        return result;
    }
    Problem located;
    locate(body, scan.firstInvalid, located);
    const QString byte = hex(static_cast<unsigned char>(body.at(scan.firstInvalid)), 2);
    if (bomSize > 0)
        located.message = tr("not valid UTF-8: the byte %1 here is no UTF-8 character, though the file starts with a "
                             "UTF-8 byte order mark (a damaged file, or text of another encoding pasted in)")
                              .arg(byte);
    else if (scan.hasMultiByte)
        located.message = tr("not valid UTF-8: the byte %1 here is no UTF-8 character, though the file holds UTF-8 "
                             "text elsewhere (a damaged file, or text of another encoding pasted in)")
                              .arg(byte);
    else
        located.message = tr("not valid UTF-8: the byte %1 here is no UTF-8 character (a JSON export is UTF-8 or "
                             "UTF-16)")
                              .arg(byte);
    return refuse(std::move(located), problem);
}

Result<DecodedText> TextDecoder::decodeUtf16(
    QByteArrayView body, QStringConverter::Encoding encoding, DecodedText result, Problem *problem)
{
    if (body.size() % 2 != 0)
        return refuse({ 0, 0, tr("not valid %1 text: the file has an odd number of bytes").arg(result.encoding) },
            problem);
    // By hand rather than with QStringDecoder, which would turn an unpaired surrogate into U+FFFD in silence.
    const bool little = encoding == QStringConverter::Utf16LE;
    const auto *p = reinterpret_cast<const unsigned char *>(body.data());
    QString text(body.size() / 2, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < text.size(); ++i, p += 2)
        out[i] = little ? char16_t(p[0] | p[1] << 8) : char16_t(p[0] << 8 | p[1]);
    if (const qsizetype at = firstLoneSurrogate(text); at >= 0) {
        Problem located;
        const QByteArray before = text.left(at).toUtf8();
        locate(before, before.size(), located);
        located.message = tr("not valid %1 text: the lone surrogate %2 here is no character")
                              .arg(result.encoding, hex(text.at(at).unicode(), 4));
        return refuse(std::move(located), problem);
    }
    result.utf8 = text.toUtf8();
    return result;
}

} // namespace hc
