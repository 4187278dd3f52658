#include "ExportReader.h"

#include "CsvReader.h"
#include "FieldMapping.h"
#include "JsonReader.h"
#include "TextDecoder.h"
#include "ValueParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <cmath>

namespace hc {

namespace {

using Field = FieldMapping::Field;

ImportProblem problem(const QString &file, qint64 line, qint64 column, const QString &field, const QString &message)
{
    ImportProblem p;
    p.file = file;
    p.line = line;
    p.column = column;
    p.field = field;
    p.message = message;
    return p;
}

Result<ExportData> fail(const ImportProblem &p)
{
    return Result<ExportData>::failure(p.toString());
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

Result<ExportData> readCsv(const QString &text, const QString &file, const ReadOptions &options, ExportData data)
{
    data.format = ExportFormat::Csv;
    CsvReader reader(text, options.delimiter);
    data.delimiter = reader.delimiter();

    QVector<CsvField> fields;
    fields.reserve(64);
    if (!reader.readRow(fields)) {
        if (reader.hasError())
            return fail(problem(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
        return fail(problem(file, 0, 0, {}, ExportReader::tr("the file is empty")));
    }
    Result<FieldMapping> created = FieldMapping::create(options.columnMapping);
    if (!created)
        return fail(problem(file, 0, 0, {}, created.error()));
    FieldMapping mapping = std::move(created).value();
    for (const CsvField &header : fields) {
        const Result<Field> added = mapping.addColumn(header.text.toString());
        if (!added)
            return fail(problem(file, header.line, header.column, {}, added.error()));
    }
    if (!mapping.hasKnownField())
        return fail(problem(file, 0, 0, {}, mapping.notAUserExportMessage()));
    data.columns = mapping.columns();
    data.unknownColumns = mapping.unknownColumns();
    data.hadPassword = mapping.hasPassword();
    const QVector<Field> columnFields = mapping.fields();
    const qsizetype columnCount = columnFields.size();
    const qsizetype headerEnd = reader.position();

    qsizetype rows = 0;
    QString error;
    while (reader.readRow(fields)) {
        if (++rows == 100) {
            // Reserve for the whole file from the size of the first rows.
            const double perRow = double(reader.position() - headerEnd) / rows;
            const auto expected = qsizetype(double(text.size() - headerEnd) / perRow * 1.05) + 16;
            data.records.reserve(expected);
            data.recordLines.reserve(expected);
        }
        // A line of nothing but white space is no user.
        if (fields.size() == 1 && columnCount > 1 && !fields.constFirst().quoted
            && fields.constFirst().text.trimmed().isEmpty())
            continue;

        // More fields than the header is an error: there is no telling which column a value was meant for.
        // Fewer is fine: the missing fields are empty, as when Excel leaves out trailing empty cells.
        std::optional<ImportProblem> bad;
        if (fields.size() > columnCount) {
            const CsvField &extra = fields.at(columnCount);
            bad = problem(file, extra.line, extra.column, {},
                          ExportReader::tr("this row has %1 fields but the header has %2")
                              .arg(fields.size())
                              .arg(columnCount));
        } else {
            UserRecord &record = data.records.emplace_back();
            for (qsizetype i = 0; i < fields.size(); ++i) {
                const CsvField &field = fields.at(i);
                if (!setFromText(record, columnFields.at(i), field.text, &error)) {
                    bad = problem(file, field.line, field.column, data.columns.at(i), error);
                    data.records.removeLast();
                    break;
                }
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(*bad);
            data.skipped << *bad;
            continue;
        }
        data.recordLines << reader.rowLine();
    }
    if (reader.hasError())
        return fail(problem(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
    return data;
}

Result<ExportData> readJson(const QByteArray &utf8, const QString &file, const ReadOptions &options, ExportData data)
{
    data.format = ExportFormat::Json;
    data.delimiter = QChar();
    JsonReader reader;
    if (!reader.read(utf8)) {
        const JsonReader::Position at = reader.errorPosition();
        return fail(problem(file, at.line, at.column, {}, reader.errorMessage()));
    }
    Result<FieldMapping> created = FieldMapping::create(options.columnMapping);
    if (!created)
        return fail(problem(file, 0, 0, {}, created.error()));
    FieldMapping mapping = std::move(created).value();
    QHash<QString, Field> fieldOfKey;
    const auto addKey = [&](const QString &key, qsizetype index) -> std::optional<ImportProblem> {
        const Result<Field> added = mapping.addColumn(key);
        if (!added) {
            const JsonReader::Position at = reader.valuePosition(index, key);
            return problem(file, at.line, at.column, {}, added.error());
        }
        fieldOfKey.insert(key, *added);
        return std::nullopt;
    };

    const QJsonArray &records = reader.records();
    data.records.reserve(records.size());
    data.recordLines.reserve(records.size());
    bool columnsOrdered = false;
    QString error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const QJsonValue value = records.at(i);
        const JsonReader::Position at = reader.recordPosition(i);
        std::optional<ImportProblem> bad;
        if (!value.isObject()) {
            bad = problem(file, at.line, at.column, {}, ExportReader::tr("this record is not an object"));
        } else {
            const QJsonObject object = value.toObject();
            if (!columnsOrdered) {
                // Columns in the document order of the first record; later records may add more.
                columnsOrdered = true;
                for (const QString &key : reader.keysInOrder(i)) {
                    if (const auto problem = addKey(key, i))
                        return fail(*problem);
                }
            }
            UserRecord &record = data.records.emplace_back();
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QString key = it.key();
                auto known = fieldOfKey.constFind(key);
                if (known == fieldOfKey.cend()) {
                    if (const auto problem = addKey(key, i))
                        return fail(*problem);
                    known = fieldOfKey.constFind(key);
                }
                if (!setFromJson(record, *known, it.value(), &error)) {
                    const JsonReader::Position valueAt = reader.valuePosition(i, key);
                    bad = problem(file, valueAt.line, valueAt.column, key, error);
                    data.records.removeLast();
                    break;
                }
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(*bad);
            data.skipped << *bad;
            continue;
        }
        data.recordLines << at.line;
    }
    if (!records.isEmpty() && !mapping.hasKnownField())
        return fail(problem(file, 0, 0, {}, mapping.notAUserExportMessage()));
    data.columns = mapping.columns();
    data.unknownColumns = mapping.unknownColumns();
    data.hadPassword = mapping.hasPassword();
    return data;
}

} // namespace

QString ImportProblem::toString() const
{
    QString location = file;
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString text = location.isEmpty() ? QString() : location + QLatin1String(": ");
    if (!field.isEmpty())
        text += field + QLatin1String(": ");
    return text + message;
}

Result<ExportData> ExportReader::readFile(const QString &path, const ReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(problem(name, 0, 0, {}, tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(problem(name, 0, 0, {}, tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString())));
    return readBytes(bytes, name, options);
}

Result<ExportData> ExportReader::readBytes(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    Result<DecodedText> decoded = TextDecoder::decode(bytes);
    if (!decoded)
        return fail(problem(fileName, 0, 0, {}, decoded.error()));
    ExportData data;
    data.encoding = decoded->encoding;

    ExportFormat format = options.format;
    if (format == ExportFormat::Auto) {
        format = ExportFormat::Csv;
        for (const QChar c : qAsConst(decoded->text)) {
            if (c.isSpace())
                continue;
            if (c == u'[' || c == u'{')
                format = ExportFormat::Json;
            break;
        }
    }
    if (format == ExportFormat::Csv)
        return readCsv(decoded->text, fileName, options, std::move(data));

    // QJsonDocument reads UTF-8: the bytes themselves when they are UTF-8 already.
    const bool utf8 = decoded->encoding.startsWith(QLatin1String("UTF-8"));
    const QByteArray json = utf8 ? QByteArray::fromRawData(bytes.constData() + decoded->bomSize,
                                                           bytes.size() - decoded->bomSize)
                                 : decoded->text.toUtf8();
    decoded->text.clear();
    return readJson(json, fileName, options, std::move(data));
}

} // namespace hc
