#include "CountsRebuild.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "IdentityResolver.h"
#include "PlatformEstimate.h"
#include "Rules.h"
#include "StatusColumns.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountsRebuild)
};

Status failure(const QString &what, const QSqlQuery &q)
{
    return Status::failure(StorageErrors::failure(what, q.lastError()));
}

struct Row
{
    qint64 id = 0, serial = 0, runtimeId = 0;
    UserRecord record;
    Overrides overrides;
    QString emailKey, usernameKey, domain;
    bool split = false;
    int oldStatus = 0, status = 0;
    qint64 oldIndividual = 0, oldPlatformUser = 0, individual = 0, platformUser = 0;
};

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Result<QVector<Row>> readRows(QSqlDatabase &db, qint64 infraId, const TenantKinds &kinds)
{
    using R = Result<QVector<Row>>;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, u.runtime_id, u.email_key, u.username_key, u.domain, u.split, u.status,"
                             " u.individual, u.platform_user, u.serial, %1 FROM runtime r CROSS JOIN user_record u"
                             " WHERE r.infra_id = ? AND u.id BETWEEN (r.id << 32) AND ((r.id << 32) | 4294967295)")
                  .arg(StatusColumns::sql()));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(failure(Tr::tr("reading records"), q).error());
    QVector<Row> rows;
    while (q.next()) {
        Row r;
        r.id = q.value(0).toLongLong();
        r.runtimeId = q.value(1).toLongLong();
        r.emailKey = q.value(2).toString();
        r.usernameKey = q.value(3).toString();
        r.domain = q.value(4).toString();
        r.split = q.value(5).toBool();
        r.oldStatus = q.value(6).toInt();
        r.oldIndividual = q.value(7).toLongLong();
        r.oldPlatformUser = q.value(8).toLongLong();
        r.serial = q.value(9).toLongLong();
        const StatusColumns c = StatusColumns::read(q, 10);
        r.record = c.record;
        r.overrides = c.overrides;
        r.status = int(c.status(kinds));
        rows.append(std::move(r));
    }
    if (q.lastError().isValid())
        return R::failure(failure(Tr::tr("reading records"), q).error());
    return rows;
}

// R6 over every counted row, with the administrator's links.
Status resolveIndividuals(QSqlDatabase &db, qint64 infraId, const TenantKinds &kinds, QVector<Row> &rows)
{
    QSqlQuery any(db);
    any.prepare(QStringLiteral("SELECT EXISTS (SELECT 1 FROM link l JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?)"));
    any.addBindValue(infraId);
    if (!any.exec() || !any.next())
        return failure(Tr::tr("reading links"), any);
    const bool hasLinks = any.value(0).toBool(); // the map below costs seconds on a million records: only with links
    any.finish();
    IdentityResolver resolver;
    resolver.reserve(int(rows.size()));
    QVector<int> rowOf;
    QHash<QString, QVector<int>> byRef; // runtime, tenant, username key -> resolver indexes
    for (int i = 0; i < rows.size(); ++i) {
        const Row &r = rows[i];
        if (r.status != int(RecordStatus::Counted))
            continue;
        const int index = resolver.add({r.serial, kinds.usernamePool(r.record.tenant), r.emailKey, r.usernameKey, r.split});
        rowOf.append(i);
        if (hasLinks && !r.usernameKey.isEmpty())
            byRef[CountsEngine::linkRef(r.runtimeId, r.record.tenant, r.usernameKey)].append(index);
    }
    if (!hasLinks) {
        const QVector<qint64> individual = resolver.resolve();
        for (int k = 0; k < rowOf.size(); ++k)
            rows[rowOf[k]].individual = individual[k];
        return {};
    }
    if (Status s = CountsEngine::applyLinks(db, infraId, byRef, resolver); !s)
        return s;
    const QVector<qint64> individual = resolver.resolve();
    for (int k = 0; k < rowOf.size(); ++k)
        rows[rowOf[k]].individual = individual[k];
    return {};
}

// R12 per runtime; returns the platform users' keys per runtime.
QMap<qint64, QHash<QString, qint64>> resolvePlatformUsers(const TenantKinds &kinds, QVector<Row> &rows)
{
    QMap<qint64, QVector<int>> byRuntime;
    for (int i = 0; i < rows.size(); ++i) {
        if (rows[i].status == int(RecordStatus::Counted))
            byRuntime[rows[i].runtimeId].append(i);
    }
    QMap<qint64, QHash<QString, qint64>> keys;
    for (auto it = byRuntime.cbegin(); it != byRuntime.cend(); ++it) {
        IdentityResolver resolver;
        for (int i : it.value())
            resolver.add(PlatformEstimate::item(rows[i].id, rows[i].emailKey, rows[i].usernameKey,
                                                kinds.kind(rows[i].record.tenant)));
        const QVector<qint64> user = resolver.resolve();
        QVector<QPair<qint64, const QString *>> members;
        for (int k = 0; k < user.size(); ++k) {
            Row &r = rows[it.value()[k]];
            r.platformUser = user[k];
            members.append({user[k], &r.domain});
        }
        keys.insert(it.key(), AggregateKeys::countKeys(members));
    }
    return keys;
}

Status writeRows(QSqlDatabase &db, const QVector<Row> &rows)
{
    QSqlQuery upd(db);
    upd.prepare(QStringLiteral("UPDATE user_record SET status = ?, individual = ?, platform_user = ? WHERE id = ?"));
    for (const Row &r : rows) {
        if (r.status == r.oldStatus && r.individual == r.oldIndividual && r.platformUser == r.oldPlatformUser)
            continue;
        upd.addBindValue(r.status);
        upd.addBindValue(nullableId(r.individual));
        upd.addBindValue(nullableId(r.platformUser));
        upd.addBindValue(r.id);
        if (!upd.exec())
            return failure(Tr::tr("storing individuals"), upd);
    }
    return {};
}

// agg_runtime and agg_tenant of every runtime of the infrastructure, from the rows.
Status writeRuntimeAggregates(QSqlDatabase &db, qint64 infraId, const QVector<Row> &rows)
{
    for (const char *table : {"agg_runtime", "agg_tenant"}) {
        QSqlQuery del(db);
        del.prepare(QStringLiteral("DELETE FROM %1 WHERE runtime_id IN (SELECT id FROM runtime WHERE infra_id = ?)")
                        .arg(QLatin1String(table)));
        del.addBindValue(infraId);
        if (!del.exec())
            return failure(Tr::tr("updating counts"), del);
    }
    QHash<QPair<QPair<qint64, int>, QString>, qint64> buckets;
    QHash<QPair<qint64, QString>, qint64> tenants;
    for (const Row &r : rows) {
        buckets[{{r.runtimeId, r.status}, r.domain}] += 1;
        tenants[{r.runtimeId, r.record.tenant}] += 1;
    }
    QSqlQuery agg(db), ten(db);
    agg.prepare(QStringLiteral("INSERT INTO agg_runtime (runtime_id, status, domain, n) VALUES (?, ?, ?, ?)"));
    for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
        agg.addBindValue(it.key().first.first);
        agg.addBindValue(it.key().first.second);
        agg.addBindValue(it.key().second.isNull() ? QStringLiteral("") : it.key().second);
        agg.addBindValue(it.value());
        if (!agg.exec())
            return failure(Tr::tr("updating counts"), agg);
    }
    ten.prepare(QStringLiteral("INSERT INTO agg_tenant (runtime_id, tenant, n) VALUES (?, ?, ?)"));
    for (auto it = tenants.cbegin(); it != tenants.cend(); ++it) {
        ten.addBindValue(it.key().first);
        ten.addBindValue(it.key().second.isNull() ? QStringLiteral("") : it.key().second);
        ten.addBindValue(it.value());
        if (!ten.exec())
            return failure(Tr::tr("updating counts"), ten);
    }
    return {};
}

} // namespace

Status CountsRebuild::run(QSqlDatabase db, qint64 infraId)
{
    const DbConnection handle(db); // the key tables are rewritten in bulk: C API on SQLite, COPY on PostgreSQL
    const auto kinds = loadTenantKinds(db, infraId);
    if (!kinds)
        return Status::failure(kinds.error());
    auto read = readRows(db, infraId, *kinds);
    if (!read)
        return Status::failure(read.error());
    QVector<Row> &rows = read.value();
    if (Status s = resolveIndividuals(db, infraId, *kinds, rows); !s)
        return s;
    const auto platformKeys = resolvePlatformUsers(*kinds, rows);
    if (Status s = writeRows(db, rows); !s)
        return s;
    if (Status s = writeRuntimeAggregates(db, infraId, rows); !s)
        return s;

    QVector<QPair<qint64, const QString *>> members;
    for (const Row &r : std::as_const(rows)) {
        if (r.individual)
            members.append({r.individual, &r.domain});
    }
    if (Status s = AggregateKeys::replace(handle, KeyTable::Identity, infraId, AggregateKeys::countKeys(members)); !s)
        return s;
    QSqlQuery rts(db);
    rts.prepare(QStringLiteral("SELECT id FROM runtime WHERE infra_id = ?"));
    rts.addBindValue(infraId);
    if (!rts.exec())
        return failure(Tr::tr("reading runtimes"), rts);
    QVector<qint64> runtimeIds;
    while (rts.next())
        runtimeIds.append(rts.value(0).toLongLong());
    if (rts.lastError().isValid())
        return failure(Tr::tr("reading runtimes"), rts);
    for (qint64 id : runtimeIds) {
        if (Status s = AggregateKeys::replace(handle, KeyTable::Platform, id, platformKeys.value(id)); !s)
            return s;
    }
    return {};
}

Status CountsRebuild::runAll(QSqlDatabase db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT id FROM infrastructure")))
        return failure(Tr::tr("reading infrastructures"), q);
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (q.lastError().isValid())
        return failure(Tr::tr("reading infrastructures"), q);
    for (qint64 id : ids) {
        if (Status s = run(db, id); !s)
            return s;
    }
    return {};
}

} // namespace hc
