#include "ReportQueries.h"

#include "AggregateKeys.h"
#include "RuntimeImport.h"
#include "StorageErrors.h"
#include "Workspace.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

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

QByteArrayView columnText(sqlite3_stmt *stmt, int column)
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(stmt, column)) : QByteArrayView("", 0);
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
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return Status::failure(StorageErrors::notOnPostgres(tr("The compliance report")), NotOnPostgresCode);
    const char sql[] = "SELECT id, source_id, tenant, username_key, email_key, domain, status, name, individual, last_login"
                       " FROM user_record WHERE id BETWEEN ? AND ? ORDER BY id";
    sqlite3_stmt *stmt = nullptr;
    if (const int rc = sqlite3_prepare_v2(handle, sql, -1, &stmt, nullptr); rc != SQLITE_OK)
        return Status::failure(StorageErrors::failure(tr("reading records"), rc, sqlite3_errmsg(handle)));
    const std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    for (qint64 runtimeId : runtimeIds) {
        sqlite3_reset(stmt);
        sqlite3_bind_int64(stmt, 1, RuntimeImport::firstId(runtimeId));
        sqlite3_bind_int64(stmt, 2, RuntimeImport::lastId(runtimeId));
        RecordRow row;
        row.runtimeId = runtimeId;
        int rc = SQLITE_ROW;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            row.id = sqlite3_column_int64(stmt, 0);
            row.sourceId = columnText(stmt, 1);
            row.tenant = columnText(stmt, 2);
            row.usernameKey = columnText(stmt, 3);
            row.emailKey = columnText(stmt, 4);
            row.domain = columnText(stmt, 5);
            row.status = RecordStatus(sqlite3_column_int(stmt, 6));
            row.name = columnText(stmt, 7);
            row.individual = row.status == RecordStatus::Counted ? sqlite3_column_int64(stmt, 8) : 0;
            row.lastLogin = columnText(stmt, 9);
            visit(row);
        }
        if (rc != SQLITE_DONE)
            return Status::failure(StorageErrors::failure(tr("reading records"), rc, sqlite3_errmsg(handle)));
    }
    return {};
}

ReadSnapshot::ReadSnapshot(const Workspace &workspace)
    : m_db(workspace.database())
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
    // Any read takes SQLite's shared lock; from here until the rollback no writer can commit in between.
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM infrastructure")) || !q.next())
        return Status::failure(StorageErrors::failure(tr("starting to read"), q.lastError()));
    return {};
}

} // namespace hc
