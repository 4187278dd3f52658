#include "ReportOptionsDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <utility>

namespace hc {

namespace {

struct NextAnswer {
    bool set = false;
    std::optional<ReportOptions> answer;
};

NextAnswer &nextAnswer()
{
    static NextAnswer next;
    return next;
}

} // namespace

ReportOptionsDialog::ReportOptionsDialog(
    const ReportOptions &options, const QString &infrastructure, bool severalInfrastructures, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_current(new QRadioButton(tr("&This infrastructure (%1)").arg(infrastructure), this))
    , m_all(new QRadioButton(tr("&All infrastructures: a summary, then one section each"), this))
    , m_pseudonymise(new QCheckBox(tr("&Pseudonymise names, usernames and e-mails (counts are kept)"), this))
    , m_inactiveDays(new QSpinBox(this))
{
    setObjectName(QStringLiteral("reportOptionsDialog"));
    m_current->setObjectName(QStringLiteral("reportCurrentInfrastructure"));
    m_all->setObjectName(QStringLiteral("reportAllInfrastructures"));
    m_pseudonymise->setObjectName(QStringLiteral("reportPseudonymise"));
    m_inactiveDays->setObjectName(QStringLiteral("reportInactiveDays"));
    m_inactiveDays->setAccessibleName(tr("Days without a login"));
    m_inactiveDays->setAccessibleDescription(
        tr("Counted users not logged in for this many days are listed as deactivation candidates"));
    m_current->setAccessibleDescription(tr("The report covers the infrastructure shown in the tool bar"));
    m_all->setAccessibleDescription(tr("The report covers every infrastructure of the workspace"));

    // The CLI's --inactive-days range.
    m_inactiveDays->setRange(1, 36500);
    m_inactiveDays->setSuffix(tr(" days"));
    m_inactiveDays->setValue(options.inactiveDays);
    m_current->setChecked(!options.allInfrastructures || !severalInfrastructures);
    m_all->setChecked(options.allInfrastructures && severalInfrastructures);
    m_all->setEnabled(severalInfrastructures);
    m_pseudonymise->setChecked(options.pseudonymise);
    m_pseudonymise->setToolTip(tr("For sharing the report outside the company"));
    m_pseudonymise->setAccessibleDescription(m_pseudonymise->toolTip());

    auto *form = new QFormLayout;
    form->addRow(tr("&Deactivation candidates: not logged in for"), m_inactiveDays);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_current);
    layout->addWidget(m_all);
    layout->addWidget(m_pseudonymise);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

ReportOptions ReportOptionsDialog::options() const
{
    ReportOptions o = m_options;
    o.allInfrastructures = m_all->isChecked();
    o.pseudonymise = m_pseudonymise->isChecked();
    o.inactiveDays = m_inactiveDays->value();
    return o;
}

std::optional<ReportOptions> ReportOptionsDialog::ask(QWidget *parent, const QString &title,
    const ReportOptions &options, const QString &infrastructure, bool severalInfrastructures)
{
    NextAnswer &next = nextAnswer();
    if (next.set) {
        next.set = false;
        return std::exchange(next.answer, std::nullopt);
    }
    ReportOptionsDialog dialog(options, infrastructure, severalInfrastructures, parent);
    dialog.setWindowTitle(title);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.options();
}

void ReportOptionsDialog::setNextAnswer(std::optional<ReportOptions> answer)
{
    nextAnswer() = { true, std::move(answer) };
}

} // namespace hc
