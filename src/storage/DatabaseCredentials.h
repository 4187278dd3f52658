#pragma once

#include <QString>

#include <memory>

namespace hc {

// A password a person typed for a shared workspace (the console's prompt, SPEC §7): never part of the URL, the
// settings, a log or a command line. libpq's .pgpass / PGPASSFILE is the usual way; this is for when they give none.
//
// Workspace::open(url, credentials) keeps it in this process's memory for as long as a Workspace opened with it is
// open, so that the other connections the console opens on the same URL (imports, reports, background changes on
// worker threads, which open by URL alone) connect too; the last one closed forgets it.
class DatabaseCredentials {
public:
    DatabaseCredentials() = default;
    explicit DatabaseCredentials(QString password)
        : m_password(std::move(password))
    {
    }

    bool hasPassword() const { return !m_password.isEmpty(); }
    const QString &password() const { return m_password; }

    // For Workspace: holds `password` for `url` while the returned handle (or a copy) lives.
    static std::shared_ptr<const QString> keep(const QString &url, const QString &password);
    // The password an open Workspace on `url` was given, null when none is open with one.
    static std::shared_ptr<const QString> kept(const QString &url);

private:
    QString m_password;
};

} // namespace hc
