#include "DecisionRecords.h"

#include "CountsEngine.h"
#include "Rules.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// The columns find() reads, by name here and by this enum in readRow() (one list, so they cannot drift apart).
enum Column { Id, RuntimeId, Username, Email, Phone, Name, Tenant, LastLogin, Active, ItUser, Domain, UsernameKey,
              ItOverride, DeactivatedHere, Split, StatusColumn, ColumnCount };
const char *const ColumnNames[ColumnCount] = {"id", "runtime_id", "username", "email", "phone", "name", "tenant",
                                              "last_login", "active", "it_user", "domain", "username_key",
                                              "it_override", "deactivated_here", "split", "status"};

QByteArray selectedColumns()
{
    QByteArray columns;
    for (const char *name : ColumnNames)
        columns += (columns.isEmpty() ? "u." : ", u.") + QByteArray(name);
    return columns;
}

QByteArray findSql(bool inTenant)
{
    const QByteArray columns = selectedColumns();
    // The username key hash finds the user_key rows; the real key (and tenant) weeds out hash collisions.
    return "SELECT " + columns + " FROM user_key k JOIN user_record u ON u.id = k.id"
           " WHERE k.runtime_id = ? AND k.h = ? AND u.username_key = ?"
        + QByteArray(inTenant ? " AND u.tenant = ?" : "");
}

} // namespace

DecisionRecords::DecisionRecords(const DbConnection &connection, DecisionRows::Kind kind, std::optional<bool> value,
                                 QString decidedAt)
    : m_sqlite(connection.isSqlite()), m_kind(kind), m_value(value), m_kindName(DecisionRows::kindName(kind).toUtf8()),
      m_decidedAt(decidedAt.toUtf8()), m_findAny(connection), m_findInTenant(connection), m_candidates(connection),
      m_byId(connection), m_decision(connection), m_update(connection)
{
}

Status DecisionRecords::prepare()
{
    const QByteArray decision = m_value
        ? QByteArray("INSERT INTO decision (runtime_id, tenant, username_key, kind, value, decided_at)"
                     " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (runtime_id, tenant, username_key, kind)"
                     " DO UPDATE SET value = excluded.value, decided_at = excluded.decided_at")
        : QByteArray("DELETE FROM decision WHERE runtime_id = ? AND tenant = ? AND username_key = ? AND kind = ?");
    const QByteArray update = "UPDATE user_record SET it_override = ?, deactivated_here = ?, split = ?, status = ?"
                              " WHERE id = ?";
    const QByteArray byId = "SELECT " + selectedColumns() + " FROM user_record u WHERE u.id = ?";
    const QString what = Tr::tr("recording a decision");
    for (const auto &[sql, statement] : {std::pair(findSql(false), &m_findAny), std::pair(findSql(true), &m_findInTenant),
                                         std::pair(decision, &m_decision), std::pair(update, &m_update)}) {
        if (Status s = statement->prepare(sql.constData(), what); !s)
            return s;
    }
    if (!m_sqlite)
        return {};
    if (Status s = m_candidates.prepare("SELECT id FROM user_key WHERE runtime_id = ? AND h = ?", what); !s)
        return s;
    return m_byId.prepare(byId.constData(), what);
}

StoredRecord DecisionRecords::readRow(const DbStatement &q)
{
    StoredRecord s;
    s.id = q.int64At(Id);
    s.runtimeId = q.int64At(RuntimeId);
    UserRecord &r = s.record;
    r.username = q.textAt(Username);
    r.email = q.textAt(Email);
    r.phone = q.textAt(Phone);
    r.name = q.textAt(Name);
    r.tenant = q.textAt(Tenant);
    r.lastLogin = q.textAt(LastLogin);
    r.active = q.intAt(Active) != 0;
    r.itUser = q.intAt(ItUser) != 0;
    s.facts.domain = q.textAt(Domain);
    s.facts.usernameKey = q.textAt(UsernameKey);
    if (!q.isNull(ItOverride))
        s.decisions.overrides.itUser = q.intAt(ItOverride) != 0;
    if (q.intAt(DeactivatedHere) != 0)
        s.decisions.overrides.deactivated = true;
    s.decisions.split = q.intAt(Split) != 0;
    s.facts.status = RecordStatus(q.intAt(StatusColumn));
    return s;
}

QVector<DecisionRecords::Lookup> DecisionRecords::lookups(const QVector<RecordRef> &refs)
{
    QVector<Lookup> result;
    result.reserve(refs.size());
    for (const RecordRef &ref : refs) {
        Lookup lookup{&ref, Rules::usernameKey(ref.username), 0};
        lookup.hash = CountsEngine::keyHash(u'u', lookup.usernameKey);
        result.append(std::move(lookup));
    }
    std::sort(result.begin(), result.end(), [](const Lookup &a, const Lookup &b) {
        return std::pair(a.ref->runtimeId, a.hash) < std::pair(b.ref->runtimeId, b.hash);
    });
    return result;
}

Result<QVector<StoredRecord>> DecisionRecords::find(const Lookup &lookup)
{
    using R = Result<QVector<StoredRecord>>;
    const RecordRef &ref = *lookup.ref;
    DbStatement &q = ref.tenant ? m_findInTenant : m_findAny;
    q.bind(1, ref.runtimeId);
    q.bind(2, lookup.hash);
    q.bindText(3, lookup.usernameKey);
    if (ref.tenant)
        q.bindText(4, *ref.tenant);
    QVector<StoredRecord> found;
    while (q.step())
        found.append(readRow(q));
    const Status read = q.status();
    q.reset();
    if (!read)
        return R::failure(read.error());
    if (found.isEmpty())
        return R::failure(Tr::tr("No user \"%1\" in that runtime.").arg(ref.username));
    // Sorted here: an ORDER BY made SQLite build a temporary B-tree for every lookup (a third of its time).
    std::sort(found.begin(), found.end(), [](const StoredRecord &a, const StoredRecord &b) {
        return std::tie(a.record.tenant, a.id) < std::tie(b.record.tenant, b.id);
    });
    return found;
}

Result<QVector<StoredRecord>> DecisionRecords::findAll(const QVector<Lookup> &lookups,
                                                      const std::function<void(qint64)> &progress)
{
    // On a server the two passes would be twice the round trips; there each lookup is one joined query.
    return m_sqlite ? findInTwoPasses(lookups, progress) : findEach(lookups, progress);
}

bool DecisionRecords::names(const Lookup &lookup, const StoredRecord &s)
{
    return s.facts.usernameKey == lookup.usernameKey && (!lookup.ref->tenant || *lookup.ref->tenant == s.record.tenant);
}

Result<QVector<StoredRecord>> DecisionRecords::findEach(const QVector<Lookup> &lookups,
                                                       const std::function<void(qint64)> &progress)
{
    using R = Result<QVector<StoredRecord>>;
    QSet<qint64> seen;
    QVector<StoredRecord> named;
    named.reserve(lookups.size());
    qint64 done = 0;
    for (const Lookup &lookup : lookups) {
        if (progress && (++done % 256) == 0)
            progress(done);
        auto found = find(lookup);
        if (!found)
            return R::failure(found.error());
        QVector<StoredRecord> ofLookup = std::move(found).value();
        for (StoredRecord &s : ofLookup) {
            if (!seen.contains(s.id)) {
                seen.insert(s.id);
                named.append(std::move(s));
            }
        }
    }
    return named;
}

// SQLite: the candidate ids of every lookup from user_key in its own (runtime, hash) order, then each candidate
// record once, in id order, kept when its real username key (and tenant) is the lookup's. The joined query read the
// records in hash order, a random page each: 956 ms of a 100 000-record decision on 1 M records.
Result<QVector<StoredRecord>> DecisionRecords::findInTwoPasses(const QVector<Lookup> &lookups,
                                                              const std::function<void(qint64)> &progress)
{
    using R = Result<QVector<StoredRecord>>;
    QVector<QPair<qint64, int>> candidates; // (record id, lookup index)
    candidates.reserve(lookups.size());
    for (int i = 0; i < lookups.size(); ++i) {
        if (progress && ((i + 1) % 256) == 0)
            progress((i + 1) / 2);
        m_candidates.bind(1, lookups[i].ref->runtimeId);
        m_candidates.bind(2, lookups[i].hash);
        while (m_candidates.step())
            candidates.append({m_candidates.int64At(0), i});
        const Status read = m_candidates.status();
        m_candidates.reset();
        if (!read)
            return R::failure(read.error());
    }
    std::sort(candidates.begin(), candidates.end());
    QVector<bool> matched(lookups.size(), false);
    QVector<StoredRecord> named;
    named.reserve(lookups.size());
    for (qsizetype k = 0, end = 0; k < candidates.size(); k = end) {
        end = k;
        while (end < candidates.size() && candidates[end].first == candidates[k].first)
            ++end;
        if (progress && (k / 256) != (end / 256))
            progress(lookups.size() / 2 + end * lookups.size() / (2 * candidates.size()));
        m_byId.bind(1, candidates[k].first);
        const bool exists = m_byId.step();
        std::optional<StoredRecord> s;
        if (exists)
            s = readRow(m_byId);
        const Status read = m_byId.status();
        m_byId.reset();
        if (!read)
            return R::failure(read.error());
        bool kept = false;
        for (qsizetype j = k; s && j < end; ++j) {
            if (names(lookups[candidates[j].second], *s)) {
                matched[candidates[j].second] = true;
                kept = true;
            }
        }
        if (kept)
            named.append(std::move(*s));
    }
    for (int i = 0; i < lookups.size(); ++i) {
        if (!matched[i])
            return R::failure(Tr::tr("No user \"%1\" in that runtime.").arg(lookups[i].ref->username));
    }
    return named;
}

Status DecisionRecords::writeDecision(const StoredRecord &s)
{
    m_decision.bind(1, s.runtimeId);
    m_decision.bindText(2, s.record.tenant);
    m_decision.bindText(3, s.facts.usernameKey);
    m_decision.bindUtf8(4, m_kindName);
    if (m_value) {
        m_decision.bind(5, *m_value ? 1 : 0);
        m_decision.bindUtf8(6, m_decidedAt);
    }
    return m_decision.execute();
}

Status DecisionRecords::updateRecord(const StoredRecord &s, RecordStatus status)
{
    const auto &o = s.decisions.overrides;
    if (o.itUser)
        m_update.bind(1, *o.itUser ? 1 : 0);
    else
        m_update.bindNull(1);
    m_update.bind(2, o.deactivated.value_or(false) ? 1 : 0);
    m_update.bind(3, s.decisions.split ? 1 : 0);
    m_update.bind(4, int(status));
    m_update.bind(5, s.id);
    return m_update.execute();
}

} // namespace hc
