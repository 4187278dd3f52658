#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

// Aligned plain-text tables for the CLI's human output: a header, a dashed rule, then the rows.
class TablePrinter {
public:
    enum class Align { Left, Right };

    explicit TablePrinter(const QStringList &headers);
    void setAlignment(int column, Align align);
    void addRow(const QStringList &cells);
    int rowCount() const { return int(m_rows.size()); }

    // Columns separated by two spaces, trailing blanks removed, each line ending with a newline.
    QString toString() const;

private:
    QStringList m_headers;
    QVector<Align> m_align;
    QVector<QStringList> m_rows;
};

} // namespace hc
