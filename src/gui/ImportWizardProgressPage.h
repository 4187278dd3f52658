#pragma once

#include "ImportWizardPlan.h"
#include "ImportWorker.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QProgressBar;

namespace hc {

class MessageWidget;

// Import step 4: the import itself, in a worker thread on its own connection, with a progress bar, records per
// second and time left. Cancel (the wizard's button) rolls the transaction back. With "Stop" chosen on a file with
// bad rows nothing runs: the page says so and ends the wizard.
class ImportWizardProgressPage : public QWizardPage {
    Q_OBJECT

public:
    ImportWizardProgressPage(ImportWizardPlan &plan, ImportWorker *worker, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    int nextId() const override;

    void showCancelling();

signals:
    void started(); // the import is running in the worker
    void committed(); // the import went through: the workspace changed
    void ended(); // the import is over, whatever the outcome

private:
    void startImport(ShrinkPolicy shrink);
    void progressed(ImportWorker::Phase phase, qint64 done, qint64 total);
    void imported();
    static QString duration(qint64 seconds);

    ImportWizardPlan &m_plan;
    ImportWorker *m_worker;
    bool m_stopped = false; // stopped before importing: bad rows and "Stop" chosen
    bool m_running = false;
    std::optional<ImportWorker::Phase> m_phase;
    QElapsedTimer m_phaseClock;
    QLabel *m_phaseLabel;
    QProgressBar *m_progress;
    QLabel *m_rateLabel;
    MessageWidget *m_result;
};

} // namespace hc
