// Group memberships of the workspace (issue 4): imported per runtime, listed per infrastructure, and a filter of
// users() through UserFilter::group (see UserFilterSql).
#include "GroupStore.h"

#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"

#include "RuntimeImport.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

using Sql::bound;

} // namespace

Result<GroupImportSummary> GroupStore::importGroups(qint64 runtimeId, const QVector<GroupMembership> &memberships)
{
    using R = Result<GroupImportSummary>;
    for (const GroupMembership &m : memberships) {
        if (m.group.trimmed().isEmpty() || Rules::usernameKey(m.username).isEmpty())
            return R::failure(Tr::tr("A group membership needs a group name and a username."));
    }
    QSqlDatabase &db = m_db;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT id FROM runtime WHERE id = ?"));
        q.addBindValue(runtimeId);
        if (!q.exec() || !q.next())
            return R::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    }

    // Who the runtime's records are, to report members that match none (typos, or users not imported yet).
    QSet<QString> usernames; // username key, and username key + tenant
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT username_key, tenant FROM user_record WHERE id BETWEEN ? AND ?"));
        q.addBindValue(RuntimeImport::firstId(runtimeId));
        q.addBindValue(RuntimeImport::lastId(runtimeId));
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("reading the runtime's users"), q.lastError()));
        while (q.next()) {
            const QString key = q.value(0).toString();
            usernames.insert(key);
            usernames.insert(key + QChar(0x1f) + q.value(1).toString());
        }
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("reading the runtime's users"), q.lastError()));
    }

    // Rolled back on every early return: the previous memberships stay as they were.
    Transaction tx(db);
    if (!tx.isOpen())
        return R::failure(tx.startError());

    GroupImportSummary summary;
    {
        QSqlQuery q(db);
        q.prepare(QStringLiteral("DELETE FROM user_group WHERE runtime_id = ?"));
        q.addBindValue(runtimeId);
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("replacing the groups"), q.lastError()));
        summary.replaced = q.numRowsAffected();
    }
    QSqlQuery insert(db);
    insert.prepare(SqlDialect::of(db).insertOrIgnore(QStringLiteral("user_group"),
        {QStringLiteral("runtime_id"), QStringLiteral("group_name"), QStringLiteral("username_key"), QStringLiteral("tenant")}));
    QSet<QString> groups;
    QSet<QString> unmatched;
    for (const GroupMembership &m : memberships) {
        const QString group = m.group.trimmed();
        const QString key = Rules::usernameKey(m.username);
        const QString tenant = m.tenant.trimmed();
        insert.addBindValue(runtimeId);
        insert.addBindValue(group);
        insert.addBindValue(bound(key));
        insert.addBindValue(bound(tenant));
        if (!insert.exec())
            return R::failure(StorageErrors::failure(Tr::tr("importing the groups"), insert.lastError()));
        if (insert.numRowsAffected() == 0) {
            ++summary.duplicates;
            continue;
        }
        ++summary.memberships;
        groups.insert(group);
        const bool known = tenant.isEmpty() ? usernames.contains(key) : usernames.contains(key + QChar(0x1f) + tenant);
        if (!known && !unmatched.contains(m.username)) {
            unmatched.insert(m.username);
            summary.unmatched << m.username;
        }
    }
    summary.groups = groups.size();
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

Result<QVector<GroupInfo>> GroupStore::groups(qint64 infraId) const
{
    using R = Result<QVector<GroupInfo>>;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT g.group_name, COUNT(*), COUNT(DISTINCT g.runtime_id)"
                             " FROM runtime r JOIN user_group g ON g.runtime_id = r.id WHERE r.infra_id = ?"
                             " GROUP BY g.group_name ORDER BY g.group_name"));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("listing groups"), q.lastError()));
    QVector<GroupInfo> list;
    while (q.next())
        list.append({ q.value(0).toString(), q.value(1).toLongLong(), q.value(2).toLongLong() });
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("listing groups"), q.lastError()));
    return list;
}

} // namespace hc
