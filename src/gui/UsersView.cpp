#include "UsersView.h"

#include "ExplainDialog.h"
#include "UsersCsvExport.h"
#include "UsersModel.h"
#include "WorkspaceSession.h"

#include <QAction>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QKeyEvent>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSet>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name);
}

// Which filter a combo entry stands for; -1: all.
constexpr int All = -1;

bool sameSelection(const UserFilter &a, const UserFilter &b)
{
    return a.infraId == b.infraId && a.runtimeId == b.runtimeId && a.search == b.search && a.userClass == b.userClass
        && a.status == b.status && a.tenant == b.tenant && a.notLoggedInSince == b.notLoggedInSince
        && a.group == b.group;
}

} // namespace

UsersView::UsersView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new UsersModel(session, this))
{
    setObjectName(QStringLiteral("usersView"));
    buildUi();

    m_csvExport = new UsersCsvExport(m_session, this);
    connect(m_csvExport, &UsersCsvExport::errorOccurred, this, &UsersView::errorOccurred);
    connect(m_model, &UsersModel::errorOccurred, this, &UsersView::errorOccurred);
    connect(this, &UsersView::errorOccurred, m_session, &WorkspaceSession::errorOccurred);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &UsersView::updateStatus);
    connect(m_model, &UsersModel::loadingChanged, this, &UsersView::updateStatus);
    connect(m_model, &UsersModel::rowsCounted, this, &UsersView::updateStatus);
    // Selected records change state after a decision: the actions that apply change with them.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &UsersView::updateActions);
    connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, &UsersView::reloadChoices);
    connect(m_session, &WorkspaceSession::recordsChanged, this, &UsersView::reloadChoices);
    // An open Explain follows the record's changes (a decision, an undo, an import).
    connect(m_session, &WorkspaceSession::recordsChanged, this, [this] {
        Workspace *ws = m_session->workspace();
        if (!m_explainDialog || !ws)
            return;
        if (const auto lines = ws->explainer().explain(m_explainDialog->ref()))
            m_explainDialog->setLines(*lines);
    });
    reloadChoices();
    updateStatus();
    updateActions();
}

void UsersView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(12, 10, 12, 8);
    layout->setSpacing(8);

    // Search and filters.
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search username, name, e-mail, phone or external id"));
    m_search->setAccessibleName(tr("Search users"));
    m_search->setAccessibleDescription(tr("Filters the table by username, name, e-mail, phone or external id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_search->addAction(QIcon::fromTheme(QStringLiteral("edit-find")), QLineEdit::LeadingPosition);
    filters->addWidget(m_search, 3);

    auto addCombo = [&](const QString &name, const QString &accessibleName) {
        auto *combo = new QComboBox(this);
        combo->setObjectName(name);
        combo->setAccessibleName(accessibleName);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(combo);
        return combo;
    };
    m_runtime = addCombo(QStringLiteral("runtimeFilter"), tr("Runtime"));
    m_class = addCombo(QStringLiteral("classFilter"), tr("Class"));
    m_class->addItem(tr("All classes"), All);
    m_class->addItem(tr("Internal"), int(UserClass::Internal));
    m_class->addItem(tr("External"), int(UserClass::External));
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Status"));
    m_status->addItem(tr("All statuses"), All);
    m_status->addItem(tr("Counted"), int(RecordStatus::Counted));
    m_status->addItem(tr("IT users"), int(RecordStatus::ItUser));
    m_status->addItem(tr("Inactive"), int(RecordStatus::Inactive));
    m_status->addItem(tr("Anonymous"), int(RecordStatus::Anonymous));
    // The tenants actually present (reloadChoices), or one typed by hand.
    m_tenant = addCombo(QStringLiteral("tenantFilter"), tr("Tenant"));
    m_tenant->setEditable(true);
    m_tenant->setInsertPolicy(QComboBox::NoInsert);
    m_tenant->addItem(tr("All tenants"));
    m_tenant->setToolTip(tr("Show the users of one tenant only"));
    m_group = addCombo(QStringLiteral("groupFilter"), tr("Group"));
    m_group->addItem(tr("All groups"));
    m_group->setToolTip(tr("Members of an imported group; select all to act on the whole group"));
    m_runtime->setAccessibleDescription(tr("Show the users of one runtime only"));
    m_class->setAccessibleDescription(tr("Show internal or external users only"));
    m_status->setAccessibleDescription(tr("Show counted, IT, inactive or anonymous records only"));
    m_tenant->setAccessibleDescription(m_tenant->toolTip());
    m_group->setAccessibleDescription(m_group->toolTip());
    layout->addLayout(filters);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(SearchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &UsersView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &UsersView::applyFilter);
    connect(m_tenant, &QComboBox::currentTextChanged, m_searchTimer, qOverload<>(&QTimer::start));
    for (QComboBox *combo : { m_runtime, m_class, m_status, m_group })
        connect(combo, &QComboBox::activated, this, &UsersView::applyFilter);

    // Decisions on the selection.
    m_toolBar = new QToolBar(tr("User actions"), this);
    m_toolBar->setObjectName(QStringLiteral("usersToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->setIconSize(QSize(16, 16));
    m_deactivate = addAction(QStringLiteral("actionDeactivate"), tr("&Deactivate"), QStringLiteral("list-remove-user"),
        tr("Deactivate the selected users: they stop counting (R5)"), &UsersView::deactivateSelected);
    m_activate = addAction(QStringLiteral("actionActivate"), tr("&Activate"), QStringLiteral("list-add-user"),
        tr("Undo a deactivation made in Headcount"), &UsersView::activateSelected);
    m_toolBar->addSeparator();
    m_markIt
        = addAction(QStringLiteral("actionMarkItUser"), tr("Mark as &IT User"), QStringLiteral("applications-system"),
            tr("Developers and administrators who do not use the apps do not count (R5)"), &UsersView::markItUser);
    m_clearIt = addAction(QStringLiteral("actionClearItUser"), tr("&Clear IT Flag"), QString(),
        tr("The selected users use the apps: they count"), &UsersView::clearItFlag);
    m_toolBar->addSeparator();
    m_link = addAction(QStringLiteral("actionLink"), tr("&Link"), QStringLiteral("insert-link"),
        tr("The two selected records are the same person (R6)"), &UsersView::linkSelected);
    m_split = addAction(QStringLiteral("actionSplit"), tr("&Split"), QStringLiteral("edit-cut"),
        tr("Keep the selected record apart from automatic matching (R6)"), &UsersView::splitSelected);
    m_toolBar->addSeparator();
    m_explain = addAction(QStringLiteral("actionExplain"), tr("&Explain…"), QStringLiteral("help-about"),
        tr("Which rules classified and counted the selected record"), &UsersView::explainSelected);
    // Shortcuts for the user actions, active while the Users view is shown.
    const QList<std::pair<QAction *, QKeySequence>> shortcuts = { { m_deactivate, QKeySequence(tr("Ctrl+D")) },
        { m_activate, QKeySequence(tr("Ctrl+Shift+D")) }, { m_markIt, QKeySequence(tr("Ctrl+T")) },
        { m_clearIt, QKeySequence(tr("Ctrl+Shift+T")) }, { m_link, QKeySequence(tr("Ctrl+L")) },
        { m_split, QKeySequence(tr("Ctrl+Shift+L")) }, { m_explain, QKeySequence(tr("Ctrl+E")) } };
    for (const auto &[action, key] : shortcuts) {
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        QWidget::addAction(action); // anywhere in the view, the search box included
        action->setToolTip(QStringLiteral("%1 (%2)").arg(action->toolTip(), key.toString(QKeySequence::NativeText)));
    }
    m_toolBar->addSeparator();
    m_exportList = addAction(QStringLiteral("actionExportUsersCsv"), tr("E&xport to CSV…"),
        QStringLiteral("document-export"), tr("Write the users listed (with the search and filters) to a CSV file"),
        &UsersView::exportListCsv);
    m_exportSelection = new QAction(tr("Export &Selection to CSV…"), this);
    m_exportSelection->setObjectName(QStringLiteral("actionExportSelectionCsv"));
    m_exportSelection->setToolTip(tr("Write the selected users to a CSV file"));
    m_exportSelection->setStatusTip(m_exportSelection->toolTip());
    connect(m_exportSelection, &QAction::triggered, this, &UsersView::exportSelectionCsv);
    auto *spacer = new QWidget(m_toolBar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_toolBar->addWidget(spacer);
    m_statusLabel = new QLabel(m_toolBar);
    m_statusLabel->setObjectName(QStringLiteral("usersStatus"));
    m_statusLabel->setForegroundRole(QPalette::PlaceholderText);
    m_toolBar->addWidget(m_statusLabel);
    layout->addWidget(m_toolBar);

    auto *find = new QAction(this);
    find->setShortcuts(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, m_search, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    QWidget::addAction(find);

    // The table: fixed row height (no per-row size hints over a million rows), rows selected as a whole.
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setAccessibleDescription(tr("One row per user record; the tool bar acts on the selected rows"));
    // Tab leaves the table (arrow keys move between cells), so the keyboard is never trapped in it.
    m_table->setTabKeyNavigation(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Tab moves on to the next control, as everywhere else; the arrow keys move within the table.
    m_table->setTabKeyNavigation(false);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    QHeaderView *rows = m_table->verticalHeader();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(fontMetrics().height() + 8);
    rows->hide();
    QHeaderView *columns = m_table->horizontalHeader();
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(true);
    columns->setHighlightSections(false);
    const int em = fontMetrics().horizontalAdvance(u'M');
    const QVector<int> widths = { 9, 14, 14, 20, 10, 7, 12, 9, 6, 6 };
    for (int c = 0; c < widths.size(); ++c)
        columns->resizeSection(c, widths.at(c) * em);
    columns->setSortIndicator(int(UsersModel::Column::Runtime), Qt::AscendingOrder);
    m_table->setSortingEnabled(true);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    const QList<QAction *> menu = { m_deactivate, m_activate, nullptr, m_markIt, m_clearIt, nullptr, m_link, m_split,
        nullptr, m_explain, nullptr, m_exportSelection, m_exportList };
    for (QAction *action : menu) {
        if (!action) {
            action = new QAction(m_table);
            action->setSeparator(true);
        }
        m_table->addAction(action);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateActions);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &UsersView::updateStatus);
    connect(m_table, &QTableView::doubleClicked, this, &UsersView::explainSelected);
    layout->addWidget(m_table, 1);
}

QAction *UsersView::addAction(
    const QString &objectName, const QString &text, const QString &icon, const QString &tip, void (UsersView::*slot)())
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    if (!icon.isEmpty())
        action->setIcon(themeIcon(icon));
    action->setToolTip(tip);
    action->setStatusTip(tip);
    connect(action, &QAction::triggered, this, slot);
    m_toolBar->addAction(action);
    return action;
}

ExplainDialog *UsersView::explainDialog() const
{
    return m_explainDialog.data();
}

QByteArray UsersView::saveTableState() const
{
    return m_table->horizontalHeader()->saveState();
}

void UsersView::restoreTableState(const QByteArray &state)
{
    QHeaderView *header = m_table->horizontalHeader();
    if (state.isEmpty() || !header->restoreState(state))
        return;
    // The restored sort indicator is not a sort yet: the model sorts by it now.
    m_table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
}

// ---- filters -------------------------------------------------------------------------------------------------

void UsersView::reloadChoices()
{
    // Runtimes of the current infrastructure, keeping the one chosen when it still exists.
    const qint64 chosen = m_runtime->currentData().toLongLong();
    QSignalBlocker blocker(m_runtime);
    m_runtime->clear();
    m_runtime->addItem(tr("All runtimes"), qint64(All));
    if (Workspace *ws = m_session->workspace()) {
        const auto runtimes = ws->runtimeStore().runtimes(m_session->currentInfrastructureId());
        if (!runtimes)
            emit m_session->errorOccurred(runtimes.error());
        for (const RuntimeInfo &r : runtimes ? *runtimes : QVector<RuntimeInfo>())
            m_runtime->addItem(r.name, r.id);
    }
    m_runtime->setCurrentIndex(std::max(0, m_runtime->findData(chosen)));

    // Groups of the current infrastructure, keeping the chosen one when it still exists.
    const QString chosenGroup = m_group->currentIndex() > 0 ? m_group->currentText() : QString();
    {
        QSignalBlocker groupBlocker(m_group);
        m_group->clear();
        m_group->addItem(tr("All groups"));
        if (Workspace *ws = m_session->workspace()) {
            // A failed read is said, not shown as "no groups".
            if (const auto groups = ws->groupStore().groups(m_session->currentInfrastructureId())) {
                for (const GroupInfo &g : *groups)
                    m_group->addItem(g.name);
            } else {
                emit m_session->errorOccurred(groups.error());
            }
        }
        m_group->setCurrentIndex(chosenGroup.isEmpty() ? 0 : std::max(0, m_group->findText(chosenGroup)));
        m_group->setVisible(m_group->count() > 1);
    }

    // Tenants found in the records of the current infrastructure, with their kinds; the typed text is kept.
    {
        const QString typed = m_tenant->currentText();
        QSignalBlocker tenantBlocker(m_tenant);
        m_tenant->clear();
        m_tenant->addItem(tr("All tenants"));
        if (Workspace *ws = m_session->workspace()) {
            if (const auto tenants = ws->tenantStore().tenants(m_session->currentInfrastructureId())) {
                for (const TenantInfo &t : *tenants) {
                    m_tenant->addItem(t.tenant.isEmpty() ? tr("Default tenant") : t.tenant, t.tenant);
                    m_tenant->setItemData(m_tenant->count() - 1,
                                          tr("Kind %1 · %n record(s)", nullptr, int(t.records)).arg(toString(t.kind)),
                                          Qt::ToolTipRole);
                }
            } else {
                emit m_session->errorOccurred(tenants.error());
            }
        }
        const int index = m_tenant->findText(typed);
        if (index >= 0)
            m_tenant->setCurrentIndex(index);
        else
            m_tenant->setEditText(typed);
    }

    // The named model has no classes (R9).
    const bool named = m_session->currentInfrastructure().model == LicenceModel::Named;
    m_class->setVisible(!named);
    m_table->setColumnHidden(int(UsersModel::Column::Class), named);
    if (named)
        m_class->setCurrentIndex(0);

    const UserFilter f = m_model->filter();
    if (f.infraId != m_session->currentInfrastructureId() || (m_runtime->currentIndex() == 0 && f.runtimeId)
        || (m_group->currentIndex() == 0 && !f.group.isEmpty()))
        applyFilter();
}

void UsersView::applyFilter()
{
    m_searchTimer->stop();
    UserFilter f = m_model->filter();
    f.infraId = m_session->currentInfrastructureId();
    f.search = m_search->text().trimmed();
    const qint64 runtime = m_runtime->currentData().toLongLong();
    f.runtimeId = runtime > 0 ? std::optional<qint64>(runtime) : std::nullopt;
    const int cls = m_class->currentData().toInt();
    f.userClass = cls == All ? std::nullopt : std::optional<UserClass>(UserClass(cls));
    const int status = m_status->currentData().toInt();
    f.status = status == All ? std::nullopt : std::optional<RecordStatus>(RecordStatus(status));
    const QString tenant = m_tenant->currentText().trimmed();
    const int listed = m_tenant->findText(m_tenant->currentText());
    if (tenant.isEmpty() || listed == 0)
        f.tenant.reset();
    else if (listed > 0)
        f.tenant = m_tenant->itemData(listed).toString();
    else
        f.tenant = tenant;
    f.group = m_group->currentIndex() > 0 ? m_group->currentText() : QString();
    if (!sameSelection(f, m_model->filter()))
        m_model->setFilter(f);
}

void UsersView::updateStatus()
{
    const QLocale locale;
    const int rows = m_model->rowCount();
    QString text;
    if (!m_session->isOpen())
        text = QString();
    else if (m_model->isLoading() && m_model->isCountKnown())
        text = tr("%1 users · reading…").arg(locale.toString(rows));
    else if (!m_model->isCountKnown())
        text = tr("%1+ users · counting…").arg(locale.toString(rows));
    else if (rows == 0 && !m_model->filter().search.isEmpty())
        text = tr("No user matches \u201c%1\u201d").arg(m_model->filter().search);
    else if (rows == 0)
        text = tr("No users with these filters");
    else
        text = tr("%Ln user(s)", nullptr, rows);
    const qint64 selected = m_session->isOpen() ? selectedCount() : 0;
    if (selected > 0)
        text += tr(" · %1 selected").arg(locale.toString(selected));
    m_statusLabel->setText(text);
}

bool UsersView::eventFilter(QObject *watched, QEvent *event)
{
    // Ctrl+Z in the search box undoes the last change of the workspace, as everywhere else in the window (the
    // typed text is cleared with Esc or the clear button): the line edit does not claim Undo/Redo.
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)) {
            event->ignore();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

// ---- selection and decisions ---------------------------------------------------------------------------------

QVector<int> UsersView::selectedRows(int limit) const
{
    QVector<int> rows;
    const QItemSelection selection = m_table->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom() && rows.size() < limit; ++row)
            rows << row;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    return rows;
}

std::optional<RecordRef> UsersView::decidableRef(int row)
{
    const RecordRef ref = m_model->recordRef(row);
    if (ref.runtimeId == 0) {
        // A row still showing "Loading…": never decide on part of a selection.
        emit errorOccurred(tr("The list is still being read; try again in a moment."));
        return std::nullopt;
    }
    if (ref.username.trimmed().isEmpty()) {
        // Decisions are kept by username (SPEC §3): one on an empty username would reach every such record.
        emit errorOccurred(tr("A record without a username cannot be decided on: decisions are kept by username."));
        return std::nullopt;
    }
    return ref;
}

QVector<RecordRef> UsersView::selectedRefs()
{
    const QVector<int> rows = selectedRows(MaxRecordsPerDecision + 1);
    if (rows.size() > MaxRecordsPerDecision) {
        emit errorOccurred(tr("Select at most %L1 users for one decision.").arg(MaxRecordsPerDecision));
        return {};
    }
    QVector<RecordRef> refs;
    QSet<QString> seen;
    for (int row : rows) {
        const auto decidable = decidableRef(row);
        if (!decidable)
            return {};
        const RecordRef &ref = *decidable;
        const QString key
            = QString::number(ref.runtimeId) + u'\n' + ref.username + u'\n' + ref.tenant.value_or(QString());
        if (!seen.contains(key)) {
            seen.insert(key);
            refs << ref;
        }
    }
    return refs;
}

void UsersView::updateActions()
{
    const QVector<int> rows = selectedRows(3);
    const bool any = !rows.isEmpty() && m_session->isOpen();
    for (QAction *action : { m_deactivate, m_activate, m_markIt, m_clearIt })
        action->setEnabled(any);
    m_link->setEnabled(any && rows.size() == 2);
    m_exportSelection->setEnabled(any);
    m_exportList->setEnabled(m_session->isOpen() && m_model->rowCount() > 0);
    m_explain->setEnabled(any && rows.size() == 1);
    m_split->setEnabled(any && rows.size() == 1);
    const bool split = rows.size() == 1 && m_model->userRow(rows.first()).split;
    m_split->setText(split ? tr("Re&join") : tr("&Split"));
    m_split->setToolTip(split ? tr("Let automatic matching join the selected record again (R6)")
                              : tr("Keep the selected record apart from automatic matching (R6)"));
}

bool UsersView::decideInBackground(Decision decision, bool value)
{
    if (selectedCount() <= WorkspaceSession::SynchronousDecisionLimit)
        return false;
    // Thousands of records: read and decided off the GUI thread, by their rows in the list as shown.
    const BulkTarget target { m_model->listFilter(), selectedRanges() };
    if (decision == Decision::Deactivated)
        m_session->setDeactivatedInBackground(target, value);
    else
        m_session->setItUserInBackground(target, value);
    return true;
}

void UsersView::deactivateSelected()
{
    if (decideInBackground(Decision::Deactivated, true))
        return;
    const QVector<RecordRef> refs = selectedRefs();
    if (!refs.isEmpty())
        m_session->setDeactivated(refs, true);
}

void UsersView::activateSelected()
{
    if (decideInBackground(Decision::Deactivated, false))
        return;
    const QVector<RecordRef> refs = selectedRefs();
    if (!refs.isEmpty())
        m_session->setDeactivated(refs, false);
}

void UsersView::markItUser()
{
    if (decideInBackground(Decision::ItUser, true))
        return;
    const QVector<RecordRef> refs = selectedRefs();
    if (!refs.isEmpty())
        m_session->setItUser(refs, true);
}

void UsersView::clearItFlag()
{
    if (decideInBackground(Decision::ItUser, false))
        return;
    const QVector<RecordRef> refs = selectedRefs();
    if (!refs.isEmpty())
        m_session->setItUser(refs, false);
}

void UsersView::linkSelected()
{
    const QVector<int> rows = selectedRows(3);
    if (rows.size() != 2) {
        emit errorOccurred(tr("Select exactly two records to link them."));
        return;
    }
    const auto a = decidableRef(rows.at(0));
    const auto b = a ? decidableRef(rows.at(1)) : std::nullopt;
    if (a && b)
        m_session->link(*a, *b);
}

void UsersView::splitSelected()
{
    const QVector<int> rows = selectedRows(2);
    if (rows.size() != 1) {
        emit errorOccurred(tr("Select one record to split it."));
        return;
    }
    const UserRow row = m_model->userRow(rows.first());
    if (const auto ref = decidableRef(rows.first()))
        m_session->split(*ref, !row.split);
}

void UsersView::explainSelected()
{
    const QVector<int> rows = selectedRows(2);
    Workspace *ws = m_session->workspace();
    if (rows.size() != 1 || !ws)
        return;
    const RecordRef ref = m_model->recordRef(rows.first());
    if (ref.runtimeId == 0) {
        // A row still loading, or gone meanwhile: say so rather than "No runtime with id 0".
        emit errorOccurred(tr("The list is still being read; try again in a moment."));
        return;
    }
    const UserRow row = m_model->userRow(rows.first());
    const auto lines = ws->explainer().explain(ref);
    if (!lines) {
        emit errorOccurred(lines.error());
        return;
    }
    m_explainDialog = new ExplainDialog(QStringLiteral("%1/%2").arg(row.runtime, row.record.username), *lines, this);
    m_explainDialog->setRef(ref);
    m_explainDialog->show();
}

void UsersView::exportListCsv()
{
    m_csvExport->run(m_model->listFilter());
}

QVector<std::pair<int, int>> UsersView::selectedRanges() const
{
    QVector<std::pair<int, int>> ranges;
    for (const QItemSelectionRange &range : m_table->selectionModel()->selection())
        ranges.append({ range.top(), range.bottom() });
    std::sort(ranges.begin(), ranges.end());
    // Ranges of a Ctrl+click selection may overlap: each row counts once.
    QVector<std::pair<int, int>> merged;
    for (const auto &range : std::as_const(ranges)) {
        if (!merged.isEmpty() && range.first <= merged.last().second + 1)
            merged.last().second = std::max(merged.last().second, range.second);
        else
            merged.append(range);
    }
    return merged;
}

qint64 UsersView::selectedCount() const
{
    qint64 n = 0;
    for (const auto &[first, last] : selectedRanges())
        n += last - first + 1;
    return n;
}

void UsersView::exportSelectionCsv()
{
    const auto ranges = selectedRanges();
    if (ranges.isEmpty()) {
        emit errorOccurred(tr("Select the users to export first."));
        return;
    }
    m_csvExport->run(m_model->listFilter(), ranges);
}

} // namespace hc
