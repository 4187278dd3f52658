#pragma once

#include "ReportData.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QRadioButton;
class QSpinBox;

namespace hc {

// The options of `headcount-cli report` for the console's Print / Export: this infrastructure or all of them,
// pseudonymised or not, and the days without a login that make a deactivation candidate.
class ReportOptionsDialog : public QDialog {
    Q_OBJECT

public:
    ReportOptionsDialog(const ReportOptions &options, const QString &infrastructure, bool severalInfrastructures,
        QWidget *parent = nullptr);

    ReportOptions options() const;

    // Shows the dialog; nullopt when cancelled. `infrastructure` names the current one.
    static std::optional<ReportOptions> ask(QWidget *parent, const QString &title, const ReportOptions &options,
        const QString &infrastructure, bool severalInfrastructures);
    // Test seam: the next ask() returns `answer` (nullopt: as if cancelled) without showing the dialog.
    static void setNextAnswer(std::optional<ReportOptions> answer);

private:
    ReportOptions m_options;
    QRadioButton *m_current;
    QRadioButton *m_all;
    QCheckBox *m_pseudonymise;
    QSpinBox *m_inactiveDays;
};

} // namespace hc
