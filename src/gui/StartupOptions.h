#pragma once

#include <QString>
#include <QStringList>

namespace hc {

// The console's command line (`headcount [--db FILE] [--theme THEME] [--screenshot FILE] [WORKSPACE]`), parsed apart from main() so it can be
// tested.
struct StartupOptions {
    enum class Action { Run, ShowHelp, ShowVersion, UsageError };

    Action action = Action::Run;
    QString db; // --db, or the one positional argument (a workspace file double-clicked in a file manager)
    QString theme; // --theme system|light|dark: overrides the Settings key for this run (empty: the setting)
    QString screenshot; // --screenshot: save an image of the main window there and quit
    QString view; // --view dashboard|users: the tab shown first (for screenshots and scripted demos)
    QString text; // help or version text to print, or the usage error

    static StartupOptions parse(const QStringList &arguments);

    // Which workspace to open: --db, else $HEADCOUNT_DB, else the last one used, else the default location.
    static QString workspacePath(const QString &db, const QString &environment, const QString &lastWorkspace);
};

} // namespace hc
