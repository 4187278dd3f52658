#include "FieldMapping.h"

#include "MessageText.h"

#include <QLatin1String>
#include <QSet>

#include <algorithm>

namespace hc {

namespace {

using Field = FieldMapping::Field;

struct Alias {
    QLatin1String key; // lower case, without spaces, '_' and '-'
    Field field;
};

constexpr Alias aliases[] = {
    { QLatin1String("id"), Field::Id },
    { QLatin1String("userid"), Field::Id },
    { QLatin1String("name"), Field::Name },
    { QLatin1String("fullname"), Field::Name },
    { QLatin1String("displayname"), Field::Name },
    { QLatin1String("username"), Field::Username },
    { QLatin1String("login"), Field::Username },
    { QLatin1String("email"), Field::Email },
    { QLatin1String("emailaddress"), Field::Email },
    { QLatin1String("mobilephone"), Field::MobilePhone },
    { QLatin1String("mobile"), Field::MobilePhone },
    { QLatin1String("phone"), Field::MobilePhone },
    { QLatin1String("externalid"), Field::ExternalId },
    { QLatin1String("creationdate"), Field::CreationDate },
    { QLatin1String("createdon"), Field::CreationDate },
    { QLatin1String("created"), Field::CreationDate },
    { QLatin1String("lastlogin"), Field::LastLogin },
    { QLatin1String("isactive"), Field::IsActive },
    { QLatin1String("active"), Field::IsActive },
    { QLatin1String("tenantid"), Field::TenantId },
    { QLatin1String("tenant"), Field::TenantId },
    { QLatin1String("isituser"), Field::IsItUser },
    { QLatin1String("ituser"), Field::IsItUser },
    { QLatin1String("password"), Field::Password },
};

// Canonical names, indexed by Field.
constexpr QLatin1String names[FieldMapping::FieldCount] = {
    QLatin1String(""),
    QLatin1String("Id"),
    QLatin1String("Name"),
    QLatin1String("Username"),
    QLatin1String("Email"),
    QLatin1String("MobilePhone"),
    QLatin1String("External_Id"),
    QLatin1String("Creation_Date"),
    QLatin1String("Last_Login"),
    QLatin1String("Is_Active"),
    QLatin1String("Tenant_Id"),
    QLatin1String("Is_IT_User"),
    QLatin1String("Password"),
};

} // namespace

FieldMapping::Field FieldMapping::fieldForColumn(QStringView column)
{
    QString key;
    key.reserve(column.size());
    for (const QChar c : column) {
        if (c != u'_' && c != u'-' && !c.isSpace())
            key += c.toLower();
    }
    for (const Alias &alias : aliases) {
        if (key == alias.key)
            return alias.field;
    }
    return Field::Ignored;
}

QString FieldMapping::fieldName(Field field)
{
    return names[int(field)];
}

QStringList FieldMapping::fieldNames()
{
    QStringList result;
    for (int i = int(Field::Id); i < FieldCount; ++i)
        result << names[i];
    return result;
}

Result<FieldMapping> FieldMapping::create(const QHash<QString, QString> &overrides)
{
    FieldMapping mapping;
    for (auto it = overrides.cbegin(); it != overrides.cend(); ++it) {
        Field field = Field::Ignored;
        if (!it.value().isEmpty()) {
            field = fieldForColumn(it.value());
            if (field == Field::Ignored)
                return Result<FieldMapping>::failure(
                    tr("'%1' (chosen for column '%2') is not a known field; known fields: %3")
                        .arg(MessageText::shown(it.value()), MessageText::shown(it.key()),
                            fieldNames().join(QLatin1String(", "))));
        }
        mapping.m_overrides.insert(it.key(), field);
    }
    return mapping;
}

FieldMapping::Field FieldMapping::fieldFor(const QString &column) const
{
    const auto override = m_overrides.constFind(column);
    return override != m_overrides.cend() ? *override : fieldForColumn(column);
}

Result<FieldMapping::Field> FieldMapping::addColumn(const QString &column)
{
    const Field field = fieldFor(column);
    if (field != Field::Ignored && field != Field::Password) {
        const qsizetype earlier = m_columnOfField[int(field)];
        if (earlier >= 0)
            return Result<Field>::failure(
                tr("the columns '%1' and '%2' both give the field %3")
                    .arg(MessageText::shown(m_columns.at(earlier)), MessageText::shown(column), fieldName(field)));
        m_columnOfField[int(field)] = m_columns.size();
    }
    if (field == Field::Password)
        m_hasPassword = true;
    m_columns << column;
    m_fields << field;
    return field;
}

QStringList FieldMapping::unknownColumns() const
{
    QStringList result;
    QSet<QString> seen; // a list lookup made a header of 100 000 columns take 20 s
    for (qsizetype i = 0; i < m_columns.size(); ++i) {
        // A name repeated (two "Notes" columns) is reported once.
        const QString &column = m_columns.at(i);
        if (m_fields.at(i) == Field::Ignored && !column.isEmpty() && !seen.contains(column)) {
            seen.insert(column);
            result << column;
        }
    }
    return result;
}

bool FieldMapping::hasKnownField() const
{
    for (const Field field : m_fields) {
        if (field != Field::Ignored && field != Field::Password)
            return true;
    }
    return false;
}

QString FieldMapping::notAUserExportMessage() const
{
    const QString expected = tr("expected columns such as Username, Email, Id, Name, Is_Active");
    if (m_columns.isEmpty())
        return tr("not a user export: the records have no fields (%1)").arg(expected);
    if (std::all_of(m_columns.cbegin(), m_columns.cend(), [](const QString &c) { return c.trimmed().isEmpty(); }))
        return tr("not a user export: the header row names no columns (%1)").arg(expected);
    return tr("not a user export: none of the columns %1 is known (%2)")
        .arg(MessageText::quotedList(m_columns), expected);
}

} // namespace hc
