#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <atomic>
#include <functional>

#include <QSqlDatabase>

struct sqlite3;

namespace hc {

// One import of a runtime's records (SPEC §3), run inside the caller's transaction. Classification, identity
// merging and every aggregate are computed in memory first, so each row is written once, in order, in bulk (SQLite's
// C API, or COPY on PostgreSQL: `handle` null); nothing is re-read or updated afterwards except the few records of other runtimes whose individual
// changes.
class RuntimeImport
{
public:
    RuntimeImport(QSqlDatabase db, sqlite3 *handle, qint64 infraId, qint64 runtimeId,
                  ShrinkPolicy shrink = ShrinkPolicy::Allow);

    Result<ImportSummary> run(const RecordSource &source, ImportMode mode, const std::atomic_bool *cancelled,
                              const std::function<void(qint64)> &progress);

    // Record ids of a runtime occupy [first, last]: its rows are one range of the table, so no index on runtime_id.
    static qint64 firstId(qint64 runtimeId) { return runtimeId << 32; }
    static qint64 lastId(qint64 runtimeId) { return (runtimeId << 32) | 0xffffffffLL; }

private:
    QSqlDatabase m_db;
    sqlite3 *m_handle;
    qint64 m_infraId;
    qint64 m_runtimeId;
    ShrinkPolicy m_shrink;
};

} // namespace hc
