#include "DashboardWidget.h"

#include "CountsHistory.h"
#include "Reconciliation.h"

#include "GaugeWidget.h"
#include "RuntimeCountsModel.h"
#include "TrendChartWidget.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace hc {

namespace {

// Cards are styled from palette roles only, so light and dark schemes both work.
const char *const CardProperty = "card";

QFrame *makeCard(const QString &objectName, QWidget *parent)
{
    auto *card = new QFrame(parent);
    card->setObjectName(objectName);
    card->setProperty(CardProperty, true);
    return card;
}

QLabel *makeHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * 1.1);
    label->setFont(f);
    return label;
}

QLabel *makeNote(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

QLabel *makeValue(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(QStringLiteral("0"), parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = label->font();
    f.setBold(true);
    label->setFont(f);
    return label;
}

QFrame *makeRule(QWidget *parent)
{
    auto *line = new QFrame(parent);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Midlight);
    return line;
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

} // namespace

DashboardWidget::DashboardWidget(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("dashboard"));
    buildUi();
    if (m_session) {
        connect(m_session, &WorkspaceSession::countsChanged, this, [this] { updateFromSession(); });
        connect(m_session, &WorkspaceSession::workspaceClosed, this, [this] { updateFromSession(); });
    }
    updateFromSession();
}

void DashboardWidget::buildUi()
{
    m_stack = new QStackedWidget(this);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_stack);

    m_placeholderPage = new QWidget(this);
    auto *placeholderLayout = new QVBoxLayout(m_placeholderPage);
    placeholderLayout->addStretch(1);
    auto *icon = new QLabel(m_placeholderPage);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/headcount.svg")).pixmap(72, 72));
    icon->setAlignment(Qt::AlignCenter);
    placeholderLayout->addWidget(icon);
    m_placeholder = new QLabel(m_placeholderPage);
    m_placeholder->setObjectName(QStringLiteral("dashboardPlaceholder"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    placeholderLayout->addWidget(m_placeholder);
    m_placeholderButton = new QPushButton(m_placeholderPage);
    m_placeholderButton->setObjectName(QStringLiteral("placeholderButton"));
    m_placeholderButton->setAccessibleDescription(tr("Opens or creates a workspace to show its counts"));
    m_placeholderButton->hide();
    placeholderLayout->addWidget(m_placeholderButton, 0, Qt::AlignHCenter);
    placeholderLayout->addStretch(2);
    m_stack->addWidget(m_placeholderPage);

    m_page = new QWidget(this);
    m_page->setObjectName(QStringLiteral("dashboardPage"));
    m_page->setStyleSheet(QStringLiteral("QFrame[card=\"true\"] { background-color: palette(base);"
                                         " border: 1px solid palette(midlight); border-radius: 8px; }"));
    // Scrolls rather than forcing its height on the window: everything stays reachable in a 900 x 600 window.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("dashboardScroll"));
    scroll->setAccessibleName(tr("Dashboard"));
    scroll->setFocusPolicy(Qt::NoFocus); // the cards' own controls take the focus, not the frame around them
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setWidget(m_page);
    m_stack->addWidget(scroll);

    auto *page = new QVBoxLayout(m_page);
    page->setContentsMargins(16, 12, 16, 16);
    page->setSpacing(12);

    // Heading: which infrastructure, under which licence model.
    auto *heading = new QHBoxLayout;
    m_infraTitle = new QLabel(m_page);
    m_infraTitle->setObjectName(QStringLiteral("infrastructureTitle"));
    QFont titleFont = m_infraTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    m_infraTitle->setFont(titleFont);
    m_modelLabel = makeNote(QString(), m_page);
    m_modelLabel->setObjectName(QStringLiteral("licenceModelLabel"));
    m_modelLabel->setWordWrap(false);
    heading->addWidget(m_infraTitle);
    heading->addSpacing(12);
    heading->addWidget(m_modelLabel, 0, Qt::AlignBottom);
    heading->addStretch(1);
    page->addLayout(heading);

    // One gauge per capacity of the licence model.
    auto *gauges = new QHBoxLayout;
    gauges->setSpacing(12);
    auto addGauge = [&](const QString &cardName, const QString &gaugeName, const QString &title,
                        const QString &description, QWidget **card) {
        QFrame *frame = makeCard(cardName, m_page);
        auto *layout = new QVBoxLayout(frame);
        layout->setContentsMargins(12, 12, 12, 12);
        auto *gauge = new GaugeWidget(frame);
        gauge->setObjectName(gaugeName);
        gauge->setBackgroundRole(QPalette::Base);
        gauge->setForegroundRole(QPalette::Text);
        gauge->setTitle(title);
        gauge->setWhatsThis(description);
        layout->addWidget(gauge);
        gauges->addWidget(frame, 1);
        *card = frame;
        return gauge;
    };
    m_gaugeInternal = addGauge(QStringLiteral("cardInternal"), QStringLiteral("gaugeInternal"), tr("Internal users"),
        tr("Unique internal individuals against the internal capacity."), &m_cardInternal);
    m_gaugeExternal = addGauge(QStringLiteral("cardExternal"), QStringLiteral("gaugeExternal"), tr("External users"),
        tr("Unique external individuals against the external capacity."), &m_cardExternal);
    m_gaugeNamed = addGauge(QStringLiteral("cardNamed"), QStringLiteral("gaugeNamed"), tr("Named users"),
        tr("Unique individuals against the named-user capacity."), &m_cardNamed);

    // Issue 9: the counts over time against capacity, and when each capacity is reached at the recent rate.
    QFrame *trendCard = makeCard(QStringLiteral("cardTrend"), m_page);
    auto *trendLayout = new QVBoxLayout(trendCard);
    trendLayout->setContentsMargins(12, 10, 12, 10);
    trendLayout->addWidget(makeHeading(tr("Trend and forecast"), trendCard));
    m_trend = new TrendChartWidget(trendCard);
    m_trend->setObjectName(QStringLiteral("trendWidget"));
    trendLayout->addWidget(m_trend, 1);
    gauges->addWidget(trendCard, 2);
    page->addLayout(gauges, 1);

    auto *details = new QHBoxLayout;
    details->setSpacing(12);

    // Counted records per runtime: the platform's own per-runtime figure (R8).
    QFrame *runtimeCard = makeCard(QStringLiteral("cardRuntimes"), m_page);
    auto *runtimeLayout = new QVBoxLayout(runtimeCard);
    runtimeLayout->setContentsMargins(14, 12, 14, 14);
    runtimeLayout->addWidget(makeHeading(tr("Counted records per runtime"), runtimeCard));
    runtimeLayout->addWidget(makeNote(tr("Each runtime's records, and what its own console shows: a person with "
                                         "accounts in two runtimes is counted once in the unique totals."),
        runtimeCard));
    m_runtimeModel = new RuntimeCountsModel(this);
    m_runtimeProxy = new QSortFilterProxyModel(this);
    m_runtimeProxy->setSourceModel(m_runtimeModel);
    m_runtimeProxy->setSortRole(RuntimeCountsModel::RawValueRole);
    m_runtimeProxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_runtimeTable = new QTableView(runtimeCard);
    m_runtimeTable->setObjectName(QStringLiteral("runtimeTable"));
    m_runtimeTable->setAccessibleName(tr("Counted records per runtime"));
    // Tab leaves the table (arrow keys move between cells), so the keyboard is never trapped in it.
    m_runtimeTable->setTabKeyNavigation(false);
    m_runtimeTable->setModel(m_runtimeProxy);
    m_runtimeTable->setSortingEnabled(true);
    m_runtimeTable->sortByColumn(0, Qt::AscendingOrder);
    m_runtimeTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_runtimeTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runtimeTable->setAlternatingRowColors(true);
    m_runtimeTable->setShowGrid(false);
    m_runtimeTable->setWordWrap(false);
    m_runtimeTable->setFrameShape(QFrame::NoFrame);
    m_runtimeTable->verticalHeader()->hide();
    m_runtimeTable->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_runtimeTable->horizontalHeader()->setHighlightSections(false);
    m_runtimeTable->horizontalHeader()->setMinimumSectionSize(48); // seven columns fit a 900-pixel-wide window
    connect(m_runtimeModel, &QAbstractItemModel::modelReset, this, &DashboardWidget::applyTableLayout);
    applyTableLayout();
    runtimeLayout->addWidget(m_runtimeTable, 1);
    // R8/R12: the sum an administrator gets by adding up each runtime's console, and why it is not the licence figure.
    m_platformSum = makeNote(QString(), runtimeCard);
    m_platformSum->setObjectName(QStringLiteral("platformSumLabel"));
    m_platformSum->setTextInteractionFlags(Qt::TextSelectableByMouse);
    runtimeLayout->addWidget(m_platformSum);
    m_reconciliation = makeNote(QString(), runtimeCard);
    m_reconciliation->setObjectName(QStringLiteral("reconciliationLabel"));
    m_reconciliation->setWordWrap(true);
    runtimeLayout->addWidget(m_reconciliation);
    details->addWidget(runtimeCard, 5); // seven columns: records and each console's figure

    auto *side = new QVBoxLayout;
    side->setSpacing(12);

    // Unique individuals (R6, R7): what the licence is measured against.
    QFrame *uniqueCard = makeCard(QStringLiteral("cardUnique"), m_page);
    auto *uniqueLayout = new QGridLayout(uniqueCard);
    uniqueLayout->setContentsMargins(14, 12, 14, 14);
    uniqueLayout->setVerticalSpacing(6);
    uniqueLayout->addWidget(makeHeading(tr("Unique individuals"), uniqueCard), 0, 0, 1, 2);
    m_uniqueInternal = makeValue(QStringLiteral("uniqueInternal"), uniqueCard);
    m_uniqueExternal = makeValue(QStringLiteral("uniqueExternal"), uniqueCard);
    m_uniqueTotal = makeValue(QStringLiteral("uniqueTotal"), uniqueCard);
    auto *internalCaption = new QLabel(tr("Internal"), uniqueCard);
    auto *externalCaption = new QLabel(tr("External"), uniqueCard);
    auto *totalCaption = new QLabel(tr("Total"), uniqueCard);
    internalCaption->setBuddy(m_uniqueInternal);
    externalCaption->setBuddy(m_uniqueExternal);
    totalCaption->setBuddy(m_uniqueTotal);
    m_uniqueInternal->setAccessibleName(tr("Unique internal individuals"));
    m_uniqueExternal->setAccessibleName(tr("Unique external individuals"));
    m_uniqueTotal->setAccessibleName(tr("Unique individuals in total"));
    uniqueLayout->addWidget(internalCaption, 1, 0);
    uniqueLayout->addWidget(m_uniqueInternal, 1, 1);
    uniqueLayout->addWidget(externalCaption, 2, 0);
    uniqueLayout->addWidget(m_uniqueExternal, 2, 1);
    QFrame *uniqueRule = makeRule(uniqueCard);
    uniqueLayout->addWidget(uniqueRule, 3, 0, 1, 2);
    uniqueLayout->addWidget(totalCaption, 4, 0);
    uniqueLayout->addWidget(m_uniqueTotal, 4, 1);
    uniqueLayout->setRowStretch(5, 1);
    m_classRows = { internalCaption, m_uniqueInternal, externalCaption, m_uniqueExternal, uniqueRule };
    side->addWidget(uniqueCard);

    // Records that do not count (R5), by reason, so nobody wonders where they went.
    QFrame *excludedCard = makeCard(QStringLiteral("cardExcluded"), m_page);
    auto *excludedLayout = new QGridLayout(excludedCard);
    excludedLayout->setContentsMargins(14, 12, 14, 14);
    excludedLayout->setVerticalSpacing(6);
    excludedLayout->addWidget(makeHeading(tr("Not counted"), excludedCard), 0, 0, 1, 2);
    m_excludedIt = makeValue(QStringLiteral("excludedIt"), excludedCard);
    m_excludedInactive = makeValue(QStringLiteral("excludedInactive"), excludedCard);
    m_excludedAnonymous = makeValue(QStringLiteral("excludedAnonymous"), excludedCard);
    m_excludedTotal = makeValue(QStringLiteral("excludedTotal"), excludedCard);
    struct Row {
        QString caption;
        QString explanation;
        QLabel *value;
    };
    const Row rows[] = {
        { tr("IT users"), tr("Developers and administrators who do not use the apps."), m_excludedIt },
        { tr("Inactive"), tr("Deactivated in the platform or in Headcount."), m_excludedInactive },
        { tr("Anonymous"), tr("Never logged in and share no personal data."), m_excludedAnonymous },
        { tr("Total records not counted"), tr("All records excluded above."), m_excludedTotal },
    };
    int r = 1;
    for (const Row &row : rows) {
        if (row.value == m_excludedTotal)
            excludedLayout->addWidget(makeRule(excludedCard), r++, 0, 1, 2);
        auto *caption = new QLabel(row.caption, excludedCard);
        caption->setBuddy(row.value);
        caption->setToolTip(row.explanation);
        row.value->setToolTip(row.explanation);
        row.value->setAccessibleName(tr("Records not counted: %1").arg(row.caption));
        row.value->setAccessibleDescription(row.explanation);
        excludedLayout->addWidget(caption, r, 0);
        excludedLayout->addWidget(row.value, r, 1);
        ++r;
    }
    excludedLayout->setRowStretch(r, 1);
    side->addWidget(excludedCard);
    side->addStretch(1);

    details->addLayout(side, 2);
    page->addLayout(details, 0);
}

void DashboardWidget::applyTableLayout()
{
    QHeaderView *header = m_runtimeTable->horizontalHeader();
    // Every column as wide as its content (runtime names never clipped); the last takes what is left.
    header->setStretchLastSection(true);
    for (int section = 0; section < m_runtimeModel->columnCount(); ++section)
        header->setSectionResizeMode(section, QHeaderView::ResizeToContents);
}

void DashboardWidget::updateFromSession()
{
    if (!m_session)
        return;
    if (!m_session->isOpen()) {
        showPlaceholder(tr("No workspace is open."));
        return;
    }
    if (m_session->currentInfrastructureId() == 0) {
        showPlaceholder(tr("This workspace has no infrastructure yet."));
        return;
    }
    setCounts(m_session->counts());
    m_trend->setHistory(m_session->history(), CountsHistory::now().date());
}

void DashboardWidget::showPlaceholder(const QString &text)
{
    m_placeholder->setText(text);
    m_stack->setCurrentWidget(m_placeholderPage);
}

void DashboardWidget::setPlaceholderAction(QAction *action)
{
    m_placeholderButton->disconnect();
    m_placeholderButton->setVisible(action != nullptr);
    if (!action)
        return;
    m_placeholderButton->setText(action->text());
    m_placeholderButton->setIcon(action->icon());
    connect(m_placeholderButton, &QPushButton::clicked, action, &QAction::trigger);
}

bool DashboardWidget::isShowingPlaceholder() const
{
    return m_stack->currentWidget() == m_placeholderPage;
}

void DashboardWidget::setCounts(const Counts &counts)
{
    m_counts = counts;
    m_stack->setCurrentIndex(1); // the scrolled page

    const bool named = counts.model == LicenceModel::Named;
    m_infraTitle->setText(counts.infrastructure);
    m_modelLabel->setText((named ? tr("Licence model: named users") : tr("Licence model: internal and external users"))
                          + QStringLiteral(" · ")
                          + (counts.platformVersion.isEmpty() ? tr("platform 11.11.3 or later")
                                                              : tr("platform %1").arg(counts.platformVersion)));

    m_gaugeInternal->setValues(counts.unique.internal, counts.capacity.internal);
    m_gaugeExternal->setValues(counts.unique.external, counts.capacity.external);
    m_gaugeNamed->setValues(counts.unique.total(), counts.capacity.named);
    m_cardInternal->setVisible(!named);
    m_cardExternal->setVisible(!named);
    m_cardNamed->setVisible(named);

    m_runtimeModel->setCounts(counts);
    const ClassCounts sum = counts.platformSum();
    m_platformSum->setText(named ? tr("Sum of the runtimes' consoles: %1").arg(number(sum.total()))
                                 : tr("Sum of the runtimes' consoles: %1 internal · %2 external (%3)")
                                       .arg(number(sum.internal), number(sum.external), number(sum.total())));
    m_reconciliation->setText(counts.runtimes.isEmpty() ? QString() : Reconciliation::explain(counts));
    m_platformSum->setVisible(!counts.runtimes.isEmpty());
    m_reconciliation->setVisible(!counts.runtimes.isEmpty());

    m_uniqueInternal->setText(number(counts.unique.internal));
    m_uniqueExternal->setText(number(counts.unique.external));
    m_uniqueTotal->setText(number(counts.unique.total()));
    for (QWidget *w : std::as_const(m_classRows))
        w->setVisible(!named);

    m_excludedIt->setText(number(counts.excluded.itUser));
    m_excludedInactive->setText(number(counts.excluded.inactive));
    m_excludedAnonymous->setText(number(counts.excluded.anonymous));
    m_excludedTotal->setText(number(counts.excluded.total()));
}

QByteArray DashboardWidget::saveTableState() const
{
    return m_runtimeTable->horizontalHeader()->saveState();
}

void DashboardWidget::restoreTableState(const QByteArray &state)
{
    if (state.isEmpty())
        return;
    m_runtimeTable->horizontalHeader()->restoreState(state);
    applyTableLayout();
}

} // namespace hc
