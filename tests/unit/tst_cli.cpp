// headcount-cli end to end: the real executable on real workspaces in a temporary directory (SPEC §4).
#include "Rules.h"
#include "TestConfig.h"
#include "TestWorkspaces.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;

    QStringList outLines() const { return out.split(u'\n', Qt::SkipEmptyParts); }
    QStringList errLines() const { return err.split(u'\n', Qt::SkipEmptyParts); }
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

QString dataDir()
{
    return QStringLiteral(HEADCOUNT_TEST_DATA_DIR);
}

} // namespace

class TestCli : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();

    void samplesCountsMatchExpected();
    void countsHumanOutput();
    void infraListJson();
    void runtimeListJson();
    void domainListJson();
    void usersJson();
    void usersJsonIntoAFileEqualsThePipe();
    void usersFilter_data();
    void usersFilter();
    void usersSearch();
    void passwordsNeverStored();

    void importSummary();
    void importUnknownColumns();
    void badFileLeavesCountsUnchanged_data();
    void badFileLeavesCountsUnchanged();
    void skipBadRows();
    void shrinkingReplaceNeedsConfirmation_data();
    void shrinkingReplaceNeedsConfirmation();

    void usageErrors_data();
    void usageErrors();
    void runtimeErrors_data();
    void runtimeErrors();

    void deactivateDryRun();
    void deactivateUsers();
    void deactivateNotLoggedInSince();
    void decisionCommands();
    void explainMentionsRule_data();
    void explainMentionsRule();

    void capacityKeepsTheOther();
    void namedModel();
    void tenantsAndPlatformVersions();
    void dryRunEqualsApplying_data();
    void dryRunEqualsApplying();
    void infraRequiredWithSeveral();
    void environmentDatabase();
    void initCreatesPrivateFile();
    void helpAndVersion_data();
    void helpAndVersion();

private:
    CliResult run(const QStringList &args, const QProcessEnvironment &env = {});
    CliResult runDb(const QString &db, const QStringList &args)
    {
        return run(QStringList { QStringLiteral("--db"), db } + args);
    }
    QJsonValue runJson(const QString &db, const QStringList &args);
    QString freshPath(const QString &stem);
    void buildSampleWorkspace(const QString &db);
    QString freshSampleWorkspace();
    QJsonObject counts(const QString &db, const QStringList &extra = {});
    QJsonArray users(const QString &db, const QStringList &extra = {});
    QString fixture(const QString &relative);

    QTemporaryDir m_dir;
    hc::test::TestWorkspaces m_workspaces; // files, or databases on the test server (tst_cli_pg)
    QProcessEnvironment m_env;
    QString m_sampleDb; // read-only use: tests that change things build their own
    int m_files = 0;
};

CliResult TestCli::run(const QStringList &args, const QProcessEnvironment &env)
{
    CliResult r;
    QProcess p;
    p.setProgram(QStringLiteral(HEADCOUNT_CLI_PATH));
    p.setArguments(args);
    p.setProcessEnvironment(env.isEmpty() ? m_env : env);
    p.setWorkingDirectory(m_dir.path());
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("headcount-cli did not finish: ") + p.errorString();
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

// Parses one line of JSON output; an empty value when the command failed or printed anything else.
QJsonValue TestCli::runJson(const QString &db, const QStringList &args)
{
    const CliResult r = runDb(db, args);
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning().noquote() << args.join(u' ') << r.describe();
        return {};
    }
    if (!r.out.endsWith(u'\n') || r.out.count(u'\n') != 1) {
        qWarning().noquote() << "not one line of JSON:" << r.out;
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError) {
        qWarning().noquote() << "bad JSON:" << error.errorString() << r.out;
        return {};
    }
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonObject TestCli::counts(const QString &db, const QStringList &extra)
{
    return runJson(db, QStringList { QStringLiteral("counts"), QStringLiteral("--json") } + extra).toObject();
}

QJsonArray TestCli::users(const QString &db, const QStringList &extra)
{
    return runJson(db, QStringList { QStringLiteral("users"), QStringLiteral("--json") } + extra).toArray();
}

QString TestCli::freshPath(const QString &stem)
{
    return m_workspaces.fresh(stem);
}

QString TestCli::fixture(const QString &relative)
{
    return m_dir.filePath(QStringLiteral("data/") + relative);
}

// The exact commands of tests/data/samples/README.md.
void TestCli::buildSampleWorkspace(const QString &db)
{
    const QVector<QStringList> commands = {
        { QStringLiteral("init") },
        { QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("78"),
            QStringLiteral("--external"), QStringLiteral("156") },
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com"), QStringLiteral("ACME.de"),
            QStringLiteral("sales.acme.com."), QStringLiteral("acme-holding.com"), QStringLiteral("münchen-acme.de") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            fixture(QStringLiteral("samples/prod-eu.csv")) },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-us") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), QStringLiteral("--format"),
            QStringLiteral("json"), fixture(QStringLiteral("samples/prod-us.json")) },
    };
    for (const QStringList &args : commands) {
        const CliResult r = runDb(db, args);
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(args.join(u' ') + u'\n' + r.describe()));
    }
}

QString TestCli::freshSampleWorkspace()
{
    const QString db = freshPath(QStringLiteral("sample"));
    buildSampleWorkspace(db);
    return db;
}

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_workspaces.isValid(), qPrintable(m_workspaces.error()));
    QVERIFY2(QFileInfo(QStringLiteral(HEADCOUNT_CLI_PATH)).isExecutable(), HEADCOUNT_CLI_PATH);

    // Fixtures are copied before use: nothing may write next to the sources.
    for (const QString &sub : { QStringLiteral("samples"), QStringLiteral("cli") }) {
        QDir source(dataDir() + u'/' + sub);
        QVERIFY(QDir().mkpath(fixture(sub)));
        for (const QString &name : source.entryList(QDir::Files))
            QVERIFY(QFile::copy(source.filePath(name), fixture(sub + u'/' + name)));
    }

    // Keep the user's real workspace and environment out of the way.
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("HEADCOUNT_DB"));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));

    m_sampleDb = m_workspaces.path(QStringLiteral("sample"));
    buildSampleWorkspace(m_sampleDb);
}

void TestCli::samplesCountsMatchExpected()
{
    QFile file(dataDir() + QStringLiteral("/samples/expected-counts.json"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonObject expected = QJsonDocument::fromJson(file.readAll()).object();
    QVERIFY(!expected.isEmpty());

    QJsonObject actual = counts(m_sampleDb);
    QVERIFY(!actual.isEmpty());
    QCOMPARE(actual.value(QStringLiteral("infrastructure")).toString(), QStringLiteral("default"));
    actual.remove(QStringLiteral("infrastructure"));
    expected.remove(QStringLiteral("infrastructure"));
    if (actual != expected) {
        qWarning().noquote() << "actual:  " << QJsonDocument(actual).toJson(QJsonDocument::Compact);
        qWarning().noquote() << "expected:" << QJsonDocument(expected).toJson(QJsonDocument::Compact);
    }
    QCOMPARE(actual, expected);
}

void TestCli::countsHumanOutput()
{
    const CliResult r = runDb(m_sampleDb, { QStringLiteral("counts") });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    const auto line = [&](const QString &first) {
        for (const QString &l : r.outLines()) {
            const QStringList cells = l.split(u' ', Qt::SkipEmptyParts);
            if (!cells.isEmpty() && cells.first() == first)
                return cells;
        }
        return QStringList();
    };
    // Used / licensed / state (R10: 94 > 78 is over; 138 of 156 is 88 %, near).
    QCOMPARE(line(QStringLiteral("internal")),
        (QStringList {
            QStringLiteral("internal"), QStringLiteral("94"), QStringLiteral("78"), QStringLiteral("OVER") }));
    QCOMPARE(line(QStringLiteral("external")),
        (QStringList {
            QStringLiteral("external"), QStringLiteral("138"), QStringLiteral("156"), QStringLiteral("NEAR") }));
    QCOMPARE(line(QStringLiteral("prod-eu")),
        (QStringList { QStringLiteral("prod-eu"), QStringLiteral("53"), QStringLiteral("88"), QStringLiteral("141"),
            QStringLiteral("51"), QStringLiteral("88"), QStringLiteral("139") }));
    QCOMPARE(line(QStringLiteral("prod-us")),
        (QStringList { QStringLiteral("prod-us"), QStringLiteral("60"), QStringLiteral("87"), QStringLiteral("147"),
            QStringLiteral("58"), QStringLiteral("87"), QStringLiteral("145") }));
    // The sums: records, and what adding up each runtime's console gives (expected-counts.json platform_sum).
    QCOMPARE(line(QStringLiteral("(sum)")),
        (QStringList { QStringLiteral("(sum)"), QStringLiteral("113"), QStringLiteral("175"), QStringLiteral("288"),
            QStringLiteral("109"), QStringLiteral("175"), QStringLiteral("284") }));
    QCOMPARE(line(QStringLiteral("it_user")), (QStringList { QStringLiteral("it_user"), QStringLiteral("11") }));
    QCOMPARE(line(QStringLiteral("inactive")), (QStringList { QStringLiteral("inactive"), QStringLiteral("32") }));
    QCOMPARE(line(QStringLiteral("anonymous")), (QStringList { QStringLiteral("anonymous"), QStringLiteral("9") }));
    QVERIFY(r.out.contains(QLatin1String("232")));
}

void TestCli::infraListJson()
{
    const QJsonArray expected { QJsonObject {
        { QStringLiteral("name"), QStringLiteral("default") },
        { QStringLiteral("model"), QStringLiteral("internal-external") },
        { QStringLiteral("capacity"),
            QJsonObject { { QStringLiteral("internal"), 78 }, { QStringLiteral("external"), 156 } } },
        { QStringLiteral("platform_version"), QJsonValue(QJsonValue::Null) },
    } };
    QCOMPARE(
        runJson(m_sampleDb, { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") }).toArray(),
        expected);

    // A new workspace: capacities not set are null.
    const QString db = freshPath(QStringLiteral("infra"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    const QJsonArray fresh
        = runJson(db, { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") }).toArray();
    QCOMPARE(fresh.size(), 1);
    QCOMPARE(fresh.at(0).toObject().value(QStringLiteral("capacity")).toObject(),
        (QJsonObject {
            { QStringLiteral("internal"), QJsonValue::Null }, { QStringLiteral("external"), QJsonValue::Null } }));
}

void TestCli::runtimeListJson()
{
    const QJsonArray list
        = runJson(m_sampleDb, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") })
              .toArray();
    QCOMPARE(list.size(), 2);
    const QStringList names { QStringLiteral("prod-eu"), QStringLiteral("prod-us") };
    const QList<int> records { 165, 175 };
    const QRegularExpression utc(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z$"));
    for (int i = 0; i < 2; ++i) {
        const QJsonObject rt = list.at(i).toObject();
        QCOMPARE(rt.value(QStringLiteral("name")).toString(), names.at(i));
        QCOMPARE(rt.value(QStringLiteral("records")).toInt(), records.at(i));
        const QString lastImport = rt.value(QStringLiteral("last_import")).toString();
        QVERIFY2(utc.match(lastImport).hasMatch(), qPrintable(lastImport));
        const QDateTime when = QDateTime::fromString(lastImport, Qt::ISODate);
        QVERIFY(qAbs(when.secsTo(QDateTime::currentDateTimeUtc())) < 3600);
    }

    // Never imported: null.
    const QString db = freshPath(QStringLiteral("runtimes"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(runDb(db, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("dev") }).exitCode, 0);
    const QJsonArray fresh
        = runJson(db, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") }).toArray();
    QCOMPARE(fresh,
        (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("dev") }, { QStringLiteral("records"), 0 },
            { QStringLiteral("last_import"), QJsonValue::Null } } }));
}

void TestCli::domainListJson()
{
    const QJsonArray list
        = runJson(m_sampleDb, { QStringLiteral("domain"), QStringLiteral("list"), QStringLiteral("--json") }).toArray();
    QHash<QString, QJsonObject> byTyped;
    for (const QJsonValue &v : list)
        byTyped.insert(v.toObject().value(QStringLiteral("domain")).toString(), v.toObject());
    const QHash<QString, QString> expected {
        { QStringLiteral("acme.com"), QStringLiteral("acme.com") },
        { QStringLiteral("ACME.de"), QStringLiteral("acme.de") },
        { QStringLiteral("sales.acme.com."), QStringLiteral("sales.acme.com") },
        { QStringLiteral("acme-holding.com"), QStringLiteral("acme-holding.com") },
        { QStringLiteral("münchen-acme.de"), QString::fromLatin1(QUrl::toAce(QStringLiteral("münchen-acme.de"))) },
    };
    QCOMPARE(list.size(), expected.size());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        QVERIFY2(byTyped.contains(it.key()), qPrintable(it.key()));
        QCOMPARE(byTyped.value(it.key()).value(QStringLiteral("normalized")).toString(), it.value());
    }

    // "records with that domain": checked against the rules' own reading of each record's e-mail (R1, R2).
    QHash<QString, int> perDomain;
    for (const QJsonValue &v : users(m_sampleDb)) {
        const QJsonObject u = v.toObject();
        const hc::Rules::EmailChoice choice = hc::Rules::chooseEmail(
            u.value(QStringLiteral("email")).toString(), u.value(QStringLiteral("username")).toString());
        if (choice.email)
            ++perDomain[choice.email->domain];
    }
    qint64 total = 0;
    for (auto it = byTyped.cbegin(); it != byTyped.cend(); ++it) {
        const QString normalized = it.value().value(QStringLiteral("normalized")).toString();
        QCOMPARE(it.value().value(QStringLiteral("records")).toInt(), perDomain.value(normalized));
        total += perDomain.value(normalized);
    }
    QVERIFY(total > 0);
}

void TestCli::usersJson()
{
    const QJsonArray all = users(m_sampleDb);
    QCOMPARE(all.size(), 165 + 175);

    const QStringList keys { QStringLiteral("runtime"), QStringLiteral("id"), QStringLiteral("username"),
        QStringLiteral("name"), QStringLiteral("email"), QStringLiteral("phone"), QStringLiteral("external_id"),
        QStringLiteral("tenant"), QStringLiteral("last_login"), QStringLiteral("active"), QStringLiteral("it_user"),
        QStringLiteral("class"), QStringLiteral("status"), QStringLiteral("individual") };
    QHash<QString, int> byStatus;
    QHash<QString, int> countedByRuntimeClass;
    QSet<qint64> individuals;
    QHash<qint64, QSet<QString>> classesOfIndividual;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        for (const QString &key : keys)
            QVERIFY2(u.contains(key), qPrintable(key));
        QVERIFY(u.value(QStringLiteral("id")).isString());
        QVERIFY(u.value(QStringLiteral("active")).isBool());
        QVERIFY(u.value(QStringLiteral("it_user")).isBool());
        const QString status = u.value(QStringLiteral("status")).toString();
        ++byStatus[status];
        if (status == u"counted") {
            const QString cls = u.value(QStringLiteral("class")).toString();
            QVERIFY2(cls == u"internal" || cls == u"external", qPrintable(cls));
            ++countedByRuntimeClass[u.value(QStringLiteral("runtime")).toString() + u'/' + cls];
            QVERIFY(u.value(QStringLiteral("individual")).isDouble());
            const qint64 individual = qint64(u.value(QStringLiteral("individual")).toDouble());
            individuals.insert(individual);
            classesOfIndividual[individual].insert(cls);
            QVERIFY(u.value(QStringLiteral("active")).toBool());
            QVERIFY(!u.value(QStringLiteral("it_user")).toBool());
        } else {
            QVERIFY(u.value(QStringLiteral("class")).isNull());
            QVERIFY(u.value(QStringLiteral("individual")).isNull());
        }
        if (status == u"it_user")
            QVERIFY(u.value(QStringLiteral("it_user")).toBool());
        if (status == u"inactive")
            QVERIFY(!u.value(QStringLiteral("active")).toBool());
    }
    // The same numbers as counts --json (expected-counts.json).
    QCOMPARE(byStatus.value(QStringLiteral("it_user")), 11);
    QCOMPARE(byStatus.value(QStringLiteral("inactive")), 32);
    QCOMPARE(byStatus.value(QStringLiteral("anonymous")), 9);
    QCOMPARE(countedByRuntimeClass.value(QStringLiteral("prod-eu/internal")), 53);
    QCOMPARE(countedByRuntimeClass.value(QStringLiteral("prod-eu/external")), 88);
    QCOMPARE(countedByRuntimeClass.value(QStringLiteral("prod-us/internal")), 60);
    QCOMPARE(countedByRuntimeClass.value(QStringLiteral("prod-us/external")), 87);
    QCOMPARE(individuals.size(), 232);
    int internalIndividuals = 0;
    for (const QSet<QString> &classes : classesOfIndividual)
        internalIndividuals += classes.contains(QStringLiteral("internal")) ? 1 : 0; // R7
    QCOMPARE(internalIndividuals, 94);

    // Text fields exactly as read.
    bool found = false;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("username")).toString() == u"mmoraes53") {
            found = true;
            QCOMPARE(u.value(QStringLiteral("id")).toString(), QStringLiteral("65"));
            QCOMPARE(u.value(QStringLiteral("name")).toString(), QStringLiteral("Marco Moraes"));
            QCOMPARE(u.value(QStringLiteral("email")).toString(), QStringLiteral("MARCO.MORAES53@SALES.ACME.COM"));
            QCOMPARE(u.value(QStringLiteral("runtime")).toString(), QStringLiteral("prod-eu"));
            QCOMPARE(u.value(QStringLiteral("tenant")).toString(), QString());
        }
    }
    QVERIFY(found);
}

void TestCli::usersFilter_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    const QString rt = QStringLiteral("--runtime");
    const QString cls = QStringLiteral("--class");
    const QString st = QStringLiteral("--status");
    QTest::newRow("all") << QStringList {} << 340;
    QTest::newRow("runtime prod-eu") << QStringList { rt, QStringLiteral("prod-eu") } << 165;
    QTest::newRow("runtime prod-us") << QStringList { rt, QStringLiteral("prod-us") } << 175;
    QTest::newRow("counted") << QStringList { st, QStringLiteral("counted") } << 288;
    QTest::newRow("it_user") << QStringList { st, QStringLiteral("it_user") } << 11;
    QTest::newRow("inactive") << QStringList { st, QStringLiteral("inactive") } << 32;
    QTest::newRow("anonymous") << QStringList { st, QStringLiteral("anonymous") } << 9;
    QTest::newRow("internal") << QStringList { cls, QStringLiteral("internal") } << 53 + 60;
    QTest::newRow("external") << QStringList { cls, QStringLiteral("external") } << 88 + 87;
    QTest::newRow("external prod-eu") << QStringList { cls, QStringLiteral("external"), rt, QStringLiteral("prod-eu") }
                                      << 88;
    QTest::newRow("internal prod-us") << QStringList { rt, QStringLiteral("prod-us"), cls, QStringLiteral("internal") }
                                      << 60;
    QTest::newRow("option=value") << QStringList { QStringLiteral("--runtime=prod-eu"),
        QStringLiteral("--status=inactive") }
                                  << -1;
    QTest::newRow("no match") << QStringList { QStringLiteral("--search"), QStringLiteral("no-such-person-anywhere") }
                              << 0;
}

void TestCli::usersFilter()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    const QJsonArray rows
        = runJson(m_sampleDb, QStringList { QStringLiteral("users"), QStringLiteral("--json") } + args).toArray();
    if (expected < 0) {
        // --name=value means the same as --name value.
        QStringList spaced;
        for (const QString &a : args)
            spaced << a.split(u'=');
        QCOMPARE(rows, users(m_sampleDb, spaced));
        QVERIFY(!rows.isEmpty());
        return;
    }
    QCOMPARE(rows.size(), expected);

    // The human table lists the same number of records.
    const CliResult table = runDb(m_sampleDb, QStringList { QStringLiteral("users") } + args);
    QCOMPARE(table.exitCode, 0);
    if (expected == 0)
        QCOMPARE(table.outLines().size(), 1);
    else
        QCOMPARE(table.outLines().size(), expected + 3); // header, rule, rows, total line
}

void TestCli::usersSearch()
{
    // Case-insensitive substring of username, name, email, phone or external id.
    const QString needle = QStringLiteral("aCmE.De");
    int expected = 0;
    for (const QJsonValue &v : users(m_sampleDb)) {
        const QJsonObject u = v.toObject();
        for (const QString &field : { QStringLiteral("username"), QStringLiteral("name"), QStringLiteral("email"),
                 QStringLiteral("phone"), QStringLiteral("external_id") }) {
            if (u.value(field).toString().contains(needle, Qt::CaseInsensitive)) {
                ++expected;
                break;
            }
        }
    }
    QVERIFY(expected > 0);
    const QJsonArray found = users(m_sampleDb, { QStringLiteral("--search"), needle });
    QCOMPARE(found.size(), expected);
}

void TestCli::passwordsNeverStored()
{
    // The sample exports carry bcrypt-style hashes ("$2a$10$..."): none may reach the database or the output.
    QDir dir(m_dir.path());
    for (const QString &name : dir.entryList({ QStringLiteral("sample.db*") }, QDir::Files)) {
        QFile f(dir.filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("$2a$10$"), qPrintable(name));
    }
    const CliResult r = runDb(m_sampleDb, { QStringLiteral("users"), QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.out.contains(QLatin1String("$2a$")));
    QVERIFY(!r.out.contains(QLatin1String("password"), Qt::CaseInsensitive));
}

// Into a regular file `users --json` writes straight (a failure cuts the file back; tst_corruption damages pages
// for that): the bytes must be those a pipe gets through the spool, after whatever the file held before.
void TestCli::usersJsonIntoAFileEqualsThePipe()
{
    const QStringList args{QStringLiteral("--db"), m_sampleDb, QStringLiteral("users"), QStringLiteral("--json")};
    const CliResult piped = run(args);
    QCOMPARE(piped.exitCode, 0);
    QVERIFY(piped.out.startsWith(u'['));
    for (const QByteArray &before : {QByteArray(), QByteArray("earlier output\n")}) {
        const QString path = m_dir.filePath(QStringLiteral("users-%1.json").arg(before.size()));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(out.write(before), before.size());
        out.close();
        QProcess p;
        p.setProcessEnvironment(m_env);
        p.setWorkingDirectory(m_dir.path());
        // Opened as a shell's "> file" opens it (not O_APPEND), and positioned after what the file already holds.
        QVERIFY(out.open(QIODevice::ReadWrite));
        QVERIFY(out.seek(before.size()));
        p.setStandardOutputFile(QProcess::nullDevice());
        p.setChildProcessModifier([fd = out.handle()] { ::dup2(fd, 1); });
        p.start(QStringLiteral(HEADCOUNT_CLI_PATH), args);
        QVERIFY(p.waitForFinished(120000));
        QCOMPARE(p.exitCode(), 0);
        out.close();
        QVERIFY(out.open(QIODevice::ReadOnly));
        QCOMPARE(out.readAll(), before + piped.out.toUtf8());
    }
}

void TestCli::importSummary()
{
    const QString db = freshPath(QStringLiteral("import"));
    const QString csv = fixture(QStringLiteral("samples/prod-eu.csv"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(runDb(db, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") }).exitCode, 0);

    const QStringList import { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu") };
    CliResult r = runDb(db, import + QStringList { csv });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(
        r.out.contains(QLatin1String("added 165, changed 0, removed 0, unchanged 0, skipped 0")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Password column dropped, never stored")));

    // The same snapshot again, merged and replaced: nothing changes.
    r = runDb(db, import + QStringList { QStringLiteral("--mode"), QStringLiteral("merge"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("added 0, changed 0, removed 0, unchanged 165")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("(merge)")));
    r = runDb(db, import + QStringList { QStringLiteral("--mode"), QStringLiteral("replace"), csv });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("added 0, changed 0, removed 0, unchanged 165")), qPrintable(r.out));

    // A snapshot with other rows replaces: the old ones are removed (more than half: confirmed).
    r = runDb(db, import + QStringList { QStringLiteral("--allow-shrink"), fixture(QStringLiteral("cli/extra-column.csv")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("added 2, changed 0, removed 165, unchanged 0")), qPrintable(r.out));
    QCOMPARE(users(db).size(), 2);
}

void TestCli::importUnknownColumns()
{
    const QString db = freshPath(QStringLiteral("unknown"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(runDb(db, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("dev") }).exitCode, 0);
    const CliResult r = runDb(db,
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("dev"), QStringLiteral("--format"),
            QStringLiteral("csv"), fixture(QStringLiteral("cli/extra-column.csv")) });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("unknown columns ignored: 'Department'")), qPrintable(r.out));
    QVERIFY(!r.out.contains(QLatin1String("Password")));
    QVERIFY(r.out.contains(QLatin1String("added 2")));
    const QJsonObject c = counts(db);
    QCOMPARE(c.value(QStringLiteral("unique")).toObject().value(QStringLiteral("total")).toInt(), 2);

    // A column name from the file reaches the terminal escaped and bounded: no raw escape sequence, no huge line.
    const QString hostile = m_dir.filePath(QStringLiteral("hostile-columns.csv"));
    QFile f(hostile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Id,Username,Email,Evil\x1b[2J,Wide" + QByteArray(5000, 'x') + "\n1,ana,ana@x.org,a,b\n");
    f.close();
    const CliResult h = runDb(db, { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("dev"),
                                    QStringLiteral("--allow-shrink"), hostile });
    QVERIFY2(h.exitCode == 0, qPrintable(h.describe()));
    QVERIFY(!h.out.contains(QChar(0x1b)));
    QVERIFY2(h.out.contains(QLatin1String("Evil\\x1B[2J")), qPrintable(h.out));
    for (const QString &line : h.outLines())
        QVERIFY2(line.size() < 600, qPrintable(line.left(100)));
}

void TestCli::badFileLeavesCountsUnchanged_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::newRow("replace") << QStringList {};
    QTest::newRow("merge") << QStringList { QStringLiteral("--mode"), QStringLiteral("merge") };
    QTest::newRow("json format on a CSV file") << QStringList { QStringLiteral("--format"), QStringLiteral("json") };
    QTest::newRow("bad row after many batches") << QStringList { QStringLiteral("--late-bad-row") };
    QTest::newRow("bad row after many batches, merge")
        << QStringList { QStringLiteral("--late-bad-row"), QStringLiteral("--mode"), QStringLiteral("merge") };
}

void TestCli::badFileLeavesCountsUnchanged()
{
    QFETCH(QStringList, options);
    const QString db = freshSampleWorkspace();
    const QJsonObject before = counts(db);
    const QJsonArray usersBefore = users(db);
    QVERIFY(!before.isEmpty());

    QString bad = fixture(QStringLiteral("cli/bad-row.csv"));
    int badLine = 4;
    if (options.removeAll(QStringLiteral("--late-bad-row")) > 0) {
        // The file streams into the import batch by batch: a bad row after many of them have been written must
        // still leave the workspace as it was (one transaction).
        bad = m_dir.filePath(QStringLiteral("late-bad-row.csv"));
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Id,Name,Username,Email,Last_Login,Is_Active,Is_IT_User\n");
        constexpr int Valid = 25000; // several of the reader's batches
        for (int i = 0; i < Valid; ++i)
            file.write(QStringLiteral("%1,User %1,user%1,user%1@partner.example,2026-01-02,true,false\n").arg(i + 1).toUtf8());
        file.write("99999,Cat Cole,ccole,cat.cole@acme.com,2026-01-04,perhaps,no\n");
        badLine = Valid + 2;
    }
    const CliResult r = runDb(db,
        QStringList { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu") } + options
            + QStringList { bad });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QLatin1String("error: ")), qPrintable(r.err));
    if (!options.contains(QStringLiteral("--format"))) {
        // The reader's position: file:line:column.
        const QRegularExpression where(QStringLiteral("^error: .*%1:%2:\\d+: ")
                                           .arg(QRegularExpression::escape(QFileInfo(bad).fileName()))
                                           .arg(badLine));
        QVERIFY2(where.match(r.err).hasMatch(), qPrintable(r.err));
    }
    QCOMPARE(counts(db), before);
    QCOMPARE(users(db), usersBefore);
}

void TestCli::skipBadRows()
{
    const QString db = freshSampleWorkspace();
    const QString bad = fixture(QStringLiteral("cli/bad-row.csv"));
    const CliResult r = runDb(db,
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("--skip-bad-rows"), QStringLiteral("--allow-shrink"), bad });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QCOMPARE(r.errLines().size(), 1);
    const QRegularExpression warning(QStringLiteral("^warning: .*bad-row\\.csv:4:\\d+: "));
    QVERIFY2(warning.match(r.errLines().first()).hasMatch(), qPrintable(r.err));
    QVERIFY2(
        r.out.contains(QLatin1String("added 3, changed 0, removed 165, unchanged 0, skipped 1")), qPrintable(r.out));

    QStringList names;
    for (const QJsonValue &v : users(db, { QStringLiteral("--runtime"), QStringLiteral("prod-eu") }))
        names << v.toObject().value(QStringLiteral("username")).toString();
    names.sort();
    QCOMPARE(names, (QStringList { QStringLiteral("aable"), QStringLiteral("bbell"), QStringLiteral("ddunn") }));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *s : items)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << l({ "frobnicate" });
    QTest::newRow("unknown sub-command") << l({ "infra", "delete", "x" });
    QTest::newRow("missing sub-command") << l({ "domain" });
    QTest::newRow("infra remove without --yes") << l({ "infra", "remove", "default" });
    QTest::newRow("runtime remove without --yes") << l({ "runtime", "remove", "prod-eu" });
    QTest::newRow("tenant set, unknown kind") << l({ "tenant", "set", "--kind", "guest", "1" });
    QTest::newRow("infra set without a change") << l({ "infra", "set" });
    QTest::newRow("domain list --dry-run") << l({ "domain", "list", "--dry-run" });
    QTest::newRow("unknown global option") << l({ "--verbose", "counts" });
    QTest::newRow("unknown option") << l({ "counts", "--verbose" });
    QTest::newRow("single-dash option") << l({ "counts", "-j" });
    QTest::newRow("flag with value") << l({ "counts", "--json=yes" });
    QTest::newRow("option twice") << l({ "users", "--runtime", "a", "--runtime", "b" });
    QTest::newRow("missing option value") << l({ "users", "--runtime" });
    QTest::newRow("option value is an option") << l({ "users", "--runtime", "--json" });
    QTest::newRow("extra argument") << l({ "counts", "extra" });
    QTest::newRow("init with argument") << l({ "init", "now" });
    QTest::newRow("infra add without name") << l({ "infra", "add" });
    QTest::newRow("infra add bad model") << l({ "infra", "add", "x", "--model", "per-core" });
    QTest::newRow("capacity neither") << l({ "capacity", "set" });
    QTest::newRow("capacity both forms") << l({ "capacity", "set", "--internal", "1", "--named", "2" });
    QTest::newRow("capacity not a number") << l({ "capacity", "set", "--internal", "ten", "--external", "5" });
    QTest::newRow("capacity negative") << l({ "capacity", "set", "--internal=-1" });
    QTest::newRow("capacity fraction") << l({ "capacity", "set", "--named", "2.5" });
    QTest::newRow("runtime add two names") << l({ "runtime", "add", "a", "b" });
    QTest::newRow("domain add nothing") << l({ "domain", "add" });
    QTest::newRow("domain remove nothing") << l({ "domain", "remove", "--infra", "default" });
    QTest::newRow("import without runtime") << l({ "import", "file.csv" });
    QTest::newRow("import without file") << l({ "import", "--runtime", "prod-eu" });
    QTest::newRow("import two files") << l({ "import", "--runtime", "prod-eu", "a.csv", "b.csv" });
    QTest::newRow("import bad format") << l({ "import", "--runtime", "prod-eu", "--format", "xml", "a.xml" });
    QTest::newRow("import bad mode") << l({ "import", "--runtime", "prod-eu", "--mode", "append", "a.csv" });
    QTest::newRow("users bad class") << l({ "users", "--class", "contractor" });
    QTest::newRow("users bad status") << l({ "users", "--status", "deleted" });
    QTest::newRow("explain without runtime") << l({ "explain", "someone" });
    QTest::newRow("explain without user") << l({ "explain", "--runtime", "prod-eu" });
    QTest::newRow("deactivate neither form") << l({ "deactivate", "--dry-run" });
    QTest::newRow("deactivate both forms")
        << l({ "deactivate", "--runtime", "prod-eu", "x", "--not-logged-in-since", "2025-01-01" });
    QTest::newRow("deactivate runtime without users") << l({ "deactivate", "--runtime", "prod-eu" });
    QTest::newRow("deactivate since with users") << l({ "deactivate", "--not-logged-in-since", "2025-01-01", "x" });
    QTest::newRow("deactivate bad date") << l({ "deactivate", "--not-logged-in-since", "last-year" });
    QTest::newRow("deactivate impossible date") << l({ "deactivate", "--not-logged-in-since", "2025-02-30" });
    QTest::newRow("db without value") << l({ "--db" });
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    const QString db = freshPath(QStringLiteral("usage"));
    const CliResult r = args.startsWith(QStringLiteral("--db")) ? run(args) : runDb(db, args);
    QCOMPARE(r.exitCode, 2);
    const QStringList lines = r.errLines();
    QVERIFY2(lines.size() == 2, qPrintable(r.describe()));
    QVERIFY2(lines.at(0).startsWith(QLatin1String("error: ")), qPrintable(r.err));
    QCOMPARE(lines.at(1), QStringLiteral("Try 'headcount-cli --help'."));
    QVERIFY(r.out.isEmpty());
    // Arguments are checked before the database is touched.
    QVERIFY(m_workspaces.untouched(db));
}

void TestCli::runtimeErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message"); // a regular expression the error line must match
    const auto l = [](std::initializer_list<const char *> items) {
        QStringList out;
        for (const char *s : items)
            out << QString::fromUtf8(s);
        return out;
    };
    QTest::newRow("import unknown runtime")
        << (l({ "import", "--runtime", "prod-xx" }) << fixture(QStringLiteral("samples/prod-eu.csv")))
        << QStringLiteral("^error: .*prod-xx");
    QTest::newRow("import missing file") << (l({ "import", "--runtime", "prod-eu" })
        << m_dir.filePath(QStringLiteral("missing.csv")))
                                         << QStringLiteral("^error: .*missing\\.csv");
    QTest::newRow("import bad row") << (l({ "import", "--runtime", "prod-eu" })
        << fixture(QStringLiteral("cli/bad-row.csv")))
                                    << QStringLiteral("^error: .*bad-row\\.csv:4:\\d+: .+");
    QTest::newRow("import CSV as JSON") << (l({ "import", "--runtime", "prod-eu", "--format", "json" })
        << fixture(QStringLiteral("samples/prod-eu.csv")))
                                        << QStringLiteral("^error: .*prod-eu\\.csv");
    QTest::newRow("users unknown runtime")
        << l({ "users", "--runtime", "prod-xx" }) << QStringLiteral("^error: .*prod-xx");
    QTest::newRow("explain unknown runtime")
        << l({ "explain", "--runtime", "prod-xx", "someone" }) << QStringLiteral("^error: .*prod-xx");
    QTest::newRow("explain unknown user")
        << l({ "explain", "--runtime", "prod-eu", "nobody-at-all" }) << QStringLiteral("^error: .*nobody-at-all");
    QTest::newRow("deactivate unknown user")
        << l({ "deactivate", "--runtime", "prod-eu", "nobody-at-all" }) << QStringLiteral("^error: .*nobody-at-all");
    QTest::newRow("deactivate unknown runtime")
        << l({ "deactivate", "--runtime", "prod-xx", "x", "--dry-run" }) << QStringLiteral("^error: .*prod-xx");
    QTest::newRow("runtime add existing") << l({ "runtime", "add", "prod-eu" }) << QStringLiteral("^error: .*prod-eu");
    QTest::newRow("infra add existing") << l({ "infra", "add", "default" }) << QStringLiteral("^error: .*default");
    QTest::newRow("unknown infra") << l({ "counts", "--infra", "nowhere" }) << QStringLiteral("^error: .*nowhere");
    QTest::newRow("invalid domain") << l({ "domain", "add", "example.org", "not a domain" })
                                    << QStringLiteral("^error: .*not a domain");
    QTest::newRow("named capacity on internal-external")
        << l({ "capacity", "set", "--named", "5" }) << QStringLiteral("^error: .*named");
    QTest::newRow("report into a missing folder")
        << (l({ "report", "--output" }) << m_dir.filePath(QStringLiteral("no-such-folder/r.pdf")))
        << QStringLiteral("^error: cannot write .*no-such-folder/r\\.pdf");
    QTest::newRow("no workspace") << (l({ "counts", "--db" }) << m_dir.filePath(QStringLiteral("nothing-here.db")))
                                  << QStringLiteral("^error: .*nothing-here\\.db");
}

void TestCli::runtimeErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    const QJsonObject before = counts(m_sampleDb);
    // "no workspace" passes its own --db after the command.
    const CliResult r = args.contains(QStringLiteral("--db")) ? run(args) : runDb(m_sampleDb, args);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.errLines().size() == 1, qPrintable(r.describe()));
    const QRegularExpression re(message);
    QVERIFY2(re.match(r.errLines().first()).hasMatch(), qPrintable(r.err));
    QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
    QCOMPARE(counts(m_sampleDb), before);
    if (args.contains(QStringLiteral("--db")))
        QVERIFY(!QFileInfo::exists(args.last()));
}

void TestCli::deactivateDryRun()
{
    const QString db = freshSampleWorkspace();
    const QJsonObject before = counts(db);
    const QJsonArray usersBefore = users(db);
    const CliResult r = runDb(db,
        { QStringLiteral("deactivate"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("mmoraes53"), QStringLiteral("aadam224"), QStringLiteral("--dry-run") });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(QLatin1String("nothing was changed")), qPrintable(r.out));
    QVERIFY(r.out.contains(QLatin1String("Marco Moraes")));
    QVERIFY(r.out.contains(QLatin1String("Arthur Adam")));
    QVERIFY(r.out.contains(QLatin1String("2026-06-12")));
    QCOMPARE(counts(db), before);
    QCOMPARE(users(db), usersBefore);
}

void TestCli::deactivateUsers()
{
    const QString db = freshSampleWorkspace();
    const QJsonArray all = users(db);
    // A counted internal record of prod-eu that is an individual on its own: deactivating it drops every count by 1.
    QHash<qint64, int> recordsOfIndividual;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        if (!u.value(QStringLiteral("individual")).isNull())
            ++recordsOfIndividual[qint64(u.value(QStringLiteral("individual")).toDouble())];
    }
    QString username;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        if (u.value(QStringLiteral("status")).toString() == u"counted"
            && u.value(QStringLiteral("runtime")).toString() == u"prod-eu"
            && u.value(QStringLiteral("class")).toString() == u"internal"
            && recordsOfIndividual.value(qint64(u.value(QStringLiteral("individual")).toDouble())) == 1) {
            username = u.value(QStringLiteral("username")).toString();
            break;
        }
    }
    QVERIFY(!username.isEmpty());

    const QJsonObject before = counts(db);
    const CliResult r
        = runDb(db, { QStringLiteral("deactivate"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), username });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY(r.out.contains(username));
    QVERIFY(!r.out.contains(QLatin1String("nothing was changed")));

    const QJsonObject after = counts(db);
    const auto number = [](const QJsonObject &o, const char *group, const char *key) {
        return o.value(QString::fromLatin1(group)).toObject().value(QString::fromLatin1(key)).toInt();
    };
    QCOMPARE(number(after, "unique", "internal"), number(before, "unique", "internal") - 1);
    QCOMPARE(number(after, "unique", "external"), number(before, "unique", "external"));
    QCOMPARE(number(after, "excluded", "inactive"), number(before, "excluded", "inactive") + 1);
    QCOMPARE(
        after.value(QStringLiteral("runtimes")).toArray().at(0).toObject().value(QStringLiteral("internal")).toInt(),
        53 - 1);

    // The record now says why it no longer counts.
    const CliResult why
        = runDb(db, { QStringLiteral("explain"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), username });
    QCOMPARE(why.exitCode, 0);
    QVERIFY2(why.out.contains(QLatin1String("R5.2")), qPrintable(why.out));
}

void TestCli::decisionCommands()
{
    const QString db = freshSampleWorkspace();
    const QJsonArray all = users(db);
    QHash<qint64, QVector<QJsonObject>> byIndividual;
    for (const QJsonValue &v : all) {
        const QJsonObject u = v.toObject();
        if (!u.value(QStringLiteral("individual")).isNull())
            byIndividual[qint64(u.value(QStringLiteral("individual")).toDouble())].append(u);
    }
    // Two people on their own in different runtimes, and one person merged across both runtimes.
    QJsonObject loneEu, loneUs, mergedUs;
    for (const auto &records : std::as_const(byIndividual)) {
        const QJsonObject &u = records.first();
        const QString runtime = u.value(QStringLiteral("runtime")).toString();
        if (records.size() == 1 && u.value(QStringLiteral("tenant")).toString().isEmpty()
            && !u.value(QStringLiteral("username")).toString().isEmpty()) {
            if (runtime == u"prod-eu" && loneEu.isEmpty())
                loneEu = u;
            else if (runtime == u"prod-us" && loneUs.isEmpty())
                loneUs = u;
        }
        if (records.size() == 2 && records.at(0).value(QStringLiteral("runtime")) != records.at(1).value(QStringLiteral("runtime"))) {
            for (const QJsonObject &r : records) {
                if (r.value(QStringLiteral("runtime")).toString() == u"prod-us")
                    mergedUs = r;
            }
        }
    }
    QVERIFY(!loneEu.isEmpty() && !loneUs.isEmpty() && !mergedUs.isEmpty());
    const auto name = [](const QJsonObject &u) { return u.value(QStringLiteral("username")).toString(); };
    const auto unique = [this, &db](const char *key) {
        return counts(db).value(QStringLiteral("unique")).toObject().value(QString::fromLatin1(key)).toInt();
    };
    const auto ok = [this, &db](const QStringList &args) {
        const CliResult r = runDb(db, args);
        return r.exitCode == 0 && r.err.isEmpty() && r.out.contains(QLatin1String("Unique users now"));
    };
    const int total = unique("total");
    const int excludedIt = counts(db).value(QStringLiteral("excluded")).toObject().value(QStringLiteral("it_user")).toInt();

    QVERIFY(ok({QStringLiteral("it-user"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), name(loneEu)}));
    QCOMPARE(unique("total"), total - 1);
    QCOMPARE(counts(db).value(QStringLiteral("excluded")).toObject().value(QStringLiteral("it_user")).toInt(), excludedIt + 1);
    QVERIFY(ok({QStringLiteral("it-user"), QStringLiteral("--clear"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), name(loneEu)}));
    QCOMPARE(unique("total"), total);

    QVERIFY(runDb(db, {QStringLiteral("deactivate"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), name(loneEu)}).exitCode == 0);
    QCOMPARE(unique("total"), total - 1);
    QVERIFY(ok({QStringLiteral("activate"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), name(loneEu)}));
    QCOMPARE(unique("total"), total);

    QVERIFY(ok({QStringLiteral("link"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), QStringLiteral("--other-runtime"),
                QStringLiteral("prod-us"), name(loneEu), name(loneUs)}));
    QCOMPARE(unique("total"), total - 1);

    QVERIFY(ok({QStringLiteral("split"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), name(mergedUs)}));
    QCOMPARE(unique("total"), total);
    QVERIFY(ok({QStringLiteral("split"), QStringLiteral("--undo"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), name(mergedUs)}));
    QCOMPARE(unique("total"), total - 1);

    // Usage and runtime errors keep to the contract.
    QCOMPARE(runDb(db, {QStringLiteral("link"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), name(loneEu)}).exitCode, 2);
    QCOMPARE(runDb(db, {QStringLiteral("it-user"), name(loneEu)}).exitCode, 2);
    const CliResult unknown = runDb(db, {QStringLiteral("activate"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), QStringLiteral("nobody-here")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY(unknown.err.startsWith(QLatin1String("error: ")));
    QCOMPARE(unique("total"), total - 1);
}

void TestCli::deactivateNotLoggedInSince()
{
    const QString db = freshSampleWorkspace();
    const QDate since(2025, 9, 1);
    QStringList expected;
    for (const QJsonValue &v : users(db, { QStringLiteral("--status"), QStringLiteral("counted") })) {
        const QJsonObject u = v.toObject();
        const QJsonValue last = u.value(QStringLiteral("last_login"));
        const QDate day = QDate::fromString(last.toString().left(10), Qt::ISODate);
        if (last.isNull() || day < since)
            expected << u.value(QStringLiteral("runtime")).toString() + u'/'
                    + u.value(QStringLiteral("username")).toString();
    }
    QVERIFY(expected.size() > 1);
    const int inactiveBefore = users(db, { QStringLiteral("--status"), QStringLiteral("inactive") }).size();

    const QStringList command { QStringLiteral("deactivate"), QStringLiteral("--not-logged-in-since"),
        since.toString(Qt::ISODate) };
    const CliResult dry = runDb(db, command + QStringList { QStringLiteral("--dry-run") });
    QVERIFY2(dry.exitCode == 0 && dry.err.isEmpty(), qPrintable(dry.describe()));
    QStringList listed;
    for (const QString &line : dry.outLines()) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (cells.size() >= 2 && (cells.at(0) == u"prod-eu" || cells.at(0) == u"prod-us"))
            listed << cells.at(0) + u'/' + cells.at(1);
    }
    listed.sort();
    expected.sort();
    QCOMPARE(listed, expected);
    QCOMPARE(users(db, { QStringLiteral("--status"), QStringLiteral("inactive") }).size(), inactiveBefore);

    const CliResult real = runDb(db, command);
    QVERIFY2(real.exitCode == 0 && real.err.isEmpty(), qPrintable(real.describe()));
    QCOMPARE(
        users(db, { QStringLiteral("--status"), QStringLiteral("inactive") }).size(), inactiveBefore + expected.size());
    // Nothing counted is left that the command should have caught.
    const CliResult again = runDb(db, command + QStringList { QStringLiteral("--dry-run") });
    QCOMPARE(again.exitCode, 0);
    QVERIFY2(again.out.contains(QLatin1String("No records to deactivate")), qPrintable(again.out));
}

void TestCli::explainMentionsRule_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("userClass");
    QTest::addColumn<QString>("rule");
    QTest::newRow("it_user") << QStringLiteral("it_user") << QString() << QStringLiteral("R5.1");
    QTest::newRow("inactive") << QStringLiteral("inactive") << QString() << QStringLiteral("R5.2");
    QTest::newRow("anonymous") << QStringLiteral("anonymous") << QString() << QStringLiteral("R5.3");
    QTest::newRow("counted internal") << QStringLiteral("counted") << QStringLiteral("internal")
                                      << QStringLiteral("internal");
    QTest::newRow("counted external") << QStringLiteral("counted") << QStringLiteral("external")
                                      << QStringLiteral("R3/R4");
}

void TestCli::explainMentionsRule()
{
    QFETCH(QString, status);
    QFETCH(QString, userClass);
    QFETCH(QString, rule);
    QStringList args { QStringLiteral("--status"), status };
    if (!userClass.isEmpty())
        args << QStringLiteral("--class") << userClass;
    const QJsonArray rows = users(m_sampleDb, args);
    QVERIFY(!rows.isEmpty());
    const QJsonObject u = rows.first().toObject();
    const CliResult r = runDb(m_sampleDb,
        { QStringLiteral("explain"), QStringLiteral("--runtime"), u.value(QStringLiteral("runtime")).toString(),
            u.value(QStringLiteral("username")).toString() });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY2(r.out.contains(rule), qPrintable(r.out));
    QVERIFY2(r.out.contains(QLatin1String("R1/R2")), qPrintable(r.out));
}

void TestCli::capacityKeepsTheOther()
{
    const QString db = freshPath(QStringLiteral("capacity"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    const auto capacity = [&] {
        return runJson(db, { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") })
            .toArray()
            .at(0)
            .toObject()
            .value(QStringLiteral("capacity"))
            .toObject();
    };
    const auto set = [&](const QStringList &args) {
        const CliResult r = runDb(db, QStringList { QStringLiteral("capacity"), QStringLiteral("set") } + args);
        return r.exitCode;
    };
    QCOMPARE(set({ QStringLiteral("--internal"), QStringLiteral("5") }), 0);
    QCOMPARE(capacity(),
        (QJsonObject { { QStringLiteral("internal"), 5 }, { QStringLiteral("external"), QJsonValue::Null } }));
    QCOMPARE(set({ QStringLiteral("--external"), QStringLiteral("6") }), 0);
    QCOMPARE(capacity(), (QJsonObject { { QStringLiteral("internal"), 5 }, { QStringLiteral("external"), 6 } }));
    QCOMPARE(set({ QStringLiteral("--internal"), QStringLiteral("0"), QStringLiteral("--external"),
                 QStringLiteral("10000") }),
        0);
    QCOMPARE(capacity(), (QJsonObject { { QStringLiteral("internal"), 0 }, { QStringLiteral("external"), 10000 } }));
    QCOMPARE(counts(db).value(QStringLiteral("capacity")).toObject(), capacity());
}

// Issue 7: several user providers (tenants 1, 2), two app tenants (10, 11) and an IT tenant (99) over two runtimes;
// a raw OSSYS_USER dump (upper-case columns, 0/1 booleans, the null date) for prod-eu. The figures are worked out by
// hand from R5, R6 and R12 in tests/data/cli/README.md.
void TestCli::tenantsAndPlatformVersions()
{
    const QString db = freshPath(QStringLiteral("tenants"));
    const QVector<QStringList> setup = {
        { QStringLiteral("init") },
        { QStringLiteral("infra"), QStringLiteral("set"), QStringLiteral("--platform"), QStringLiteral("11.20.1") },
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com") },
        { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("app"),
            QStringLiteral("10"), QStringLiteral("11") },
        { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("it"), QStringLiteral("99") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-us") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), fixture(QStringLiteral("cli/tenants-prod-eu.csv")) },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), fixture(QStringLiteral("cli/tenants-prod-us.csv")) },
    };
    for (const QStringList &c : setup) {
        const CliResult r = runDb(db, c);
        QVERIFY2(r.exitCode == 0, qPrintable(c.join(u' ') + u'\n' + r.describe()));
    }
    const auto classes = [](const QJsonObject &o) -> QString {
        return QStringLiteral("%1/%2/%3").arg(o.value(QStringLiteral("internal")).toInt())
            .arg(o.value(QStringLiteral("external")).toInt()).arg(o.value(QStringLiteral("total")).toInt());
    };
    const auto platformOf = [&](const QJsonObject &c) -> QString {
        QStringList parts;
        for (const QJsonValue &rt : c.value(QStringLiteral("runtimes")).toArray())
            parts << rt[QStringLiteral("name")].toString() + u':' + classes(rt.toObject()) + u'='
                    + classes(rt[QStringLiteral("platform")].toObject());
        return parts.join(u' ') + QStringLiteral(" sum=") + classes(c.value(QStringLiteral("platform_sum")).toObject());
    };

    QJsonObject c = counts(db);
    QCOMPARE(c.value(QStringLiteral("platform_version")).toString(), QStringLiteral("11.20.1"));
    QCOMPARE(classes(c.value(QStringLiteral("unique")).toObject()), QStringLiteral("3/3/6"));
    QCOMPARE(platformOf(c), QStringLiteral("prod-eu:4/4/8=3/3/6 prod-us:2/1/3=2/1/3 sum=5/4/9"));
    QCOMPARE(c.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("it_user")).toInt(), 1);

    // The same figures in the text output, with the line on why they differ.
    const CliResult text = runDb(db, { QStringLiteral("counts") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.describe()));
    QVERIFY2(text.out.contains(QRegularExpression(QStringLiteral("\\(sum\\)\\s+6\\s+5\\s+11\\s+5\\s+4\\s+9"))), qPrintable(text.out));
    QVERIFY2(text.out.contains(QStringLiteral("add up to 9, 3 more than the 6 unique")), qPrintable(text.out));

    // An older platform counts each record (R12); the licence figure does not move.
    QCOMPARE(runDb(db, { QStringLiteral("infra"), QStringLiteral("set"), QStringLiteral("--platform"), QStringLiteral("11.9.0") }).exitCode, 0);
    c = counts(db);
    QCOMPARE(c.value(QStringLiteral("platform_version")).toString(), QStringLiteral("11.9.0"));
    QCOMPARE(classes(c.value(QStringLiteral("unique")).toObject()), QStringLiteral("3/3/6"));
    QCOMPARE(platformOf(c), QStringLiteral("prod-eu:4/4/8=4/4/8 prod-us:2/1/3=2/1/3 sum=6/5/11"));

    // Version unset (= 11.11.3 or later) and tenant 99 no longer the IT tenant: svc.ana counts, as one more account
    // of Ana's (same e-mail), so the records grow and neither the unique figure nor the platform's does.
    QCOMPARE(runDb(db, { QStringLiteral("infra"), QStringLiteral("set"), QStringLiteral("--platform"), QStringLiteral("unset") }).exitCode, 0);
    QCOMPARE(runDb(db, { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("default"), QStringLiteral("99") }).exitCode, 0);
    c = counts(db);
    QVERIFY(c.value(QStringLiteral("platform_version")).isNull());
    QCOMPARE(classes(c.value(QStringLiteral("unique")).toObject()), QStringLiteral("3/3/6"));
    QCOMPARE(platformOf(c), QStringLiteral("prod-eu:5/4/9=3/3/6 prod-us:2/1/3=2/1/3 sum=5/4/9"));
    QCOMPARE(c.value(QStringLiteral("excluded")).toObject().value(QStringLiteral("it_user")).toInt(), 0);

    // tenant list --json: every tenant with its kind, records and runtimes.
    const QJsonArray tenants = runJson(db, { QStringLiteral("tenant"), QStringLiteral("list"), QStringLiteral("--json") }).toArray();
    QStringList listed;
    for (const QJsonValue &t : tenants) {
        QStringList runtimes;
        for (const QJsonValue &r : t[QStringLiteral("runtimes")].toArray())
            runtimes << r.toString();
        listed << QStringLiteral("%1:%2:%3:%4").arg(t[QStringLiteral("tenant")].toString(), t[QStringLiteral("kind")].toString())
                      .arg(t[QStringLiteral("records")].toInt()).arg(runtimes.join(u','));
    }
    QCOMPARE(listed, (QStringList { QStringLiteral("1:default:4:prod-eu,prod-us"), QStringLiteral("10:app:3:prod-eu,prod-us"),
                         QStringLiteral("11:app:2:prod-eu"), QStringLiteral("2:default:2:prod-eu"),
                         QStringLiteral("99:default:1:prod-eu") }));

    // explain says how the platform counts a record, and with which others.
    const CliResult carl = runDb(db, { QStringLiteral("explain"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), QStringLiteral("carl") });
    QVERIFY2(carl.exitCode == 0, qPrintable(carl.describe()));
    QVERIFY2(carl.out.contains(QStringLiteral("R12: prod-eu's console merges it")), qPrintable(carl.out));
    const CliResult admin = runDb(db, { QStringLiteral("explain"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), QStringLiteral("admin") });
    QVERIFY2(admin.out.contains(QStringLiteral("multi-tenant app's tenant")), qPrintable(admin.out));

    // Bad values are usage errors and change nothing.
    QCOMPARE(runDb(db, { QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("guest"), QStringLiteral("1") }).exitCode, 2);
    QCOMPARE(runDb(db, { QStringLiteral("infra"), QStringLiteral("set"), QStringLiteral("--platform"), QStringLiteral("eleven") }).exitCode, 2);
    QCOMPARE(counts(db), c);
}

// SPEC §3 / issue 8: a replace that would remove more than half of a runtime (an empty export included) is refused
// unless --allow-shrink is given; refused, it changes nothing.
void TestCli::shrinkingReplaceNeedsConfirmation_data()
{
    QTest::addColumn<QString>("content");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<qint64>("recordsAfter"); // prod-eu records afterwards

    const QString header = QStringLiteral("Id,Name,Username,Email,Last_Login,Is_Active\n");
    const QString one = header + QStringLiteral("172,Filipa Figueiredo,ffigueiredo139,filipa.figueiredo139@acme.de,2025-06-11,True\n");
    QTest::newRow("one record left: refused") << one << QStringList() << 1 << qint64(165);
    QTest::newRow("header only: refused") << header << QStringList() << 1 << qint64(165);
    QTest::newRow("one record left, --allow-shrink") << one << QStringList{QStringLiteral("--allow-shrink")} << 0 << qint64(1);
    QTest::newRow("header only, --allow-shrink") << header << QStringList{QStringLiteral("--allow-shrink")} << 0 << qint64(0);
    QTest::newRow("merge never removes") << one << QStringList{QStringLiteral("--mode"), QStringLiteral("merge")} << 0 << qint64(165);
}

void TestCli::shrinkingReplaceNeedsConfirmation()
{
    QFETCH(QString, content);
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(qint64, recordsAfter);

    const QString db = freshSampleWorkspace();
    const QJsonObject before = counts(db);
    const QString file = m_dir.filePath(QStringLiteral("shrink-%1.csv").arg(++m_files));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(content.toUtf8());
    f.close();
    const CliResult r = runDb(db, QStringList{QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu")}
                                      + extra + QStringList{file});
    QVERIFY2(r.exitCode == exitCode, qPrintable(r.describe()));
    if (exitCode != 0) {
        QVERIFY2(r.err.contains(QStringLiteral("would remove")) && r.err.contains(QStringLiteral("--allow-shrink")),
                 qPrintable(r.err));
        QCOMPARE(counts(db), before);
    }
    const QJsonArray runtimes = runJson(db, {QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json")}).toArray();
    QCOMPARE(runtimes.at(0)[QStringLiteral("name")].toString(), QStringLiteral("prod-eu"));
    QCOMPARE(runtimes.at(0)[QStringLiteral("records")].toInteger(), recordsAfter);
}

// SPEC §4: --dry-run changes nothing and prints the counts before and after, exactly those that applying gives.
void TestCli::dryRunEqualsApplying_data()
{
    QTest::addColumn<QStringList>("change");
    QTest::newRow("add a domain") << QStringList{QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("partner.org")};
    QTest::newRow("add two domains") << QStringList{QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("gmail.com"),
                                                    QStringLiteral("Partner.ORG.")};
    QTest::newRow("remove the owned domain") << QStringList{QStringLiteral("domain"), QStringLiteral("remove"), QStringLiteral("acme.com")};
    QTest::newRow("two tenants made app tenants") << QStringList{QStringLiteral("tenant"), QStringLiteral("set"),
                                                                 QStringLiteral("--kind"), QStringLiteral("app"),
                                                                 QStringLiteral("1"), QStringLiteral("2")};
    QTest::newRow("an app tenant made the IT tenant") << QStringList{QStringLiteral("tenant"), QStringLiteral("set"),
                                                                     QStringLiteral("--kind"), QStringLiteral("it"), QStringLiteral("10")};
}

void TestCli::dryRunEqualsApplying()
{
    QFETCH(QStringList, change);
    const QString db = freshPath(QStringLiteral("dryrun"));
    for (const QStringList &c : QVector<QStringList>{
             {QStringLiteral("init")},
             {QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com")},
             {QStringLiteral("tenant"), QStringLiteral("set"), QStringLiteral("--kind"), QStringLiteral("app"), QStringLiteral("10"), QStringLiteral("11")},
             {QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu")},
             {QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-us")},
             {QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"), fixture(QStringLiteral("cli/tenants-prod-eu.csv"))},
             {QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-us"), fixture(QStringLiteral("cli/tenants-prod-us.csv"))}}) {
        const CliResult r = runDb(db, c);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const QJsonObject before = counts(db);
    const QJsonObject preview = runJson(db, change + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--json")}).toObject();
    QCOMPARE(preview.keys(), (QStringList{QStringLiteral("after"), QStringLiteral("before")}));
    QCOMPARE(preview.value(QStringLiteral("before")).toObject(), before);
    QCOMPARE(counts(db), before); // nothing changed
    QVERIFY(preview.value(QStringLiteral("after")).toObject() != before); // every row of the table changes something
    const CliResult text = runDb(db, change + QStringList{QStringLiteral("--dry-run")});
    QVERIFY2(text.exitCode == 0 && text.out.contains(QStringLiteral("\u2192")), qPrintable(text.describe()));
    const CliResult applied = runDb(db, change);
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.describe()));
    QCOMPARE(counts(db), preview.value(QStringLiteral("after")).toObject());
}

void TestCli::namedModel()
{
    const QString db = freshPath(QStringLiteral("named"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    CliResult r = runDb(db,
        { QStringLiteral("infra"), QStringLiteral("add"), QStringLiteral("legacy"), QStringLiteral("--model"),
            QStringLiteral("named") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    const QStringList infra { QStringLiteral("--infra"), QStringLiteral("legacy") };
    r = runDb(db,
        QStringList {
            QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--named"), QStringLiteral("100") }
            + infra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    r = runDb(db,
        QStringList {
            QStringLiteral("capacity"), QStringLiteral("set"), QStringLiteral("--internal"), QStringLiteral("1") }
            + infra);
    QCOMPARE(r.exitCode, 1);

    const QJsonArray infras
        = runJson(db, { QStringLiteral("infra"), QStringLiteral("list"), QStringLiteral("--json") }).toArray();
    QCOMPARE(infras.size(), 2);
    QJsonObject legacy;
    for (const QJsonValue &v : infras) {
        if (v.toObject().value(QStringLiteral("name")).toString() == u"legacy")
            legacy = v.toObject();
    }
    QCOMPARE(legacy.value(QStringLiteral("model")).toString(), QStringLiteral("named"));
    QCOMPARE(legacy.value(QStringLiteral("capacity")).toObject(), (QJsonObject { { QStringLiteral("named"), 100 } }));

    QCOMPARE(
        runDb(db, QStringList { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("old-prod") } + infra)
            .exitCode,
        0);
    r = runDb(db,
        QStringList { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("old-prod"),
            fixture(QStringLiteral("samples/prod-eu.csv")) }
            + infra);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));

    const QJsonObject c = counts(db, infra);
    QCOMPARE(c.value(QStringLiteral("model")).toString(), QStringLiteral("named"));
    QCOMPARE(c.value(QStringLiteral("capacity")).toObject(), (QJsonObject { { QStringLiteral("named"), 100 } }));
    const int total = c.value(QStringLiteral("unique")).toObject().value(QStringLiteral("total")).toInt();
    QCOMPARE(c.value(QStringLiteral("unique")).toObject().keys(), QStringList { QStringLiteral("total") });
    QVERIFY(total > 100); // 141 counted records of prod-eu, fewer individuals, more than 100
    QCOMPARE(c.value(QStringLiteral("over_capacity")).toObject(), (QJsonObject { { QStringLiteral("named"), true } }));
    const QJsonArray runtimes = c.value(QStringLiteral("runtimes")).toArray();
    QCOMPARE(runtimes,
        (QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("old-prod") },
            { QStringLiteral("total"), 141 }, { QStringLiteral("platform"), QJsonObject { { QStringLiteral("total"), 139 } } } } }));

    // Human output: one "named" capacity line; the users carry no class.
    r = runDb(db, QStringList { QStringLiteral("counts") } + infra);
    QCOMPARE(r.exitCode, 0);
    bool namedLine = false;
    for (const QString &line : r.outLines()) {
        const QStringList cells = line.split(u' ', Qt::SkipEmptyParts);
        if (cells.value(0) == u"named") {
            namedLine = true;
            QCOMPARE(cells,
                (QStringList {
                    QStringLiteral("named"), QString::number(total), QStringLiteral("100"), QStringLiteral("OVER") }));
        }
        QVERIFY2(cells.value(0) != u"internal" && cells.value(0) != u"external", qPrintable(line));
    }
    QVERIFY(namedLine);
    for (const QJsonValue &v : users(db, infra))
        QVERIFY(v.toObject().value(QStringLiteral("class")).isNull());
}

void TestCli::infraRequiredWithSeveral()
{
    const QString db = freshPath(QStringLiteral("several"));
    QCOMPARE(runDb(db, { QStringLiteral("init") }).exitCode, 0);
    QCOMPARE(runDb(db, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("only") }).exitCode,
        0); // one: --infra optional
    QCOMPARE(runDb(db, { QStringLiteral("infra"), QStringLiteral("add"), QStringLiteral("client-b") }).exitCode, 0);

    const CliResult r = runDb(db, { QStringLiteral("runtime"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.startsWith(QLatin1String("error: ")));

    const QJsonArray a = runJson(db,
        { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--infra"), QStringLiteral("default"),
            QStringLiteral("--json") })
                             .toArray();
    QCOMPARE(a.size(), 1);
    const QJsonArray b = runJson(db,
        { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--infra=client-b"),
            QStringLiteral("--json") })
                             .toArray();
    QCOMPARE(b.size(), 0);
    QCOMPARE(counts(db, { QStringLiteral("--infra"), QStringLiteral("client-b") })
                 .value(QStringLiteral("infrastructure"))
                 .toString(),
        QStringLiteral("client-b"));
}

void TestCli::environmentDatabase()
{
    const QString envDb = freshPath(QStringLiteral("env"));
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("HEADCOUNT_DB"), envDb);

    CliResult r = run({ QStringLiteral("init") }, env);
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QVERIFY(!m_workspaces.untouched(envDb));
    QCOMPARE(run({ QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("from-env") }, env).exitCode, 0);
    r = run({ QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") }, env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QLatin1String("\"from-env\"")), qPrintable(r.out));

    // --db wins over the environment.
    const QString other = freshPath(QStringLiteral("env-other"));
    QCOMPARE(run({ QStringLiteral("--db"), other, QStringLiteral("init") }, env).exitCode, 0);
    r = run(
        { QStringLiteral("--db"), other, QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") },
        env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("[]\n"));
    // ...also when given after the command.
    r = run(
        { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--db"), other },
        env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QStringLiteral("[]\n"));
}

void TestCli::initCreatesPrivateFile()
{
    if (hc::test::TestWorkspaces::onPostgres())
        QSKIP("file permissions and a file that is not a workspace: SQLite only (a server's access is its roles')");
    const QString db = freshPath(QStringLiteral("private"));
    CliResult r = runDb(db, { QStringLiteral("init") });
    QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.describe()));
    QVERIFY(QFileInfo::exists(db));
    const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup
        | QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(db) & others, QFileDevice::Permissions());
    // A second init leaves the workspace as it is.
    QCOMPARE(runDb(db, { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("kept") }).exitCode, 0);
    r = runDb(db, { QStringLiteral("init") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(
        runJson(db, { QStringLiteral("runtime"), QStringLiteral("list"), QStringLiteral("--json") }).toArray().size(),
        1);

    // A file that is not a workspace is refused, and left alone.
    const QString junk = m_dir.filePath(QStringLiteral("junk.db"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QByteArray(4096, 'x'));
    f.close();
    r = runDb(junk, { QStringLiteral("counts") });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray(4096, 'x'));
}

void TestCli::helpAndVersion_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected");
    const QString usage = QStringLiteral("Usage: headcount-cli");
    QTest::newRow("--help") << QStringList { QStringLiteral("--help") } << usage;
    QTest::newRow("-h") << QStringList { QStringLiteral("-h") } << usage;
    QTest::newRow("help") << QStringList { QStringLiteral("help") } << usage;
    QTest::newRow("command --help") << QStringList { QStringLiteral("import"), QStringLiteral("--help") } << usage;
    QTest::newRow("--version") << QStringList { QStringLiteral("--version") }
                               << QStringLiteral("headcount-cli " HEADCOUNT_VERSION "\n");
}

void TestCli::helpAndVersion()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const CliResult r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    if (expected.endsWith(u'\n')) {
        QCOMPARE(r.out, expected);
        return;
    }
    QVERIFY(r.out.startsWith(expected));
    for (const char *command : { "init", "infra add", "infra list", "capacity set", "runtime add", "runtime list",
             "domain add|remove", "domain list", "import", "counts", "users", "explain", "deactivate", "report" }) {
        QVERIFY2(r.out.contains(QLatin1String("\n  ") + QLatin1String(command)), command);
    }
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
