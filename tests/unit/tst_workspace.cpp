// The workspace API on real SQLite files — and, as tst_workspace_pg, on databases of the test PostgreSQL server
// (TestWorkspaces): creation, refusal of foreign files, atomic changes, decisions.
#include "TestConfig.h"
#include "NeighbourSearch.h"
#include "TestSupport.h"
#include "TestWorkspaces.h"
#include "Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QSqlDatabase>

#include <tuple>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

// What only a workspace file has (permissions, foreign files, old-version fixtures, SQLite's locks).
#define SQLITE_ONLY(why)                                                                                               \
    do {                                                                                                               \
        if (hc::test::TestWorkspaces::onPostgres())                                                                    \
            QSKIP("SQLite only: " why);                                                                                \
    } while (false)

class TestWorkspace : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void newFileIsOwnerOnly();
    void changeCounterFollowsCommitsOfAnyConnection();
    void refusesForeignFiles_data();
    void refusesForeignFiles();
    void refusesNewerSchema();
    void refusesUrls_data();
    void refusesUrls();
    void reopensAndKeepsData();
    void infrastructureLookup();
    void domainsAreNormalisedAndAtomic();
    void workedExample();
    void importSummaryReplaceAndMerge();
    void cancelledImportChangesNothing();
    void decisionsSurviveReimport();
    void linkAndSplitSurviveReimport();
    void linkAcrossTenantsRefused();
    void importJoinsChainsAcrossRuntimes();
    void individualNumbersSmallAndStable();
    void versionThreeIndividualsRenamedBySerial();
    void missingKeySetIsAnError();
    void checkFindsStaleKeySet();
    void recordRefTenants();
    void bulkDecisionNamesRecordsOnce();
    void namedModel();
    void usersFilters_data();
    void usersFilters();
    void versionTwoFileMigratesToRevisedRules();
    void tenantKindAndVersionChanges();
    void largeTenantKindChangeEqualsRecount();
    void previewRollsBack();
    void renameAndRemove();
    void dataVersionSeesOtherConnectionsOnly();

private:
    QString path(const QString &name) const { return m_workspaces->path(name); }
    static QByteArray fileHash(const QString &file);
    static UserRecord user(const QString &username, const QString &email, const QString &lastLogin = QStringLiteral("2026-01-01T00:00:00"));

    std::unique_ptr<hc::test::TestWorkspaces> m_workspaces;
};

QByteArray TestWorkspace::fileHash(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

UserRecord TestWorkspace::user(const QString &username, const QString &email, const QString &lastLogin)
{
    UserRecord r;
    r.username = username;
    r.email = email;
    r.name = username;
    r.lastLogin = lastLogin;
    return r;
}

void TestWorkspace::init()
{
    m_workspaces = std::make_unique<hc::test::TestWorkspaces>();
    QVERIFY2(m_workspaces->isValid(), qPrintable(m_workspaces->error()));
}

// The console trusts counts a worker read only when the counter is unchanged since (WorkspaceSession::startJob):
// every commit, of this connection or another, must change it, and reads must not.
void TestWorkspace::changeCounterFollowsCommitsOfAnyConnection()
{
    const QString file = path(QStringLiteral("counter.headcount"));
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws.error()));
    if (hc::test::TestWorkspaces::onPostgres()) {
        QCOMPARE((*ws)->changeCounter(), std::optional<quint32>());
        return;
    }
    const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
    const std::optional<quint32> start = (*ws)->changeCounter();
    QVERIFY(start);
    QVERIFY((*ws)->counts(infra));
    QCOMPARE((*ws)->changeCounter(), start);
    QVERIFY((*ws)->domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const std::optional<quint32> own = (*ws)->changeCounter();
    QVERIFY(own && *own != *start);
    auto other = Workspace::open(file);
    QVERIFY2(other, qPrintable(other.error()));
    QVERIFY((*other)->domainStore().addDomains(infra, {QStringLiteral("acme.de")}));
    const std::optional<quint32> theirs = (*ws)->changeCounter();
    QVERIFY(theirs && *theirs != *own);
}

void TestWorkspace::newFileIsOwnerOnly()
{
    SQLITE_ONLY("file permissions");
    auto ws = Workspace::open(path(QStringLiteral("sub/dir/new.headcount")));
    QVERIFY2(ws, qPrintable(ws.error()));
    const QFile::Permissions p = QFile::permissions(path(QStringLiteral("sub/dir/new.headcount")));
    QVERIFY(p & QFile::ReadOwner);
    QVERIFY(p & QFile::WriteOwner);
    QVERIFY(!(p & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther)));
    // A new workspace holds one infrastructure named "default" (SPEC §1).
    const auto infras = *(*ws)->infrastructureStore().infrastructures();
    QCOMPARE(infras.size(), 1);
    QCOMPARE(infras.first().name, QStringLiteral("default"));
    QVERIFY(infras.first().model == LicenceModel::InternalExternal);
}

void TestWorkspace::refusesForeignFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << QByteArray("Id,Name\n1,Ana\n") << QStringLiteral("not an SQLite database");
    QTest::newRow("truncated header") << QByteArray("SQLite for") << QStringLiteral("not an SQLite database");
}

void TestWorkspace::refusesForeignFiles()
{
    SQLITE_ONLY("files that are not workspaces");
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    const QString file = path(QStringLiteral("foreign.headcount"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content);
    f.close();
    const QByteArray before = fileHash(file);
    auto ws = Workspace::open(file);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(message), qPrintable(ws.error()));
    QCOMPARE(fileHash(file), before);

    // An SQLite database of some other program is refused too, untouched.
    const QString other = path(QStringLiteral("other.sqlite"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
        db.setDatabaseName(other);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE t (x)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other"));
    const QByteArray otherBefore = fileHash(other);
    auto ws2 = Workspace::open(other);
    QVERIFY(!ws2);
    QVERIFY2(ws2.error().contains(QStringLiteral("Not a Headcount workspace")), qPrintable(ws2.error()));
    QCOMPARE(fileHash(other), otherBefore);
}

// SPEC §7: a --db value that is neither a file path nor a supported URL is refused, and leaves no file behind (it
// once became a local SQLite file named "postgresql:").
void TestWorkspace::refusesUrls_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("postgresql, nothing listening") << QStringLiteral("postgresql://alice@127.0.0.1:1/headcount")
                                                   << QStringLiteral("cannot connect");
    QTest::newRow("password") << QStringLiteral("POSTGRESQL://alice:secret@localhost/hc")
                              << QStringLiteral("passwords go in .pgpass or PGPASSFILE");
    QTest::newRow("no database") << QStringLiteral("postgresql://alice@localhost") << QStringLiteral("no database name");
    QTest::newRow("mysql") << QStringLiteral("mysql://bob@localhost/hc") << QStringLiteral("databases are not supported");
    QTest::newRow("file url") << QStringLiteral("file:///tmp/x.headcount") << QStringLiteral("databases are not supported");
}

void TestWorkspace::refusesUrls()
{
    QFETCH(QString, value);
    QFETCH(QString, message);
    const QString before = QDir::currentPath();
    QVERIFY(QDir::setCurrent(m_workspaces->directory()));
    const auto ws = Workspace::open(value);
    QDir::setCurrent(before);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(message), qPrintable(ws.error()));
    QVERIFY2(ws.error().startsWith(value), qPrintable(ws.error()));
    QCOMPARE(QDir(m_workspaces->directory()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestWorkspace::refusesNewerSchema()
{
    SQLITE_ONLY("the file's bytes are compared (tst_pgworkspace::refusesNewerSchema on a server)");
    const QString file = path(QStringLiteral("newer.headcount"));
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        QSqlQuery q((*ws)->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE meta SET value = '99' WHERE key = 'schema_version'")));
    }
    const QByteArray before = fileHash(file);
    auto ws = Workspace::open(file);
    QVERIFY(!ws);
    QVERIFY2(ws.error().contains(QStringLiteral("newer Headcount")), qPrintable(ws.error()));
    QCOMPARE(fileHash(file), before);
}

void TestWorkspace::reopensAndKeepsData()
{
    const QString file = path(QStringLiteral("w.headcount"));
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
        QVERIFY((*ws)->domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
        auto rt = (*ws)->runtimeStore().addRuntime(infra, QStringLiteral("prod"));
        QVERIFY(rt);
        QVERIFY((*ws)->imports().importRecords(rt->id, {user(QStringLiteral("a"), QStringLiteral("a@acme.com")),
                                              user(QStringLiteral("b"), QStringLiteral("b@other.com"))},
                                     ImportMode::Replace));
    }
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws.error()));
    const auto counts = (*ws)->counts((*ws)->infrastructureStore().infrastructure()->id);
    QVERIFY(counts);
    QCOMPARE(counts->unique.internal, 1);
    QCOMPARE(counts->unique.external, 1);
    QCOMPARE((*ws)->runtimeStore().runtimes((*ws)->infrastructureStore().infrastructure()->id)->first().records, 2);
    QVERIFY((*ws)->runtimeStore().runtimes((*ws)->infrastructureStore().infrastructure()->id)->first().lastImport.isValid());
}

void TestWorkspace::infrastructureLookup()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    QVERIFY(w.infrastructureStore().infrastructure());
    QVERIFY(w.infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::Named));
    // With two, the name is required.
    QVERIFY(!w.infrastructureStore().infrastructure());
    QVERIFY(w.infrastructureStore().infrastructure().error().contains(QStringLiteral("--infra")));
    QVERIFY(w.infrastructureStore().infrastructure(QStringLiteral("client-b"))->model == LicenceModel::Named);
    QVERIFY(!w.infrastructureStore().infrastructure(QStringLiteral("nope")));
    QVERIFY(!w.infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::Named)); // duplicate
    QVERIFY(!w.infrastructureStore().addInfrastructure(QStringLiteral("  "), LicenceModel::Named));
    const qint64 id = w.infrastructureStore().infrastructure(QStringLiteral("client-b"))->id;
    QVERIFY(w.infrastructureStore().setCapacity(id, {std::nullopt, std::nullopt, 500}));
    QCOMPARE(w.infrastructureStore().infrastructureById(id)->capacity.named, std::optional<qint64>(500));
    QVERIFY(!w.infrastructureStore().setCapacity(id, {-1, std::nullopt, std::nullopt}));
    QVERIFY(w.runtimeStore().addRuntime(id, QStringLiteral("prod")));
    QVERIFY(!w.runtimeStore().addRuntime(id, QStringLiteral("prod")));
}

void TestWorkspace::domainsAreNormalisedAndAtomic()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("ACME.de"), QStringLiteral("sales.acme.com."), QStringLiteral("münchen-acme.de")}));
    // One invalid domain in a list: nothing of the list is added.
    const Status bad = w.domainStore().addDomains(infra, {QStringLiteral("ok.com"), QStringLiteral("not a domain")});
    QVERIFY(!bad);
    QVERIFY(bad.error().contains(QStringLiteral("not a domain")));
    const auto list = *w.domainStore().domains(infra);
    QCOMPARE(list.size(), 3);
    QStringList normalized;
    for (const DomainInfo &d : list)
        normalized << d.normalized;
    QCOMPARE(normalized, (QStringList{QStringLiteral("acme.de"), QStringLiteral("sales.acme.com"), QStringLiteral("xn--mnchen-acme-thb.de")}));
    QCOMPARE(list.at(1).typed, QStringLiteral("sales.acme.com."));
    // Removing accepts any spelling of the same domain; unknown ones are refused and nothing is removed.
    QVERIFY(!w.domainStore().removeDomains(infra, {QStringLiteral("ACME.DE."), QStringLiteral("nope.org")}));
    QCOMPARE(w.domainStore().domains(infra)->size(), 3);
    QVERIFY(w.domainStore().removeDomains(infra, {QStringLiteral("ACME.DE.")}));
    QCOMPARE(w.domainStore().domains(infra)->size(), 2);
}

void TestWorkspace::workedExample()
{
    // SPEC §2's worked example, through storage: the class of each record as `users` reports it.
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("mycompany.com"), QStringLiteral("sales.mycompany.com")}));
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    const QVector<UserRecord> records = {
        user(QStringLiteral("sgreen"), QStringLiteral("scott.green@mycompany.com")),
        user(QStringLiteral("sgreen2"), QStringLiteral("scott.green@Sales.MyCompany.com")),
        user(QStringLiteral("jane.green@mycompany.com"), QString()),
        user(QStringLiteral("sjones"), QStringLiteral("scarlett.jones@outsourcing.com")),
        user(QStringLiteral("sdavidson"), QStringLiteral("samantha.davidson@finance.mycompany.com")),
        user(QStringLiteral("mjohnson"), QString()),
        user(QStringLiteral("bob"), QStringLiteral("not-an-address")),
    };
    QVERIFY(w.imports().importRecords(rt, records, ImportMode::Replace));
    UserFilter f;
    f.infraId = infra;
    const auto rows = w.userQueries().users(f);
    QVERIFY(rows);
    QHash<QString, UserClass> cls;
    for (const UserRow &r : *rows) {
        QVERIFY(r.userClass);
        cls.insert(r.record.username, *r.userClass);
    }
    QCOMPARE(toString(cls.value(QStringLiteral("sgreen"))), toString(UserClass::Internal));
    QCOMPARE(toString(cls.value(QStringLiteral("sgreen2"))), toString(UserClass::Internal));
    QCOMPARE(toString(cls.value(QStringLiteral("jane.green@mycompany.com"))), toString(UserClass::Internal));
    QCOMPARE(toString(cls.value(QStringLiteral("sjones"))), toString(UserClass::External));
    QCOMPARE(toString(cls.value(QStringLiteral("sdavidson"))), toString(UserClass::External));
    QCOMPARE(toString(cls.value(QStringLiteral("mjohnson"))), toString(UserClass::Internal));
    QCOMPARE(toString(cls.value(QStringLiteral("bob"))), toString(UserClass::Internal));
    const auto counts = w.counts(infra);
    QCOMPARE(counts->runtimes.first().records.internal, 5);
    QCOMPARE(counts->runtimes.first().records.external, 2);
    QCOMPARE(counts->unique.internal, 5);
    QCOMPARE(counts->unique.external, 2);

    // Adding finance.mycompany.com moves sdavidson at once; removing it moves them back (R11).
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("finance.mycompany.com")}));
    QCOMPARE(w.counts(infra)->unique.internal, 6);
    QVERIFY(w.domainStore().removeDomains(infra, {QStringLiteral("finance.mycompany.com")}));
    QCOMPARE(w.counts(infra)->unique.internal, 5);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
}

void TestWorkspace::importSummaryReplaceAndMerge()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    auto rec = [](const QString &id, const QString &username, const QString &name) {
        UserRecord r = user(username, username + QStringLiteral("@x.org"));
        r.sourceId = id;
        r.name = name;
        return r;
    };
    auto first = w.imports().importRecords(rt, {rec(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("A")),
                                      rec(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("B")),
                                      rec(QStringLiteral("3"), QStringLiteral("c"), QStringLiteral("C"))},
                                 ImportMode::Replace);
    QVERIFY(first);
    QCOMPARE(first->added, 3);
    // Replace: 1 unchanged, 2 changed, 3 removed, 4 added.
    auto second = w.imports().importRecords(rt, {rec(QStringLiteral("1"), QStringLiteral("a"), QStringLiteral("A")),
                                       rec(QStringLiteral("2"), QStringLiteral("b"), QStringLiteral("B2")),
                                       rec(QStringLiteral("4"), QStringLiteral("d"), QStringLiteral("D"))},
                                  ImportMode::Replace);
    QVERIFY(second);
    QCOMPARE(second->added, 1);
    QCOMPARE(second->changed, 1);
    QCOMPARE(second->unchanged, 1);
    QCOMPARE(second->removed, 1);
    QCOMPARE(second->removedUsers, QStringList{QStringLiteral("c")}); // a snapshot reports who disappeared
    QCOMPARE(w.runtimeStore().runtimes(infra)->first().records, 3);
    // Merge: upsert by Id; what the file does not mention stays.
    auto merge = w.imports().importRecords(rt, {rec(QStringLiteral("4"), QStringLiteral("d"), QStringLiteral("D2")),
                                      rec(QStringLiteral("5"), QStringLiteral("e"), QStringLiteral("E"))},
                                 ImportMode::Merge);
    QVERIFY(merge);
    QCOMPARE(merge->added, 1);
    QCOMPARE(merge->changed, 1);
    QCOMPARE(merge->removed, 0);
    QCOMPARE(w.runtimeStore().runtimes(infra)->first().records, 4);
    auto d = w.userQueries().findRecords({rt, QStringLiteral("D"), {}});
    QVERIFY(d);
    QCOMPARE(d->first().record.name, QStringLiteral("D2"));
    QCOMPARE(*w.counts(infra), *w.recount(infra));
}

void TestWorkspace::cancelledImportChangesNothing()
{
    const QString file = path(QStringLiteral("w.headcount"));
    auto ws = Workspace::open(file);
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    QVERIFY(w.imports().importRecords(rt, {user(QStringLiteral("a"), QStringLiteral("a@acme.com")),
                                 user(QStringLiteral("b"), QStringLiteral("b@x.org"))},
                            ImportMode::Replace));
    const Counts before = *w.counts(infra);

    QVector<UserRecord> many;
    for (int i = 0; i < 10000; ++i)
        many << user(QStringLiteral("u%1").arg(i), QStringLiteral("u%1@x.org").arg(i));
    std::atomic_bool cancel{false};
    qint64 lastProgress = 0;
    auto result = w.imports().importRecords(rt, many, ImportMode::Replace, &cancel, [&](qint64 done) {
        lastProgress = done;
        if (done >= 4096)
            cancel = true; // the user presses Cancel half-way
    });
    QVERIFY(!result);
    QVERIFY(result.error().contains(QStringLiteral("cancelled")));
    QVERIFY(lastProgress >= 4096 && lastProgress < 10000);
    QCOMPARE(*w.counts(infra), before);
    QCOMPARE(w.runtimeStore().runtimes(infra)->first().records, 2);
    QSqlQuery q(w.database());
    QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM user_record")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 2);
    const auto check = w.integrityCheck();
    VERIFY_OK(check);
    QVERIFY2(check->isEmpty(), qPrintable(check->join(u'\n')));

    // Into a new runtime, created in the import's own transaction: cancelled, it leaves no runtime behind.
    cancel = false;
    auto intoNew = w.imports().importRecords(infra, QStringLiteral("prod-new"), many, ImportMode::Replace, &cancel, [&](qint64 done) {
        if (done >= 4096)
            cancel = true;
    });
    QVERIFY(!intoNew);
    QCOMPARE(w.runtimeStore().runtimes(infra)->size(), 1);
    QCOMPARE(*w.counts(infra), before);
    // And when it goes through, the runtime is there with its records.
    auto done = w.imports().importRecords(infra, QStringLiteral("prod-new"), many.mid(0, 10), ImportMode::Replace);
    QVERIFY2(done, qPrintable(done.error()));
    QCOMPARE(w.runtimeStore().runtime(infra, QStringLiteral("prod-new"))->records, 10);
}

void TestWorkspace::decisionsSurviveReimport()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    const QVector<UserRecord> records = {user(QStringLiteral("dev"), QStringLiteral("dev@x.org")),
                                         user(QStringLiteral("gone"), QStringLiteral("gone@x.org")),
                                         user(QStringLiteral("stay"), QStringLiteral("stay@x.org"))};
    QVERIFY(w.imports().importRecords(rt, records, ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 3);
    QVERIFY(w.decisions().setItUser({{rt, QStringLiteral("DEV"), {}}}, true));
    QVERIFY(w.decisions().setDeactivated({{rt, QStringLiteral("gone"), {}}}, true));
    Counts c = *w.counts(infra);
    QCOMPARE(c.unique.total(), 1);
    QCOMPARE(c.excluded.itUser, 1);
    QCOMPARE(c.excluded.inactive, 1);

    auto again = w.imports().importRecords(rt, records, ImportMode::Replace);
    QVERIFY(again);
    // Still active in the new export: the platform has not been told yet.
    QCOMPARE(again->pendingDeactivation, QStringList{QStringLiteral("gone")});
    QVERIFY(w.userQueries().findRecords({rt, QStringLiteral("gone"), {}})->first().pendingOnPlatform());
    QVERIFY(!w.userQueries().findRecords({rt, QStringLiteral("stay"), {}})->first().pendingOnPlatform());
    c = *w.counts(infra);
    QCOMPARE(c.unique.total(), 1);
    QCOMPARE(c.excluded.itUser, 1);
    QCOMPARE(c.excluded.inactive, 1);
    QCOMPARE(c, *w.recount(infra));
    // Once the platform's export shows the user inactive, nothing is pending any more.
    QVector<UserRecord> caughtUp = records;
    caughtUp[1].active = false;
    auto third = w.imports().importRecords(rt, caughtUp, ImportMode::Replace);
    QVERIFY(third);
    QVERIFY(third->pendingDeactivation.isEmpty());
    QVERIFY(!w.userQueries().findRecords({rt, QStringLiteral("gone"), {}})->first().pendingOnPlatform());
    QVERIFY(w.imports().importRecords(rt, records, ImportMode::Replace));

    // Re-activating and clearing the flag bring them back.
    QVERIFY(w.decisions().setDeactivated({{rt, QStringLiteral("gone"), {}}}, false));
    QVERIFY(w.decisions().setItUser({{rt, QStringLiteral("dev"), {}}}, false));
    QCOMPARE(w.counts(infra)->unique.total(), 3);
    QVERIFY(!w.decisions().setItUser({{rt, QStringLiteral("nobody"), {}}}, true));
}

void TestWorkspace::linkAndSplitSurviveReimport()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 eu = w.runtimeStore().addRuntime(infra, QStringLiteral("eu"))->id;
    const qint64 us = w.runtimeStore().addRuntime(infra, QStringLiteral("us"))->id;
    const QVector<UserRecord> euRecords = {user(QStringLiteral("ana"), QStringLiteral("ana@x.org")),
                                           user(QStringLiteral("bo"), QStringLiteral("bo@x.org"))};
    const QVector<UserRecord> usRecords = {user(QStringLiteral("ana.s"), QStringLiteral("ana.s@y.org")),
                                           user(QStringLiteral("bo"), QStringLiteral("bo@x.org"))};
    QVERIFY(w.imports().importRecords(eu, euRecords, ImportMode::Replace));
    QVERIFY(w.imports().importRecords(us, usRecords, ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 3); // bo merges across runtimes
    QVERIFY(w.decisions().link({eu, QStringLiteral("ana"), {}}, {us, QStringLiteral("ana.s"), {}}));
    QCOMPARE(w.counts(infra)->unique.total(), 2);
    QVERIFY(w.decisions().split({us, QStringLiteral("bo"), {}}));
    QCOMPARE(w.counts(infra)->unique.total(), 3);

    QVERIFY(w.imports().importRecords(eu, euRecords, ImportMode::Replace));
    QVERIFY(w.imports().importRecords(us, usRecords, ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 3);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    const auto ana = w.userQueries().findRecords({eu, QStringLiteral("ana"), {}});
    const auto anaS = w.userQueries().findRecords({us, QStringLiteral("ana.s"), {}});
    QCOMPARE(ana->first().individual, anaS->first().individual);
    QVERIFY(w.decisions().split({us, QStringLiteral("bo"), {}}, false));
    QCOMPARE(w.counts(infra)->unique.total(), 2);
}

// An import reads only the records it can join (issue 11): here a chain runs from the new runtime through one
// runtime's e-mail to another's username and on to a fourth runtime, so the people it merges are found only by
// following keys the importing runtime does not have; a re-import that drops the middle record splits them again.
void TestWorkspace::importJoinsChainsAcrossRuntimes()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVector<qint64> rt;
    for (const char *name : {"a", "b", "c", "d"})
        rt << w.runtimeStore().addRuntime(infra, QString::fromLatin1(name))->id;
    VERIFY_OK(w.imports().importRecords(rt[1], {user(QStringLiteral("bo"), QStringLiteral("ana@x.org"))}, ImportMode::Replace));
    VERIFY_OK(w.imports().importRecords(rt[2], {user(QStringLiteral("bo"), QStringLiteral("bo@y.org"))}, ImportMode::Replace));
    VERIFY_OK(w.imports().importRecords(rt[3], {user(QStringLiteral("cy"), QStringLiteral("bo@y.org"))}, ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 1); // b-c by username, c-d by e-mail
    VERIFY_OK(w.imports().importRecords(rt[0], {user(QStringLiteral("ana"), QStringLiteral("ana@x.org")),
                                               user(QStringLiteral("eve"), QStringLiteral("eve@x.org"))},
                                        ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 2);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    const auto first = w.userQueries().findRecords({rt[0], QStringLiteral("ana"), {}});
    const auto last = w.userQueries().findRecords({rt[3], QStringLiteral("cy"), {}});
    QVERIFY(first && last);
    QCOMPARE(last->first().individual, first->first().individual); // named after the smallest id: runtime a's

    // Runtime b loses its record: a and the c-d pair are two people again.
    VERIFY_OK(w.imports().importRecords(rt[1], {user(QStringLiteral("zed"), QStringLiteral("zed@z.org"))},
                                        ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 4);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    QVERIFY(w.userQueries().findRecords({rt[3], QStringLiteral("cy"), {}})->first().individual
            != w.userQueries().findRecords({rt[0], QStringLiteral("ana"), {}})->first().individual);
}

// Issue 10: individuals are numbered per infrastructure from 1 (after their records' serials), and a person keeps
// the number through re-imports of the runtime in any order, while a new record gets the next number.
void TestWorkspace::individualNumbersSmallAndStable()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 eu = w.runtimeStore().addRuntime(infra, QStringLiteral("eu"))->id;
    const qint64 us = w.runtimeStore().addRuntime(infra, QStringLiteral("us"))->id;
    const QVector<UserRecord> first = {user(QStringLiteral("ana"), QStringLiteral("ana@x.org")),
                                       user(QStringLiteral("bo"), QStringLiteral("bo@x.org")),
                                       user(QStringLiteral("cy"), QStringLiteral("cy@x.org"))};
    VERIFY_OK(w.imports().importRecords(eu, first, ImportMode::Replace));
    auto numberOf = [&](qint64 runtime, const QString &username) -> qint64 {
        const auto found = w.userQueries().findRecords({runtime, username, {}});
        return found && !found->isEmpty() && found->first().individual ? *found->first().individual : -1;
    };
    QCOMPARE(numberOf(eu, QStringLiteral("ana")), 1);
    QCOMPARE(numberOf(eu, QStringLiteral("bo")), 2);
    QCOMPARE(numberOf(eu, QStringLiteral("cy")), 3);

    // Re-imported in another order with one more record: the same numbers, the newcomer the next one.
    VERIFY_OK(w.imports().importRecords(eu, {first[2], user(QStringLiteral("dee"), QStringLiteral("dee@x.org")), first[0], first[1]},
                                        ImportMode::Replace));
    QCOMPARE(numberOf(eu, QStringLiteral("ana")), 1);
    QCOMPARE(numberOf(eu, QStringLiteral("bo")), 2);
    QCOMPARE(numberOf(eu, QStringLiteral("cy")), 3);
    QCOMPARE(numberOf(eu, QStringLiteral("dee")), 4);
    // The same person on another runtime is the same individual, under the number they already had.
    VERIFY_OK(w.imports().importRecords(us, {user(QStringLiteral("bo"), QStringLiteral("bo@x.org"))}, ImportMode::Replace));
    QCOMPARE(numberOf(us, QStringLiteral("bo")), 2);
    // A removed record's number is not given to anyone else.
    VERIFY_OK(w.imports().importRecords(eu, {first[0], first[1], first[2]}, ImportMode::Replace));
    VERIFY_OK(w.imports().importRecords(eu, {first[0], first[1], first[2], user(QStringLiteral("eve"), QStringLiteral("eve@x.org"))},
                                        ImportMode::Replace));
    QCOMPARE(numberOf(eu, QStringLiteral("eve")), 6);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
}

// A version-3 workspace named its individuals after record ids (4294967298 ...): upgraded, they are named after
// the records' new serials, the same people in the same groups, every number at most the number of records.
void TestWorkspace::versionThreeIndividualsRenamedBySerial()
{
    SQLITE_ONLY("a workspace file of version 3");
    const QString file = hc::test::copyTestData(QStringLiteral("storage/workspace-v3-samples.headcount"), m_workspaces->directory());
    QVERIFY(!file.isEmpty());
    QMap<qint64, qint64> before; // record id -> individual
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v3"));
        db.setDatabaseName(file);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, individual FROM user_record WHERE individual IS NOT NULL")));
        while (q.next())
            before.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
        QVERIFY(!before.isEmpty());
        QVERIFY(*std::max_element(before.cbegin(), before.cend()) > (qint64(1) << 32));
    }
    QSqlDatabase::removeDatabase(QStringLiteral("v3"));
    auto ws = Workspace::open(file);
    VERIFY_OK(ws);
    QSqlQuery q((*ws)->database());
    QVERIFY(q.exec(QStringLiteral("SELECT id, individual, (SELECT COUNT(*) FROM user_record) FROM user_record"
                                  " WHERE individual IS NOT NULL")));
    QMap<qint64, qint64> oldToNew;
    int rows = 0;
    while (q.next()) {
        ++rows;
        const qint64 now = q.value(1).toLongLong();
        QVERIFY(now >= 1 && now <= q.value(2).toLongLong());
        const qint64 old = before.value(q.value(0).toLongLong());
        QVERIFY(old != 0);
        // One new number per old individual and back: the same partition, renamed.
        QCOMPARE(oldToNew.value(old, now), now);
        oldToNew.insert(old, now);
    }
    QCOMPARE(rows, before.size());
    QCOMPARE(QSet<qint64>(oldToNew.cbegin(), oldToNew.cend()).size(), oldToNew.size());
    const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
    QCOMPARE(*(*ws)->counts(infra), *(*ws)->recount(infra));
}

// A key set that lost a key would silently keep an import from merging people: `check` compares every runtime's
// key set with its user_key rows and names the runtime.
void TestWorkspace::checkFindsStaleKeySet()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 eu = w.runtimeStore().addRuntime(infra, QStringLiteral("eu"))->id;
    VERIFY_OK(w.imports().importRecords(eu, {user(QStringLiteral("ana"), QStringLiteral("ana@x.org")),
                                             user(QStringLiteral("bo"), QStringLiteral("bo@x.org"))},
                                        ImportMode::Replace));
    auto clean = w.integrityCheck();
    VERIFY_OK(clean);
    QVERIFY2(clean->isEmpty(), qPrintable(clean->join(u'\n')));
    QSqlQuery q(w.database());
    // The same set without its last hash: still well formed, no longer the runtime's keys.
    QVERIFY(q.exec(QStringLiteral("UPDATE runtime_keyset SET hashes = substr(hashes, 1, length(hashes) - 8)"
                                  " WHERE runtime_id = %1").arg(eu)));
    const auto found = w.integrityCheck();
    VERIFY_OK(found);
    QCOMPARE(found->size(), 1);
    QVERIFY2(found->first().contains(QStringLiteral("key set")) && found->first().contains(QStringLiteral("eu")),
             qPrintable(found->first()));
}

// A runtime with records but no stored key set cannot be matched against: the import says the workspace is
// damaged and changes nothing, instead of counting its people twice. (Searching few keys probes user_key directly
// and needs no key set: the limit 0 makes this small import search as a large one does.)
void TestWorkspace::missingKeySetIsAnError()
{
    NeighbourSearch::setDirectProbeLimit(0);
    const auto restore = qScopeGuard([] { NeighbourSearch::setDirectProbeLimit(NeighbourSearch::DefaultDirectProbeLimit); });
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 eu = w.runtimeStore().addRuntime(infra, QStringLiteral("eu"))->id;
    const qint64 us = w.runtimeStore().addRuntime(infra, QStringLiteral("us"))->id;
    VERIFY_OK(w.imports().importRecords(eu, {user(QStringLiteral("ana"), QStringLiteral("ana@x.org"))}, ImportMode::Replace));
    QSqlQuery q(w.database());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM runtime_keyset WHERE runtime_id = %1").arg(eu)));
    const Counts before = *w.counts(infra);
    const auto result = w.imports().importRecords(us, {user(QStringLiteral("ana"), QStringLiteral("ana@x.org"))},
                                                  ImportMode::Replace);
    QVERIFY(!result);
    QVERIFY2(result.error().contains(QStringLiteral("damaged")) && result.error().contains(QStringLiteral("key set")),
             qPrintable(result.error()));
    QCOMPARE(*w.counts(infra), before);
    QCOMPARE(w.userQueries().users(UserFilter{infra})->size(), 1);
}

void TestWorkspace::linkAcrossTenantsRefused() // and a shared e-mail joins them instead (revised R6)
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    UserRecord a = user(QStringLiteral("ana"), QStringLiteral("ana@x.org"));
    UserRecord b = user(QStringLiteral("ana2"), QStringLiteral("ana@x.org"));
    b.tenant = QStringLiteral("t2");
    QVERIFY(w.imports().importRecords(rt, {a, b}, ImportMode::Replace));
    QCOMPARE(w.counts(infra)->unique.total(), 1); // same e-mail, different tenants: one person (revised R6)
    const Status s = w.decisions().link({rt, QStringLiteral("ana"), {}}, {rt, QStringLiteral("ana2"), {}});
    QVERIFY(!s);
    QVERIFY(s.error().contains(QStringLiteral("tenant")));
}

void TestWorkspace::recordRefTenants()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    UserRecord a = user(QStringLiteral("sam"), QStringLiteral("sam@x.org"));
    UserRecord b = user(QStringLiteral("Sam"), QStringLiteral("sam@y.org"));
    b.tenant = QStringLiteral("t2");
    QVERIFY(w.imports().importRecords(rt, {a, b}, ImportMode::Replace));
    QCOMPARE(w.userQueries().findRecords({rt, QStringLiteral("SAM"), std::nullopt})->size(), 2); // any tenant
    const auto defaultOnly = w.userQueries().findRecords({rt, QStringLiteral("sam"), QString()});
    QCOMPARE(defaultOnly->size(), 1);
    QCOMPARE(defaultOnly->first().record.email, QStringLiteral("sam@x.org"));
    QCOMPARE(w.userQueries().findRecords({rt, QStringLiteral("sam"), QStringLiteral("t2")})->first().record.email, QStringLiteral("sam@y.org"));
    // Deactivating the default tenant's record leaves the other tenant's alone.
    QVERIFY(w.decisions().setDeactivated({{rt, QStringLiteral("sam"), QString()}}, true));
    QCOMPARE(w.counts(infra)->excluded.inactive, 1);
    QCOMPARE(w.counts(infra)->unique.total(), 1);
}

// A bulk decision whose references overlap (a username with and without its tenant, one named twice) moves each
// record once, and one unknown user refuses the whole decision (the others unchanged).
void TestWorkspace::bulkDecisionNamesRecordsOnce()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt1 = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    const qint64 rt2 = w.runtimeStore().addRuntime(infra, QStringLiteral("prod-eu"))->id;
    UserRecord samT2 = user(QStringLiteral("Sam"), QStringLiteral("sam@y.org"));
    samT2.tenant = QStringLiteral("t2");
    QVERIFY(w.imports().importRecords(rt1, {user(QStringLiteral("sam"), QStringLiteral("sam@x.org")), samT2,
                                            user(QStringLiteral("ann"), QStringLiteral("ann@x.org")),
                                            user(QStringLiteral("joe"), QStringLiteral("joe@x.org"))},
                                      ImportMode::Replace));
    QVERIFY(w.imports().importRecords(rt2, {user(QStringLiteral("ann2"), QStringLiteral("ann@x.org")),
                                            user(QStringLiteral("zed"), QStringLiteral("zed@x.org"))},
                                      ImportMode::Replace));
    // sam (both default-kind tenants share usernames, R6), ann (both runtimes, one e-mail), joe, zed.
    QCOMPARE(w.counts(infra)->unique.total(), 4);
    const Counts before = *w.counts(infra);

    const QVector<RecordRef> refs = {{rt1, QStringLiteral("SAM"), std::nullopt}, {rt1, QStringLiteral("sam"), QString()},
                                     {rt1, QStringLiteral("ann"), {}}, {rt1, QStringLiteral("ann"), {}},
                                     {rt2, QStringLiteral("ann2"), QString()}};
    // One unknown user: refused, nothing changed.
    QVector<RecordRef> withUnknown = refs;
    withUnknown.append({rt2, QStringLiteral("nobody"), {}});
    const Status refused = w.decisions().setDeactivated(withUnknown, true);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("nobody")), qPrintable(refused.error()));
    QCOMPARE(*w.counts(infra), before);
    QVERIFY(!w.userQueries().findRecords({rt1, QStringLiteral("ann"), {}})->first().deactivatedHere);

    QVERIFY(w.decisions().setDeactivated(refs, true));
    Counts c = *w.counts(infra);
    QCOMPARE(c.excluded.inactive, 4); // both sams, ann, ann2: each once
    QCOMPARE(c.unique.total(), 2);    // joe, zed
    QCOMPARE(c, *w.recount(infra));
    for (const auto &[rt, name, tenant] : {std::tuple(rt1, "sam", ""), std::tuple(rt1, "sam", "t2"),
                                           std::tuple(rt1, "ann", ""), std::tuple(rt2, "ann2", "")}) {
        const auto found = w.userQueries().findRecords({rt, QLatin1String(name), QLatin1String(tenant)});
        QVERIFY(found);
        QCOMPARE(found->size(), 1);
        QVERIFY2(found->first().deactivatedHere, name);
        QCOMPARE(int(found->first().status), int(RecordStatus::Inactive));
    }
    QVERIFY(!w.userQueries().findRecords({rt1, QStringLiteral("joe"), {}})->first().deactivatedHere);
    // Undone as one: the counts are those before.
    QVERIFY(w.decisions().setDeactivated(refs, false));
    QCOMPARE(*w.counts(infra), before);
    QCOMPARE(*w.recount(infra), before);
}

void TestWorkspace::namedModel()
{
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    auto infra = w.infrastructureStore().addInfrastructure(QStringLiteral("old"), LicenceModel::Named);
    QVERIFY(infra);
    QVERIFY(w.domainStore().addDomains(infra->id, {QStringLiteral("acme.com")}));
    QVERIFY(w.infrastructureStore().setCapacity(infra->id, {std::nullopt, std::nullopt, 1}));
    const qint64 rt = w.runtimeStore().addRuntime(infra->id, QStringLiteral("prod"))->id;
    QVERIFY(w.imports().importRecords(rt, {user(QStringLiteral("a"), QStringLiteral("a@acme.com")),
                                 user(QStringLiteral("b"), QStringLiteral("b@x.org"))},
                            ImportMode::Replace));
    const Counts c = *w.counts(infra->id);
    QCOMPARE(c.unique.total(), 2);
    QVERIFY(c.namedState() == CapacityState::Over);
    QCOMPARE(c.runtimes.first().records.total(), 2);
    UserFilter f;
    f.infraId = infra->id;
    const auto rows = w.userQueries().users(f); // kept alive: a range-for over *temporary would dangle
    QVERIFY(rows);
    for (const UserRow &r : *rows)
        QVERIFY(!r.userClass); // R9: no classification
}

void TestWorkspace::usersFilters_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("userClass");
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("notLoggedInSince");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("all") << QString() << QString() << QString() << QString()
                         << QStringList{QStringLiteral("anon"), QStringLiteral("ext"), QStringLiteral("int"), QStringLiteral("off"), QStringLiteral("old")};
    QTest::newRow("search name, case-insensitive") << QStringLiteral("EXT") << QString() << QString() << QString()
                                                   << QStringList{QStringLiteral("ext")};
    QTest::newRow("search is literal, % is no wildcard") << QStringLiteral("%") << QString() << QString() << QString() << QStringList{};
    QTest::newRow("internal") << QString() << QStringLiteral("internal") << QString() << QString()
                              << QStringList{QStringLiteral("int"), QStringLiteral("old")};
    QTest::newRow("external") << QString() << QStringLiteral("external") << QString() << QString() << QStringList{QStringLiteral("ext")};
    QTest::newRow("inactive") << QString() << QString() << QStringLiteral("inactive") << QString() << QStringList{QStringLiteral("off")};
    QTest::newRow("anonymous") << QString() << QString() << QStringLiteral("anonymous") << QString() << QStringList{QStringLiteral("anon")};
    QTest::newRow("not logged in since 2025") << QString() << QString() << QStringLiteral("counted") << QStringLiteral("2025-01-01")
                                              << QStringList{QStringLiteral("old")};
}

void TestWorkspace::usersFilters()
{
    QFETCH(QString, search);
    QFETCH(QString, userClass);
    QFETCH(QString, status);
    QFETCH(QString, notLoggedInSince);
    QFETCH(QStringList, expected);
    auto ws = Workspace::open(path(QStringLiteral("w.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    UserRecord off = user(QStringLiteral("off"), QStringLiteral("off@acme.com"));
    off.active = false;
    UserRecord anon;
    anon.username = QStringLiteral("anon");
    QVERIFY(w.imports().importRecords(rt, {user(QStringLiteral("int"), QStringLiteral("int@acme.com")),
                                 user(QStringLiteral("ext"), QStringLiteral("ext@partner.org")),
                                 user(QStringLiteral("old"), QStringLiteral("old@acme.com"), QStringLiteral("2024-03-01T10:00:00")),
                                 off, anon},
                            ImportMode::Replace));
    UserFilter f;
    f.infraId = infra;
    f.search = search;
    if (!userClass.isEmpty())
        f.userClass = userClassFromString(userClass);
    if (!status.isEmpty())
        f.status = recordStatusFromString(status);
    f.notLoggedInSince = notLoggedInSince;
    const auto rows = w.userQueries().users(f);
    QVERIFY2(rows, qPrintable(rows.error()));
    QStringList names;
    for (const UserRow &r : *rows)
        names << r.record.username;
    QCOMPARE(names, expected);
    QCOMPARE(*w.userQueries().userCount(f), qint64(expected.size()));
}

// tests/data/storage/workspace-v2-tenants.headcount was written by the schema-2 code (commit 67209a3) from
// tests/data/cli/tenants-*.csv with domain acme.com and dora deactivated in prod-us. Under the old R6 records of
// different tenants never joined: 5 internal, 4 external. The migration recounts under the revised R6 (every tenant
// `default` until the administrator says otherwise, so one username pool): ana, ana.b, svc.ana and prod-us ana are
// one person (one e-mail), the three admins one (one login); bob, carl. R12 per runtime (version unset).
void TestWorkspace::versionTwoFileMigratesToRevisedRules()
{
    SQLITE_ONLY("a workspace file of version 2");
    const QString file = QDir(m_workspaces->directory()).filePath(QStringLiteral("v2.headcount"));
    QVERIFY(QFile::copy(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/storage/workspace-v2-tenants.headcount"), file));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws.error()));
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const auto c = w.counts(infra);
    QVERIFY2(c, qPrintable(c.error()));
    QCOMPARE(c->unique.internal, 2);
    QCOMPARE(c->unique.external, 2);
    QCOMPARE(c->excluded.inactive, 1); // the decision survived the migration
    QCOMPARE(c->runtimes.size(), 2);
    QCOMPARE(c->runtimes[0].records, (ClassCounts{5, 4}));
    QCOMPARE(c->runtimes[0].platform, (ClassCounts{2, 2}));
    QCOMPARE(c->runtimes[1].records, (ClassCounts{2, 0}));
    QCOMPARE(c->runtimes[1].platform, (ClassCounts{2, 0}));
    QCOMPARE(*c, *w.recount(infra));

    // The administrator then tells Headcount what the tenants are: the counts of the issue-7 fixture follow.
    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("10"), QStringLiteral("11")}, TenantKind::App));
    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("99")}, TenantKind::It));
    const auto after = w.counts(infra);
    QCOMPARE(after->unique.internal, 3);
    QCOMPARE(after->unique.external, 2); // dora stays deactivated
    QCOMPARE(after->runtimes[0].platform, (ClassCounts{3, 3}));
    QCOMPARE(after->excluded.itUser, 1);
    QCOMPARE(*after, *w.recount(infra));
}

// Changes of tenant kind and platform version keep every count equal to a recount, and undo cleanly.
void TestWorkspace::tenantKindAndVersionChanges()
{
    auto ws = Workspace::open(path(QStringLiteral("t.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    UserRecord a = user(QStringLiteral("admin"), QString());
    a.name = QStringLiteral("Admin");
    a.tenant = QStringLiteral("t1");
    UserRecord b = a;
    b.tenant = QStringLiteral("t2");
    UserRecord c = user(QStringLiteral("ana"), QStringLiteral("ana@acme.com"));
    c.tenant = QStringLiteral("t1");
    QVERIFY(w.imports().importRecords(rt, {a, b, c}, ImportMode::Replace));
    const Counts before = *w.counts(infra);
    QCOMPARE(before.unique.total(), 2); // the two admins share a login in the default pool
    QCOMPARE(before.runtimes[0].platform.total(), 2);

    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("t2")}, TenantKind::App));
    QCOMPARE(w.counts(infra)->unique.total(), 3);
    QCOMPARE(w.counts(infra)->runtimes[0].platform.total(), 3);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("t1")}, TenantKind::It));
    QCOMPARE(w.counts(infra)->unique.total(), 1);
    QCOMPARE(w.counts(infra)->excluded.itUser, 2);
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    QVERIFY(w.infrastructureStore().setPlatformVersion(infra, QStringLiteral("11.11.2")));
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    QVERIFY(!w.infrastructureStore().setPlatformVersion(infra, QStringLiteral("v11")));
    QCOMPARE(w.infrastructureStore().infrastructure()->platformVersion, QStringLiteral("11.11.2"));

    // Back to the defaults: exactly the counts from before.
    QVERIFY(w.infrastructureStore().setPlatformVersion(infra, QString()));
    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("t1"), QStringLiteral("t2")}, TenantKind::Default));
    QCOMPARE(*w.counts(infra), before);
    QVERIFY(w.tenantStore().tenants(infra)->size() == 2);
}

// Past a few thousand records a tenant-kind change recounts the infrastructure in one pass: the same result.
void TestWorkspace::largeTenantKindChangeEqualsRecount()
{
    auto ws = Workspace::open(path(QStringLiteral("big.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    QVector<UserRecord> records;
    for (int i = 0; i < 6000; ++i) {
        // Every third login repeats in the default tenant; every fifth e-mail too.
        UserRecord r = user(QStringLiteral("u%1").arg(i % 4000), i % 5 == 0 ? QStringLiteral("p%1@acme.com").arg(i % 700)
                                                                            : QStringLiteral("p%1@x.org").arg(i));
        r.sourceId = QString::number(i);
        r.tenant = i % 3 == 0 ? QString() : QStringLiteral("big");
        records << r;
    }
    const auto imported = w.imports().importRecords(rt, records, ImportMode::Replace);
    QVERIFY2(imported, qPrintable(imported.error()));
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    const Counts before = *w.counts(infra);
    for (TenantKind kind : {TenantKind::App, TenantKind::It, TenantKind::Default}) {
        QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("big")}, kind));
        const auto maintained = w.counts(infra);
        QVERIFY(maintained);
        QCOMPARE(*maintained, *w.recount(infra));
    }
    QCOMPARE(*w.counts(infra), before);
    QVERIFY(w.tenantStore().setTenantKind(infra, {QStringLiteral("big")}, TenantKind::App));
    QVERIFY(w.counts(infra)->unique.total() > before.unique.total()); // the shared logins part
}

// Workspace::preview runs the change for real and rolls it back, also when the change fails halfway.
void TestWorkspace::previewRollsBack()
{
    auto ws = Workspace::open(path(QStringLiteral("p.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 rt = w.runtimeStore().addRuntime(infra, QStringLiteral("prod"))->id;
    QVERIFY(w.imports().importRecords(rt, {user(QStringLiteral("ana"), QStringLiteral("ana@acme.com")),
                                 user(QStringLiteral("bob"), QStringLiteral("bob@x.org"))}, ImportMode::Replace));
    const QByteArray before = fileHash(path(QStringLiteral("p.headcount")));
    const auto p = w.preview(infra, [&] { return w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}); });
    QVERIFY2(p, qPrintable(p.error()));
    QCOMPARE(p->before.unique.external, 0); // no owned domains: all internal
    QCOMPARE(p->after.unique.external, 1);
    QVERIFY(w.domainStore().domains(infra)->isEmpty());
    // A change that writes, then fails: the preview fails and nothing stays.
    const auto failed = w.preview(infra, [&] {
        if (Status s = w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}); !s)
            return s;
        return w.domainStore().addDomains(infra, {QStringLiteral("not a domain")});
    });
    QVERIFY(!failed);
    QVERIFY(w.domainStore().domains(infra)->isEmpty());
    if (!hc::test::TestWorkspaces::onPostgres())
        QCOMPARE(fileHash(path(QStringLiteral("p.headcount"))), before);
    // And the workspace takes real changes afterwards.
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    QCOMPARE(*w.counts(infra), p->after);
}

// Runtimes and infrastructures renamed and removed: the counts follow exactly, nothing of a removed one is left.
void TestWorkspace::renameAndRemove()
{
    auto ws = Workspace::open(path(QStringLiteral("r.headcount")));
    QVERIFY(ws);
    Workspace &w = **ws;
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    QVERIFY(w.domainStore().addDomains(infra, {QStringLiteral("acme.com")}));
    const qint64 eu = w.runtimeStore().addRuntime(infra, QStringLiteral("eu"))->id;
    const qint64 us = w.runtimeStore().addRuntime(infra, QStringLiteral("us"))->id;
    // Ana is internal through her eu record only; bob has records in both runtimes.
    QVERIFY(w.imports().importRecords(eu, {user(QStringLiteral("ana"), QStringLiteral("ana@acme.com")),
                                 user(QStringLiteral("bob"), QStringLiteral("bob@x.org"))}, ImportMode::Replace));
    QVERIFY(w.imports().importRecords(us, {user(QStringLiteral("ana"), QStringLiteral("ana@gmail.com")),
                                 user(QStringLiteral("bob"), QStringLiteral("bob@x.org")),
                                 user(QStringLiteral("cy"), QStringLiteral("cy@x.org"))}, ImportMode::Replace));
    QVERIFY(w.decisions().setDeactivated({{us, QStringLiteral("cy"), {}}}, true));
    QCOMPARE(w.counts(infra)->unique, (ClassCounts{1, 1}));

    QVERIFY(w.runtimeStore().renameRuntime(us, QStringLiteral("us-east")));
    QVERIFY(!w.runtimeStore().renameRuntime(us, QStringLiteral("eu"))); // taken
    // A rename that names the runtime as it was (the CLI, an undo) refuses when it is called something else now:
    // another administrator renamed it meanwhile, and that rename is not overwritten.
    const Status stale = w.runtimeStore().renameRuntime(us, QStringLiteral("us-west"), QStringLiteral("us"));
    QVERIFY(!stale);
    QVERIFY2(stale.error().contains(QStringLiteral("\"us\"")), qPrintable(stale.error()));
    QVERIFY(w.runtimeStore().renameRuntime(us, QStringLiteral("us-east"), QStringLiteral("us-east")));
    QCOMPARE(w.counts(infra)->runtimes.at(1).name, QStringLiteral("us-east"));

    QVERIFY(w.runtimeStore().removeRuntime(eu));
    const Counts c = *w.counts(infra);
    QCOMPARE(c, *w.recount(infra));
    QCOMPARE(c.unique, (ClassCounts{0, 2})); // ana is external without her eu record
    QCOMPARE(c.runtimes.size(), 1);
    QCOMPARE(c.excluded.inactive, 1);

    QVERIFY(w.infrastructureStore().renameInfrastructure(infra, QStringLiteral("client-a")));
    // Named as it was before: refused, the other administrator's rename stays.
    const Status staleInfra = w.infrastructureStore().renameInfrastructure(infra, QStringLiteral("client-c"),
                                                                           QStringLiteral("default"));
    QVERIFY(!staleInfra);
    QVERIFY2(staleInfra.error().contains(QStringLiteral("\"default\"")), qPrintable(staleInfra.error()));
    QCOMPARE(w.infrastructureStore().infrastructureById(infra)->name, QStringLiteral("client-a"));
    QVERIFY(w.infrastructureStore().addInfrastructure(QStringLiteral("client-b"), LicenceModel::Named));
    QVERIFY(!w.infrastructureStore().renameInfrastructure(infra, QStringLiteral("client-b")));
    QVERIFY(w.infrastructureStore().removeInfrastructure(infra));
    QCOMPARE(w.infrastructureStore().infrastructures()->size(), 1);
    QSqlQuery q(w.database());
    for (const char *table : {"user_record", "user_key", "decision", "owned_domain", "agg_runtime", "agg_identity",
                              "agg_platform", "agg_tenant"}) {
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))) && q.next());
        QVERIFY2(q.value(0).toLongLong() == 0, table);
    }
    QVERIFY(w.integrityCheck()->isEmpty());
}

void TestWorkspace::dataVersionSeesOtherConnectionsOnly()
{
    SQLITE_ONLY("data_version and BEGIN EXCLUSIVE (a server notifies: tst_pgconsole)");
    // The console polls this to notice changes made by another process (SPEC §7).
    auto a = Workspace::open(path(QStringLiteral("poll.headcount")));
    QVERIFY2(a, qPrintable(a.error()));
    auto b = Workspace::open(path(QStringLiteral("poll.headcount")));
    QVERIFY2(b, qPrintable(b.error()));
    const qint64 infra = (*a)->infrastructureStore().infrastructure()->id;
    const auto first = (*a)->dataVersion();
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->has_value());
    QCOMPARE(*(*a)->dataVersion(), *first); // nothing happened

    // Its own commits do not move it; another connection's do.
    QVERIFY((*a)->domainStore().addDomains(infra, { QStringLiteral("acme.com") }));
    QCOMPARE(*(*a)->dataVersion(), *first);
    QVERIFY((*b)->domainStore().addDomains(infra, { QStringLiteral("partner.org") }));
    const auto second = (*a)->dataVersion();
    QVERIFY(second && second->has_value());
    QVERIFY(**second != **first);
    QCOMPARE(*(*a)->dataVersion(), *second);

    // Another process holding the lock: no answer now, and no waiting for the 30 s a writer would.
    QSqlDatabase other = (*b)->database();
    QSqlQuery lock(other);
    QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
    QElapsedTimer clock;
    clock.start();
    const auto busy = (*a)->dataVersion();
    QVERIFY2(busy, qPrintable(busy.error()));
    QVERIFY(!busy->has_value());
    QVERIFY2(clock.elapsed() < 500, qPrintable(QString::number(clock.elapsed())));
    QVERIFY(lock.exec(QStringLiteral("ROLLBACK")));
    QCOMPARE(*(*a)->dataVersion(), *second);

    // Inside a transaction of its own it says nothing either.
    QSqlDatabase own = (*a)->database();
    QVERIFY(own.transaction());
    QVERIFY(!(*a)->dataVersion()->has_value());
    QVERIFY(own.rollback());
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
