// SPEC §7 / issue 8, the corruption test: copies of the sample workspace with whole pages overwritten (random bytes
// or zeros; page 1, the header and schema, in some copies). On each copy every read command either answers exactly
// as on the pristine workspace or fails with rc 1 and one "damaged" error line — never a short or different answer
// with rc 0, never a crash; so does one write; and `check` fails whenever SQLite's own integrity check does.
#include "TestConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>
#include <vector>

namespace {

struct Run {
    int exitCode = -1; // -1: crashed or killed
    QByteArray out;
    QByteArray err;
};

// The read commands whose pristine answers are recorded; each line of output is part of the answer.
const QVector<QStringList> &readCommands()
{
    static const QVector<QStringList> commands = {
        { QStringLiteral("counts"), QStringLiteral("--json") },
        { QStringLiteral("counts") },
        { QStringLiteral("users"), QStringLiteral("--json") },
        { QStringLiteral("users"), QStringLiteral("--class"), QStringLiteral("external") },
        { QStringLiteral("users"), QStringLiteral("--search"), QStringLiteral("gmail") },
        { QStringLiteral("users"), QStringLiteral("--status"), QStringLiteral("inactive"), QStringLiteral("--json") },
        { QStringLiteral("deactivate"), QStringLiteral("--not-logged-in-since"), QStringLiteral("2026-06-01"),
            QStringLiteral("--dry-run") },
        { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") },
        { QStringLiteral("explain"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("aadam224") },
        { QStringLiteral("fingerprint") },
    };
    return commands;
}

// The writes, each on its own fresh copy: a domain (recounts every record) and a replace import of the same export
// (reads the runtime's records, bulk-writes them again). `samples` is the folder of the copied fixtures.
QVector<QStringList> writeCommands(const QString &samples)
{
    return {
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("example.org") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("--allow-shrink"), samples + QStringLiteral("/prod-eu.csv") },
    };
}

// How one copy is damaged. Even seeds never touch page 1; seeds 1 mod 4 always damage it, half of them (5 mod 8)
// keeping its first 100 bytes, the database header, so that the schema table under it is what breaks; seeds 3 mod 4
// pick among all pages, page 1 included.
struct Damage {
    QVector<qint64> pages; // 1-based, as SQLite numbers them
    bool zeros = false;
    bool keepHeader = false;
    // The magic at the start of page 1 is gone: the file is no SQLite database at all.
    bool headerDestroyed() const { return pages.contains(1) && !keepHeader; }
    QString describe() const
    {
        QStringList numbers;
        for (qint64 p : pages)
            numbers << QString::number(p);
        return QStringLiteral("page(s) %1 overwritten with %2%3")
            .arg(numbers.join(u','), zeros ? QStringLiteral("zeros") : QStringLiteral("random bytes"),
                keepHeader ? QStringLiteral(" (the 100-byte header kept)") : QString());
    }
};

Damage damageFor(quint32 seed, qint64 pageCount)
{
    QRandomGenerator rng(seed);
    Damage d;
    d.zeros = rng.bounded(2) == 0;
    const int n = 1 + int(rng.bounded(3));
    const bool avoidPageOne = seed % 2 == 0;
    if (seed % 4 == 1) {
        d.pages << 1;
        d.keepHeader = seed % 8 == 5;
    }
    while (d.pages.size() < n) {
        const qint64 page = avoidPageOne ? 2 + qint64(rng.bounded(quint64(pageCount - 1)))
                                         : 1 + qint64(rng.bounded(quint64(pageCount)));
        if (!d.pages.contains(page))
            d.pages << page;
    }
    std::sort(d.pages.begin(), d.pages.end());
    // The bytes come from the same seed: a failing copy can be made again.
    return d;
}

// SQLite's own verdict, independent of Headcount: true when integrity_check reports anything but "ok" or fails.
bool sqliteFindsDamage(const QString &path, QString *found)
{
    const QString name = QStringLiteral("integrity-") + QFileInfo(path).fileName();
    bool damaged = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open()) {
            *found = db.lastError().text();
            damaged = true;
        } else {
            QSqlQuery q(db);
            QStringList lines;
            if (!q.exec(QStringLiteral("PRAGMA integrity_check"))) {
                lines << q.lastError().text();
            } else {
                while (q.next())
                    lines << q.value(0).toString();
                if (q.lastError().isValid())
                    lines << q.lastError().text();
            }
            damaged = lines != QStringList { QStringLiteral("ok") };
            *found = lines.mid(0, 3).join(QStringLiteral("; "));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return damaged;
}

QString show(const QByteArray &bytes)
{
    constexpr int Shown = 600;
    QString s = QString::fromUtf8(bytes.left(Shown));
    if (bytes.size() > Shown)
        s += QStringLiteral("… (%1 bytes)").arg(bytes.size());
    return s;
}

} // namespace

class TestCorruption : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void damagedCopy_data();
    void damagedCopy();

private:
    QProcess *start(const QString &db, const QStringList &args);
    Run finish(QProcess *p);
    Run run(const QString &db, const QStringList &args) { return finish(start(db, args)); }
    // Empty when `r` is an allowed outcome of `args` on a copy damaged as `damage` says, else what is wrong.
    QString judge(const QStringList &args, const Run &r, const Run &pristine, const Damage &damage) const;

    QTemporaryDir m_dir;
    QProcessEnvironment m_env;
    QString m_pristine;
    QByteArray m_pristineBytes;
    qint64 m_pageSize = 0;
    QString m_samples;
    QVector<Run> m_pristineReads;
    QVector<Run> m_pristineWrites;
};

QProcess *TestCorruption::start(const QString &db, const QStringList &args)
{
    auto *p = new QProcess;
    p->setProcessEnvironment(m_env);
    p->setWorkingDirectory(m_dir.path());
    p->start(QStringLiteral(HEADCOUNT_CLI_PATH), QStringList { QStringLiteral("--db"), db } + args);
    return p;
}

Run TestCorruption::finish(QProcess *p)
{
    std::unique_ptr<QProcess> owner(p);
    Run r;
    // A damaged page must never make a command loop: 60 s is far beyond any answer on this small workspace.
    if (!p->waitForFinished(60000)) {
        p->kill();
        p->waitForFinished();
        r.err = "did not finish within 60 s";
        return r;
    }
    r.out = p->readAllStandardOutput();
    r.err = p->readAllStandardError();
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    return r;
}

void TestCorruption::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(QStringLiteral(HEADCOUNT_CLI_PATH)).isExecutable(), HEADCOUNT_CLI_PATH);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("HEADCOUNT_DB"));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    // A damaged copy is never locked: a wait would only hide a hang.
    m_env.insert(QStringLiteral("HEADCOUNT_BUSY_TIMEOUT_MS"), QStringLiteral("2000"));

    // Fixtures are copied before use: nothing may write next to the sources.
    m_samples = m_dir.filePath(QStringLiteral("samples"));
    const QString &samples = m_samples;
    QVERIFY(QDir().mkpath(samples));
    for (const QString &name : { QStringLiteral("prod-eu.csv"), QStringLiteral("prod-us.json") }) {
        QVERIFY(QFile::copy(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/") + name, samples + u'/' + name));
    }

    // The sample workspace of tst_cli (buildSampleWorkspace), built through the real CLI.
    m_pristine = m_dir.filePath(QStringLiteral("pristine.headcount"));
    const QVector<QStringList> commands = {
        { QStringLiteral("init") },
        { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("78"),
            QStringLiteral("--external"), QStringLiteral("156") },
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com"), QStringLiteral("ACME.de"),
            QStringLiteral("sales.acme.com."), QStringLiteral("acme-holding.com"), QStringLiteral("münchen-acme.de") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            samples + QStringLiteral("/prod-eu.csv") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-us") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), QStringLiteral("--format"),
            QStringLiteral("json"), samples + QStringLiteral("/prod-us.json") },
    };
    for (const QStringList &args : commands) {
        const Run r = run(m_pristine, args);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(args.join(u' ') + u'\n' + show(r.err)));
    }
    // A rollback journal left beside the file would be part of the workspace; there must be none.
    QVERIFY(!QFileInfo::exists(m_pristine + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(m_pristine + QStringLiteral("-wal")));

    QFile file(m_pristine);
    QVERIFY(file.open(QIODevice::ReadOnly));
    m_pristineBytes = file.readAll();
    QVERIFY(m_pristineBytes.size() >= 100);
    // The header's bytes 16–17: the page size, big-endian; 1 means 65536.
    m_pageSize = (quint8(m_pristineBytes.at(16)) << 8) | quint8(m_pristineBytes.at(17));
    if (m_pageSize == 1)
        m_pageSize = 65536;
    QVERIFY2(m_pageSize >= 512 && m_pristineBytes.size() % m_pageSize == 0, qPrintable(QString::number(m_pageSize)));
    const qint64 pages = m_pristineBytes.size() / m_pageSize;
    // Too few pages and most copies would damage the same ones.
    QVERIFY2(pages >= 10, qPrintable(QString::number(pages)));
    qInfo("corruption: sample workspace of %lld pages of %lld bytes", pages, m_pageSize);

    QString found;
    QVERIFY2(!sqliteFindsDamage(m_pristine, &found), qPrintable(found));
    const Run check = run(m_pristine, { QStringLiteral("check") });
    QVERIFY2(check.exitCode == 0, check.err.constData());

    for (const QStringList &args : readCommands()) {
        const Run r = run(m_pristine, args);
        QVERIFY2(
            r.exitCode == 0 && r.err.isEmpty() && !r.out.isEmpty(), qPrintable(args.join(u' ') + u'\n' + show(r.err)));
        m_pristineReads << r;
    }
    // The writes' answers, each on an undamaged copy (the pristine workspace stays as it is).
    for (const QStringList &args : writeCommands(m_samples)) {
        const QString copy = m_dir.filePath(QStringLiteral("write-pristine.headcount"));
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_pristine, copy));
        const Run r = run(copy, args);
        QVERIFY2(r.exitCode == 0 && !r.out.isEmpty(), qPrintable(args.join(u' ') + u'\n' + show(r.err)));
        m_pristineWrites << r;
    }
}

QString TestCorruption::judge(const QStringList &args, const Run &r, const Run &pristine, const Damage &damage) const
{
    const QString command = QStringLiteral("`%1`: ").arg(args.join(u' '));
    if (r.exitCode == 0) {
        if (r.out == pristine.out && r.err == pristine.err)
            return {};
        return command
            + QStringLiteral("rc 0 with a different answer\n  stdout: %1\n  stderr: %2\n  pristine: %3")
                  .arg(show(r.out), show(r.err), show(pristine.out));
    }
    if (r.exitCode != 1) {
        return command
            + QStringLiteral("rc %1 (a crash, or not a runtime failure)\n  stderr: %2")
                  .arg(r.exitCode)
                  .arg(show(r.err));
    }
    const QList<QByteArray> lines = r.err.trimmed().split('\n');
    const QString line = QString::fromUtf8(lines.first());
    const bool damagedText = line.contains(QLatin1String("damaged"))
        || (damage.headerDestroyed()
            && (line.contains(QLatin1String("not a Headcount workspace"))
                || line.contains(QLatin1String("not an SQLite database"))));
    if (lines.size() != 1 || !line.startsWith(QLatin1String("error: ")) || !damagedText)
        return command + QStringLiteral("rc 1 without one \"damaged\" error line\n  stderr: %1").arg(show(r.err));
    // A failure that printed part of an answer first would let a script read a short result.
    if (!r.out.isEmpty())
        return command + QStringLiteral("rc 1 after printing part of an answer\n  stdout: %1").arg(show(r.out));
    return {};
}

void TestCorruption::damagedCopy_data()
{
    QTest::addColumn<quint32>("seed");
    // A fixed list, so that a failure can be reproduced: seeds 1 to 40, or to HEADCOUNT_CORRUPTION_SEEDS for a
    // longer search by hand.
    bool ok = false;
    const int last = qEnvironmentVariableIntValue("HEADCOUNT_CORRUPTION_SEEDS", &ok);
    QVector<quint32> seeds;
    for (quint32 seed = 1; seed <= quint32(ok && last > 0 ? last : 40); ++seed)
        seeds << seed;
    // Found by longer searches: explain lost the error of a damaged user_key page (CountsEngine's key lookup).
    for (quint32 seed : { 52u, 90u }) {
        if (!seeds.contains(seed))
            seeds << seed;
    }
    for (quint32 seed : seeds)
        QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
}

void TestCorruption::damagedCopy()
{
    QFETCH(quint32, seed);
    const qint64 pageCount = m_pristineBytes.size() / m_pageSize;
    const Damage damage = damageFor(seed, pageCount);
    QByteArray bytes = m_pristineBytes;
    QRandomGenerator rng(seed * 7919u);
    for (qint64 page : damage.pages) {
        char *data = bytes.data() + (page - 1) * m_pageSize;
        for (qint64 i = page == 1 && damage.keepHeader ? 100 : 0; i < m_pageSize; ++i)
            data[i] = damage.zeros ? '\0' : char(rng.bounded(256));
    }
    QVERIFY(bytes != m_pristineBytes);
    auto writeCopy = [&bytes](const QString &path) {
        QFile file(path);
        return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
    };
    const QString copy = m_dir.filePath(QStringLiteral("damaged-%1.headcount").arg(seed));
    QVERIFY(writeCopy(copy));
    qInfo("seed %u: %s", seed, qPrintable(damage.describe()));

    QString found;
    const bool flagged = sqliteFindsDamage(copy, &found);
    QStringList problems;

    // The reads run side by side: they only read, and so the test stays quick on two cores.
    std::vector<QProcess *> running;
    for (const QStringList &args : readCommands())
        running.push_back(start(copy, args));
    int answered = 0; // reads that gave the pristine answer, the rest failed (or are problems)
    for (int i = 0; i < readCommands().size(); ++i) {
        const Run r = finish(running.at(i));
        const QString problem = judge(readCommands().at(i), r, m_pristineReads.at(i), damage);
        if (!problem.isEmpty())
            problems << problem;
        else if (r.exitCode == 0)
            ++answered;
    }
    qInfo("seed %u: %d of %d reads answered as on the pristine workspace; integrity_check: %s", seed, answered,
        int(readCommands().size()), flagged ? "damaged" : "ok");

    // `users --json` into a regular file writes straight and cuts the file back on a failure: the file then holds
    // the pristine list or nothing.
    {
        const QString listed = m_dir.filePath(QStringLiteral("damaged-%1-users.json").arg(seed));
        QProcess *p = new QProcess;
        p->setProcessEnvironment(m_env);
        p->setWorkingDirectory(m_dir.path());
        p->setStandardOutputFile(listed, QIODevice::Truncate);
        p->start(QStringLiteral(HEADCOUNT_CLI_PATH),
            { QStringLiteral("--db"), copy, QStringLiteral("users"), QStringLiteral("--json") });
        const Run r = finish(p);
        QFile file(listed);
        const QByteArray written = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(unreadable)");
        const qsizetype usersJson = readCommands().indexOf(QStringList { QStringLiteral("users"), QStringLiteral("--json") });
        QVERIFY(usersJson >= 0);
        if (r.exitCode == 0 && written != m_pristineReads.at(usersJson).out)
            problems << QStringLiteral("users --json > file: rc 0 but a different list\n  file: %1").arg(show(written));
        else if (r.exitCode == 1 && !written.isEmpty())
            problems << QStringLiteral("users --json > file: rc 1, yet the file holds %1 bytes").arg(written.size());
        else if (r.exitCode != 0 && r.exitCode != 1)
            problems << QStringLiteral("users --json > file: rc %1\n  stderr: %2").arg(r.exitCode).arg(show(r.err));
    }

    const Run check = run(copy, { QStringLiteral("check") });
    if (check.exitCode != 0 && check.exitCode != 1)
        problems << QStringLiteral("`check`: rc %1\n  stderr: %2").arg(check.exitCode).arg(show(check.err));
    else if (flagged && check.exitCode != 1)
        problems
            << QStringLiteral("`check`: rc %1, but SQLite's integrity_check finds: %2").arg(check.exitCode).arg(found);
    else if (!flagged && check.exitCode != 0)
        problems << QStringLiteral("`check`: rc 1, but SQLite's integrity_check finds nothing\n  stderr: %1")
                        .arg(show(check.err));

    const QVector<QStringList> writes = writeCommands(m_samples);
    for (int i = 0; i < writes.size(); ++i) {
        const QString writeCopyPath = m_dir.filePath(QStringLiteral("damaged-%1-write-%2.headcount").arg(seed).arg(i));
        QVERIFY(writeCopy(writeCopyPath));
        const QString problem = judge(writes.at(i), run(writeCopyPath, writes.at(i)), m_pristineWrites.at(i), damage);
        if (!problem.isEmpty())
            problems << problem;
    }

    QVERIFY2(problems.isEmpty(),
        qPrintable(QStringLiteral("seed %1 (%2; integrity_check: %3):\n")
                       .arg(seed)
                       .arg(damage.describe(), flagged ? found : QStringLiteral("ok"))
            + problems.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestCorruption)
#include "tst_corruption.moc"
