// Maintained counts must always equal a from-scratch recount (R11), whatever sequence of changes led there.
#include "CountsEngine.h"
#include "IdentityResolver.h"
#include "NeighbourSearch.h"
#include "TestSupport.h"
#include "TestWorkspaces.h"
#include "Workspace.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace hc;

class TestCountsConsistency : public QObject
{
    Q_OBJECT

private slots:
    void randomSequences_data();
    void randomSequences();

private:
    static UserRecord randomRecord(QRandomGenerator &rng, int serial);
    static void checkUserLists(const Workspace &w, qint64 infraId, const QVector<qint64> &runtimes, const Counts &fresh);
    static void checkIndividuals(const Workspace &w, qint64 infraId);
};

namespace {

// Small pools so that records collide on e-mails, usernames and domains, which is where merging gets interesting.
const QStringList Domains = {QStringLiteral("acme.com"), QStringLiteral("ACME.de"), QStringLiteral("sales.acme.com"),
                             QStringLiteral("gmail.com"), QStringLiteral("partner.org"), QStringLiteral("münchen.de")};
const QStringList People = {QStringLiteral("ana"), QStringLiteral("bob"), QStringLiteral("cy"), QStringLiteral("dee"),
                            QStringLiteral("eve"), QStringLiteral("fay"), QStringLiteral("gil"), QStringLiteral("hal")};

template <typename T>
const T &pick(QRandomGenerator &rng, const QList<T> &list)
{
    return list.at(int(rng.bounded(quint32(list.size()))));
}

} // namespace

UserRecord TestCountsConsistency::randomRecord(QRandomGenerator &rng, int serial)
{
    UserRecord r;
    r.sourceId = QString::number(serial);
    const QString person = pick(rng, People);
    switch (rng.bounded(6)) {
    case 0: r.username = person; break;
    case 1: r.username = person.toUpper() + u' '; break;
    case 2: r.username = person + u'@' + pick(rng, Domains); break;
    case 3: r.username = person + QString::number(rng.bounded(3)); break;
    case 4: r.username = QString(); break;
    default: r.username = QStringLiteral("u") + QString::number(serial); break;
    }
    switch (rng.bounded(5)) {
    case 0: r.email = QString(); break;
    case 1: r.email = QStringLiteral("not-an-address"); break;
    default: r.email = person + u'@' + pick(rng, Domains); break;
    }
    r.name = rng.bounded(4) == 0 ? QString() : person;
    r.phone = rng.bounded(5) == 0 ? QStringLiteral("+351 900") : QString();
    static const QStringList tenants = {QString(), QString(), QString(), QStringLiteral("t2"), QStringLiteral("t3"),
                                        QStringLiteral("t4")};
    r.tenant = tenants.at(int(rng.bounded(quint32(tenants.size()))));
    r.lastLogin = rng.bounded(4) == 0 ? QString() : QStringLiteral("2026-0%1-01T00:00:00").arg(1 + rng.bounded(9));
    r.active = rng.bounded(8) != 0;
    r.itUser = rng.bounded(12) == 0;
    return r;
}

void TestCountsConsistency::randomSequences_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("model");
    QTest::addColumn<qint64>("directProbeLimit");
    QTest::addColumn<qint64>("keySetCacheBytes");
    // Small workspaces look their few keys up runtime by runtime; large ones intersect key sets (NeighbourSearch):
    // limit 0 runs these sequences through the key sets too, and a cache of 0 bytes as workspaces whose key sets do
    // not fit in memory (each round reads them again; an import then searches from its batches at the end).
    const qint64 cache = NeighbourSearch::DefaultKeySetCacheBytes;
    for (const auto &[limit, bytes] : {std::pair(NeighbourSearch::DefaultDirectProbeLimit, cache),
                                       std::pair(qint64(0), cache), std::pair(qint64(0), qint64(0))}) {
        const QString way = limit ? QStringLiteral("direct")
                                  : bytes ? QStringLiteral("key sets") : QStringLiteral("key sets, uncached");
        // On a server every step is a few dozen round trips: fewer sequences there, the same code paths.
        const quint32 seeds = hc::test::TestWorkspaces::onPostgres() || !bytes ? 6u : 16u;
        for (quint32 seed = 1; seed <= seeds; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1, %2").arg(seed).arg(way))) << seed
                << QStringLiteral("internal-external") << limit << bytes;
        QTest::newRow(qPrintable(QStringLiteral("named model, %1").arg(way))) << 42u << QStringLiteral("named") << limit
                                                                              << bytes;
    }
}

// The filtered user lists agree with the recount (issue 12): a filter's count from the aggregates, the same filter
// counted by a scan of the records (a last-login bound every record meets forces the scan), and the ids it lists.
void TestCountsConsistency::checkUserLists(const Workspace &w, qint64 infraId, const QVector<qint64> &runtimes,
                                           const Counts &fresh)
{
    const UserQueries &users = w.userQueries();
    const auto expectEvery = [&](UserFilter f, qint64 expected, const char *what) {
        const auto fromAggregates = users.userCount(f);
        QVERIFY2(fromAggregates, qPrintable(fromAggregates.error()));
        QVERIFY2(*fromAggregates == expected, qPrintable(QStringLiteral("%1: aggregates say %2, recount %3")
                                                             .arg(QLatin1String(what)).arg(*fromAggregates).arg(expected)));
        f.notLoggedInSince = QStringLiteral("9999-12-31");
        const auto scanned = users.userCount(f);
        QVERIFY2(scanned, qPrintable(scanned.error()));
        QCOMPARE(*scanned, expected);
        const auto ids = users.userIds(f);
        QVERIFY2(ids, qPrintable(ids.error()));
        QCOMPARE(qint64(ids->size()), expected);
    };
    UserFilter f;
    f.infraId = infraId;
    f.status = RecordStatus::ItUser;
    expectEvery(f, fresh.excluded.itUser, "IT users");
    f.status = RecordStatus::Inactive;
    expectEvery(f, fresh.excluded.inactive, "inactive");
    f.status = RecordStatus::Anonymous;
    expectEvery(f, fresh.excluded.anonymous, "anonymous");
    f.status.reset();
    if (fresh.model != LicenceModel::InternalExternal)
        return;
    for (int r = 0; r < runtimes.size(); ++r) {
        f.runtimeId = runtimes[r];
        f.userClass = UserClass::Internal;
        expectEvery(f, fresh.runtimes[r].records.internal, "internal records of a runtime");
        f.userClass = UserClass::External;
        expectEvery(f, fresh.runtimes[r].records.external, "external records of a runtime");
    }
}

// Every counted record's stored individual is the one R6 gives when the whole infrastructure is resolved from
// scratch (named after the smallest record id of its people): imports read only the records they can join
// (issue 11), so a neighbourhood found incompletely shows here as a stale or split individual.
void TestCountsConsistency::checkIndividuals(const Workspace &w, qint64 infraId)
{
    const auto kinds = loadTenantKinds(w.database(), infraId);
    QVERIFY2(kinds, qPrintable(kinds.error()));
    QSqlQuery q(w.database());
    q.prepare(QStringLiteral("SELECT u.id, u.runtime_id, u.tenant, u.email_key, u.username_key, u.split, u.individual,"
                             " u.serial"
                             " FROM user_record u JOIN runtime r ON r.id = u.runtime_id"
                             " WHERE r.infra_id = ? AND u.status = 0 ORDER BY u.id"));
    q.addBindValue(infraId);
    QVERIFY(q.exec());
    IdentityResolver resolver;
    QVector<qint64> stored, ids;
    QHash<QString, QVector<int>> byRef;
    while (q.next()) {
        const QString tenant = q.value(2).toString(), usernameKey = q.value(4).toString();
        const int index = resolver.add({q.value(7).toLongLong(), kinds->usernamePool(tenant), q.value(3).toString(),
                                        usernameKey, q.value(5).toBool()});
        if (!usernameKey.isEmpty())
            byRef[CountsEngine::linkRef(q.value(1).toLongLong(), tenant, usernameKey)].append(index);
        ids << q.value(0).toLongLong();
        stored << q.value(6).toLongLong();
    }
    QVERIFY(!q.lastError().isValid());
    VERIFY_OK(CountsEngine::applyLinks(w.database(), infraId, byRef, resolver));
    const QVector<qint64> fresh = resolver.resolve();
    for (int i = 0; i < ids.size(); ++i)
        QVERIFY2(stored[i] == fresh[i], qPrintable(QStringLiteral("record %1: stored individual %2, resolved %3")
                                                       .arg(ids[i]).arg(stored[i]).arg(fresh[i])));
}

void TestCountsConsistency::randomSequences()
{
    QFETCH(quint32, seed);
    QFETCH(QString, model);
    QFETCH(qint64, directProbeLimit);
    QFETCH(qint64, keySetCacheBytes);
    NeighbourSearch::setDirectProbeLimit(directProbeLimit);
    NeighbourSearch::setKeySetCacheBytes(keySetCacheBytes);
    const auto restore = qScopeGuard([] {
        NeighbourSearch::setDirectProbeLimit(NeighbourSearch::DefaultDirectProbeLimit);
        NeighbourSearch::setKeySetCacheBytes(NeighbourSearch::DefaultKeySetCacheBytes);
    });
    hc::test::TestWorkspaces workspaces; // a file, or a database on the test server (tst_countsconsistency_pg)
    QVERIFY2(workspaces.isValid(), qPrintable(workspaces.error()));
    auto ws = Workspace::open(workspaces.path(QStringLiteral("w.headcount")));
    QVERIFY2(ws, qPrintable(ws.error()));
    Workspace &w = **ws;
    auto infra = w.infrastructureStore().addInfrastructure(QStringLiteral("infra"), *licenceModelFromString(model));
    QVERIFY2(infra, qPrintable(infra.error()));
    const qint64 infraId = infra->id;
    QVector<qint64> runtimes;
    for (const char *name : {"prod-a", "prod-b", "prod-c"}) {
        auto rt = w.runtimeStore().addRuntime(infraId, QString::fromLatin1(name));
        QVERIFY2(rt, qPrintable(rt.error()));
        runtimes << rt->id;
    }

    QRandomGenerator rng(seed);
    int serial = 0;
    QStringList operations;
    QVector<QPair<RecordRef, RecordRef>> linked;
    for (int step = 0; step < 70; ++step) {
        const qint64 runtimeId = runtimes.at(int(rng.bounded(3)));
        const int op = int(rng.bounded(11));
        QString what;
        Status status;
        if (op <= 1) {
            QVector<UserRecord> records;
            const int n = int(rng.bounded(25));
            for (int i = 0; i < n; ++i)
                records << randomRecord(rng, ++serial);
            const ImportMode mode = op == 0 ? ImportMode::Replace : ImportMode::Merge;
            // In batches of 1 to 6 records, as an export streams in: the import searches the other runtimes from
            // each batch's keys while the next ones come (NeighbourPrefetch), which must find what one search finds.
            QVector<QVector<UserRecord>> batches;
            for (int from = 0; from < n;) {
                const int size = std::min(n - from, 1 + int(rng.bounded(6)));
                batches << records.mid(from, size);
                from += size;
            }
            const RecordSource source = [&batches](const RecordBatchHandler &deliver) {
                for (const QVector<UserRecord> &batch : std::as_const(batches)) {
                    if (Status s = deliver(batch); !s)
                        return s;
                }
                return Status();
            };
            const QString runtimeName = QStringList{QStringLiteral("prod-a"), QStringLiteral("prod-b"),
                                                    QStringLiteral("prod-c")}.at(int(runtimes.indexOf(runtimeId)));
            auto result = w.imports().importRecords(infraId, runtimeName, source, mode);
            status = result ? Status() : Status::failure(result.error());
            what = QStringLiteral("import %1 records (%2) into %3").arg(n).arg(op).arg(runtimeId);
        } else if (op == 2) {
            const QString d = pick(rng, Domains);
            status = w.domainStore().addDomains(infraId, {d});
            what = QStringLiteral("add domain ") + d;
        } else if (op == 9) {
            static const QStringList tenants = {QString(), QStringLiteral("t2"), QStringLiteral("t3"), QStringLiteral("t4")};
            const QString tenant = pick(rng, tenants);
            const TenantKind kind = TenantKind(rng.bounded(3));
            status = w.tenantStore().setTenantKind(infraId, {tenant}, kind);
            what = QStringLiteral("tenant '%1' kind %2").arg(tenant, toString(kind));
        } else if (op == 10) {
            static const QStringList versions = {QString(), QStringLiteral("11.20.1"), QStringLiteral("11.11.2"),
                                                 QStringLiteral("11.9.0")};
            const QString version = pick(rng, versions);
            status = w.infrastructureStore().setPlatformVersion(infraId, version);
            what = QStringLiteral("platform version '%1'").arg(version);
        } else if (op == 3) {
            const auto owned = *w.domainStore().domains(infraId);
            if (owned.isEmpty())
                continue;
            const QString d = owned.at(int(rng.bounded(quint32(owned.size())))).typed;
            status = w.domainStore().removeDomains(infraId, {d});
            what = QStringLiteral("remove domain ") + d;
        } else {
            // Decisions on a random existing record of the runtime.
            UserFilter f;
            f.infraId = infraId;
            f.runtimeId = runtimeId;
            auto rows = w.userQueries().users(f);
            QVERIFY(rows);
            QVector<UserRow> named;
            for (const UserRow &r : *rows) {
                if (!r.record.username.trimmed().isEmpty())
                    named << r;
            }
            if (named.isEmpty())
                continue;
            const UserRow &row = named.at(int(rng.bounded(quint32(named.size()))));
            const RecordRef ref{runtimeId, row.record.username, row.record.tenant};
            const bool flag = rng.bounded(2) == 0;
            if (op == 4) {
                status = w.decisions().setItUser({ref}, flag);
                what = QStringLiteral("it %1 %2").arg(row.record.username).arg(flag);
            } else if (op == 5 || op == 6) {
                status = w.decisions().setDeactivated({ref}, flag);
                what = QStringLiteral("deactivate %1 %2").arg(row.record.username).arg(flag);
            } else if (op == 7) {
                status = w.decisions().split(ref, flag);
                what = QStringLiteral("split %1 %2").arg(row.record.username).arg(flag);
            } else {
                UserFilter all;
                all.infraId = infraId;
                auto everyone = w.userQueries().users(all);
                QVERIFY(everyone);
                const UserRow &other = everyone->at(int(rng.bounded(quint32(everyone->size()))));
                if (other.record.username.trimmed().isEmpty() || other.record.tenant != row.record.tenant)
                    continue;
                const qint64 otherRuntime = w.runtimeStore().runtime(infraId, other.runtime)->id;
                const RecordRef otherRef{otherRuntime, other.record.username, other.record.tenant};
                // Mostly links; sometimes the undo of an earlier one.
                if (linked.isEmpty() || rng.bounded(3) != 0) {
                    status = w.decisions().link(ref, otherRef);
                    linked.append({ref, otherRef});
                    what = QStringLiteral("link %1 %2").arg(row.record.username, other.record.username);
                } else {
                    const auto pair = linked.takeAt(int(rng.bounded(quint32(linked.size()))));
                    status = w.decisions().unlink(pair.first, pair.second);
                    // The records may have gone with a re-import: the link then simply no longer exists.
                    if (!status && status.error().contains(QStringLiteral("No user")))
                        continue;
                    what = QStringLiteral("unlink %1 %2").arg(pair.first.username, pair.second.username);
                }
            }
        }
        QVERIFY2(status, qPrintable(what + QStringLiteral(": ") + status.error()));
        operations << what;

        const auto maintained = w.counts(infraId);
        const auto fresh = w.recount(infraId);
        QVERIFY2(maintained && fresh, qPrintable(maintained.error() + fresh.error()));
        if (!(*maintained == *fresh)) {
            qWarning().noquote() << "after:" << operations.join(QStringLiteral("\n  "));
            qWarning().noquote() << "maintained:" << QJsonDocument(maintained->toJson()).toJson(QJsonDocument::Compact);
            qWarning().noquote() << "recount:   " << QJsonDocument(fresh->toJson()).toJson(QJsonDocument::Compact);
        }
        QCOMPARE(*maintained, *fresh);
        checkUserLists(w, infraId, runtimes, *fresh);
        if (!QTest::currentTestFailed())
            checkIndividuals(w, infraId);
        if (QTest::currentTestFailed()) {
            qWarning().noquote() << "after:" << operations.join(QStringLiteral("\n  "));
            return;
        }

        // The stored individuals agree with the recount's number of unique people.
        QSqlQuery q(w.database());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT individual) FROM user_record WHERE status = 0")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), fresh->unique.total());
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_record WHERE (status = 0) <> (individual IS NOT NULL)"
                                      " OR (status = 0) <> (platform_user IS NOT NULL)")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toLongLong(), 0);
        // ... and the stored platform users with the recount's platform estimate (R12, when the version merges).
        if (platformMergesDefaultTenants(PlatformVersion::parse(fresh->platformVersion))) {
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(DISTINCT platform_user) FROM user_record WHERE status = 0")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toLongLong(), fresh->platformSum().total());
        }
    }
    QVERIFY(operations.size() > 30); // the sequence really exercised the workspace
}

QTEST_GUILESS_MAIN(TestCountsConsistency)
#include "tst_countsconsistency.moc"
