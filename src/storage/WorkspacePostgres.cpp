// Workspace::open for a shared workspace on a PostgreSQL server (issue 12), beside the file case of Workspace.cpp.
#include "Workspace.h"

#include "DatabaseUrl.h"
#include "Schema.h"
#include "SqlDialect.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// libpq's "no password supplied" means neither the URL (never) nor .pgpass / PGPASSFILE gave one.
QString connectError(const QString &where, const QSqlError &e)
{
    QString message = Tr::tr("%1: cannot connect: %2").arg(where, e.text().trimmed());
    if (e.text().contains(QLatin1String("no password supplied"))
        || e.text().contains(QLatin1String("password authentication failed")))
        message += QLatin1Char(' ')
            + Tr::tr("Give the password in ~/.pgpass or in the file PGPASSFILE names (one line "
                     "HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).");
    return message;
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::openPostgres(const DatabaseUrl &url)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QString where = url.toDisplayString();
    const SqlDialect &dialect = SqlDialect::postgres();
    if (!QSqlDatabase::isDriverAvailable(dialect.driverName()))
        return R::failure(Tr::tr("%1: this installation has no PostgreSQL driver for Qt (QPSQL; Debian's "
                                 "libqt6sql6-psql package).")
                              .arg(where));
    const QString connection = QStringLiteral("headcount-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    std::unique_ptr<Workspace> ws(new Workspace(where, connection));
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connection);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.user());
    db.setDatabaseName(url.databaseName());
    // No password: libpq reads .pgpass / PGPASSFILE itself. TLS and the timeout go to libpq as they are.
    db.setConnectOptions(url.connectOptions());
    if (!db.open())
        return R::failure(connectError(where, db.lastError()));
    QSqlQuery session(db);
    // Notices ("relation … already exists, skipping") are not for the user; dates compare as text, as on SQLite.
    for (const char *sql : { "SET client_min_messages = warning", "SET client_encoding = 'UTF8'" }) {
        if (!session.exec(QString::fromLatin1(sql)))
            return R::failure(Tr::tr("%1: cannot set up the connection: %2").arg(where, session.lastError().text()));
    }
    if (Status s = Schema::migrate(db); !s)
        return R::failure(QStringLiteral("%1: %2").arg(where, s.error()));
    ws->createStores(db);
    return R(std::move(ws));
}

} // namespace hc
