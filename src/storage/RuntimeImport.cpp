#include "RuntimeImport.h"

#include "ImportRun.h"
#include "PageCacheLimit.h"

namespace hc {

RuntimeImport::RuntimeImport(QSqlDatabase db, sqlite3 *handle, qint64 infraId, qint64 runtimeId, ShrinkPolicy shrink)
    : m_db(std::move(db))
    , m_handle(handle)
    , m_infraId(infraId)
    , m_runtimeId(runtimeId)
    , m_shrink(shrink)
{
}

Result<ImportSummary> RuntimeImport::run(const RecordSource &source, ImportMode mode,
                                         const std::atomic_bool *cancelled, const std::function<void(qint64)> &progress)
{
    // The import holds what it reads in its own arrays and appends in index order: the page cache only costs memory.
    // Measured building the 4-file 1 M workspace, alternating twice: 32 MiB 11.6-13.2 s, peak 249 MB (re-import 259
    // MB); 8 MiB 10.8-12.2 s, 213 MB (225 MB); 2 MiB 10.8 s, 208 MB. Counts identical.
    const PageCacheLimit cache(m_db, 8 * 1024);
    ImportRun run(m_db, DbConnection(m_db, m_handle), m_infraId, m_runtimeId, m_shrink, cancelled, progress);
    return run.run(source, mode);
}

} // namespace hc
