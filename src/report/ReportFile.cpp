#include "ReportFile.h"

#include "ReportHtml.h"
#include "ReportPdf.h"

#include <QFileInfo>
#include <QSaveFile>

namespace hc {

std::optional<ReportFile::Format> ReportFile::formatOf(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"pdf")
        return Format::Pdf;
    if (suffix == u"html" || suffix == u"htm")
        return Format::Html;
    return std::nullopt;
}

QString ReportFile::title(const ReportData &data)
{
    if (data.rollUp || data.sections.isEmpty())
        return tr("Licence compliance roll-up");
    return tr("Licence compliance report: %1").arg(data.sections.first().infrastructure.name);
}

Result<int> ReportFile::write(const ReportData &data, const QString &path, Format format)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Result<int>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    const QString html = ReportHtml::render(data);
    int pages = 0;
    if (format == Format::Pdf) {
        const auto painted = ReportPdf::write(html, file, title(data));
        if (!painted) {
            file.cancelWriting();
            return Result<int>::failure(painted.error());
        }
        pages = *painted;
    } else if (file.write(html.toUtf8()) < 0) {
        file.cancelWriting();
        return Result<int>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    }
    if (!file.commit())
        return Result<int>::failure(tr("cannot write %1: %2").arg(path, file.errorString()));
    return pages;
}

} // namespace hc
