// ImportRun's merge phases (issue 11): only the records this import can join are read, found through the other
// runtimes' key sets (RuntimeKeySet), and the identity aggregates change by the net difference of the individuals
// touched — an import's cost no longer grows with the rest of the workspace.
#include "ImportRun.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "RuntimeKeySet.h"
#include "SqlSupport.h"
#include "StorageErrors.h"

#include <QSet>

#include <sqlite3.h>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

// One prepared C-API statement, finalized on every path.
struct Statement
{
    sqlite3 *handle = nullptr;
    sqlite3_stmt *q = nullptr;
    explicit Statement(sqlite3 *h) : handle(h) {}
    ~Statement() { sqlite3_finalize(q); }
    bool prepare(const QByteArray &sql) { return sqlite3_prepare_v2(handle, sql.constData(), int(sql.size()), &q, nullptr) == SQLITE_OK; }
    Status failure(const QString &what) const
    {
        return Status::failure(StorageErrors::failure(what, sqlite3_errcode(handle), sqlite3_errmsg(handle)));
    }
};

QString textAt(sqlite3_stmt *q, int column)
{
    const int size = sqlite3_column_bytes(q, column);
    return size ? QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, column)), size) : QString();
}

void sortUnique(QVector<qint64> &v)
{
    std::sort(v.begin(), v.end());
    v.erase(std::unique(v.begin(), v.end()), v.end());
}

} // namespace

QVector<qint64> ImportRun::ownKeyHashes() const
{
    QVector<qint64> hashes;
    hashes.reserve(2 * m_rows.size());
    for (const PreparedRow &row : m_rows) {
        if (!row.facts.emailKey.isEmpty())
            hashes.append(CountsEngine::keyHash(u'e', row.facts.emailKey));
        if (!row.facts.usernameKey.isEmpty())
            hashes.append(CountsEngine::keyHash(u'u', row.facts.usernameKey));
    }
    sortUnique(hashes);
    return hashes;
}

// The runtime's records before this import: the individuals of its counted ones (they are subtracted from the
// identity aggregates) and its key set (the other runtimes' records they were merged with share one of those keys).
Status ImportRun::loadPreviousIdentities()
{
    auto hashes = RuntimeKeySet::read(m_handle, m_runtimeId);
    if (!hashes)
        return Status::failure(hashes.error());
    m_previousHashes = std::move(hashes).value();
    const QString what = Tr::tr("reading the runtime's records");
    Statement q(m_handle);
    const QByteArray sql = QStringLiteral("SELECT individual, domain FROM user_record WHERE id BETWEEN ? AND ? AND %1")
                               .arg(Sql::statusIs(QStringLiteral("status"), RecordStatus::Counted))
                               .toUtf8();
    if (!q.prepare(sql))
        return q.failure(what);
    sqlite3_bind_int64(q.q, 1, m_first);
    sqlite3_bind_int64(q.q, 2, m_last);
    int rc;
    while ((rc = sqlite3_step(q.q)) == SQLITE_ROW)
        m_previousIndividuals.append({sqlite3_column_int64(q.q, 0), textAt(q.q, 1)});
    if (rc != SQLITE_DONE)
        return q.failure(what);
    return {};
}

// R6 spans the infrastructure, but a record can only join records it shares an e-mail or username key (or a link)
// with, directly or through others. Breadth-first from this runtime's old and new keys: each round intersects the
// keys not yet searched with every other runtime's key set, reads the records behind the matches and continues
// from their keys. The result (m_others) holds every counted record of every individual the import can change, each
// individual whole, so resolving them with this runtime's rows gives what resolving the whole infrastructure would.
Status ImportRun::findNeighbourhood()
{
    const QString what = Tr::tr("reading the other runtimes");
    Statement probe(m_handle), record(m_handle);
    if (!probe.prepare("SELECT id FROM user_key WHERE runtime_id = ? AND h = ?"))
        return probe.failure(what);
    const QByteArray recordSql = "SELECT runtime_id, tenant, email_key, username_key, domain, split, individual, status"
                                 " FROM user_record WHERE id = ?";
    if (!record.prepare(recordSql))
        return record.failure(what);

    // Links by end (runtime, username key) -> the other ends; tenants are compared later by the resolver.
    QHash<QPair<qint64, QString>, QVector<QPair<qint64, QString>>> linkEnds;
    QVector<QPair<qint64, QString>> linkProbes;
    for (const Link &l : std::as_const(m_links)) {
        linkEnds[{l.runtimeA, l.usernameA}].append({l.runtimeB, l.usernameB});
        linkEnds[{l.runtimeB, l.usernameB}].append({l.runtimeA, l.usernameA});
        if (l.runtimeA == m_runtimeId && l.runtimeB != m_runtimeId)
            linkProbes.append({l.runtimeB, l.usernameB});
        if (l.runtimeB == m_runtimeId && l.runtimeA != m_runtimeId)
            linkProbes.append({l.runtimeA, l.usernameA});
    }

    QVector<qint64> frontier = ownKeyHashes();
    frontier += m_previousHashes;
    sortUnique(frontier);
    QSet<qint64> searched(frontier.cbegin(), frontier.cend());
    QSet<qint64> seen;
    auto probeInto = [&](qint64 runtimeId, qint64 hash, QVector<qint64> &ids) -> Status {
        sqlite3_reset(probe.q);
        sqlite3_bind_int64(probe.q, 1, runtimeId);
        sqlite3_bind_int64(probe.q, 2, hash);
        int rc;
        while ((rc = sqlite3_step(probe.q)) == SQLITE_ROW)
            ids.append(sqlite3_column_int64(probe.q, 0));
        return rc == SQLITE_DONE ? Status() : probe.failure(what);
    };

    while (!frontier.isEmpty() || !linkProbes.isEmpty()) {
        if (isCancelled())
            return cancelledStatus();
        QVector<qint64> ids;
        if (!frontier.isEmpty()) {
            QVector<qint64> common;
            Status s = RuntimeKeySet::forEachRuntime(m_handle, m_infraId, m_runtimeId,
                                                     [&](qint64 runtimeId, const QVector<qint64> &set) -> Status {
                common.clear();
                std::set_intersection(frontier.cbegin(), frontier.cend(), set.cbegin(), set.cend(),
                                      std::back_inserter(common));
                for (qint64 h : std::as_const(common)) {
                    if (Status p = probeInto(runtimeId, h, ids); !p)
                        return p;
                }
                return {};
            });
            if (!s)
                return s;
        }
        for (const auto &[runtimeId, usernameKey] : std::as_const(linkProbes)) {
            if (Status p = probeInto(runtimeId, CountsEngine::keyHash(u'u', usernameKey), ids); !p)
                return p;
        }
        linkProbes.clear();
        sortUnique(ids);
        QVector<qint64> next;
        for (qint64 id : std::as_const(ids)) {
            if (seen.contains(id))
                continue;
            seen.insert(id);
            sqlite3_reset(record.q);
            sqlite3_bind_int64(record.q, 1, id);
            const int rc = sqlite3_step(record.q);
            if (rc == SQLITE_DONE)
                continue; // a key row without its record cannot happen inside one transaction; nothing to join
            if (rc != SQLITE_ROW)
                return record.failure(what);
            if (sqlite3_column_int(record.q, 7) != int(RecordStatus::Counted))
                continue; // only counted records are merged: a chain never runs through an excluded one
            OtherNode o;
            o.id = id;
            o.runtimeId = sqlite3_column_int64(record.q, 0);
            o.tenant = textAt(record.q, 1);
            o.emailKey = textAt(record.q, 2);
            o.usernameKey = textAt(record.q, 3);
            o.domain = textAt(record.q, 4);
            o.split = sqlite3_column_int(record.q, 5) != 0;
            o.individual = sqlite3_column_int64(record.q, 6);
            for (const auto &[kind, key] : {std::pair{u'e', &o.emailKey}, std::pair{u'u', &o.usernameKey}}) {
                if (key->isEmpty())
                    continue;
                const qint64 h = CountsEngine::keyHash(kind, *key);
                if (!searched.contains(h)) {
                    searched.insert(h);
                    next.append(h);
                }
            }
            if (!linkEnds.isEmpty() && !o.usernameKey.isEmpty()) {
                for (const auto &end : linkEnds.value({o.runtimeId, o.usernameKey})) {
                    if (end.first != m_runtimeId)
                        linkProbes.append(end);
                }
            }
            m_others.append(std::move(o));
        }
        sortUnique(next);
        frontier = std::move(next);
    }
    return {};
}

// The net change of the identity aggregates: minus each individual as it was (the runtime's old records and the
// neighbourhood, each individual whole), plus each as resolved now.
void ImportRun::countIdentityDeltas()
{
    QHash<qint64, QStringList> before;
    for (const OtherNode &o : std::as_const(m_others))
        before[o.individual].append(o.domain);
    for (const auto &[individual, domain] : std::as_const(m_previousIndividuals))
        before[individual].append(domain);
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        m_identityDeltas[AggregateKeys::keyOf(it.value())] -= 1;

    QVector<QPair<qint64, const QString *>> members;
    members.reserve(m_individual.size());
    for (int i = 0; i < m_others.size(); ++i)
        members.append({m_individual[i], &m_others[i].domain});
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_resolverIndexOfRow[i] >= 0)
            members.append({m_individual[m_resolverIndexOfRow[i]], &m_rows[i].facts.domain});
    }
    const QHash<QString, qint64> after = AggregateKeys::countKeys(std::move(members));
    for (auto it = after.cbegin(); it != after.cend(); ++it)
        m_identityDeltas[it.key()] += it.value();
}

} // namespace hc
