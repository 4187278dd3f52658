#include "ImportRun.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "IdentityResolver.h"
#include "PlatformEstimate.h"
#include "RuntimeKeySet.h"
#include "RuntimeImport.h"
#include "SqlSupport.h"
#include "BulkWriter.h"
#include "StorageErrors.h"

#include <QMap>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cstring>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

} // namespace

// Old rows and keys of the runtime go first; its ids restart at first + 1.
Status ImportRun::deleteOldRows()
{
    const QString what = Tr::tr("replacing the runtime's records");
    if (Status s = Sql::exec(m_db, QStringLiteral("DELETE FROM user_record WHERE id BETWEEN ? AND ?"), {m_first, m_last}, what); !s)
        return s;
    for (const char *table : {"user_key", "agg_runtime", "agg_tenant"}) {
        if (Status s = Sql::exec(m_db, QStringLiteral("DELETE FROM %1 WHERE runtime_id = ?").arg(QLatin1String(table)),
                                 {m_runtimeId}, what);
            !s)
            return s;
    }
    return {};
}

// The rows in order, their text read back from the spool a group at a time. The SQLite writer binds text without a
// copy until its statement of RowsPerStatement rows has run (the last, shorter one: until finish()), so each group
// is exactly one statement and its bytes stay put until the next group is read.
Status ImportRun::insertRows()
{
    constexpr int RowsPerStatement = 32;
    const auto ins = BulkWriter::open(m_connection, "user_record",
                                      "id, runtime_id, source_id, name, username, email, phone, external_id, tenant,"
                                      " creation_date, last_login, active, it_user, email_key, domain, email_source,"
                                      " username_key, it_override, deactivated_here, split, status, individual,"
                                      " platform_user, serial",
                                      RowsPerStatement);
    if (Status s = m_spool.rewind(); !s)
        return s;
    QByteArray bytes;
    QVector<RowText> heads(RowsPerStatement); // offsets only; the text of the group is in `bytes`
    QVector<qsizetype> starts(RowsPerStatement);
    const int n = int(m_rows.size());
    for (int from = 0; from < n; from += RowsPerStatement) {
        if ((from & 4095) == 0) {
            if (isCancelled())
                return cancelledStatus();
            if (m_progress)
                m_progress(from);
        }
        const int count = std::min(RowsPerStatement, n - from);
        bytes.clear();
        for (int k = 0; k < count; ++k) {
            auto header = m_spool.next(sizeof heads[k].offsets);
            if (!header)
                return Status::failure(header.error());
            std::memcpy(heads[k].offsets, *header, sizeof heads[k].offsets);
            auto text = m_spool.next(heads[k].offsets[RowText::TextCount]);
            if (!text)
                return Status::failure(text.error());
            starts[k] = bytes.size();
            bytes.append(*text, heads[k].offsets[RowText::TextCount]);
        }
        for (int k = 0; k < count; ++k) {
            if (Status s = addRow(*ins, from + k, bytes.constData() + starts[k], heads[k]); !s)
                return s;
        }
    }
    if (Status s = ins->finish(); !s)
        return s;
    return Sql::exec(m_db, QStringLiteral("UPDATE infrastructure SET next_serial = ? WHERE id = ?"),
                     {m_nextSerial, m_infraId}, Tr::tr("storing the infrastructure's serials"));
}

Status ImportRun::addRow(BulkWriter &ins, int i, const char *text, const RowText &head)
{
    const PreparedRow &row = m_rows[i];
    auto addText = [&](int t) { ins.addText(text + head.offsets[t], head.size(t)); };
    ins.addInt(recordId(i));
    ins.addInt(m_runtimeId);
    for (int t = RowText::SourceId; t <= RowText::LastLogin; ++t)
        addText(t);
    ins.addInt(row.active ? 1 : 0);
    ins.addInt(row.itUser ? 1 : 0);
    addText(RowText::EmailKey);
    addText(RowText::Domain);
    ins.addInt(int(row.facts.emailSource));
    addText(RowText::UsernameKey);
    if (row.decisions.overrides.itUser)
        ins.addInt(*row.decisions.overrides.itUser ? 1 : 0);
    else
        ins.addNull();
    ins.addInt(row.decisions.overrides.deactivated.value_or(false) ? 1 : 0);
    ins.addInt(row.decisions.split ? 1 : 0);
    ins.addInt(int(row.facts.status));
    if (m_resolverIndexOfRow[i] >= 0) {
        ins.addInt(m_individual[m_resolverIndexOfRow[i]]);
        ins.addInt(m_platformUser[i]);
    } else {
        ins.addNull();
        ins.addNull();
    }
    ins.addInt(m_serials[i]);
    return ins.endRow();
}

// Lookup key hashes (e-mail and username, any status), sorted so the WITHOUT ROWID table is appended in order.
Status ImportRun::insertKeys()
{
    QVector<QPair<qint64, qint64>> keys;
    keys.reserve(2 * m_rows.size());
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const RecordFacts &f = m_rows[i].facts;
        if (!f.emailKey.isEmpty())
            keys.append({CountsEngine::keyHash(u'e', f.emailKey), recordId(i)});
        if (!f.usernameKey.isEmpty())
            keys.append({CountsEngine::keyHash(u'u', f.usernameKey), recordId(i)});
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end()); // same hash twice for one record
    QVector<qint64> distinct;
    distinct.reserve(keys.size());
    for (const auto &key : std::as_const(keys)) {
        if (distinct.isEmpty() || distinct.last() != key.first)
            distinct.append(key.first);
    }
    if (Status s = RuntimeKeySet::write(m_connection, m_runtimeId, distinct); !s)
        return s;
    const auto ins = BulkWriter::open(m_connection, "user_key", "runtime_id, h, id", 64);
    for (const auto &[hash, id] : std::as_const(keys)) {
        ins->addInt(m_runtimeId);
        ins->addInt(hash);
        ins->addInt(id);
        if (Status s = ins->endRow(); !s)
            return s;
    }
    return ins->finish();
}

// Records per (status, domain) of this runtime, appended in primary-key order.
Status ImportRun::insertRuntimeAggregates()
{
    QHash<QPair<int, QString>, qint64> counted;
    for (const PreparedRow &row : std::as_const(m_rows))
        counted[{int(row.facts.status), row.facts.domain}] += 1;
    QVector<std::tuple<int, QByteArray, qint64>> buckets;
    buckets.reserve(counted.size());
    for (auto it = counted.cbegin(); it != counted.cend(); ++it)
        buckets.append({it.key().first, it.key().second.toUtf8(), it.value()});
    std::sort(buckets.begin(), buckets.end());
    const auto ins = BulkWriter::open(m_connection, "agg_runtime", "runtime_id, status, domain, n");
    for (const auto &[status, domain, count] : std::as_const(buckets)) {
        ins->addInt(m_runtimeId);
        ins->addInt(status);
        ins->addText(domain);
        ins->addInt(count);
        if (Status s = ins->endRow(); !s)
            return s;
    }
    return ins->finish();
}

// Records per tenant of this runtime (tenant list, Users view filter); then individuals per identity key for the
// whole infrastructure and platform users per key for this runtime.
Status ImportRun::insertTenantAggregates()
{
    const QMap<QString, qint64> &perTenant = m_perTenant;
    const auto ins = BulkWriter::open(m_connection, "agg_tenant", "runtime_id, tenant, n");
    QVector<QByteArray> names; // alive until finish()
    names.reserve(perTenant.size());
    for (auto it = perTenant.cbegin(); it != perTenant.cend(); ++it) {
        names.append(it.key().toUtf8());
        ins->addInt(m_runtimeId);
        ins->addText(names.last());
        ins->addInt(it.value());
        if (Status s = ins->endRow(); !s)
            return s;
    }
    if (Status s = ins->finish(); !s)
        return s;
    if (Status s = AggregateKeys::applyDeltas(m_db, KeyTable::Identity, m_infraId, m_identityDeltas); !s)
        return s;
    return AggregateKeys::replace(m_connection, KeyTable::Platform, m_runtimeId, m_platformKeys);
}

// Records of other runtimes whose individual changed (they merged with, or lost, records of this runtime).
Status ImportRun::updateOtherRuntimes()
{
    QSqlQuery upd(m_db);
    upd.prepare(QStringLiteral("UPDATE user_record SET individual = ? WHERE id = ?"));
    for (int i = 0; i < m_others.size(); ++i) {
        if (m_individual[i] == m_others[i].individual)
            continue;
        upd.addBindValue(m_individual[i]);
        upd.addBindValue(m_others[i].id);
        if (!upd.exec())
            return Status::failure(StorageErrors::failure(Tr::tr("storing individuals"), upd.lastError()));
    }
    return {};
}

} // namespace hc
