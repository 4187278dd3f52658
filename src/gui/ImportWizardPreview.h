#pragma once

#include "ExportReader.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

// What the import wizard shows of an export before reading it whole: its format, encoding, delimiter, header,
// first rows as raw text and an estimate of its size. Reads only the head of a large CSV file.
class ImportWizardPreview {
    Q_DECLARE_TR_FUNCTIONS(hc::ImportWizardPreview)

public:
    static constexpr int DefaultRows = 50;
    // CSV files up to this size are read whole, so the record count is exact; larger ones only by their head.
    static constexpr qint64 WholeFileLimit = 4 * 1024 * 1024;
    static constexpr qint64 HeadBytes = 1024 * 1024;

    // What a file that is not text is ("a ZIP archive…"), from its first bytes; empty for text.
    static QString binaryKind(const QByteArray &bytes);
    // `delimiter` null: detect. Fails with a message naming the file (and line:column) when it cannot be read.
    static Result<ImportWizardPreview> analyze(const QString &path, QChar delimiter = {}, int maxRows = DefaultRows);

    QString fileName;
    qint64 fileSize = 0;
    ExportFormat format = ExportFormat::Csv;
    QString encoding; // of the part read: a large file's head can be UTF-8 while a later byte is not
    QChar delimiter; // CSV only
    bool hadSepLine = false; // Excel's "sep=;" first line
    qint64 headerLine = 0; // CSV: the line of the header row
    QStringList columns; // as read (JSON: keys in order of first appearance)
    QVector<QStringList> rows; // first rows, one text per column
    QVector<qint64> rowLines; // CSV: the line each row starts on; JSON: 0
    qint64 estimatedRecords = 0;
    bool exactCount = false;
    // The previewed rows as UTF-8 the reader accepts, to re-read them with another column mapping cheaply.
    // JSON: one record per line from line 2 on, so a problem's line tells its row.
    QByteArray sample;

    // The preview row a problem reported on `sample` is about, or -1.
    int rowOfProblemLine(qint64 line) const;
};

} // namespace hc
