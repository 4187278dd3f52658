// Edit → Settings… (issue 13) in the real main window: each value is changed, the dialog reopened, the value is
// still there; the theme applies its palette at once; the default inactivity days reach the report options and the
// default folder reaches the Open Workspace dialog; Cancel changes nothing.
#include "FileDialog.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "SettingsDialog.h"
#include "Theme.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFileInfo>
#include <QStyle>
#include <QLineEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

class TestSettingsDialog : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void valuesPersist_data();
    void valuesPersist();
    void themeAppliesPalette();
    void cancelChangesNothing();
    void inactiveDaysReachReportOptions();
    void folderReachesOpenDialog();
    void languagesListed();
    void shortcutOpensDialog();
    void themeNames_data();
    void themeNames();
    void inactiveDaysClamped_data();
    void inactiveDaysClamped();

private:
    // Opens Edit → Settings…, lets `edit` change the dialog, then presses OK (accept) or Cancel.
    bool editSettings(const std::function<void(QWidget *)> &edit, bool accept = true);

    std::unique_ptr<hc::test::SampleWindow> m_sample;
    // Views into m_sample, for brevity.
    QTemporaryDir *m_dir = nullptr;
    Settings *m_settings = nullptr;
    MainWindow *m_window = nullptr;
};

void TestSettingsDialog::initTestCase()
{
    hc::test::initGuiTestCase();
}

void TestSettingsDialog::init()
{
    m_sample = std::make_unique<hc::test::SampleWindow>();
    VERIFY_OK(m_sample->open());
    m_dir = &m_sample->dir();
    m_settings = &m_sample->settings();
    m_window = m_sample->window();
}

void TestSettingsDialog::cleanup()
{
    m_window = nullptr;
    m_settings = nullptr;
    m_dir = nullptr;
    m_sample.reset();
    Theme::apply(Settings::Theme::System); // the theme is the application's: leave it as the next test expects
}

bool TestSettingsDialog::editSettings(const std::function<void(QWidget *)> &edit, bool accept)
{
    bool edited = false;
    const bool shown = hc::test::withModalDialog(
        [this] { QVERIFY(hc::test::triggerAction(m_window, QStringLiteral("actionSettings"))); },
        [&](QWidget *dialog) {
            if (dialog->objectName() != u"settingsDialog")
                return;
            edit(dialog);
            edited = true;
            if (accept)
                static_cast<QDialog *>(dialog)->accept();
        });
    return shown && edited;
}

void TestSettingsDialog::valuesPersist_data()
{
    QTest::addColumn<QString>("widget");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("key");
    QTest::addColumn<QVariant>("stored");

    QTest::newRow("language") << QStringLiteral("settingsLanguage") << QVariant(QStringLiteral("pt_BR"))
                              << int(Settings::Key::Language) << QVariant(QStringLiteral("pt_BR"));
    QTest::newRow("language: system") << QStringLiteral("settingsLanguage") << QVariant(QString())
                                      << int(Settings::Key::Language) << QVariant(QString());
    QTest::newRow("theme") << QStringLiteral("settingsTheme") << QVariant(int(Settings::Theme::Dark))
                           << int(Settings::Key::Theme) << QVariant(QStringLiteral("dark"));
    QTest::newRow("inactive days") << QStringLiteral("settingsInactiveDays") << QVariant(45)
                                   << int(Settings::Key::DefaultInactiveDays) << QVariant(45);
    QTest::newRow("folder") << QStringLiteral("settingsWorkspaceFolder") << QVariant(QStringLiteral("<dir>"))
                            << int(Settings::Key::DefaultWorkspaceFolder) << QVariant(QStringLiteral("<dir>"));
}

void TestSettingsDialog::valuesPersist()
{
    QFETCH(QString, widget);
    QFETCH(QVariant, value);
    QFETCH(int, key);
    QFETCH(QVariant, stored);
    if (value.toString() == u"<dir>") {
        QVERIFY(QDir(m_dir->path()).mkpath(QStringLiteral("workspaces")));
        value = stored = m_dir->filePath(QStringLiteral("workspaces"));
    }
    if (key == int(Settings::Key::Language))
        m_settings->setLanguage(QStringLiteral("fr")); // so "system" is a change too

    auto set = [&](QWidget *dialog) {
        if (auto *combo = dialog->findChild<QComboBox *>(widget)) {
            const int index = combo->findData(value);
            QVERIFY2(index >= 0, qPrintable(value.toString()));
            combo->setCurrentIndex(index);
        } else if (auto *spin = dialog->findChild<QSpinBox *>(widget)) {
            spin->setValue(value.toInt());
        } else if (auto *edit = dialog->findChild<QLineEdit *>(widget)) {
            edit->setText(value.toString());
        } else {
            QFAIL(qPrintable(QStringLiteral("no widget %1").arg(widget)));
        }
    };
    QVERIFY(editSettings(set));
    QCOMPARE(m_settings->value(Settings::Key(key)).toString(), stored.toString());
    // A fresh Settings on the same file: the value reached the disk (an ini file reads back strings).
    Settings reread(m_settings->fileName());
    QCOMPARE(reread.value(Settings::Key(key)).toString(), stored.toString());

    QVariant shown;
    QVERIFY(editSettings(
        [&](QWidget *dialog) {
            if (auto *combo = dialog->findChild<QComboBox *>(widget))
                shown = combo->currentData();
            else if (auto *spin = dialog->findChild<QSpinBox *>(widget))
                shown = spin->value();
            else if (auto *edit = dialog->findChild<QLineEdit *>(widget))
                shown = QDir::fromNativeSeparators(edit->text());
        },
        false));
    QCOMPARE(shown, value);
}

void TestSettingsDialog::themeAppliesPalette()
{
    const auto choose = [this](Settings::Theme theme) {
        return editSettings([theme](QWidget *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
            QVERIFY(combo);
            combo->setCurrentIndex(combo->findData(int(theme)));
        });
    };
    QVERIFY(choose(Settings::Theme::Dark));
    QCOMPARE(Theme::current(), Settings::Theme::Dark);
    QVERIFY(Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(Theme::isDark(m_window->palette())); // propagated to the widgets by events
    QCOMPARE(QApplication::style()->name().toLower(), QStringLiteral("fusion"));
    // The dark palette keeps text legible: light text on the dark base.
    const QPalette dark = QApplication::palette();
    QVERIFY(dark.color(QPalette::Text).lightness() - dark.color(QPalette::Base).lightness() > 150);

    // What is painted follows: the dashboard's cards (a stylesheet over palette(base)) turn dark too.
    auto cardLightness = [this] {
        auto *card = m_window->findChild<QWidget *>(QStringLiteral("cardInternal"));
        return card ? card->grab().toImage().pixelColor(card->width() / 2, 4).lightness() : -1;
    };
    QTRY_VERIFY2(cardLightness() >= 0 && cardLightness() < 100, qPrintable(QString::number(cardLightness())));

    QVERIFY(choose(Settings::Theme::Light));
    QVERIFY(!Theme::isDark(QApplication::palette()));
    QTRY_VERIFY(!Theme::isDark(m_window->palette()));
    QCOMPARE(m_settings->theme(), Settings::Theme::Light);
    QTRY_VERIFY2(cardLightness() > 160, qPrintable(QString::number(cardLightness())));
}

void TestSettingsDialog::cancelChangesNothing()
{
    const int before = m_settings->defaultInactiveDays();
    QVERIFY(editSettings(
        [](QWidget *dialog) {
            dialog->findChild<QSpinBox *>(QStringLiteral("settingsInactiveDays"))->setValue(7);
            auto *theme = dialog->findChild<QComboBox *>(QStringLiteral("settingsTheme"));
            theme->setCurrentIndex(theme->findData(int(Settings::Theme::Dark)));
        },
        false));
    QCOMPARE(m_settings->defaultInactiveDays(), before);
    QCOMPARE(m_settings->theme(), Settings::Theme::System);
    QCOMPARE(Theme::current(), Settings::Theme::System);
}

void TestSettingsDialog::inactiveDaysReachReportOptions()
{
    QVERIFY(editSettings([](QWidget *dialog) {
        dialog->findChild<QSpinBox *>(QStringLiteral("settingsInactiveDays"))->setValue(123);
    }));
    int offered = 0;
    QVERIFY(hc::test::withModalDialog(
        [this] { QVERIFY(hc::test::triggerAction(m_window, QStringLiteral("actionPrintPreview"))); },
        [&](QWidget *dialog) {
            if (auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("reportInactiveDays")))
                offered = spin->value();
        }));
    QCOMPARE(offered, 123);
}

void TestSettingsDialog::folderReachesOpenDialog()
{
    const QString folder = m_dir->filePath(QStringLiteral("start-here"));
    QVERIFY(QDir().mkpath(folder));
    FileDialog::instance()->setNextFileName(folder);
    QVERIFY(editSettings([](QWidget *dialog) {
        auto *browse = dialog->findChild<QAbstractButton *>(QStringLiteral("settingsBrowseFolder"));
        QVERIFY(browse);
        browse->click(); // answered by the seam
    }));
    QCOMPARE(m_settings->defaultWorkspaceFolder(), QFileInfo(folder).absoluteFilePath());

    FileDialog::instance()->setNextFileName(QString()); // cancelled: nothing opens
    QVERIFY(hc::test::triggerAction(m_window, QStringLiteral("actionOpenWorkspace")));
    QCOMPARE(QFileInfo(FileDialog::instance()->lastDirectory()).absoluteFilePath(), QFileInfo(folder).absoluteFilePath());

    // A folder that no longer exists falls back to home rather than an empty dialog.
    QVERIFY(QDir(folder).removeRecursively());
    QCOMPARE(m_settings->defaultWorkspaceFolder(), QDir::homePath());
}

void TestSettingsDialog::languagesListed()
{
    QStringList codes;
    for (const auto &language : SettingsDialog::languages())
        codes << language.first;
    // English (the source texts) first, then every translation the build embeds (hc::availableLanguages).
    QCOMPARE(codes.value(0), QStringLiteral("en"));
    QStringList sorted = codes;
    sorted.sort();
    QCOMPARE(sorted.join(u' '), QStringLiteral("de en es fr pt_BR pt_PT"));
    SettingsDialog dialog(*m_settings);
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("settingsLanguage"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), codes.size() + 1); // and "System default" first
    QCOMPARE(combo->itemData(0).toString(), QString());
    QCOMPARE(combo->itemText(combo->findData(QStringLiteral("de"))), QStringLiteral("Deutsch"));
}

void TestSettingsDialog::shortcutOpensDialog()
{
    auto *action = m_window->findChild<QAction *>(QStringLiteral("actionSettings"));
    QVERIFY(action);
    QVERIFY(!action->shortcut().isEmpty());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    QString opened;
    QVERIFY(hc::test::withModalDialog([&] { QTest::keySequence(m_window, action->shortcut()); },
        [&](QWidget *dialog) { opened = dialog->objectName(); }));
    QCOMPARE(opened, QStringLiteral("settingsDialog"));
}

void TestSettingsDialog::themeNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("theme"); // -1: not a theme
    QTest::newRow("system") << QStringLiteral("system") << int(Settings::Theme::System);
    QTest::newRow("light") << QStringLiteral("light") << int(Settings::Theme::Light);
    QTest::newRow("dark") << QStringLiteral("dark") << int(Settings::Theme::Dark);
    QTest::newRow("case") << QStringLiteral("Dark") << int(Settings::Theme::Dark);
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("unknown") << QStringLiteral("purple") << -1;
}

void TestSettingsDialog::themeNames()
{
    QFETCH(QString, name);
    QFETCH(int, theme);
    const std::optional<Settings::Theme> parsed = Settings::themeFromName(name);
    QCOMPARE(parsed ? int(*parsed) : -1, theme);
    if (parsed)
        QCOMPARE(Settings::themeFromName(Settings::themeName(*parsed)), parsed);
    // An unknown stored name reads as System rather than failing.
    m_settings->setValue(Settings::Key::Theme, name);
    QCOMPARE(int(m_settings->theme()), theme < 0 ? int(Settings::Theme::System) : theme);
}

void TestSettingsDialog::inactiveDaysClamped_data()
{
    QTest::addColumn<QVariant>("stored");
    QTest::addColumn<int>("read");
    QTest::newRow("default") << QVariant() << Settings::defaultValue(Settings::Key::DefaultInactiveDays).toInt();
    QTest::newRow("in range") << QVariant(30) << 30;
    QTest::newRow("zero") << QVariant(0) << Settings::MinInactiveDays;
    QTest::newRow("negative") << QVariant(-5) << Settings::MinInactiveDays;
    QTest::newRow("huge") << QVariant(1000000) << Settings::MaxInactiveDays;
    QTest::newRow("text") << QVariant(QStringLiteral("soon")) << Settings::defaultValue(Settings::Key::DefaultInactiveDays).toInt();
}

void TestSettingsDialog::inactiveDaysClamped()
{
    QFETCH(QVariant, stored);
    QFETCH(int, read);
    if (stored.isValid())
        m_settings->setValue(Settings::Key::DefaultInactiveDays, stored);
    QCOMPARE(m_settings->defaultInactiveDays(), read);
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
