#include "TextDecoder.h"

#include <QStringDecoder>

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

Result<DecodedText> TextDecoder::decode(QByteArrayView bytes)
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

    const QByteArrayView body = bytes.sliced(bomSize);
    if (utf16 != QStringConverter::Utf8) {
        result.encoding = utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE") : QStringLiteral("UTF-16BE");
        if (body.size() % 2 != 0)
            return Result<DecodedText>::failure(
                tr("not valid %1 text: the file has an odd number of bytes").arg(result.encoding));
        QStringDecoder decoder(utf16, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        result.utf8 = QString(decoder.decode(body)).toUtf8();
        return result;
    }

    if (body.isValidUtf8()) {
        if (result.encoding.isEmpty())
            result.encoding = QStringLiteral("UTF-8");
        result.utf8 = QByteArray::fromRawData(body.data(), body.size());
        return result;
    }
    // Not valid UTF-8. A BOM said UTF-8, but the bytes disagree: trust the bytes.
    result.utf8 = decodeWindows1252(body).toUtf8();
    result.encoding = QStringLiteral("Windows-1252");
    return result;
}

} // namespace hc
