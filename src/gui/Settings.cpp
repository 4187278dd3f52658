#include "Settings.h"

#include "DatabaseUrl.h"

#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace hc {

namespace {

struct KeyInfo {
    QString name;
    QVariant defaultValue;
};

KeyInfo keyInfo(Settings::Key key)
{
    switch (key) {
    case Settings::Key::MainWindowGeometry:
        return { QStringLiteral("MainWindow/Geometry"), QByteArray() };
    case Settings::Key::MainWindowState:
        return { QStringLiteral("MainWindow/State"), QByteArray() };
    case Settings::Key::RuntimeTableHeader:
        return { QStringLiteral("Dashboard/RuntimeTableHeader"), QByteArray() };
    case Settings::Key::LastWorkspace:
        return { QStringLiteral("Workspace/Last"), QString() };
    case Settings::Key::RecentWorkspaces:
        return { QStringLiteral("Workspace/Recent"), QStringList() };
    case Settings::Key::LastInfrastructure:
        return { QStringLiteral("Workspace/LastInfrastructure"), QString() };
    case Settings::Key::RecentImportFiles:
        return { QStringLiteral("Import/RecentFiles"), QStringList() };
    case Settings::Key::Language:
        return { QStringLiteral("Interface/Language"), QString() };
    case Settings::Key::Theme:
        return { QStringLiteral("Interface/Theme"), QStringLiteral("system") };
    case Settings::Key::DefaultInactiveDays:
        return { QStringLiteral("Candidates/DefaultInactiveDays"), 90 };
    case Settings::Key::DefaultWorkspaceFolder:
        return { QStringLiteral("Workspace/DefaultFolder"), QString() };
    case Settings::Key::UsersTableHeader:
        return { QStringLiteral("Users/TableHeader"), QByteArray() };
    case Settings::Key::ActiveView:
        return { QStringLiteral("MainWindow/ActiveView"), QString() };
    }
    Q_UNREACHABLE();
}

// Recent entries are compared as absolute, clean paths so "./a.db" and "a.db" are one entry; a shared workspace's
// URL (never with a password, DatabaseUrl refuses one) in its canonical form.
QString canonicalEntry(const QString &path)
{
    if (path.isEmpty())
        return path;
    const auto url = DatabaseUrl::parse(path);
    if (url && url->isPostgres())
        return url->toDisplayString();
    return QFileInfo(path).absoluteFilePath();
}

} // namespace

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    return keyInfo(key).name;
}

QVariant Settings::defaultValue(Key key)
{
    return keyInfo(key).defaultValue;
}

QVariant Settings::value(Key key) const
{
    const KeyInfo info = keyInfo(key);
    return m_settings->value(info.name, info.defaultValue);
}

void Settings::setValue(Key key, const QVariant &value)
{
    m_settings->setValue(keyName(key), value);
}

void Settings::reset(Key key)
{
    m_settings->remove(keyName(key));
}

QByteArray Settings::mainWindowGeometry() const
{
    return value(Key::MainWindowGeometry).toByteArray();
}

void Settings::setMainWindowGeometry(const QByteArray &geometry)
{
    setValue(Key::MainWindowGeometry, geometry);
}

QByteArray Settings::mainWindowState() const
{
    return value(Key::MainWindowState).toByteArray();
}

void Settings::setMainWindowState(const QByteArray &state)
{
    setValue(Key::MainWindowState, state);
}

QByteArray Settings::usersTableHeader() const
{
    return value(Key::UsersTableHeader).toByteArray();
}

void Settings::setUsersTableHeader(const QByteArray &state)
{
    setValue(Key::UsersTableHeader, state);
}

QString Settings::activeView() const
{
    return value(Key::ActiveView).toString();
}

void Settings::setActiveView(const QString &objectName)
{
    setValue(Key::ActiveView, objectName);
}

QByteArray Settings::runtimeTableHeader() const
{
    return value(Key::RuntimeTableHeader).toByteArray();
}

void Settings::setRuntimeTableHeader(const QByteArray &state)
{
    setValue(Key::RuntimeTableHeader, state);
}

QString Settings::lastWorkspace() const
{
    return value(Key::LastWorkspace).toString();
}

void Settings::setLastWorkspace(const QString &path)
{
    setValue(Key::LastWorkspace, canonicalEntry(path));
}

QString Settings::lastInfrastructure() const
{
    return value(Key::LastInfrastructure).toString();
}

void Settings::setLastInfrastructure(const QString &name)
{
    setValue(Key::LastInfrastructure, name);
}

QStringList Settings::recentWorkspaces() const
{
    QStringList list = value(Key::RecentWorkspaces).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > MaxRecentWorkspaces)
        list.removeLast();
    return list;
}

void Settings::addRecentWorkspace(const QString &path)
{
    const QString entry = canonicalEntry(path);
    if (entry.isEmpty())
        return;
    QStringList list = recentWorkspaces();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaxRecentWorkspaces)
        list.removeLast();
    setValue(Key::RecentWorkspaces, list);
}

void Settings::removeRecentWorkspace(const QString &path)
{
    QStringList list = recentWorkspaces();
    list.removeAll(canonicalEntry(path));
    setValue(Key::RecentWorkspaces, list);
}

void Settings::clearRecentWorkspaces()
{
    reset(Key::RecentWorkspaces);
}

QStringList Settings::recentImportFiles() const
{
    QStringList list = value(Key::RecentImportFiles).toStringList();
    list.removeAll(QString());
    list.removeDuplicates();
    while (list.size() > MaxRecentImportFiles)
        list.removeLast();
    return list;
}

void Settings::addRecentImportFile(const QString &path)
{
    const QString entry = canonicalEntry(path);
    if (entry.isEmpty())
        return;
    QStringList list = recentImportFiles();
    list.removeAll(entry);
    list.prepend(entry);
    while (list.size() > MaxRecentImportFiles)
        list.removeLast();
    setValue(Key::RecentImportFiles, list);
}

QString Settings::language() const
{
    return value(Key::Language).toString();
}

void Settings::setLanguage(const QString &language)
{
    setValue(Key::Language, language);
}

Settings::Theme Settings::theme() const
{
    return themeFromName(value(Key::Theme).toString()).value_or(Theme::System);
}

void Settings::setTheme(Theme theme)
{
    setValue(Key::Theme, themeName(theme));
}

QString Settings::themeName(Theme theme)
{
    switch (theme) {
    case Theme::System:
        return QStringLiteral("system");
    case Theme::Light:
        return QStringLiteral("light");
    case Theme::Dark:
        return QStringLiteral("dark");
    }
    Q_UNREACHABLE();
}

std::optional<Settings::Theme> Settings::themeFromName(const QString &name)
{
    for (Theme theme : { Theme::System, Theme::Light, Theme::Dark }) {
        if (name.compare(themeName(theme), Qt::CaseInsensitive) == 0)
            return theme;
    }
    return std::nullopt;
}

int Settings::defaultInactiveDays() const
{
    bool ok = false;
    const int days = value(Key::DefaultInactiveDays).toInt(&ok);
    if (!ok)
        return defaultValue(Key::DefaultInactiveDays).toInt();
    return std::clamp(days, MinInactiveDays, MaxInactiveDays);
}

void Settings::setDefaultInactiveDays(int days)
{
    setValue(Key::DefaultInactiveDays, std::clamp(days, MinInactiveDays, MaxInactiveDays));
}

QString Settings::defaultWorkspaceFolder() const
{
    const QString folder = value(Key::DefaultWorkspaceFolder).toString();
    // A folder that was removed or unmounted since falls back to home rather than an empty dialog.
    if (!folder.isEmpty() && QFileInfo(folder).isDir())
        return folder;
    return QDir::homePath();
}

void Settings::setDefaultWorkspaceFolder(const QString &folder)
{
    setValue(Key::DefaultWorkspaceFolder, canonicalEntry(folder));
}

void Settings::sync()
{
    m_settings->sync();
}

QString Settings::fileName() const
{
    return m_settings->fileName();
}

} // namespace hc
