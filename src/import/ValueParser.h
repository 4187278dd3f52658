#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>

namespace hc {

// The typed values of an export (SPEC §3): booleans and ISO 8601 dates. Hand-written rather than QDateTime /
// regular expressions because it runs for every cell of million-row files.
class ValueParser {
    Q_DECLARE_TR_FUNCTIONS(hc::ValueParser)

public:
    // true/false, 1/0, yes/no, y/n in any case, surrounding white space allowed; empty gives `emptyValue`.
    // Returns false (leaving *value alone) when the text is none of these.
    static bool parseBoolean(QStringView text, bool emptyValue, bool *value);

    // ISO 8601 date or date-time (`T` or space, optional seconds, fraction and zone) normalised to
    // "yyyy-MM-ddTHH:mm:ss", converted to UTC when a zone is given. Empty text and the platform's null date
    // 1900-01-01 (with any time) give an empty string, meaning "never"/"unknown". Returns false when not a date.
    static bool parseDate(QStringView text, QString *normalised);

    // Messages for a value that is not valid (without the field name, which the caller adds).
    static QString notBooleanMessage(QStringView text);
    static QString notDateMessage(QStringView text);

    // The value as shown in a message: 'text', shortened when long, line breaks made visible.
    static QString quoted(QStringView text);
};

} // namespace hc
