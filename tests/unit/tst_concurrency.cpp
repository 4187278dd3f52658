// SPEC §7 / issue 8: several processes on one workspace. A writer waits for another writer (and says so) instead of
// failing with "database is locked"; when the wait is too long it fails cleanly and changes nothing.
#include "TestConfig.h"
#include "Workspace.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

struct Run
{
    int exitCode = -1;
    QString out, err;
};

QProcess *start(const QString &db, const QStringList &args, int busyTimeoutMs = -1)
{
    auto *p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (busyTimeoutMs >= 0)
        env.insert(QStringLiteral("HEADCOUNT_BUSY_TIMEOUT_MS"), QString::number(busyTimeoutMs));
    p->setProcessEnvironment(env);
    p->start(QStringLiteral(HEADCOUNT_CLI_PATH), QStringList{QStringLiteral("--db"), db} + args);
    return p;
}

Run finish(QProcess *p)
{
    Run r;
    p->waitForFinished(60000);
    r.exitCode = p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
    r.out = QString::fromUtf8(p->readAllStandardOutput());
    r.err = QString::fromUtf8(p->readAllStandardError());
    delete p;
    return r;
}

// Another process's write lock, held by a raw connection until release().
class Locker
{
public:
    explicit Locker(const QString &path)
    {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("locker"));
        m_db.setDatabaseName(path);
        m_open = m_db.open() && QSqlQuery(m_db).exec(QStringLiteral("BEGIN IMMEDIATE"));
    }
    ~Locker()
    {
        release();
        m_db = {};
        QSqlDatabase::removeDatabase(QStringLiteral("locker"));
    }
    bool isLocked() const { return m_open; }
    void release()
    {
        if (m_open)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_open = false;
        m_db.close();
    }

private:
    QSqlDatabase m_db;
    bool m_open = false;
};

} // namespace

class TestConcurrency : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void writerWaitsForWriterAndSaysSo();
    void writerGivesUpCleanly();
    void readersAreNotBlockedByAWaitingWriter();

private:
    QString m_db;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestConcurrency::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = m_dir->filePath(QStringLiteral("w.headcount"));
    QCOMPARE(finish(start(m_db, {QStringLiteral("init")})).exitCode, 0);
}

void TestConcurrency::writerWaitsForWriterAndSaysSo()
{
    Locker lock(m_db);
    QVERIFY(lock.isLocked());
    QProcess *p = start(m_db, {QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com")});
    // Still waiting after 2 s (a deferred transaction used to fail after about a second).
    QVERIFY(!p->waitForFinished(2000));
    lock.release();
    const Run r = finish(p);
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY2(r.err.contains(QStringLiteral("waiting for another process using the workspace")), qPrintable(r.err));
    QVERIFY(!r.err.contains(QStringLiteral("locked")));
    const Run list = finish(start(m_db, {QStringLiteral("domain"), QStringLiteral("list")}));
    QVERIFY2(list.out.contains(QStringLiteral("acme.com")), qPrintable(list.out));
}

void TestConcurrency::writerGivesUpCleanly()
{
    Locker lock(m_db);
    QVERIFY(lock.isLocked());
    const Run r = finish(start(m_db, {QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com")}, 1500));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("busy")), qPrintable(r.err));
    QCOMPARE(r.err.count(QStringLiteral("error: ")), 1);
    lock.release();
    const Run list = finish(start(m_db, {QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json")}));
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(list.out.trimmed(), QStringLiteral("[]")); // nothing was written
}

void TestConcurrency::readersAreNotBlockedByAWaitingWriter()
{
    Locker lock(m_db);
    QVERIFY(lock.isLocked());
    // A RESERVED lock lets readers read: counts answers at once.
    const Run r = finish(start(m_db, {QStringLiteral("counts"), QStringLiteral("--json")}, 0));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("\"unique\"")));
}

QTEST_GUILESS_MAIN(TestConcurrency)
#include "tst_concurrency.moc"
