// Several headcount-cli processes changing one shared workspace at once (issue 12, SPEC §7, label postgres): every
// process ends with success or with the documented busy / conflict error, no change that reported success is lost,
// the renames of one runtime form one chain (each starts from the name the previous one gave), and the counts the
// aggregates give equal a recount through a fresh connection and the same final state replayed on SQLite.
//
// The work is a table of step kinds (Plan below); imports join it as one more kind once they run on PostgreSQL.
#include "PgTestSupport.h"
#include "TestConfig.h"
#include "TestSupport.h"
#include "Transaction.h"
#include "Workspace.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using hc::Workspace;

namespace {

// One CLI run of a worker. `conflicts`: the error messages (fragments) this kind of change may end with when another
// process changed the same thing first; a busy workspace is always allowed.
struct Step {
    QString kind;
    QStringList args;
    QStringList conflicts;
};

struct Outcome {
    int worker = 0;
    Step step;
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs each worker's steps one after another and the workers at the same time, each step a real process. A step is
// made when it starts (from what the workspace holds then), so it can depend on the others' changes.
class ConcurrentCli {
public:
    using MakeStep = std::function<Step(int worker, int index)>;

    ConcurrentCli(QString url, int workers, int steps, MakeStep make)
        : m_url(std::move(url)), m_workers(workers), m_steps(steps), m_make(std::move(make))
    {
    }

    QVector<Outcome> run()
    {
        QEventLoop loop;
        m_running = m_workers;
        for (int w = 0; w < m_workers; ++w)
            start(w, 0, &loop);
        QTimer::singleShot(600000, &loop, &QEventLoop::quit); // never hangs the suite
        loop.exec();
        return m_outcomes;
    }

private:
    void start(int worker, int index, QEventLoop *loop)
    {
        if (index == m_steps) {
            if (--m_running == 0)
                loop->quit();
            return;
        }
        auto *process = new QProcess;
        const Step step = m_make(worker, index);
        QObject::connect(process, &QProcess::finished, process, [=](int code, QProcess::ExitStatus status) {
            Outcome o { worker, step, status == QProcess::NormalExit ? code : -1,
                QString::fromUtf8(process->readAllStandardOutput()), QString::fromUtf8(process->readAllStandardError()) };
            m_outcomes << o;
            process->deleteLater();
            start(worker, index + 1, loop);
        });
        process->start(QStringLiteral(HEADCOUNT_CLI_PATH), QStringList { QStringLiteral("--db"), m_url } + step.args);
    }

    QString m_url;
    int m_workers;
    int m_steps;
    MakeStep m_make;
    int m_running = 0;
    QVector<Outcome> m_outcomes;
};

QJsonArray jsonArray(const hc::test::CliRun &run)
{
    return QJsonDocument::fromJson(run.out.toUtf8()).array();
}

QStringList names(const QJsonArray &array, const char *key)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toObject().value(QLatin1String(key)).toString();
    list.sort();
    return list;
}

} // namespace

class TestPgConflict : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentWritersLoseNothing();
    void renameToTakenNameIsAConflict();

private:
    // The runtime the renames chase, by its current name (it starts as "hub").
    QString currentHub(const QString &url);
    // What the final state must be, from the outcomes; failures of a kind the step does not allow are reported.
    void checkOutcomes(const QString &url, const QVector<Outcome> &outcomes);
    void checkCountsEqualRecount(const QString &url);
    void checkSqliteReplay(const QString &url);
};

void TestPgConflict::initTestCase()
{
    if (!hc::test::PgTestDatabase::serverAvailable())
        QSKIP("HEADCOUNT_TEST_PG_URL is not set: run through CTest (label postgres), which starts the server");
}

QString TestPgConflict::currentHub(const QString &url)
{
    const auto run = hc::test::runCli(url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    for (const QString &name : names(jsonArray(run), "name")) {
        if (name.startsWith(QLatin1String("hub")))
            return name;
    }
    return {};
}

void TestPgConflict::concurrentWritersLoseNothing()
{
    using hc::test::runCli;
    hc::test::PgTestDatabase db;
    QVERIFY2(db.isReady(), qPrintable(db.error()));
    const QString url = db.url();
    for (const QStringList &args : { QStringList { QStringLiteral("init") },
             QStringList { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("hub") } }) {
        const auto run = runCli(url, args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }

    // HEADCOUNT_PG_CONFLICT_ROUNDS scales the run (rounds of every kind per worker).
    const int workers = 3;
    const int rounds = qEnvironmentVariableIsSet("HEADCOUNT_PG_CONFLICT_ROUNDS")
        ? qEnvironmentVariableIntValue("HEADCOUNT_PG_CONFLICT_ROUNDS") : 6;
    const QStringList kinds = { QStringLiteral("own-domain"), QStringLiteral("shared-domain"), QStringLiteral("capacity"),
        QStringLiteral("runtime-add"), QStringLiteral("rename") };
    ConcurrentCli cli(url, workers, rounds * int(kinds.size()), [&](int w, int index) {
        const int round = index / int(kinds.size());
        const QString kind = kinds.at(index % int(kinds.size()));
        const QString tag = QStringLiteral("w%1r%2").arg(w).arg(round);
        if (kind == u"own-domain")
            return Step { kind, { QStringLiteral("domain"), QStringLiteral("add"), tag + QStringLiteral(".example") }, {} };
        if (kind == u"shared-domain")
            return Step { kind,
                { QStringLiteral("domain"), (round + w) % 2 ? QStringLiteral("remove") : QStringLiteral("add"),
                    QStringLiteral("shared.example") },
                { QStringLiteral("is not an owned domain") } };
        if (kind == u"capacity")
            return Step { kind,
                { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"),
                    QString::number(1000 + 100 * w + round) },
                {} };
        if (kind == u"runtime-add")
            return Step { kind, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("rt-") + tag }, {} };
        // Renamed from whatever name it has now: another worker may rename it first, before this process looks the
        // name up ("No runtime named") or between its lookup and its UPDATE ("renamed or removed meanwhile").
        return Step { kind,
            { QStringLiteral("runtime"), QStringLiteral("rename"), currentHub(url), QStringLiteral("hub-") + tag },
            { QStringLiteral("No runtime named"), QStringLiteral("already exists"),
                QStringLiteral("was renamed or removed meanwhile") } };
    });
    const QVector<Outcome> outcomes = cli.run();
    QCOMPARE(outcomes.size(), workers * rounds * int(kinds.size()));
    checkOutcomes(url, outcomes);
    if (QTest::currentTestFailed())
        return;
    checkCountsEqualRecount(url);
    if (QTest::currentTestFailed())
        return;
    checkSqliteReplay(url);
}

void TestPgConflict::checkOutcomes(const QString &url, const QVector<Outcome> &outcomes)
{
    using hc::test::runCli;
    QStringList domains, runtimes;
    QSet<int> capacities;
    QHash<QString, QString> renames; // from → to, of the renames that went through
    int busy = 0, conflicts = 0;
    for (const Outcome &o : outcomes) {
        const QString what = QStringLiteral("worker %1: %2: rc %3: %4")
                                 .arg(o.worker).arg(o.step.args.join(QLatin1Char(' '))).arg(o.exitCode).arg(o.err);
        if (o.exitCode != 0) {
            QVERIFY2(o.exitCode == 1, qPrintable(what));
            if (o.err.contains(hc::Transaction::busyMessage())) {
                ++busy;
                continue;
            }
            const bool allowed = std::any_of(o.step.conflicts.cbegin(), o.step.conflicts.cend(),
                [&o](const QString &c) { return o.err.contains(c); });
            QVERIFY2(allowed, qPrintable(what));
            ++conflicts;
            continue;
        }
        if (o.step.kind == u"own-domain") {
            domains << o.step.args.last();
        } else if (o.step.kind == u"runtime-add") {
            runtimes << o.step.args.last();
        } else if (o.step.kind == u"capacity") {
            capacities << o.step.args.last().toInt();
        } else if (o.step.kind == u"rename") {
            // Two renames that went through from the same name: the second renamed what the first had renamed
            // already, and the first's name was lost.
            QVERIFY2(!renames.contains(o.step.args.at(2)), qPrintable(QStringLiteral("renamed twice from %1: %2")
                                                                        .arg(o.step.args.at(2), what)));
            renames.insert(o.step.args.at(2), o.step.args.at(3));
        }
    }
    qInfo("%d steps: %d busy, %d conflicts, %d renames", int(outcomes.size()), busy, conflicts, int(renames.size()));

    // Every change that reported success is there: the domains each worker added, the runtimes...
    auto run = runCli(url, { QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList finalDomains = names(jsonArray(run), "normalized");
    finalDomains.removeAll(QStringLiteral("shared.example"));
    domains.sort();
    QCOMPARE(finalDomains, domains);
    // ...and the renames form one chain from "hub" whose end is the runtime's name now.
    QString hub = QStringLiteral("hub");
    for (int i = 0; i < renames.size() && renames.contains(hub); ++i)
        hub = renames.value(hub);
    QVERIFY2(!renames.contains(hub), "the renames do not form one chain");
    run = runCli(url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    runtimes << hub;
    runtimes.sort();
    QCOMPARE(names(jsonArray(run), "name"), runtimes);
    // The capacity is one a worker set (the last to commit), never a mixture or the initial "not set".
    run = runCli(url, { QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject counts = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const int internal = counts.value(QStringLiteral("capacity")).toObject().value(QStringLiteral("internal")).toInt(-1);
    QVERIFY2(capacities.contains(internal), qPrintable(QString::number(internal)));
}

void TestPgConflict::checkCountsEqualRecount(const QString &url)
{
    // A fresh connection of this process: the maintained aggregates against a recount from every record. (No
    // records yet: imports do not run on PostgreSQL; with them the recount becomes the interesting half.)
    auto ws = Workspace::open(url);
    VERIFY_OK(ws);
    const auto infra = (*ws)->infrastructureStore().infrastructure();
    VERIFY_OK(infra);
    const auto counts = (*ws)->counts(infra->id);
    VERIFY_OK(counts);
    const auto recount = (*ws)->recount(infra->id);
    VERIFY_OK(recount);
    QCOMPARE(QJsonDocument(recount->toJson()).toJson(), QJsonDocument(counts->toJson()).toJson());
    QVERIFY(*counts == *recount);
}

void TestPgConflict::checkSqliteReplay(const QString &url)
{
    // The final state built again, serially, in a workspace file: `counts --json` must read the same on both.
    using hc::test::runCli;
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("replay.headcount"));
    auto run = runCli(url, { QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json") });
    const QStringList domains = names(jsonArray(run), "domain");
    run = runCli(url, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") });
    const QStringList runtimes = names(jsonArray(run), "name");
    const auto shared = runCli(url, { QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(shared.exitCode == 0, qPrintable(shared.err));
    const QJsonObject capacity = QJsonDocument::fromJson(shared.out.toUtf8()).object().value(QStringLiteral("capacity")).toObject();
    QList<QStringList> replay = { { QStringLiteral("init") },
        { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"),
            QString::number(capacity.value(QStringLiteral("internal")).toInt()) },
        QStringList { QStringLiteral("domain"), QStringLiteral("add") } + domains };
    for (const QString &name : runtimes)
        replay << QStringList { QStringLiteral("runtime"), QStringLiteral("add"), name };
    for (const QStringList &args : std::as_const(replay)) {
        run = runCli(file, args);
        QVERIFY2(run.exitCode == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + run.err));
    }
    run = runCli(file, { QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out, shared.out);
}

void TestPgConflict::renameToTakenNameIsAConflict()
{
    // The conflict a rename may end with says so on PostgreSQL too, not "database error … 23505" with a driver
    // warning about an aborted transaction.
    using hc::test::runCli;
    hc::test::PgTestDatabase db;
    QVERIFY2(db.isReady(), qPrintable(db.error()));
    for (const QString &name : { QStringLiteral("a"), QStringLiteral("b") }) {
        const auto run = runCli(db.url(), { QStringLiteral("runtime"), QStringLiteral("add"), name });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
    const auto run = runCli(db.url(), { QStringLiteral("runtime"), QStringLiteral("rename"), QStringLiteral("a"), QStringLiteral("b") });
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err.trimmed(), QStringLiteral("error: A runtime named \"b\" already exists in this infrastructure."));
}

QTEST_GUILESS_MAIN(TestPgConflict)
#include "tst_pgconflict.moc"
