#pragma once

#include "Result.h"
#include "UserRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace hc {

enum class ExportFormat { Auto, Csv, Json };

// A problem with an export, located in it.
struct ImportProblem {
    QString file; // the file's name, without its folder
    qint64 line = 0;
    qint64 column = 0;
    QString field; // the column as read, when the problem is one value
    QString message;
    // "FILE:LINE:COLUMN: FIELD: message"; the parts that are not known are left out.
    QString toString() const;
    static ImportProblem at(const QString &file, qint64 line, qint64 column, const QString &field, const QString &message)
    {
        return { file, line, column, field, message };
    }
};

struct ExportData {
    QVector<UserRecord> records;
    QVector<qint64> recordLines; // 1-based source line where each record starts
    QStringList columns; // header as read (JSON: keys in order of first appearance)
    QStringList unknownColumns; // ignored columns, reported to the user
    bool hadPassword = false; // a Password column was present; its values were never kept
    QString encoding; // "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252"
    QChar delimiter; // CSV only
    ExportFormat format = ExportFormat::Csv;
    QVector<ImportProblem> skipped; // rows skipped because skipBadRows was set
    qint64 recordCount = 0; // records read (also when they were handed to a sink instead of kept here)
};

struct ReadOptions {
    ExportFormat format = ExportFormat::Auto;
    bool skipBadRows = false;
    QChar delimiter; // CSV: null = detect
    // Column as read -> field name ("Email", "Is_Active", … or an alias) chosen by the user, or empty to ignore
    // the column. Columns not listed are mapped by name (SPEC §3).
    QHash<QString, QString> columnMapping;
    int batchSize = 10000; // streaming reads: records per batch
};

// Receives the records of a streaming read in file order, a batch at a time, with the line each starts on.
// The vectors are reused for the next batch: copy what must outlive the call. Return false to stop (cancel).
using RecordBatchSink = std::function<bool(const QVector<UserRecord> &records, const QVector<qint64> &lines)>;

// Reads a runtime's user export (SPEC §3) into records: detects encoding and format, maps columns to fields and
// validates every value. No SQL: the caller hands the records to storage.
class ExportReader {
    Q_DECLARE_TR_FUNCTIONS(hc::ExportReader)

public:
    // Auto: JSON when the first non-blank character is '[' or '{', else CSV.
    static Result<ExportData> readFile(const QString &path, const ReadOptions &options = {});
    static Result<ExportData> readBytes(
        const QByteArray &bytes, const QString &fileName, const ReadOptions &options = {});

    // Streaming: the records go to `sink` in batches instead of into ExportData::records, so that a large export
    // never has to be held whole (and memory is reused batch after batch). A failure can come after some batches
    // were delivered: the caller keeps its own all-or-nothing (one transaction). A sink returning false ends the
    // read with the failure "FILE: cancelled".
    static Result<ExportData> readFile(const QString &path, const ReadOptions &options, const RecordBatchSink &sink);
    static Result<ExportData> readBytes(
        const QByteArray &bytes, const QString &fileName, const ReadOptions &options, const RecordBatchSink &sink);
};

} // namespace hc
