#include "GuiTestSupport.h"

#include "MainWindow.h"

#include <QAction>
#include <QTabWidget>

#include <algorithm>

namespace hc::test {

bool triggerAction(QWidget *root, const QString &objectName)
{
    auto *action = root ? root->findChild<QAction *>(objectName) : nullptr;
    if (!action || !action->isEnabled())
        return false;
    action->trigger();
    return true;
}

QWidget *showView(MainWindow &window, const QString &objectName)
{
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    auto *view = window.findChild<QWidget *>(objectName);
    if (!tabs || !view || tabs->indexOf(view) < 0)
        return nullptr;
    tabs->setCurrentWidget(view);
    return view;
}

Heartbeat::Heartbeat()
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    m_clock.start();
    m_timer.start();
}

} // namespace hc::test
