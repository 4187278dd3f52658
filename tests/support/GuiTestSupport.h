#pragma once

// Helpers for the GUI tests that drive the real main window (KeePassXC's tests/gui/TestGui.cpp: triggerAction,
// a view by objectName, QTRY_* on what a user sees). Link headcount_guitestsupport.
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QSize>
#include <QTimer>

#include <memory>

#include <functional>

class QAction;
class QWidget;

namespace hc {
class MainWindow;
class Settings;
}

namespace hc::test {

// The action named `objectName` under `root`, triggered; false when there is none or it is disabled.
[[nodiscard]] bool triggerAction(QWidget *root, const QString &objectName);

// Makes the view (a page of the main window's tabs, by objectName) current and returns it; nullptr when missing.
QWidget *showView(MainWindow &window, const QString &objectName);

// Accessibility audit (issue 13). The name a screen reader announces for `widget`, by these rules, in order: its
// accessible name; a button's text (mnemonic '&' removed) or its default action's text; a label's own text; the
// text of a QLabel whose buddy it is (the form-layout convention). Empty when none applies.
QString accessibleNameOf(QWidget *widget);
// Whether `widget` is one a user operates: it takes keyboard focus, or it is a button. Internal parts of composite
// widgets (a combo box's popup, a spin box's line edit, an item view's editors, a tab bar's scroll buttons) are the
// composite's business and are not walked.
bool isInteractive(QWidget *widget);
// Every interactive widget under `root` (root included) without an accessible name, described as
// "objectName (Class) in parent chain"; and every action of root's tool bars and menus without text. Generic on
// purpose: a view added later is covered without touching the test.
QStringList unnamedInteractiveWidgets(QWidget *root);
// Mnemonics used twice among the visible buttons, buddied labels and tabs of `root`'s window, and among the items
// of each of its menus: "Alt+X: First, Second".
QStringList mnemonicClashes(QWidget *root);
// Keyboard operation: presses Tab from the window's first control until focus comes back round, and returns the
// visible, enabled controls that take Tab focus but were never reached (a table trapping Tab, a widget outside the
// chain), described like unnamedInteractiveWidgets(). The window must be active.
QStringList unreachableByTab(QWidget *window);
// Runs `trigger`, which opens a modal dialog (exec()); `inspect` receives the dialog once it shows, then the dialog
// is rejected. Returns false when no modal dialog appeared within `timeoutMs`.
[[nodiscard]] bool withModalDialog(const std::function<void()> &trigger, const std::function<void(QWidget *)> &inspect,
    int timeoutMs = 5000);

// initTestCase() of a GUI test: test-mode standard paths (the user's folders are never touched), the application's
// names, the C locale (so figures compare as written).
void initGuiTestCase();

// The real main window on a fresh sample workspace (buildSampleWorkspace) in a temporary folder, with a settings file
// of its own there (KeePassXC's TestGui::init): make one in init(), destroy it in cleanup().
// A main window of its own for one test function (KeePassXC's TestGui fixture): a temporary folder holding its
// settings file and its workspace path; the window is opened on the workspace when the test asks. Create it in
// init(), reset it in cleanup(): every test starts from nothing the previous one left.
class WindowFixture {
public:
    explicit WindowFixture(const QString &workspaceName);
    ~WindowFixture();
    // The temporary folder could be created.
    [[nodiscard]] Status check() const;
    QTemporaryDir &dir() { return m_dir; }
    Settings &settings() { return *m_settings; }
    // Where the workspace is; a test may point it at another file before opening the window.
    QString &workspacePath() { return m_db; }
    // A new main window on workspacePath(), shown (at `size` when given) and exposed; a previous one is closed.
    [[nodiscard]] Status openWindow(QSize size = {});
    MainWindow *window() const { return m_window.get(); }
    void closeWindow() { m_window.reset(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    QString m_db;
};

class SampleWindow {
public:
    SampleWindow();
    // Builds the workspace, opens it in a new main window and shows it.
    [[nodiscard]] Status open();
    QTemporaryDir &dir() { return m_fixture.dir(); }
    Settings &settings() { return m_fixture.settings(); }
    MainWindow *window() const { return m_fixture.window(); }
    const QString &workspacePath() { return m_fixture.workspacePath(); }

private:
    WindowFixture m_fixture;
};

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
