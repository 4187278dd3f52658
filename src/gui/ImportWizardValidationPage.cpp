#include "ImportWizardValidationPage.h"

#include "MessageWidget.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace hc {

namespace {

enum ProblemColumn { LineColumn, ColumnColumn, FieldColumn, ReasonColumn, ProblemColumnCount };

QTableWidgetItem *numberItem(qint64 value)
{
    auto *item = new QTableWidgetItem(value > 0 ? QString::number(value) : QString());
    item->setData(Qt::UserRole, value);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportWizardValidationPage::ImportWizardValidationPage(ImportWizardPlan &plan, ImportWorker *worker, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_worker(worker)
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new MessageWidget(this))
    , m_problemTable(new QTableWidget(0, ProblemColumnCount, this))
    , m_badRowsBox(new QGroupBox(tr("Rows with problems"), this))
    , m_stopRadio(new QRadioButton(tr("S&top (import nothing)"), m_badRowsBox))
    , m_skipRadio(new QRadioButton(m_badRowsBox))
    , m_modeBox(new QGroupBox(tr("Import mode"), this))
    , m_replaceRadio(new QRadioButton(m_modeBox))
    , m_mergeRadio(new QRadioButton(m_modeBox))
{
    setObjectName(QStringLiteral("importValidationPage"));
    setTitle(tr("Validation"));
    setSubTitle(tr("The whole file is read once, without touching the workspace, to find every row that cannot "
                   "be imported."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_statusLabel->setObjectName(QStringLiteral("validationStatusLabel"));
    m_statusLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("validationProgress"));
    m_message->setObjectName(QStringLiteral("validationMessage"));
    m_message->hide();
    m_problemTable->setObjectName(QStringLiteral("problemTable"));
    m_problemTable->setAccessibleName(tr("Problems found"));
    // Tab leaves the table (arrow keys move between cells), so the keyboard is never trapped in it.
    m_problemTable->setTabKeyNavigation(false);
    m_problemTable->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Field"), tr("Problem") });
    m_problemTable->horizontalHeader()->setStretchLastSection(true);
    m_problemTable->verticalHeader()->hide();
    m_problemTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problemTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problemTable->setAlternatingRowColors(true);

    m_badRowsBox->setObjectName(QStringLiteral("badRowsBox"));
    m_stopRadio->setObjectName(QStringLiteral("stopRadio"));
    m_skipRadio->setObjectName(QStringLiteral("skipRadio"));
    // Its text (with the number of bad rows) is set once the file is read; the name holds until then.
    m_skipRadio->setAccessibleName(tr("Skip the rows with problems"));
    m_stopRadio->setChecked(true); // SPEC §3: all-or-nothing unless the administrator chooses to skip
    auto *badRowsLayout = new QVBoxLayout(m_badRowsBox);
    badRowsLayout->addWidget(m_stopRadio);
    badRowsLayout->addWidget(m_skipRadio);

    m_modeBox->setObjectName(QStringLiteral("modeBox"));
    m_replaceRadio->setObjectName(QStringLiteral("replaceRadio"));
    m_mergeRadio->setObjectName(QStringLiteral("mergeRadio"));
    m_replaceRadio->setText(tr("&Replace: the export is a snapshot of the runtime; records it no longer lists are "
                               "removed"));
    m_mergeRadio->setText(tr("&Merge: add and update records by Id (else Username); keep the others"));
    m_replaceRadio->setChecked(true);
    auto *modeLayout = new QVBoxLayout(m_modeBox);
    modeLayout->addWidget(m_replaceRadio);
    modeLayout->addWidget(m_mergeRadio);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_problemTable, 1);
    layout->addWidget(m_badRowsBox);
    layout->addWidget(m_modeBox);

    connect(m_worker, &ImportWorker::progressed, this, &ImportWizardValidationPage::progressed);
    connect(m_worker, &ImportWorker::validated, this, &ImportWizardValidationPage::validated);
    connect(m_stopRadio, &QRadioButton::toggled, this, &ImportWizardValidationPage::updateChoice);
}

void ImportWizardValidationPage::initializePage()
{
    m_complete = false;
    m_plan.validated = false;
    m_plan.validRecords = 0;
    m_plan.problems.clear();
    m_problemTable->setRowCount(0);
    m_problemTable->hide();
    m_badRowsBox->hide();
    m_message->hideMessage();
    m_message->hide();
    m_replaceRadio->setChecked(m_plan.mode == ImportMode::Replace);
    m_mergeRadio->setChecked(m_plan.mode == ImportMode::Merge);
    // A new runtime has nothing to replace or merge with.
    m_modeBox->setEnabled(!m_plan.newRuntime);
    m_modeBox->setToolTip(m_plan.newRuntime ? tr("The runtime is new: every record is added.") : QString());

    const qint64 estimate = m_plan.preview ? m_plan.preview->estimatedRecords : 0;
    m_progress->setRange(0, estimate > 0 ? 100 : 0);
    m_progress->setValue(0);
    m_progress->show();
    m_statusLabel->setText(tr("Reading %1…").arg(m_plan.preview ? m_plan.preview->fileName : QString()));
    m_running = true;
    m_worker->validate(m_plan.filePath, m_plan.readOptions(), estimate);
    updateChoice();
}

void ImportWizardValidationPage::cleanupPage()
{
    if (m_running) {
        m_worker->stop();
        m_running = false;
    }
    QWizardPage::cleanupPage();
}

void ImportWizardValidationPage::progressed(ImportWorker::Phase phase, qint64 done, qint64 total)
{
    if (phase != ImportWorker::Phase::Validating || !m_running)
        return;
    if (total > 0) {
        m_progress->setRange(0, 100);
        m_progress->setValue(int(qMin<qint64>(100, done * 100 / total)));
    }
    m_statusLabel->setText(
        tr("Reading %1: %2 records so far…").arg(m_plan.preview->fileName, QLocale().toString(done)));
}

void ImportWizardValidationPage::validated()
{
    if (!m_running)
        return;
    m_running = false;
    m_progress->hide();
    const Result<ExportData> &result = m_worker->validation();
    if (!result) {
        m_message->showMessage(tr("This file cannot be imported: %1").arg(result.error()), MessageWidget::Type::Error);
        m_message->show();
        m_statusLabel->setText(tr("The file has a problem that no choice can skip: correct it and try again."));
        m_complete = false;
        emit completeChanged();
        return;
    }
    const ExportData &data = *result;
    m_plan.validated = true;
    m_plan.validRecords = data.recordCount;
    m_plan.problems = data.skipped;

    const QVector<ImportProblem> &problems = m_plan.problems;
    const int listed = int(qMin<qsizetype>(problems.size(), MaxListedProblems));
    m_problemTable->setUpdatesEnabled(false);
    m_problemTable->setRowCount(listed);
    for (int row = 0; row < listed; ++row) {
        const ImportProblem &problem = problems.at(row);
        m_problemTable->setItem(row, LineColumn, numberItem(problem.line));
        m_problemTable->setItem(row, ColumnColumn, numberItem(problem.column));
        m_problemTable->setItem(row, FieldColumn, new QTableWidgetItem(problem.field));
        auto *reason = new QTableWidgetItem(problem.message);
        reason->setToolTip(problem.toString());
        m_problemTable->setItem(row, ReasonColumn, reason);
    }
    m_problemTable->resizeColumnsToContents();
    m_problemTable->setUpdatesEnabled(true);
    m_problemTable->setVisible(!problems.isEmpty());

    const QLocale locale;
    QString how = data.format == ExportFormat::Json
        ? tr("Read as JSON, %1.").arg(data.encoding)
        : tr("Read as CSV, %1, delimiter %2.")
              .arg(data.encoding, data.delimiter == u'\t' ? tr("tab") : QStringLiteral("'%1'").arg(data.delimiter));
    if (data.hadPassword)
        how += u' ' + tr("The Password column is dropped, never stored.");
    if (!data.unknownColumns.isEmpty())
        how += u' ' + tr("Ignored columns: %1.").arg(data.unknownColumns.join(QLatin1String(", ")));
    QString status;
    if (problems.isEmpty()) {
        status = tr("No problems: all %1 records can be imported.").arg(locale.toString(data.recordCount));
    } else {
        status = tr("%1 records can be imported; %Ln row(s) cannot:", nullptr, int(problems.size()))
                     .arg(locale.toString(data.recordCount));
        if (problems.size() > listed)
            status += u' ' + tr("(the first %1 are listed)").arg(locale.toString(listed));
    }
    m_statusLabel->setText(how + u'\n' + status);

    m_skipRadio->setText(tr(
        "S&kip bad rows (import the %1 good records; the %Ln bad row(s) are left out)", nullptr, int(problems.size()))
                             .arg(locale.toString(data.recordCount)));
    m_badRowsBox->setVisible(!problems.isEmpty());
    if (data.recordCount == 0) {
        m_message->showMessage(m_plan.newRuntime
                ? tr("The file has no record to import.")
                : tr("The file has no record to import: importing it in Replace mode removes every record of %1.")
                      .arg(m_plan.runtimeName),
            MessageWidget::Type::Warning);
        m_message->show();
    }
    m_complete = true;
    updateChoice();
    emit completeChanged();
}

void ImportWizardValidationPage::updateChoice()
{
    const bool stop = !m_plan.problems.isEmpty() && m_stopRadio->isChecked();
    setButtonText(QWizard::CommitButton, stop ? tr("&Stop") : tr("&Import"));
}

bool ImportWizardValidationPage::isComplete() const
{
    return m_complete;
}

bool ImportWizardValidationPage::validatePage()
{
    if (!m_complete)
        return false;
    m_plan.skipBadRows = !m_plan.problems.isEmpty() && m_skipRadio->isChecked();
    m_plan.mode = m_mergeRadio->isChecked() && !m_plan.newRuntime ? ImportMode::Merge : ImportMode::Replace;
    return true;
}

} // namespace hc
