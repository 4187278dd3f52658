// Workspace::open for a shared workspace on a PostgreSQL server (issue 12), beside the file case of Workspace.cpp.
#include "Workspace.h"

#include "DatabaseUrl.h"
#include "Schema.h"
#include "SqlDialect.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace hc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

// libpq's "no password supplied" means neither .pgpass / PGPASSFILE nor a typed password gave one; "password
// authentication failed", that the one given was refused. Either way a front end may ask and try again.
Result<std::unique_ptr<Workspace>> connectError(const QString &where, const QSqlError &e, bool passwordGiven)
{
    using R = Result<std::unique_ptr<Workspace>>;
    const QString text = e.text().trimmed();
    QString message = Tr::tr("%1: cannot connect: %2").arg(where, text);
    const bool refused = text.contains(QLatin1String("password authentication failed"));
    if (!text.contains(QLatin1String("no password supplied")) && !refused)
        return R::failure(message);
    if (passwordGiven && refused)
        message = Tr::tr("%1: the server did not accept the password.").arg(where);
    else
        message += QLatin1Char(' ')
            + Tr::tr("Give the password in ~/.pgpass or in the file PGPASSFILE names (one line "
                     "HOST:PORT:DBNAME:USER:PASSWORD, readable by you only).");
    return R::failure(message, PasswordNeededCode);
}

} // namespace

Result<std::unique_ptr<Workspace>> Workspace::openPostgres(const DatabaseUrl &url,
                                                           const DatabaseCredentials &credentials)
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
    // Without a typed password (or one an open Workspace on this URL was given) libpq reads .pgpass / PGPASSFILE
    // itself. TLS and the timeout go to libpq as they are.
    db.setConnectOptions(url.connectOptions());
    std::shared_ptr<const QString> kept = credentials.hasPassword() ? nullptr : DatabaseCredentials::kept(where);
    const bool passwordGiven = credentials.hasPassword() || kept;
    if (passwordGiven)
        db.setPassword(kept ? *kept : credentials.password());
    if (!db.open())
        return connectError(where, db.lastError(), passwordGiven);
    // Kept only once the server took it, so a mistyped password never replaces the one open connections use.
    ws->m_password = credentials.hasPassword() ? DatabaseCredentials::keep(where, credentials.password()) : kept;
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
