#include "RuntimeKeySet.h"

#include "SqliteStatement.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sqlite3.h>

#include <cstring>

namespace hc::RuntimeKeySet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

using SqliteApi::Statement;
inline Status sqliteFailure(sqlite3 *handle, const QString &what, int rc) { return SqliteApi::failure(handle, what, rc); }

} // namespace

QByteArray encode(const QVector<qint64> &sortedUnique)
{
    if (sortedUnique.isEmpty())
        return {}; // an empty vector's data() may be null, which qToLittleEndian's memcpy must not be given
    QByteArray bytes(sortedUnique.size() * qsizetype(sizeof(qint64)), Qt::Uninitialized);
    qToLittleEndian<qint64>(sortedUnique.constData(), sortedUnique.size(), bytes.data());
    return bytes;
}

Result<QVector<qint64>> decode(const void *data, qsizetype bytes, qint64 runtimeId)
{
    using R = Result<QVector<qint64>>;
    if (bytes % qsizetype(sizeof(qint64)) != 0)
        return R::failure(StorageErrors::damaged(Tr::tr("the key set of runtime %1 has %2 bytes").arg(runtimeId).arg(bytes)));
    QVector<qint64> values(bytes / qsizetype(sizeof(qint64)));
    if (!values.isEmpty())
        qFromLittleEndian<qint64>(data, values.size(), values.data());
    for (qsizetype i = 1; i < values.size(); ++i) {
        if (values[i - 1] >= values[i])
            return R::failure(StorageErrors::damaged(Tr::tr("the key set of runtime %1 is not in order").arg(runtimeId)));
    }
    return values;
}

Status write(sqlite3 *handle, qint64 runtimeId, const QVector<qint64> &sortedUnique)
{
    const QString what = Tr::tr("storing the runtime's key set");
    Statement s;
    if (int rc = s.prepare(handle, "INSERT OR REPLACE INTO runtime_keyset (runtime_id, hashes) VALUES (?, ?)"); rc != SQLITE_OK)
        return sqliteFailure(handle, what, rc);
    const QByteArray bytes = encode(sortedUnique);
    sqlite3_bind_int64(s.q, 1, runtimeId);
    sqlite3_bind_blob64(s.q, 2, bytes.isEmpty() ? "" : bytes.constData(), sqlite3_uint64(bytes.size()), SQLITE_STATIC);
    if (int rc = sqlite3_step(s.q); rc != SQLITE_DONE)
        return sqliteFailure(handle, what, rc);
    return {};
}

Status remove(sqlite3 *handle, qint64 runtimeId)
{
    const QString what = Tr::tr("removing the runtime's key set");
    Statement s;
    if (int rc = s.prepare(handle, "DELETE FROM runtime_keyset WHERE runtime_id = ?"); rc != SQLITE_OK)
        return sqliteFailure(handle, what, rc);
    sqlite3_bind_int64(s.q, 1, runtimeId);
    if (int rc = sqlite3_step(s.q); rc != SQLITE_DONE)
        return sqliteFailure(handle, what, rc);
    return {};
}

Status forEachRuntime(sqlite3 *handle, qint64 infraId, qint64 exceptRuntimeId,
                      const std::function<Status(qint64, const QVector<qint64> &)> &visit)
{
    const QString what = Tr::tr("reading the runtimes' key sets");
    // "has records" from agg_tenant, which every import writes (one row per tenant of a runtime with records).
    Statement s;
    if (int rc = s.prepare(handle, "SELECT r.id, k.hashes, EXISTS (SELECT 1 FROM agg_tenant t WHERE t.runtime_id = r.id)"
                                   " FROM runtime r LEFT JOIN runtime_keyset k ON k.runtime_id = r.id"
                                   " WHERE r.infra_id = ? AND r.id <> ? ORDER BY r.id");
        rc != SQLITE_OK)
        return sqliteFailure(handle, what, rc);
    sqlite3_bind_int64(s.q, 1, infraId);
    sqlite3_bind_int64(s.q, 2, exceptRuntimeId);
    int rc;
    while ((rc = sqlite3_step(s.q)) == SQLITE_ROW) {
        const qint64 runtimeId = sqlite3_column_int64(s.q, 0);
        if (sqlite3_column_type(s.q, 1) == SQLITE_NULL) {
            if (sqlite3_column_int(s.q, 2) != 0)
                return Status::failure(StorageErrors::damaged(Tr::tr("runtime %1 has records but no key set").arg(runtimeId)));
            continue;
        }
        auto values = decode(sqlite3_column_blob(s.q, 1), sqlite3_column_bytes(s.q, 1), runtimeId);
        if (!values)
            return Status::failure(values.error());
        if (Status st = visit(runtimeId, *values); !st)
            return st;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(handle, what, rc);
    return {};
}

Result<QVector<qint64>> read(sqlite3 *handle, qint64 runtimeId)
{
    using R = Result<QVector<qint64>>;
    const QString what = Tr::tr("reading the runtime's key set");
    Statement s;
    if (int rc = s.prepare(handle, "SELECT k.hashes, EXISTS (SELECT 1 FROM agg_tenant t WHERE t.runtime_id = ?1)"
                                   " FROM (SELECT ?1 AS id) r LEFT JOIN runtime_keyset k ON k.runtime_id = r.id");
        rc != SQLITE_OK)
        return R::failure(sqliteFailure(handle, what, rc).error());
    sqlite3_bind_int64(s.q, 1, runtimeId);
    const int rc = sqlite3_step(s.q);
    if (rc != SQLITE_ROW)
        return R::failure(sqliteFailure(handle, what, rc).error());
    if (sqlite3_column_type(s.q, 0) == SQLITE_NULL) {
        if (sqlite3_column_int(s.q, 1) != 0)
            return R::failure(StorageErrors::damaged(Tr::tr("runtime %1 has records but no key set").arg(runtimeId)));
        return QVector<qint64>();
    }
    return decode(sqlite3_column_blob(s.q, 0), sqlite3_column_bytes(s.q, 0), runtimeId);
}

Result<QVector<qint64>> fromKeys(sqlite3 *handle, qint64 runtimeId)
{
    using R = Result<QVector<qint64>>;
    const QString what = Tr::tr("reading the runtime's key set");
    Statement s;
    if (int rc = s.prepare(handle, "SELECT DISTINCT h FROM user_key WHERE runtime_id = ? ORDER BY h"); rc != SQLITE_OK)
        return R::failure(sqliteFailure(handle, what, rc).error());
    sqlite3_bind_int64(s.q, 1, runtimeId);
    QVector<qint64> hashes;
    int rc;
    while ((rc = sqlite3_step(s.q)) == SQLITE_ROW)
        hashes.append(sqlite3_column_int64(s.q, 0));
    if (rc != SQLITE_DONE)
        return R::failure(sqliteFailure(handle, what, rc).error());
    return hashes;
}

Status rebuildAll(sqlite3 *handle)
{
    const QString what = Tr::tr("building the runtimes' key sets");
    Statement runtimes, keys;
    // Every runtime gets a set, an empty one too (its records may have neither e-mail nor username).
    if (int rc = runtimes.prepare(handle, "SELECT id FROM runtime ORDER BY id"); rc != SQLITE_OK)
        return sqliteFailure(handle, what, rc);
    // user_key's primary key is (runtime_id, h, id): each runtime's hashes come in ascending order.
    if (int rc = keys.prepare(handle, "SELECT h FROM user_key WHERE runtime_id = ? ORDER BY h"); rc != SQLITE_OK)
        return sqliteFailure(handle, what, rc);
    int rc;
    while ((rc = sqlite3_step(runtimes.q)) == SQLITE_ROW) {
        const qint64 runtimeId = sqlite3_column_int64(runtimes.q, 0);
        QVector<qint64> hashes;
        sqlite3_reset(keys.q);
        sqlite3_bind_int64(keys.q, 1, runtimeId);
        int k;
        while ((k = sqlite3_step(keys.q)) == SQLITE_ROW) {
            const qint64 h = sqlite3_column_int64(keys.q, 0);
            if (hashes.isEmpty() || hashes.last() != h)
                hashes.append(h);
        }
        if (k != SQLITE_DONE)
            return sqliteFailure(handle, what, k);
        if (Status st = write(handle, runtimeId, hashes); !st)
            return st;
    }
    if (rc != SQLITE_DONE)
        return sqliteFailure(handle, what, rc);
    return {};
}

} // namespace hc::RuntimeKeySet
