#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>

namespace hc {

// The one typed facade over QSettings: every key and its default live here (KeePassXC's Config). Tests construct it
// on a temporary ini file so they never touch the user's settings.
class Settings {
public:
    enum class Key {
        MainWindowGeometry,
        MainWindowState,
        RuntimeTableHeader,
        LastWorkspace,
        RecentWorkspaces,
        LastInfrastructure,
        RecentImportFiles,
        UsersTableHeader,
        ActiveView,
    };

    static constexpr int MaxRecentWorkspaces = 8;
    static constexpr int MaxRecentImportFiles = 8;

    // The user's settings (organisation and application name of the running application).
    Settings();
    // An ini file at `iniPath`, for tests and for runs that must leave the user's settings alone.
    explicit Settings(const QString &iniPath);
    ~Settings();
    Settings(const Settings &) = delete;
    Settings &operator=(const Settings &) = delete;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    void reset(Key key);
    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QByteArray mainWindowGeometry() const;
    void setMainWindowGeometry(const QByteArray &geometry);
    QByteArray mainWindowState() const;
    void setMainWindowState(const QByteArray &state);
    QByteArray runtimeTableHeader() const;
    void setRuntimeTableHeader(const QByteArray &state);
    // The Users table's header: column sizes, order and sort.
    QByteArray usersTableHeader() const;
    void setUsersTableHeader(const QByteArray &state);
    // The objectName of the view (tab) shown last.
    QString activeView() const;
    void setActiveView(const QString &objectName);

    QString lastWorkspace() const;
    void setLastWorkspace(const QString &path);
    QString lastInfrastructure() const;
    void setLastInfrastructure(const QString &name);

    // Most recent first, without duplicates, at most MaxRecentWorkspaces.
    QStringList recentWorkspaces() const;
    void addRecentWorkspace(const QString &path);
    void removeRecentWorkspace(const QString &path);
    void clearRecentWorkspaces();

    // Exports imported lately (the import wizard's list): most recent first, without duplicates, at most
    // MaxRecentImportFiles.
    QStringList recentImportFiles() const;
    void addRecentImportFile(const QString &path);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hc
