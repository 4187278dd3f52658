#pragma once

#include "ExportReader.h"
#include "ImportWizardPreview.h"
#include "ImportWorker.h"
#include "Rules.h"
#include "Workspace.h"

#include <QString>

#include <optional>

namespace hc {

// What the import wizard's pages decide, page after page; each page reads what the earlier ones wrote.
struct ImportWizardPlan {
    // Where (from the session when the wizard opens).
    QString workspacePath;
    qint64 infraId = 0;
    QString infraName;
    LicenceModel model = LicenceModel::InternalExternal;

    // File & runtime.
    QString filePath;
    QString runtimeName;
    bool newRuntime = false;

    // Format & mapping.
    std::optional<ImportWizardPreview> preview;
    ReadOptions options; // format, delimiter (null: detect) and column mapping as chosen

    // How the whole file is read: as previewed (format and delimiter pinned to what the preview found).
    ReadOptions readOptions() const
    {
        ReadOptions read = options;
        if (preview) {
            read.format = preview->format;
            read.delimiter = preview->format == ExportFormat::Csv ? preview->delimiter : QChar();
        }
        read.skipBadRows = skipBadRows;
        return read;
    }

    // Validation.
    bool validated = false;
    qint64 validRecords = 0;
    QVector<ImportProblem> problems;
    bool skipBadRows = false;
    ImportMode mode = ImportMode::Replace;

    // Import.
    std::optional<ImportOutcome> outcome;
    // Where the import keeps the records for undo (from the session; empty: not undoable).
    QString beforeSnapshot;
    QString afterSnapshot;
};

} // namespace hc
