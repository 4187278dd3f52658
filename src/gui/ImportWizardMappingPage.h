#pragma once

#include "FieldMapping.h"
#include "ImportWizardPlan.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QTableWidget;

namespace hc {

class MessageWidget;

// Import step 2: what was detected (format, encoding, delimiter, header, size) and a preview of the first rows
// with one mapping combo per column, auto-mapped by the SPEC §3 aliases. Every change re-reads the previewed rows
// with the chosen mapping (ReadOptions::columnMapping), so a wrong choice shows at once.
class ImportWizardMappingPage : public QWizardPage {
    Q_OBJECT

public:
    explicit ImportWizardMappingPage(ImportWizardPlan &plan, QWidget *parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void showPreview();
    void delimiterChosen();
    void mappingChosen(int column);
    // The mapping the combos show, for the reader: column name -> field name, or empty to ignore it.
    QHash<QString, QString> chosenMapping() const;
    void reread();
    FieldMapping::Field comboField(int column) const;

    ImportWizardPlan &m_plan;
    bool m_ok = false;
    QLabel *m_formatLabel;
    QLabel *m_encodingLabel;
    QComboBox *m_delimiterCombo;
    QLabel *m_headerLabel;
    QLabel *m_estimateLabel;
    QTableWidget *m_table;
    QLabel *m_statusLabel;
    MessageWidget *m_message;
    QVector<QComboBox *> m_combos;
};

} // namespace hc
