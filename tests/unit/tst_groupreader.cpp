// GroupReader: group membership exports in CSV and JSON, their columns, quirks and errors (issue 4).
#include "GroupReader.h"
#include "TestConfig.h"

#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(hc::GroupReader::Column)

namespace {

QString fixture(const QString &name)
{
    return QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/import/") + name;
}

// "line|group|username|tenant" per membership.
QStringList describe(const GroupData &data)
{
    QStringList rows;
    for (qsizetype i = 0; i < data.memberships.size(); ++i) {
        const GroupMembership &m = data.memberships.at(i);
        rows << QStringLiteral("%1|%2|%3|%4").arg(data.lines.value(i)).arg(m.group, m.username, m.tenant);
    }
    return rows;
}

} // namespace

class TestGroupReader : public QObject {
    Q_OBJECT

private slots:
    void columnFor_data();
    void columnFor();
    void fixtures_data();
    void fixtures();
    void errors_data();
    void errors();
    void skipBadRows();
    void utf16AndWindows1252();
};

void TestGroupReader::columnFor_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<GroupReader::Column>("column");

    using C = GroupReader::Column;
    const struct {
        const char *name;
        C column;
    } table[] = {
        { "Group", C::Group },
        { "GroupName", C::Group },
        { "Group_Name", C::Group },
        { "group name", C::Group },
        { "Role", C::Group },
        { "ROLE_NAME", C::Group },
        { "Username", C::Username },
        { "UserName", C::Username },
        { "User_Name", C::Username },
        { "Login", C::Username },
        { "User", C::Username },
        { "Tenant", C::Tenant },
        { "Tenant_Id", C::Tenant },
        { "TenantId", C::Tenant },
        { "Groups", C::Ignored },
        { "Email", C::Ignored },
        { "UserId", C::Ignored },
        { "", C::Ignored },
    };
    for (const auto &row : table)
        QTest::newRow(row.name[0] ? row.name : "(empty)") << QString::fromLatin1(row.name) << row.column;
}

void TestGroupReader::columnFor()
{
    QFETCH(QString, name);
    QFETCH(GroupReader::Column, column);
    QCOMPARE(GroupReader::columnFor(name), column);
}

void TestGroupReader::fixtures_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QStringList>("memberships");
    QTest::addColumn<QStringList>("unknownColumns");
    QTest::addColumn<bool>("hasTenant");

    // Repeated lines are kept here: the workspace counts them once (GroupImportSummary::duplicates).
    QTest::newRow("CSV, Excel style") << QStringLiteral("groups.csv")
                                      << QStringList { QStringLiteral("3|Contractors|btowne32|"),
                                             QStringLiteral("4|Contractors|aguerin143|"),
                                             QStringLiteral("5|Contractors|AGUERIN143 |"),
                                             QStringLiteral("7|Sales; EMEA|mmoraes53|"),
                                             QStringLiteral("8|Sales; EMEA|nobody42|") }
                                      << QStringList { QStringLiteral("Granted By") } << false;
    QTest::newRow("JSON object holding an array")
        << QStringLiteral("groups.json")
        << QStringList { QStringLiteral("4|Finance|tbanse159|"), QStringLiteral("5|2026|kritz218|"),
               QStringLiteral("6|Finance|aschmeler149|") }
        << QStringList() << true;
}

void TestGroupReader::fixtures()
{
    QFETCH(QString, file);
    QFETCH(QStringList, memberships);
    QFETCH(QStringList, unknownColumns);
    QFETCH(bool, hasTenant);
    const Result<GroupData> result = GroupReader::readFile(fixture(file));
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(*result), memberships);
    QCOMPARE(result->unknownColumns, unknownColumns);
    QCOMPARE(result->hasTenant, hasTenant);
    QVERIFY(result->skipped.isEmpty());
}

void TestGroupReader::errors_data()
{
    QTest::addColumn<QByteArray>("bytes"); // empty: read the fixture named by `file`
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("error");

    const QString notGroups = QStringLiteral(
        "not a group membership export: it needs a group column (Group, GroupName or Role) and a username column "
        "(Username, UserName or Login); its columns: ");
    QTest::newRow("empty username") << QByteArray() << QStringLiteral("groups-empty-username.csv")
                                    << QStringLiteral("groups-empty-username.csv:3:7: the username is empty");
    QTest::newRow("a user export") << QByteArray() << QStringLiteral("groups-not-groups.csv")
                                   << QStringLiteral("groups-not-groups.csv: ") + notGroups
            + QStringLiteral("'Id', 'Username', 'Email'");
    QTest::newRow("missing field") << QByteArray("Group,Username\nSales\n") << QStringLiteral("g.csv")
                                   << QStringLiteral("g.csv:2: the username is empty");
    QTest::newRow("too many fields") << QByteArray("Group,Username\nSales,a,b\n") << QStringLiteral("g.csv")
                                     << QStringLiteral("g.csv:2:9: this row has 3 fields but the header has 2");
    QTest::newRow("two group columns") << QByteArray("Group,Role,Username\n") << QStringLiteral("g.csv")
                                       << QStringLiteral(
                                              "g.csv:1:7: the columns 'Group' and 'Role' both give the group");
    QTest::newRow("NUL") << QByteArray("Group,Username\nSales,a\0b\n", 24) << QStringLiteral("g.csv")
                         << QStringLiteral("g.csv:2:7: Username: the value holds a NUL byte: the file may be damaged");
    QTest::newRow("unterminated quote") << QByteArray("Group,Username\n\"Sales,a\n") << QStringLiteral("g.csv")
                                        << QStringLiteral("g.csv:2:1: unterminated quoted field: the quote opened "
                                                          "here is never closed");
    QTest::newRow("empty file") << QByteArray("\n") << QStringLiteral("g.csv")
                                << QStringLiteral("g.csv: the file is empty");
    QTest::newRow("JSON without a group key")
        << QByteArray(R"([{"Username": "a", "Team": "x"}])") << QStringLiteral("g.json")
        << QStringLiteral("g.json: ") + notGroups + QStringLiteral("'Username', 'Team'");
    QTest::newRow("JSON object value") << QByteArray("[{\"Group\": \"a\",\n  \"Username\": {\"x\": 1}}]")
                                       << QStringLiteral("g.json")
                                       << QStringLiteral("g.json:2:15: Username: expected a string or a number, not "
                                                         "an object");
    QTest::newRow("JSON empty group") << QByteArray("[{\"Group\": \"a\", \"Username\": \"b\"},\n {\"Group\": \" \", "
                                                    "\"Username\": \"c\"}]")
                                      << QStringLiteral("g.json")
                                      << QStringLiteral("g.json:2:2: the group name is empty");
    QTest::newRow("JSON syntax") << QByteArray("[{\"Group\": \"a\" \"Username\": \"b\"}]") << QStringLiteral("g.json")
                                 << QStringLiteral("g.json:1:17: not valid JSON: unterminated object");
}

void TestGroupReader::errors()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, file);
    QFETCH(QString, error);
    const Result<GroupData> result
        = bytes.isEmpty() ? GroupReader::readFile(fixture(file)) : GroupReader::readBytes(bytes, file);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), error);
}

void TestGroupReader::skipBadRows()
{
    ReadOptions options;
    options.skipBadRows = true;
    const Result<GroupData> result
        = GroupReader::readFile(fixture(QStringLiteral("groups-empty-username.csv")), options);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(describe(*result),
        (QStringList { QStringLiteral("2|Sales|btowne32|"), QStringLiteral("4|Support|aguerin143|") }));
    QStringList skipped;
    for (const ImportProblem &p : result->skipped)
        skipped << p.toString();
    QCOMPARE(skipped,
        (QStringList { QStringLiteral("groups-empty-username.csv:3:7: the username is empty"),
            QStringLiteral("groups-empty-username.csv:5:1: the group name is empty") }));
}

void TestGroupReader::utf16AndWindows1252()
{
    const QString text = QStringLiteral("Group\tUsername\r\nVentes Île-de-France\tjürgen\r\n");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : text) {
        utf16 += char(c.unicode() & 0xFF);
        utf16 += char(c.unicode() >> 8);
    }
    const Result<GroupData> fromUtf16 = GroupReader::readBytes(utf16, QStringLiteral("g.tsv"));
    QVERIFY2(fromUtf16.ok(), qPrintable(fromUtf16.error()));
    QCOMPARE(fromUtf16->encoding, QStringLiteral("UTF-16LE"));
    QCOMPARE(describe(*fromUtf16), QStringList { QStringLiteral("2|Ventes Île-de-France|jürgen|") });

    const Result<GroupData> from1252
        = GroupReader::readBytes(QByteArray("Group;Username\r\nVentes \xCEle;j\xFCrgen\r\n"), QStringLiteral("g.csv"));
    QVERIFY2(from1252.ok(), qPrintable(from1252.error()));
    QCOMPARE(from1252->encoding, QStringLiteral("Windows-1252"));
    QCOMPARE(describe(*from1252), QStringList { QStringLiteral("2|Ventes Île|jürgen|") });
}

QTEST_APPLESS_MAIN(TestGroupReader)
#include "tst_groupreader.moc"
