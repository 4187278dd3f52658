#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class QIODevice;
class QPagedPaintDevice;

namespace hc {

// Paints report HTML page by page with a footer "Page N of M" (QTextDocument::print has no page numbers). Needs a
// QGuiApplication (fonts).
class ReportPdf
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportPdf)

public:
    // Onto any paged device: a QPdfWriter here, a QPrinter for the console's print and print preview. Returns the
    // number of pages.
    [[nodiscard]] static Result<int> paint(const QString &html, QPagedPaintDevice &device, const QString &footer);
    // A4 PDF into `out` (a QSaveFile, so a failed report leaves no half-written file). Returns the number of pages.
    [[nodiscard]] static Result<int> write(const QString &html, QIODevice &out, const QString &title);
};

} // namespace hc
