#pragma once

#include "GroupMembership.h"
#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

namespace hc {

// Group memberships (issue 4). An import replaces the runtime's memberships in one transaction (a snapshot, like a
// user import); an empty group or username is refused. Groups are listed by name.
class GroupStore
{
public:
    explicit GroupStore(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<GroupImportSummary> importGroups(qint64 runtimeId, const QVector<GroupMembership> &memberships);
    [[nodiscard]] Result<QVector<GroupInfo>> groups(qint64 infraId) const;

private:
    QSqlDatabase m_db;
};

} // namespace hc
