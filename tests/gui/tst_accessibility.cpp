// Accessibility audit (issue 13): the real main window on the sample workspace, every tab of mainTabs and every
// dialog reachable without a file, walked widget by widget. An interactive widget (one that takes focus, or a
// button) without an accessible name fails the test, named; so do clashing mnemonics. The walk is generic
// (GuiTestSupport's unnamedInteractiveWidgets), so views added later are covered without changing this file.
#include "ConnectWorkspaceDialog.h"
#include "ExplainDialog.h"
#include "PasswordPrompt.h"
#include "GaugeWidget.h"
#include "GuiTestSupport.h"
#include "ImportWizard.h"
#include "MainWindow.h"
#include "Settings.h"

#include <QAccessible>
#include <QAccessibleValueInterface>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolBar>
#include <QAction>
#include <QIcon>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

class TestAccessibility : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void everyTabNamesItsWidgets();
    void everyDialogNamesItsWidgets_data();
    void everyDialogNamesItsWidgets();
    void auditCatchesAnUnnamedWidget();
    void gaugesReadOutTheirValues();
    void keyboardReachesEveryTab();
    void tabReachesEveryControl();
    void tabReachesEveryDialogControl_data();
    void tabReachesEveryDialogControl();

private:
    static QString failures(const QStringList &list) { return list.join(QStringLiteral("\n  ")); }

    std::unique_ptr<hc::test::SampleWindow> m_sample;
    // Views into m_sample, for brevity.
    QTemporaryDir *m_dir = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestAccessibility::initTestCase()
{
    hc::test::initGuiTestCase();
}

void TestAccessibility::init()
{
    m_sample = std::make_unique<hc::test::SampleWindow>();
    VERIFY_OK(m_sample->open());
    m_dir = &m_sample->dir();
    m_settings = &m_sample->settings();
    m_window = m_sample->window();
}

void TestAccessibility::cleanup()
{
    m_window = nullptr;
    m_settings = nullptr;
    m_dir = nullptr;
    m_sample.reset();
}

void TestAccessibility::everyTabNamesItsWidgets()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    QVERIFY(tabs->count() >= 2);
    // The walk sees the views' controls (search, filters, tables, tool bar buttons, gauges), not just the frame.
    const QList<QWidget *> all = m_window->findChildren<QWidget *>();
    const auto interactive = std::count_if(all.cbegin(), all.cend(), [](QWidget *w) { return hc::test::isInteractive(w); });
    QVERIFY2(interactive >= 15, qPrintable(QString::number(interactive)));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QStringList unnamed = hc::test::unnamedInteractiveWidgets(m_window);
        QVERIFY2(unnamed.isEmpty(),
            qPrintable(QStringLiteral("tab %1: without an accessible name:\n  %2").arg(tabs->tabText(i), failures(unnamed))));
        const QStringList clashes = hc::test::mnemonicClashes(m_window);
        QVERIFY2(clashes.isEmpty(),
            qPrintable(QStringLiteral("tab %1: mnemonics used twice:\n  %2").arg(tabs->tabText(i), failures(clashes))));
    }
}

void TestAccessibility::everyDialogNamesItsWidgets_data()
{
    QTest::addColumn<QString>("action");
    // Modal dialogs opened through the window's actions (exec()).
    QTest::newRow("settings") << QStringLiteral("actionSettings");
    QTest::newRow("about") << QStringLiteral("actionAbout");
    QTest::newRow("report options") << QStringLiteral("actionPrintPreview");
    QTest::newRow("export options") << QStringLiteral("actionExportPdf");
    QTest::newRow("import wizard") << QStringLiteral("actionImport");
    QTest::newRow("explain") << QStringLiteral("explain");
    QTest::newRow("connect to shared workspace") << QStringLiteral("actionConnectSharedWorkspace");
    QTest::newRow("password prompt") << QStringLiteral("password");
}

void TestAccessibility::everyDialogNamesItsWidgets()
{
    QFETCH(QString, action);
    // Dialogs that do not block: the import wizard (open(), window modal) and Explain (shown for a chosen user,
    // built here on a record of the sample so no selection is needed).
    if (action == u"actionImport" || action == u"explain" || action == u"actionConnectSharedWorkspace") {
        QWidget *dialog = nullptr;
        std::unique_ptr<ExplainDialog> explain;
        if (action == u"actionImport") {
            QVERIFY(hc::test::triggerAction(m_window, action));
            QTRY_VERIFY((dialog = m_window->findChild<ImportWizard *>()) && dialog->isVisible());
        } else if (action == u"actionConnectSharedWorkspace") {
            QVERIFY(hc::test::triggerAction(m_window, action));
            QTRY_VERIFY((dialog = m_window->findChild<hc::ConnectWorkspaceDialog *>()) && dialog->isVisible());
        } else {
            explain = std::make_unique<ExplainDialog>(QStringLiteral("ana@acme.com"),
                QStringList { QStringLiteral("R1: counted"), QStringLiteral("R3: internal") }, m_window);
            explain->setAttribute(Qt::WA_DeleteOnClose, false);
            explain->show();
            dialog = explain.get();
        }
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        const QStringList unnamed = hc::test::unnamedInteractiveWidgets(dialog);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1: without an accessible name:\n  %2")
                                                   .arg(dialog->objectName(), failures(unnamed))));
        const QStringList clashes = hc::test::mnemonicClashes(dialog);
        QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("%1: mnemonics used twice:\n  %2")
                                                   .arg(dialog->objectName(), failures(clashes))));
        dialog->close();
        return;
    }
    QStringList unnamed;
    QStringList clashes;
    QString dialogName;
    const bool shown = hc::test::withModalDialog(
        [&] {
            // The password prompt is not an action: opening a shared workspace asks when the server wants one.
            if (action == u"password")
                hc::PasswordPrompt::ask(m_window, QStringLiteral("postgresql://ann@db.example.com/hc"),
                    QStringLiteral("no password supplied"));
            else
                QVERIFY(hc::test::triggerAction(m_window, action));
        },
        [&](QWidget *dialog) {
            dialogName = dialog->objectName();
            unnamed = hc::test::unnamedInteractiveWidgets(dialog);
            clashes = hc::test::mnemonicClashes(dialog);
        });
    QVERIFY2(shown, qPrintable(QStringLiteral("%1 opened no dialog").arg(action)));
    QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("%1 (%2): without an accessible name:\n  %3")
                                               .arg(action, dialogName, failures(unnamed))));
    QVERIFY2(clashes.isEmpty(),
        qPrintable(QStringLiteral("%1 (%2): mnemonics used twice:\n  %3").arg(action, dialogName, failures(clashes))));
}

void TestAccessibility::auditCatchesAnUnnamedWidget()
{
    // The audit itself must be able to fail: an unnamed line edit is found; a buddy label or a name fixes it.
    QWidget form;
    auto *edit = new QLineEdit(&form);
    edit->setObjectName(QStringLiteral("lonelyEdit"));
    QStringList unnamed = hc::test::unnamedInteractiveWidgets(&form);
    QCOMPARE(unnamed.size(), 1);
    QVERIFY2(unnamed.constFirst().startsWith(QStringLiteral("lonelyEdit (QLineEdit)")), qPrintable(unnamed.constFirst()));
    auto *label = new QLabel(QStringLiteral("&Name:"), &form);
    label->setBuddy(edit);
    QVERIFY(hc::test::unnamedInteractiveWidgets(&form).isEmpty());
    QCOMPARE(hc::test::accessibleNameOf(edit), QStringLiteral("Name:"));

    // An icon-only tool bar action without text is found too, as the action and as its button.
    auto *bar = new QToolBar(&form);
    QAction *iconOnly = bar->addAction(QIcon(QStringLiteral(":/icons/view-refresh.svg")), QString());
    iconOnly->setObjectName(QStringLiteral("iconOnlyAction"));
    unnamed = hc::test::unnamedInteractiveWidgets(&form);
    QVERIFY2(unnamed.contains(QStringLiteral("action iconOnlyAction (no text)")), qPrintable(unnamed.join(u'\n')));
    iconOnly->setText(QStringLiteral("Refresh"));
    QVERIFY2(hc::test::unnamedInteractiveWidgets(&form).isEmpty(), qPrintable(hc::test::unnamedInteractiveWidgets(&form).join(u'\n')));

    auto *clash = new QPushButton(QStringLiteral("&Nope"), &form);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    QCOMPARE(hc::test::mnemonicClashes(&form).size(), 1);
    delete clash;
    QVERIFY(hc::test::mnemonicClashes(&form).isEmpty());
}

void TestAccessibility::gaugesReadOutTheirValues()
{
    const QList<GaugeWidget *> gauges = m_window->findChildren<GaugeWidget *>();
    QVERIFY(!gauges.isEmpty());
    for (GaugeWidget *gauge : gauges) {
        const QString text = gauge->valueText();
        QVERIFY2(text.startsWith(gauge->title() + QStringLiteral(": ")), qPrintable(text));
        QVERIFY2(text.contains(QLocale().toString(gauge->used())), qPrintable(text));
        if (gauge->capacity()) {
            QVERIFY2(text.contains(QLocale().toString(*gauge->capacity())), qPrintable(text));
            if (gauge->percent())
                QVERIFY2(text.contains(QStringLiteral("(%1 %)").arg(*gauge->percent())), qPrintable(text));
        }
        QVERIFY2(gauge->accessibleDescription().contains(text), qPrintable(gauge->accessibleDescription()));

        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(gauge);
        QVERIFY(iface);
        QCOMPARE(iface->role(), QAccessible::ProgressBar);
        QCOMPARE(iface->text(QAccessible::Name), gauge->title());
        QCOMPARE(iface->text(QAccessible::Value), text);
        QAccessibleValueInterface *value = iface->valueInterface();
        QVERIFY(value);
        QCOMPARE(value->currentValue().toLongLong(), gauge->used());
        if (gauge->capacity())
            QCOMPARE(value->maximumValue().toLongLong(), *gauge->capacity());
    }
}

void TestAccessibility::keyboardReachesEveryTab()
{
    // Alt+mnemonic of each tab title switches to it: the views are operable without a mouse.
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    for (int i = tabs->count() - 1; i >= 0; --i) {
        const QString title = tabs->tabText(i);
        const qsizetype amp = title.indexOf(u'&');
        QVERIFY2(amp >= 0 && amp + 1 < title.size(), qPrintable(QStringLiteral("tab %1 has no mnemonic").arg(title)));
        const QChar key = title.at(amp + 1).toLower();
        QTest::keyClick(m_window, key.toLatin1(), Qt::AltModifier);
        QTRY_COMPARE(tabs->currentIndex(), i);
    }
}

void TestAccessibility::tabReachesEveryControl()
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("mainTabs"));
    QVERIFY(tabs);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QCoreApplication::processEvents();
        const QStringList missing = hc::test::unreachableByTab(m_window);
        QVERIFY2(missing.isEmpty(),
            qPrintable(QStringLiteral("tab %1: not reached by Tab:\n  %2").arg(tabs->tabText(i), failures(missing))));
    }
}

void TestAccessibility::tabReachesEveryDialogControl_data()
{
    QTest::addColumn<QString>("action");
    QTest::newRow("settings") << QStringLiteral("actionSettings");
    QTest::newRow("report options") << QStringLiteral("actionPrintPreview");
}

void TestAccessibility::tabReachesEveryDialogControl()
{
    QFETCH(QString, action);
    QStringList missing;
    bool active = false;
    QVERIFY(hc::test::withModalDialog([&] { QVERIFY(hc::test::triggerAction(m_window, action)); },
        [&](QWidget *dialog) {
            dialog->activateWindow();
            active = QTest::qWaitForWindowActive(dialog);
            if (active)
                missing = hc::test::unreachableByTab(dialog);
        }));
    QVERIFY(active);
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1: not reached by Tab:\n  %2").arg(action, failures(missing))));
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
