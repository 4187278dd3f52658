#include "RecentWorkspacesMenu.h"

#include "DatabaseUrl.h"
#include "Settings.h"

#include <QDir>
#include <QFileInfo>

namespace hc {

RecentWorkspacesMenu::RecentWorkspacesMenu(Settings &settings, QWidget *parent)
    : QMenu(tr("Recent &Workspaces"), parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("menuRecentWorkspaces"));
    rebuild();
}

void RecentWorkspacesMenu::rebuild()
{
    // Rebuilt from inside one of its own actions' triggered(): delete them later, not under the emitting action.
    const QList<QAction *> old = actions();
    for (QAction *action : old) {
        removeAction(action);
        action->setParent(nullptr);
        action->deleteLater();
    }
    const QStringList recent = m_settings.recentWorkspaces();
    int number = 1;
    for (const QString &path : recent) {
        // Mnemonics 1–9 make the list usable from the keyboard.
        // A shared workspace shows as its URL: its last path segment (the database name) says too little.
        const auto url = DatabaseUrl::parse(path);
        const bool shared = url && url->isPostgres();
        QString fileName = shared ? path : QFileInfo(path).fileName();
        fileName.replace(QLatin1Char('&'), QStringLiteral("&&"));
        const QString label = number <= 9 ? QStringLiteral("&%1  %2").arg(number).arg(fileName) : fileName;
        QAction *action = addAction(label);
        action->setObjectName(QStringLiteral("actionRecentWorkspace%1").arg(number));
        action->setData(path);
        action->setToolTip(shared ? path : QDir::toNativeSeparators(path));
        action->setStatusTip(shared ? path : QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] { emit workspaceChosen(path); });
        ++number;
    }
    if (!recent.isEmpty())
        addSeparator();
    QAction *clearAction = addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecentWorkspaces"));
    clearAction->setEnabled(!recent.isEmpty());
    connect(clearAction, &QAction::triggered, this, [this] {
        m_settings.clearRecentWorkspaces();
        rebuild();
    });
    setEnabled(true);
}

} // namespace hc
