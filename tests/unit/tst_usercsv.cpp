// The Users list as CSV (SPEC §4 `users --output`, §7 formula safety): the writer's quoting and neutralising, the
// streamed export against users(), and the real headcount-cli.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "JsonOutput.h"
#include "ReclaimList.h"
#include "TestSupport.h"
#include "TestWorkspaces.h"
#include "UserCsv.h"
#include "Workspace.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

// The rows of a CSV file, each a list of its fields (as text), through the project's own reader.
QVector<QStringList> parseCsv(const QByteArray &bytes)
{
    QVector<QStringList> rows;
    CsvReader reader(bytes, ',');
    QVector<CsvField> fields;
    while (reader.readRow(fields)) {
        QStringList row;
        for (const CsvField &f : fields)
            row << QString::fromUtf8(f.text);
        rows << row;
    }
    return reader.hasError() ? QVector<QStringList>() : rows;
}

QString undoNeutralising(const QString &cell)
{
    return cell.startsWith(u'\'') && CsvWriter::needsNeutralising(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
}

} // namespace

class TestUserCsv : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void field_data();
    void field();
    void lineEndsWithCrlf();
    void exportMatchesUsers();
    void exportIsStreamedInBatches();
    void exportOfIdsKeepsTheirOrder();
    void failedExportLeavesFileAlone();
    void cliOutputMatchesJson();
    void cliOutputNeutralisesFormulas();
    void cliOutputRefusesJsonToo();
    void reclaimListsPerRuntime();
    void jsonBytesMatchQJsonDocument();

private:
    QTemporaryDir m_dir;
    test::TestWorkspaces m_workspaces; // a file, or a database on the test server (tst_usercsv_pg)
    QString m_db;
    std::unique_ptr<Workspace> m_ws;
    qint64 m_infra = 0;
};

void TestUserCsv::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_workspaces.isValid(), qPrintable(m_workspaces.error()));
    m_db = m_workspaces.path(QStringLiteral("sample.db"));
    VERIFY_OK(test::buildSampleWorkspace(m_db));
    auto opened = Workspace::open(m_db);
    VERIFY_OK(opened);
    m_ws = std::move(opened).value();
    const auto infra = m_ws->infrastructureStore().infrastructure();
    VERIFY_OK(infra);
    m_infra = infra->id;
}

void TestUserCsv::field_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("plain") << QStringLiteral("ana") << QByteArray("ana");
    QTest::newRow("empty") << QString() << QByteArray();
    QTest::newRow("comma quoted") << QStringLiteral("Green, Scott") << QByteArray("\"Green, Scott\"");
    QTest::newRow("quote doubled") << QStringLiteral("say \"hi\"") << QByteArray("\"say \"\"hi\"\"\"");
    QTest::newRow("line break quoted") << QStringLiteral("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("equals") << QStringLiteral("=1+2") << QByteArray("'=1+2");
    QTest::newRow("plus") << QStringLiteral("+351 21 000") << QByteArray("'+351 21 000");
    QTest::newRow("minus") << QStringLiteral("-2") << QByteArray("'-2");
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QByteArray("'@SUM(A1)");
    QTest::newRow("tab") << QStringLiteral("\tx") << QByteArray("'\tx");
    QTest::newRow("CR, neutralised and quoted") << QStringLiteral("\rx") << QByteArray("\"'\rx\"");
    QTest::newRow("formula with comma") << QStringLiteral("=HYPERLINK(\"http://x\",\"y\")")
                                        << QByteArray("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    QTest::newRow("equals inside is harmless") << QStringLiteral("a=b") << QByteArray("a=b");
    QTest::newRow("UTF-8") << QStringLiteral("M\u00fcller") << QByteArray("M\xc3\xbcller");
}

void TestUserCsv::field()
{
    QFETCH(QString, cell);
    QFETCH(QByteArray, written);
    QCOMPARE(CsvWriter::field(cell), written);
}

void TestUserCsv::lineEndsWithCrlf()
{
    QCOMPARE(CsvWriter::line({ QStringLiteral("a"), QStringLiteral("b,c"), QString() }), QByteArray("a,\"b,c\",\r\n"));
}

void TestUserCsv::exportMatchesUsers()
{
    UserFilter filter;
    filter.infraId = m_infra;
    const auto users = m_ws->userQueries().users(filter);
    VERIFY_OK(users);
    QVERIFY(users->size() > 10);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = UserCsv::write(*m_ws, filter, buffer);
    VERIFY_OK(written);
    QCOMPARE(*written, qint64(users->size()));
    const QVector<QStringList> rows = parseCsv(buffer.data());
    QCOMPARE(rows.size(), users->size() + 1);
    QCOMPARE(rows.first(), UserCsv::header());
    for (int i = 0; i < users->size(); ++i) {
        QStringList expected = UserCsv::cells(users->at(i));
        QStringList got = rows.at(i + 1);
        for (QString &cell : got)
            cell = undoNeutralising(cell);
        QCOMPARE(got, expected);
    }
}

void TestUserCsv::exportIsStreamedInBatches()
{
    UserFilter filter;
    filter.infraId = m_infra;
    const auto total = m_ws->userQueries().userCount(filter);
    VERIFY_OK(total);
    int batches = 0;
    qint64 seen = 0;
    int largest = 0;
    VERIFY_OK(m_ws->userQueries().forEachUser(
        filter,
        [&](const QVector<UserRow> &batch) {
            ++batches;
            seen += batch.size();
            largest = std::max(largest, int(batch.size()));
            return Status();
        },
        7));
    QCOMPARE(seen, *total);
    QVERIFY(largest <= 7);
    QCOMPARE(batches, int((*total + 6) / 7));

    // A failing batch stops the read and is the result.
    int calls = 0;
    const Status stopped = m_ws->userQueries().forEachUser(
        filter,
        [&](const QVector<UserRow> &) {
            ++calls;
            return Status::failure(QStringLiteral("disk full"));
        },
        7);
    QVERIFY(!stopped.ok());
    QCOMPARE(stopped.error(), QStringLiteral("disk full"));
    QCOMPARE(calls, 1);
}

void TestUserCsv::exportOfIdsKeepsTheirOrder()
{
    UserFilter filter;
    filter.infraId = m_infra;
    const auto ids = m_ws->userQueries().userIds(filter);
    VERIFY_OK(ids);
    QVector<qint64> chosen { ids->at(5), ids->at(0), ids->at(3) };
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    const auto written = UserCsv::writeIds(*m_ws, m_infra, chosen, buffer);
    VERIFY_OK(written);
    QCOMPARE(*written, 3);
    const QVector<QStringList> rows = parseCsv(buffer.data());
    QCOMPARE(rows.size(), 4);
    for (int i = 0; i < 3; ++i) {
        UserFilter one;
        one.infraId = m_infra;
        one.recordIds = { chosen.at(i) };
        const auto row = m_ws->userQueries().users(one);
        VERIFY_OK(row);
        QCOMPARE(row->size(), 1);
        QCOMPARE(undoNeutralising(rows.at(i + 1).at(2)), row->first().record.username);
    }
}

void TestUserCsv::failedExportLeavesFileAlone()
{
    const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("before\n");
    }
    const auto written = UserCsv::toFile(path, [](QIODevice &out) {
        out.write("half a list");
        return Result<qint64>::failure(QStringLiteral("Cancelled."));
    });
    QVERIFY(!written.ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("before\n"));
}

void TestUserCsv::cliOutputMatchesJson()
{
    for (const QStringList &filterArgs : { QStringList(), QStringList { QStringLiteral("--class"), QStringLiteral("external") },
                                             QStringList { QStringLiteral("--status"), QStringLiteral("inactive") } }) {
        const QString out = m_dir.filePath(QStringLiteral("users.csv"));
        const test::CliRun run = test::runCli(m_db, QStringList { QStringLiteral("users") } + filterArgs
                                                        + QStringList { QStringLiteral("--output"), out });
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        const test::CliRun json
            = test::runCli(m_db, QStringList { QStringLiteral("users") } + filterArgs + QStringList { QStringLiteral("--json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonArray array = QJsonDocument::fromJson(json.out.toUtf8()).array();
        QVERIFY(!array.isEmpty());
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QVector<QStringList> rows = parseCsv(file.readAll());
        QCOMPARE(rows.size(), array.size() + 1);
        const QStringList header = rows.first();
        for (int i = 0; i < array.size(); ++i) {
            const QJsonObject o = array.at(i).toObject();
            for (const QString &key : { QStringLiteral("runtime"), QStringLiteral("id"), QStringLiteral("username"),
                                        QStringLiteral("email"), QStringLiteral("status") })
                QCOMPARE(undoNeutralising(rows.at(i + 1).at(header.indexOf(key))), o.value(key).toString());
            QCOMPARE(rows.at(i + 1).at(header.indexOf(QStringLiteral("active"))),
                     o.value(QStringLiteral("active")).toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        }
    }
}

void TestUserCsv::cliOutputNeutralisesFormulas()
{
    const QString db = m_dir.filePath(QStringLiteral("formula.db"));
    {
        auto opened = Workspace::open(db);
        VERIFY_OK(opened);
        Workspace &ws = *opened.value();
        const auto infra = ws.infrastructureStore().infrastructure();
        VERIFY_OK(infra);
        UserRecord r;
        r.sourceId = QStringLiteral("1");
        r.username = QStringLiteral("=cmd|' /C calc'!A0");
        r.name = QStringLiteral("@SUM(1+1)");
        r.email = QStringLiteral("ana@example.com");
        r.phone = QStringLiteral("+351 21 000 0000");
        r.lastLogin = QStringLiteral("2026-01-01T00:00:00");
        VERIFY_OK(ws.imports().importRecords(infra->id, QStringLiteral("prod"), { r }, ImportMode::Replace));
    }
    const QString out = m_dir.filePath(QStringLiteral("formula.csv"));
    const test::CliRun run = test::runCli(db, { QStringLiteral("users"), QStringLiteral("--output"), out });
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QVector<QStringList> rows = parseCsv(file.readAll());
    QCOMPARE(rows.size(), 2);
    for (const QString &cell : rows.at(1))
        QVERIFY2(!CsvWriter::needsNeutralising(cell), qPrintable(cell));
    QCOMPARE(rows.at(1).at(2), QStringLiteral("'=cmd|' /C calc'!A0"));
    QCOMPARE(rows.at(1).at(3), QStringLiteral("'@SUM(1+1)"));
    QCOMPARE(rows.at(1).at(5), QStringLiteral("'+351 21 000 0000"));
}

void TestUserCsv::cliOutputRefusesJsonToo()
{
    const test::CliRun run = test::runCli(
        m_db, { QStringLiteral("users"), QStringLiteral("--json"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.csv")) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("x.csv"))));
}

void TestUserCsv::reclaimListsPerRuntime()
{
    const QDate day(2026, 12, 1);
    QCOMPARE(ReclaimList::fileName(QStringLiteral("prod-eu"), day), QStringLiteral("prod-eu-deactivate-2026-12-01.csv"));
    QCOMPARE(ReclaimList::fileName(QStringLiteral("../a b/c"), day), QStringLiteral("_.._a_b_c-deactivate-2026-12-01.csv"));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QVector<ReclaimRecord> records { { QStringLiteral("prod-us"), QStringLiteral("7"), QStringLiteral("=bob") },
                                           { QStringLiteral("prod-eu"), QStringLiteral("1"), QStringLiteral("ana") },
                                           { QStringLiteral("prod-us"), QStringLiteral("9"), QStringLiteral("cy, d") } };
    const auto written = ReclaimList::write(dir.path(), records, day);
    VERIFY_OK(written);
    QCOMPARE(written->size(), 2);
    QFile us(dir.filePath(ReclaimList::fileName(QStringLiteral("prod-us"), day)));
    QVERIFY(us.open(QIODevice::ReadOnly));
    QCOMPARE(us.readAll(), QByteArray("Id,Username\r\n7,'=bob\r\n9,\"cy, d\"\r\n"));
    QVERIFY(!ReclaimList::write(dir.filePath(QStringLiteral("missing")), records, day).ok());
}

void TestUserCsv::jsonBytesMatchQJsonDocument()
{
    UserFilter filter;
    filter.infraId = m_infra;
    auto users = m_ws->userQueries().users(filter);
    VERIFY_OK(users);
    UserRow tricky = users->first();
    tricky.record.name = QStringLiteral("Quote \" back\\slash \b\f\n\r\t \x01\x1f / M\u00fcller \u4e2d \U0001F600");
    tricky.record.email = QStringLiteral("\"escapes first and last\\"); // runs of plain bytes around them
    tricky.record.phone = QStringLiteral("\n");
    tricky.record.lastLogin.clear();
    tricky.individual.reset();
    tricky.userClass.reset();
    tricky.status = RecordStatus::ItUser;
    tricky.deactivatedHere = true;
    users->append(tricky);
    for (const UserRow &row : *users) {
        QByteArray fast;
        JsonOutput::appendUser(fast, row);
        QCOMPARE(fast, QJsonDocument(JsonOutput::user(row)).toJson(QJsonDocument::Compact));
    }
}

QTEST_GUILESS_MAIN(TestUserCsv)
#include "tst_usercsv.moc"
