#include "GuiTestSupport.h"

#include "MainWindow.h"
#include "Settings.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStandardPaths>
#include <QTest>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QElapsedTimer>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QWidgetAction>

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

namespace {

QString stripMnemonic(QString text)
{
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    return text.trimmed();
}

// The mnemonic letter of `text` ("&Open" → 'O'), or a null character.
QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toUpper();
    }
    return {};
}

// True for the internals of a composite widget, which the composite names for assistive technology.
bool isInternalPart(QWidget *widget)
{
    if (widget->objectName().startsWith(QLatin1String("qt_")))
        return true; // Qt's own helpers: the tool bar extension button, scroll area viewports, spin box line edits
    if (qobject_cast<QScrollBar *>(widget))
        return true; // reached by the keyboard through their scroll area
    for (QWidget *p = widget->parentWidget(); p; p = p->parentWidget()) {
        if (qobject_cast<QComboBox *>(p) || qobject_cast<QAbstractSpinBox *>(p) || qobject_cast<QTabBar *>(p)
            || qobject_cast<QAbstractItemView *>(p) || qobject_cast<QLineEdit *>(p))
            return true;
        if (p->isWindow())
            break;
    }
    return false;
}

QString describe(QWidget *widget)
{
    QStringList chain;
    for (QWidget *w = widget; w; w = w->parentWidget()) {
        const QString name = w->objectName().isEmpty() ? QStringLiteral("<unnamed>") : w->objectName();
        chain << QStringLiteral("%1 (%2)").arg(name, QLatin1String(w->metaObject()->className()));
        if (w->isWindow())
            break;
    }
    return chain.join(QStringLiteral(" in "));
}

} // namespace

QString accessibleNameOf(QWidget *widget)
{
    if (!widget->accessibleName().trimmed().isEmpty())
        return widget->accessibleName().trimmed();
    if (auto *button = qobject_cast<QAbstractButton *>(widget)) {
        if (!stripMnemonic(button->text()).isEmpty())
            return stripMnemonic(button->text());
        if (auto *tool = qobject_cast<QToolButton *>(widget); tool && tool->defaultAction())
            return stripMnemonic(tool->defaultAction()->text());
    }
    if (auto *label = qobject_cast<QLabel *>(widget))
        return stripMnemonic(label->text());
    // The explicit buddy rule: a label "&Name:" with setBuddy(edit) names the edit.
    const QList<QLabel *> labels = widget->window()->findChildren<QLabel *>();
    for (QLabel *label : labels) {
        if (label->buddy() == widget && !stripMnemonic(label->text()).isEmpty())
            return stripMnemonic(label->text());
    }
    return {};
}

bool isInteractive(QWidget *widget)
{
    if (isInternalPart(widget))
        return false;
    return widget->focusPolicy() != Qt::NoFocus || qobject_cast<QAbstractButton *>(widget);
}

QStringList unnamedInteractiveWidgets(QWidget *root)
{
    QStringList unnamed;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        // A menu's items are actions, checked below; a menu itself is named by its title.
        // Another window's widgets (a combo box's popup, a child dialog) are walked when that window is.
        if (qobject_cast<QMenu *>(widget) || widget->window() != root->window())
            continue;
        // An empty label out of sight (a message banner with no message yet) has nothing to announce; shown, its
        // text is its name.
        if (auto *label = qobject_cast<QLabel *>(widget); label && label->text().isEmpty() && !label->isVisibleTo(root))
            continue;
        if (isInteractive(widget) && accessibleNameOf(widget).isEmpty())
            unnamed << describe(widget);
    }
    QList<QAction *> actions;
    for (QToolBar *bar : root->findChildren<QToolBar *>())
        actions += bar->actions();
    for (QMenu *menu : root->findChildren<QMenu *>())
        actions += menu->actions();
    for (QAction *action : std::as_const(actions)) {
        if (action->isSeparator() || action->menu() || qobject_cast<QWidgetAction *>(action))
            continue;
        if (stripMnemonic(action->text()).isEmpty())
            unnamed << QStringLiteral("action %1 (no text)").arg(action->objectName());
    }
    unnamed.removeDuplicates();
    return unnamed;
}

QStringList mnemonicClashes(QWidget *root)
{
    QStringList clashes;
    auto report = [&clashes](const QString &where, const QHash<QChar, QStringList> &byKey) {
        for (auto it = byKey.cbegin(); it != byKey.cend(); ++it) {
            if (it.value().size() > 1)
                clashes << QStringLiteral("%1 Alt+%2: %3").arg(where, it.key(), it.value().join(QStringLiteral(", ")));
        }
    };
    QHash<QChar, QStringList> window;
    auto add = [](QHash<QChar, QStringList> &byKey, const QString &text) {
        const QChar key = mnemonicOf(text);
        if (!key.isNull())
            byKey[key] << stripMnemonic(text);
    };
    // What is on screen together: visible buttons, buddied labels and tab titles (the menu bar's titles too).
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisible() || widget->window() != root->window() || qobject_cast<QMenu *>(widget))
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget); button && !qobject_cast<QToolButton *>(widget))
            add(window, button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy())
            add(window, label->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                add(window, tabs->tabText(i));
        } else if (auto *bar = qobject_cast<QMenuBar *>(widget)) {
            for (QAction *action : bar->actions())
                add(window, action->text());
        }
    }
    report(QStringLiteral("window"), window);
    for (QMenu *menu : root->findChildren<QMenu *>()) {
        QHash<QChar, QStringList> items;
        for (QAction *action : menu->actions()) {
            if (!action->isSeparator() && action->isVisible())
                add(items, action->text());
        }
        report(QStringLiteral("menu %1").arg(stripMnemonic(menu->title())), items);
    }
    return clashes;
}

QStringList unreachableByTab(QWidget *window)
{
    QList<QWidget *> expected;
    for (QWidget *widget : window->findChildren<QWidget *>()) {
        if (widget->window() == window && widget->isVisible() && widget->isEnabled()
            && (widget->focusPolicy() & Qt::TabFocus) && isInteractive(widget))
            expected << widget;
    }
    QSet<QWidget *> reached;
    if ((!QApplication::focusWidget() || QApplication::focusWidget()->window() != window) && !expected.isEmpty())
        expected.constFirst()->setFocus(Qt::TabFocusReason);
    // Twice round at most; a trap shows as the same few widgets over and over.
    const int presses = int(expected.size()) * 2 + 4;
    for (int i = 0; i < presses; ++i) {
        QWidget *focused = QApplication::focusWidget();
        if (!focused)
            break;
        // A combo box's line edit or a spin box's editor has the focus on behalf of its composite.
        for (QWidget *w = focused; w && w != window; w = w->parentWidget())
            reached.insert(w);
        QTest::keyClick(focused, Qt::Key_Tab);
    }
    QStringList missing;
    for (QWidget *widget : std::as_const(expected)) {
        if (!reached.contains(widget))
            missing << describe(widget);
    }
    return missing;
}

bool withModalDialog(
    const std::function<void()> &trigger, const std::function<void(QWidget *)> &inspect, int timeoutMs)
{
    bool seen = false;
    QElapsedTimer clock;
    clock.start();
    // Polls from inside the dialog's own event loop (exec() blocks trigger()).
    auto *poll = new QTimer;
    poll->setInterval(20);
    QObject::connect(poll, &QTimer::timeout, poll, [&] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && modal->isVisible()) {
            poll->stop();
            seen = true;
            inspect(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
        } else if (clock.elapsed() > timeoutMs) {
            poll->stop();
        }
    });
    poll->start();
    trigger();
    // A dialog that is not application modal (open()) does not block: wait for the poll either way.
    QTest::qWaitFor([&] { return seen || !poll->isActive(); }, timeoutMs + 500);
    delete poll;
    return seen;
}

void initGuiTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setApplicationName(QStringLiteral("Headcount"));
    QCoreApplication::setOrganizationName(QStringLiteral("Headcount"));
    QLocale::setDefault(QLocale::c());
}

WindowFixture::WindowFixture(const QString &workspaceName)
    : m_settings(std::make_unique<Settings>(m_dir.filePath(QStringLiteral("settings.ini"))))
    , m_db(m_dir.filePath(workspaceName))
{
}

WindowFixture::~WindowFixture()
{
    m_window.reset(); // before its settings
}

Status WindowFixture::check() const
{
    if (!m_dir.isValid())
        return Status::failure(QStringLiteral("cannot create a temporary folder: ") + m_dir.errorString());
    return {};
}

Status WindowFixture::openWindow(QSize size)
{
    m_window.reset();
    m_window = std::make_unique<MainWindow>(*m_settings);
    if (!m_window->openWorkspace(m_db))
        return Status::failure(QStringLiteral("the main window did not open ") + m_db);
    if (size.isValid())
        m_window->resize(size);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()))
        return Status::failure(QStringLiteral("the main window was never exposed"));
    return {};
}

SampleWindow::SampleWindow() : m_fixture(QStringLiteral("sample.headcount")) {}

Status SampleWindow::open()
{
    if (Status s = m_fixture.check(); !s)
        return s;
    if (Status s = buildSampleWorkspace(m_fixture.workspacePath()); !s)
        return s;
    return m_fixture.openWindow();
}

Heartbeat::Heartbeat()
{
    m_timer.setInterval(10);
    QObject::connect(&m_timer, &QTimer::timeout, &m_timer, [this] { m_longest = std::max(m_longest, m_clock.restart()); });
    m_clock.start();
    m_timer.start();
}

} // namespace hc::test
