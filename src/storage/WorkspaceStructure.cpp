// Renaming and removing infrastructures and runtimes (SPEC §4 infra rename|remove, runtime rename|remove).
#include "Workspace.h"

#include "CountsRebuild.h"
#include "RuntimeImport.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(what, q.lastError()));
    return {};
}

// The rows of a runtime that its foreign keys do not reach (user_key has none, on purpose: it is a bulk table).
Status deleteRuntimeRows(QSqlDatabase &db, qint64 runtimeId)
{
    const QString what = Tr::tr("removing a runtime");
    if (Status s = exec(db, QStringLiteral("DELETE FROM user_record WHERE id BETWEEN ? AND ?"),
                        {RuntimeImport::firstId(runtimeId), RuntimeImport::lastId(runtimeId)}, what);
        !s)
        return s;
    if (Status s = exec(db, QStringLiteral("DELETE FROM user_key WHERE runtime_id = ?"), {runtimeId}, what); !s)
        return s;
    return exec(db, QStringLiteral("DELETE FROM runtime WHERE id = ?"), {runtimeId}, what);
}

} // namespace

Status Workspace::renameInfrastructure(qint64 infraId, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Status::failure(Tr::tr("An infrastructure needs a name."));
    if (const auto other = infrastructure(name); other && other->id != infraId)
        return Status::failure(Tr::tr("An infrastructure named \"%1\" already exists.").arg(name));
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE infrastructure SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("renaming an infrastructure"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return tx.commit();
}

Status Workspace::removeInfrastructure(qint64 infraId)
{
    const auto all = runtimes(infraId);
    if (!all)
        return Status::failure(all.error());
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    for (const RuntimeInfo &r : *all) {
        if (Status s = deleteRuntimeRows(db, r.id); !s)
            return s;
    }
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM infrastructure WHERE id = ?"));
    q.addBindValue(infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("removing an infrastructure"), q.lastError()));
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No infrastructure with id %1.").arg(infraId));
    return tx.commit(); // domains, tenant kinds, aggregates and decisions go with it (ON DELETE CASCADE)
}

Status Workspace::renameRuntime(qint64 runtimeId, const QString &newName)
{
    const QString name = newName.trimmed();
    if (name.isEmpty())
        return Status::failure(Tr::tr("A runtime needs a name."));
    QSqlDatabase db = database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE runtime SET name = ? WHERE id = ?"));
    q.addBindValue(name);
    q.addBindValue(runtimeId);
    if (!q.exec()) {
        // UNIQUE (infra_id, name)
        if (q.lastError().nativeErrorCode().toInt() % 256 == 19)
            return Status::failure(Tr::tr("A runtime named \"%1\" already exists in this infrastructure.").arg(name));
        return Status::failure(StorageErrors::failure(Tr::tr("renaming a runtime"), q.lastError()));
    }
    if (q.numRowsAffected() != 1)
        return Status::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    return tx.commit();
}

Status Workspace::removeRuntime(qint64 runtimeId)
{
    QSqlDatabase db = database();
    QSqlQuery infra(db);
    infra.prepare(QStringLiteral("SELECT infra_id FROM runtime WHERE id = ?"));
    infra.addBindValue(runtimeId);
    if (!infra.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("removing a runtime"), infra.lastError()));
    if (!infra.next())
        return Status::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    const qint64 infraId = infra.value(0).toLongLong();
    infra.finish();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    if (Status s = deleteRuntimeRows(db, runtimeId); !s)
        return s;
    if (Status s = CountsRebuild::run(db, infraId); !s)
        return s;
    tx.snapshotCounts(infraId);
    return tx.commit();
}

} // namespace hc
