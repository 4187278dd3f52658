#pragma once

#include "ReportData.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace hc {

// The compliance report (SPEC §6) as HTML in the subset QTextDocument lays out (tables, bgcolor, widths, page
// breaks; no CSS layout), so the same text is the HTML file, the PDF and the console's print preview. Nothing from
// the workspace reaches the markup except through text().
class ReportHtml
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportHtml)

public:
    [[nodiscard]] static QString render(const ReportData &data);

    // A value for the report: control and bidi-formatting characters shown as U+FFFD (so no value can reorder the
    // text after it), cut to `maxLength` code points with an ellipsis (a 10 000-character name cannot break the
    // layout), HTML-escaped, and isolated (U+2068 … U+2069) so right-to-left text stays inside its cell.
    static QString text(const QString &value, int maxLength = 60);

    // The rules applied, one line per rule, in plain words.
    static QStringList rules();

private:
    static QString document(const QString &title, const QString &body);
    static QString rollUpSummary(const ReportData &data);
    static QString section(const ReportData &data, const ReportSection &s, bool newPage);
    static QString titleBlock(const ReportData &data, const ReportSection &s, bool newPage);
    static QString capacityBlock(const ReportSection &s);
    static QString runtimeBlock(const ReportSection &s);
    static QString reconciliationBlock(const ReportSection &s);
    static QString exclusionBlock(const ReportSection &s);
    static QString historyBlock(const ReportSection &s);
    static QString domainBlock(const ReportSection &s);
    static QString qualityBlock(const ReportSection &s);
    static QString candidateBlock(const ReportData &data, const ReportSection &s);
    static QString rulesBlock(const ReportSection &s);
    static QString capacityStatement(const QString &capacity, qint64 used, std::optional<qint64> licensed);
};

} // namespace hc
