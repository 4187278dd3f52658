#include "RuntimeImport.h"

#include "StorageErrors.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "PlatformEstimate.h"
#include "IdentityResolver.h"
#include "SqliteBulkInserter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <thread>

namespace hc {

// Phase timings of each import: QT_LOGGING_RULES="headcount.import.debug=true".
Q_LOGGING_CATEGORY(lcImport, "headcount.import", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

QString dbError(const QString &what, const QSqlError &e)
{
    return StorageErrors::failure(what, e);
}

QString refKey(const QString &tenant, const QString &usernameKey)
{
    return tenant + QChar(0x1f) + usernameKey;
}

struct Decisions
{
    Overrides overrides;
    bool split = false;
};

// A record ready to be written: the rules' facts, and every text column in UTF-8 in one buffer (one allocation
// per record instead of one per field: allocation was the bottleneck of large imports).
struct PreparedRow
{
    enum Text { SourceId, Name, Username, Email, Phone, ExternalId, Tenant, CreationDate, LastLogin, EmailKey, Domain,
                UsernameKey, TextCount };
    QByteArray buffer;
    int offsets[TextCount + 1] = {};
    RecordFacts facts;
    Decisions decisions;
    bool active = true;
    bool itUser = false;

    const char *text(int t) const { return buffer.constData() + offsets[t]; }
    int size(int t) const { return offsets[t + 1] - offsets[t]; }
};

void appendUtf8(QByteArray &buffer, const QString &s)
{
    const qsizetype start = buffer.size();
    buffer.resize(start + s.size());
    char *out = buffer.data() + start;
    for (QChar c : s) {
        if (c.unicode() >= 0x80) {
            buffer.resize(start);
            buffer += s.toUtf8();
            return;
        }
        *out++ = char(c.unicode());
    }
}

void prepare(const UserRecord &r, const Decisions &d, TenantKind kind, PreparedRow &row)
{
    row.facts = Rules::facts(r, d.overrides, kind);
    row.decisions = d;
    row.active = r.active;
    row.itUser = r.itUser;
    const QString *fields[PreparedRow::TextCount] = {&r.sourceId, &r.name, &r.username, &r.email, &r.phone,
                                                     &r.externalId, &r.tenant, &r.creationDate, &r.lastLogin,
                                                     &row.facts.emailKey, &row.facts.domain, &row.facts.usernameKey};
    qsizetype total = 0;
    for (const QString *f : fields)
        total += f->size();
    row.buffer.reserve(total + 16);
    for (int t = 0; t < PreparedRow::TextCount; ++t) {
        row.offsets[t] = int(row.buffer.size());
        appendUtf8(row.buffer, *fields[t]);
    }
    row.offsets[PreparedRow::TextCount] = int(row.buffer.size());
}

QString matchKey(const UserRecord &r)
{
    if (!r.sourceId.trimmed().isEmpty())
        return QStringLiteral("id:") + r.sourceId.trimmed();
    return QStringLiteral("u:") + refKey(r.tenant, Rules::usernameKey(r.username));
}

bool sameContent(const UserRecord &a, const UserRecord &b)
{
    return a.sourceId == b.sourceId && a.name == b.name && a.username == b.username && a.email == b.email
        && a.phone == b.phone && a.externalId == b.externalId && a.tenant == b.tenant
        && a.creationDate == b.creationDate && a.lastLogin == b.lastLogin && a.active == b.active
        && a.itUser == b.itUser;
}

// A counted record of another runtime of the infrastructure, as identity merging needs it.
struct OtherNode
{
    qint64 id = 0;
    qint64 runtimeId = 0;
    QString tenant, emailKey, usernameKey, domain;
    bool split = false;
    qint64 individual = 0;
};

} // namespace

RuntimeImport::RuntimeImport(QSqlDatabase db, sqlite3 *handle, qint64 infraId, qint64 runtimeId, ShrinkPolicy shrink)
    : m_db(std::move(db))
    , m_handle(handle)
    , m_infraId(infraId)
    , m_runtimeId(runtimeId)
    , m_shrink(shrink)
{
}

Result<ImportSummary> RuntimeImport::run(const QVector<UserRecord> &records, ImportMode mode,
                                         const std::atomic_bool *cancelled, const std::function<void(qint64)> &progress)
{
    using R = Result<ImportSummary>;
    auto isCancelled = [cancelled] { return cancelled && cancelled->load(); };
    const QString cancelledMessage = Tr::tr("Import cancelled: the workspace was left as it was.");
    const qint64 first = firstId(m_runtimeId);
    const qint64 last = lastId(m_runtimeId);
    QElapsedTimer clock;
    clock.start();
    auto phase = [&clock](const char *name) { qCDebug(lcImport, "%-28s %6lld ms", name, clock.restart()); };

    const auto tenantKinds = loadTenantKinds(m_db, m_infraId);
    if (!tenantKinds)
        return R::failure(tenantKinds.error());
    const TenantKinds &kinds = *tenantKinds;

    // The administrator's decisions for this runtime, by tenant + username (SPEC §3).
    QHash<QString, Decisions> decisions;
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT tenant, username_key, kind, value FROM decision WHERE runtime_id = ?"));
        q.addBindValue(m_runtimeId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading decisions"), q.lastError()));
        while (q.next()) {
            Decisions &d = decisions[refKey(q.value(0).toString(), q.value(1).toString())];
            const QString kind = q.value(2).toString();
            const bool value = q.value(3).toBool();
            if (kind == u"it_user")
                d.overrides.itUser = value;
            else if (kind == u"deactivated" && value)
                d.overrides.deactivated = true;
            else if (kind == u"split")
                d.split = value;
        }
        if (q.lastError().isValid())
            return R::failure(dbError(Tr::tr("reading decisions"), q.lastError()));
    }

    phase("decisions");
    // The runtime's current records: for the summary, and kept in merge mode.
    ImportSummary summary;
    QVector<UserRecord> merged;
    const QVector<UserRecord> *finalRecords = &records;
    {
        QVector<UserRecord> previous;
        sqlite3_stmt *q = nullptr;
        const char *sql = "SELECT source_id, name, username, email, phone, external_id, tenant, creation_date,"
                          " last_login, active, it_user FROM user_record WHERE id BETWEEN ? AND ?";
        if (sqlite3_prepare_v2(m_handle, sql, -1, &q, nullptr) != SQLITE_OK)
            return R::failure(Tr::tr("Database error while reading the runtime's records: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
        sqlite3_bind_int64(q, 1, first);
        sqlite3_bind_int64(q, 2, last);
        auto textAt = [q](int column) {
            const int size = sqlite3_column_bytes(q, column);
            return size ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, column)), size) : QString();
        };
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            UserRecord r;
            QString *fields[] = {&r.sourceId, &r.name, &r.username, &r.email, &r.phone, &r.externalId, &r.tenant,
                                 &r.creationDate, &r.lastLogin};
            for (int c = 0; c < 9; ++c)
                *fields[c] = textAt(c);
            r.active = sqlite3_column_int(q, 9) != 0;
            r.itUser = sqlite3_column_int(q, 10) != 0;
            previous.append(std::move(r));
        }
        const QString error = rc == SQLITE_DONE ? QString()
                                                : StorageErrors::failure(Tr::tr("reading the runtime's records"), rc,
                                                                         sqlite3_errmsg(m_handle));
        sqlite3_finalize(q);
        if (!error.isEmpty())
            return R::failure(error);
        QHash<QString, int> previousByKey;
        previousByKey.reserve(previous.size());
        for (int i = 0; i < previous.size(); ++i)
            previousByKey.insert(matchKey(previous[i]), i);
        QVector<bool> matched(previous.size(), false);
        for (const UserRecord &r : records) {
            const auto it = previousByKey.constFind(matchKey(r));
            if (it == previousByKey.constEnd()) {
                ++summary.added;
            } else {
                matched[*it] = true;
                ++(sameContent(previous[*it], r) ? summary.unchanged : summary.changed);
            }
        }
        const qint64 unmatched = std::count(matched.cbegin(), matched.cend(), false);
        if (mode == ImportMode::Replace) {
            summary.removed = unmatched;
            for (int i = 0; i < previous.size(); ++i) {
                if (!matched[i])
                    summary.removedUsers << (previous[i].username.isEmpty() ? QStringLiteral("Id ") + previous[i].sourceId
                                                                             : previous[i].username);
            }
            // SPEC §3: a snapshot that would take away more than half of the runtime is most likely the wrong file.
            if (m_shrink == ShrinkPolicy::Refuse && unmatched > 0 && unmatched * 2 > previous.size()) {
                const QStringList some = summary.removedUsers.mid(0, 10);
                return R::failure(Tr::tr("This export would remove %1 of the runtime's %2 records (more than half), "
                                         "e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if "
                                         "that is right.")
                                      .arg(unmatched)
                                      .arg(previous.size())
                                      .arg(some.join(QStringLiteral(", ")),
                                           summary.removedUsers.size() > some.size() ? QStringLiteral(", …") : QString()),
                                  ShrinkRefusedCode);
            }
        } else {
            // Merge: upsert by Id (else Username); records the export does not mention stay.
            merged = records;
            for (int i = 0; i < previous.size(); ++i) {
                if (!matched[i])
                    merged.append(previous[i]);
            }
            finalRecords = &merged;
        }
    }
    const QVector<UserRecord> &input = *finalRecords;
    const int n = int(input.size());

    phase("previous records + summary");
    // Facts and UTF-8 on both cores: the rules are pure functions.
    QVector<PreparedRow> rows(n);
    {
        auto work = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                const UserRecord &r = input[i];
                prepare(r, decisions.isEmpty() ? Decisions() : decisions.value(refKey(r.tenant, Rules::usernameKey(r.username))),
                        kinds.kind(r.tenant), rows[i]);
            }
        };
        const int half = n / 2;
        std::thread helper(work, half, n);
        work(0, half);
        helper.join();
    }
    if (isCancelled())
        return R::failure(cancelledMessage);

    phase("facts + utf8");
    if (!decisions.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (rows[i].decisions.overrides.deactivated.value_or(false) && input[i].active)
                summary.pendingDeactivation << input[i].username;
        }
    }

    // Counted records of the other runtimes: identity merging spans the whole infrastructure (R6).
    QVector<OtherNode> others;
    {
        // Through the C API: QSqlQuery's QVariant per value tripled the time of this read on large workspaces.
        sqlite3_stmt *q = nullptr;
        const char *sql = "SELECT u.id, u.runtime_id, u.tenant, u.email_key, u.username_key, u.domain, u.split,"
                          " u.individual FROM runtime r CROSS JOIN user_record u"
                          " WHERE r.infra_id = ? AND r.id <> ? AND u.id BETWEEN (r.id << 32) AND ((r.id << 32) | 4294967295)"
                          " AND u.status = 0";
        if (sqlite3_prepare_v2(m_handle, sql, -1, &q, nullptr) != SQLITE_OK)
            return R::failure(Tr::tr("Database error while reading the other runtimes: %1").arg(QString::fromUtf8(sqlite3_errmsg(m_handle))));
        sqlite3_bind_int64(q, 1, m_infraId);
        sqlite3_bind_int64(q, 2, m_runtimeId);
        QHash<QByteArray, QString> domains; // few distinct values: share one QString each
        auto textAt = [q](int column) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, column)), sqlite3_column_bytes(q, column));
        };
        int rc;
        while ((rc = sqlite3_step(q)) == SQLITE_ROW) {
            OtherNode o;
            o.id = sqlite3_column_int64(q, 0);
            o.runtimeId = sqlite3_column_int64(q, 1);
            if (sqlite3_column_bytes(q, 2) > 0)
                o.tenant = textAt(2);
            o.emailKey = textAt(3);
            o.usernameKey = textAt(4);
            const QByteArray domain = QByteArray::fromRawData(reinterpret_cast<const char *>(sqlite3_column_text(q, 5)),
                                                              sqlite3_column_bytes(q, 5));
            auto it = domains.find(domain);
            if (it == domains.end())
                it = domains.insert(QByteArray(domain.constData(), domain.size()), QString::fromUtf8(domain));
            o.domain = *it;
            o.split = sqlite3_column_int(q, 6) != 0;
            o.individual = sqlite3_column_int64(q, 7);
            others.append(std::move(o));
        }
        const QString error = rc == SQLITE_DONE ? QString()
                                                : StorageErrors::failure(Tr::tr("reading the other runtimes"), rc,
                                                                         sqlite3_errmsg(m_handle));
        sqlite3_finalize(q);
        if (!error.isEmpty())
            return R::failure(error);
    }

    phase("load other runtimes");
    struct Link
    {
        qint64 runtimeA;
        QString usernameA;
        qint64 runtimeB;
        QString usernameB;
        QString tenant;
    };
    QVector<Link> links;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                 " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
        q.addBindValue(m_infraId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading links"), q.lastError()));
        while (q.next()) {
            links.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                          q.value(4).toString()});
        }
        if (q.lastError().isValid())
            return R::failure(dbError(Tr::tr("reading links"), q.lastError()));
    }

    phase("load links");
    IdentityResolver resolver;
    resolver.reserve(int(others.size()) + n);
    // Only with links: runtime + tenant + username -> resolver indexes.
    QHash<QString, QVector<int>> byRef;
    auto refOf = [](qint64 runtimeId, const QString &tenant, const QString &usernameKey) -> QString {
        return QString::number(runtimeId) + QChar(0x1e) + refKey(tenant, usernameKey);
    };
    for (const OtherNode &o : std::as_const(others)) {
        const int index = resolver.add({o.id, kinds.usernamePool(o.tenant), o.emailKey, o.usernameKey, o.split});
        if (!links.isEmpty() && !o.usernameKey.isEmpty())
            byRef[refOf(o.runtimeId, o.tenant, o.usernameKey)].append(index);
    }
    QVector<int> resolverIndexOfRow(n, -1);
    for (int i = 0; i < n; ++i) {
        const PreparedRow &row = rows[i];
        if (row.facts.status != RecordStatus::Counted)
            continue;
        const QString &tenant = input[i].tenant;
        const int index = resolver.add({first + i + 1, kinds.usernamePool(tenant), row.facts.emailKey,
                                        row.facts.usernameKey, row.decisions.split});
        resolverIndexOfRow[i] = index;
        if (!links.isEmpty() && !row.facts.usernameKey.isEmpty())
            byRef[refOf(m_runtimeId, tenant, row.facts.usernameKey)].append(index);
    }
    phase("resolver add");
    for (const Link &l : std::as_const(links)) {
        const auto a = byRef.value(refOf(l.runtimeA, l.tenant, l.usernameA));
        const auto b = byRef.value(refOf(l.runtimeB, l.tenant, l.usernameB));
        for (int x : a) {
            for (int y : b)
                resolver.link(x, y);
        }
    }
    const QVector<qint64> individual = resolver.resolve();

    phase("union-find");
    // Individuals per identity key, from every counted record of the infrastructure.
    QHash<QString, qint64> identityKeys;
    {
        QVector<QPair<qint64, const QString *>> members; // individual, domain
        members.reserve(individual.size());
        for (int i = 0; i < others.size(); ++i)
            members.append({individual[i], &others[i].domain});
        for (int i = 0; i < n; ++i) {
            if (resolverIndexOfRow[i] >= 0)
                members.append({individual[resolverIndexOfRow[i]], &rows[i].facts.domain});
        }
        identityKeys = AggregateKeys::countKeys(std::move(members));
    }
    // R12: this runtime's platform users (its records only: the platform never merges runtimes).
    QVector<qint64> platformUser(n, 0);
    QHash<QString, qint64> platformKeys;
    {
        IdentityResolver platform;
        QVector<int> rowOf;
        for (int i = 0; i < n; ++i) {
            if (resolverIndexOfRow[i] < 0)
                continue;
            const RecordFacts &f = rows[i].facts;
            platform.add(PlatformEstimate::item(first + i + 1, f.emailKey, f.usernameKey, kinds.kind(input[i].tenant)));
            rowOf.append(i);
        }
        const QVector<qint64> user = platform.resolve();
        QVector<QPair<qint64, const QString *>> members;
        for (int k = 0; k < user.size(); ++k) {
            platformUser[rowOf[k]] = user[k];
            members.append({user[k], &rows[rowOf[k]].facts.domain});
        }
        platformKeys = AggregateKeys::countKeys(std::move(members));
    }
    if (isCancelled())
        return R::failure(cancelledMessage);

    phase("identity keys");
    // Write. Old rows and keys of the runtime go first; its ids restart at first + 1.
    {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM user_record WHERE id BETWEEN ? AND ?"));
        del.addBindValue(first);
        del.addBindValue(last);
        if (!del.exec())
            return R::failure(dbError(Tr::tr("replacing the runtime's records"), del.lastError()));
        for (const char *table : {"user_key", "agg_runtime", "agg_tenant"}) {
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM %1 WHERE runtime_id = ?").arg(QLatin1String(table)));
            d.addBindValue(m_runtimeId);
            if (!d.exec())
                return R::failure(dbError(Tr::tr("replacing the runtime's records"), d.lastError()));
        }
    }

    phase("delete old");
    {
        SqliteBulkInserter ins(m_handle,
                               "INSERT INTO user_record (id, runtime_id, source_id, name, username, email, phone,"
                               " external_id, tenant, creation_date, last_login, active, it_user, email_key, domain,"
                               " email_source, username_key, it_override, deactivated_here, split, status, individual,"
                               " platform_user)",
                               23);
        for (int i = 0; i < n; ++i) {
            if ((i & 4095) == 0) {
                if (isCancelled())
                    return R::failure(cancelledMessage);
                if (progress)
                    progress(i);
            }
            const PreparedRow &row = rows[i];
            ins.addInt(first + i + 1);
            ins.addInt(m_runtimeId);
            for (int t = PreparedRow::SourceId; t <= PreparedRow::LastLogin; ++t)
                ins.addText(row.text(t), row.size(t));
            ins.addInt(row.active ? 1 : 0);
            ins.addInt(row.itUser ? 1 : 0);
            ins.addText(row.text(PreparedRow::EmailKey), row.size(PreparedRow::EmailKey));
            ins.addText(row.text(PreparedRow::Domain), row.size(PreparedRow::Domain));
            ins.addInt(int(row.facts.emailSource));
            ins.addText(row.text(PreparedRow::UsernameKey), row.size(PreparedRow::UsernameKey));
            if (row.decisions.overrides.itUser)
                ins.addInt(*row.decisions.overrides.itUser ? 1 : 0);
            else
                ins.addNull();
            ins.addInt(row.decisions.overrides.deactivated.value_or(false) ? 1 : 0);
            ins.addInt(row.decisions.split ? 1 : 0);
            ins.addInt(int(row.facts.status));
            if (resolverIndexOfRow[i] >= 0) {
                ins.addInt(individual[resolverIndexOfRow[i]]);
                ins.addInt(platformUser[i]);
            } else {
                ins.addNull();
                ins.addNull();
            }
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    phase("insert rows");
    // Lookup key hashes (e-mail and username, any status), sorted so the WITHOUT ROWID table is appended in order.
    {
        QVector<QPair<qint64, qint64>> keys;
        keys.reserve(2 * n);
        for (int i = 0; i < n; ++i) {
            const RecordFacts &f = rows[i].facts;
            if (!f.emailKey.isEmpty())
                keys.append({CountsEngine::keyHash(u'e', f.emailKey), first + i + 1});
            if (!f.usernameKey.isEmpty())
                keys.append({CountsEngine::keyHash(u'u', f.usernameKey), first + i + 1});
        }
        std::sort(keys.begin(), keys.end());
        keys.erase(std::unique(keys.begin(), keys.end()), keys.end()); // same hash twice for one record
        SqliteBulkInserter ins(m_handle, "INSERT INTO user_key (runtime_id, h, id)", 3, 64);
        for (const auto &[hash, id] : std::as_const(keys)) {
            ins.addInt(m_runtimeId);
            ins.addInt(hash);
            ins.addInt(id);
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    phase("insert keys");
    // Records per (status, domain) of this runtime.
    {
        QHash<QPair<int, QString>, qint64> counted;
        for (const PreparedRow &row : std::as_const(rows))
            counted[{int(row.facts.status), row.facts.domain}] += 1;
        QVector<std::tuple<int, QByteArray, qint64>> buckets; // sorted: appended in primary-key order
        buckets.reserve(counted.size());
        for (auto it = counted.cbegin(); it != counted.cend(); ++it)
            buckets.append({it.key().first, it.key().second.toUtf8(), it.value()});
        std::sort(buckets.begin(), buckets.end());
        SqliteBulkInserter ins(m_handle, "INSERT INTO agg_runtime (runtime_id, status, domain, n)", 4);
        for (const auto &[status, domain, count] : std::as_const(buckets)) {
            ins.addInt(m_runtimeId);
            ins.addInt(status);
            ins.addText(domain);
            ins.addInt(count);
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    phase("agg_runtime");
    // Records per tenant of this runtime (tenant list, Users view filter).
    {
        QMap<QString, qint64> perTenant;
        for (const UserRecord &r : input)
            perTenant[r.tenant] += 1;
        SqliteBulkInserter ins(m_handle, "INSERT INTO agg_tenant (runtime_id, tenant, n)", 3);
        QVector<QByteArray> names; // alive until finish()
        names.reserve(perTenant.size());
        for (auto it = perTenant.cbegin(); it != perTenant.cend(); ++it) {
            names.append(it.key().toUtf8());
            ins.addInt(m_runtimeId);
            ins.addText(names.last());
            ins.addInt(it.value());
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }
    // Individuals per identity key for the whole infrastructure, platform users per key for this runtime.
    if (Status s = AggregateKeys::replace(m_handle, KeyTable::Identity, m_infraId, identityKeys); !s)
        return R::failure(s.error());
    if (Status s = AggregateKeys::replace(m_handle, KeyTable::Platform, m_runtimeId, platformKeys); !s)
        return R::failure(s.error());

    phase("agg_identity");
    // Records of other runtimes whose individual changed (they merged with, or lost, records of this runtime).
    {
        QSqlQuery upd(m_db);
        upd.prepare(QStringLiteral("UPDATE user_record SET individual = ? WHERE id = ?"));
        for (int i = 0; i < others.size(); ++i) {
            if (individual[i] == others[i].individual)
                continue;
            upd.addBindValue(individual[i]);
            upd.addBindValue(others[i].id);
            if (!upd.exec())
                return R::failure(dbError(Tr::tr("storing individuals"), upd.lastError()));
        }
    }
    phase("update others");
    if (progress)
        progress(n);
    return summary;
}

} // namespace hc
