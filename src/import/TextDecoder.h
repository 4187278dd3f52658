#pragma once

#include "Result.h"

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace hc {

struct DecodedText
{
    QString text;     // without the byte order mark
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    qsizetype bomSize = 0;
};

// Detects the encoding of an export (SPEC §3) and decodes it: a byte order mark decides UTF-8/UTF-16; without
// one, valid UTF-8 is UTF-8 and anything else is Windows-1252 (what Excel writes on Western Windows).
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(hc::TextDecoder)

public:
    static Result<DecodedText> decode(QByteArrayView bytes);

    // Windows-1252 by table: Qt 6.4 has no built-in converter for it and ICU is not in every Qt build.
    // The five bytes the code page leaves undefined map to the C1 controls of the same value, as ICU does.
    static QString decodeWindows1252(QByteArrayView bytes);
};

} // namespace hc
