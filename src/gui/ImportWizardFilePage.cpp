#include "ImportWizardFilePage.h"

#include "FileDialog.h"
#include "MessageWidget.h"
#include "Settings.h"
#include "WorkspaceSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

ImportWizardFilePage::ImportWizardFilePage(
    ImportWizardPlan &plan, WorkspaceSession *session, Settings &settings, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_session(session)
    , m_settings(settings)
    , m_fileEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_recentList(new QListWidget(this))
    , m_recentLabel(new QLabel(tr("&Recent files:"), this))
    , m_infraLabel(new QLabel(this))
    , m_runtimeCombo(new QComboBox(this))
    , m_runtimeHint(new QLabel(this))
    , m_message(new MessageWidget(this))
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("File and runtime"));
    setSubTitle(tr("Choose a runtime's user export (CSV or JSON) and the runtime it describes."));

    m_fileEdit->setObjectName(QStringLiteral("fileEdit"));
    m_fileEdit->setPlaceholderText(tr("Path of a CSV or JSON export"));
    m_fileEdit->setClearButtonEnabled(true);
    m_fileEdit->setAccessibleName(tr("Export file"));
    m_fileEdit->setAccessibleDescription(tr("Path of the runtime's user export to import, CSV or JSON"));
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_browseButton->setAccessibleName(tr("Choose the export file"));
    m_recentList->setObjectName(QStringLiteral("recentFilesList"));
    m_recentList->setAccessibleName(tr("Recent import files"));
    m_recentList->setMaximumHeight(140);
    m_infraLabel->setObjectName(QStringLiteral("infrastructureLabel"));
    m_runtimeCombo->setObjectName(QStringLiteral("runtimeCombo"));
    m_runtimeCombo->setEditable(true);
    m_runtimeCombo->setInsertPolicy(QComboBox::NoInsert);
    m_runtimeCombo->setMinimumContentsLength(24);
    m_runtimeCombo->setAccessibleName(tr("Target runtime"));
    m_runtimeCombo->setAccessibleDescription(tr("The runtime the export describes; a new name adds a runtime"));
    m_runtimeHint->setObjectName(QStringLiteral("runtimeHintLabel"));
    m_runtimeHint->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("fileMessage"));
    m_message->hide();

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_fileEdit);
    form->addRow(fileLabel, fileRow);
    m_recentLabel->setBuddy(m_recentList);
    form->addRow(m_recentLabel, m_recentList);
    form->addRow(tr("Infrastructure:"), m_infraLabel);
    auto *runtimeLabel = new QLabel(tr("R&untime:"), this);
    runtimeLabel->setBuddy(m_runtimeCombo);
    form->addRow(runtimeLabel, m_runtimeCombo);
    form->addRow(QString(), m_runtimeHint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addStretch(1);

    connect(m_browseButton, &QPushButton::clicked, this, &ImportWizardFilePage::browse);
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportWizardFilePage::fileChanged);
    connect(m_recentList, &QListWidget::itemClicked, this,
        [this](QListWidgetItem *item) { m_fileEdit->setText(item->data(Qt::UserRole).toString()); });
    connect(m_runtimeCombo, &QComboBox::editTextChanged, this, [this] {
        if (m_runtimeCombo->hasFocus())
            m_runtimeEdited = true;
        updateRuntimeHint();
        emit completeChanged();
    });
    connect(m_runtimeCombo, &QComboBox::activated, this, [this] { m_runtimeEdited = true; });
}

void ImportWizardFilePage::initializePage()
{
    m_infraLabel->setText(m_plan.infraName);
    // A read error shows as no runtimes here; the import itself reports it with its own transaction.
    const auto runtimes = m_session->workspace() ? m_session->workspace()->runtimeStore().runtimes(m_plan.infraId)
                                                 : Result<QVector<RuntimeInfo>>(QVector<RuntimeInfo>());
    m_runtimes = runtimes ? *runtimes : QVector<RuntimeInfo>();
    const QString typed = m_runtimeCombo->currentText();
    m_runtimeCombo->clear();
    for (const RuntimeInfo &runtime : std::as_const(m_runtimes))
        m_runtimeCombo->addItem(runtime.name);
    m_runtimeCombo->setEditText(typed);

    m_recentList->clear();
    for (const QString &path : m_settings.recentImportFiles()) {
        auto *item = new QListWidgetItem(QFileInfo(path).fileName(), m_recentList);
        item->setData(Qt::UserRole, path);
        item->setToolTip(QDir::toNativeSeparators(path));
        if (!QFileInfo(path).isFile()) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("%1 (no longer there)").arg(QDir::toNativeSeparators(path)));
        }
    }
    m_recentList->setVisible(m_recentList->count() > 0);
    m_recentLabel->setVisible(m_recentList->count() > 0);
    if (!m_plan.filePath.isEmpty() && m_fileEdit->text().isEmpty())
        m_fileEdit->setText(m_plan.filePath);
    else if (!m_fileEdit->text().isEmpty())
        fileChanged(); // a file set before the runtimes were known (a drop): suggest one of them now
    updateRuntimeHint();
}

void ImportWizardFilePage::setFile(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

void ImportWizardFilePage::browse()
{
    const QString current = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    QString start = QFileInfo(current).absolutePath();
    if (current.isEmpty()) {
        const QStringList recent = m_settings.recentImportFiles();
        start = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.constFirst()).absolutePath();
    }
    const QString path = FileDialog::instance()->getOpenFileName(
        this, tr("Import a User Export"), start, tr("User exports (*.csv *.tsv *.txt *.json);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportWizardFilePage::fileChanged()
{
    m_message->hideMessage();
    m_message->hide();
    // Exports are usually named after their runtime: suggest it until the user picks one.
    const QString path = QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
    if (!m_runtimeEdited && QFileInfo(path).isFile()) {
        QStringList names;
        for (const RuntimeInfo &runtime : std::as_const(m_runtimes))
            names << runtime.name;
        m_runtimeCombo->setEditText(suggestRuntime(QFileInfo(path).completeBaseName(), names));
    }
    emit completeChanged();
}

QString ImportWizardFilePage::suggestRuntime(const QString &baseName, const QStringList &runtimes)
{
    // "prod-eu-users-2026-11-29" suggests runtime "prod-eu": the longest runtime name found in the file name as a
    // whole word (bounded by the ends or by characters other than letters and digits), in any case.
    QString best;
    for (const QString &name : runtimes) {
        if (name.isEmpty() || name.size() <= best.size())
            continue;
        for (qsizetype at = baseName.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
             at = baseName.indexOf(name, at + 1, Qt::CaseInsensitive)) {
            const qsizetype end = at + name.size();
            const bool startOk = at == 0 || !baseName.at(at - 1).isLetterOrNumber();
            const bool endOk = end == baseName.size() || !baseName.at(end).isLetterOrNumber();
            if (startOk && endOk) {
                best = name;
                break;
            }
        }
    }
    return best.isEmpty() ? baseName : best;
}

QString ImportWizardFilePage::runtimeName() const
{
    return m_runtimeCombo->currentText().trimmed();
}

void ImportWizardFilePage::updateRuntimeHint()
{
    const QString name = runtimeName();
    if (name.isEmpty()) {
        m_runtimeHint->setText(tr("Choose a runtime, or type the name of a new one."));
        return;
    }
    for (const RuntimeInfo &runtime : std::as_const(m_runtimes)) {
        if (runtime.name == name) {
            const QString when = runtime.lastImport.isValid()
                ? QLocale().toString(runtime.lastImport.toLocalTime(), QLocale::ShortFormat)
                : tr("never");
            m_runtimeHint->setText(tr("Existing runtime: %Ln record(s), last import %1. The import replaces or "
                                      "merges them in one transaction.",
                nullptr, int(runtime.records))
                                       .arg(when));
            return;
        }
    }
    m_runtimeHint->setText(
        tr("New runtime: \"%1\" is created in %2 when the import runs.").arg(name, m_plan.infraName));
}

bool ImportWizardFilePage::isComplete() const
{
    const QFileInfo file(QDir::fromNativeSeparators(m_fileEdit->text().trimmed()));
    return file.isFile() && !runtimeName().isEmpty();
}

bool ImportWizardFilePage::validatePage()
{
    const QString path = QFileInfo(QDir::fromNativeSeparators(m_fileEdit->text().trimmed())).absoluteFilePath();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Result<ImportWizardPreview> preview = ImportWizardPreview::analyze(path);
    QApplication::restoreOverrideCursor();
    if (!preview) {
        m_message->showMessage(tr("This file cannot be imported: %1").arg(preview.error()), MessageWidget::Type::Error);
        m_message->show();
        return false;
    }
    if (path != m_plan.filePath) {
        // Another file: the choices made for the previous one do not apply.
        m_plan.options = ReadOptions();
    }
    m_plan.filePath = path;
    m_plan.options.format = preview->format;
    m_plan.options.delimiter = QChar();
    m_plan.preview = std::move(preview).value();
    m_plan.runtimeName = runtimeName();
    m_plan.newRuntime = std::none_of(m_runtimes.cbegin(), m_runtimes.cend(),
        [this](const RuntimeInfo &runtime) { return runtime.name == m_plan.runtimeName; });
    return true;
}

} // namespace hc
