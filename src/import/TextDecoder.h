#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace hc {

struct DecodedText {
    // The text as UTF-8 without a byte order mark. When the input was UTF-8 already this is no copy but a view of
    // the input's bytes (QByteArray::fromRawData): valid only while they are.
    QByteArray utf8;
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QString text() const { return QString::fromUtf8(utf8); }
};

// Detects the encoding of an export (SPEC §3) and brings it to UTF-8, which the readers parse: a byte order mark
// decides UTF-8/UTF-16; without one, valid UTF-8 is UTF-8 and anything else is Windows-1252 (what Excel writes on
// Western Windows). UTF-8 input, the common case, is only validated, never copied.
class TextDecoder {
    Q_DECLARE_TR_FUNCTIONS(hc::TextDecoder)

public:
    static Result<DecodedText> decode(QByteArrayView bytes);

    // Windows-1252 by table: Qt 6.4 has no built-in converter for it and ICU is not in every Qt build.
    // The five bytes the code page leaves undefined map to the C1 controls of the same value, as ICU does.
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace hc
