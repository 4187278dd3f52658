// The compliance report stays legible whatever the console's colours (issue 13): paper is white, so the report's
// text must be black even when the application palette is dark. Rendered to PDF by ReportPdf, rasterised by
// pdftoppm (poppler-utils), and the dark (text) pixels counted under a light and a dark application palette.
#include "ReportPdf.h"
#include "Theme.h"

#include <QApplication>
#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

class TestReportLegibility : public QObject {
    Q_OBJECT

private slots:
    void textIsBlackOnDarkPalette();

private:
    // Pixels darker than 80 (of 255) on the first page of `html` rendered with the current application palette.
    static int darkPixels(const QString &html, const QString &dir);
};

int TestReportLegibility::darkPixels(const QString &html, const QString &dir)
{
    const QString pdf = dir + QStringLiteral("/report.pdf");
    QFile out(pdf);
    if (!out.open(QIODevice::WriteOnly))
        return -1;
    const auto pages = ReportPdf::write(html, out, QStringLiteral("Legibility"));
    out.close();
    if (!pages)
        return -1;
    QProcess raster;
    raster.start(QStringLiteral("pdftoppm"),
        { QStringLiteral("-r"), QStringLiteral("100"), QStringLiteral("-png"), QStringLiteral("-singlefile"), pdf,
            dir + QStringLiteral("/page") });
    if (!raster.waitForFinished(60000) || raster.exitCode() != 0)
        return -1;
    const QImage image(dir + QStringLiteral("/page.png"));
    int dark = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            dark += image.pixelColor(x, y).lightness() < 80 ? 1 : 0;
    }
    return dark;
}

void TestReportLegibility::textIsBlackOnDarkPalette()
{
    if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
        QSKIP("pdftoppm (poppler-utils) is not installed");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString html = QStringLiteral("<h1>Licence compliance report</h1>");
    for (int i = 0; i < 30; ++i)
        html += QStringLiteral("<p>Internal users: 974 of 1,000 (97 %). External users: %1 of 5,000.</p>").arg(i);

    Theme::apply(Settings::Theme::Light);
    const int light = darkPixels(html, dir.path());
    Theme::apply(Settings::Theme::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    const int dark = darkPixels(html, dir.path());
    Theme::apply(Settings::Theme::System);

    QVERIFY2(light > 1500, qPrintable(QString::number(light)));
    // The same black text on white paper: within a few per cent, not the footer alone.
    QVERIFY2(dark > light * 0.95 && dark < light * 1.05,
        qPrintable(QStringLiteral("dark pixels: %1 with the light palette, %2 with the dark one").arg(light).arg(dark)));
}

QTEST_MAIN(TestReportLegibility)
#include "tst_reportlegibility.moc"
