// Nothing lost (SPEC §3, §7): an import cancelled through the API, at any point, leaves the counts and every table
// exactly as they were (issue 4). The kill test (tests/kill) does the same for a process killed with SIGKILL.
#include "Workspace.h"

#include <memory>

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

constexpr int Records = 10000; // the import polls its cancel flag every 4096 records it writes

UserRecord user(int i, const QString &domain)
{
    UserRecord r;
    r.sourceId = QString::number(i);
    r.username = QStringLiteral("user%1").arg(i);
    r.name = QStringLiteral("User %1").arg(i);
    r.email = QStringLiteral("user%1@%2").arg(i).arg(domain);
    r.lastLogin = i % 7 == 0 ? QString() : QStringLiteral("2026-01-01T00:00:00");
    r.active = i % 11 != 0;
    r.itUser = i % 13 == 0;
    return r;
}

// Row count and content digest of every table: what a cancelled import must leave exactly as it was.
QMap<QString, QString> tables(QSqlDatabase db)
{
    QMap<QString, QString> result;
    QSqlQuery names(db);
    if (!names.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")))
        return result;
    while (names.next()) {
        const QString table = names.value(0).toString();
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1, 2, 3").arg(table))
            && !q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table))) {
            result.insert(table, QStringLiteral("unreadable"));
            continue;
        }
        QCryptographicHash hash(QCryptographicHash::Sha256);
        qint64 rows = 0;
        while (q.next()) {
            ++rows;
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData((q.value(i).toString() + QChar(0x1f)).toUtf8());
        }
        result.insert(table, QStringLiteral("%1 rows %2").arg(rows).arg(QString::fromLatin1(hash.result().toHex())));
    }
    return result;
}

} // namespace

class TestImportCancel : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void cancelLeavesEverything_data();
    void cancelLeavesEverything();
    void failingSourceLeavesEverything_data();
    void failingSourceLeavesEverything();

private:
    // A copy of the workspace with records, for one case.
    Workspace *openCase(std::unique_ptr<Workspace> &holder);
    // Two workspaces made once and copied for each case: "target" holding records and decisions, or empty.
    QString m_withRecords;
    QString m_empty;
    QTemporaryDir m_dir;
};

namespace {

// Cancelling is a rollback, not a crash (that is the kill test's): the workspaces of this test skip the fsyncs.
void noSync(Workspace &w)
{
    QSqlQuery q(w.database());
    q.exec(QStringLiteral("PRAGMA synchronous = OFF"));
}

} // namespace

void TestImportCancel::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const bool withRecords : { true, false }) {
        const QString file
            = m_dir.filePath(withRecords ? QStringLiteral("records.headcount") : QStringLiteral("empty.headcount"));
        auto ws = Workspace::open(file);
        QVERIFY2(ws, qPrintable(ws.error()));
        Workspace &w = **ws;
        noSync(w);
        const qint64 infra = w.infrastructureStore().infrastructure()->id;
        QVERIFY(w.domainStore().addDomains(infra, { QStringLiteral("acme.com") }));
        const qint64 other = w.runtimeStore().addRuntime(infra, QStringLiteral("other"))->id;
        const qint64 target = w.runtimeStore().addRuntime(infra, QStringLiteral("target"))->id;
        QVector<UserRecord> first;
        for (int i = 0; i < 3000; ++i)
            first << user(i, i % 3 ? QStringLiteral("acme.com") : QStringLiteral("partner.org"));
        QVERIFY(w.imports().importRecords(other, first, ImportMode::Replace));
        if (withRecords) {
            QVERIFY(w.imports().importRecords(target, first.mid(0, 1500), ImportMode::Replace));
            QVERIFY(w.decisions().setDeactivated({ { target, QStringLiteral("user3"), {} } }, true));
            QVERIFY(w.decisions().setItUser({ { target, QStringLiteral("user4"), {} } }, true));
            QVERIFY(w.decisions().link({ target, QStringLiteral("user5"), {} }, { other, QStringLiteral("user6"), {} }));
        }
        QVERIFY(w.groupStore().importGroups(target, { { QStringLiteral("Sales"), QStringLiteral("user1"), {} } }));
        (withRecords ? m_withRecords : m_empty) = file;
    }
}

void TestImportCancel::cancelLeavesEverything_data()
{
    QTest::addColumn<int>("cancelAt"); // -1: before the call; else when progress reaches it (Records: the very end)
    QTest::addColumn<bool>("emptyRuntime");
    QTest::addColumn<bool>("merge");

    for (const int at : { -1, 0, 4096, 8192, Records }) {
        const QByteArray point = at < 0 ? QByteArray("before the call") : "at " + QByteArray::number(at);
        QTest::newRow(QByteArray("replace, " + point).constData()) << at << false << false;
        QTest::newRow(QByteArray("merge, " + point).constData()) << at << false << true;
        QTest::newRow(QByteArray("first import, " + point).constData()) << at << true << false;
    }
}

void TestImportCancel::cancelLeavesEverything()
{
    QFETCH(int, cancelAt);
    QFETCH(bool, emptyRuntime);
    QFETCH(bool, merge);

    const QString file = m_dir.filePath(QStringLiteral("case.headcount"));
    QFile::remove(file);
    QVERIFY(QFile::copy(emptyRuntime ? m_empty : m_withRecords, file));
    auto ws = Workspace::open(file);
    QVERIFY2(ws, qPrintable(ws.error()));
    Workspace &w = **ws;
    noSync(w);
    const qint64 infra = w.infrastructureStore().infrastructure()->id;
    const qint64 target = w.runtimeStore().runtime(infra, QStringLiteral("target"))->id;

    const Counts countsBefore = *w.counts(infra);
    const QVector<RuntimeInfo> runtimesBefore = *w.runtimeStore().runtimes(infra);
    const QMap<QString, QString> before = tables(w.database());
    QVERIFY(before.contains(QStringLiteral("user_record")));

    // Half new people, half of those already there, so that every phase (delete, insert, identities) has work.
    QVector<UserRecord> next;
    for (int i = 1000; i < 1000 + Records; ++i)
        next << user(i, i % 2 ? QStringLiteral("acme.com") : QStringLiteral("example.org"));
    std::atomic_bool cancel { cancelAt < 0 };
    qint64 lastProgress = -1;
    const auto result
        = w.imports().importRecords(target, next, merge ? ImportMode::Merge : ImportMode::Replace, &cancel, [&](qint64 done) {
              lastProgress = done;
              if (cancelAt >= 0 && done >= cancelAt)
                  cancel = true;
          });
    QVERIFY(!result);
    QCOMPARE(result.error(), QStringLiteral("Import cancelled: the workspace was left as it was."));
    if (cancelAt >= 0)
        QVERIFY2(lastProgress >= cancelAt, qPrintable(QString::number(lastProgress)));

    QCOMPARE(*w.counts(infra), countsBefore);
    QCOMPARE(*w.recount(infra), countsBefore);
    const QVector<RuntimeInfo> runtimesAfter = *w.runtimeStore().runtimes(infra);
    QCOMPARE(runtimesAfter.size(), runtimesBefore.size());
    for (int i = 0; i < runtimesAfter.size(); ++i) {
        QCOMPARE(runtimesAfter.at(i).records, runtimesBefore.at(i).records);
        QCOMPARE(runtimesAfter.at(i).lastImport, runtimesBefore.at(i).lastImport);
    }
    QCOMPARE(tables(w.database()), before);
    QSqlQuery q(w.database());
    QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
    q.finish();

    // The same import, not cancelled, goes through: the cancelled one left nothing in its way.
    const auto again = w.imports().importRecords(target, next, merge ? ImportMode::Merge : ImportMode::Replace);
    QVERIFY2(again, qPrintable(again.error()));
    QCOMPARE(*w.counts(infra), *w.recount(infra));
    QVERIFY(tables(w.database()) != before);
}

Workspace *TestImportCancel::openCase(std::unique_ptr<Workspace> &holder)
{
    const QString file = m_dir.filePath(QStringLiteral("case.headcount"));
    QFile::remove(file);
    if (!QFile::copy(m_withRecords, file))
        return nullptr;
    auto ws = Workspace::open(file);
    if (!ws)
        return nullptr;
    holder = std::move(ws).value();
    noSync(*holder);
    return holder.get();
}

// A streamed import (the export read batch by batch inside the transaction) that fails after batches were
// classified, or before the first, changes nothing: the reader's failure, and the import's own temporary file
// (the rows' text waits on disk until written) that cannot be made.
void TestImportCancel::failingSourceLeavesEverything_data()
{
    QTest::addColumn<int>("failAfterBatches"); // the source's read fails after this many batches
    QTest::addColumn<QString>("tempDir");      // TMPDIR for the import; empty: the usual one
    QTest::addColumn<QString>("error");
    const QString readError = QStringLiteral("export.csv:5001:3: Is_Active: not a boolean");
    QTest::newRow("read fails before any batch") << 0 << QString() << readError;
    QTest::newRow("read fails after two batches") << 2 << QString() << readError;
    QTest::newRow("no temporary file")
        << 3 << QStringLiteral("/nonexistent-headcount-dir")
        << QStringLiteral("Cannot create the import's temporary file: the folder for temporary files (TMPDIR) "
                          "/nonexistent-headcount-dir does not exist.");
}

void TestImportCancel::failingSourceLeavesEverything()
{
    QFETCH(int, failAfterBatches);
    QFETCH(QString, tempDir);
    QFETCH(QString, error);
    std::unique_ptr<Workspace> holder;
    Workspace *w = openCase(holder);
    QVERIFY(w);
    const qint64 infra = w->infrastructureStore().infrastructure()->id;
    const Counts countsBefore = *w->counts(infra);
    const QMap<QString, QString> before = tables(w->database());

    const QByteArray previousTmp = qgetenv("TMPDIR");
    if (!tempDir.isEmpty())
        qputenv("TMPDIR", tempDir.toUtf8());
    int delivered = 0;
    const RecordSource source = [&](const RecordBatchHandler &deliver) {
        for (int b = 0; b < failAfterBatches; ++b) {
            QVector<UserRecord> batch;
            for (int i = 0; i < 2500; ++i)
                batch << user(1000 + b * 2500 + i, i % 2 ? QStringLiteral("acme.com") : QStringLiteral("example.org"));
            if (Status s = deliver(batch); !s)
                return s;
            ++delivered;
        }
        return Status::failure(QStringLiteral("export.csv:5001:3: Is_Active: not a boolean"));
    };
    for (const QString &runtime : {QStringLiteral("target"), QStringLiteral("new runtime")}) {
        const auto result = w->imports().importRecords(infra, runtime, source, ImportMode::Replace);
        QVERIFY(!result);
        QVERIFY2(result.error().startsWith(error), qPrintable(result.error()));
    }
    if (!tempDir.isEmpty())
        qputenv("TMPDIR", previousTmp);
    QCOMPARE(delivered, tempDir.isEmpty() ? 2 * failAfterBatches : 0);
    QCOMPARE(*w->counts(infra), countsBefore);
    QCOMPARE(*w->recount(infra), countsBefore);
    QCOMPARE(tables(w->database()), before);
    QVERIFY(!w->runtimeStore().runtime(infra, QStringLiteral("new runtime")));
}

QTEST_GUILESS_MAIN(TestImportCancel)
#include "tst_importcancel.moc"
