#include "ImportWizardProgressPage.h"

#include "MessageBox.h"

#include "ImportWizard.h"
#include "MessageWidget.h"

#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace hc {

ImportWizardProgressPage::ImportWizardProgressPage(ImportWizardPlan &plan, ImportWorker *worker, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_worker(worker)
    , m_phaseLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_rateLabel(new QLabel(this))
    , m_result(new MessageWidget(this))
{
    setObjectName(QStringLiteral("importProgressPage"));
    setTitle(tr("Import"));
    m_phaseLabel->setObjectName(QStringLiteral("importPhaseLabel"));
    m_phaseLabel->setWordWrap(true);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_rateLabel->setObjectName(QStringLiteral("importRateLabel"));
    m_result->setObjectName(QStringLiteral("importResult"));
    m_result->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phaseLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_rateLabel);
    layout->addSpacing(12);
    layout->addWidget(m_result);
    layout->addStretch(1);

    connect(m_worker, &ImportWorker::progressed, this, &ImportWizardProgressPage::progressed);
    connect(m_worker, &ImportWorker::imported, this, &ImportWizardProgressPage::imported);
}

void ImportWizardProgressPage::initializePage()
{
    m_plan.outcome.reset();
    m_phase.reset();
    m_result->hide();
    m_rateLabel->clear();
    m_progress->setRange(0, 0);
    m_progress->setValue(0);

    m_stopped = !m_plan.problems.isEmpty() && !m_plan.skipBadRows;
    if (m_stopped) {
        m_progress->hide();
        m_phaseLabel->setText(tr("Stopped before importing."));
        m_result->showMessage(tr("Nothing was imported: %1 has %Ln row(s) that cannot be read. The workspace is "
                                 "unchanged. Correct the file, or import it again and choose to skip bad rows.",
                                  nullptr, int(m_plan.problems.size()))
                                  .arg(m_plan.preview->fileName),
            MessageWidget::Type::Warning);
        m_result->show();
        return;
    }

    startImport(ShrinkPolicy::Refuse);
}

void ImportWizardProgressPage::startImport(ShrinkPolicy shrink)
{
    ImportRequest request;
    request.shrink = shrink;
    request.workspacePath = m_plan.workspacePath;
    request.infraId = m_plan.infraId;
    request.runtimeName = m_plan.runtimeName;
    request.filePath = m_plan.filePath;
    request.options = m_plan.readOptions();
    request.mode = m_plan.mode;
    request.expectedRecords = m_plan.validRecords;
    request.beforeSnapshot = m_plan.beforeSnapshot;
    request.afterSnapshot = m_plan.afterSnapshot;
    m_progress->show();
    m_phaseLabel->setText(tr("Starting…"));
    m_running = true;
    m_worker->import(request);
    emit started();
}

void ImportWizardProgressPage::progressed(ImportWorker::Phase phase, qint64 done, qint64 total)
{
    if (!m_running || phase == ImportWorker::Phase::Validating)
        return;
    if (m_phase != phase) {
        m_phase = phase;
        m_phaseClock.start();
    }
    if (m_worker->isCancelling())
        return; // "Cancelling…" stays until the worker has rolled back
    m_progress->setRange(0, 1000);
    m_progress->setValue(total > 0 ? int(qMin<qint64>(1000, done * 1000 / total)) : 0);
    const QLocale locale;
    const QString figures = tr("%1 of %2 records").arg(locale.toString(done), locale.toString(total));
    m_phaseLabel->setText(phase == ImportWorker::Phase::Reading
            ? tr("Reading %1: %2").arg(m_plan.preview->fileName, figures)
            : tr("Writing to the workspace: %1").arg(figures));
    // From the first batch of a phase on: a rough rate early beats none on a fast machine.
    const qint64 elapsed = m_phaseClock.elapsed();
    if (elapsed > 0 && done > 0) {
        const double perSecond = double(done) * 1000.0 / double(elapsed);
        const qint64 left = qint64(double(total - done) / perSecond + 0.5);
        m_rateLabel->setText(
            tr("%1 records/s · about %2 left").arg(locale.toString(qint64(perSecond)), duration(left)));
    }
}

QString ImportWizardProgressPage::duration(qint64 seconds)
{
    if (seconds < 60)
        return tr("%Ln second(s)", nullptr, int(qMax<qint64>(1, seconds)));
    if (seconds < 3600)
        return tr("%Ln minute(s)", nullptr, int((seconds + 30) / 60));
    return tr("%1 h %2 min").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

void ImportWizardProgressPage::showCancelling()
{
    m_phaseLabel->setText(tr("Cancelling… the workspace is being left as it was."));
    m_rateLabel->clear();
    m_progress->setRange(0, 0);
}

void ImportWizardProgressPage::imported()
{
    if (!m_running)
        return;
    m_running = false;
    const ImportOutcome &outcome = m_worker->outcome();
    m_plan.outcome = outcome;
    m_rateLabel->clear();
    const QLocale locale;
    switch (outcome.status) {
    case ImportOutcome::Status::Imported:
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_phaseLabel->setText(tr("Done."));
        m_result->showMessage(
            tr("Imported %1 records into %2.").arg(locale.toString(outcome.records), m_plan.runtimeName),
            MessageWidget::Type::Positive);
        emit committed();
        break;
    case ImportOutcome::Status::Cancelled:
    case ImportOutcome::Status::Failed: {
        // SPEC §3: a replace that would take away more than half of the runtime asks first, listing who would go.
        if (outcome.shrinkRefused
            && MessageBox::question(this, tr("Remove most of the runtime?"),
                   tr("%1\n\nImport it anyway?").arg(outcome.error), QMessageBox::Yes | QMessageBox::No,
                   QMessageBox::No)
                == QMessageBox::Yes) {
            m_plan.outcome.reset();
            startImport(ShrinkPolicy::Allow);
            return;
        }
        m_progress->hide();
        const bool cancelled = outcome.status == ImportOutcome::Status::Cancelled;
        m_phaseLabel->setText(cancelled ? tr("Cancelled.") : tr("Failed."));
        QString text = cancelled ? tr("Import cancelled. The workspace is unchanged.")
                                 : tr("The import failed. The workspace is unchanged.\n%1").arg(outcome.error);
        m_result->showMessage(text, cancelled ? MessageWidget::Type::Warning : MessageWidget::Type::Error);
        break;
    }
    }
    m_result->show();
    emit completeChanged();
    emit ended();
}

bool ImportWizardProgressPage::isComplete() const
{
    return m_stopped || (m_plan.outcome && m_plan.outcome->status == ImportOutcome::Status::Imported);
}

int ImportWizardProgressPage::nextId() const
{
    // Evaluated by QWizard right after initializePage(): a stopped import ends the wizard here.
    return m_stopped ? -1 : ImportWizard::SummaryPageId;
}

} // namespace hc
