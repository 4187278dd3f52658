#pragma once

#include "ImportWizardPlan.h"
#include "ImportWorker.h"

#include <QWizardPage>

class QGroupBox;
class QLabel;
class QProgressBar;
class QRadioButton;
class QTableWidget;

namespace hc {

class MessageWidget;

// Import step 3: a pass over the whole file in a worker thread (reading only, no database) that lists every
// problem with its line, column and reason; then the choices: stop or skip bad rows, replace or merge. The
// commit page: past it the import runs.
class ImportWizardValidationPage : public QWizardPage {
    Q_OBJECT

public:
    // Problems listed in the table at most (a file where every row is bad has as many problems as rows).
    static constexpr int MaxListedProblems = 10000;

    ImportWizardValidationPage(ImportWizardPlan &plan, ImportWorker *worker, QWidget *parent = nullptr);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void progressed(ImportWorker::Phase phase, qint64 done, qint64 total);
    void validated();
    void updateChoice();

    ImportWizardPlan &m_plan;
    ImportWorker *m_worker;
    bool m_running = false;
    bool m_complete = false;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    MessageWidget *m_message;
    QTableWidget *m_problemTable;
    QGroupBox *m_badRowsBox;
    QRadioButton *m_stopRadio;
    QRadioButton *m_skipRadio;
    QGroupBox *m_modeBox;
    QRadioButton *m_replaceRadio;
    QRadioButton *m_mergeRadio;
};

} // namespace hc
