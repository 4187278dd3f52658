#pragma once

#include "Result.h"
#include "TextDecoder.h"
#include "UserRecord.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace hc {

enum class ExportFormat { Auto, Csv, Json };

// What kind of problem an ImportProblem is, for callers and tests (the message is for people, and translated).
enum class ImportError {
    Other,
    File, // cannot open or read the file
    Option, // a ReadOptions value is not usable (delimiter, column mapping)
    Encoding, // not valid text in the detected encoding (TextDecoder)
    Syntax, // not valid CSV or JSON, or a JSON document of another shape
    Empty, // no header row
    NotAUserExport, // no column gives a known field
    DuplicateColumn, // two columns (JSON: keys) give the same field
    DuplicateKey, // one JSON object holds the same key twice
    TooManyFields, // a row has more values than the header
    ShortRow, // a row has fewer fields than the header (a warning: the row is read)
    CutOff, // the last line has no line end and fewer fields than the header: the file looks cut off
    BadValue, // a value that its field cannot hold (boolean, date, type, NUL)
    DuplicateId, // a second record with the same non-empty Id
    Cancelled,
};

// A problem with an export, located in it.
struct ImportProblem {
    QString file; // the file's name, without its folder
    qint64 line = 0;
    qint64 column = 0;
    QString field; // the column as read, when the problem is one value
    QString message;
    ImportError code = ImportError::Other;
    // "FILE:LINE:COLUMN: FIELD: message"; the parts that are not known are left out.
    QString toString() const;
    static ImportProblem at(const QString &file, qint64 line, qint64 column, const QString &field,
        const QString &message, ImportError code = ImportError::Other)
    {
        return { file, line, column, field, message, code };
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
    // Rows read, but worth a look: a short row (its missing trailing fields read as empty), ImportError::ShortRow.
    // The first MaxWarnings are kept; warningCount counts them all.
    QVector<ImportProblem> warnings;
    qint64 warningCount = 0;
    static constexpr qsizetype MaxWarnings = 1000;
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
    // When set, a failed read also describes its problem here (code and location), besides the message. Not owned.
    ImportProblem *failure = nullptr;
};

// Receives the records of a streaming read in file order, a batch at a time, with the line each starts on.
// The vectors are reused for the next batch: copy what must outlive the call. Return false to stop (cancel).
using RecordBatchSink = std::function<bool(const QVector<UserRecord> &records, const QVector<qint64> &lines)>;

// Reads a runtime's user export (SPEC §3) into records: detects encoding and format, maps columns to fields and
// validates every value. No SQL: the caller hands the records to storage.
class ExportReader {
    Q_DECLARE_TR_FUNCTIONS(hc::ExportReader)

public:
    // The bytes of an export made ready for the readers (this one and GroupReader): decoded (JSON never as
    // Windows-1252), NUL padding after the last line dropped, and the format decided.
    struct Text {
        DecodedText decoded;
        QByteArray utf8; // decoded.utf8 without the NUL padding; may be a view of it (moving Text keeps it valid)
        ExportFormat format = ExportFormat::Csv;
    };
    static Result<Text> prepareText(const QByteArray &bytes, ExportFormat format, TextDecoder::Problem *problem);

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
