#include "ExportReader.h"

#include "CsvReader.h"
#include "FieldMapping.h"
#include "JsonReader.h"
#include "MessageText.h"
#include "TextDecoder.h"
#include "ValueParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <optional>

#include <cmath>
#include <cstring>

namespace hc {

namespace {

using Field = FieldMapping::Field;

Result<ExportData> fail(const ReadOptions &options, const ImportProblem &p)
{
    if (options.failure)
        *options.failure = p;
    return Result<ExportData>::failure(p.toString());
}

// Where finished records go: kept in ExportData, or handed to a sink a batch at a time.
class RecordOutput {
public:
    RecordOutput(ExportData &data, const RecordBatchSink *sink, int batchSize)
        : m_data(data)
        , m_sink(sink && *sink ? sink : nullptr)
        , m_batchSize(qMax(1, batchSize))
    {
        if (m_sink)
            reserve(m_batchSize);
    }

    void reserve(qsizetype expected)
    {
        if (m_sink)
            expected = qMin<qsizetype>(expected, m_batchSize);
        m_data.records.reserve(expected);
        m_data.recordLines.reserve(expected);
    }
    UserRecord &add() { return m_data.records.emplace_back(); }
    void discard() { m_data.records.removeLast(); }
    // False when the sink asked to stop.
    bool commit(qint64 line)
    {
        m_data.recordLines << line;
        ++m_data.recordCount;
        return m_data.records.size() < m_batchSize || flush();
    }
    bool flush()
    {
        if (!m_sink || m_data.records.isEmpty())
            return true;
        const bool more = (*m_sink)(m_data.records, m_data.recordLines);
        m_data.records.clear(); // keeps the capacity: the next batch reuses it
        m_data.recordLines.clear();
        return more;
    }

private:
    ExportData &m_data;
    const RecordBatchSink *m_sink;
    qsizetype m_batchSize;
};

// A NUL is no character of any export: a damaged file, or UTF-16 without a byte order mark read as bytes.
QString nulMessage()
{
    return ExportReader::tr("the value holds a NUL byte: the file may be damaged");
}

Result<ExportData> cancelled(const ReadOptions &options, const QString &file)
{
    return fail(options, ImportProblem::at(file, 0, 0, {}, ExportReader::tr("cancelled"), ImportError::Cancelled));
}

QString *textField(UserRecord &record, Field field)
{
    switch (field) {
    case Field::Id:
        return &record.sourceId;
    case Field::Name:
        return &record.name;
    case Field::Username:
        return &record.username;
    case Field::Email:
        return &record.email;
    case Field::MobilePhone:
        return &record.phone;
    case Field::ExternalId:
        return &record.externalId;
    case Field::TenantId:
        return &record.tenant;
    default:
        return nullptr;
    }
}

// Sets one field from its text; text fields are kept exactly as read. False with a message on a bad value.
bool setFromText(UserRecord &record, Field field, QStringView text, QString *error)
{
    switch (field) {
    case Field::Ignored:
    case Field::Password: // never kept, not even looked at
        return true;
    case Field::IsActive:
        if (ValueParser::parseBoolean(text, true, &record.active))
            return true;
        *error = ValueParser::notBooleanMessage(text);
        return false;
    case Field::IsItUser:
        if (ValueParser::parseBoolean(text, false, &record.itUser))
            return true;
        *error = ValueParser::notBooleanMessage(text);
        return false;
    case Field::CreationDate:
    case Field::LastLogin:
        if (ValueParser::parseDate(text, field == Field::LastLogin ? &record.lastLogin : &record.creationDate))
            return true;
        *error = ValueParser::notDateMessage(text);
        return false;
    default:
        *textField(record, field) = text.toString();
        return true;
    }
}

// Typed values (booleans, dates) are short and ASCII when valid: widened on the stack instead of allocated.
class Widened {
public:
    QStringView operator()(QByteArrayView utf8)
    {
        if (utf8.size() <= Capacity) {
            bool ascii = true;
            for (qsizetype i = 0; i < utf8.size() && ascii; ++i) {
                const auto b = static_cast<unsigned char>(utf8[i]);
                ascii = b < 0x80;
                m_buffer[i] = b;
            }
            if (ascii)
                return QStringView(m_buffer, utf8.size());
        }
        m_fallback = QString::fromUtf8(utf8);
        return m_fallback;
    }

private:
    static constexpr qsizetype Capacity = 64;
    char16_t m_buffer[Capacity];
    QString m_fallback;
};

// The CSV side: text fields are decoded straight into the record.
bool setFromUtf8(UserRecord &record, Field field, QByteArrayView utf8, Widened &widen, QString *error)
{
    if (QString *text = textField(record, field)) {
        *text = QString::fromUtf8(utf8);
        return true;
    }
    if (field == Field::Ignored || field == Field::Password)
        return true;
    return setFromText(record, field, widen(utf8), error);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// JSON values may be strings, numbers, booleans or null: numbers and booleans become text where a text field
// wants one; null is the empty value.
bool setFromJson(UserRecord &record, Field field, const QJsonValue &value, QString *error)
{
    if (field == Field::Ignored || field == Field::Password)
        return true;
    QString *text = textField(record, field);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return setFromText(record, field, {}, error);
    case QJsonValue::String:
        if (value.toString().contains(QChar(0))) {
            *error = nulMessage();
            return false;
        }
        if (text) {
            *text = value.toString();
            return true;
        }
        return setFromText(record, field, value.toString(), error);
    case QJsonValue::Bool:
        if (field == Field::IsActive)
            record.active = value.toBool();
        else if (field == Field::IsItUser)
            record.itUser = value.toBool();
        else if (text)
            *text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            return setFromText(record, field, value.toBool() ? u"true" : u"false", error);
        return true;
    case QJsonValue::Double:
        if (text) {
            *text = numberText(value.toDouble());
            return true;
        }
        return setFromText(record, field, numberText(value.toDouble()), error);
    case QJsonValue::Array:
        *error = ExportReader::tr("expected a string, number, boolean or null, not an array");
        return false;
    case QJsonValue::Object:
        *error = ExportReader::tr("expected a string, number, boolean or null, not an object");
        return false;
    }
    return true;
}

Result<ExportData> readCsv(
    QByteArrayView utf8, const QString &file, const ReadOptions &options, ExportData data, const RecordBatchSink *sink)
{
    data.format = ExportFormat::Csv;
    if (options.delimiter.unicode() >= 0x80)
        return fail(options, ImportProblem::at(file, 0, 0, {}, ExportReader::tr("the delimiter must be one ASCII character")));
    CsvReader reader(utf8, char(options.delimiter.unicode()));
    data.delimiter = QLatin1Char(reader.delimiter());

    QVector<CsvField> fields;
    fields.reserve(64);
    if (!reader.readRow(fields)) {
        if (reader.hasError())
            return fail(options, ImportProblem::at(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
        return fail(options, ImportProblem::at(file, 0, 0, {}, ExportReader::tr("the file is empty")));
    }
    Result<FieldMapping> created = FieldMapping::create(options.columnMapping);
    if (!created)
        return fail(options, ImportProblem::at(file, 0, 0, {}, created.error()));
    FieldMapping mapping = std::move(created).value();
    for (const CsvField &header : fields) {
        const Result<Field> added = mapping.addColumn(QString::fromUtf8(header.text));
        if (!added)
            return fail(options, ImportProblem::at(file, header.line, reader.column(header), {}, added.error()));
    }
    if (!mapping.hasKnownField())
        return fail(options, ImportProblem::at(file, 0, 0, {}, mapping.notAUserExportMessage()));
    data.columns = mapping.columns();
    data.unknownColumns = mapping.unknownColumns();
    data.hadPassword = mapping.hasPassword();
    const QVector<Field> columnFields = mapping.fields();
    const qsizetype columnCount = columnFields.size();
    const qsizetype headerEnd = reader.position();
    const bool hasNul = std::memchr(utf8.data(), 0, size_t(utf8.size())) != nullptr;

    RecordOutput output(data, sink, options.batchSize);
    qsizetype rows = 0;
    Widened widen;
    QString error;
    while (reader.readRow(fields)) {
        if (++rows == 100) {
            // Reserve for the whole file from the size of the first rows.
            const double perRow = double(reader.position() - headerEnd) / rows;
            const auto expected = qsizetype(double(utf8.size() - headerEnd) / perRow * 1.05) + 16;
            output.reserve(expected);
        }
        // A line of nothing but white space is no user.
        if (fields.size() == 1 && columnCount > 1 && !fields.constFirst().quoted
            && fields.constFirst().text.trimmed().isEmpty())
            continue;

        // More values than the header is an error: there is no telling which column a value was meant for. Empty
        // fields past the header hold no value (Excel writes them once a cell to the right was touched), and fewer
        // fields are fine: the missing ones are empty, as when Excel leaves out trailing empty cells.
        std::optional<ImportProblem> bad;
        qsizetype used = fields.size();
        if (used > columnCount) {
            used = columnCount;
            for (qsizetype i = columnCount; i < fields.size() && !bad; ++i) {
                const CsvField &extra = fields.at(i);
                if (!extra.text.isEmpty()) {
                    bad = ImportProblem::at(file, extra.line, reader.column(extra), {},
                        ExportReader::tr("this row has %1 fields but the header has %2")
                            .arg(fields.size())
                            .arg(columnCount));
                }
            }
        }
        if (!bad) {
            UserRecord &record = output.add();
            for (qsizetype i = 0; i < used; ++i) {
                const CsvField &field = fields.at(i);
                // Looked for only when the file holds a NUL at all (one memchr over the file).
                if (hasNul && field.text.contains('\0') && columnFields.at(i) != Field::Ignored
                    && columnFields.at(i) != Field::Password) {
                    error = nulMessage();
                } else if (setFromUtf8(record, columnFields.at(i), field.text, widen, &error)) {
                    continue;
                }
                bad = ImportProblem::at(file, field.line, reader.column(field), data.columns.at(i), error);
                output.discard();
                break;
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(options, *bad);
            data.skipped << *bad;
            continue;
        }
        if (!output.commit(reader.rowLine()))
            return cancelled(options, file);
    }
    if (reader.hasError())
        return fail(options, ImportProblem::at(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
    if (!output.flush())
        return cancelled(options, file);
    return data;
}

Result<ExportData> readJson(const QByteArray &utf8, const QString &file, const ReadOptions &options, ExportData data,
    const RecordBatchSink *sink)
{
    data.format = ExportFormat::Json;
    data.delimiter = QChar();
    JsonReader reader;
    if (!reader.read(utf8)) {
        const JsonReader::Position at = reader.errorPosition();
        return fail(options, ImportProblem::at(file, at.line, at.column, {}, reader.errorMessage()));
    }
    Result<FieldMapping> created = FieldMapping::create(options.columnMapping);
    if (!created)
        return fail(options, ImportProblem::at(file, 0, 0, {}, created.error()));
    FieldMapping mapping = std::move(created).value();
    QHash<QString, Field> fieldOfKey;
    const auto addKey = [&](const QString &key, qsizetype index) -> std::optional<ImportProblem> {
        const Result<Field> added = mapping.addColumn(key);
        if (!added) {
            const JsonReader::Position at = reader.valuePosition(index, key);
            return ImportProblem::at(file, at.line, at.column, {}, added.error());
        }
        fieldOfKey.insert(key, *added);
        return std::nullopt;
    };

    const QJsonArray &records = reader.records();
    RecordOutput output(data, sink, options.batchSize);
    output.reserve(records.size());
    bool columnsOrdered = false;
    QString error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue value = records.at(i);
        const JsonReader::Position at = reader.recordPosition(i);
        std::optional<ImportProblem> bad;
        if (!value.isObject()) {
            bad = ImportProblem::at(file, at.line, at.column, {}, ExportReader::tr("this record is not an object"));
        } else {
            const QJsonObject object = value.toObject();
            if (!columnsOrdered) {
                // Columns in the document order of the first record; later records may add more.
                columnsOrdered = true;
                for (const QString &key : reader.keysInOrder(i)) {
                    if (const auto problem = addKey(key, i))
                        return fail(options, *problem);
                }
            }
            UserRecord &record = output.add();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString key = it.key();
                auto known = fieldOfKey.constFind(key);
                if (known == fieldOfKey.cend()) {
                    if (const auto problem = addKey(key, i))
                        return fail(options, *problem);
                    known = fieldOfKey.constFind(key);
                }
                if (!setFromJson(record, *known, it.value(), &error)) {
                    const JsonReader::Position valueAt = reader.valuePosition(i, key);
                    bad = ImportProblem::at(file, valueAt.line, valueAt.column, key, error);
                    output.discard();
                    break;
                }
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(options, *bad);
            data.skipped << *bad;
            continue;
        }
        if (!output.commit(at.line))
            return cancelled(options, file);
    }
    if (!records.isEmpty() && !mapping.hasKnownField())
        return fail(options, ImportProblem::at(file, 0, 0, {}, mapping.notAUserExportMessage()));
    data.columns = mapping.columns();
    data.unknownColumns = mapping.unknownColumns();
    data.hadPassword = mapping.hasPassword();
    if (!output.flush())
        return cancelled(options, file);
    return data;
}

Result<ExportData> readBytesWith(
    const QByteArray &bytes, const QString &fileName, const ReadOptions &options, const RecordBatchSink *sink)
{
    TextDecoder::Problem problem;
    Result<ExportReader::Text> text = ExportReader::prepareText(bytes, options.format, &problem);
    if (!text)
        return fail(options,
            ImportProblem::at(fileName, problem.line, problem.column, {}, problem.message, ImportError::Encoding));
    ExportData data;
    data.encoding = text->decoded.encoding;
    if (text->format == ExportFormat::Csv)
        return readCsv(text->utf8, fileName, options, std::move(data), sink);
    return readJson(text->utf8, fileName, options, std::move(data), sink);
}

Result<ExportData> readFileWith(const QString &path, const ReadOptions &options, const RecordBatchSink *sink)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(options, ImportProblem::at(name, 0, 0, {},
            ExportReader::tr("cannot open %1: %2").arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString())));
    // Mapped rather than read: no copy, and the page cache serves it (copying a 40 MB export into fresh memory
    // costs more than parsing it). Falls back to reading where mapping is not possible (empty file, pipe).
    if (const qint64 size = file.size(); size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            Result<ExportData> result = readBytesWith(
                QByteArray::fromRawData(reinterpret_cast<const char *>(mapped), size), name, options, sink);
            file.unmap(mapped);
            return result;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(options, ImportProblem::at(name, 0, 0, {},
            ExportReader::tr("cannot read %1: %2").arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString())));
    return readBytesWith(bytes, name, options, sink);
}
} // namespace

Result<ExportReader::Text> ExportReader::prepareText(
    const QByteArray &bytes, ExportFormat format, TextDecoder::Problem *problem)
{
    // JSON is UTF-8 or UTF-16 only; whether a file is JSON can be told before decoding, as '[' and '{' are ASCII.
    const auto fallback
        = format == ExportFormat::Json ? TextDecoder::Fallback::None : TextDecoder::Fallback::Windows1252;
    Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback, problem);
    if (!decoded)
        return Result<Text>::failure(decoded.error());
    Text text;
    text.decoded = std::move(decoded).value();
    // NUL padding after the last line (a file written into a pre-allocated block, or cut short by a crash) is no
    // data; NULs anywhere else are reported where they are.
    const QByteArray &all = text.decoded.utf8;
    qsizetype end = all.size();
    while (end > 0 && all.at(end - 1) == '\0')
        --end;
    // A view when shortened, and read through const only: a non-const access would detach, copying a mapped file.
    text.utf8 = end < all.size() ? QByteArray::fromRawData(all.constData(), end) : all;

    text.format = format;
    if (format == ExportFormat::Auto) {
        text.format = ExportFormat::Csv;
        for (const char c : std::as_const(text.utf8)) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c == '[' || c == '{')
                text.format = ExportFormat::Json;
            break;
        }
        if (text.format == ExportFormat::Json && text.decoded.encoding == QLatin1String("Windows-1252"))
            return prepareText(bytes, ExportFormat::Json, problem); // refused, at the first byte above 0x7F
    }
    return text;
}

QString ImportProblem::toString() const
{
    QString location = MessageText::escaped(file);
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString text = location.isEmpty() ? QString() : location + QLatin1String(": ");
    if (!field.isEmpty())
        text += MessageText::shown(field) + QLatin1String(": ");
    return text + message;
}

Result<ExportData> ExportReader::readFile(const QString &path, const ReadOptions &options)
{
    return readFileWith(path, options, nullptr);
}

Result<ExportData> ExportReader::readBytes(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    return readBytesWith(bytes, fileName, options, nullptr);
}

Result<ExportData> ExportReader::readFile(const QString &path, const ReadOptions &options, const RecordBatchSink &sink)
{
    return readFileWith(path, options, &sink);
}

Result<ExportData> ExportReader::readBytes(
    const QByteArray &bytes, const QString &fileName, const ReadOptions &options, const RecordBatchSink &sink)
{
    return readBytesWith(bytes, fileName, options, &sink);
}

} // namespace hc
