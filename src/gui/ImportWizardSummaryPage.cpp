#include "ImportWizardSummaryPage.h"

#include <QDir>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <map>

namespace hc {

namespace {

QTableWidgetItem *figureItem(const QString &text, qint64 raw)
{
    auto *item = new QTableWidgetItem(text);
    item->setData(ImportWizardSummaryPage::RawValueRole, raw);
    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

ImportWizardSummaryPage::ImportWizardSummaryPage(ImportWizardPlan &plan, QWidget *parent)
    : QWizardPage(parent)
    , m_plan(plan)
    , m_intro(new QLabel(this))
    , m_added(new QLabel(this))
    , m_changed(new QLabel(this))
    , m_removed(new QLabel(this))
    , m_unchanged(new QLabel(this))
    , m_skipped(new QLabel(this))
    , m_reconciliation(new QLabel(this))
    , m_countsTable(new QTableWidget(0, CountsColumnCount, this))
{
    setObjectName(QStringLiteral("importSummaryPage"));
    setTitle(tr("Summary"));
    setFinalPage(true);

    m_intro->setObjectName(QStringLiteral("summaryIntroLabel"));
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_added->setObjectName(QStringLiteral("summaryAdded"));
    m_changed->setObjectName(QStringLiteral("summaryChanged"));
    m_removed->setObjectName(QStringLiteral("summaryRemoved"));
    m_unchanged->setObjectName(QStringLiteral("summaryUnchanged"));
    m_skipped->setObjectName(QStringLiteral("summarySkipped"));
    m_reconciliation->setObjectName(QStringLiteral("summaryReconciliation"));
    m_reconciliation->setWordWrap(true);
    m_reconciliation->setTextFormat(Qt::PlainText);
    m_reconciliation->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_countsTable->setObjectName(QStringLiteral("countsTable"));
    m_countsTable->setAccessibleName(tr("Counts before and after the import"));
    // Tab leaves the table (arrow keys move between cells), so the keyboard is never trapped in it.
    m_countsTable->setTabKeyNavigation(false);
    m_countsTable->setHorizontalHeaderLabels({ tr("Figure"), tr("Before"), tr("After"), tr("Change") });
    m_countsTable->horizontalHeader()->setSectionResizeMode(FigureColumn, QHeaderView::Stretch);
    m_countsTable->verticalHeader()->hide();
    m_countsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_countsTable->setSelectionMode(QAbstractItemView::NoSelection);

    auto *records = new QFormLayout;
    records->addRow(tr("New records:"), m_added);
    records->addRow(tr("Changed records:"), m_changed);
    records->addRow(tr("Removed records:"), m_removed);
    records->addRow(tr("Unchanged records:"), m_unchanged);
    records->addRow(tr("Skipped rows:"), m_skipped);
    for (QLabel *label : { m_added, m_changed, m_removed, m_unchanged, m_skipped })
        label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(records);
    layout->addWidget(m_reconciliation);
    layout->addWidget(new QLabel(tr("Counts of %1, before → after:").arg(plan.infraName), this));
    layout->addWidget(m_countsTable, 1);
}

void ImportWizardSummaryPage::initializePage()
{
    if (!m_plan.outcome)
        return;
    const ImportOutcome &outcome = *m_plan.outcome;
    const ImportSummary &summary = outcome.summary;
    const QLocale locale;
    m_intro->setText(tr("%1 was imported into runtime %2 of %3 (%4).")
                         .arg(QDir::toNativeSeparators(m_plan.filePath), m_plan.runtimeName, m_plan.infraName,
                             m_plan.mode == ImportMode::Merge ? tr("merge") : tr("replace"))
        + (outcome.error.isEmpty() ? QString() : u'\n' + outcome.error));
    m_added->setText(locale.toString(summary.added));
    m_changed->setText(locale.toString(summary.changed));
    m_removed->setText(locale.toString(summary.removed));
    m_unchanged->setText(locale.toString(summary.unchanged));
    m_skipped->setText(locale.toString(summary.skipped));
    // Who left the platform's export, and who is deactivated here but still active there (the first few of each).
    QStringList notes;
    auto some = [](const QStringList &names) {
        constexpr int Shown = 12;
        QString text = names.mid(0, Shown).join(QStringLiteral(", "));
        if (names.size() > Shown)
            text += tr(" and %n more", nullptr, int(names.size() - Shown));
        return text;
    };
    if (!summary.removedUsers.isEmpty())
        notes << tr("No longer in the export: %1.").arg(some(summary.removedUsers));
    if (!summary.pendingDeactivation.isEmpty())
        notes << tr("Deactivated in Headcount but still active on the platform (deactivate them there): %1.")
                     .arg(some(summary.pendingDeactivation));
    m_reconciliation->setText(notes.join(u'\n'));
    m_reconciliation->setVisible(!notes.isEmpty());

    m_countsTable->setRowCount(0);
    const Counts &before = outcome.before;
    const Counts &after = outcome.after;
    const bool named = after.model == LicenceModel::Named;
    if (named) {
        addCountsRow(tr("Unique individuals"), before.unique.total(), after.unique.total());
    } else {
        addCountsRow(tr("Unique internal"), before.unique.internal, after.unique.internal);
        addCountsRow(tr("Unique external"), before.unique.external, after.unique.external);
        addCountsRow(tr("Unique total"), before.unique.total(), after.unique.total());
    }
    // Runtimes of either side, in name order; one that did not exist counts 0.
    std::map<QString, std::pair<ClassCounts, ClassCounts>> runtimes;
    for (const RuntimeCounts &runtime : before.runtimes)
        runtimes[runtime.name].first = runtime.records;
    for (const RuntimeCounts &runtime : after.runtimes)
        runtimes[runtime.name].second = runtime.records;
    for (const auto &[name, figures] : runtimes) {
        if (named) {
            addCountsRow(tr("%1: counted records").arg(name), figures.first.total(), figures.second.total());
        } else {
            addCountsRow(tr("%1: internal records").arg(name), figures.first.internal, figures.second.internal);
            addCountsRow(tr("%1: external records").arg(name), figures.first.external, figures.second.external);
        }
    }
    m_countsTable->resizeColumnsToContents();
}

void ImportWizardSummaryPage::addCountsRow(const QString &figure, qint64 before, qint64 after)
{
    const QLocale locale;
    const int row = m_countsTable->rowCount();
    m_countsTable->insertRow(row);
    m_countsTable->setItem(row, FigureColumn, new QTableWidgetItem(figure));
    m_countsTable->setItem(row, BeforeColumn, figureItem(locale.toString(before), before));
    m_countsTable->setItem(row, AfterColumn, figureItem(locale.toString(after), after));
    const qint64 change = after - before;
    const QString changeText
        = change == 0 ? QString() : (change > 0 ? u'+' + locale.toString(change) : locale.toString(change));
    m_countsTable->setItem(row, ChangeColumn, figureItem(changeText, change));
}

} // namespace hc
