#include "RuntimeKeySet.h"

#include "DbStatement.h"
#include "SqlDialect.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QtEndian>

#include <cstring>

namespace hc::RuntimeKeySet {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

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

Status write(const DbConnection &connection, qint64 runtimeId, const QVector<qint64> &sortedUnique)
{
    const QString what = Tr::tr("storing the runtime's key set");
    DbStatement s(connection);
    const QByteArray sql = connection.dialect()
                               .upsert(QStringLiteral("runtime_keyset"), {QStringLiteral("runtime_id"), QStringLiteral("hashes")},
                                       {QStringLiteral("runtime_id")})
                               .toUtf8();
    if (Status st = s.prepare(sql.constData(), what); !st)
        return st;
    const QByteArray bytes = encode(sortedUnique);
    s.bind(1, runtimeId);
    s.bindBlob(2, bytes);
    s.step();
    return s.status();
}

Status remove(const DbConnection &connection, qint64 runtimeId)
{
    DbStatement s(connection);
    if (Status st = s.prepare("DELETE FROM runtime_keyset WHERE runtime_id = ?", Tr::tr("removing the runtime's key set")); !st)
        return st;
    s.bind(1, runtimeId);
    s.step();
    return s.status();
}

Status forEachRuntime(const DbConnection &connection, qint64 infraId, qint64 exceptRuntimeId,
                      const std::function<Status(qint64, const QVector<qint64> &)> &visit)
{
    const QString what = Tr::tr("reading the runtimes' key sets");
    // "has records" from agg_tenant, which every import writes (one row per tenant of a runtime with records).
    DbStatement s(connection);
    if (Status st = s.prepare("SELECT r.id, k.hashes, EXISTS (SELECT 1 FROM agg_tenant t WHERE t.runtime_id = r.id)"
                              " FROM runtime r LEFT JOIN runtime_keyset k ON k.runtime_id = r.id"
                              " WHERE r.infra_id = ? AND r.id <> ? ORDER BY r.id", what);
        !st)
        return st;
    s.bind(1, infraId);
    s.bind(2, exceptRuntimeId);
    while (s.step()) {
        const qint64 runtimeId = s.int64At(0);
        if (s.isNull(1)) {
            if (s.int64At(2) != 0)
                return Status::failure(StorageErrors::damaged(Tr::tr("runtime %1 has records but no key set").arg(runtimeId)));
            continue;
        }
        const QByteArrayView bytes = s.bytesAt(1);
        auto values = decode(bytes.data(), bytes.size(), runtimeId);
        if (!values)
            return Status::failure(values.error());
        if (Status st = visit(runtimeId, *values); !st)
            return st;
    }
    return s.status();
}

Result<QVector<qint64>> read(const DbConnection &connection, qint64 runtimeId)
{
    using R = Result<QVector<qint64>>;
    const QString what = Tr::tr("reading the runtime's key set");
    DbStatement s(connection);
    // Always one row, so that "no set" and "no records" are told apart in one statement.
    if (Status st = s.prepare("SELECT (SELECT k.hashes FROM runtime_keyset k WHERE k.runtime_id = ?),"
                              " EXISTS (SELECT 1 FROM agg_tenant t WHERE t.runtime_id = ?)", what);
        !st)
        return R::failure(st.error());
    s.bind(1, runtimeId);
    s.bind(2, runtimeId);
    if (!s.step()) {
        if (Status st = s.status(); !st)
            return R::failure(st.error());
        return QVector<qint64>(); // not reached: the statement always has a row
    }
    if (s.isNull(0)) {
        if (s.int64At(1) != 0)
            return R::failure(StorageErrors::damaged(Tr::tr("runtime %1 has records but no key set").arg(runtimeId)));
        return QVector<qint64>();
    }
    const QByteArrayView bytes = s.bytesAt(0);
    return decode(bytes.data(), bytes.size(), runtimeId);
}

Result<QVector<qint64>> fromKeys(const DbConnection &connection, qint64 runtimeId)
{
    using R = Result<QVector<qint64>>;
    DbStatement s(connection);
    if (Status st = s.prepare("SELECT DISTINCT h FROM user_key WHERE runtime_id = ? ORDER BY h",
                              Tr::tr("reading the runtime's key set"));
        !st)
        return R::failure(st.error());
    s.bind(1, runtimeId);
    QVector<qint64> hashes;
    while (s.step())
        hashes.append(s.int64At(0));
    if (Status st = s.status(); !st)
        return R::failure(st.error());
    return hashes;
}

Status rebuildAll(const DbConnection &connection)
{
    const QString what = Tr::tr("building the runtimes' key sets");
    DbStatement runtimes(connection), keys(connection);
    // Every runtime gets a set, an empty one too (its records may have neither e-mail nor username).
    if (Status st = runtimes.prepare("SELECT id FROM runtime ORDER BY id", what); !st)
        return st;
    // user_key's primary key is (runtime_id, h, id): each runtime's hashes come in ascending order.
    if (Status st = keys.prepare("SELECT h FROM user_key WHERE runtime_id = ? ORDER BY h", what); !st)
        return st;
    while (runtimes.step()) {
        const qint64 runtimeId = runtimes.int64At(0);
        QVector<qint64> hashes;
        keys.reset();
        keys.bind(1, runtimeId);
        while (keys.step()) {
            const qint64 h = keys.int64At(0);
            if (hashes.isEmpty() || hashes.last() != h)
                hashes.append(h);
        }
        if (Status st = keys.status(); !st)
            return st;
        if (Status st = write(connection, runtimeId, hashes); !st)
            return st;
    }
    return runtimes.status();
}

} // namespace hc::RuntimeKeySet
