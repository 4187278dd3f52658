// headcount-cli groups: `groups import`, `groups list`, `users --group` and `deactivate --group`, end to end on the
// real executable and real workspaces in a temporary directory (issue 4).
#include "TestConfig.h"
#include "TestWorkspaces.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct CliResult {
    int exitCode = -1;
    QString out;
    QString err;
    QString describe() const
    {
        return QStringLiteral("exit %1\n--- stdout\n%2--- stderr\n%3").arg(exitCode).arg(out, err);
    }
};

} // namespace

class TestCliGroups : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void importAndList();
    void usersByGroup_data();
    void usersByGroup();
    void unknownGroupIsAnError_data();
    void unknownGroupIsAnError();
    void badFileKeepsTheGroups();
    void skipBadRows();
    void jsonReplacesTheSnapshot();
    void deactivateGroup();
    void usageErrors_data();
    void usageErrors();

private:
    CliResult run(const QString &db, const QStringList &args);
    QJsonValue json(const QString &db, const QStringList &args);
    QStringList usernames(const QString &db, const QStringList &args);
    // init, domain acme.com, runtimes prod-eu (samples/prod-eu.csv) and other (empty), groups.csv into prod-eu.
    QString workspace();
    QString data(const QString &name) const { return m_dir.filePath(QStringLiteral("data/") + name); }

    QTemporaryDir m_dir;
    hc::test::TestWorkspaces m_workspaces; // files, or databases on the test server (tst_cligroups_pg)
    QProcessEnvironment m_env;
};

CliResult TestCliGroups::run(const QString &db, const QStringList &args)
{
    CliResult r;
    QProcess p;
    p.setProgram(QStringLiteral(HEADCOUNT_CLI_PATH));
    p.setArguments(QStringList { QStringLiteral("--db"), db } + args);
    p.setProcessEnvironment(m_env);
    p.setWorkingDirectory(m_dir.path());
    p.start();
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    return r;
}

QJsonValue TestCliGroups::json(const QString &db, const QStringList &args)
{
    const CliResult r = run(db, args);
    if (r.exitCode != 0 || !r.err.isEmpty()) {
        qWarning().noquote() << args.join(u' ') << r.describe();
        return {};
    }
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QStringList TestCliGroups::usernames(const QString &db, const QStringList &args)
{
    QStringList names;
    const QJsonArray rows
        = json(db, QStringList { QStringLiteral("users"), QStringLiteral("--json") } + args).toArray();
    for (const QJsonValue &row : rows)
        names << row.toObject().value(QStringLiteral("runtime")).toString() + u'/'
                + row.toObject().value(QStringLiteral("username")).toString();
    return names;
}

QString TestCliGroups::workspace()
{
    const QString db = m_workspaces.fresh(QStringLiteral("w"));
    const QVector<QStringList> commands = {
        { QStringLiteral("init") },
        { QStringLiteral("domain"), QStringLiteral("add"), QStringLiteral("acme.com") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
        { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("other") },
        { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            data(QStringLiteral("prod-eu.csv")) },
        { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            data(QStringLiteral("groups.csv")) },
    };
    for (const QStringList &args : commands) {
        const CliResult r = run(db, args);
        if (r.exitCode != 0)
            qWarning().noquote() << args.join(u' ') << r.describe();
    }
    return db;
}

void TestCliGroups::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(m_workspaces.isValid(), qPrintable(m_workspaces.error()));
    QVERIFY2(QFileInfo(QStringLiteral(HEADCOUNT_CLI_PATH)).isExecutable(), HEADCOUNT_CLI_PATH);
    QVERIFY(QDir().mkpath(data({})));
    const QString source = QStringLiteral(HEADCOUNT_TEST_DATA_DIR);
    QVERIFY(QFile::copy(source + QStringLiteral("/samples/prod-eu.csv"), data(QStringLiteral("prod-eu.csv"))));
    for (const char *name : { "groups.csv", "groups.json", "groups-empty-username.csv", "groups-not-groups.csv" }) {
        const QString file = QString::fromLatin1(name);
        QVERIFY(QFile::copy(source + QStringLiteral("/import/") + file, data(file)));
    }
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.remove(QStringLiteral("HEADCOUNT_DB"));
    m_env.insert(QStringLiteral("HOME"), m_dir.filePath(QStringLiteral("home")));
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("home/.local/share")));
    m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
}

void TestCliGroups::importAndList()
{
    const QString db = m_workspaces.path(QStringLiteral("import.db"));
    for (const QStringList &args : { QStringList { QStringLiteral("init") },
             QStringList { QStringLiteral("runtime"), QStringLiteral("add"), QStringLiteral("prod-eu") },
             QStringList { QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
                 data(QStringLiteral("prod-eu.csv")) } }) {
        const CliResult r = run(db, args);
        QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    }
    const CliResult r = run(db,
        { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            data(QStringLiteral("groups.csv")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QString());
    QCOMPARE(r.out,
        QStringLiteral("Imported groups from groups.csv into runtime prod-eu of default: 2 groups, 4 memberships "
                       "(replacing 0).\n"
                       "  1 repeated line ignored\n"
                       "  unknown columns ignored: 'Granted By'\n"
                       "  1 member matches no user of the runtime: nobody42\n"));

    QCOMPARE(json(db, { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") }),
        QJsonValue(QJsonArray { QJsonObject { { QStringLiteral("name"), QStringLiteral("Contractors") },
                                    { QStringLiteral("members"), 2 }, { QStringLiteral("runtimes"), 1 } },
            QJsonObject { { QStringLiteral("name"), QStringLiteral("Sales; EMEA") }, { QStringLiteral("members"), 2 },
                { QStringLiteral("runtimes"), 1 } } }));
    const CliResult human = run(db, { QStringLiteral("groups"), QStringLiteral("list") });
    QCOMPARE(human.exitCode, 0);
    QCOMPARE(human.out,
        QStringLiteral("Group        Members  Runtimes\n"
                       "-----------  -------  --------\n"
                       "Contractors        2         1\n"
                       "Sales; EMEA        2         1\n"));
}

void TestCliGroups::usersByGroup_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("users");

    QTest::newRow("group") << QStringList { QStringLiteral("--group"), QStringLiteral("Contractors") }
                           << QStringList { QStringLiteral("prod-eu/aguerin143"), QStringLiteral("prod-eu/btowne32") };
    QTest::newRow("group with the delimiter in its name") << QStringList { QStringLiteral("--group"),
        QStringLiteral("Sales; EMEA") } << QStringList { QStringLiteral("prod-eu/mmoraes53") };
    QTest::newRow("group and runtime") << QStringList { QStringLiteral("--group"), QStringLiteral("Contractors"),
        QStringLiteral("--runtime"), QStringLiteral("other") }
                                       << QStringList();
    QTest::newRow("group and search") << QStringList { QStringLiteral("--group=Contractors"),
        QStringLiteral("--search"), QStringLiteral("GUERIN") }
                                      << QStringList { QStringLiteral("prod-eu/aguerin143") };
    QTest::newRow("group and status") << QStringList { QStringLiteral("--group"), QStringLiteral("Contractors"),
        QStringLiteral("--status"), QStringLiteral("inactive") }
                                      << QStringList();
}

void TestCliGroups::usersByGroup()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, users);
    static const QString db = workspace();
    QCOMPARE(usernames(db, args), users);
}

void TestCliGroups::unknownGroupIsAnError_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("users") << QStringList { QStringLiteral("users"), QStringLiteral("--group"),
        QStringLiteral("Nope") };
    QTest::newRow("group names are exact")
        << QStringList { QStringLiteral("users"), QStringLiteral("--group"), QStringLiteral("contractors") };
    QTest::newRow("deactivate") << QStringList { QStringLiteral("deactivate"), QStringLiteral("--group"),
        QStringLiteral("Nope"), QStringLiteral("--dry-run") };
}

void TestCliGroups::unknownGroupIsAnError()
{
    QFETCH(QStringList, args);
    static const QString db = workspace();
    const CliResult r = run(db, args);
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, QStringLiteral("error: no group named \"%1\" (see 'headcount-cli groups list')\n").arg(args.at(2)));
}

void TestCliGroups::badFileKeepsTheGroups()
{
    const QString db = workspace();
    const QJsonValue before = json(db, { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") });
    QCOMPARE(before.toArray().size(), 2);
    const struct {
        const char *file;
        const char *error;
    } cases[] = {
        { "groups-empty-username.csv", "error: groups-empty-username.csv:3:7: the username is empty\n" },
        { "groups-not-groups.csv",
            "error: groups-not-groups.csv: not a group membership export: it needs a group column (Group, GroupName "
            "or Role) and a username column (Username, UserName or Login); its columns: 'Id', 'Username', "
            "'Email'\n" },
        { "missing.csv", nullptr },
    };
    for (const auto &c : cases) {
        const CliResult r = run(db,
            { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"),
                QStringLiteral("prod-eu"), data(QString::fromLatin1(c.file)) });
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out, QString());
        if (c.error)
            QCOMPARE(r.err, QString::fromUtf8(c.error));
        else
            QVERIFY2(r.err.startsWith(QStringLiteral("error: missing.csv: cannot open ")), qPrintable(r.err));
        QCOMPARE(json(db, { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") }), before);
    }
}

void TestCliGroups::skipBadRows()
{
    const QString db = workspace();
    const CliResult r = run(db,
        { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("--skip-bad-rows"), data(QStringLiteral("groups-empty-username.csv")) });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err,
        QStringLiteral("warning: groups-empty-username.csv:3:7: the username is empty\n"
                       "warning: groups-empty-username.csv:5:1: the group name is empty\n"));
    QCOMPARE(r.out,
        QStringLiteral("Imported groups from groups-empty-username.csv into runtime prod-eu of default: 2 groups, "
                       "2 memberships (replacing 4).\n"
                       "  2 bad rows skipped\n"));
    QCOMPARE(usernames(db, { QStringLiteral("--group"), QStringLiteral("Support") }),
        QStringList { QStringLiteral("prod-eu/aguerin143") });
}

void TestCliGroups::jsonReplacesTheSnapshot()
{
    const QString db = workspace();
    const CliResult r = run(db,
        { QStringLiteral("groups"), QStringLiteral("import"), QStringLiteral("--runtime"), QStringLiteral("prod-eu"),
            QStringLiteral("--format"), QStringLiteral("json"), data(QStringLiteral("groups.json")) });
    QVERIFY2(r.exitCode == 0, qPrintable(r.describe()));
    QStringList names;
    for (const QJsonValue &g :
        json(db, { QStringLiteral("groups"), QStringLiteral("list"), QStringLiteral("--json") }).toArray())
        names << g.toObject().value(QStringLiteral("name")).toString();
    QCOMPARE(names, (QStringList { QStringLiteral("2026"), QStringLiteral("Finance") }));
    QCOMPARE(usernames(db, { QStringLiteral("--group"), QStringLiteral("Finance") }),
        (QStringList { QStringLiteral("prod-eu/aschmeler149"), QStringLiteral("prod-eu/tbanse159") }));
}

void TestCliGroups::deactivateGroup()
{
    const QString db = workspace();
    const auto excluded = [&](const char *reason) {
        return json(db, { QStringLiteral("counts"), QStringLiteral("--json") })
            .toObject()
            .value(QStringLiteral("excluded"))
            .toObject()
            .value(QString::fromLatin1(reason))
            .toInt();
    };
    const int inactiveBefore = excluded("inactive");
    const QJsonValue countsBefore = json(db, { QStringLiteral("counts"), QStringLiteral("--json") });

    const CliResult dry = run(db,
        { QStringLiteral("deactivate"), QStringLiteral("--group"), QStringLiteral("Contractors"),
            QStringLiteral("--dry-run") });
    QCOMPARE(dry.exitCode, 0);
    QVERIFY2(dry.out.startsWith(QStringLiteral("Dry run: 2 records would be deactivated; nothing was changed.\n")),
        qPrintable(dry.out));
    QVERIFY(dry.out.contains(QStringLiteral("aguerin143")));
    QVERIFY(dry.out.contains(QStringLiteral("btowne32")));
    QCOMPARE(json(db, { QStringLiteral("counts"), QStringLiteral("--json") }), countsBefore);

    // Narrowed by a date: only members not logged in since then (btowne32 last logged in 2025-10-11, aguerin143
    // on 2026-05-22).
    const CliResult narrowed = run(db,
        { QStringLiteral("deactivate"), QStringLiteral("--group"), QStringLiteral("Contractors"),
            QStringLiteral("--not-logged-in-since"), QStringLiteral("2026-01-01"), QStringLiteral("--runtime"),
            QStringLiteral("prod-eu") });
    QCOMPARE(narrowed.exitCode, 0);
    QVERIFY2(narrowed.out.startsWith(QStringLiteral("Deactivated 1 record:\n")), qPrintable(narrowed.out));
    QVERIFY(narrowed.out.contains(QStringLiteral("btowne32")));
    QVERIFY(!narrowed.out.contains(QStringLiteral("aguerin143")));
    QCOMPARE(excluded("inactive"), inactiveBefore + 1);

    const CliResult all
        = run(db, { QStringLiteral("deactivate"), QStringLiteral("--group"), QStringLiteral("Contractors") });
    QCOMPARE(all.exitCode, 0);
    QVERIFY2(all.out.startsWith(QStringLiteral("Deactivated 1 record:\n")), qPrintable(all.out));
    QCOMPARE(excluded("inactive"), inactiveBefore + 2);
    QCOMPARE(usernames(db,
                 { QStringLiteral("--group"), QStringLiteral("Contractors"), QStringLiteral("--status"),
                     QStringLiteral("inactive") }),
        (QStringList { QStringLiteral("prod-eu/aguerin143"), QStringLiteral("prod-eu/btowne32") }));
    // Nothing left to do.
    const CliResult again
        = run(db, { QStringLiteral("deactivate"), QStringLiteral("--group"), QStringLiteral("Contractors") });
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.out, QStringLiteral("No records to deactivate.\n"));
}

void TestCliGroups::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");

    QTest::newRow("group with user names") << QStringList { QStringLiteral("deactivate"), QStringLiteral("--group"),
        QStringLiteral("Contractors"), QStringLiteral("bob") }
                                           << QStringLiteral("error: --group takes no user names (unexpected 'bob')");
    QTest::newRow("no target") << QStringList { QStringLiteral("deactivate") }
                               << QStringLiteral("error: give either --runtime NAME USERNAME..., "
                                                 "--not-logged-in-since DATE or --group NAME");
    QTest::newRow("groups import without runtime") << QStringList { QStringLiteral("groups"), QStringLiteral("import"),
        QStringLiteral("g.csv") } << QStringLiteral("error: groups import needs --runtime NAME");
    QTest::newRow("groups import without file") << QStringList { QStringLiteral("groups"), QStringLiteral("import"),
        QStringLiteral("--runtime"), QStringLiteral("prod-eu") }
                                                << QStringLiteral("error: 'groups import' is missing an argument");
    QTest::newRow("groups import bad format") << QStringList { QStringLiteral("groups"), QStringLiteral("import"),
        QStringLiteral("--runtime"), QStringLiteral("prod-eu"), QStringLiteral("--format"), QStringLiteral("xml"),
        QStringLiteral("g.csv") } << QStringLiteral("error: unknown format 'xml' (use csv or json)");
    QTest::newRow("groups without a sub-command") << QStringList { QStringLiteral("groups") }
                                                  << QStringLiteral("error: 'groups' needs a sub-command: import|list");
    QTest::newRow("users --group without a name") << QStringList { QStringLiteral("users"), QStringLiteral("--group") }
                                                  << QStringLiteral("error: option '--group' needs a value");
}

void TestCliGroups::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const QString db = m_workspaces.fresh(QStringLiteral("never-created"));
    const CliResult r = run(db, args);
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err.split(u'\n').first(), error);
    QVERIFY(m_workspaces.untouched(db));
}

QTEST_GUILESS_MAIN(TestCliGroups)
#include "tst_cligroups.moc"
