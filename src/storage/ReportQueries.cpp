#include "ReportQueries.h"

#include "AggregateKeys.h"
#include "DbStatement.h"
#include "RuntimeImport.h"
#include "StorageErrors.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

QString sqlError(const QString &what, const QSqlQuery &q)
{
    // A failed page read is the workspace's damage, not a passing database error (SPEC §7).
    if (StorageErrors::isDamage(q.lastError()))
        return StorageErrors::damaged(q.lastError().text());
    return ReportQueries::tr("Database error while reading %1 for the report: %2").arg(what, q.lastError().text());
}

// Runs a prepared query with its values bound in order.
bool run(QSqlQuery &q, const QVariantList &values)
{
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

} // namespace

ReportQueries::ReportQueries(const Workspace &workspace)
    : m_db(workspace.database())
{
}

Result<ExternalDomains> ReportQueries::externalDomains(qint64 infraId, int limit) const
{
    using R = Result<ExternalDomains>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.domain, SUM(a.n) AS records FROM runtime r CROSS JOIN agg_runtime a"
        " WHERE r.infra_id = ? AND a.runtime_id = r.id AND a.status = ? AND a.domain <> ''"
        " AND EXISTS (SELECT 1 FROM owned_domain WHERE infra_id = ?)"
        " AND a.domain NOT IN (SELECT normalized FROM owned_domain WHERE infra_id = ?)"
        " GROUP BY a.domain ORDER BY records DESC, a.domain"));
    if (!run(q, {infraId, int(RecordStatus::Counted), infraId, infraId}))
        return R::failure(sqlError(tr("external domains"), q));
    ExternalDomains result;
    while (q.next()) {
        const qint64 records = q.value(1).toLongLong();
        if (result.top.size() < limit)
            result.top.append({q.value(0).toString(), records});
        ++result.domains;
        result.records += records;
    }
    if (q.lastError().isValid())
        return R::failure(sqlError(tr("external domains"), q));
    return result;
}

Result<NoEmailRecords> ReportQueries::noEmailRecords(qint64 infraId) const
{
    using R = Result<NoEmailRecords>;
    NoEmailRecords result;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT a.status, SUM(a.n) FROM runtime r CROSS JOIN agg_runtime a"
                             " WHERE r.infra_id = ? AND a.runtime_id = r.id AND a.domain = '' GROUP BY a.status"));
    if (!run(q, {infraId}))
        return R::failure(sqlError(tr("records without an e-mail"), q));
    while (q.next())
        (q.value(0).toInt() == int(RecordStatus::Counted) ? result.counted : result.excluded) += q.value(1).toLongLong();
    if (q.lastError().isValid())
        return R::failure(sqlError(tr("records without an e-mail"), q));
    return result;
}

Result<QVector<ReportRecord>> ReportQueries::records(const QVector<qint64> &ids) const
{
    using R = Result<QVector<ReportRecord>>;
    QVector<ReportRecord> found;
    if (ids.isEmpty())
        return found;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT u.id, r.name, u.username, u.name, u.email, u.tenant, u.last_login, u.email_key"
                             " FROM user_record u JOIN runtime r ON r.id = u.runtime_id WHERE u.id IN (%1)")
                  .arg(QStringList(ids.size(), QStringLiteral("?")).join(u',')));
    QVariantList values;
    for (qint64 id : ids)
        values << id;
    if (!run(q, values))
        return R::failure(sqlError(tr("records"), q));
    QHash<qint64, ReportRecord> byId;
    while (q.next()) {
        byId.insert(q.value(0).toLongLong(),
                    {q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                     q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    }
    if (q.lastError().isValid())
        return R::failure(sqlError(tr("records"), q));
    for (qint64 id : ids) {
        if (const auto it = byId.constFind(id); it != byId.constEnd())
            found.append(*it);
    }
    return found;
}

Status ReportQueries::forEachRecord(qint64 infraId, const std::function<void(const RecordRow &)> &visit) const
{
    QVector<qint64> runtimeIds;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id FROM runtime WHERE infra_id = ? ORDER BY id"));
        if (!run(q, {infraId}))
            return Status::failure(sqlError(tr("runtimes"), q));
        while (q.next())
            runtimeIds.append(q.value(0).toLongLong());
        if (q.lastError().isValid())
            return Status::failure(sqlError(tr("runtimes"), q));
    }
    // SQLite's C API inline (DbStatement), else one QSqlQuery per runtime on a shared PostgreSQL workspace.
    DbStatement stmt{DbConnection(m_db)};
    if (Status s = stmt.prepare("SELECT id, source_id, tenant, username_key, email_key, domain, status, name,"
                                " individual, last_login FROM user_record WHERE id BETWEEN ? AND ? ORDER BY id",
                                tr("reading records"));
        !s)
        return s;
    for (qint64 runtimeId : runtimeIds) {
        stmt.reset();
        stmt.bind(1, RuntimeImport::firstId(runtimeId));
        stmt.bind(2, RuntimeImport::lastId(runtimeId));
        RecordRow row;
        row.runtimeId = runtimeId;
        while (stmt.step()) {
            row.id = stmt.int64At(0);
            row.sourceId = stmt.bytesAt(1);
            row.tenant = stmt.bytesAt(2);
            row.usernameKey = stmt.bytesAt(3);
            row.emailKey = stmt.bytesAt(4);
            row.domain = stmt.bytesAt(5);
            row.status = RecordStatus(stmt.int64At(6));
            row.name = stmt.bytesAt(7);
            row.individual = row.status == RecordStatus::Counted ? stmt.int64At(8) : 0;
            row.lastLogin = stmt.bytesAt(9);
            visit(row);
        }
        if (Status s = stmt.status(); !s)
            return s;
    }
    return {};
}

ReadSnapshot::ReadSnapshot(const Workspace &workspace)
    : m_db(workspace.database()), m_shared(workspace.isShared())
{
}

ReadSnapshot::~ReadSnapshot()
{
    if (m_open)
        m_db.rollback();
}

Status ReadSnapshot::begin()
{
    if (!m_db.transaction())
        return Status::failure(StorageErrors::failure(tr("starting to read"), m_db.lastError()));
    m_open = true;
    QSqlQuery q(m_db);
    // PostgreSQL's default (READ COMMITTED) takes a new snapshot per statement: a report's queries could each see
    // another import. REPEATABLE READ keeps the first one for the whole transaction, which only reads.
    if (m_shared && !q.exec(QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")))
        return Status::failure(StorageErrors::failure(tr("starting to read"), q.lastError()));
    // Any read takes SQLite's shared lock (PostgreSQL's snapshot); from here until the rollback no writer's commit
    // is seen.
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM infrastructure")) || !q.next())
        return Status::failure(StorageErrors::failure(tr("starting to read"), q.lastError()));
    return {};
}

} // namespace hc
