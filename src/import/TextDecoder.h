#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringConverter>

namespace hc {

struct DecodedText {
    // The text as UTF-8 without a byte order mark. When the input was UTF-8 already this is no copy but a view of
    // the input's bytes (QByteArray::fromRawData): valid only while they are.
    QByteArray utf8;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QString text() const { return QString::fromUtf8(utf8); }
};

// Detects the encoding of an export (SPEC §3) and brings it to UTF-8, which the readers parse: a byte order mark
// decides UTF-8/UTF-16; without one, valid UTF-8 is UTF-8. Windows-1252 (what Excel writes on Western Windows) only
// when the bytes hold no valid UTF-8 multi-byte sequence at all: a file with a UTF-8 BOM or with UTF-8 text that also
// holds an invalid sequence is refused at that byte, never re-read, since re-reading would turn every accented
// character of it (an owned domain such as münchen.de) into other text in silence. UTF-8 input, the common case, is
// only validated, never copied.
class TextDecoder {
    Q_DECLARE_TR_FUNCTIONS(hc::TextDecoder)

public:
    // Windows1252 for CSV; None for JSON, which is always UTF-8 or UTF-16 (RFC 8259).
    enum class Fallback { Windows1252, None };

    // Where and why a decode failed.
    struct Problem {
        qint64 line = 0; // 1-based; 0 when the problem is the file as a whole (e.g. an odd UTF-16 size)
        qint64 column = 0; // 1-based, in UTF-16 code units from the start of the line, as the readers count
        QString message; // without the location
    };

    // On failure the error is "LINE:COLUMN: message" (or only the message when the file as a whole is wrong), so
    // that "FILE: " before it reads as the readers' locations do; `problem`, when given, gets the parts.
    static Result<DecodedText> decode(
        QByteArrayView bytes, Fallback fallback = Fallback::Windows1252, Problem *problem = nullptr);

    // Windows-1252 by table: Qt 6.4 has no built-in converter for it and ICU is not in every Qt build.
    // The five bytes the code page leaves undefined map to the C1 controls of the same value, as ICU does.
    static QString decodeWindows1252(QByteArrayView bytes);

private:
    static Result<DecodedText> decodeUtf16(
        QByteArrayView body, QStringConverter::Encoding encoding, DecodedText result, Problem *problem);
};

} // namespace hc
