#include "PgTestSupport.h"

#include "DatabaseUrl.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QVariant>

namespace hc::test {

QString PgTestDatabase::serverUrl()
{
    return qEnvironmentVariable("HEADCOUNT_TEST_PG_URL");
}

QSqlDatabase PgTestDatabase::admin() const
{
    const QString connection = QStringLiteral("hc_test_admin");
    QSqlDatabase db = QSqlDatabase::database(connection, false);
    if (!db.isValid()) {
        const auto url = DatabaseUrl::parse(serverUrl());
        db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        if (url) {
            db.setHostName(url->host());
            db.setPort(url->port());
            db.setUserName(url->user());
            db.setDatabaseName(url->databaseName());
        }
    }
    if (!db.isOpen() && !db.open())
        qWarning("cannot connect to %s: %s", qPrintable(serverUrl()), qPrintable(db.lastError().text()));
    return db;
}

Status PgTestDatabase::create()
{
    const QString server = serverUrl();
    if (server.isEmpty())
        return Status::failure(QStringLiteral("HEADCOUNT_TEST_PG_URL is not set"));
    m_name = QStringLiteral("hc_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
    QSqlQuery q(admin());
    if (!q.exec(QStringLiteral("CREATE DATABASE %1").arg(m_name)))
        return Status::failure(q.lastError().text());
    m_url = server.left(server.lastIndexOf(QLatin1Char('/')) + 1) + m_name;
    return {};
}

void PgTestDatabase::drop()
{
    if (m_name.isEmpty())
        return;
    QSqlQuery q(admin());
    if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name)))
        qWarning("cannot drop %s: %s", qPrintable(m_name), qPrintable(q.lastError().text()));
    m_name.clear();
    m_url.clear();
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
