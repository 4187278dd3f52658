#include "DecisionStore.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "DecisionRecords.h"
#include "PageCacheLimit.h"
#include "RecordMapper.h"
#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "Transaction.h"
#include "UserQueries.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

} // namespace

// Phase timings of each decision: QT_LOGGING_RULES="headcount.decisions.debug=true".
Q_LOGGING_CATEGORY(lcDecisions, "headcount.decisions", QtWarningMsg)

namespace {

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
    QElapsedTimer clock;
    clock.start();
    // A decision reads each record page once or twice: measured on 100 000 of 1 M records in the console, the
    // usual 64 MiB page cache made the peak 310 MB, 4 MiB 248 MB, with no difference in time beyond the noise
    // (3.3-5.3 s a step either way, alternating twice).
    const PageCacheLimit cache(m_db, 4 * 1024);
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    DecisionRecords records(DbConnection(m_db), kindEnum, value, Sql::nowUtc());
    if (Status s = records.prepare(); !s)
        return s;
    QHash<qint64, QVector<qint64>> seedsOf;   // infrastructure -> records whose individuals are recomputed
    QHash<qint64, PendingMove> moves;         // record -> its move
    if (Status s = decideRecords(records, refs, kindEnum, value, progress, seedsOf, moves); !s)
        return s;
    qCDebug(lcDecisions, "records and decisions written %6lld ms (%lld records)", clock.restart(),
            qint64(moves.size()));
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
    qCDebug(lcDecisions, "counts and identities     %6lld ms", clock.restart());
    Status committed = tx.commit();
    qCDebug(lcDecisions, "commit                    %6lld ms", clock.restart());
    return committed;
}

// Each record the references name: its decision row, its stored decisions and status, and how it moves between
// count buckets (a record named twice moves once, from its status before to its status after).
Status DecisionStore::decideRecords(DecisionRecords &records, const QVector<RecordRef> &refs,
                                    DecisionRows::Kind kind, std::optional<bool> value,
                                    const std::function<void(qint64)> &progress,
                                    QHash<qint64, QVector<qint64>> &seedsOf, QHash<qint64, PendingMove> &moves)
{
    // Three passes, each in the order of the index it writes or reads (user_key, decision, user_record), so a bulk
    // decision walks each B-tree forwards instead of jumping about it (locality; its gain was not measurable on the
    // loaded machine of issue 10's run, the C API itself took the loop from 9.2 to ~2.6 s).
    QElapsedTimer clock;
    clock.start();
    QVector<StoredRecord> named;
    if (Status s = findRecords(records, refs, progress, named); !s)
        return s;
    qCDebug(lcDecisions, "records found             %6lld ms", clock.restart());
    std::sort(named.begin(), named.end(), [](const StoredRecord &a, const StoredRecord &b) {
        return std::tie(a.runtimeId, a.record.tenant, a.facts.usernameKey)
            < std::tie(b.runtimeId, b.record.tenant, b.facts.usernameKey);
    });
    for (StoredRecord &s : named) {
        if (Status st = records.writeDecision(s); !st)
            return st;
        applyToRecord(s, kind, value);
    }
    qCDebug(lcDecisions, "decision rows written     %6lld ms", clock.restart());
    std::sort(named.begin(), named.end(), [](const StoredRecord &a, const StoredRecord &b) { return a.id < b.id; });
    QHash<qint64, qint64> infraOf;            // runtime -> infrastructure
    QHash<qint64, TenantKinds> kindsOf;       // infrastructure -> its tenant kinds
    for (const StoredRecord &s : std::as_const(named)) {
        if (!infraOf.contains(s.runtimeId)) {
            const auto infraId = Sql::infraOfRuntime(m_db, s.runtimeId);
            if (!infraId)
                return Status::failure(infraId.error());
            infraOf.insert(s.runtimeId, *infraId);
            if (!kindsOf.contains(*infraId)) {
                auto kinds = loadTenantKinds(m_db, *infraId);
                if (!kinds)
                    return Status::failure(kinds.error());
                kindsOf.insert(*infraId, *kinds);
            }
        }
        const qint64 infraId = infraOf.value(s.runtimeId);
        const RecordStatus newStatus = Rules::status(s.record, s.decisions.overrides,
                                                     kindsOf[infraId].kind(s.record.tenant));
        if (Status st = records.updateRecord(s, newStatus); !st)
            return st;
        moves.insert(s.id, {s.runtimeId, s.facts.domain, int(s.facts.status), int(newStatus)});
        seedsOf[infraId].append(s.id);
    }
    qCDebug(lcDecisions, "records updated           %6lld ms", clock.restart());
    return {};
}

// The records the references name, each once (two references can name one record: with and without its tenant).
Status DecisionStore::findRecords(DecisionRecords &records, const QVector<RecordRef> &refs,
                                  const std::function<void(qint64)> &progress, QVector<StoredRecord> &named) const
{
    auto found = records.findAll(DecisionRecords::lookups(refs), progress);
    if (!found)
        return Status::failure(found.error());
    named = std::move(found).value();
    return {};
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
