#include "ReclaimView.h"

#include "FileDialog.h"
#include "GaugeWidget.h"
#include "ReclaimList.h"
#include "UsersModel.h"
#include "WorkspaceJob.h"
#include "WorkspaceSession.h"

#include <QComboBox>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <cstdlib>

namespace hc {

ReclaimView::ReclaimView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UsersModel(session, this))
    , m_previewJob(new WorkspaceJob(this))
{
    setObjectName(QStringLiteral("reclaimView"));
    buildUi();
    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(PreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, &ReclaimView::startPreview);
    connect(m_previewJob, &WorkspaceJob::finished, this, &ReclaimView::previewFinished);
    connect(m_model, &UsersModel::errorOccurred, this, &ReclaimView::errorOccurred);
    connect(this, &ReclaimView::errorOccurred, m_session, &WorkspaceSession::errorOccurred);
    connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, [this] {
        reloadChoices();
        schedulePreview();
    });
    // Hidden, a change only marks the view stale: re-reading the candidates (a list over every record) after each
    // change would compete with the shown view for the machine (issue 10). schedulePreview() re-reads the list.
    m_model->setRefreshAfterChanges(false);
    connect(m_session, &WorkspaceSession::recordsChanged, this, [this] {
        if (!isVisible()) {
            m_choicesStale = true;
            m_previewDirty = true;
            m_preview.reset();
            return;
        }
        reloadChoices();
        schedulePreview();
    });
    connect(m_session, &WorkspaceSession::busyChanged, this, [this] { showPreview(); });
    reloadChoices();
    showPreview();
}

ReclaimView::~ReclaimView() = default;

void ReclaimView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    auto *settings = new QHBoxLayout;
    auto *daysLabel = new QLabel(tr("Not &logged in for"), this);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("reclaimDays"));
    m_days->setAccessibleName(tr("Days without a login"));
    m_days->setRange(1, 36500);
    m_days->setValue(DefaultDays);
    m_days->setSuffix(tr(" days"));
    daysLabel->setBuddy(m_days);
    auto *runtimeLabel = new QLabel(tr("in runti&me"), this);
    m_runtime = new QComboBox(this);
    m_runtime->setObjectName(QStringLiteral("reclaimRuntime"));
    m_runtime->setAccessibleName(tr("Runtime"));
    m_runtime->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    runtimeLabel->setBuddy(m_runtime);
    m_group = new QComboBox(this);
    m_group->setObjectName(QStringLiteral("reclaimGroup"));
    m_group->setAccessibleName(tr("Group"));
    m_group->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_group->setToolTip(tr("Only members of an imported group"));
    settings->addWidget(daysLabel);
    settings->addWidget(m_days);
    settings->addWidget(runtimeLabel);
    settings->addWidget(m_runtime);
    settings->addWidget(m_group);
    settings->addStretch(1);
    m_deactivate = new QPushButton(tr("Deac&tivate Candidates…"), this);
    m_deactivate->setObjectName(QStringLiteral("reclaimDeactivateButton"));
    m_deactivate->setAccessibleName(tr("Deactivate the candidates"));
    m_deactivate->setToolTip(tr("Deactivate every candidate here (undoable) and write, per runtime, the list to "
                                "deactivate on the platform"));
    settings->addWidget(m_deactivate);
    layout->addLayout(settings);
    connect(m_days, &QSpinBox::valueChanged, this, &ReclaimView::schedulePreview);
    connect(m_runtime, &QComboBox::activated, this, &ReclaimView::schedulePreview);
    connect(m_group, &QComboBox::activated, this, &ReclaimView::schedulePreview);
    connect(m_deactivate, &QPushButton::clicked, this, &ReclaimView::deactivateCandidates);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reclaimSummary"));
    m_whatIf = new QLabel(this);
    m_whatIf->setObjectName(QStringLiteral("reclaimWhatIf"));
    m_whatIf->setWordWrap(true);
    m_whatIf->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIf->setAccessibleName(tr("Counts after deactivating the candidates"));
    layout->addWidget(m_summary);
    layout->addWidget(m_whatIf);

    // The gauges as they would be after deactivating the candidates.
    auto *gauges = new QHBoxLayout;
    const auto addGauge = [&](const QString &name, const QString &title) {
        auto *gauge = new GaugeWidget(this);
        gauge->setObjectName(name);
        gauge->setTitle(title);
        gauge->setMaximumHeight(180);
        gauges->addWidget(gauge, 1);
        return gauge;
    };
    m_gaugeInternal = addGauge(QStringLiteral("reclaimGaugeInternal"), tr("Internal users after"));
    m_gaugeExternal = addGauge(QStringLiteral("reclaimGaugeExternal"), tr("External users after"));
    m_gaugeNamed = addGauge(QStringLiteral("reclaimGaugeNamed"), tr("Named users after"));
    layout->addLayout(gauges);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("reclaimTable"));
    m_table->setAccessibleName(tr("Deactivation candidates"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setSortingEnabled(true);
    m_table->horizontalHeader()->setSortIndicator(int(UsersModel::Column::LastLogin), Qt::AscendingOrder);
    layout->addWidget(m_table, 1);
}

void ReclaimView::reloadChoices()
{
    const qint64 chosen = m_runtime->currentData().toLongLong();
    const QString chosenGroup = m_group->currentIndex() > 0 ? m_group->currentText() : QString();
    const QSignalBlocker runtimeBlocker(m_runtime);
    const QSignalBlocker groupBlocker(m_group);
    m_runtime->clear();
    m_runtime->addItem(tr("all runtimes"), qint64(0));
    m_group->clear();
    m_group->addItem(tr("Any group"));
    if (Workspace *ws = m_session->workspace()) {
        // A failed read is said, not shown as "no runtimes" or "no groups".
        if (const auto runtimes = ws->runtimeStore().runtimes(m_session->currentInfrastructureId())) {
            for (const RuntimeInfo &r : *runtimes)
                m_runtime->addItem(r.name, r.id);
        } else {
            emit m_session->errorOccurred(runtimes.error());
        }
        if (const auto groups = ws->groupStore().groups(m_session->currentInfrastructureId())) {
            for (const GroupInfo &g : *groups)
                m_group->addItem(g.name);
        } else {
            emit m_session->errorOccurred(groups.error());
        }
    }
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(chosen)));
    m_group->setCurrentIndex(chosenGroup.isEmpty() ? 0 : std::max(0, m_group->findText(chosenGroup)));
    m_group->setVisible(m_group->count() > 1);
    const bool named = m_session->currentInfrastructure().model == LicenceModel::Named;
    m_gaugeInternal->setVisible(!named);
    m_gaugeExternal->setVisible(!named);
    m_gaugeNamed->setVisible(named);
}

void ReclaimView::setDays(int days)
{
    m_days->setValue(days);
}

UserFilter ReclaimView::candidateFilter() const
{
    UserFilter f;
    f.infraId = m_session->currentInfrastructureId();
    f.status = RecordStatus::Counted;
    f.notLoggedInSince = QDate::currentDate().addDays(-m_days->value()).toString(Qt::ISODate);
    const qint64 runtime = m_runtime->currentData().toLongLong();
    if (runtime > 0)
        f.runtimeId = runtime;
    if (m_group->currentIndex() > 0)
        f.group = m_group->currentText();
    return f;
}

bool ReclaimView::isPreviewing() const
{
    return m_previewJob->isRunning() || m_previewTimer->isActive();
}

void ReclaimView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_choicesStale) {
        m_choicesStale = false;
        reloadChoices();
    }
    if (m_previewDirty)
        schedulePreview();
}

void ReclaimView::schedulePreview()
{
    m_previewDirty = true;
    m_preview.reset();
    m_model->setFilter(candidateFilter());
    showPreview();
    // Only while shown: a what-if takes the workspace's write lock for as long as the change would take.
    if (isVisible() && m_session->isOpen())
        m_previewTimer->start();
}

void ReclaimView::startPreview()
{
    if (!m_session->isOpen() || m_session->currentInfrastructureId() == 0)
        return;
    if (m_previewJob->isRunning()) {
        m_previewAgain = true;
        m_previewJob->cancel();
        return;
    }
    m_previewDirty = false;
    auto result = std::make_shared<Workspace::Preview>();
    auto candidates = std::make_shared<qint64>(0);
    m_pendingPreview = result;
    m_pendingCandidates = candidates;
    const UserFilter filter = candidateFilter();
    m_previewJob->start(m_session->path(), [filter, result, candidates](WorkspaceJob::Context &c) {
        Workspace &ws = c.workspace;
        // The real change inside a transaction that is rolled back: the figures are those applying gives.
        const auto preview = ws.preview(filter.infraId, [&]() -> Status {
            QVector<RecordRef> refs;
            BulkOutcome outcome;
            if (Status s = WorkspaceSession::collectBulk(ws, { filter, {} }, true, c.cancelled, refs, outcome); !s)
                return s;
            *candidates = outcome.records.size();
            return refs.isEmpty() ? Status() : ws.decisions().setDeactivated(refs, true);
        });
        if (!preview)
            return Status::failure(preview.error());
        *result = *preview;
        return Status();
    });
    showPreview();
}

void ReclaimView::previewFinished(const QString &error)
{
    if (m_previewAgain) {
        m_previewAgain = false;
        startPreview();
        return;
    }
    if (!error.isEmpty()) {
        m_preview.reset();
        emit errorOccurred(tr("Could not work out the effect of deactivating the candidates: %1").arg(error));
    } else if (!m_previewDirty) {
        m_preview = *m_pendingPreview;
        m_candidates = *m_pendingCandidates;
    }
    showPreview();
    emit previewChanged();
}

QString ReclaimView::whatIfText(const Workspace::Preview &p) const
{
    const QLocale locale;
    const auto change = [&](const QString &name, qint64 before, qint64 after) {
        const qint64 delta = after - before;
        const QString sign = delta < 0 ? QStringLiteral("\u2212") : QStringLiteral("+");
        return tr("%1 %2 \u2192 %3 (%4%5)")
            .arg(name, locale.toString(before), locale.toString(after), sign, locale.toString(std::abs(delta)));
    };
    if (p.after.model == LicenceModel::Named)
        return change(tr("named"), p.before.unique.total(), p.after.unique.total());
    return change(tr("internal"), p.before.unique.internal, p.after.unique.internal) + QStringLiteral(" · ")
        + change(tr("external"), p.before.unique.external, p.after.unique.external);
}

void ReclaimView::showPreview()
{
    const bool ready = m_preview.has_value();
    if (!m_session->isOpen()) {
        m_summary->setText(tr("Open a workspace to find deactivation candidates."));
        m_whatIf->clear();
    } else if (!ready) {
        m_summary->setText(tr("Finding the candidates…"));
        m_whatIf->clear();
    } else if (m_candidates == 0) {
        m_summary->setText(tr("No counted user has gone %Ln day(s) without a login.", nullptr, m_days->value()));
        m_whatIf->clear();
    } else {
        m_summary->setText(tr("%Ln candidate(s) not logged in for %1 days or more.", nullptr, int(m_candidates))
                               .arg(QLocale().toString(m_days->value())));
        m_whatIf->setText(tr("Deactivating them: %1").arg(whatIfText(*m_preview)));
    }
    const Counts &shown = ready ? m_preview->after : m_session->counts();
    m_gaugeInternal->setValues(shown.unique.internal, shown.capacity.internal);
    m_gaugeExternal->setValues(shown.unique.external, shown.capacity.external);
    m_gaugeNamed->setValues(shown.unique.total(), shown.capacity.named);
    m_deactivate->setEnabled(ready && m_candidates > 0 && !m_session->isBusy());
}

void ReclaimView::deactivateCandidates()
{
    if (!m_preview || m_candidates == 0 || m_session->isBusy())
        return;
    const QString start = QFileInfo(m_session->path()).absolutePath();
    const QString folder = FileDialog::instance()->getExistingDirectory(
        this, tr("Folder for the Lists to Apply on the Platform"), start);
    if (folder.isEmpty())
        return; // cancelled: nothing changes
    m_written.clear();
    m_session->setDeactivatedInBackground({ candidateFilter(), {} }, true, [this, folder](const BulkOutcome &outcome) {
        const auto written = ReclaimList::write(folder, outcome.records);
        if (!written) {
            emit errorOccurred(tr("The users were deactivated here (Undo restores them), but the lists for the "
                                  "platform were not written: %1").arg(written.error()));
            return;
        }
        m_written = *written;
        emit listsWritten(m_written);
    });
    showPreview();
}

} // namespace hc
