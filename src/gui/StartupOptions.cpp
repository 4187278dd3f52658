#include "StartupOptions.h"

#include "Settings.h"
#include "Workspace.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>

namespace hc {

StartupOptions StartupOptions::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("StartupOptions", "Headcount: end-user licence compliance console."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    const QCommandLineOption db(QStringLiteral("db"),
        QCoreApplication::translate(
            "StartupOptions", "Open the workspace FILE (default: $HEADCOUNT_DB, else the last one used)."),
        QStringLiteral("FILE"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QCoreApplication::translate("StartupOptions", "Save an image of the main window to FILE (PNG) and quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption view(QStringLiteral("view"),
        QCoreApplication::translate(
            "StartupOptions", "Show the VIEW tab first: dashboard, users, domains, runtimes or reclaim."),
        QStringLiteral("VIEW"));
    const QCommandLineOption theme(QStringLiteral("theme"),
        QCoreApplication::translate(
            "StartupOptions", "Colours: system, light or dark (default: as chosen in Settings)."),
        QStringLiteral("THEME"));
    parser.addPositionalArgument(QStringLiteral("workspace"),
        QCoreApplication::translate("StartupOptions", "The workspace file to open (same as --db)."),
        QStringLiteral("[WORKSPACE]"));
    parser.addOption(db);
    parser.addOption(theme);
    parser.addOption(screenshot);
    parser.addOption(view);

    StartupOptions options;
    if (!parser.parse(arguments)) {
        options.action = Action::UsageError;
        options.text = parser.errorText();
        return options;
    }
    if (parser.isSet(help)) {
        options.action = Action::ShowHelp;
        options.text = parser.helpText();
        return options;
    }
    if (parser.isSet(version)) {
        options.action = Action::ShowVersion;
        options.text = QStringLiteral("headcount %1\n").arg(QCoreApplication::applicationVersion());
        return options;
    }
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && parser.isSet(db))) {
        options.action = Action::UsageError;
        options.text = QCoreApplication::translate("StartupOptions", "unexpected argument: %1")
                           .arg(positional.constLast());
        return options;
    }
    options.db = positional.isEmpty() ? parser.value(db) : positional.constFirst();
    options.theme = parser.value(theme);
    if (parser.isSet(theme) && !Settings::themeFromName(options.theme)) {
        options.action = Action::UsageError;
        options.text = QCoreApplication::translate("StartupOptions", "--theme takes system, light or dark, not '%1'")
                           .arg(options.theme);
        return options;
    }
    options.screenshot = parser.value(screenshot);
    options.view = parser.value(view);
    if (parser.isSet(view) && viewObjectName(options.view).isEmpty()) {
        options.action = Action::UsageError;
        options.text = QCoreApplication::translate("StartupOptions",
            "--view takes dashboard, users, domains, runtimes or reclaim, not '%1'")
                           .arg(options.view);
        return options;
    }
    if (parser.isSet(screenshot) && options.screenshot.isEmpty()) {
        options.action = Action::UsageError;
        options.text = QCoreApplication::translate("StartupOptions", "--screenshot needs a file name");
    }
    return options;
}

QString StartupOptions::viewObjectName(const QString &view)
{
    // The objectName of each view's page in the main window's tabs.
    static const QHash<QString, QString> pages {
        { QStringLiteral("dashboard"), QStringLiteral("dashboard") },
        { QStringLiteral("users"), QStringLiteral("usersView") },
        { QStringLiteral("domains"), QStringLiteral("domainsView") },
        { QStringLiteral("runtimes"), QStringLiteral("runtimesView") },
        { QStringLiteral("reclaim"), QStringLiteral("reclaimView") },
    };
    return pages.value(view);
}

QString StartupOptions::workspacePath(const QString &db, const QString &environment, const QString &lastWorkspace)
{
    for (const QString &candidate : { db, environment, lastWorkspace }) {
        if (!candidate.isEmpty())
            return candidate;
    }
    return Workspace::defaultPath();
}

} // namespace hc
