#include "ImportWizardPreview.h"

#include "CsvReader.h"
#include "JsonReader.h"
#include "TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <cmath>

namespace hc {

namespace {

// JSON records whose keys make the preview's columns: enough to meet the optional fields, cheap on a large file.
constexpr qsizetype JsonKeyScanRecords = 1000;

// Cuts the head of a large file after its last line end, so no character or row is cut in two. UTF-16 (by its
// byte order mark) is cut at a code unit boundary.
QByteArray cutAtLineEnd(const QByteArray &bytes)
{
    const auto at = [&bytes](qsizetype i) { return static_cast<unsigned char>(bytes.at(i)); };
    const bool le = bytes.startsWith("\xFF\xFE");
    if (le || bytes.startsWith("\xFE\xFF")) {
        for (qsizetype i = (bytes.size() - 2) & ~qsizetype(1); i >= 2; i -= 2) {
            const unsigned char low = le ? at(i) : at(i + 1);
            const unsigned char high = le ? at(i + 1) : at(i);
            if (high == 0 && (low == '\n' || low == '\r'))
                return bytes.left(i + 2);
        }
        return bytes;
    }
    const qsizetype end = qMax(bytes.lastIndexOf('\n'), bytes.lastIndexOf('\r'));
    return end >= 0 ? bytes.left(end + 1) : bytes;
}

bool startsLikeJson(QByteArrayView utf8)
{
    for (const char c : utf8) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{';
    }
    return false;
}

// A JSON value as the preview shows it: what the reader would take as text.
QString cellText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

// One JSON value on one line (QJsonDocument only wraps arrays and objects).
QByteArray compactJson(const QJsonValue &value)
{
    QByteArray json = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return json.mid(1, json.size() - 2);
}

} // namespace

QString ImportWizardPreview::binaryKind(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(4096);
    if (head.startsWith("PK\x03\x04"))
        return tr("a ZIP archive (an Excel .xlsx workbook is one)");
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return tr("an old Office document (.xls)");
    if (head.startsWith("%PDF"))
        return tr("a PDF document");
    if (head.startsWith("SQLite format 3"))
        return tr("an SQLite database");
    if (head.startsWith("\x1F\x8B"))
        return tr("a gzip-compressed file");
    // UTF-16 text (with its BOM) holds NUL bytes; any other file that does is not text.
    const bool utf16 = head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF");
    if (!utf16 && head.contains('\0'))
        return tr("a binary file");
    return {};
}

Result<ImportWizardPreview> ImportWizardPreview::analyze(const QString &path, QChar delimiter, int maxRows)
{
    using R = Result<ImportWizardPreview>;
    ImportWizardPreview p;
    p.fileName = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    p.fileSize = file.size();
    bool whole = p.fileSize <= WholeFileLimit;
    QByteArray bytes = file.read(whole ? p.fileSize : HeadBytes);
    if (file.error() != QFileDevice::NoError)
        return R::failure(tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    if (bytes.isEmpty())
        return R::failure(tr("%1: the file is empty").arg(p.fileName));
    if (!whole)
        bytes = cutAtLineEnd(bytes);
    if (const QString kind = binaryKind(bytes); !kind.isEmpty()) {
        // Said in one line: decoded as text, a binary file would show as pages of mojibake.
        return R::failure(tr("%1 is not a user export but %2. Export the runtime's user table as CSV or JSON and "
                             "import that file.").arg(p.fileName, kind));
    }

    Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return R::failure(QStringLiteral("%1: %2").arg(p.fileName, decoded.error()));
    if (startsLikeJson(decoded->utf8) && !whole) {
        // JSON cannot be cut: a large JSON export is read whole.
        file.seek(0);
        bytes = file.readAll();
        whole = true;
        decoded = TextDecoder::decode(bytes);
        if (!decoded)
            return R::failure(QStringLiteral("%1: %2").arg(p.fileName, decoded.error()));
    }
    p.encoding = decoded->encoding;
    // A deep copy: for UTF-8 input the decoded text is a view of `bytes`.
    const QByteArray utf8(decoded->utf8.constData(), decoded->utf8.size());

    if (startsLikeJson(utf8)) {
        p.format = ExportFormat::Json;
        JsonReader reader;
        if (!reader.read(utf8)) {
            const JsonReader::Position at = reader.errorPosition();
            QString location = p.fileName;
            if (at.line > 0)
                location += QStringLiteral(":%1:%2").arg(at.line).arg(at.column);
            return R::failure(QStringLiteral("%1: %2").arg(location, reader.errorMessage()));
        }
        const QJsonArray &records = reader.records();
        QSet<QString> seen;
        for (qsizetype i = 0; i < records.size() && i < JsonKeyScanRecords; ++i) {
            if (!records.at(i).isObject())
                continue;
            for (const QString &key : reader.keysInOrder(i)) {
                if (!seen.contains(key)) {
                    seen.insert(key);
                    p.columns << key;
                }
            }
        }
        QByteArray sample("[\n");
        for (qsizetype i = 0; i < records.size() && i < maxRows; ++i) {
            const QJsonValue value = records.at(i);
            const QJsonObject object = value.toObject();
            QStringList cells;
            for (const QString &column : std::as_const(p.columns))
                cells << cellText(object.value(column));
            p.rows << cells;
            p.rowLines << reader.recordPosition(i).line;
            if (i > 0)
                sample += ",\n";
            sample += compactJson(value);
        }
        sample += "\n]\n";
        p.sample = sample;
        p.estimatedRecords = records.size();
        p.exactCount = true;
        return p;
    }

    p.format = ExportFormat::Csv;
    if (delimiter.unicode() >= 0x80)
        return R::failure(tr("The delimiter must be one ASCII character."));
    CsvReader reader(utf8, char(delimiter.unicode()));
    p.delimiter = QLatin1Char(reader.delimiter());
    p.hadSepLine = reader.hadSepLine();
    QVector<CsvField> fields;
    if (!reader.readRow(fields)) {
        if (reader.hasError())
            return R::failure(QStringLiteral("%1:%2:%3: %4")
                                  .arg(p.fileName)
                                  .arg(reader.errorLine())
                                  .arg(reader.errorColumn())
                                  .arg(reader.errorMessage()));
        return R::failure(tr("%1: the file is empty").arg(p.fileName));
    }
    p.headerLine = reader.rowLine();
    for (const CsvField &field : std::as_const(fields))
        p.columns << QString::fromUtf8(field.text);
    const qsizetype headerEnd = reader.position();
    qsizetype sampleEnd = headerEnd;
    qsizetype rowsEnd = headerEnd;
    qint64 rowsRead = 0;
    while (reader.readRow(fields)) {
        // A line of nothing but white space is no user (as the reader has it).
        if (fields.size() == 1 && p.columns.size() > 1 && !fields.constFirst().quoted
            && fields.constFirst().text.trimmed().isEmpty())
            continue;
        ++rowsRead;
        rowsEnd = reader.position();
        if (p.rows.size() < maxRows) {
            QStringList cells;
            for (const CsvField &field : std::as_const(fields))
                cells << QString::fromUtf8(field.text);
            p.rows << cells;
            p.rowLines << reader.rowLine();
            sampleEnd = reader.position();
        }
    }
    // A reading error is left to the validation pass, which reports it with its line and column; in a head it
    // is usually the cut through a quoted line break.
    p.sample = utf8.left(sampleEnd);
    if (whole) {
        p.estimatedRecords = rowsRead;
        p.exactCount = !reader.hasError();
    } else if (rowsRead > 0) {
        // The average row of the head, scaled from its decoded size to the file's.
        const double bytesPerRow = double(rowsEnd - headerEnd) / double(rowsRead);
        const double decodedFileSize = double(p.fileSize) * double(utf8.size()) / double(bytes.size());
        p.estimatedRecords = qMax<qint64>(rowsRead, qint64(std::llround((decodedFileSize - headerEnd) / bytesPerRow)));
    }
    return p;
}

int ImportWizardPreview::rowOfProblemLine(qint64 line) const
{
    if (format == ExportFormat::Json) {
        const qint64 row = line - 2; // the sample has "[" on line 1, then one record per line
        return row >= 0 && row < rows.size() ? int(row) : -1;
    }
    return int(rowLines.indexOf(line));
}

} // namespace hc
