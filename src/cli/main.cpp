#include "CliApplication.h"
#include "Console.h"
#include "ReportCommands.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

QtMessageHandler defaultHandler = nullptr;

// Cron jobs and CI have no XDG_RUNTIME_DIR; the offscreen platform looks it up and Qt warns, but the CLI never uses
// it, and a line on stderr would read as a failure to a script (SPEC §4: errors are one "error:" line).
void quietRuntimeDirWarning(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    defaultHandler(type, context, message);
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 1; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    // The PDF report lays text out, which needs fonts and so a QGuiApplication; the CLI never shows a window, so
    // it uses the offscreen platform unless told otherwise. Every other command stays a QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
    if (hc::ReportCommands::needsGui(arguments)) {
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        defaultHandler = qInstallMessageHandler(quietRuntimeDirWarning);
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));
    // Messages follow LANGUAGE / LC_ALL / LC_MESSAGES / LANG; --json output and the "error:" prefix stay as they are.
    hc::installTranslations();

    int status = 0;
    {
        hc::Console console;
        hc::CliApplication cli(console);
        status = cli.run(QCoreApplication::arguments().mid(1));
    }
    return status;
}
