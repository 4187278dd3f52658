#include "UserQueries.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "DomainStore.h"
#include "InfrastructureStore.h"
#include "RecordMapper.h"
#include "DbStatement.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "PageCacheLimit.h"
#include "UserFilterSql.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <optional>

#include <sqlite3.h>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

Result<QVector<UserRow>> UserQueries::users(const UserFilter &filter) const
{
    using R = Result<QVector<UserRow>>;
    QVector<UserRow> rows;
    const Status read = forEachUser(
        filter,
        [&rows](const QVector<UserRow> &batch) {
            rows += batch;
            return Status();
        },
        4096);
    if (!read)
        return R::failure(read.error());
    return rows;
}

namespace {

// A filter's values (UserFilterSql: texts and integers) bound in order; any other kind is a programming error,
// reported rather than bound as something else.
[[nodiscard]] Status bindValues(DbStatement &q, const QVariantList &values)
{
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        switch (v.typeId()) {
        case QMetaType::QString:
            q.bindText(i + 1, v.toString());
            break;
        case QMetaType::Int:
        case QMetaType::LongLong:
            q.bind(i + 1, v.toLongLong());
            break;
        default:
            return Status::failure(Tr::tr("Listing users: value %1 of the query is of an unexpected type (%2).")
                                       .arg(i + 1)
                                       .arg(QString::fromLatin1(v.typeName())));
        }
    }
    return {};
}

} // namespace

Status UserQueries::forEachUser(const UserFilter &filter, const std::function<Status(const QVector<UserRow> &)> &batch,
                              int batchSize, const std::atomic_bool *cancelled) const
{
    const auto infra = m_infras.infrastructureById(filter.infraId);
    if (!infra)
        return Status::failure(infra.error());
    const auto ownedRead = m_domains.ownedDomainSet(filter.infraId);
    if (!ownedRead)
        return Status::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const Sql::Condition f = UserFilterSql::where(SqlDialect::of(m_db), filter, !owned.isEmpty());
    const Sql::Condition order = UserFilterSql::orderBy(SqlDialect::of(m_db), filter, infra->model, !owned.isEmpty());
    // Only for a scan: shrinking the cache drops the pages it held, and a bulk decision reads its 100 000 records
    // as 200 pages of ids (each shrink and regrow cost ~10 ms: 2 s in all).
    std::optional<PageCacheLimit> scanCache;
    if (filter.recordIds.isEmpty())
        scanCache.emplace(m_db);
    // No LIMIT clause unless one is asked for: "LIMIT -1" makes SQLite sort through its top-N path, ten times slower
    // on a million rows than its plain sorter.
    const bool paged = filter.limit >= 0 || filter.offset > 0;
    QVariantList values = f.values + order.values;
    if (paged)
        values << filter.limit << filter.offset;
    const QString sql = QStringLiteral("SELECT %1, %2 %3%4 ORDER BY %5%6")
                            .arg(RecordMapper::columns(), RecordMapper::runtimeNameColumn(), UserFilterSql::source(),
                                 f.sql, order.sql, paged ? QStringLiteral(" LIMIT ? OFFSET ?") : QString());
    // Through DbStatement (SQLite's C API): a million users through QSqlQuery were 23 million QVariants. Streamed:
    // the batches run no statement on this connection, and PostgreSQL then never holds the whole list in memory.
    DbStatement q{DbConnection(m_db)};
    q.setStreamed();
    if (Status s = q.prepare(sql.toUtf8().constData(), Tr::tr("listing users")); !s)
        return s;
    if (Status s = bindValues(q, values); !s)
        return s;
    const RecordMapper mapper(RecordMapper::Listed::Yes);
    const int size = std::max(1, batchSize);
    QVector<UserRow> rows;
    rows.reserve(std::min(size, 4096));
    while (q.step()) {
        rows.append(mapper.userRow(q, infra->model, owned));
        if (rows.size() >= size) {
            if (cancelled && cancelled->load())
                return Status::failure(Tr::tr("Cancelled."));
            if (Status s = batch(rows); !s)
                return s;
            rows.clear();
        }
    }
    // A read that stops early is an error, never a short list (SPEC §7).
    if (Status s = q.status(); !s)
        return s;
    if (cancelled && cancelled->load())
        return Status::failure(Tr::tr("Cancelled."));
    if (!rows.isEmpty())
        return batch(rows);
    return {};
}

Result<qint64> UserQueries::userCount(const UserFilter &filter) const
{
    const auto ownedRead = m_domains.ownedDomainSet(filter.infraId);
    if (!ownedRead)
        return Result<qint64>::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    std::optional<PageCacheLimit> scanCache;
    QSqlQuery q(m_db);
    bool prepared = false;
    if (UserFilterSql::countableFromAggregates(filter)) {
        // Runtime, status and class only: the aggregates already count records per runtime, status and domain, so
        // a million records cost a handful of rows, not a scan.
        const Sql::Condition c = UserFilterSql::aggregateWhere(filter, !owned.isEmpty());
        prepared = q.prepare(QStringLiteral("SELECT COALESCE(SUM(a.n), 0) FROM runtime r CROSS JOIN agg_runtime a"
                                            " WHERE a.runtime_id = r.id AND %1").arg(c.sql));
        for (const QVariant &v : c.values)
            q.addBindValue(v);
    } else {
        const Sql::Condition f = UserFilterSql::where(SqlDialect::of(m_db), filter, !owned.isEmpty());
        scanCache.emplace(m_db);
        prepared = q.prepare(QStringLiteral("SELECT COUNT(*) %1%2").arg(UserFilterSql::source(), f.sql));
        for (const QVariant &v : f.values)
            q.addBindValue(v);
    }
    // A failed prepare is reported as itself: QPSQL would go on to run "EXECUTE" of no statement and report that.
    if (!prepared || !q.exec() || !q.next())
        return Result<qint64>::failure(StorageErrors::failure(Tr::tr("counting users"), q.lastError()));
    return q.value(0).toLongLong();
}

Result<QVector<qint64>> UserQueries::userIds(const UserFilter &filter, const std::atomic_bool *cancelled) const
{
    using R = Result<QVector<qint64>>;
    const auto infra = m_infras.infrastructureById(filter.infraId);
    if (!infra)
        return R::failure(infra.error());
    const auto owned = m_domains.ownedDomainSet(filter.infraId);
    if (!owned)
        return R::failure(owned.error());
    const bool hasOwned = !owned->isEmpty();
    const Sql::Condition f = UserFilterSql::where(SqlDialect::of(m_db), filter, hasOwned);
    const Sql::Condition order = UserFilterSql::orderBy(SqlDialect::of(m_db), filter, infra->model, hasOwned);
    QVariantList values = f.values + order.values;
    QString sql = QStringLiteral("SELECT u.id %1%2 ORDER BY %3").arg(UserFilterSql::source(), f.sql, order.sql);
    if (filter.limit >= 0 || filter.offset > 0) {
        sql += QStringLiteral(" LIMIT ? OFFSET ?");
        values << filter.limit << filter.offset;
    }

    // Through DbStatement (the C API on SQLite): a million ids through QSqlQuery cost ~2 s of QVariant traffic,
    // through sqlite3_step ~0.1 s.
    const PageCacheLimit scanCache(m_db);
    const DbConnection connection(m_db);
    DbStatement q(connection);
    if (Status s = q.prepare(sql.toUtf8().constData(), Tr::tr("listing users")); !s)
        return R::failure(s.error());
    if (Status s = bindValues(q, values); !s)
        return R::failure(s.error());
    // Polled by SQLite while it scans and sorts, so a cancelled load stops within milliseconds even mid-sort.
    if (cancelled && connection.sqlite) {
        sqlite3_progress_handler(
            connection.sqlite, 10000,
            [](void *flag) { return static_cast<const std::atomic_bool *>(flag)->load() ? 1 : 0; },
            const_cast<std::atomic_bool *>(cancelled));
    }
    QVector<qint64> ids;
    while (q.step()) {
        ids.append(q.int64At(0));
        if (cancelled && (ids.size() % 4096) == 0 && cancelled->load())
            break;
    }
    if (cancelled && connection.sqlite)
        sqlite3_progress_handler(connection.sqlite, 0, nullptr, nullptr);
    if (cancelled && cancelled->load())
        return R::failure(Tr::tr("Cancelled."));
    if (Status s = q.status(); !s)
        return R::failure(s.error());
    return ids;
}

namespace {

// Point lookups in autocommit mode each take and drop SQLite's file lock (fcntl calls, a hot-journal check): ~7 µs a
// row, most of the time of reading 100 000 chosen records (issue 10's bulk decision; the join itself takes 0.12 s in
// the sqlite3 shell). One read transaction around the loop takes the lock once; it only reads, so it is rolled back.
class SqliteReadBatch
{
public:
    SqliteReadBatch(QSqlDatabase db, sqlite3 *handle) : m_db(std::move(db))
    {
        if (handle && sqlite3_get_autocommit(handle))
            m_open = m_db.transaction();
    }
    ~SqliteReadBatch()
    {
        if (m_open)
            m_db.rollback();
    }
    SqliteReadBatch(const SqliteReadBatch &) = delete;
    SqliteReadBatch &operator=(const SqliteReadBatch &) = delete;

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

Result<QVector<UserRow>> UserQueries::decisionRows(qint64 infraId, const QVector<qint64> &ids,
                                                   const std::atomic_bool *cancelled) const
{
    using R = Result<QVector<UserRow>>;
    enum { Runtime, SourceId, Username, Tenant, Active, Status, ItOverride, DeactivatedHere };
    const DbConnection connection(m_db);
    const SqliteReadBatch batch(m_db, connection.sqlite);
    DbStatement q{connection};
    if (hc::Status s = q.prepare("SELECT r.name, u.source_id, u.username, u.tenant, u.active, u.status,"
                                 " CASE WHEN u.it_override IS NULL THEN 0 ELSE 1 END, u.deactivated_here"
                                 " FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                                 " WHERE u.id = ? AND r.infra_id = ?",
                                 Tr::tr("listing users"));
        !s)
        return R::failure(s.error());
    QVector<UserRow> rows;
    rows.reserve(ids.size());
    for (qint64 id : ids) {
        if (cancelled && (rows.size() % 1024) == 0 && cancelled->load())
            return R::failure(Tr::tr("Cancelled."));
        q.bind(1, id);
        q.bind(2, infraId);
        if (q.step()) {
            UserRow row;
            row.recordId = id;
            row.runtime = q.textAt(Runtime);
            row.record.sourceId = q.textAt(SourceId);
            row.record.username = q.textAt(Username);
            row.record.tenant = q.textAt(Tenant);
            row.record.active = q.intAt(Active) != 0;
            row.status = RecordStatus(q.intAt(Status));
            row.itOverride = q.intAt(ItOverride) != 0;
            row.deactivatedHere = q.intAt(DeactivatedHere) != 0;
            rows.append(std::move(row));
            q.step();
        }
        const hc::Status read = q.status();
        q.reset();
        if (!read)
            return R::failure(read.error());
    }
    return rows;
}

Result<QVector<UserRow>> UserQueries::findRecords(const RecordRef &ref) const
{
    using R = Result<QVector<UserRow>>;
    const auto infraOf = Sql::infraOfRuntime(m_db, ref.runtimeId);
    if (!infraOf)
        return R::failure(infraOf.error());
    const qint64 infraId = *infraOf;

    const auto ownedRead = m_domains.ownedDomainSet(infraId);
    if (!ownedRead)
        return R::failure(ownedRead.error());
    const QSet<QString> &owned = *ownedRead;
    const auto infra = m_infras.infrastructureById(infraId);
    if (!infra)
        return R::failure(infra.error());

    // Through the lookup key hashes, then the real username and tenant.
    const QString usernameKey = Rules::usernameKey(ref.username);
    QSqlQuery u(m_db);
    u.prepare(QStringLiteral("SELECT %1, %2 FROM user_key k JOIN user_record u ON u.id = k.id"
                             " JOIN runtime r ON r.id = u.runtime_id WHERE k.runtime_id = ? AND k.h = ?"
                             " AND u.username_key = ?%3 ORDER BY u.tenant, u.id")
                  .arg(RecordMapper::columns(), RecordMapper::runtimeNameColumn(), ref.tenant ? QStringLiteral(" AND u.tenant = ?") : QString()));
    u.addBindValue(ref.runtimeId);
    u.addBindValue(CountsEngine::keyHash(u'u', usernameKey));
    u.addBindValue(Sql::bound(usernameKey));
    if (ref.tenant)
        u.addBindValue(Sql::bound(*ref.tenant));
    if (!u.exec())
        return R::failure(StorageErrors::failure(Tr::tr("finding a user"), u.lastError()));
    QVector<UserRow> rows;
    const RecordMapper mapper(u.record());
    if (!mapper.valid())
        return R::failure(Tr::tr("The query reads no column %1.").arg(mapper.missingColumn()));
    while (u.next())
        rows.append(mapper.userRow(u, infra->model, owned));
    if (u.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("finding a user"), u.lastError()));
    if (rows.isEmpty())
        return R::failure(Tr::tr("No user \"%1\" in that runtime.").arg(ref.username));
    return rows;
}

} // namespace hc
