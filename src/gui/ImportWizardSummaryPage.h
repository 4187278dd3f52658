#pragma once

#include "ImportWizardPlan.h"

#include <QWizardPage>

class QLabel;
class QTableWidget;

namespace hc {

// Import step 5: what the import did (added, changed, removed, unchanged, skipped) and the counts before → after.
class ImportWizardSummaryPage : public QWizardPage {
    Q_OBJECT

public:
    enum CountsColumn { FigureColumn, BeforeColumn, AfterColumn, ChangeColumn, CountsColumnCount };
    // The raw number of a figure cell (the text is localised).
    static constexpr int RawValueRole = Qt::UserRole;

    explicit ImportWizardSummaryPage(ImportWizardPlan &plan, QWidget *parent = nullptr);

    void initializePage() override;

private:
    void addCountsRow(const QString &figure, qint64 before, qint64 after);

    ImportWizardPlan &m_plan;
    QLabel *m_intro;
    QLabel *m_added;
    QLabel *m_changed;
    QLabel *m_removed;
    QLabel *m_unchanged;
    QLabel *m_skipped;
    QLabel *m_reconciliation; // removed users and deactivations still pending on the platform
    QTableWidget *m_countsTable;
};

} // namespace hc
