#include "WorkspaceSession.h"

#include "ChangeNotifier.h"
#include "CountsHistory.h"

#include "UndoCommands.h"
#include "WorkspaceJob.h"

#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>

namespace hc {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_watch(new QTimer(this))
    , m_connectionWatch(new QTimer(this))
    , m_notifyDelay(new QTimer(this))
    , m_job(new WorkspaceJob(this))
    , m_jobTotal(std::make_shared<std::atomic<qint64>>(0))
{
    connect(m_job, &WorkspaceJob::progress, this,
        [this](qint64 done) { emit backgroundProgress(done, m_jobTotal->load()); });
    connect(m_job, &WorkspaceJob::finished, this, [this](const QString &error) {
        auto done = std::move(m_jobDone);
        m_jobDone = nullptr;
        if (done)
            done(error);
    });
    // On the GUI thread with the session's own connection: a check is one PRAGMA that never waits (microseconds).
    m_watch->setObjectName(QStringLiteral("workspaceWatch"));
    m_watch->setInterval(WatchIntervalMs);
    connect(m_watch, &QTimer::timeout, this, &WorkspaceSession::checkForChanges);
    m_connectionWatch->setObjectName(QStringLiteral("connectionWatch"));
    m_connectionWatch->setInterval(ConnectionCheckMs);
    connect(m_connectionWatch, &QTimer::timeout, this, &WorkspaceSession::checkConnection);
    m_notifyDelay->setObjectName(QStringLiteral("workspaceNotifyDelay"));
    m_notifyDelay->setSingleShot(true);
    m_notifyDelay->setInterval(NotifyDelayMs);
    connect(m_notifyDelay, &QTimer::timeout, this, &WorkspaceSession::refreshNotified);
}

WorkspaceSession::~WorkspaceSession()
{
    // A background change still running ends first (its outcome goes nowhere): it writes on its own connection.
    m_jobDone = nullptr;
    delete m_job;
    m_job = nullptr;
}

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

Status WorkspaceSession::open(const QString &path, const QString &preferredInfrastructure,
                              const DatabaseCredentials &credentials)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path, credentials);
    if (!opened)
        return Status::failure(opened.error(), opened.code());

    waitForBackgroundChange();
    // Commands hold references into the workspace they were made on.
    const auto infrastructures = opened.value()->infrastructureStore().infrastructures();
    if (!infrastructures)
        return Status::failure(infrastructures.error());
    m_undoStack->clear();
    m_notifier.reset();
    m_notified = false; // what the previous workspace was told is not news about this one
    m_notifyDelay->stop();
    m_workspace = std::move(opened).value();
    m_infrastructures = *infrastructures;
    m_infraId = m_infrastructures.isEmpty() ? 0 : m_infrastructures.constFirst().id;
    for (const InfrastructureInfo &info : std::as_const(m_infrastructures)) {
        if (info.name == preferredInfrastructure)
            m_infraId = info.id;
    }
    m_watchError.clear();
    rememberDataVersion();
    startListening();
    updateWatch();
    emit workspaceOpened(m_workspace->path());
    emit infrastructuresChanged();
    emit currentInfrastructureChanged(m_infraId);
    return reloadCounts();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    waitForBackgroundChange();
    m_undoStack->clear();
    m_notifier.reset();
    m_notified = false;
    m_notifyDelay->stop();
    m_workspace.reset();
    updateWatch();
    m_dataVersion.reset();
    m_infrastructures.clear();
    m_infraId = 0;
    m_counts = Counts();
    emit infrastructuresChanged();
    emit currentInfrastructureChanged(0);
    emit countsChanged(m_counts);
    emit workspaceClosed();
}

InfrastructureInfo WorkspaceSession::currentInfrastructure() const
{
    for (const InfrastructureInfo &info : m_infrastructures) {
        if (info.id == m_infraId)
            return info;
    }
    return {};
}

bool WorkspaceSession::setCurrentInfrastructure(qint64 infraId)
{
    const auto found = std::find_if(m_infrastructures.cbegin(), m_infrastructures.cend(),
        [infraId](const InfrastructureInfo &i) { return i.id == infraId; });
    if (found == m_infrastructures.cend())
        return false;
    if (infraId == m_infraId)
        return true;
    m_infraId = infraId;
    emit currentInfrastructureChanged(m_infraId);
    reloadCounts();
    return true;
}

bool WorkspaceSession::setCurrentInfrastructure(const QString &name)
{
    for (const InfrastructureInfo &info : std::as_const(m_infrastructures)) {
        if (info.name == name)
            return setCurrentInfrastructure(info.id);
    }
    return false;
}

Status WorkspaceSession::refresh()
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));

    // Before reading: a commit made while this reads shows as a change at the next check, never as none.
    rememberDataVersion();
    const auto read = m_workspace->infrastructureStore().infrastructures();
    if (!read)
        return Status::failure(read.error());
    const QVector<InfrastructureInfo> &infrastructures = *read;
    const bool listChanged = [&] {
        if (infrastructures.size() != m_infrastructures.size())
            return true;
        for (int i = 0; i < infrastructures.size(); ++i) {
            const InfrastructureInfo &a = infrastructures.at(i);
            const InfrastructureInfo &b = m_infrastructures.at(i);
            if (a.id != b.id || a.name != b.name || a.model != b.model || a.platformVersion != b.platformVersion
                || !(a.capacity == b.capacity))
                return true;
        }
        return false;
    }();
    if (listChanged) {
        m_infrastructures = infrastructures;
        emit infrastructuresChanged();
        // The current one may have been removed by another program: fall back to the first.
        if (!std::any_of(m_infrastructures.cbegin(), m_infrastructures.cend(),
                [this](const InfrastructureInfo &i) { return i.id == m_infraId; })) {
            m_infraId = m_infrastructures.isEmpty() ? 0 : m_infrastructures.constFirst().id;
            emit currentInfrastructureChanged(m_infraId);
        }
    }
    const Status counts = reloadCounts();
    // Records may have changed elsewhere too (headcount-cli, another administrator).
    emit recordsChanged();
    return counts;
}

bool WorkspaceSession::isWatching() const
{
    return m_watch->isActive() || (isListening() && m_longOperations == 0);
}

bool WorkspaceSession::isListening() const
{
    return m_notifier && m_notifier->isListening();
}

void WorkspaceSession::updateWatch()
{
    // Nothing to poll for when the server tells.
    if (m_workspace && m_longOperations == 0 && !isListening())
        m_watch->start();
    else
        m_watch->stop();
    if (m_workspace && m_workspace->isShared() && m_longOperations == 0) {
        if (!m_connectionWatch->isActive())
            m_connectionWatch->start();
    } else {
        m_connectionWatch->stop();
    }
    if (m_notified && m_longOperations == 0 && !m_notifyDelay->isActive())
        m_notifyDelay->start();
}

void WorkspaceSession::startListening()
{
    auto notifier = std::make_unique<ChangeNotifier>(*m_workspace);
    const Result<bool> listening = notifier->start();
    if (!listening) {
        // The console still works; it shows changes made elsewhere on F5 only.
        emit errorOccurred(listening.error());
        return;
    }
    if (!*listening)
        return;
    connect(notifier.get(), &ChangeNotifier::changedElsewhere, this, [this] {
        m_notified = true;
        // Held back while a long operation runs (its end refreshes anyway), as the polling is.
        if (m_longOperations == 0 && !m_notifyDelay->isActive())
            m_notifyDelay->start();
    });
    m_notifier = std::move(notifier);
}

void WorkspaceSession::refreshNotified()
{
    if (!m_workspace || !m_notified || m_longOperations > 0)
        return;
    m_notified = false;
    const Status refreshed = refresh();
    if (!refreshed)
        emit errorOccurred(tr("Could not read the changes made by another program: %1").arg(refreshed.error()));
    else
        emit changedElsewhere();
}

void WorkspaceSession::rememberDataVersion()
{
    const auto version = m_workspace ? m_workspace->dataVersion() : Result<std::optional<qint64>>(std::nullopt);
    // Unknown (busy, or an error) counts as a change at the next check that can tell.
    m_dataVersion = version ? *version : std::nullopt;
}

void WorkspaceSession::checkForChanges()
{
    if (!m_workspace || m_longOperations > 0)
        return;
    const auto version = m_workspace->dataVersion();
    if (!version) {
        if (version.error() != m_watchError) {
            m_watchError = version.error();
            emit errorOccurred(version.error());
        }
        return;
    }
    m_watchError.clear();
    // Not readable now (another process is writing): the next check will see its commit.
    if (!version->has_value() || *version == m_dataVersion)
        return;
    const Status refreshed = refresh();
    if (!refreshed)
        emit errorOccurred(tr("Could not read the changes made by another program: %1").arg(refreshed.error()));
    else
        emit changedElsewhere();
}

void WorkspaceSession::checkConnection()
{
    if (!m_workspace || m_longOperations > 0 || !m_workspace->isShared())
        return;
    const Status alive = m_workspace->checkConnection();
    if (alive)
        return;
    // By the same URL: the open (dead) Workspace still keeps the password a person typed (DatabaseCredentials).
    const Status reopened = open(m_workspace->path(), currentInfrastructure().name);
    if (!reopened) {
        if (!m_connectionLost) {
            m_connectionLost = true;
            emit errorOccurred(tr("The connection to the shared workspace was lost (%1). Headcount tries again every "
                                  "few seconds; until then the figures shown may be out of date.")
                                   .arg(alive.error()));
        }
        return;
    }
    m_connectionLost = false;
    emit connectionRestored();
}

WorkspaceSession::LongOperation::LongOperation(WorkspaceSession *session)
    : m_session(session)
{
    if (!m_session)
        return;
    ++m_session->m_longOperations;
    m_session->updateWatch();
}

WorkspaceSession::LongOperation::~LongOperation()
{
    if (!m_session)
        return;
    --m_session->m_longOperations;
    m_session->updateWatch();
}

Status WorkspaceSession::change(const std::function<Status(Workspace &)> &apply)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    if (isBusy())
        return refuse(tr("A change is still being applied; try again when it is done."));
    emit recordsAboutToChange();
    const Status applied = apply(*m_workspace);
    reloadCounts();
    emit recordsChanged();
    if (!applied)
        emit errorOccurred(applied.error());
    return applied;
}

Status WorkspaceSession::changeStructure(const std::function<Status(Workspace &)> &apply)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    emit recordsAboutToChange();
    const Status applied = apply(*m_workspace);
    // Infrastructures, runtimes or capacities changed: everything is read again (refresh() tells the records views).
    const Status refreshed = refresh();
    if (!applied)
        emit errorOccurred(applied.error());
    else if (!refreshed)
        emit errorOccurred(refreshed.error());
    return applied;
}

Status WorkspaceSession::refuse(const QString &why)
{
    emit errorOccurred(why);
    return Status::failure(why);
}

Status WorkspaceSession::execute(std::unique_ptr<DecisionCommand> command)
{
    if (isBusy())
        return refuse(tr("A change is still being applied; try again when it is done."));
    const Status applied = command->apply();
    if (applied)
        m_undoStack->push(command.release());
    return applied;
}

Status WorkspaceSession::setDeactivated(const QVector<RecordRef> &refs, bool deactivated)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    QVector<RecordRef> changing;
    for (const RecordRef &ref : refs) {
        const auto rows = m_workspace->userQueries().findRecords(ref);
        if (!rows)
            return refuse(rows.error());
        if (rows->constFirst().deactivatedHere != deactivated)
            changing << ref;
    }
    if (changing.isEmpty()) {
        const QString why = deactivated ? tr("The selected users are deactivated already.")
                                        : tr("Only users deactivated in Headcount can be activated here; the others "
                                             "are inactive on the platform itself.");
        return refuse(why);
    }
    const int n = int(changing.size());
    const QString text = deactivated ? tr("Deactivate %n user(s)", nullptr, n) : tr("Activate %n user(s)", nullptr, n);
    return execute(std::make_unique<DecisionCommand>(
        this, text, [changing, deactivated](Workspace &w) { return w.decisions().setDeactivated(changing, deactivated); },
        [changing, deactivated](Workspace &w) { return w.decisions().setDeactivated(changing, !deactivated); }));
}

Status WorkspaceSession::setItUser(const QVector<RecordRef> &refs, bool itUser)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    // The flag each record had before: none (the export's Is_IT_User applies), set, or cleared by the administrator.
    QVector<RecordRef> changing, hadNone, hadSet, hadCleared;
    for (const RecordRef &ref : refs) {
        const auto rows = m_workspace->userQueries().findRecords(ref);
        if (!rows)
            return refuse(rows.error());
        const UserRow &row = rows->constFirst();
        const std::optional<bool> before
            = row.itOverride ? std::optional<bool>(row.status == RecordStatus::ItUser) : std::nullopt;
        if (before == std::optional<bool>(itUser))
            continue;
        changing << ref;
        (!before ? hadNone : *before ? hadSet : hadCleared) << ref;
    }
    if (changing.isEmpty()) {
        const QString why = itUser ? tr("The selected users are marked as IT users already.")
                                   : tr("The IT flag of the selected users is cleared already.");
        return refuse(why);
    }
    const int n = int(changing.size());
    const QString text
        = itUser ? tr("Mark %n user(s) as IT users", nullptr, n) : tr("Clear the IT flag of %n user(s)", nullptr, n);
    return execute(std::make_unique<DecisionCommand>(
        this, text, [changing, itUser](Workspace &w) { return w.decisions().setItUser(changing, itUser); },
        [hadNone, hadSet, hadCleared](Workspace &w) {
            for (const auto &[group, value] : {std::pair(hadNone, std::optional<bool>()),
                     std::pair(hadSet, std::optional<bool>(true)), std::pair(hadCleared, std::optional<bool>(false))}) {
                if (group.isEmpty())
                    continue;
                if (Status s = w.decisions().setItUser(group, value); !s)
                    return s;
            }
            return Status();
        }));
}

Status WorkspaceSession::link(const RecordRef &a, const RecordRef &b)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    const auto linked = m_workspace->decisions().isLinked(a, b);
    if (!linked)
        return refuse(linked.error());
    if (*linked)
        return refuse(tr("These two records are linked already."));
    return execute(std::make_unique<DecisionCommand>(
        this, tr("Link %1 and %2").arg(a.username, b.username), [a, b](Workspace &w) { return w.decisions().link(a, b); },
        [a, b](Workspace &w) { return w.decisions().unlink(a, b); }));
}

Status WorkspaceSession::split(const RecordRef &ref, bool split)
{
    if (!m_workspace)
        return Status::failure(tr("No workspace is open."));
    const auto rows = m_workspace->userQueries().findRecords(ref);
    if (!rows)
        return refuse(rows.error());
    if (rows->constFirst().split == split) {
        const QString why = split ? tr("%1 is split already.").arg(ref.username)
                                  : tr("%1 is not split.").arg(ref.username);
        return refuse(why);
    }
    const QString text = split ? tr("Split %1").arg(ref.username) : tr("Rejoin %1").arg(ref.username);
    return execute(std::make_unique<DecisionCommand>(
        this, text, [ref, split](Workspace &w) { return w.decisions().split(ref, split); },
        [ref, split](Workspace &w) { return w.decisions().split(ref, !split); }));
}

Result<WorkspaceSession::CountsRead> WorkspaceSession::readCounts(Workspace &ws, qint64 infraId)
{
    using R = Result<CountsRead>;
    Result<Counts> counts = ws.counts(infraId);
    if (!counts)
        return R::failure(counts.error());
    // Bounded (one a day past 90 days), so read whole with the counts: the trend chart follows every change.
    auto history = CountsHistory(ws.database()).snapshots(infraId);
    if (!history)
        return R::failure(history.error());
    return CountsRead{std::move(counts).value(), std::move(history).value()};
}

Status WorkspaceSession::reloadCounts()
{
    if (!m_workspace || m_infraId == 0) {
        m_counts = Counts();
        m_history.clear();
        emit countsChanged(m_counts);
        return {};
    }
    return showCounts(readCounts(*m_workspace, m_infraId));
}

Status WorkspaceSession::showCounts(Result<CountsRead> read)
{
    if (!read) {
        emit errorOccurred(read.error());
        return Status::failure(read.error());
    }
    m_history = std::move(read->history);
    m_counts = std::move(read->counts);
    emit countsChanged(m_counts);
    return {};
}

} // namespace hc
