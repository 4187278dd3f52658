#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QUrl>

namespace hc {

namespace {

struct Tr {
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

QString form()
{
    return QStringLiteral("postgresql://USER@HOST[:PORT]/DBNAME");
}

Result<DatabaseUrl> malformed(const QString &text, const QString &what)
{
    return Result<DatabaseUrl>::failure(
        Tr::tr("%1: not a valid PostgreSQL URL: %2 (expected %3).").arg(text, what, form()), DatabaseUrl::Malformed);
}

// A conninfo value for QPSQL's connect options: QPSQL turns ';' into the separator, libpq unquotes '…' with \ escapes.
QString connValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('\''), QLatin1String("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

} // namespace

Result<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    using R = Result<DatabaseUrl>;
    if (text.trimmed().isEmpty())
        return R::failure(Tr::tr("No workspace given."), NoValue);
    static const QRegularExpression scheme(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*)://"));
    const QRegularExpressionMatch m = scheme.match(text);
    if (!m.hasMatch()) {
        // "postgresql:…" without "//" is a mistyped URL, not a file to create in the current folder.
        static const QRegularExpression almost(
            QStringLiteral("^postgres(ql)?:"), QRegularExpression::CaseInsensitiveOption);
        if (almost.match(text).hasMatch())
            return malformed(text, Tr::tr("\"//\" is missing after the scheme"));
        DatabaseUrl url;
        url.m_path = text;
        return url;
    }
    const QString name = m.captured(1).toLower();
    if (name != u"postgresql" && name != u"postgres")
        return R::failure(Tr::tr("%1: \"%2\" databases are not supported; give the path of a workspace file or a "
                                 "shared workspace as %3.")
                              .arg(text, m.captured(1), form()),
            UnsupportedScheme);
    return parsePostgres(text, text.mid(m.capturedLength()));
}

Result<DatabaseUrl> DatabaseUrl::parsePostgres(const QString &text, const QString &rest)
{
    using R = Result<DatabaseUrl>;
    DatabaseUrl url;
    url.m_kind = Kind::Postgres;
    if (rest.contains(QLatin1Char('#')))
        return malformed(text, Tr::tr("a URL fragment (\"#…\") is not allowed"));
    const int slash = rest.indexOf(QLatin1Char('/'));
    if (slash < 0)
        return malformed(text, Tr::tr("no database name"));
    const QString authority = rest.left(slash);
    QString path = rest.mid(slash + 1);
    QString query;
    if (const int q = path.indexOf(QLatin1Char('?')); q >= 0) {
        query = path.mid(q + 1);
        path.truncate(q);
    }

    const int at = authority.lastIndexOf(QLatin1Char('@'));
    if (at < 0)
        return malformed(text, Tr::tr("no user name"));
    const QString userInfo = authority.left(at);
    if (userInfo.contains(QLatin1Char(':')))
        return R::failure(Tr::tr("%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, never on the "
                                 "command line.")
                              .arg(text),
            PasswordGiven);
    url.m_user = QUrl::fromPercentEncoding(userInfo.toUtf8());
    if (url.m_user.isEmpty())
        return malformed(text, Tr::tr("no user name"));

    QString hostPort = authority.mid(at + 1);
    static const QRegularExpression hostRe(
        QStringLiteral("^(\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(?::([0-9]*))?$"));
    const QRegularExpressionMatch h = hostRe.match(hostPort);
    if (hostPort.isEmpty() || hostPort.startsWith(QLatin1Char(':')))
        return malformed(text, Tr::tr("no host name"));
    if (!h.hasMatch())
        return malformed(text, Tr::tr("\"%1\" is not a host name or a host name and port").arg(hostPort));
    url.m_host = h.captured(1);
    if (url.m_host.startsWith(QLatin1Char('[')))
        url.m_host = url.m_host.mid(1, url.m_host.size() - 2);
    if (h.capturedLength(2) > 0 || hostPort.endsWith(QLatin1Char(':'))) {
        bool ok = false;
        const int port = h.captured(2).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return malformed(text, Tr::tr("the port must be a number from 1 to 65535"));
        url.m_port = port;
    }

    url.m_database = QUrl::fromPercentEncoding(path.toUtf8());
    if (url.m_database.isEmpty())
        return malformed(text, Tr::tr("no database name"));
    if (url.m_database.contains(QLatin1Char('/')))
        return malformed(text, Tr::tr("the database name \"%1\" holds a \"/\"").arg(url.m_database));
    if (Status s = parseQuery(url, text, query); !s)
        return R::failure(s.error(), s.code());
    return url;
}

Status DatabaseUrl::parseQuery(DatabaseUrl &url, const QString &text, const QString &query)
{
    if (query.isEmpty())
        return {};
    static const QStringList sslModes = { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"),
        QStringLiteral("require"), QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
    QSet<QString> seen;
    for (const QString &pair : query.split(QLatin1Char('&'))) {
        const int eq = pair.indexOf(QLatin1Char('='));
        const QString key = QUrl::fromPercentEncoding(pair.left(eq).toUtf8());
        const QString value = eq < 0 ? QString() : QUrl::fromPercentEncoding(pair.mid(eq + 1).toUtf8());
        if (key == u"password")
            return Status::failure(Tr::tr("%1: the URL holds a password; passwords go in .pgpass or PGPASSFILE, "
                                          "never on the command line.")
                                       .arg(text),
                PasswordGiven);
        if (eq < 0 || value.isEmpty())
            return Status::failure(
                malformed(text, Tr::tr("the option \"%1\" has no value").arg(key)).error(), Malformed);
        if (seen.contains(key))
            return Status::failure(
                malformed(text, Tr::tr("the option \"%1\" is given twice").arg(key)).error(), Malformed);
        seen.insert(key);
        // QPSQL separates its connect options with ';': a value cannot hold one.
        if (value.contains(QLatin1Char(';')))
            return Status::failure(
                malformed(text, Tr::tr("the value of \"%1\" holds a \";\"").arg(key)).error(), Malformed);
        if (key == u"sslmode") {
            if (!sslModes.contains(value))
                return Status::failure(
                    malformed(text, Tr::tr("sslmode must be one of %1").arg(sslModes.join(QLatin1String(", "))))
                        .error(),
                    Malformed);
            url.m_sslMode = value;
        } else if (key == u"sslrootcert") {
            url.m_sslRootCert = value;
        } else if (key == u"sslcert") {
            url.m_sslCert = value;
        } else if (key == u"sslkey") {
            url.m_sslKey = value;
        } else if (key == u"connect_timeout") {
            bool ok = false;
            url.m_connectTimeout = value.toInt(&ok);
            if (!ok || url.m_connectTimeout < 1)
                return Status::failure(
                    malformed(text, Tr::tr("connect_timeout must be a number of seconds")).error(), Malformed);
        } else {
            return Status::failure(Tr::tr("%1: the option \"%2\" is not supported (supported: sslmode, sslrootcert, "
                                          "sslcert, sslkey, connect_timeout).")
                                       .arg(text, key),
                UnknownOption);
        }
    }
    return {};
}

QString DatabaseUrl::connectOptions() const
{
    QStringList options;
    if (!m_sslMode.isEmpty())
        options << QStringLiteral("sslmode=") + m_sslMode;
    if (!m_sslRootCert.isEmpty())
        options << QStringLiteral("sslrootcert=") + connValue(m_sslRootCert);
    if (!m_sslCert.isEmpty())
        options << QStringLiteral("sslcert=") + connValue(m_sslCert);
    if (!m_sslKey.isEmpty())
        options << QStringLiteral("sslkey=") + connValue(m_sslKey);
    if (m_connectTimeout > 0)
        options << QStringLiteral("connect_timeout=%1").arg(m_connectTimeout);
    return options.join(QLatin1Char(';'));
}

QString DatabaseUrl::toDisplayString() const
{
    if (m_kind == Kind::File)
        return m_path;
    const QString host = m_host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_host + QLatin1Char(']') : m_host;
    QString s = QStringLiteral("postgresql://%1@%2").arg(QString::fromUtf8(QUrl::toPercentEncoding(m_user)), host);
    if (m_port != DefaultPort)
        s += QLatin1Char(':') + QString::number(m_port);
    s += QLatin1Char('/') + QString::fromUtf8(QUrl::toPercentEncoding(m_database));
    QStringList query;
    const auto add = [&query](const char *key, const QString &value) {
        if (!value.isEmpty())
            query << QLatin1String(key) + QLatin1Char('=') + QString::fromUtf8(QUrl::toPercentEncoding(value, "/"));
    };
    add("sslmode", m_sslMode);
    add("sslrootcert", m_sslRootCert);
    add("sslcert", m_sslCert);
    add("sslkey", m_sslKey);
    if (m_connectTimeout > 0)
        add("connect_timeout", QString::number(m_connectTimeout));
    if (!query.isEmpty())
        s += QLatin1Char('?') + query.join(QLatin1Char('&'));
    return s;
}

} // namespace hc
