#pragma once

#include "Rules.h"
#include "UserRecord.h"

#include <QSqlQuery>
#include <QString>

namespace hc {

// The columns R5 needs to recompute a stored record's status, read through one mapper (STYLE 17): whoever selects
// StatusColumns::sql() at some offset reads them back with StatusColumns::read() at the same offset.
struct StatusColumns
{
    UserRecord record; // name, username, email, phone, last_login, active, it_user and tenant only
    Overrides overrides;

    static QString sql(const QString &table = QStringLiteral("u"))
    {
        return QStringLiteral("%1.name, %1.username, %1.email, %1.phone, %1.last_login, %1.active, %1.it_user,"
                              " %1.it_override, %1.deactivated_here, %1.tenant").arg(table);
    }
    static constexpr int Count = 10;

    static StatusColumns read(const QSqlQuery &q, int offset)
    {
        StatusColumns c;
        c.record.name = q.value(offset + 0).toString();
        c.record.username = q.value(offset + 1).toString();
        c.record.email = q.value(offset + 2).toString();
        c.record.phone = q.value(offset + 3).toString();
        c.record.lastLogin = q.value(offset + 4).toString();
        c.record.active = q.value(offset + 5).toBool();
        c.record.itUser = q.value(offset + 6).toBool();
        if (!q.isNull(offset + 7))
            c.overrides.itUser = q.value(offset + 7).toBool();
        if (q.value(offset + 8).toBool())
            c.overrides.deactivated = true;
        c.record.tenant = q.value(offset + 9).toString();
        return c;
    }

    RecordStatus status(const TenantKinds &kinds) const
    {
        return Rules::status(record, overrides, kinds.kind(record.tenant));
    }
};

} // namespace hc
