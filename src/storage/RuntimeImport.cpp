#include "RuntimeImport.h"

#include "CountsEngine.h"
#include "IdentityResolver.h"
#include "SqliteBulkInserter.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <thread>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

QString dbError(const QString &what, const QSqlError &e)
{
    return Tr::tr("Database error while %1: %2").arg(what, e.text());
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

// A record ready to be written: the rules' facts and every text column already in UTF-8.
struct PreparedRow
{
    enum Text { SourceId, Name, Username, Email, Phone, ExternalId, Tenant, CreationDate, LastLogin, EmailKey, Domain,
                UsernameKey, TextCount };
    QByteArray text[TextCount];
    RecordFacts facts;
    Decisions decisions;
    bool active = true;
    bool itUser = false;
};

void prepare(const UserRecord &r, const Decisions &d, PreparedRow &row)
{
    row.facts = Rules::facts(r, d.overrides);
    row.decisions = d;
    row.active = r.active;
    row.itUser = r.itUser;
    row.text[PreparedRow::SourceId] = r.sourceId.toUtf8();
    row.text[PreparedRow::Name] = r.name.toUtf8();
    row.text[PreparedRow::Username] = r.username.toUtf8();
    row.text[PreparedRow::Email] = r.email.toUtf8();
    row.text[PreparedRow::Phone] = r.phone.toUtf8();
    row.text[PreparedRow::ExternalId] = r.externalId.toUtf8();
    row.text[PreparedRow::Tenant] = r.tenant.toUtf8();
    row.text[PreparedRow::CreationDate] = r.creationDate.toUtf8();
    row.text[PreparedRow::LastLogin] = r.lastLogin.toUtf8();
    row.text[PreparedRow::EmailKey] = row.facts.emailKey.toUtf8();
    row.text[PreparedRow::Domain] = row.facts.domain.toUtf8();
    row.text[PreparedRow::UsernameKey] = row.facts.usernameKey.toUtf8();
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

RuntimeImport::RuntimeImport(QSqlDatabase db, sqlite3 *handle, qint64 infraId, qint64 runtimeId)
    : m_db(std::move(db))
    , m_handle(handle)
    , m_infraId(infraId)
    , m_runtimeId(runtimeId)
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
    }

    // The runtime's current records: for the summary, and kept in merge mode.
    ImportSummary summary;
    QVector<UserRecord> merged;
    const QVector<UserRecord> *finalRecords = &records;
    {
        QVector<UserRecord> previous;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT source_id, name, username, email, phone, external_id, tenant, creation_date,"
                                 " last_login, active, it_user FROM user_record WHERE id BETWEEN ? AND ?"));
        q.addBindValue(first);
        q.addBindValue(last);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading the runtime's records"), q.lastError()));
        while (q.next()) {
            UserRecord r;
            r.sourceId = q.value(0).toString();
            r.name = q.value(1).toString();
            r.username = q.value(2).toString();
            r.email = q.value(3).toString();
            r.phone = q.value(4).toString();
            r.externalId = q.value(5).toString();
            r.tenant = q.value(6).toString();
            r.creationDate = q.value(7).toString();
            r.lastLogin = q.value(8).toString();
            r.active = q.value(9).toBool();
            r.itUser = q.value(10).toBool();
            previous.append(r);
        }
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

    // Facts and UTF-8 on both cores: the rules are pure functions.
    QVector<PreparedRow> rows(n);
    {
        auto work = [&](int from, int to) {
            for (int i = from; i < to; ++i) {
                const UserRecord &r = input[i];
                prepare(r, decisions.value(refKey(r.tenant, Rules::usernameKey(r.username))), rows[i]);
            }
        };
        const int half = n / 2;
        std::thread helper(work, half, n);
        work(0, half);
        helper.join();
    }
    if (isCancelled())
        return R::failure(cancelledMessage);

    // Counted records of the other runtimes: identity merging spans the whole infrastructure (R6).
    QVector<OtherNode> others;
    {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT u.id, u.runtime_id, u.tenant, u.email_key, u.username_key, u.domain, u.split,"
                                 " u.individual FROM runtime r CROSS JOIN user_record u"
                                 " WHERE r.infra_id = ? AND r.id <> ? AND u.id BETWEEN (r.id << 32) AND ((r.id << 32) | 4294967295)"
                                 " AND u.status = 0"));
        q.addBindValue(m_infraId);
        q.addBindValue(m_runtimeId);
        if (!q.exec())
            return R::failure(dbError(Tr::tr("reading the other runtimes"), q.lastError()));
        while (q.next()) {
            OtherNode o;
            o.id = q.value(0).toLongLong();
            o.runtimeId = q.value(1).toLongLong();
            o.tenant = q.value(2).toString();
            o.emailKey = q.value(3).toString();
            o.usernameKey = q.value(4).toString();
            o.domain = q.value(5).toString();
            o.split = q.value(6).toBool();
            o.individual = q.value(7).toLongLong();
            others.append(o);
        }
    }

    IdentityResolver resolver;
    QHash<QString, QVector<int>> byRef; // runtime + tenant + username -> resolver indexes, for links
    auto refOf = [](qint64 runtimeId, const QString &tenant, const QString &usernameKey) -> QString {
        return QString::number(runtimeId) + QChar(0x1e) + refKey(tenant, usernameKey);
    };
    for (const OtherNode &o : std::as_const(others)) {
        const int index = resolver.add({o.id, o.tenant, o.emailKey, o.usernameKey, o.split});
        if (!o.usernameKey.isEmpty())
            byRef[refOf(o.runtimeId, o.tenant, o.usernameKey)].append(index);
    }
    QVector<int> resolverIndexOfRow(n, -1);
    for (int i = 0; i < n; ++i) {
        const PreparedRow &row = rows[i];
        if (row.facts.status != RecordStatus::Counted)
            continue;
        const QString &tenant = input[i].tenant;
        const int index = resolver.add({first + i + 1, tenant, row.facts.emailKey, row.facts.usernameKey, row.decisions.split});
        resolverIndexOfRow[i] = index;
        if (!row.facts.usernameKey.isEmpty())
            byRef[refOf(m_runtimeId, tenant, row.facts.usernameKey)].append(index);
    }
    {
        QSqlQuery links(m_db);
        links.setForwardOnly(true);
        links.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                                     " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
        links.addBindValue(m_infraId);
        if (!links.exec())
            return R::failure(dbError(Tr::tr("reading links"), links.lastError()));
        while (links.next()) {
            const QString tenant = links.value(4).toString();
            const auto a = byRef.value(refOf(links.value(0).toLongLong(), tenant, links.value(1).toString()));
            const auto b = byRef.value(refOf(links.value(2).toLongLong(), tenant, links.value(3).toString()));
            for (int x : a) {
                for (int y : b)
                    resolver.link(x, y);
            }
        }
    }
    const QVector<qint64> individual = resolver.resolve();

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
        std::sort(members.begin(), members.end(),
                  [](const auto &a, const auto &b) { return a.first < b.first; });
        QStringList domains;
        for (int i = 0; i < members.size(); ++i) {
            domains.append(*members[i].second);
            if (i + 1 == members.size() || members[i + 1].first != members[i].first) {
                identityKeys[CountsEngine::identityKey(domains)] += 1;
                domains.clear();
            }
        }
    }
    if (isCancelled())
        return R::failure(cancelledMessage);

    // Write. Old rows and keys of the runtime go first; its ids restart at first + 1.
    {
        QSqlQuery del(m_db);
        del.prepare(QStringLiteral("DELETE FROM user_record WHERE id BETWEEN ? AND ?"));
        del.addBindValue(first);
        del.addBindValue(last);
        if (!del.exec())
            return R::failure(dbError(Tr::tr("replacing the runtime's records"), del.lastError()));
        for (const char *table : {"user_key", "agg_runtime"}) {
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM %1 WHERE runtime_id = ?").arg(QLatin1String(table)));
            d.addBindValue(m_runtimeId);
            if (!d.exec())
                return R::failure(dbError(Tr::tr("replacing the runtime's records"), d.lastError()));
        }
    }

    {
        SqliteBulkInserter ins(m_handle,
                               "INSERT INTO user_record (id, runtime_id, source_id, name, username, email, phone,"
                               " external_id, tenant, creation_date, last_login, active, it_user, email_key, domain,"
                               " email_source, username_key, it_override, deactivated_here, split, status, individual)",
                               22);
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
                ins.addText(row.text[t]);
            ins.addInt(row.active ? 1 : 0);
            ins.addInt(row.itUser ? 1 : 0);
            ins.addText(row.text[PreparedRow::EmailKey]);
            ins.addText(row.text[PreparedRow::Domain]);
            ins.addInt(int(row.facts.emailSource));
            ins.addText(row.text[PreparedRow::UsernameKey]);
            if (row.decisions.overrides.itUser)
                ins.addInt(*row.decisions.overrides.itUser ? 1 : 0);
            else
                ins.addNull();
            ins.addInt(row.decisions.overrides.deactivated.value_or(false) ? 1 : 0);
            ins.addInt(row.decisions.split ? 1 : 0);
            ins.addInt(int(row.facts.status));
            if (resolverIndexOfRow[i] >= 0)
                ins.addInt(individual[resolverIndexOfRow[i]]);
            else
                ins.addNull();
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    // Lookup keys (e-mail and username, any status), sorted so that the WITHOUT ROWID table is appended in order.
    {
        QVector<QPair<QByteArray, qint64>> keys;
        keys.reserve(2 * n);
        for (int i = 0; i < n; ++i) {
            const PreparedRow &row = rows[i];
            const QByteArray tenant = QByteArray("\x1f") + row.text[PreparedRow::Tenant];
            if (!row.text[PreparedRow::EmailKey].isEmpty())
                keys.append({QByteArray('e' + row.text[PreparedRow::EmailKey] + tenant), first + i + 1});
            if (!row.text[PreparedRow::UsernameKey].isEmpty())
                keys.append({QByteArray('u' + row.text[PreparedRow::UsernameKey] + tenant), first + i + 1});
        }
        std::sort(keys.begin(), keys.end());
        SqliteBulkInserter ins(m_handle, "INSERT INTO user_key (runtime_id, k, id)", 3, 64);
        for (const auto &[key, id] : std::as_const(keys)) {
            ins.addInt(m_runtimeId);
            ins.addText(key);
            ins.addInt(id);
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    // Records per (status, domain) of this runtime.
    {
        QMap<QPair<int, QByteArray>, qint64> buckets;
        for (const PreparedRow &row : std::as_const(rows))
            buckets[{int(row.facts.status), row.text[PreparedRow::Domain]}] += 1;
        SqliteBulkInserter ins(m_handle, "INSERT INTO agg_runtime (runtime_id, status, domain, n)", 4);
        for (auto it = buckets.cbegin(); it != buckets.cend(); ++it) {
            ins.addInt(m_runtimeId);
            ins.addInt(it.key().first);
            ins.addText(it.key().second);
            ins.addInt(it.value());
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
    }

    // Individuals per identity key, for the whole infrastructure.
    {
        for (const char *table : {"agg_identity", "agg_identity_domain"}) {
            QSqlQuery d(m_db);
            d.prepare(QStringLiteral("DELETE FROM %1 WHERE infra_id = ?").arg(QLatin1String(table)));
            d.addBindValue(m_infraId);
            if (!d.exec())
                return R::failure(dbError(Tr::tr("updating individual counts"), d.lastError()));
        }
        QVector<QPair<QByteArray, qint64>> keys;
        QVector<QPair<QByteArray, QByteArray>> domainKeys;
        for (auto it = identityKeys.cbegin(); it != identityKeys.cend(); ++it) {
            const QByteArray key = it.key().toUtf8();
            keys.append({key, it.value()});
            if (key != "@") {
                for (const QByteArray &domain : key.split(' '))
                    domainKeys.append({domain, key});
            }
        }
        std::sort(keys.begin(), keys.end());
        std::sort(domainKeys.begin(), domainKeys.end());
        SqliteBulkInserter ins(m_handle, "INSERT INTO agg_identity (infra_id, key, individuals)", 3);
        for (const auto &[key, count] : std::as_const(keys)) {
            ins.addInt(m_infraId);
            ins.addText(key);
            ins.addInt(count);
            if (Status s = ins.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = ins.finish(); !s)
            return R::failure(s.error());
        SqliteBulkInserter dom(m_handle, "INSERT INTO agg_identity_domain (infra_id, domain, key)", 3);
        for (const auto &[domain, key] : std::as_const(domainKeys)) {
            dom.addInt(m_infraId);
            dom.addText(domain);
            dom.addText(key);
            if (Status s = dom.endRow(); !s)
                return R::failure(s.error());
        }
        if (Status s = dom.finish(); !s)
            return R::failure(s.error());
    }

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
    if (progress)
        progress(n);
    return summary;
}

} // namespace hc
