#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>

namespace hc {

// Which known field (SPEC §3) each column of an export gives, in column order.
class FieldMapping {
    Q_DECLARE_TR_FUNCTIONS(hc::FieldMapping)

public:
    enum class Field {
        Ignored,
        Id,
        Name,
        Username,
        Email,
        MobilePhone,
        ExternalId,
        CreationDate,
        LastLogin,
        IsActive,
        TenantId,
        IsItUser,
        Password, // recognised only so that its values are dropped
    };
    static constexpr int FieldCount = int(Field::Password) + 1;

    // The field a column name stands for: case-insensitive, ignoring spaces, `_` and `-`, with the SPEC §3 aliases.
    static Field fieldForColumn(QStringView column);
    // The canonical name ("Id", "External_Id", "Is_IT_User", …); empty for Ignored.
    static QString fieldName(Field field);
    // Every known field in SPEC order, Password included (for a mapping editor).
    static QStringList fieldNames();

    // `overrides`: column as read -> field name (or alias) chosen by the user, or empty to ignore that column.
    // Fails when a chosen name is no known field.
    static Result<FieldMapping> create(const QHash<QString, QString> &overrides = {});

    // The field a column gives: the user's choice for it, else by name.
    Field fieldFor(const QString &column) const;
    // Adds the next column. Fails when its field is already given by an earlier column (the message names both).
    Result<Field> addColumn(const QString &column);

    Field field(qsizetype column) const { return m_fields.at(column); }
    const QVector<Field> &fields() const { return m_fields; }
    const QStringList &columns() const { return m_columns; }
    // Non-empty columns that give no field, each name once (an empty header cell, as a trailing delimiter makes, is
    // not listed).
    QStringList unknownColumns() const;
    bool hasPassword() const { return m_hasPassword; }
    // True when a column other than Password gives a known field.
    bool hasKnownField() const;
    // "not a user export: none of the columns 'a', 'b' is known (…)".
    QString notAUserExportMessage() const;

private:
    FieldMapping() { m_columnOfField.fill(-1); }

    QHash<QString, Field> m_overrides;
    QStringList m_columns;
    QVector<Field> m_fields;
    std::array<qsizetype, FieldCount> m_columnOfField;
    bool m_hasPassword = false;
};

} // namespace hc
