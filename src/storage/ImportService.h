#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace hc {

class RuntimeStore;

// Imports a runtime's records (SPEC §3): each import is one transaction (RuntimeImport does the work inside it),
// cancellable, and stores a count snapshot.
class ImportService
{
public:
    ImportService(QSqlDatabase db, const RuntimeStore &runtimes) : m_db(std::move(db)), m_runtimes(runtimes) {}

    // Replaces (or merges into) a runtime's records in one transaction. `cancelled` is polled; when it becomes
    // true the transaction is rolled back and an error returned. `progress` gets records written so far.
    [[nodiscard]] Result<ImportSummary> importRecords(qint64 runtimeId, const QVector<UserRecord> &records,
                                                      ImportMode mode, const std::atomic_bool *cancelled = nullptr,
                                                      const std::function<void(qint64)> &progress = {},
                                                      ShrinkPolicy shrink = ShrinkPolicy::Allow);
    // The same into the runtime of that name, created in the import's own transaction when it does not exist yet.
    [[nodiscard]] Result<ImportSummary> importRecords(qint64 infraId, const QString &runtimeName,
                                                      const QVector<UserRecord> &records, ImportMode mode,
                                                      const std::atomic_bool *cancelled = nullptr,
                                                      const std::function<void(qint64)> &progress = {},
                                                      ShrinkPolicy shrink = ShrinkPolicy::Allow);
    // The same, the records streamed from `source` (an export read batch by batch, inside the import's transaction:
    // a bad row or a cancel half-way through the file leaves the workspace as it was).
    [[nodiscard]] Result<ImportSummary> importRecords(qint64 infraId, const QString &runtimeName,
                                                      const RecordSource &source, ImportMode mode,
                                                      const std::atomic_bool *cancelled = nullptr,
                                                      const std::function<void(qint64)> &progress = {},
                                                      ShrinkPolicy shrink = ShrinkPolicy::Allow);

    // A source of one batch: records already in memory.
    static RecordSource sourceOf(const QVector<UserRecord> &records);

private:
    struct Target
    {
        qint64 infraId = 0;
        qint64 runtimeId = 0;   // 0: create `newRuntime`
        QString newRuntime;
    };
    [[nodiscard]] Result<ImportSummary> importInTransaction(const Target &target, const RecordSource &source,
                                                            ImportMode mode, const std::atomic_bool *cancelled,
                                                            const std::function<void(qint64)> &progress,
                                                            ShrinkPolicy shrink);

    QSqlDatabase m_db;
    const RuntimeStore &m_runtimes;
};

} // namespace hc
