// The row mapper of user_record (issue 12: columns read by name, never by position): it reads each column by its
// name whatever the order of the SELECT, and a query that lacks a column makes it invalid, naming that column,
// instead of reading empty values.
#include "RecordMapper.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace hc;

class TestRecordMapper : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void readsByName();
    void missingColumnIsNamed_data();
    void missingColumnIsNamed();

private:
    QStringList columnNames() const;
    QSqlDatabase m_db;
};

void TestRecordMapper::initTestCase()
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mapper"));
    m_db.setDatabaseName(QStringLiteral(":memory:"));
    QVERIFY(m_db.open());
    QSqlQuery q(m_db);
    // The columns of user_record that the mapper reads, with one value each (a runtime's record 3).
    QVERIFY2(q.exec(QStringLiteral(
                 "CREATE TABLE user_record (id, runtime_id, source_id, name, username, email, phone, external_id, tenant,"
                 " creation_date, last_login, active, it_user, email_key, domain, email_source, username_key,"
                 " it_override, deactivated_here, split, status, individual)")),
             qPrintable(q.lastError().text()));
    QVERIFY2(q.exec(QStringLiteral(
                 "INSERT INTO user_record VALUES (4294967299, 1, 'S7', 'Ana Lima', 'ana', 'Ana@Acme.com', '+351', 'X1',"
                 " 't2', '2025-01-01', '2026-11-30', 1, 0, 'ana@acme.com', 'acme.com', 1, 'ana', 1, 1, 1, 2, 4294967297)")),
             qPrintable(q.lastError().text()));
}

void TestRecordMapper::cleanupTestCase()
{
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("mapper"));
}

QStringList TestRecordMapper::columnNames() const
{
    QStringList names = RecordMapper::columns().split(QStringLiteral(", "));
    for (QString &n : names)
        n.remove(QStringLiteral("u."));
    return names;
}

void TestRecordMapper::readsByName()
{
    // The columns in reverse order: a positional reader would mix them up.
    QStringList names = columnNames();
    std::reverse(names.begin(), names.end());
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(QStringLiteral("SELECT %1, 'prod-eu' AS runtime_name FROM user_record").arg(names.join(u','))),
             qPrintable(q.lastError().text()));
    const RecordMapper mapper(q.record());
    QVERIFY(mapper.valid());
    QVERIFY(q.next());
    const StoredRecord s = mapper.read(q);
    QCOMPARE(s.id, 4294967299LL);
    QCOMPARE(s.runtimeId, 1LL);
    QCOMPARE(s.record.sourceId, QStringLiteral("S7"));
    QCOMPARE(s.record.name, QStringLiteral("Ana Lima"));
    QCOMPARE(s.record.username, QStringLiteral("ana"));
    QCOMPARE(s.record.email, QStringLiteral("Ana@Acme.com"));
    QCOMPARE(s.record.tenant, QStringLiteral("t2"));
    QCOMPARE(s.record.lastLogin, QStringLiteral("2026-11-30"));
    QVERIFY(s.record.active);
    QVERIFY(!s.record.itUser);
    QCOMPARE(s.facts.domain, QStringLiteral("acme.com"));
    QCOMPARE(s.facts.usernameKey, QStringLiteral("ana"));
    QCOMPARE(int(s.facts.status), int(RecordStatus::Inactive));
    QCOMPARE(s.decisions.overrides.itUser, std::optional<bool>(true));
    QCOMPARE(s.decisions.overrides.deactivated, std::optional<bool>(true));
    QVERIFY(s.decisions.split);
    QCOMPARE(s.individual, 4294967297LL);
    const UserRow row = mapper.userRow(q, LicenceModel::InternalExternal, {QStringLiteral("acme.com")});
    QCOMPARE(row.runtime, QStringLiteral("prod-eu"));
    QVERIFY(!row.userClass); // not counted: no class, no individual
    QVERIFY(!row.individual);
    QVERIFY(row.deactivatedHere);
}

void TestRecordMapper::missingColumnIsNamed_data()
{
    QTest::addColumn<QString>("column");
    for (const QString &name : columnNames())
        QTest::newRow(qPrintable(name)) << name;
}

void TestRecordMapper::missingColumnIsNamed()
{
    QFETCH(QString, column);
    QStringList names = columnNames();
    names.removeAll(column);
    QSqlQuery q(m_db);
    QVERIFY2(q.exec(QStringLiteral("SELECT %1 FROM user_record").arg(names.join(u','))), qPrintable(q.lastError().text()));
    const RecordMapper mapper(q.record());
    QVERIFY(!mapper.valid());
    QCOMPARE(mapper.missingColumn(), column);
}

QTEST_GUILESS_MAIN(TestRecordMapper)
#include "tst_recordmapper.moc"
