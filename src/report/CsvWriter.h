#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace hc {

// CSV as Headcount writes it: RFC 4180 (comma, CRLF, a field quoted when it holds a comma, quote, CR or LF, quotes
// doubled), UTF-8 without BOM, and formula-safe (SPEC §7): a cell starting with = + - @, tab or CR gets a leading
// apostrophe, so a spreadsheet shows it as text instead of running it (OWASP "CSV injection"). A phone number such
// as "+351 21 000" therefore reads "'+351 21 000" in the file: the price of never executing a cell.
class CsvWriter
{
public:
    static bool needsNeutralising(QStringView cell);
    // One field, neutralised and quoted as needed.
    static QByteArray field(QStringView cell);
    // One record: the fields joined by commas, ending with CRLF.
    static QByteArray line(const QStringList &cells);
};

} // namespace hc
