#include "PgTestSupport.h"

#include "DatabaseUrl.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QVariant>
#include <QUuid>

namespace hc::test {

namespace {

const QString AdminConnection = QStringLiteral("pg-test-admin");

// The server's own test database, from which each test's database is created and dropped.
QSqlDatabase admin(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(AdminConnection, false);
    if (!db.isValid()) {
        db = addPgConnection(qEnvironmentVariable("HEADCOUNT_TEST_PG_URL"), AdminConnection);
        if (!db.isValid()) {
            *error = QStringLiteral("HEADCOUNT_TEST_PG_URL is not a PostgreSQL URL");
            return db;
        }
    }
    if (!db.isOpen() && !db.open())
        *error = db.lastError().text();
    return db;
}

} // namespace

bool PgTestDatabase::serverAvailable()
{
    return !qEnvironmentVariable("HEADCOUNT_TEST_PG_URL").isEmpty();
}

PgTestDatabase::PgTestDatabase()
{
    if (!serverAvailable())
        return;
    QSqlDatabase db = admin(&m_error);
    if (!m_error.isEmpty())
        return;
    m_name = QStringLiteral("hc_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name))) {
        m_error = q.lastError().text();
        return;
    }
    const QString server = qEnvironmentVariable("HEADCOUNT_TEST_PG_URL");
    m_url = server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + m_name;
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_name.isEmpty())
        return;
    QString error;
    QSqlQuery q(admin(&error));
    // FORCE cannot end an autovacuum worker (a superuser's process) that happens to be in the database: it is gone
    // a moment later.
    for (int attempt = 0; attempt < 20; ++attempt) {
        if (q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
            return;
        QThread::msleep(100);
    }
    qWarning("cannot drop %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
}

QString PgTestDatabase::rolePassword()
{
    // pg-server writes one line HOST:PORT:*:ROLE:PASSWORD.
    QFile file(qEnvironmentVariable("PGPASSFILE"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed().section(QLatin1Char(':'), 4);
}

QSqlDatabase addPgConnection(const QString &url, const QString &connectionName)
{
    const auto parsed = DatabaseUrl::parse(url);
    if (!parsed || !parsed->isPostgres())
        return {};
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(parsed->host());
    db.setPort(parsed->port());
    db.setUserName(parsed->user());
    db.setDatabaseName(parsed->databaseName());
    return db;
}

QStringList rowsOf(const QSqlDatabase &db, const QString &sql)
{
    QStringList rows;
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {QStringLiteral("error: ") + q.lastError().text()};
    }
    while (q.next()) {
        QStringList values;
        for (int c = 0; c < q.record().count(); ++c) {
            const QVariant v = q.value(c);
            if (v.isNull())
                values << QStringLiteral("\u2205");
            else if (v.typeId() == QMetaType::QByteArray)
                values << QString::fromLatin1(v.toByteArray().toHex());
            else if (v.typeId() == QMetaType::Bool)
                values << QString::number(v.toBool() ? 1 : 0);
            else
                values << v.toString();
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

} // namespace hc::test
