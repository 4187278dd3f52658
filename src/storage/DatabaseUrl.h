#pragma once

#include "Result.h"

#include <QString>

namespace hc {

// What a --db value names (SPEC §7): a workspace file, or a shared PostgreSQL workspace
// postgresql://USER@HOST[:PORT]/DBNAME[?sslmode=…&sslrootcert=…]. Anything else is refused with a message naming what
// is wrong. A password is never part of it: libpq reads .pgpass / PGPASSFILE itself when none is given, so nothing
// secret ever reaches the command line, the settings or a window title.
class DatabaseUrl {
public:
    enum class Kind { File, Postgres };
    // Error codes of parse(), for callers and tests (the messages are translated).
    enum ErrorCode { NoValue = 1, UnsupportedScheme, Malformed, PasswordGiven, UnknownOption };

    // Parses a --db value: a plain path is a file; "scheme://…" must be a valid PostgreSQL URL.
    [[nodiscard]] static Result<DatabaseUrl> parse(const QString &text);

    Kind kind() const { return m_kind; }
    bool isPostgres() const { return m_kind == Kind::Postgres; }
    // Kind::File: the path as given.
    QString path() const { return m_path; }
    // Kind::Postgres.
    QString user() const { return m_user; }
    QString host() const { return m_host; }
    int port() const { return m_port; }
    QString databaseName() const { return m_database; }
    QString sslMode() const { return m_sslMode; }
    QString sslRootCert() const { return m_sslRootCert; }
    QString sslCert() const { return m_sslCert; }
    QString sslKey() const { return m_sslKey; }
    int connectTimeout() const { return m_connectTimeout; }

    // The TLS and timeout options for QSqlDatabase::setConnectOptions ("sslmode=verify-full;sslrootcert='…'").
    QString connectOptions() const;
    // How the workspace is shown to a person: the path, or the URL in its canonical form (never a password).
    QString toDisplayString() const;

    static constexpr int DefaultPort = 5432;

private:
    Kind m_kind = Kind::File;
    QString m_path;
    QString m_user;
    QString m_host;
    int m_port = DefaultPort;
    QString m_database;
    QString m_sslMode;
    QString m_sslRootCert;
    QString m_sslCert;
    QString m_sslKey;
    int m_connectTimeout = 0;

    static Result<DatabaseUrl> parsePostgres(const QString &text, const QString &rest);
    static Status parseQuery(DatabaseUrl &url, const QString &text, const QString &query);
};

} // namespace hc
