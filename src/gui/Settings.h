#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

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
        Language, // string: a locale name (de, pt_BR, …); empty = the system locale. Read at start-up.
        Theme, // string: system, light or dark
        DefaultInactiveDays, // int: the N of "not logged in for N days" offered for deactivation candidates
        DefaultWorkspaceFolder, // string: where the open / new workspace dialogs start; empty = home
        UsersTableHeader,
        ActiveView,
    };

    enum class Theme { System, Light, Dark };

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

    QString language() const;
    void setLanguage(const QString &language);
    Theme theme() const;
    void setTheme(Theme theme);
    static QString themeName(Theme theme);
    // nullopt for anything but system, light or dark.
    static std::optional<Theme> themeFromName(const QString &name);
    // Clamped to the CLI's --inactive-days range (1…36500).
    int defaultInactiveDays() const;
    void setDefaultInactiveDays(int days);
    // The folder the workspace dialogs start in: the setting when it names an existing folder, else home.
    QString defaultWorkspaceFolder() const;
    void setDefaultWorkspaceFolder(const QString &folder);

    static constexpr int MinInactiveDays = 1;
    static constexpr int MaxInactiveDays = 36500;

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace hc
