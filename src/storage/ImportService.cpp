#include "ImportService.h"

#include "AggregateKeys.h"
#include "RuntimeImport.h"
#include "RuntimeStore.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
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

} // namespace

RecordSource ImportService::sourceOf(const QVector<UserRecord> &records)
{
    return [&records](const RecordBatchHandler &deliver) { return deliver(records); };
}

Result<ImportSummary> ImportService::importRecords(qint64 runtimeId, const QVector<UserRecord> &records,
                                                   ImportMode mode, const std::atomic_bool *cancelled,
                                                   const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    const auto infraId = Sql::infraOfRuntime(m_db, runtimeId);
    if (!infraId)
        return Result<ImportSummary>::failure(infraId.error());
    return importInTransaction({*infraId, runtimeId, {}}, sourceOf(records), mode, cancelled, progress, shrink);
}

Result<ImportSummary> ImportService::importRecords(qint64 infraId, const QString &runtimeName,
                                                   const QVector<UserRecord> &records, ImportMode mode,
                                                   const std::atomic_bool *cancelled,
                                                   const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    return importRecords(infraId, runtimeName, sourceOf(records), mode, cancelled, progress, shrink);
}

Result<ImportSummary> ImportService::importRecords(qint64 infraId, const QString &runtimeName,
                                                   const RecordSource &source, ImportMode mode,
                                                   const std::atomic_bool *cancelled,
                                                   const std::function<void(qint64)> &progress, ShrinkPolicy shrink)
{
    const QString name = runtimeName.trimmed();
    if (name.isEmpty())
        return Result<ImportSummary>::failure(Tr::tr("A runtime needs a name."));
    const auto existing = m_runtimes.runtime(infraId, name);
    if (existing)
        return importInTransaction({infraId, existing->id, {}}, source, mode, cancelled, progress, shrink);
    return importInTransaction({infraId, 0, name}, source, mode, cancelled, progress, shrink);
}

Result<ImportSummary> ImportService::importInTransaction(const Target &target, const RecordSource &source,
                                                         ImportMode mode, const std::atomic_bool *cancelled,
                                                         const std::function<void(qint64)> &progress,
                                                         ShrinkPolicy shrink)
{
    using R = Result<ImportSummary>;
    Transaction tx(m_db);
    if (!tx.isOpen())
        return R::failure(tx.startError());
    tx.snapshotCounts(target.infraId);
    qint64 runtimeId = target.runtimeId;
    if (runtimeId == 0) {
        // A new runtime is part of the import's transaction: a failed or cancelled import leaves none behind.
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("INSERT INTO runtime (infra_id, name) VALUES (?, ?)")
                  + SqlDialect::of(m_db).returningId());
        q.addBindValue(target.infraId);
        q.addBindValue(target.newRuntime);
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("adding a runtime"), q.lastError()));
        runtimeId = insertedId(q);
    }
    // SQLite's C API when the workspace is a file; the portable path (COPY) on a shared PostgreSQL one.
    RuntimeImport import(m_db, sqliteHandle(m_db), target.infraId, runtimeId, shrink);
    auto summary = import.run(source, mode, cancelled, progress);
    if (!summary)
        return summary;
    if (Status s = Sql::exec(m_db, QStringLiteral("UPDATE runtime SET last_import = ? WHERE id = ?"),
                             {Sql::nowUtc(), runtimeId}, Tr::tr("recording the import"));
        !s)
        return R::failure(s.error());
    if (cancelled && cancelled->load())
        return R::failure(Tr::tr("Import cancelled: the workspace was left as it was."));
    if (Status s = tx.commit(); !s)
        return R::failure(s.error());
    return summary;
}

} // namespace hc
