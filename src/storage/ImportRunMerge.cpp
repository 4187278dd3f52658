// ImportRun's merge phases (issue 11): only the records this import can join are read, found through the other
// runtimes' key sets (RuntimeKeySet), and the identity aggregates change by the net difference of the individuals
// touched — an import's cost no longer grows with the rest of the workspace.
#include "ImportRun.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "NeighbourSearch.h"
#include "RuntimeKeySet.h"
#include "SqlSupport.h"
#include "DbStatement.h"
#include "StorageErrors.h"

#include <QSet>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

} // namespace

QVector<qint64> ImportRun::ownKeyHashes(qsizetype from) const
{
    QVector<qint64> hashes;
    hashes.reserve(2 * (m_rows.size() - from));
    for (auto it = m_rows.cbegin() + from; it != m_rows.cend(); ++it) {
        const PreparedRow &row = *it;
        if (!row.facts.emailKey.isEmpty())
            hashes.append(CountsEngine::keyHash(u'e', row.facts.emailKey));
        if (!row.facts.usernameKey.isEmpty())
            hashes.append(CountsEngine::keyHash(u'u', row.facts.usernameKey));
    }
    SqliteApi::sortUnique(hashes);
    return hashes;
}

// The runtime's records before this import: the individuals of its counted ones (they are subtracted from the
// identity aggregates) and its key set (the other runtimes' records they were merged with share one of those keys).
Status ImportRun::loadPreviousIdentities()
{
    auto hashes = RuntimeKeySet::read(m_connection, m_runtimeId);
    if (!hashes)
        return Status::failure(hashes.error());
    m_previousHashes = std::move(hashes).value();
    const QString what = Tr::tr("reading the runtime's records");
    DbStatement q(m_connection);
    const QByteArray sql = QStringLiteral("SELECT individual, domain FROM user_record WHERE id BETWEEN ? AND ? AND %1")
                               .arg(Sql::statusIs(QStringLiteral("status"), RecordStatus::Counted))
                               .toUtf8();
    if (Status s = q.prepare(sql.constData(), what); !s)
        return s;
    q.bind(1, m_first);
    q.bind(2, m_last);
    while (q.step())
        m_previousIndividuals.append({q.int64At(0), internDomain(q.textAt(1))});
    if (Status s = q.status(); !s)
        return s;
    return {};
}

// R6 spans the infrastructure, but a record can only join records it shares an e-mail or username key (or a link)
// with, directly or through others: NeighbourSearch from this runtime's old and new keys and its links finds them.
// The result (m_others) holds every counted record of every individual the import can change, each individual
// whole, so resolving them with this runtime's rows gives what resolving the whole infrastructure would.
// Most of it was found while the export was read (NeighbourPrefetch, from each batch's keys and the links); what
// is left starts from the runtime's previous keys and the rows added since (a merge's kept records).
Status ImportRun::findNeighbourhood()
{
    QVector<qint64> start = ownKeyHashes(m_rowsSearched);
    start += m_previousHashes;
    if (Status s = m_prefetch->finish(start); !s)
        return isCancelled() ? cancelledStatus() : s;
    m_others = std::move(m_prefetch->found());
    qCDebug(lcImport, "neighbourhood: %d rounds, %lld key probes, %lld counted records", m_prefetch->search().rounds(),
            m_prefetch->search().probes(), qint64(m_others.size()));
    return {};
}

// The net change of the identity aggregates: minus each individual as it was (the runtime's old records and the
// neighbourhood, each individual whole), plus each as resolved now.
void ImportRun::countIdentityDeltas()
{
    QVector<QPair<qint64, const QString *>> before;
    before.reserve(m_others.size() + m_previousIndividuals.size());
    for (const OtherNode &o : std::as_const(m_others))
        before.append({o.individual, &o.domain});
    for (const auto &[individual, domain] : std::as_const(m_previousIndividuals))
        before.append({individual, &domain});
    m_identityDeltas = AggregateKeys::countKeys(std::move(before));
    for (auto it = m_identityDeltas.begin(); it != m_identityDeltas.end(); ++it)
        it.value() = -it.value();

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
