#include "GroupReader.h"

#include "CsvReader.h"
#include "JsonReader.h"
#include "MessageText.h"
#include "TextDecoder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>
#include <QSet>

#include <array>
#include <cmath>
#include <optional>

namespace hc {

namespace {

using Column = GroupReader::Column;

Result<GroupData> fail(const ImportProblem &p)
{
    return Result<GroupData>::failure(p.toString());
}

// The columns of a group export in order, with the rule that each kind is given by one column only.
class GroupColumns {
public:
    // Fails when the kind was already given by an earlier column.
    Result<Column> add(const QString &name)
    {
        const Column kind = GroupReader::columnFor(name);
        if (kind != Column::Ignored) {
            const qsizetype earlier = m_columnOf[int(kind)];
            if (earlier >= 0) {
                return Result<Column>::failure(GroupReader::tr("the columns '%1' and '%2' both give the %3")
                                                   .arg(MessageText::shown(m_names.at(earlier)),
                                                       MessageText::shown(name),
                                                       kind == Column::Group          ? GroupReader::tr("group")
                                                           : kind == Column::Username ? GroupReader::tr("username")
                                                                                      : GroupReader::tr("tenant")));
            }
            m_columnOf[int(kind)] = m_names.size();
        }
        m_names << name;
        m_kinds << kind;
        return kind;
    }
    bool has(Column kind) const { return m_columnOf[int(kind)] >= 0; }
    const QStringList &names() const { return m_names; }
    const QVector<Column> &kinds() const { return m_kinds; }
    QStringList unknown() const
    {
        QStringList result;
        QSet<QString> seen; // a list lookup would be quadratic in the number of columns
        for (qsizetype i = 0; i < m_names.size(); ++i) {
            const QString &name = m_names.at(i);
            if (m_kinds.at(i) == Column::Ignored && !name.isEmpty() && !seen.contains(name)) {
                seen.insert(name);
                result << name;
            }
        }
        return result;
    }
    // Null when both a group and a username column are there.
    QString missingMessage() const
    {
        if (has(Column::Group) && has(Column::Username))
            return {};
        return GroupReader::tr("not a group membership export: it needs a group column (Group, GroupName or Role) "
                               "and a username column (Username, UserName or Login); its columns: %1")
            .arg(m_names.isEmpty() ? GroupReader::tr("none") : MessageText::quotedList(m_names));
    }

private:
    QStringList m_names;
    QVector<Column> m_kinds;
    std::array<qsizetype, 4> m_columnOf { -1, -1, -1, -1 };
};

// Sets one value of a membership; false with a message when it cannot be one.
bool setValue(GroupMembership &m, Column kind, const QString &value, QString *error)
{
    if (kind == Column::Ignored)
        return true;
    if (value.contains(QChar(0))) {
        *error = GroupReader::tr("the value holds a NUL byte: the file may be damaged");
        return false;
    }
    switch (kind) {
    case Column::Group:
        m.group = value.trimmed();
        break;
    case Column::Username:
        m.username = value;
        break;
    case Column::Tenant:
        m.tenant = value.trimmed();
        break;
    case Column::Ignored:
        break;
    }
    return true;
}

// The row-level rule: a membership names a group and a member.
QString incompleteMessage(const GroupMembership &m)
{
    if (m.group.isEmpty())
        return GroupReader::tr("the group name is empty");
    if (m.username.trimmed().isEmpty())
        return GroupReader::tr("the username is empty");
    return {};
}

QString jsonText(const QJsonValue &value, QString *error)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::trunc(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(qint64(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Array:
    case QJsonValue::Object:
        *error = GroupReader::tr("expected a string or a number, not an %1")
                     .arg(value.isArray() ? GroupReader::tr("array") : GroupReader::tr("object"));
        return {};
    }
    return {};
}

Result<GroupData> readCsv(QByteArrayView utf8, const QString &file, const ReadOptions &options, GroupData data)
{
    data.format = ExportFormat::Csv;
    if (options.delimiter.unicode() >= 0x80)
        return fail(ImportProblem::at(file, 0, 0, {}, GroupReader::tr("the delimiter must be one ASCII character")));
    CsvReader reader(utf8, char(options.delimiter.unicode()));
    data.delimiter = QLatin1Char(reader.delimiter());

    QVector<CsvField> fields;
    if (!reader.readRow(fields)) {
        if (reader.hasError())
            return fail(ImportProblem::at(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
        return fail(ImportProblem::at(file, 0, 0, {}, GroupReader::tr("the file is empty")));
    }
    GroupColumns columns;
    for (const CsvField &header : fields) {
        const Result<Column> added = columns.add(QString::fromUtf8(header.text));
        if (!added)
            return fail(ImportProblem::at(file, header.line, reader.column(header), {}, added.error()));
    }
    if (const QString missing = columns.missingMessage(); !missing.isNull())
        return fail(ImportProblem::at(file, 0, 0, {}, missing));
    data.columns = columns.names();
    data.unknownColumns = columns.unknown();
    data.hasTenant = columns.has(Column::Tenant);
    const QVector<Column> kinds = columns.kinds();

    QString error;
    while (reader.readRow(fields)) {
        // A line of nothing but white space is no membership.
        if (fields.size() == 1 && kinds.size() > 1 && !fields.constFirst().quoted
            && fields.constFirst().text.trimmed().isEmpty())
            continue;
        std::optional<ImportProblem> bad;
        for (qsizetype i = kinds.size(); i < fields.size() && !bad; ++i) {
            if (!fields.at(i).text.isEmpty()) {
                bad = ImportProblem::at(file, fields.at(i).line, reader.column(fields.at(i)), {},
                    GroupReader::tr("this row has %1 fields but the header has %2")
                        .arg(fields.size())
                        .arg(kinds.size()));
            }
        }
        GroupMembership m;
        for (qsizetype i = 0; i < qMin(fields.size(), kinds.size()) && !bad; ++i) {
            const CsvField &field = fields.at(i);
            if (!setValue(m, kinds.at(i), QString::fromUtf8(field.text), &error))
                bad = ImportProblem::at(file, field.line, reader.column(field), data.columns.at(i), error);
        }
        if (!bad) {
            if (const QString incomplete = incompleteMessage(m); !incomplete.isEmpty()) {
                // Point at the empty field when the row has it, else at the row.
                const Column kind = m.group.isEmpty() ? Column::Group : Column::Username;
                const qsizetype index = kinds.indexOf(kind);
                if (index < fields.size())
                    bad = ImportProblem::at(file, fields.at(index).line, reader.column(fields.at(index)), {}, incomplete);
                else
                    bad = ImportProblem::at(file, reader.rowLine(), 0, {}, incomplete);
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(*bad);
            data.skipped << *bad;
            continue;
        }
        data.memberships << m;
        data.lines << reader.rowLine();
    }
    if (reader.hasError())
        return fail(ImportProblem::at(file, reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage()));
    return data;
}

Result<GroupData> readJson(const QByteArray &utf8, const QString &file, const ReadOptions &options, GroupData data)
{
    data.format = ExportFormat::Json;
    JsonReader reader;
    if (!reader.read(utf8)) {
        const JsonReader::Position at = reader.errorPosition();
        return fail(ImportProblem::at(file, at.line, at.column, {}, reader.errorMessage()));
    }
    GroupColumns columns;
    QHash<QString, Column> kindOfKey;
    const auto addKey = [&](const QString &key, qsizetype index) -> std::optional<ImportProblem> {
        const Result<Column> added = columns.add(key);
        if (!added) {
            const JsonReader::Position at = reader.valuePosition(index, key);
            return ImportProblem::at(file, at.line, at.column, {}, added.error());
        }
        kindOfKey.insert(key, *added);
        return std::nullopt;
    };

    const QJsonArray &records = reader.records();
    bool ordered = false;
    QString error;
    for (qsizetype i = 0; i < records.size(); ++i) {
        const JsonReader::Position at = reader.recordPosition(i);
        std::optional<ImportProblem> bad;
        GroupMembership m;
        if (!records.at(i).isObject()) {
            bad = ImportProblem::at(file, at.line, at.column, {}, GroupReader::tr("this record is not an object"));
        } else {
            if (!ordered) {
                ordered = true;
                for (const QString &key : reader.keysInOrder(i)) {
                    if (const auto p = addKey(key, i))
                        return fail(*p);
                }
                if (const QString missing = columns.missingMessage(); !missing.isNull())
                    return fail(ImportProblem::at(file, 0, 0, {}, missing));
            }
            const QJsonObject object = records.at(i).toObject();
            for (auto it = object.constBegin(); it != object.constEnd() && !bad; ++it) {
                if (!kindOfKey.contains(it.key())) {
                    if (const auto p = addKey(it.key(), i))
                        return fail(*p);
                }
                const Column kind = kindOfKey.value(it.key());
                if (kind == Column::Ignored)
                    continue;
                error.clear();
                const QString text = jsonText(it.value(), &error);
                if (error.isEmpty())
                    setValue(m, kind, text, &error);
                if (!error.isEmpty()) {
                    const JsonReader::Position valueAt = reader.valuePosition(i, it.key());
                    bad = ImportProblem::at(file, valueAt.line, valueAt.column, it.key(), error);
                }
            }
            if (!bad) {
                if (const QString incomplete = incompleteMessage(m); !incomplete.isEmpty())
                    bad = ImportProblem::at(file, at.line, at.column, {}, incomplete);
            }
        }
        if (bad) {
            if (!options.skipBadRows)
                return fail(*bad);
            data.skipped << *bad;
            continue;
        }
        data.memberships << m;
        data.lines << at.line;
    }
    if (!records.isEmpty() && !ordered)
        return fail(ImportProblem::at(file, 0, 0, {}, columns.missingMessage()));
    data.columns = columns.names();
    data.unknownColumns = columns.unknown();
    data.hasTenant = columns.has(Column::Tenant);
    return data;
}

} // namespace

GroupReader::Column GroupReader::columnFor(QStringView name)
{
    QString key;
    key.reserve(name.size());
    for (const QChar c : name) {
        if (c != u'_' && c != u'-' && !c.isSpace())
            key += c.toLower();
    }
    static const struct {
        QLatin1String key;
        Column column;
    } aliases[] = {
        { QLatin1String("group"), Column::Group },
        { QLatin1String("groupname"), Column::Group },
        { QLatin1String("role"), Column::Group },
        { QLatin1String("rolename"), Column::Group },
        { QLatin1String("username"), Column::Username },
        { QLatin1String("login"), Column::Username },
        { QLatin1String("user"), Column::Username },
        { QLatin1String("tenant"), Column::Tenant },
        { QLatin1String("tenantid"), Column::Tenant },
    };
    for (const auto &alias : aliases) {
        if (key == alias.key)
            return alias.column;
    }
    return Column::Ignored;
}

Result<GroupData> GroupReader::readBytes(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    TextDecoder::Problem problem;
    Result<ExportReader::Text> text = ExportReader::prepareText(bytes, options.format, &problem);
    if (!text)
        return fail(
            ImportProblem::at(fileName, problem.line, problem.column, {}, problem.message, ImportError::Encoding));
    GroupData data;
    data.encoding = text->decoded.encoding;
    if (text->format == ExportFormat::Csv)
        return readCsv(text->utf8, fileName, options, std::move(data));
    return readJson(text->utf8, fileName, options, std::move(data));
}

Result<GroupData> GroupReader::readFile(const QString &path, const ReadOptions &options)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(
            ImportProblem::at(name, 0, 0, {},
                tr("cannot open %1: %2").arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString()),
                ImportError::File));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(
            ImportProblem::at(name, 0, 0, {},
                tr("cannot read %1: %2").arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString()),
                ImportError::File));
    return readBytes(bytes, name, options);
}

} // namespace hc
