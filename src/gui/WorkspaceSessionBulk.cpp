// WorkspaceSession's bulk decisions: off the GUI thread, one transaction each, undoable as one command (SPEC §8: no
// GUI-thread block over 100 ms, bulk decisions on 100 000 selected users included).
#include "WorkspaceSession.h"

#include "RecordSnapshot.h"
#include "UndoCommands.h"
#include "WorkspaceJob.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSet>
#include <QTemporaryDir>
#include <QUndoStack>

#include <algorithm>

namespace hc {

namespace {

qint64 runtimeOfRecord(qint64 recordId)
{
    return recordId >> 32;
}

} // namespace

// Phase timings of collecting a bulk decision's records: QT_LOGGING_RULES="headcount.decisions.debug=true".
Q_LOGGING_CATEGORY(lcBulk, "headcount.decisions", QtWarningMsg)

namespace {

// In the worker: every record of `target` (its rows of the list, or all of it), with what a decision reads.
Status forEachTargetRow(Workspace &ws, const BulkTarget &target, const std::atomic_bool &cancelled,
                        const std::function<void(const UserRow &)> &each)
{
    QElapsedTimer clock;
    clock.start();
    const auto ids = ws.userQueries().userIds(target.list, &cancelled);
    if (!ids)
        return Status::failure(ids.error());
    QVector<qint64> chosen;
    if (target.rows.isEmpty()) {
        chosen = *ids;
    } else {
        for (const auto &[first, last] : target.rows) {
            for (qint64 row = std::max(0, first); row <= last && row < ids->size(); ++row)
                chosen << ids->at(row);
        }
    }
    // Read in id order, the table's own: 100 000 rows picked in the view's order were as many random B-tree walks.
    std::sort(chosen.begin(), chosen.end());
    chosen.erase(std::unique(chosen.begin(), chosen.end()), chosen.end());
    qCDebug(lcBulk, "list's ids                %6lld ms (%lld ids)", clock.restart(), qint64(ids->size()));
    const auto rows = ws.userQueries().decisionRows(target.list.infraId, chosen, &cancelled);
    if (!rows)
        return Status::failure(rows.error());
    qCDebug(lcBulk, "chosen records read       %6lld ms (%lld records)", clock.restart(), qint64(rows->size()));
    for (const UserRow &row : *rows)
        each(row);
    return {};
}

// One reference per runtime + username + tenant (how decisions are kept); false when `seen` had it.
bool addRef(const UserRow &row, QSet<QString> &seen, QVector<RecordRef> &refs)
{
    const qint64 runtime = runtimeOfRecord(row.recordId);
    const QString key = QString::number(runtime) + u'\n' + row.record.username + u'\n' + row.record.tenant;
    if (seen.contains(key))
        return false;
    seen.insert(key);
    refs.append({ runtime, row.record.username, std::optional<QString>(row.record.tenant) });
    return true;
}

} // namespace

Status WorkspaceSession::collectBulk(Workspace &ws, const BulkTarget &target, bool deactivated,
                                     const std::atomic_bool &cancelled, QVector<RecordRef> &refs, BulkOutcome &outcome)
{
    QSet<QString> seen;
    const Status read = forEachTargetRow(ws, target, cancelled, [&](const UserRow &row) {
        if (row.record.username.trimmed().isEmpty()) {
            ++outcome.skipped;
            return;
        }
        if (row.deactivatedHere == deactivated)
            return;
        outcome.records.append({ row.runtime, row.record.sourceId, row.record.username });
        addRef(row, seen, refs);
    });
    outcome.changed = refs.size();
    return read;
}

bool WorkspaceSession::setItUserInBackground(const BulkTarget &target, bool itUser)
{
    if (!m_workspace || isBusy()) {
        static_cast<void>(refuse(m_workspace ? tr("A change is still being applied; try again when it is done.")
                                             : tr("No workspace is open.")));
        return false;
    }
    // The flag each record had before: none (the export's Is_IT_User applies), set, or cleared here; undo puts back
    // exactly that.
    struct Groups {
        QVector<RecordRef> changing, hadNone, hadSet, hadCleared;
    };
    auto groups = std::make_shared<Groups>();
    m_jobTotal->store(0);
    emit recordsAboutToChange();
    m_jobOperation = std::make_unique<LongOperation>(this);
    startJob([target, itUser, groups](WorkspaceJob::Context &c) {
        QSet<QString> seen;
        const Status read = forEachTargetRow(c.workspace, target, c.cancelled, [&](const UserRow &row) {
            if (row.record.username.trimmed().isEmpty())
                return;
            const std::optional<bool> before
                = row.itOverride ? std::optional<bool>(row.status == RecordStatus::ItUser) : std::nullopt;
            if (before == std::optional<bool>(itUser) || !addRef(row, seen, groups->changing))
                return;
            (!before ? groups->hadNone : *before ? groups->hadSet : groups->hadCleared) << groups->changing.last();
        });
        if (!read)
            return read;
        return groups->changing.isEmpty() ? Status() : c.workspace.decisions().setItUser(groups->changing, itUser);
    });
    m_jobDone = [this, groups, itUser](const QString &error) {
        backgroundEnded();
        if (!error.isEmpty()) {
            emit errorOccurred(error);
            return;
        }
        if (groups->changing.isEmpty()) {
            emit errorOccurred(itUser ? tr("The selected users are marked as IT users already.")
                                      : tr("The IT flag of the selected users is cleared already."));
            return;
        }
        const int n = int(groups->changing.size());
        const QString text = itUser ? tr("Mark %n user(s) as IT users", nullptr, n)
                                    : tr("Clear the IT flag of %n user(s)", nullptr, n);
        const Groups g = *groups;
        m_undoStack->push(new DecisionCommand(
            this, text,
            [g, itUser](Workspace &w, const std::function<void(qint64)> &) { return w.decisions().setItUser(g.changing, itUser); },
            [g](Workspace &w, const std::function<void(qint64)> &) {
                for (const auto &[group, value] : { std::pair(g.hadNone, std::optional<bool>()),
                         std::pair(g.hadSet, std::optional<bool>(true)), std::pair(g.hadCleared, std::optional<bool>(false)) }) {
                    if (group.isEmpty())
                        continue;
                    if (Status s = w.decisions().setItUser(group, value); !s)
                        return s;
                }
                return Status();
            },
            n));
    };
    emit busyChanged(true);
    return true;
}

void WorkspaceSession::startJob(WorkspaceJob::Work work)
{
    auto counts = std::make_shared<std::optional<JobCounts>>();
    m_jobCounts = counts;
    const qint64 infraId = m_infraId;
    m_job->start(m_workspace->path(), [work = std::move(work), counts, infraId](WorkspaceJob::Context &c) {
        const Status done = work(c);
        const std::optional<quint32> before = c.workspace.changeCounter();
        if (!done || infraId == 0 || !before)
            return done;
        // Kept only when no commit came in between: then they are the figures of the job's own change alone.
        auto read = readCounts(c.workspace, infraId);
        if (read && c.workspace.changeCounter() == before)
            *counts = JobCounts{infraId, *before, std::move(read).value()};
        return done;
    });
}

bool WorkspaceSession::isBusy() const
{
    return m_job && m_job->isRunning();
}

void WorkspaceSession::waitForBackgroundChange()
{
    if (m_job)
        m_job->waitForFinished();
}

void WorkspaceSession::backgroundEnded()
{
    m_jobOperation.reset();
    rememberDataVersion();
    const auto read = std::exchange(m_jobCounts, nullptr);
    // The job's figures hold when nothing was committed since it read them (checked after rememberDataVersion():
    // a commit made elsewhere before it changed the counter, one after it is noticed by the next check).
    if (m_workspace && read && read->has_value() && (*read)->infraId == m_infraId
        && m_workspace->changeCounter() == std::optional<quint32>((*read)->changeCounter))
        static_cast<void>(showCounts(std::move((*read)->read)));
    else
        static_cast<void>(reloadCounts());
    emit recordsChanged();
    emit busyChanged(false);
}

bool WorkspaceSession::setDeactivatedInBackground(const BulkTarget &target, bool deactivated,
                                                  std::function<void(const BulkOutcome &)> done)
{
    if (!m_workspace) {
        static_cast<void>(refuse(tr("No workspace is open.")));
        return false;
    }
    if (isBusy()) {
        static_cast<void>(refuse(tr("A change is still being applied; try again when it is done.")));
        return false;
    }
    auto refs = std::make_shared<QVector<RecordRef>>();
    auto outcome = std::make_shared<BulkOutcome>();
    auto total = m_jobTotal;
    total->store(0);
    emit recordsAboutToChange();
    m_jobOperation = std::make_unique<LongOperation>(this);
    startJob([target, deactivated, refs, outcome, total](WorkspaceJob::Context &c) {
        if (Status s = collectBulk(c.workspace, target, deactivated, c.cancelled, *refs, *outcome); !s)
            return s;
        total->store(refs->size());
        if (refs->isEmpty())
            return Status();
        return c.workspace.decisions().setDeactivated(*refs, deactivated, c.progress);
    });
    m_jobDone = [this, refs, outcome, deactivated, done = std::move(done)](const QString &error) {
        backgroundEnded();
        if (!error.isEmpty()) {
            emit errorOccurred(error);
            return;
        }
        if (refs->isEmpty()) {
            emit errorOccurred(deactivated ? tr("The selected users are deactivated already.")
                                           : tr("Only users deactivated in Headcount can be activated here; the "
                                                "others are inactive on the platform itself."));
            return;
        }
        const int n = int(outcome->records.size());
        const QString text
            = deactivated ? tr("Deactivate %n user(s)", nullptr, n) : tr("Activate %n user(s)", nullptr, n);
        const QVector<RecordRef> changing = *refs;
        m_undoStack->push(new DecisionCommand(
            this, text,
            [changing, deactivated](Workspace &w, const std::function<void(qint64)> &progress) {
                return w.decisions().setDeactivated(changing, deactivated, progress);
            },
            [changing, deactivated](Workspace &w, const std::function<void(qint64)> &progress) {
                return w.decisions().setDeactivated(changing, !deactivated, progress);
            },
            changing.size()));
        if (done)
            done(*outcome);
    };
    emit busyChanged(true);
    return true;
}

bool WorkspaceSession::changeInBackground(
    const std::function<Status(Workspace &, const std::function<void(qint64)> &)> &apply, qint64 total)
{
    if (!m_workspace) {
        static_cast<void>(refuse(tr("No workspace is open.")));
        return false;
    }
    if (isBusy()) {
        static_cast<void>(refuse(tr("A change is still being applied; try again when it is done.")));
        return false;
    }
    m_jobTotal->store(total);
    emit recordsAboutToChange();
    m_jobOperation = std::make_unique<LongOperation>(this);
    startJob([apply](WorkspaceJob::Context &c) { return apply(c.workspace, c.progress); });
    m_jobDone = [this](const QString &error) {
        backgroundEnded();
        if (!error.isEmpty())
            emit errorOccurred(error);
    };
    emit busyChanged(true);
    return true;
}

QString WorkspaceSession::newSnapshotPath()
{
    if (!m_snapshotDir)
        m_snapshotDir = std::make_unique<QTemporaryDir>();
    if (!m_snapshotDir->isValid())
        return {};
    return m_snapshotDir->filePath(QStringLiteral("import-%1.snapshot").arg(++m_snapshots));
}

void WorkspaceSession::pushImport(const ImportUndo &import)
{
    using Progress = std::function<void(qint64)>;
    const auto undo = [import](Workspace &ws, const Progress &progress) -> Status {
        const auto runtime = ws.runtimeStore().runtime(import.infraId, import.runtimeName);
        if (!runtime)
            return Status::failure(runtime.error());
        if (import.runtimeCreated)
            return ws.runtimeStore().removeRuntime(runtime->id);
        const auto before = RecordSnapshot::read(import.beforeSnapshot);
        if (!before)
            return Status::failure(before.error());
        // The decisions are kept by username and tenant: they apply to the restored records as before.
        const auto restored
            = ws.imports().importRecords(runtime->id, *before, ImportMode::Replace, nullptr, progress, ShrinkPolicy::Allow);
        return restored ? Status() : Status::failure(restored.error());
    };
    const auto redo = [import](Workspace &ws, const Progress &progress) -> Status {
        const auto records = RecordSnapshot::read(import.afterSnapshot);
        if (!records)
            return Status::failure(records.error());
        const auto imported = ws.imports().importRecords(
            import.infraId, import.runtimeName, *records, import.mode, nullptr, progress, ShrinkPolicy::Allow);
        return imported ? Status() : Status::failure(imported.error());
    };
    m_undoStack->push(new DecisionCommand(this, tr("Import %1 into %2").arg(import.fileName, import.runtimeName), redo,
                                          undo, 0));
}

} // namespace hc
