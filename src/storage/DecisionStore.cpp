#include "DecisionStore.h"

#include "CountsEngine.h"
#include "RecordMapper.h"
#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "Transaction.h"
#include "UserQueries.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <tuple>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

namespace {

// The records a reference names, read for a decision: through the username key hash, then the real key and tenant.
class RecordLookup
{
public:
    explicit RecordLookup(const QSqlDatabase &db) : m_any(db), m_inTenant(db)
    {
        const QString sql = QStringLiteral("SELECT %1 FROM user_key k JOIN user_record u ON u.id = k.id"
                                           " WHERE k.runtime_id = ? AND k.h = ? AND u.username_key = ?%2"
                                           " ORDER BY u.tenant, u.id");
        m_any.prepare(sql.arg(RecordMapper::columns(), QString()));
        m_inTenant.prepare(sql.arg(RecordMapper::columns(), QStringLiteral(" AND u.tenant = ?")));
    }

    Result<QVector<StoredRecord>> find(const RecordRef &ref)
    {
        using R = Result<QVector<StoredRecord>>;
        QSqlQuery &q = ref.tenant ? m_inTenant : m_any;
        const QString usernameKey = Rules::usernameKey(ref.username);
        q.addBindValue(ref.runtimeId);
        q.addBindValue(CountsEngine::keyHash(u'u', usernameKey));
        q.addBindValue(Sql::bound(usernameKey));
        if (ref.tenant)
            q.addBindValue(Sql::bound(*ref.tenant));
        if (!q.exec())
            return R::failure(StorageErrors::failure(Tr::tr("finding a user"), q.lastError()));
        std::optional<RecordMapper> &mapper = ref.tenant ? m_inTenantMapper : m_anyMapper;
        if (!mapper)
            mapper.emplace(q.record()); // the same columns every time: looked up by name once
        if (!mapper->valid())
            return R::failure(Tr::tr("The query reads no column %1.").arg(mapper->missingColumn()));
        QVector<StoredRecord> found;
        while (q.next())
            found.append(mapper->read(q));
        if (q.lastError().isValid())
            return R::failure(StorageErrors::failure(Tr::tr("finding a user"), q.lastError()));
        q.finish();
        if (found.isEmpty())
            return R::failure(Tr::tr("No user \"%1\" in that runtime.").arg(ref.username));
        return found;
    }

private:
    QSqlQuery m_any, m_inTenant;
    std::optional<RecordMapper> m_anyMapper, m_inTenantMapper;
};

// What a bulk decision changes, kept until the end so each record moves once between count buckets, from its
// status before the change to its status after (a record named twice moves once).
struct PendingMove
{
    qint64 runtimeId = 0;
    QString domain;
    int oldStatus = 0;
    int newStatus = 0;
};

void applyToRecord(StoredRecord &s, DecisionRows::Kind kind, std::optional<bool> value)
{
    if (kind == DecisionRows::Kind::ItUser)
        s.decisions.overrides.itUser = value;
    else if (kind == DecisionRows::Kind::Deactivated)
        s.decisions.overrides.deactivated = value.value_or(false) ? std::optional<bool>(true) : std::nullopt;
    else
        s.decisions.split = value.value_or(false);
}

} // namespace

Status DecisionStore::apply(const QVector<RecordRef> &refs, DecisionRows::Kind kindEnum, std::optional<bool> value,
                            const std::function<void(qint64)> &progress)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery upsert(m_db), update(m_db);
    if (value)
        upsert.prepare(QStringLiteral("INSERT INTO decision (runtime_id, tenant, username_key, kind, value, decided_at)"
                                      " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (runtime_id, tenant, username_key, kind)"
                                      " DO UPDATE SET value = excluded.value, decided_at = excluded.decided_at"));
    else
        upsert.prepare(QStringLiteral("DELETE FROM decision WHERE runtime_id = ? AND tenant = ? AND username_key = ? AND kind = ?"));
    update.prepare(QStringLiteral("UPDATE user_record SET it_override = ?, deactivated_here = ?, split = ?, status = ? WHERE id = ?"));
    RecordLookup lookup(m_db);
    const QString decidedAt = Sql::nowUtc();
    QHash<qint64, qint64> infraOf;            // runtime -> infrastructure
    QHash<qint64, TenantKinds> kindsOf;       // infrastructure -> its tenant kinds
    QHash<qint64, QVector<qint64>> seedsOf;   // infrastructure -> records whose individuals are recomputed
    QHash<qint64, PendingMove> moves;         // record -> its move
    qint64 done = 0;
    for (const RecordRef &ref : refs) {
        if (progress && (++done % 256) == 0)
            progress(done);
        if (!infraOf.contains(ref.runtimeId)) {
            const auto infraId = Sql::infraOfRuntime(m_db, ref.runtimeId);
            if (!infraId)
                return Status::failure(infraId.error());
            infraOf.insert(ref.runtimeId, *infraId);
            if (!kindsOf.contains(*infraId)) {
                auto kinds = loadTenantKinds(m_db, *infraId);
                if (!kinds)
                    return Status::failure(kinds.error());
                kindsOf.insert(*infraId, *kinds);
            }
        }
        const qint64 infraId = infraOf.value(ref.runtimeId);
        auto found = lookup.find(ref);
        if (!found)
            return Status::failure(found.error());
        QVector<StoredRecord> records = std::move(found).value();
        for (StoredRecord &s : records) {
            upsert.addBindValue(s.runtimeId);
            upsert.addBindValue(Sql::bound(s.record.tenant));
            upsert.addBindValue(Sql::bound(s.facts.usernameKey));
            upsert.addBindValue(DecisionRows::kindName(kindEnum));
            if (value) {
                upsert.addBindValue(*value ? 1 : 0);
                upsert.addBindValue(decidedAt);
            }
            if (!upsert.exec())
                return Status::failure(StorageErrors::failure(Tr::tr("recording a decision"), upsert.lastError()));
            applyToRecord(s, kindEnum, value);
            const RecordStatus newStatus = Rules::status(s.record, s.decisions.overrides,
                                                         kindsOf[infraId].kind(s.record.tenant));
            const auto &o = s.decisions.overrides;
            update.addBindValue(o.itUser ? QVariant(*o.itUser ? 1 : 0) : QVariant(QMetaType::fromType<int>()));
            update.addBindValue(o.deactivated.value_or(false) ? 1 : 0);
            update.addBindValue(s.decisions.split ? 1 : 0);
            update.addBindValue(int(newStatus));
            update.addBindValue(s.id);
            if (!update.exec())
                return Status::failure(StorageErrors::failure(Tr::tr("updating a record"), update.lastError()));
            auto it = moves.find(s.id);
            if (it == moves.end()) {
                moves.insert(s.id, {s.runtimeId, s.facts.domain, int(s.facts.status), int(newStatus)});
                seedsOf[infraId].append(s.id);
            } else {
                it->newStatus = int(newStatus);
            }
        }
    }
    QHash<CountsEngine::Move, qint64> buckets;
    for (const PendingMove &m : std::as_const(moves))
        buckets[{m.runtimeId, m.oldStatus, m.newStatus, m.domain}] += 1;
    if (Status s = m_engine.moveRecords(buckets); !s)
        return s;
    for (auto it = seedsOf.cbegin(); it != seedsOf.cend(); ++it) {
        if (Status s = m_engine.updateIdentities(it.key(), it.value()); !s)
            return s;
        tx.snapshotCounts(it.key());
    }
    return tx.commit();
}

Status DecisionStore::setItUser(const QVector<RecordRef> &refs, std::optional<bool> itUser)
{
    return apply(refs, DecisionRows::Kind::ItUser, itUser);
}

Status DecisionStore::setDeactivated(const QVector<RecordRef> &refs, bool deactivated,
                                     const std::function<void(qint64)> &progress)
{
    // Re-activating removes the decision: the export's own Is_Active applies again (Headcount cannot activate a
    // user on the platform).
    return apply(refs, DecisionRows::Kind::Deactivated, deactivated ? std::optional<bool>(true) : std::nullopt, progress);
}

Status DecisionStore::split(const RecordRef &ref, bool split)
{
    return apply({ref}, DecisionRows::Kind::Split, split ? std::optional<bool>(true) : std::nullopt);
}

// The first record each reference names: what a link joins.
Result<QPair<UserRow, UserRow>> DecisionStore::linkEnds(const RecordRef &a, const RecordRef &b) const
{
    using R = Result<QPair<UserRow, UserRow>>;
    const auto ra = m_users.findRecords(a);
    if (!ra)
        return R::failure(ra.error());
    const auto rb = m_users.findRecords(b);
    if (!rb)
        return R::failure(rb.error());
    return R({ra->first(), rb->first()});
}

// Inside the change's transaction: the individuals of both ends again, and the count snapshot.
Status DecisionStore::relink(Transaction &tx, qint64 runtimeId, const UserRow &x, const UserRow &y)
{
    const auto infraId = Sql::infraOfRuntime(m_db, runtimeId);
    if (!infraId)
        return Status::failure(infraId.error());
    if (Status s = m_engine.updateIdentities(*infraId, {x.recordId, y.recordId}); !s)
        return s;
    tx.snapshotCounts(*infraId);
    return {};
}

Status DecisionStore::link(const RecordRef &a, const RecordRef &b)
{
    const auto ends = linkEnds(a, b);
    if (!ends)
        return Status::failure(ends.error());
    const UserRow &x = ends->first;
    const UserRow &y = ends->second;
    if (x.record.tenant != y.record.tenant)
        return Status::failure(Tr::tr("A link joins two records of one tenant; records of different tenants are "
                                      "joined by a shared e-mail address (R6)."));
    QSqlDatabase &db = m_db;
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(SqlDialect::of(db).insertOrIgnore(QStringLiteral("link"),
        {QStringLiteral("runtime_a"), QStringLiteral("username_a"), QStringLiteral("runtime_b"), QStringLiteral("username_b"), QStringLiteral("tenant"), QStringLiteral("decided_at")}));
    q.addBindValue(a.runtimeId);
    q.addBindValue(Sql::bound(Rules::usernameKey(x.record.username)));
    q.addBindValue(b.runtimeId);
    q.addBindValue(Sql::bound(Rules::usernameKey(y.record.username)));
    q.addBindValue(Sql::bound(x.record.tenant));
    q.addBindValue(Sql::nowUtc());
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("linking records"), q.lastError()));
    if (Status s = relink(tx, a.runtimeId, x, y); !s)
        return s;
    return tx.commit();
}

namespace {

// The link rows between two records in either direction, as link() keys them; values for linkCondition().
const QString LinkCondition = QStringLiteral(
    "tenant = ? AND ((runtime_a = ? AND username_a = ? AND runtime_b = ? AND username_b = ?)"
    " OR (runtime_a = ? AND username_a = ? AND runtime_b = ? AND username_b = ?))");

void bindLinkCondition(QSqlQuery &q, const RecordRef &a, const UserRow &x, const RecordRef &b, const UserRow &y)
{
    const QString keyA = Sql::bound(Rules::usernameKey(x.record.username));
    const QString keyB = Sql::bound(Rules::usernameKey(y.record.username));
    q.addBindValue(Sql::bound(x.record.tenant));
    for (const auto &[ra, ka, rb, kb] : {std::tuple(a.runtimeId, keyA, b.runtimeId, keyB),
                                         std::tuple(b.runtimeId, keyB, a.runtimeId, keyA)}) {
        q.addBindValue(ra);
        q.addBindValue(ka);
        q.addBindValue(rb);
        q.addBindValue(kb);
    }
}

} // namespace

Result<bool> DecisionStore::isLinked(const RecordRef &a, const RecordRef &b) const
{
    const auto ends = linkEnds(a, b);
    if (!ends)
        return Result<bool>::failure(ends.error());
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT 1 FROM link WHERE %1 LIMIT 1").arg(LinkCondition));
    bindLinkCondition(q, a, ends->first, b, ends->second);
    if (!q.exec())
        return Result<bool>::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    return q.next();
}

Status DecisionStore::unlink(const RecordRef &a, const RecordRef &b)
{
    const auto ends = linkEnds(a, b);
    if (!ends)
        return Status::failure(ends.error());
    const UserRow &x = ends->first;
    const UserRow &y = ends->second;
    QSqlDatabase &db = m_db;
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM link WHERE %1").arg(LinkCondition));
    bindLinkCondition(q, a, x, b, y);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("unlinking records"), q.lastError()));
    if (q.numRowsAffected() > 0) {
        if (Status s = relink(tx, a.runtimeId, x, y); !s)
            return s;
    }
    return tx.commit();
}

} // namespace hc
