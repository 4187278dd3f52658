// SPEC §7 / issue 8, the stress test: four headcount-cli processes at once on one workspace, each doing imports,
// domain changes, decisions and reads at random for a fixed time. Afterwards the workspace is sound, no command
// failed (a writer waits for another instead of failing with "locked"), the maintained counts equal a recount, and
// no update was lost: each worker owns two domains and two users per runtime whose final state only it decides.
// HEADCOUNT_STRESS_SECONDS sets the time (default 60), HEADCOUNT_STRESS_SEED the random seed (printed).
#include "TestConfig.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <numeric>

namespace {

constexpr int WorkerCount = 4;
constexpr int ExportCount = 12;
constexpr int PoolUsers = 40;
constexpr int SharedUsers = 4;
constexpr int OwnedUsersPerWorker = 2;
// Beyond the 30 s busy timeout: a command still running then hangs, it is not waiting.
constexpr int CommandTimeoutMs = 90000;

const QStringList &runtimeNames()
{
    static const QStringList names = { QStringLiteral("rt-a"), QStringLiteral("rt-b"), QStringLiteral("rt-c") };
    return names;
}

QString workerDomain(int worker, int which)
{
    return QStringLiteral("w%1%2.example").arg(worker).arg(QChar(u'a' + which));
}

QString ownedUser(int worker, int which)
{
    return QStringLiteral("w%1-own%2").arg(worker).arg(which);
}

QString sharedUser(int which)
{
    return QStringLiteral("shared%1").arg(which);
}

int envInt(const char *name, int fallback)
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue(name, &ok);
    return ok && value > 0 ? value : fallback;
}

template<typename T> T pick(QRandomGenerator &rng, const QList<T> &values)
{
    return values.at(int(rng.bounded(quint32(values.size()))));
}

// One small export: every worker's owned users (active, no tenant, no IT flag, so that their state is the
// decisions' alone), the shared users and a random part of the pool, with random domains, tenants and flags.
QByteArray exportCsv(QRandomGenerator &rng)
{
    QVector<QString> domains = { QStringLiteral("gmail.com"), QStringLiteral("partner.example") };
    for (int w = 0; w < WorkerCount; ++w) {
        for (int d = 0; d < 2; ++d)
            domains << workerDomain(w, d);
    }
    const QVector<QString> tenants
        = { QString(), QString(), QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("99") };
    QByteArray csv = "Id,Name,Username,Email,Is_Active,Tenant_Id,Is_IT_User,Last_Login\n";
    auto add = [&csv](const QString &id, const QString &username, const QString &email, bool active,
                   const QString &tenant, bool itUser, const QString &lastLogin) {
        csv += QStringLiteral("%1,Person %2,%2,%3,%4,%5,%6,%7\n")
                   .arg(id, username, email, QLatin1String(active ? "true" : "false"), tenant,
                       QLatin1String(itUser ? "true" : "false"), lastLogin)
                   .toUtf8();
    };
    auto randomLogin = [&rng]() {
        if (rng.bounded(10) == 0)
            return QStringLiteral("1900-01-01 00:00:00"); // never: anonymous when nothing else is known
        return QStringLiteral("2026-%1-%2 10:00:00")
            .arg(1 + rng.bounded(12), 2, 10, QLatin1Char('0'))
            .arg(1 + rng.bounded(28), 2, 10, QLatin1Char('0'));
    };
    for (int w = 0; w < WorkerCount; ++w) {
        for (int u = 0; u < OwnedUsersPerWorker; ++u) {
            add(QStringLiteral("o%1-%2").arg(w).arg(u), ownedUser(w, u), ownedUser(w, u) + u'@' + pick(rng, domains),
                true, QString(), false, QStringLiteral("2026-06-01 10:00:00"));
        }
    }
    auto randomRecord = [&](const QString &id, const QString &username) {
        QString email;
        switch (rng.bounded(10)) {
        case 0:
            break; // no e-mail: internal (R3)
        case 1:
            email = QStringLiteral("team@partner.example");
            break; // a shared address merges usernames
        default:
            email = username + u'@' + pick(rng, domains);
            break;
        }
        add(id, username, email, rng.bounded(8) != 0, pick(rng, tenants), rng.bounded(20) == 0, randomLogin());
    };
    for (int s = 0; s < SharedUsers; ++s)
        randomRecord(QStringLiteral("s%1").arg(s), sharedUser(s));
    const int extra = 5 + int(rng.bounded(26));
    QSet<int> chosen;
    while (chosen.size() < extra)
        chosen.insert(int(rng.bounded(PoolUsers)));
    for (int p : chosen)
        randomRecord(QStringLiteral("p%1").arg(p), QStringLiteral("user%1").arg(p, 2, 10, QLatin1Char('0')));
    return csv;
}

struct Setup {
    QString cli;
    QString db;
    QStringList exports;
    QProcessEnvironment env;
};

// One process after another, each a random command, until the deadline. Failures are collected, not asserted,
// so that the test reports every one of them with its stderr.
class StressWorker : public QObject {
    Q_OBJECT

public:
    StressWorker(int index, quint32 seed, const Setup &setup, QDeadlineTimer deadline)
        : m_index(index)
        , m_rng(seed)
        , m_setup(setup)
        , m_deadline(deadline)
    {
        m_process.setProgram(setup.cli);
        m_process.setProcessEnvironment(setup.env);
        m_watchdog.setSingleShot(true);
        m_watchdog.setInterval(CommandTimeoutMs);
        connect(&m_process, &QProcess::finished, this, &StressWorker::onFinished);
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error != QProcess::FailedToStart)
                return; // the others end in finished()
            fail(QStringLiteral("could not start: ") + m_process.errorString());
            m_done = true;
        });
        connect(&m_watchdog, &QTimer::timeout, this, [this]() {
            fail(QStringLiteral("still running after %1 s (hangs?)").arg(CommandTimeoutMs / 1000));
            m_killed = true;
            m_process.kill();
        });
    }

    void start() { next(); }
    bool isDone() const { return m_done; }
    const QStringList &failures() const { return m_failures; }
    const QMap<QString, int> &commands() const { return m_commands; }
    int total() const { return m_total; }
    int waits() const { return m_waits; }
    // The state only this worker decides, for the checks afterwards.
    const QSet<QString> &ownedDomains() const { return m_domains; }
    bool isDeactivated(const QString &runtime, int user) const { return m_deactivated.value(key(runtime, user)); }
    bool isItUser(const QString &runtime, int user) const { return m_itUser.value(key(runtime, user)); }

private:
    static QString key(const QString &runtime, int user) { return runtime + u'/' + QString::number(user); }

    void next()
    {
        if (m_deadline.hasExpired()) {
            m_done = true;
            return;
        }
        m_pending = nullptr;
        m_args = nextCommand();
        m_killed = false;
        m_clock.start();
        m_process.setArguments(QStringList { QStringLiteral("--db"), m_setup.db } + m_args);
        m_watchdog.start();
        m_process.start();
    }

    QStringList nextCommand()
    {
        const QString runtime = pick(m_rng, runtimeNames());
        // Weights of the kinds of command below, in their order.
        static const QVector<int> weights = { 12, 8, 12, 10, 8, 10, 8, 5, 12, 10 };
        int roll = int(m_rng.bounded(quint32(std::accumulate(weights.begin(), weights.end(), 0))));
        int kind = 0;
        while (roll >= weights.at(kind))
            roll -= weights.at(kind++);
        switch (kind) {
        case 0:
            m_kind = QStringLiteral("import replace");
            return { QStringLiteral("import"), QStringLiteral("--runtime"), runtime, QStringLiteral("--allow-shrink"),
                pick(m_rng, m_setup.exports) };
        case 1:
            m_kind = QStringLiteral("import merge");
            return { QStringLiteral("import"), QStringLiteral("--runtime"), runtime, QStringLiteral("--mode"),
                QStringLiteral("merge"), pick(m_rng, m_setup.exports) };
        case 2: {
            // Only this worker adds or removes its domains, so it knows whether a removal is valid.
            const QString domain = workerDomain(m_index, int(m_rng.bounded(2)));
            const bool owned = m_domains.contains(domain);
            m_kind = owned ? QStringLiteral("domain remove") : QStringLiteral("domain add");
            m_pending = [this, domain, owned]() {
                if (owned)
                    m_domains.remove(domain);
                else
                    m_domains.insert(domain);
            };
            return { QStringLiteral("domain"), owned ? QStringLiteral("remove") : QStringLiteral("add"), domain };
        }
        case 3:
        case 4: {
            const bool deactivate = kind == 3;
            m_kind = deactivate ? QStringLiteral("deactivate") : QStringLiteral("activate");
            return decision(runtime, deactivate ? QStringLiteral("deactivate") : QStringLiteral("activate"), {},
                [this, deactivate](const QString &k) { m_deactivated.insert(k, deactivate); });
        }
        case 5: {
            const bool clear = m_rng.bounded(2) == 0;
            m_kind = clear ? QStringLiteral("it-user --clear") : QStringLiteral("it-user");
            return decision(runtime, QStringLiteral("it-user"),
                clear ? QStringList { QStringLiteral("--clear") } : QStringList {},
                [this, clear](const QString &k) { m_itUser.insert(k, !clear); });
        }
        case 6: {
            m_kind = QStringLiteral("tenant set");
            // Not the default tenant: the owned users live there and their status must stay the decisions'.
            const QVector<QString> kinds = { QStringLiteral("app"), QStringLiteral("default"), QStringLiteral("it") };
            const QVector<QString> tenants = { QStringLiteral("10"), QStringLiteral("11"), QStringLiteral("99") };
            return { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), pick(m_rng, kinds),
                pick(m_rng, tenants) };
        }
        case 7:
            m_kind = QStringLiteral("infra set");
            return { QStringLiteral("infra"), QStringLiteral("set"), QStringLiteral("--platform"),
                m_rng.bounded(2) ? QStringLiteral("11.9.0") : QStringLiteral("unset") };
        case 8:
            m_kind = QStringLiteral("counts");
            return { QStringLiteral("counts"), QStringLiteral("--json") };
        default:
            m_kind = QStringLiteral("users");
            return { QStringLiteral("users"), QStringLiteral("--json") };
        }
    }

    // A decision on one of this worker's users (its final state is checked) or on a shared one (contended).
    QStringList decision(const QString &runtime, const QString &command, const QStringList &options,
        const std::function<void(const QString &)> &record)
    {
        QStringList args = QStringList { command, QStringLiteral("--runtime"), runtime } + options;
        if (m_rng.bounded(2) == 0) {
            const int user = int(m_rng.bounded(OwnedUsersPerWorker));
            args << ownedUser(m_index, user);
            const QString k = key(runtime, user);
            m_pending = [record, k]() { record(k); };
        } else {
            args << sharedUser(int(m_rng.bounded(SharedUsers)));
        }
        return args;
    }

    void fail(const QString &what, const QString &stderrText = {})
    {
        QString message = QStringLiteral("worker %1: headcount-cli %2: %3 (after %4 ms)")
                              .arg(m_index)
                              .arg(m_args.join(u' '), what)
                              .arg(m_clock.elapsed());
        if (!stderrText.isEmpty())
            message += QStringLiteral("\n    stderr: ") + stderrText.trimmed().replace(u'\n', QStringLiteral("\n    "));
        m_failures << message;
    }

    // What a reader printed must be the whole answer: every always-present user of every runtime.
    QString checkOutput(const QByteArray &out) const
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        if (error.error != QJsonParseError::NoError)
            return QStringLiteral("not JSON: ") + error.errorString();
        if (m_args.first() == u"counts")
            return doc.object().contains(QStringLiteral("unique")) ? QString() : QStringLiteral("no \"unique\"");
        QSet<QString> present;
        for (const QJsonValue &v : doc.array())
            present.insert(v[QStringLiteral("runtime")].toString() + u'/' + v[QStringLiteral("username")].toString());
        QStringList always;
        for (int s = 0; s < SharedUsers; ++s)
            always << sharedUser(s);
        for (int w = 0; w < WorkerCount; ++w) {
            for (int u = 0; u < OwnedUsersPerWorker; ++u)
                always << ownedUser(w, u);
        }
        for (const QString &runtime : runtimeNames()) {
            for (const QString &username : always) {
                if (!present.contains(runtime + u'/' + username))
                    return QStringLiteral("%1 of %2 is missing from its %3 rows")
                        .arg(username, runtime)
                        .arg(doc.array().size());
            }
        }
        return {};
    }

    void onFinished(int exitCode, QProcess::ExitStatus status)
    {
        m_watchdog.stop();
        const QByteArray out = m_process.readAllStandardOutput();
        const QString err = QString::fromUtf8(m_process.readAllStandardError());
        ++m_total;
        ++m_commands[m_kind];
        if (err.contains(QStringLiteral("waiting for another process using the workspace")))
            ++m_waits;
        if (m_killed) {
            // Reported by the watchdog.
        } else if (status != QProcess::NormalExit) {
            fail(QStringLiteral("crashed"), err);
        } else if (exitCode != 0) {
            fail(QStringLiteral("exit code %1").arg(exitCode), err);
        } else if (err.contains(QLatin1String("locked"), Qt::CaseInsensitive)
            || err.contains(QLatin1String("busy"), Qt::CaseInsensitive)) {
            fail(QStringLiteral("exit code 0 but a lock error on stderr"), err);
        } else if (m_args.contains(QStringLiteral("--json"))) {
            if (const QString problem = checkOutput(out); !problem.isEmpty())
                fail(problem, err);
        } else if (m_pending) {
            m_pending();
        }
        next();
    }

    const int m_index;
    QRandomGenerator m_rng;
    const Setup &m_setup;
    const QDeadlineTimer m_deadline;
    QProcess m_process;
    QTimer m_watchdog;
    QElapsedTimer m_clock;
    QStringList m_args;
    QString m_kind;
    std::function<void()> m_pending; // a change to the worker's own state, applied when the command succeeds
    bool m_killed = false;
    bool m_done = false;
    int m_total = 0;
    int m_waits = 0;
    QStringList m_failures;
    QMap<QString, int> m_commands;
    QSet<QString> m_domains;
    QHash<QString, bool> m_deactivated;
    QHash<QString, bool> m_itUser;
};

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(exitCode).arg(QString::fromUtf8(out), err);
    }
};

} // namespace

class TestStress : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void concurrentCommandsLoseNothing();

private:
    Run run(const QString &program, const QStringList &args);
    Run cli(const QStringList &args)
    {
        return run(m_setup.cli, QStringList { QStringLiteral("--db"), m_setup.db } + args);
    }

    QTemporaryDir m_dir;
    Setup m_setup;
    quint32 m_seed = 0;
    int m_seconds = 0;
};

Run TestStress::run(const QString &program, const QStringList &args)
{
    Run r;
    QProcess p;
    p.setProcessEnvironment(m_setup.env);
    p.start(program, args);
    if (!p.waitForFinished(CommandTimeoutMs)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("did not finish: ") + p.errorString();
        return r;
    }
    r.out = p.readAllStandardOutput();
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

void TestStress::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_setup.cli = QStringLiteral(HEADCOUNT_CLI_PATH);
    QVERIFY2(QFileInfo(m_setup.cli).isExecutable(), HEADCOUNT_CLI_PATH);
    QVERIFY2(QFileInfo(QStringLiteral(HEADCOUNT_RECOUNT_CHECK_PATH)).isExecutable(), HEADCOUNT_RECOUNT_CHECK_PATH);
    m_seconds = envInt("HEADCOUNT_STRESS_SECONDS", 60);
    m_seed = quint32(envInt("HEADCOUNT_STRESS_SEED", int(QRandomGenerator::global()->bounded(1, 1 << 30))));
    qInfo("stress: %d workers for %d s, HEADCOUNT_STRESS_SEED=%u", WorkerCount, m_seconds, m_seed);

    // Keep the user's real workspace and settings out of the way; the default 30 s busy timeout applies.
    m_setup.env = QProcessEnvironment::systemEnvironment();
    m_setup.env.remove(QStringLiteral("HEADCOUNT_DB"));
    m_setup.env.remove(QStringLiteral("HEADCOUNT_BUSY_TIMEOUT_MS"));
    m_setup.env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_setup.env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    m_setup.env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_setup.env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    QRandomGenerator rng(m_seed);
    for (int i = 0; i < ExportCount; ++i) {
        const QString path = m_dir.filePath(QStringLiteral("export-%1.csv").arg(i, 2, 10, QLatin1Char('0')));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.write(exportCsv(rng)) > 0);
        m_setup.exports << path;
    }

    m_setup.db = m_dir.filePath(QStringLiteral("stress.headcount"));
    QVector<QStringList> commands = {
        { QStringLiteral("init") },
        { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("30"),
            QStringLiteral("--external"), QStringLiteral("60") },
    };
    // Every runtime holds every owned and shared user before the workers start deciding about them.
    for (const QString &runtime : runtimeNames()) {
        commands.append({ QStringLiteral("runtime"), QStringLiteral("add"), runtime });
        commands.append({ QStringLiteral("import"), QStringLiteral("--runtime"), runtime, m_setup.exports.first() });
    }
    for (const QStringList &args : commands) {
        const Run r = cli(args);
        QVERIFY2(r.exitCode == 0, qPrintable(args.join(u' ') + u'\n' + r.describe()));
    }
}

void TestStress::concurrentCommandsLoseNothing()
{
    const QDeadlineTimer deadline(qint64(m_seconds) * 1000);
    std::vector<std::unique_ptr<StressWorker>> workers;
    for (int i = 0; i < WorkerCount; ++i)
        workers.push_back(std::make_unique<StressWorker>(i, m_seed + quint32(i) + 1, m_setup, deadline));
    for (auto &w : workers)
        w->start();
    auto allDone = [&workers]() {
        return std::all_of(workers.begin(), workers.end(), [](const auto &w) { return w->isDone(); });
    };
    QTRY_VERIFY_WITH_TIMEOUT(allDone(), m_seconds * 1000 + 2 * CommandTimeoutMs);

    QStringList failures;
    QMap<QString, int> commands;
    int total = 0;
    int waits = 0;
    for (const auto &w : workers) {
        failures += w->failures();
        for (auto it = w->commands().begin(); it != w->commands().end(); ++it)
            commands[it.key()] += it.value();
        total += w->total();
        waits += w->waits();
    }
    QStringList summary;
    for (auto it = commands.begin(); it != commands.end(); ++it)
        summary << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
    qInfo("stress: %d commands (%s); %d waited for another writer", total, qPrintable(summary.join(u", ")), waits);
    QVERIFY2(failures.isEmpty(),
        qPrintable(
            QStringLiteral("%1 of %2 commands failed:\n").arg(failures.size()).arg(total) + failures.join(u'\n')));
    // A workload that hardly ran proves nothing (each command takes well under a second).
    for (const auto &w : workers)
        QVERIFY2(w->total() >= 5, qPrintable(QStringLiteral("a worker ran only %1 commands").arg(w->total())));

    const Run check = cli({ QStringLiteral("check") });
    QVERIFY2(check.exitCode == 0, qPrintable(check.describe()));

    // The maintained counts equal a recount of the final records, and are what counts --json prints.
    const Run recount = run(QStringLiteral(HEADCOUNT_RECOUNT_CHECK_PATH), { m_setup.db });
    QVERIFY2(recount.exitCode == 0, qPrintable(recount.describe()));
    const Run counts = cli({ QStringLiteral("counts"), QStringLiteral("--json") });
    QVERIFY2(counts.exitCode == 0, qPrintable(counts.describe()));
    const QJsonObject recounted = QJsonDocument::fromJson(recount.out).object();
    QVERIFY2(!recounted.isEmpty(), recount.out.constData());
    QCOMPARE(QJsonDocument::fromJson(counts.out).object(), recounted);

    // No lost update: each worker's domains are owned exactly when its last successful command left them so.
    const Run domainList = cli({ QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json") });
    QVERIFY2(domainList.exitCode == 0, qPrintable(domainList.describe()));
    QSet<QString> listed;
    for (const QJsonValue &d : QJsonDocument::fromJson(domainList.out).array())
        listed.insert(d[QStringLiteral("normalized")].toString());
    QSet<QString> expected;
    for (const auto &w : workers)
        expected += w->ownedDomains();
    QCOMPARE(listed, expected);

    // ... and each worker's users are deactivated and IT users exactly as it last said, whatever was imported.
    const Run users = cli({ QStringLiteral("users"), QStringLiteral("--json") });
    QVERIFY2(users.exitCode == 0, qPrintable(users.err));
    QHash<QString, QJsonObject> byKey;
    for (const QJsonValue &u : QJsonDocument::fromJson(users.out).array())
        byKey.insert(
            u[QStringLiteral("runtime")].toString() + u'/' + u[QStringLiteral("username")].toString(), u.toObject());
    for (int i = 0; i < WorkerCount; ++i) {
        for (const QString &runtime : runtimeNames()) {
            for (int user = 0; user < OwnedUsersPerWorker; ++user) {
                const QString k = runtime + u'/' + ownedUser(i, user);
                QVERIFY2(byKey.contains(k), qPrintable(k + QStringLiteral(" is missing")));
                const QJsonObject row = byKey.value(k);
                const bool deactivated = workers.at(i)->isDeactivated(runtime, user);
                const bool itUser = workers.at(i)->isItUser(runtime, user);
                const QString what = k + u' ' + QString::fromUtf8(QJsonDocument(row).toJson(QJsonDocument::Compact));
                QVERIFY2(row[QStringLiteral("active")].toBool() == !deactivated, qPrintable(what));
                QVERIFY2(row[QStringLiteral("it_user")].toBool() == itUser, qPrintable(what));
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestStress)
#include "tst_stress.moc"
