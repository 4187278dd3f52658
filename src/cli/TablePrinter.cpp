#include "TablePrinter.h"

#include <algorithm>

namespace hc {

namespace {

// Cells hold user data: a line break or tab would break the columns.
QString flatten(const QString &cell)
{
    QString s = cell;
    for (QChar &c : s) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return s;
}

QString stripTrailing(QString line)
{
    int end = int(line.size());
    while (end > 0 && line.at(end - 1) == u' ')
        --end;
    line.truncate(end);
    return line;
}

} // namespace

TablePrinter::TablePrinter(const QStringList &headers)
    : m_headers(headers)
    , m_align(headers.size(), Align::Left)
{
}

void TablePrinter::setAlignment(int column, Align align)
{
    if (column >= 0 && column < m_align.size())
        m_align[column] = align;
}

void TablePrinter::addRow(const QStringList &cells)
{
    QStringList row;
    row.reserve(m_headers.size());
    for (int i = 0; i < m_headers.size(); ++i)
        row << (i < cells.size() ? flatten(cells.at(i)) : QString());
    m_rows << row;
}

QString TablePrinter::toString() const
{
    const int columns = int(m_headers.size());
    QVector<qsizetype> width(columns, 0);
    for (int i = 0; i < columns; ++i) {
        width[i] = m_headers.at(i).size();
        for (const QStringList &row : m_rows)
            width[i] = std::max(width[i], row.at(i).size());
    }

    const auto format = [&](const QStringList &cells) -> QString {
        QString line;
        for (int i = 0; i < columns; ++i) {
            if (i > 0)
                line += QLatin1String("  ");
            line += m_align.at(i) == Align::Right ? cells.at(i).rightJustified(width[i])
                                                  : cells.at(i).leftJustified(width[i]);
        }
        return stripTrailing(line) + u'\n';
    };

    QString text = format(m_headers);
    QStringList rule;
    for (int i = 0; i < columns; ++i)
        rule << QString(width[i], u'-');
    text += format(rule);
    for (const QStringList &row : m_rows)
        text += format(row);
    return text;
}

} // namespace hc
