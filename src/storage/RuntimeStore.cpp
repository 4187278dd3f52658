#include "RuntimeStore.h"

#include "CountsRebuild.h"
#include "RuntimeImport.h"
#include "SqlSupport.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

Result<QVector<RuntimeInfo>> RuntimeStore::runtimes(qint64 infraId) const
{
    using R = Result<QVector<RuntimeInfo>>;
    QVector<RuntimeInfo> list;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT r.id AS id, r.name AS name, r.last_import AS last_import,"
                             " (SELECT COALESCE(SUM(n), 0) FROM agg_runtime a WHERE a.runtime_id = r.id) AS records"
                             " FROM runtime r WHERE r.infra_id = ? ORDER BY r.name"));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
    const QSqlRecord rec = q.record();
    const int id = rec.indexOf(QLatin1String("id")), name = rec.indexOf(QLatin1String("name")),
              lastImport = rec.indexOf(QLatin1String("last_import")), records = rec.indexOf(QLatin1String("records"));
    while (q.next()) {
        RuntimeInfo r;
        r.id = q.value(id).toLongLong();
        r.infraId = infraId;
        r.name = q.value(name).toString();
        if (!q.isNull(lastImport))
            r.lastImport = QDateTime::fromString(q.value(lastImport).toString(), Qt::ISODate);
        r.records = q.value(records).toLongLong();
        list.append(r);
    }
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
    return list;
}

Result<RuntimeInfo> RuntimeStore::runtime(qint64 infraId, const QString &name) const
{
    const auto all = runtimes(infraId);
    if (!all)
        return Result<RuntimeInfo>::failure(all.error());
    for (const RuntimeInfo &r : *all) {
        if (r.name == name)
            return r;
    }
    return Result<RuntimeInfo>::failure(Tr::tr("No runtime named \"%1\".").arg(name));
}

Result<RuntimeInfo> RuntimeStore::addRuntime(qint64 infraId, const QString &name)
{
    using R = Result<RuntimeInfo>;
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return R::failure(Tr::tr("A runtime needs a name."));
    if (runtime(infraId, trimmed).ok())
        return R::failure(Tr::tr("A runtime named \"%1\" already exists.").arg(trimmed));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return R::failure(tx.startError());
    if (Status s = Sql::exec(m_db, QStringLiteral("INSERT INTO runtime (infra_id, name) VALUES (?, ?)"),
                             {infraId, trimmed}, Tr::tr("adding a runtime"));
        !s)
        return R::failure(s.error());
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return runtime(infraId, trimmed);
}

Status RuntimeStore::renameRuntime(qint64 runtimeId, const QString &newName, const std::optional<QString> &currentName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Status::failure(Tr::tr("A runtime needs a name."));
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    // Looked for under the write lock, before the UPDATE: PostgreSQL aborts the whole transaction on a violated
    // UNIQUE (infra_id, name) and reports it by SQLSTATE, not SQLite's code 19 tested below.
    QSqlQuery taken(m_db);
    taken.prepare(QStringLiteral("SELECT 1 FROM runtime WHERE name = ? AND id <> ?"
                                 " AND infra_id = (SELECT infra_id FROM runtime WHERE id = ?)"));
    taken.addBindValue(name);
    taken.addBindValue(runtimeId);
    taken.addBindValue(runtimeId);
    if (!taken.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("renaming a runtime"), taken.lastError()));
    if (taken.next())
        return Status::failure(Tr::tr("A runtime named \"%1\" already exists in this infrastructure.").arg(name));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE runtime SET name = ? WHERE id = ?%1").arg(currentName ? QStringLiteral(" AND name = ?") : QString()));
    q.addBindValue(name);
    q.addBindValue(runtimeId);
    if (currentName)
        q.addBindValue(currentName->trimmed());
    if (!q.exec()) {
        // UNIQUE (infra_id, name)
        if (q.lastError().nativeErrorCode().toInt() % 256 == 19)
            return Status::failure(Tr::tr("A runtime named \"%1\" already exists in this infrastructure.").arg(name));
        return Status::failure(StorageErrors::failure(Tr::tr("renaming a runtime"), q.lastError()));
    }
    if (q.numRowsAffected() != 1) {
        if (currentName)
            return Status::failure(Tr::tr("Runtime \"%1\" was renamed or removed meanwhile; nothing changed.").arg(*currentName));
        return Status::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    }
    return tx.commit();
}

Status RuntimeStore::removeRuntime(qint64 runtimeId)
{
    const auto infraId = Sql::infraOfRuntime(m_db, runtimeId);
    if (!infraId)
        return Status::failure(infraId.error());
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    if (Status s = deleteRuntimeRows(m_db, runtimeId); !s)
        return s;
    if (Status s = CountsRebuild::run(m_db, *infraId); !s)
        return s;
    tx.snapshotCounts(*infraId);
    return tx.commit();
}

Status RuntimeStore::deleteRuntimeRows(QSqlDatabase &db, qint64 runtimeId)
{
    const QString what = Tr::tr("removing a runtime");
    if (Status s = Sql::exec(db, QStringLiteral("DELETE FROM user_record WHERE id BETWEEN ? AND ?"),
                             {RuntimeImport::firstId(runtimeId), RuntimeImport::lastId(runtimeId)}, what);
        !s)
        return s;
    for (const char *table : {"user_key", "runtime_keyset"}) {
        if (Status s = Sql::exec(db, QStringLiteral("DELETE FROM %1 WHERE runtime_id = ?").arg(QLatin1String(table)),
                                 {runtimeId}, what);
            !s)
            return s;
    }
    return Sql::exec(db, QStringLiteral("DELETE FROM runtime WHERE id = ?"), {runtimeId}, what);
}

} // namespace hc
