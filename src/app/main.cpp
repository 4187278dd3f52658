// Starts the console. Everything else lives in the headcount_gui library, where the tests can reach it.
#include "GuiResources.h"
#include "MainWindow.h"
#include "ProcessMemory.h"
#include "Screenshot.h"
#include "Settings.h"
#include "StartupOptions.h"
#include "Translations.h"
#include "Theme.h"

#include <QApplication>
#include <QDir>
#include <QIcon>
#include <QTemporaryDir>
#include <QTabWidget>
#include <QTimer>

#include <cstdio>
#include <memory>

namespace {

// Screenshots (README, smoke test) must not depend on a language someone chose in their settings: they follow the
// environment. Looked at before the options are parsed, because parsing already needs the translations (--help).
bool isScreenshotRun(const QStringList &arguments)
{
    for (const QString &arg : arguments) {
        if (arg.startsWith(QLatin1String("--screenshot")) || arg.startsWith(QLatin1String("-screenshot")))
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    hc::useOneHeapArena();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Headcount"));
    QApplication::setOrganizationName(QStringLiteral("Headcount"));
    QApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));
    // The installed desktop file's name (packaging/), so Wayland compositors match the window to its icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.headcount.Headcount"));
    hc::initGuiResources();
    hc::installTranslations(isScreenshotRun(QApplication::arguments()) ? QString() : hc::Settings().language());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/headcount.svg")));

    const hc::StartupOptions options = hc::StartupOptions::parse(QApplication::arguments());
    switch (options.action) {
    case hc::StartupOptions::Action::ShowHelp:
    case hc::StartupOptions::Action::ShowVersion:
        std::fputs(qPrintable(options.text), stdout);
        return 0;
    case hc::StartupOptions::Action::UsageError:
        std::fprintf(stderr, "error: %s\n%s\n", qPrintable(options.text),
            qPrintable(QCoreApplication::translate("StartupOptions", "Try 'headcount --help'.")));
        return 2;
    case hc::StartupOptions::Action::Run:
        break;
    }

    // A screenshot run leaves the user's settings alone: a throw-away ini, so also the default window size.
    QTemporaryDir scratch;
    const bool screenshot = !options.screenshot.isEmpty();
    auto settings = screenshot ? std::make_unique<hc::Settings>(scratch.filePath(QStringLiteral("settings.ini")))
                               : std::make_unique<hc::Settings>();

    // --theme wins for this run; the setting is what the Settings dialog chose.
    const auto theme = hc::Settings::themeFromName(options.theme);
    hc::Theme::apply(theme ? *theme : settings->theme());

    hc::MainWindow window(*settings);
    const QString path = hc::StartupOptions::workspacePath(
        options.db, qEnvironmentVariable("HEADCOUNT_DB"), settings->lastWorkspace());
    window.openWorkspace(path);
    if (!options.view.isEmpty()) {
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
        auto *page = window.findChild<QWidget *>(hc::StartupOptions::viewObjectName(options.view));
        if (tabs && page && tabs->indexOf(page) >= 0)
            tabs->setCurrentWidget(page);
    }
    window.show();

    if (screenshot) {
        // Give layouts and the first paint time to settle, then capture and quit.
        QTimer::singleShot(500, &window, [&window, &options] {
            const hc::Status saved = hc::saveScreenshot(&window, options.screenshot);
            if (!saved) {
                std::fprintf(stderr, "error: %s\n", qPrintable(saved.error()));
                QCoreApplication::exit(1);
                return;
            }
            QCoreApplication::exit(0);
        });
    }
    return app.exec();
}
