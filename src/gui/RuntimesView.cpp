#include "RuntimesView.h"

#include "MessageBox.h"
#include "RuntimesModel.h"
#include "TenantsModel.h"
#include "Transaction.h"
#include "UndoCommands.h"
#include "WorkspaceChangeJob.h"
#include "WorkspaceReader.h"
#include "WorkspaceSession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hc {

namespace {

QTableView *makeTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model,
                      QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setMinimumHeight(80);
    return table;
}

} // namespace

RuntimesView::RuntimesView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_job(new WorkspaceChangeJob(session, this))
    , m_reader(new WorkspaceReader(this))
    , m_runtimesModel(new RuntimesModel(this))
    , m_tenantsModel(new TenantsModel(this))
{
    setObjectName(QStringLiteral("runtimesView"));
    buildUi();
    // Queued: the rename reloads the runtimes, which must not happen while the editor is still committing.
    connect(m_runtimesModel, &RuntimesModel::renameRequested, this, &RuntimesView::renameRuntime,
        Qt::QueuedConnection);
    connect(m_renameButton, &QPushButton::clicked, this, [this] {
        const QModelIndex current = m_runtimesTable->currentIndex();
        if (current.isValid())
            m_runtimesTable->edit(current.siblingAtColumn(RuntimesModel::NameColumn));
    });
    connect(m_removeButton, &QPushButton::clicked, this, &RuntimesView::removeSelectedRuntime);
    connect(m_setKindButton, &QPushButton::clicked, this, &RuntimesView::setKindOfSelectedTenants);
    connect(m_cancelButton, &QPushButton::clicked, this, &RuntimesView::cancelChange);
    connect(m_runtimesTable->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateTenants();
        updateButtons();
    });
    connect(m_tenantsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &RuntimesView::updateButtons);
    connect(m_job, &WorkspaceChangeJob::runningChanged, this, [this](bool running) {
        m_busyBar->setVisible(running);
        m_busyLabel->setText(running ? m_job->description() : QString());
        m_busyLabel->setVisible(running);
        m_cancelButton->setVisible(running);
        m_cancelButton->setEnabled(running);
        updateButtons();
        emit busyChanged(running, m_job->description());
    });
    connect(m_job, &WorkspaceChangeJob::finished, this, [this](const QString &error, bool cancelled) {
        if (!error.isEmpty())
            emit m_session->errorOccurred(error);
        if (cancelled) {
            m_busyLabel->setText(tr("Cancelled: nothing was changed."));
            m_busyLabel->show();
        }
    });
    connect(m_session, &WorkspaceSession::countsChanged, this, &RuntimesView::reload);
    connect(m_session, &WorkspaceSession::workspaceClosed, this, &RuntimesView::reload);
    reload();
}

bool RuntimesView::isBusy() const
{
    return m_job->isRunning();
}

void RuntimesView::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("runtimesTitle"));
    m_runtimesTable = makeTable(QStringLiteral("runtimesTable"), tr("Runtimes"), m_runtimesModel, this);
    m_runtimesTable->setSelectionMode(QAbstractItemView::SingleSelection);
    // The names take the room left, so the figures stay next to each other.
    m_runtimesTable->horizontalHeader()->setStretchLastSection(false);
    m_runtimesTable->horizontalHeader()->setSectionResizeMode(RuntimesModel::NameColumn, QHeaderView::Stretch);
    m_runtimesTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_title->setBuddy(m_runtimesTable);
    layout->addWidget(m_title);
    layout->addWidget(m_runtimesTable, 3);

    auto *buttons = new QHBoxLayout;
    m_renameButton = new QPushButton(tr("Rena&me"), this);
    m_renameButton->setObjectName(QStringLiteral("renameRuntimeButton"));
    m_renameButton->setAccessibleName(tr("Rename the selected runtime"));
    m_removeButton = new QPushButton(tr("Rem&ove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeRuntimeButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected runtime and its records"));
    m_uniqueNote = new QLabel(this);
    m_uniqueNote->setObjectName(QStringLiteral("uniqueNoteLabel"));
    m_uniqueNote->setWordWrap(true);
    m_uniqueNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    buttons->addWidget(m_renameButton);
    buttons->addWidget(m_removeButton);
    buttons->addSpacing(12);
    buttons->addWidget(m_uniqueNote, 1);
    layout->addLayout(buttons);
    buildTenantsUi(layout);
}

void RuntimesView::buildTenantsUi(QVBoxLayout *layout)
{
    m_tenantsTitle = new QLabel(this);
    m_tenantsTitle->setObjectName(QStringLiteral("tenantsTitle"));
    m_tenantsTable = makeTable(QStringLiteral("tenantsTable"), tr("Tenants"), m_tenantsModel, this);
    m_tenantsTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tenantsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tenantsTitle->setBuddy(m_tenantsTable);
    layout->addSpacing(8);
    layout->addWidget(m_tenantsTitle);
    layout->addWidget(m_tenantsTable, 2);

    auto *row = new QHBoxLayout;
    auto *kindLabel = new QLabel(tr("&Kind of the selected tenants:"), this);
    m_kindCombo = new QComboBox(this);
    m_kindCombo->setObjectName(QStringLiteral("tenantKindCombo"));
    m_kindCombo->setAccessibleName(tr("Tenant kind"));
    for (TenantKind kind : { TenantKind::Default, TenantKind::App, TenantKind::It })
        m_kindCombo->addItem(TenantsModel::kindText(kind), int(kind));
    kindLabel->setBuddy(m_kindCombo);
    m_setKindButton = new QPushButton(tr("&Set Kind"), this);
    m_setKindButton->setObjectName(QStringLiteral("setTenantKindButton"));
    m_setKindButton->setAccessibleName(tr("Set the kind of the selected tenants"));
    m_busyBar = new QProgressBar(this);
    m_busyBar->setObjectName(QStringLiteral("runtimesBusyBar"));
    m_busyBar->setAccessibleName(tr("Working"));
    m_busyBar->setRange(0, 0); // a recount reports no progress of its own: busy, not a percentage
    m_busyBar->setMaximumWidth(160);
    m_busyBar->hide();
    m_busyLabel = new QLabel(this);
    m_busyLabel->setObjectName(QStringLiteral("runtimesBusyLabel"));
    m_busyLabel->hide();
    m_cancelButton = new QPushButton(tr("Cance&l"), this);
    m_cancelButton->setObjectName(QStringLiteral("cancelRuntimeChangeButton"));
    m_cancelButton->setAccessibleName(tr("Cancel the running change"));
    m_cancelButton->hide();
    row->addWidget(kindLabel);
    row->addWidget(m_kindCombo);
    row->addWidget(m_setKindButton);
    row->addSpacing(12);
    row->addWidget(m_busyBar);
    row->addWidget(m_cancelButton);
    row->addWidget(m_busyLabel, 1);
    row->addStretch();
    layout->addLayout(row);
}

void RuntimesView::reload()
{
    const qint64 infraId = m_session->currentInfrastructureId();
    if (!m_session->isOpen() || infraId == 0) {
        m_reader->clear();
        showLists({}, {});
        return;
    }
    struct Lists {
        std::optional<Result<QVector<RuntimeInfo>>> runtimes;
        std::optional<Result<QVector<TenantInfo>>> tenants;
    };
    auto lists = std::make_shared<Lists>();
    // Tens of milliseconds on a million records, after every change: read off the GUI thread.
    m_reader->request(m_session->path(),
        [infraId, lists](Workspace &w) {
            lists->runtimes = w.runtimeStore().runtimes(infraId);
            lists->tenants = w.tenantStore().tenants(infraId);
        },
        [this, lists](const QString &openError) {
            QString error = openError;
            if (error.isEmpty() && !*lists->runtimes)
                error = lists->runtimes->error();
            if (error.isEmpty() && !*lists->tenants)
                error = lists->tenants->error();
            if (!error.isEmpty()) {
                emit m_session->errorOccurred(error);
                return;
            }
            showLists(lists->runtimes->value(), lists->tenants->value());
        });
}

bool RuntimesView::isLoading() const
{
    return m_reader->isWorking();
}

void RuntimesView::showLists(const QVector<RuntimeInfo> &runtimes, const QVector<TenantInfo> &tenants)
{
    const qint64 selected = selectedRuntimeId();
    m_allTenants = tenants;
    const Counts &counts = m_session->counts();
    m_runtimesModel->setRuntimes(runtimes, counts);
    m_title->setText(tr("Runtimes of %1").arg(m_session->currentInfrastructure().name));
    const QLocale locale;
    m_uniqueNote->setText(counts.model == LicenceModel::Named
            ? tr("Unique individuals in all runtimes: %1, the figure the licence is measured against.")
                  .arg(locale.toString(counts.unique.total()))
            : tr("Unique individuals in all runtimes: %1 internal \u00b7 %2 external, the figures the licence is "
                 "measured against.")
                  .arg(locale.toString(counts.unique.internal), locale.toString(counts.unique.external)));
    const int row = m_runtimesModel->rowOf(selected);
    if (row >= 0 && selectedRuntimeId() != selected)
        m_runtimesTable->selectRow(row);
    updateTenants();
    updateButtons();
}

qint64 RuntimesView::selectedRuntimeId() const
{
    const QModelIndexList rows = m_runtimesTable->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.constFirst().data(RuntimesModel::RuntimeIdRole).toLongLong();
}

QStringList RuntimesView::selectedTenants() const
{
    QStringList list;
    for (const QModelIndex &index : m_tenantsTable->selectionModel()->selectedRows())
        list << index.data(TenantsModel::TenantRole).toString();
    return list;
}

void RuntimesView::updateTenants()
{
    const qint64 runtimeId = selectedRuntimeId();
    const int row = m_runtimesModel->rowOf(runtimeId);
    const QString runtime = row >= 0 ? m_runtimesModel->rows().at(row).info.name : QString();
    QVector<TenantInfo> shown;
    for (const TenantInfo &t : std::as_const(m_allTenants)) {
        // A kind given before its first import belongs to no runtime yet: listed with the whole infrastructure.
        if (runtime.isEmpty() || t.runtimes.contains(runtime))
            shown.append(t);
    }
    const QStringList keep = selectedTenants();
    m_tenantsModel->setTenants(shown);
    for (const QString &tenant : keep) {
        const int r = m_tenantsModel->rowOf(tenant);
        if (r >= 0)
            m_tenantsTable->selectionModel()->select(m_tenantsModel->index(r, 0),
                QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_tenantsTitle->setText(runtime.isEmpty()
            ? tr("&Tenants found in all runtimes of %1").arg(m_session->currentInfrastructure().name)
            : tr("&Tenants found in %1").arg(runtime));
}

void RuntimesView::updateButtons()
{
    const bool idle = !m_job->isRunning() && m_session->isOpen();
    const bool runtime = selectedRuntimeId() != 0;
    m_renameButton->setEnabled(idle && runtime);
    m_removeButton->setEnabled(idle && runtime);
    m_setKindButton->setEnabled(idle && !selectedTenants().isEmpty());
    m_kindCombo->setEnabled(idle);
    m_runtimesTable->setEditTriggers(idle ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          : QAbstractItemView::NoEditTriggers);
}

void RuntimesView::renameRuntime(qint64 runtimeId, const QString &newName)
{
    const int row = m_runtimesModel->rowOf(runtimeId);
    if (m_job->isRunning() || row < 0)
        return;
    const QString oldName = m_runtimesModel->rows().at(row).info.name;
    if (oldName == newName)
        return;
    auto command = std::make_unique<StructureCommand>(m_session, tr("Rename runtime %1 to %2").arg(oldName, newName),
        // Each way names what it expects the runtime to be called: a rename made by another console in between is
        // refused, not overwritten (SPEC §7, no lost update).
        [runtimeId, newName, oldName](Workspace &w) { return w.runtimeStore().renameRuntime(runtimeId, newName, oldName); },
        [runtimeId, oldName, newName](Workspace &w) { return w.runtimeStore().renameRuntime(runtimeId, oldName, newName); });
    // Errors (a name in use) reach the window's banner through the session.
    if (command->apply())
        m_session->undoStack()->push(command.release());
}

void RuntimesView::removeSelectedRuntime()
{
    const int row = m_runtimesModel->rowOf(selectedRuntimeId());
    if (row < 0 || m_job->isRunning())
        return;
    const RuntimeInfo info = m_runtimesModel->rows().at(row).info;
    const QString text = tr("Remove runtime %1 and its %n record(s)? The administrator's decisions about them go too, "
                            "and this cannot be undone.", nullptr, int(info.records)).arg(info.name);
    if (MessageBox::question(this, tr("Remove Runtime"), text) != QMessageBox::Yes)
        return;
    const qint64 id = info.id;
    runJob(tr("Removing runtime %1…").arg(info.name), [id](Workspace &w) { return w.runtimeStore().removeRuntime(id); },
        [this](bool done) {
            // The records the undo history refers to are gone: its commands could only fail.
            if (done)
                m_session->undoStack()->clear();
        });
}

void RuntimesView::setKindOfSelectedTenants()
{
    const QStringList tenants = selectedTenants();
    if (tenants.isEmpty() || m_job->isRunning())
        return;
    const auto kind = TenantKind(m_kindCombo->currentData().toInt());
    const qint64 infraId = m_session->currentInfrastructureId();
    // Undo gives each tenant the kind it has now (one Workspace call per kind, in one transaction).
    QHash<int, QStringList> before;
    for (const QString &tenant : tenants) {
        const auto it = std::find_if(m_allTenants.cbegin(), m_allTenants.cend(),
            [&tenant](const TenantInfo &t) { return t.tenant == tenant; });
        before[int(it != m_allTenants.cend() ? it->kind : TenantKind::Default)].append(tenant);
    }
    const QString text = tr("Set the kind of %n tenant(s) to %1", nullptr, int(tenants.size()))
                             .arg(TenantsModel::kindText(kind));
    runJob(tr("Setting the kind of %n tenant(s) to %1 and recounting…", nullptr, int(tenants.size()))
               .arg(TenantsModel::kindText(kind)),
        [infraId, tenants, kind](Workspace &w) { return w.tenantStore().setTenantKind(infraId, tenants, kind); },
        [this, infraId, tenants, kind, before, text](bool done) {
            if (done)
                pushTenantKindUndo(text, infraId, { { int(kind), tenants } }, before);
        });
}

void RuntimesView::pushTenantKindUndo(const QString &text, qint64 infraId, const QHash<int, QStringList> &after,
                                      const QHash<int, QStringList> &before)
{
    // Undo and redo recount as the change did: off the GUI thread, each in one transaction.
    const auto setKinds = [infraId](const QHash<int, QStringList> &kinds) {
        return [infraId, kinds](Workspace &w, const std::function<void(qint64)> &) -> Status {
            QSqlDatabase db = w.database();
            Transaction tx(db);
            if (!tx.isOpen())
                return Status::failure(tx.startError());
            tx.snapshotCounts(infraId);
            for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
                if (Status s = w.tenantStore().setTenantKind(infraId, it.value(), TenantKind(it.key())); !s)
                    return s;
            }
            return tx.commit();
        };
    };
    m_session->undoStack()->push(new DecisionCommand(m_session, text, setKinds(after), setKinds(before), 0));
}

void RuntimesView::cancelChange()
{
    if (!m_job->isRunning())
        return;
    m_cancelButton->setEnabled(false);
    m_busyLabel->setText(m_job->cancel()
            ? tr("Cancelling: the change is rolled back as soon as its current step has ended…")
            : tr("Too late to cancel: the change is already being saved."));
}

void RuntimesView::runJob(const QString &description, const std::function<Status(Workspace &)> &change,
                          const std::function<void(bool done)> &ended)
{
    if (!m_job->start(description, m_session->currentInfrastructureId(), change)) {
        emit m_session->errorOccurred(tr("Another change is still running; try again when it has finished."));
        return;
    }
    // `done`: the change went through (not failed, not cancelled).
    connect(m_job, &WorkspaceChangeJob::finished, this, [ended](const QString &error, bool cancelled) {
        ended(error.isEmpty() && !cancelled);
    }, Qt::SingleShotConnection);
}

} // namespace hc
