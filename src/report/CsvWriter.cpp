#include "CsvWriter.h"

namespace hc {

bool CsvWriter::needsNeutralising(QStringView cell)
{
    if (cell.isEmpty())
        return false;
    switch (cell.front().unicode()) {
    case u'=':
    case u'+':
    case u'-':
    case u'@':
    case u'\t':
    case u'\r':
        return true;
    default:
        return false;
    }
}

QByteArray CsvWriter::field(QStringView cell)
{
    QString text = needsNeutralising(cell) ? u'\'' + cell.toString() : cell.toString();
    const bool quote = text.contains(u',') || text.contains(u'"') || text.contains(u'\r') || text.contains(u'\n');
    if (!quote)
        return text.toUtf8();
    text.replace(u'"', QStringLiteral("\"\""));
    return '"' + text.toUtf8() + '"';
}

QByteArray CsvWriter::line(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out += ',';
        out += field(cells.at(i));
    }
    out += "\r\n";
    return out;
}

} // namespace hc
