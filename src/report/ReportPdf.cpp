#include "ReportPdf.h"

#include "ReportBuilder.h"

#include <QAbstractTextDocumentLayout>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPalette>
#include <QPdfWriter>
#include <QTextDocument>

namespace hc {

Result<int> ReportPdf::paint(const QString &html, QPagedPaintDevice &device, const QString &footer)
{
    using R = Result<int>;
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return R::failure(tr("Laying out a PDF needs a QGuiApplication."));
    QElapsedTimer timer;
    timer.start();
    QTextDocument doc;
    // Sizes in points become device pixels through the device's resolution, so the layout is the same at any DPI.
    doc.documentLayout()->setPaintDevice(&device);
    QFont font = doc.defaultFont();
    font.setPointSizeF(9);
    doc.setDefaultFont(font);
    QTextOption option = doc.defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere); // an unbroken value wraps instead of widening
    doc.setDefaultTextOption(option);
    doc.setHtml(html);

    const QSizeF page(device.width(), device.height()); // the paintable area, inside the margins
    const QFontMetricsF metrics(font, &device);
    const qreal footerHeight = metrics.height() * 2.5;
    const QSizeF body(page.width(), page.height() - footerHeight);
    doc.setPageSize(body);
    const int pages = doc.pageCount();
    qCDebug(lcReport) << "layout of" << pages << "pages" << timer.restart() << "ms";

    QPainter painter;
    if (!painter.begin(&device))
        return R::failure(tr("Cannot start painting the report."));
    painter.setFont(font);
    painter.setPen(Qt::black);
    QPalette paperPalette;
    paperPalette.setColor(QPalette::Text, Qt::black);
    paperPalette.setColor(QPalette::Base, Qt::white);
    paperPalette.setColor(QPalette::Link, QColor(0x1d, 0x5f, 0xb4));
    paperPalette.setColor(QPalette::LinkVisited, QColor(0x1d, 0x5f, 0xb4));
    const QString footerText = metrics.elidedText(footer, Qt::ElideRight, body.width() * 0.7);
    for (int i = 0; i < pages; ++i) {
        if (i > 0 && !device.newPage())
            return R::failure(tr("Cannot start page %1 of the report.").arg(i + 1));
        painter.save();
        painter.translate(0, -i * body.height());
        // drawContents() would paint with the application's palette: light text on white paper under a dark
        // theme. Paper is white, so the report's text is black whatever the screen's colours.
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = paperPalette;
        context.clip = QRectF(QPointF(0, i * body.height()), body);
        painter.setClipRect(context.clip);
        doc.documentLayout()->draw(&painter, context);
        painter.restore();
        const QRectF footerRect(0, body.height() + metrics.height(), body.width(), metrics.height() * 1.5);
        painter.drawText(footerRect, Qt::AlignLeft | Qt::AlignVCenter, footerText);
        painter.drawText(footerRect, Qt::AlignRight | Qt::AlignVCenter, tr("Page %1 of %2").arg(i + 1).arg(pages));
    }
    if (!painter.end())
        return R::failure(tr("Cannot finish painting the report."));
    qCDebug(lcReport) << "painting" << timer.restart() << "ms";
    return pages;
}

Result<int> ReportPdf::write(const QString &html, QIODevice &out, const QString &title)
{
    QPdfWriter writer(&out);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Headcount " HEADCOUNT_VERSION));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
    return paint(html, writer, title);
}

} // namespace hc
