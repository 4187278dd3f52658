#pragma once

#include "ReportData.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace hc {

// A report written to a file, the same from the CLI (`report --output`) and the console (Export as PDF/HTML).
class ReportFile {
    Q_DECLARE_TR_FUNCTIONS(hc::ReportFile)

public:
    enum class Format { Pdf, Html };

    // From the file name's suffix (.pdf, .html, .htm); none for anything else.
    static std::optional<Format> formatOf(const QString &path);
    // The report's title, also the PDF's and its page footer.
    static QString title(const ReportData &data);
    // Writes the whole file or nothing (QSaveFile renames over the target only once all was written). Returns the
    // number of pages (0 for HTML).
    [[nodiscard]] static Result<int> write(const ReportData &data, const QString &path, Format format);
};

} // namespace hc
