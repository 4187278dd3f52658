#include "DecisionRecords.h"

#include "CountsEngine.h"
#include "Rules.h"

#include <QCoreApplication>

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

QByteArray findSql(bool inTenant)
{
    QByteArray columns;
    for (const char *name : ColumnNames)
        columns += (columns.isEmpty() ? "u." : ", u.") + QByteArray(name);
    // The username key hash finds the user_key rows; the real key (and tenant) weeds out hash collisions.
    return "SELECT " + columns + " FROM user_key k JOIN user_record u ON u.id = k.id"
           " WHERE k.runtime_id = ? AND k.h = ? AND u.username_key = ?"
        + QByteArray(inTenant ? " AND u.tenant = ?" : "");
}

} // namespace

DecisionRecords::DecisionRecords(const DbConnection &connection, DecisionRows::Kind kind, std::optional<bool> value,
                                 QString decidedAt)
    : m_kind(kind), m_value(value), m_kindName(DecisionRows::kindName(kind).toUtf8()),
      m_decidedAt(decidedAt.toUtf8()), m_findAny(connection), m_findInTenant(connection), m_decision(connection),
      m_update(connection)
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
    const QString what = Tr::tr("recording a decision");
    for (const auto &[sql, statement] : {std::pair(findSql(false), &m_findAny), std::pair(findSql(true), &m_findInTenant),
                                         std::pair(decision, &m_decision), std::pair(update, &m_update)}) {
        if (Status s = statement->prepare(sql.constData(), what); !s)
            return s;
    }
    return {};
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
