#include "DecisionRecords.h"

#include "CountsEngine.h"
#include "Rules.h"
#include "SqliteStatement.h"

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
           " WHERE k.runtime_id = ?1 AND k.h = ?2 AND u.username_key = ?3"
        + QByteArray(inTenant ? " AND u.tenant = ?4" : "");
}

// Text is bound as "" rather than NULL: the text columns are NOT NULL and compared with '='.
int bindText(sqlite3_stmt *q, int index, const QByteArray &utf8)
{
    return sqlite3_bind_text(q, index, utf8.constData() ? utf8.constData() : "", int(utf8.size()), SQLITE_TRANSIENT);
}

// Steps a statement that returns no row and resets it for the next values.
int stepOnce(sqlite3_stmt *q)
{
    const int rc = sqlite3_step(q);
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    return rc == SQLITE_DONE ? SQLITE_OK : rc;
}

} // namespace

DecisionRecords::DecisionRecords(sqlite3 *handle, DecisionRows::Kind kind, std::optional<bool> value,
                                 QString decidedAt)
    : m_handle(handle), m_kind(kind), m_value(value), m_kindName(DecisionRows::kindName(kind).toUtf8()),
      m_decidedAt(decidedAt.toUtf8())
{
}

DecisionRecords::~DecisionRecords()
{
    for (sqlite3_stmt *q : {m_findAny, m_findInTenant, m_decision, m_update})
        sqlite3_finalize(q);
}

Status DecisionRecords::failed(const QString &what, int rc) const
{
    return SqliteApi::failure(m_handle, what, rc);
}

Status DecisionRecords::prepare()
{
    const QByteArray decision = m_value
        ? QByteArray("INSERT INTO decision (runtime_id, tenant, username_key, kind, value, decided_at)"
                     " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (runtime_id, tenant, username_key, kind)"
                     " DO UPDATE SET value = excluded.value, decided_at = excluded.decided_at")
        : QByteArray("DELETE FROM decision WHERE runtime_id = ?1 AND tenant = ?2 AND username_key = ?3 AND kind = ?4");
    const QByteArray update = "UPDATE user_record SET it_override = ?1, deactivated_here = ?2, split = ?3, status = ?4"
                              " WHERE id = ?5";
    for (const auto &[sql, statement] : {std::pair(findSql(false), &m_findAny), std::pair(findSql(true), &m_findInTenant),
                                         std::pair(decision, &m_decision), std::pair(update, &m_update)}) {
        if (const int rc = sqlite3_prepare_v2(m_handle, sql.constData(), -1, statement, nullptr); rc != SQLITE_OK)
            return failed(Tr::tr("recording a decision"), rc);
    }
    return {};
}

StoredRecord DecisionRecords::readRow(sqlite3_stmt *q) const
{
    StoredRecord s;
    s.id = sqlite3_column_int64(q, Id);
    s.runtimeId = sqlite3_column_int64(q, RuntimeId);
    UserRecord &r = s.record;
    r.username = SqliteApi::textAt(q, Username);
    r.email = SqliteApi::textAt(q, Email);
    r.phone = SqliteApi::textAt(q, Phone);
    r.name = SqliteApi::textAt(q, Name);
    r.tenant = SqliteApi::textAt(q, Tenant);
    r.lastLogin = SqliteApi::textAt(q, LastLogin);
    r.active = sqlite3_column_int(q, Active) != 0;
    r.itUser = sqlite3_column_int(q, ItUser) != 0;
    s.facts.domain = SqliteApi::textAt(q, Domain);
    s.facts.usernameKey = SqliteApi::textAt(q, UsernameKey);
    if (sqlite3_column_type(q, ItOverride) != SQLITE_NULL)
        s.decisions.overrides.itUser = sqlite3_column_int(q, ItOverride) != 0;
    if (sqlite3_column_int(q, DeactivatedHere) != 0)
        s.decisions.overrides.deactivated = true;
    s.decisions.split = sqlite3_column_int(q, Split) != 0;
    s.facts.status = RecordStatus(sqlite3_column_int(q, StatusColumn));
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
    sqlite3_stmt *q = ref.tenant ? m_findInTenant : m_findAny;
    sqlite3_bind_int64(q, 1, ref.runtimeId);
    sqlite3_bind_int64(q, 2, lookup.hash);
    bindText(q, 3, lookup.usernameKey.toUtf8());
    if (ref.tenant)
        bindText(q, 4, ref.tenant->toUtf8());
    QVector<StoredRecord> found;
    int rc;
    while ((rc = sqlite3_step(q)) == SQLITE_ROW)
        found.append(readRow(q));
    sqlite3_reset(q);
    sqlite3_clear_bindings(q);
    if (rc != SQLITE_DONE)
        return R::failure(failed(Tr::tr("finding a user"), rc).error());
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
    sqlite3_bind_int64(m_decision, 1, s.runtimeId);
    bindText(m_decision, 2, s.record.tenant.toUtf8());
    bindText(m_decision, 3, s.facts.usernameKey.toUtf8());
    bindText(m_decision, 4, m_kindName);
    if (m_value) {
        sqlite3_bind_int(m_decision, 5, *m_value ? 1 : 0);
        bindText(m_decision, 6, m_decidedAt);
    }
    if (const int rc = stepOnce(m_decision); rc != SQLITE_OK)
        return failed(Tr::tr("recording a decision"), rc);
    return {};
}

Status DecisionRecords::updateRecord(const StoredRecord &s, RecordStatus status)
{
    const auto &o = s.decisions.overrides;
    if (o.itUser)
        sqlite3_bind_int(m_update, 1, *o.itUser ? 1 : 0);
    else
        sqlite3_bind_null(m_update, 1);
    sqlite3_bind_int(m_update, 2, o.deactivated.value_or(false) ? 1 : 0);
    sqlite3_bind_int(m_update, 3, s.decisions.split ? 1 : 0);
    sqlite3_bind_int(m_update, 4, int(status));
    sqlite3_bind_int64(m_update, 5, s.id);
    if (const int rc = stepOnce(m_update); rc != SQLITE_OK)
        return failed(Tr::tr("updating a record"), rc);
    return {};
}

} // namespace hc
