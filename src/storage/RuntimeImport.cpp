#include "RuntimeImport.h"

#include "AggregateKeys.h"
#include "RecordMapper.h"
#include "SqlSupport.h"
#include "StorageErrors.h"
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

using Decisions = StoredDecisions;
using Sql::decisionKey;

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
    return QStringLiteral("u:") + decisionKey(r.tenant, Rules::usernameKey(r.username));
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

// One run of RuntimeImport, one method per phase (SPEC §3): what a phase computes is kept for the next ones.
// Classification, identity merging and every aggregate are computed in memory first, so each row is written once,
// in order, through the C API.
class ImportRun
{
public:
    ImportRun(const QSqlDatabase &db, sqlite3 *handle, qint64 infraId, qint64 runtimeId, ShrinkPolicy shrink,
              const std::atomic_bool *cancelled, const std::function<void(qint64)> &progress)
        : m_db(db), m_handle(handle), m_infraId(infraId), m_runtimeId(runtimeId), m_shrink(shrink),
          m_first(RuntimeImport::firstId(runtimeId)), m_last(RuntimeImport::lastId(runtimeId)),
          m_cancelled(cancelled), m_progress(progress)
    {
    }

    Result<ImportSummary> run(const QVector<UserRecord> &records, ImportMode mode);

private:
    Status loadSettings();
    Result<QVector<UserRecord>> readPrevious() const;
    Status summarise(const QVector<UserRecord> &records, ImportMode mode);
    Status prepareRows();
    Status loadOtherRuntimes();
    Status loadLinks();
    void resolveIndividuals();
    void countIdentityKeys();
    void resolvePlatformUsers();
    Status deleteOldRows();
    Status insertRows();
    Status insertKeys();
    Status insertRuntimeAggregates();
    Status insertTenantAggregates();
    Status updateOtherRuntimes();

    bool isCancelled() const { return m_cancelled && m_cancelled->load(); }
    Status cancelledStatus() const { return Status::failure(Tr::tr("Import cancelled: the workspace was left as it was.")); }
    void phase(const char *name) { qCDebug(lcImport, "%-28s %6lld ms", name, m_clock.restart()); }
    qint64 recordId(int row) const { return m_first + row + 1; }

    struct Link
    {
        qint64 runtimeA;
        QString usernameA;
        qint64 runtimeB;
        QString usernameB;
        QString tenant;
    };

    QSqlDatabase m_db;
    sqlite3 *m_handle;
    const qint64 m_infraId, m_runtimeId;
    const ShrinkPolicy m_shrink;
    const qint64 m_first, m_last;
    const std::atomic_bool *m_cancelled;
    const std::function<void(qint64)> &m_progress;
    QElapsedTimer m_clock;

    TenantKinds m_kinds;
    QHash<QString, Decisions> m_decisions; // the administrator's, by tenant + username key (SPEC §3)
    ImportSummary m_summary;
    QVector<UserRecord> m_merged;          // merge mode: the export plus the records it does not mention
    const QVector<UserRecord> *m_input = nullptr;
    QVector<PreparedRow> m_rows;           // one per m_input record, ids m_first + 1 ...
    QVector<OtherNode> m_others;           // counted records of the other runtimes
    QVector<Link> m_links;
    QVector<int> m_resolverIndexOfRow;     // -1: not counted
    QVector<qint64> m_individual;          // by resolver index: others first, then this runtime's counted rows
    QHash<QString, qint64> m_identityKeys;
    QVector<qint64> m_platformUser;        // by row; 0: not counted
    QHash<QString, qint64> m_platformKeys;
};

Result<ImportSummary> ImportRun::run(const QVector<UserRecord> &records, ImportMode mode)
{
    using R = Result<ImportSummary>;
    m_clock.start();
    using Step = Status (ImportRun::*)();
    if (Status s = loadSettings(); !s)
        return R::failure(s.error());
    phase("decisions");
    if (Status s = summarise(records, mode); !s)
        return R::failure(s.error(), s.code());
    phase("previous records + summary");
    for (const auto &[step, name] : {std::pair<Step, const char *>{&ImportRun::prepareRows, "facts + utf8"},
                                     {&ImportRun::loadOtherRuntimes, "load other runtimes"},
                                     {&ImportRun::loadLinks, "load links"}}) {
        if (Status s = (this->*step)(); !s)
            return R::failure(s.error());
        phase(name);
    }
    resolveIndividuals();
    phase("union-find");
    countIdentityKeys();
    resolvePlatformUsers();
    if (isCancelled())
        return R::failure(cancelledStatus().error());
    phase("identity keys");
    for (const auto &[step, name] : {std::pair<Step, const char *>{&ImportRun::deleteOldRows, "delete old"},
                                     {&ImportRun::insertRows, "insert rows"},
                                     {&ImportRun::insertKeys, "insert keys"},
                                     {&ImportRun::insertRuntimeAggregates, "agg_runtime"},
                                     {&ImportRun::insertTenantAggregates, "agg_tenant + keys"},
                                     {&ImportRun::updateOtherRuntimes, "update others"}}) {
        if (Status s = (this->*step)(); !s)
            return R::failure(s.error());
        phase(name);
    }
    if (m_progress)
        m_progress(m_rows.size());
    return m_summary;
}

Status ImportRun::loadSettings()
{
    auto kinds = loadTenantKinds(m_db, m_infraId);
    if (!kinds)
        return Status::failure(kinds.error());
    m_kinds = std::move(kinds).value();
    auto decisions = DecisionRows::load(m_db, m_runtimeId);
    if (!decisions)
        return Status::failure(decisions.error());
    m_decisions = std::move(decisions).value();
    return {};
}

// The runtime's current records, as exported (for the summary, and kept in merge mode).
Result<QVector<UserRecord>> ImportRun::readPrevious() const
{
    using R = Result<QVector<UserRecord>>;
    QVector<UserRecord> previous;
    sqlite3_stmt *q = nullptr;
    const char *sql = "SELECT source_id, name, username, email, phone, external_id, tenant, creation_date,"
                      " last_login, active, it_user FROM user_record WHERE id BETWEEN ? AND ?";
    if (sqlite3_prepare_v2(m_handle, sql, -1, &q, nullptr) != SQLITE_OK)
        return R::failure(StorageErrors::failure(Tr::tr("reading the runtime's records"), sqlite3_errcode(m_handle),
                                                 sqlite3_errmsg(m_handle)));
    sqlite3_bind_int64(q, 1, m_first);
    sqlite3_bind_int64(q, 2, m_last);
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
    return previous;
}

// Added / changed / removed / unchanged against the previous snapshot; the shrink guard; the merge.
Status ImportRun::summarise(const QVector<UserRecord> &records, ImportMode mode)
{
    auto read = readPrevious();
    if (!read)
        return Status::failure(read.error());
    const QVector<UserRecord> previous = std::move(read).value();
    QHash<QString, int> previousByKey;
    previousByKey.reserve(previous.size());
    for (int i = 0; i < previous.size(); ++i)
        previousByKey.insert(matchKey(previous[i]), i);
    QVector<bool> matched(previous.size(), false);
    for (const UserRecord &r : records) {
        const auto it = previousByKey.constFind(matchKey(r));
        if (it == previousByKey.constEnd()) {
            ++m_summary.added;
        } else {
            matched[*it] = true;
            ++(sameContent(previous[*it], r) ? m_summary.unchanged : m_summary.changed);
        }
    }
    m_input = &records;
    const qint64 unmatched = std::count(matched.cbegin(), matched.cend(), false);
    if (mode == ImportMode::Merge) {
        // Merge: upsert by Id (else Username); records the export does not mention stay.
        m_merged = records;
        for (int i = 0; i < previous.size(); ++i) {
            if (!matched[i])
                m_merged.append(previous[i]);
        }
        m_input = &m_merged;
        return {};
    }
    m_summary.removed = unmatched;
    for (int i = 0; i < previous.size(); ++i) {
        if (!matched[i])
            m_summary.removedUsers << (previous[i].username.isEmpty() ? QStringLiteral("Id ") + previous[i].sourceId
                                                                     : previous[i].username);
    }
    // SPEC §3: a snapshot that would take away more than half of the runtime is most likely the wrong file.
    if (m_shrink == ShrinkPolicy::Refuse && unmatched > 0 && unmatched * 2 > previous.size()) {
        const QStringList some = m_summary.removedUsers.mid(0, 10);
        return Status::failure(Tr::tr("This export would remove %1 of the runtime's %2 records (more than half), "
                                      "e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if "
                                      "that is right.")
                                   .arg(unmatched)
                                   .arg(previous.size())
                                   .arg(some.join(QStringLiteral(", ")),
                                        m_summary.removedUsers.size() > some.size() ? QStringLiteral(", …") : QString()),
                               ShrinkRefusedCode);
    }
    return {};
}

// Facts and UTF-8 on both cores: the rules are pure functions.
Status ImportRun::prepareRows()
{
    const QVector<UserRecord> &input = *m_input;
    const int n = int(input.size());
    m_rows.resize(n);
    auto work = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const UserRecord &r = input[i];
            prepare(r, m_decisions.isEmpty() ? Decisions() : m_decisions.value(decisionKey(r.tenant, Rules::usernameKey(r.username))),
                    m_kinds.kind(r.tenant), m_rows[i]);
        }
    };
    const int half = n / 2;
    std::thread helper(work, half, n);
    work(0, half);
    helper.join();
    if (isCancelled())
        return cancelledStatus();
    if (!m_decisions.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (m_rows[i].decisions.overrides.deactivated.value_or(false) && input[i].active)
                m_summary.pendingDeactivation << input[i].username;
        }
    }
    return {};
}

// Counted records of the other runtimes: identity merging spans the whole infrastructure (R6).
Status ImportRun::loadOtherRuntimes()
{
    // Through the C API: QSqlQuery's QVariant per value tripled the time of this read on large workspaces.
    sqlite3_stmt *q = nullptr;
    const QByteArray sql = QStringLiteral("SELECT u.id, u.runtime_id, u.tenant, u.email_key, u.username_key, u.domain,"
                                          " u.split, u.individual FROM runtime r CROSS JOIN user_record u"
                                          " WHERE r.infra_id = ? AND r.id <> ? AND %1 AND %2")
                               .arg(Sql::inRuntimeRange(QStringLiteral("u.id"), QStringLiteral("r.id")),
                                    Sql::statusIs(QStringLiteral("u.status"), RecordStatus::Counted))
                               .toUtf8();
    if (sqlite3_prepare_v2(m_handle, sql.constData(), int(sql.size()), &q, nullptr) != SQLITE_OK)
        return Status::failure(StorageErrors::failure(Tr::tr("reading the other runtimes"), sqlite3_errcode(m_handle),
                                                      sqlite3_errmsg(m_handle)));
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
        m_others.append(std::move(o));
    }
    const QString error = rc == SQLITE_DONE ? QString()
                                            : StorageErrors::failure(Tr::tr("reading the other runtimes"), rc,
                                                                     sqlite3_errmsg(m_handle));
    sqlite3_finalize(q);
    if (!error.isEmpty())
        return Status::failure(error);
    return {};
}

Status ImportRun::loadLinks()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                             " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
    q.addBindValue(m_infraId);
    if (!q.exec())
        return Status::failure(dbError(Tr::tr("reading links"), q.lastError()));
    while (q.next()) {
        m_links.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString()});
    }
    if (q.lastError().isValid())
        return Status::failure(dbError(Tr::tr("reading links"), q.lastError()));
    return {};
}

// R6 over the infrastructure: the other runtimes' counted records and this runtime's, joined by e-mail, username
// and the administrator's links.
void ImportRun::resolveIndividuals()
{
    const int n = int(m_rows.size());
    IdentityResolver resolver;
    resolver.reserve(int(m_others.size()) + n);
    // Only with links: runtime + tenant + username -> resolver indexes.
    QHash<QString, QVector<int>> byRef;
    auto refOf = [](qint64 runtimeId, const QString &tenant, const QString &usernameKey) -> QString {
        return QString::number(runtimeId) + QChar(0x1e) + decisionKey(tenant, usernameKey);
    };
    for (const OtherNode &o : std::as_const(m_others)) {
        const int index = resolver.add({o.id, m_kinds.usernamePool(o.tenant), o.emailKey, o.usernameKey, o.split});
        if (!m_links.isEmpty() && !o.usernameKey.isEmpty())
            byRef[refOf(o.runtimeId, o.tenant, o.usernameKey)].append(index);
    }
    m_resolverIndexOfRow.fill(-1, n);
    for (int i = 0; i < n; ++i) {
        const PreparedRow &row = m_rows[i];
        if (row.facts.status != RecordStatus::Counted)
            continue;
        const QString &tenant = (*m_input)[i].tenant;
        const int index = resolver.add({recordId(i), m_kinds.usernamePool(tenant), row.facts.emailKey,
                                        row.facts.usernameKey, row.decisions.split});
        m_resolverIndexOfRow[i] = index;
        if (!m_links.isEmpty() && !row.facts.usernameKey.isEmpty())
            byRef[refOf(m_runtimeId, tenant, row.facts.usernameKey)].append(index);
    }
    for (const Link &l : std::as_const(m_links)) {
        const auto a = byRef.value(refOf(l.runtimeA, l.tenant, l.usernameA));
        const auto b = byRef.value(refOf(l.runtimeB, l.tenant, l.usernameB));
        for (int x : a) {
            for (int y : b)
                resolver.link(x, y);
        }
    }
    m_individual = resolver.resolve();
}

// Individuals per identity key, from every counted record of the infrastructure.
void ImportRun::countIdentityKeys()
{
    QVector<QPair<qint64, const QString *>> members; // individual, domain
    members.reserve(m_individual.size());
    for (int i = 0; i < m_others.size(); ++i)
        members.append({m_individual[i], &m_others[i].domain});
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_resolverIndexOfRow[i] >= 0)
            members.append({m_individual[m_resolverIndexOfRow[i]], &m_rows[i].facts.domain});
    }
    m_identityKeys = AggregateKeys::countKeys(std::move(members));
}

// R12: this runtime's platform users (its records only: the platform never merges runtimes).
void ImportRun::resolvePlatformUsers()
{
    m_platformUser.fill(0, m_rows.size());
    IdentityResolver platform;
    QVector<int> rowOf;
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_resolverIndexOfRow[i] < 0)
            continue;
        const RecordFacts &f = m_rows[i].facts;
        platform.add(PlatformEstimate::item(recordId(i), f.emailKey, f.usernameKey, m_kinds.kind((*m_input)[i].tenant)));
        rowOf.append(i);
    }
    const QVector<qint64> user = platform.resolve();
    QVector<QPair<qint64, const QString *>> members;
    for (int k = 0; k < user.size(); ++k) {
        m_platformUser[rowOf[k]] = user[k];
        members.append({user[k], &m_rows[rowOf[k]].facts.domain});
    }
    m_platformKeys = AggregateKeys::countKeys(std::move(members));
}

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

Status ImportRun::insertRows()
{
    SqliteBulkInserter ins(m_handle,
                           "INSERT INTO user_record (id, runtime_id, source_id, name, username, email, phone,"
                           " external_id, tenant, creation_date, last_login, active, it_user, email_key, domain,"
                           " email_source, username_key, it_override, deactivated_here, split, status, individual,"
                           " platform_user)",
                           23);
    for (int i = 0; i < m_rows.size(); ++i) {
        if ((i & 4095) == 0) {
            if (isCancelled())
                return cancelledStatus();
            if (m_progress)
                m_progress(i);
        }
        const PreparedRow &row = m_rows[i];
        ins.addInt(recordId(i));
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
        if (m_resolverIndexOfRow[i] >= 0) {
            ins.addInt(m_individual[m_resolverIndexOfRow[i]]);
            ins.addInt(m_platformUser[i]);
        } else {
            ins.addNull();
            ins.addNull();
        }
        if (Status s = ins.endRow(); !s)
            return s;
    }
    return ins.finish();
}

// Lookup key hashes (e-mail and username, any status), sorted so the WITHOUT ROWID table is appended in order.
Status ImportRun::insertKeys()
{
    QVector<QPair<qint64, qint64>> keys;
    keys.reserve(2 * m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const RecordFacts &f = m_rows[i].facts;
        if (!f.emailKey.isEmpty())
            keys.append({CountsEngine::keyHash(u'e', f.emailKey), recordId(i)});
        if (!f.usernameKey.isEmpty())
            keys.append({CountsEngine::keyHash(u'u', f.usernameKey), recordId(i)});
    }
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end()); // same hash twice for one record
    SqliteBulkInserter ins(m_handle, "INSERT INTO user_key (runtime_id, h, id)", 3, 64);
    for (const auto &[hash, id] : std::as_const(keys)) {
        ins.addInt(m_runtimeId);
        ins.addInt(hash);
        ins.addInt(id);
        if (Status s = ins.endRow(); !s)
            return s;
    }
    return ins.finish();
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
    SqliteBulkInserter ins(m_handle, "INSERT INTO agg_runtime (runtime_id, status, domain, n)", 4);
    for (const auto &[status, domain, count] : std::as_const(buckets)) {
        ins.addInt(m_runtimeId);
        ins.addInt(status);
        ins.addText(domain);
        ins.addInt(count);
        if (Status s = ins.endRow(); !s)
            return s;
    }
    return ins.finish();
}

// Records per tenant of this runtime (tenant list, Users view filter); then individuals per identity key for the
// whole infrastructure and platform users per key for this runtime.
Status ImportRun::insertTenantAggregates()
{
    QMap<QString, qint64> perTenant;
    for (const UserRecord &r : *m_input)
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
            return s;
    }
    if (Status s = ins.finish(); !s)
        return s;
    if (Status s = AggregateKeys::replace(m_handle, KeyTable::Identity, m_infraId, m_identityKeys); !s)
        return s;
    return AggregateKeys::replace(m_handle, KeyTable::Platform, m_runtimeId, m_platformKeys);
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
            return Status::failure(dbError(Tr::tr("storing individuals"), upd.lastError()));
    }
    return {};
}

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
    ImportRun run(m_db, m_handle, m_infraId, m_runtimeId, m_shrink, cancelled, progress);
    return run.run(records, mode);
}

} // namespace hc
