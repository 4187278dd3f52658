#include "SettingsDialog.h"

#include "Translations.h"

#include "FileDialog.h"
#include "Theme.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace hc {

SettingsDialog::SettingsDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_restartNote(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_inactiveDays(new QSpinBox(this))
    , m_folder(new QLineEdit(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("settingsLanguage"));
    m_language->setAccessibleName(tr("Language"));
    m_language->setAccessibleDescription(tr("The language of the console; used from the next start"));
    m_language->addItem(tr("System default"), QString());
    for (const auto &[code, name] : languages())
        m_language->addItem(name, code);
    m_restartNote->setObjectName(QStringLiteral("settingsRestartNote"));
    m_restartNote->setText(tr("The new language is used when Headcount is started again."));
    m_restartNote->setWordWrap(true);
    m_restartNote->setForegroundRole(QPalette::PlaceholderText);

    m_theme->setObjectName(QStringLiteral("settingsTheme"));
    m_theme->setAccessibleName(tr("Theme"));
    m_theme->setAccessibleDescription(tr("The console's colours: as the desktop, light or dark"));
    m_theme->addItem(tr("As the system"), int(Settings::Theme::System));
    m_theme->addItem(tr("Light"), int(Settings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(Settings::Theme::Dark));

    m_inactiveDays->setObjectName(QStringLiteral("settingsInactiveDays"));
    m_inactiveDays->setAccessibleName(tr("Default days without a login"));
    m_inactiveDays->setAccessibleDescription(
        tr("Users not logged in for this many days are offered as deactivation candidates"));
    m_inactiveDays->setRange(Settings::MinInactiveDays, Settings::MaxInactiveDays);
    m_inactiveDays->setSuffix(tr(" days"));

    m_folder->setObjectName(QStringLiteral("settingsWorkspaceFolder"));
    m_folder->setAccessibleName(tr("Default workspace folder"));
    m_folder->setAccessibleDescription(tr("Where the Open Workspace dialog starts; empty for your home folder"));
    m_folder->setPlaceholderText(QDir::toNativeSeparators(QDir::homePath()));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("settingsBrowseFolder"));
    browse->setAccessibleName(tr("Choose the default workspace folder"));
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::browseFolder);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    // Mnemonics: L, T, D, F on the labels, B on Browse; OK and Cancel take none.
    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), m_restartNote);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(tr("&Deactivation candidates after:"), m_inactiveDays);
    form->addRow(tr("Default workspace &folder:"), folderRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("settingsButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setTabOrder(m_language, m_theme);
    setTabOrder(m_theme, m_inactiveDays);
    setTabOrder(m_inactiveDays, m_folder);
    setTabOrder(m_folder, browse);
    connect(m_language, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateRestartNote);
    load();
}

QList<QPair<QString, QString>> SettingsDialog::languages()
{
    // Each in its own language (not translated): a user who cannot read the current one still finds theirs. The
    // list is what the build embeds (hc::availableLanguages), so a new .ts file shows up here by itself.
    QList<QPair<QString, QString>> list;
    for (const LanguageInfo &language : availableLanguages())
        list.append({ language.code, language.nativeName });
    return list;
}

void SettingsDialog::load()
{
    const int language = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(language < 0 ? 0 : language);
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(int(m_settings.theme()))));
    m_inactiveDays->setValue(m_settings.defaultInactiveDays());
    m_folder->setText(QDir::toNativeSeparators(m_settings.value(Settings::Key::DefaultWorkspaceFolder).toString()));
    updateRestartNote();
}

void SettingsDialog::updateRestartNote()
{
    m_restartNote->setVisible(m_language->currentData().toString() != m_settings.language());
}

void SettingsDialog::browseFolder()
{
    const QString start = m_folder->text().isEmpty() ? m_settings.defaultWorkspaceFolder() : m_folder->text();
    const QString folder = FileDialog::instance()->getExistingDirectory(this, tr("Default Workspace Folder"), start);
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void SettingsDialog::accept()
{
    m_settings.setLanguage(m_language->currentData().toString());
    const auto theme = Settings::Theme(m_theme->currentData().toInt());
    // Applied only when changed here: a run started with --theme keeps its colours if only other values change.
    const bool themeChanged = theme != m_settings.theme();
    m_settings.setTheme(theme);
    m_settings.setDefaultInactiveDays(m_inactiveDays->value());
    const QString folder = m_folder->text().trimmed();
    if (folder.isEmpty())
        m_settings.reset(Settings::Key::DefaultWorkspaceFolder);
    else
        m_settings.setDefaultWorkspaceFolder(QDir::fromNativeSeparators(folder));
    m_settings.sync();
    if (themeChanged)
        Theme::apply(theme);
    emit settingsChanged();
    QDialog::accept();
}

} // namespace hc
