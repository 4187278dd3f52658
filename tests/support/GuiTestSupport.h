#pragma once

// Helpers for the GUI tests that drive the real main window (KeePassXC's tests/gui/TestGui.cpp: triggerAction,
// a view by objectName, QTRY_* on what a user sees). Link headcount_guitestsupport.
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTimer>

class QAction;
class QWidget;

namespace hc {
class MainWindow;
}

namespace hc::test {

// The action named `objectName` under `root`, triggered; false when there is none or it is disabled.
[[nodiscard]] bool triggerAction(QWidget *root, const QString &objectName);

// Makes the view (a page of the main window's tabs, by objectName) current and returns it; nullptr when missing.
QWidget *showView(MainWindow &window, const QString &objectName);

// The GUI thread's longest pause while something runs: a 10 ms heartbeat that notes the largest gap.
class Heartbeat {
public:
    Heartbeat();
    qint64 longestGapMs() const { return m_longest; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_longest = 0;
};

} // namespace hc::test
