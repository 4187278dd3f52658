#pragma once

#include "Result.h"

#include <QUndoCommand>

#include <functional>

namespace hc {

class Workspace;
class WorkspaceSession;

// One administrator decision on the undo stack (SPEC §5: undo for every change). `forward` makes the change as one
// Workspace call; `backward` applies the inverse decision, worked out by the session from the records' state before
// the change (so undoing a deactivation never re-activates a record that was deactivated before it).
class DecisionCommand : public QUndoCommand {
public:
    using Change = std::function<Status(Workspace &)>;

    // A bulk decision's change, run off the GUI thread with progress (WorkspaceSession::changeInBackground).
    using BulkChange = std::function<Status(Workspace &, const std::function<void(qint64)> &progress)>;

    DecisionCommand(WorkspaceSession *session, const QString &text, Change forward, Change backward);
    // A bulk decision already applied in the background: pushing it does nothing; undo and redo run in the
    // background over `size` references.
    DecisionCommand(WorkspaceSession *session, const QString &text, BulkChange forward, BulkChange backward,
                    qint64 size);

    // Makes the change for the first time; the session pushes the command only when this succeeded, and the push's
    // own redo() then does nothing.
    Status apply();

    void redo() override;
    void undo() override;

private:
    WorkspaceSession *m_session;
    Change m_forward;
    Change m_backward;
    BulkChange m_bulkForward;
    BulkChange m_bulkBackward;
    qint64 m_size = 0;
    bool m_skipRedo = false;
};

// A change of the workspace's structure on the undo stack (a runtime's or an infrastructure's name, capacities, the
// licence model): made and unmade through WorkspaceSession::changeStructure, so the infrastructures and runtimes are
// read again afterwards. Each direction is one Workspace call or one transaction of several.
class StructureCommand : public QUndoCommand {
public:
    using Change = std::function<Status(Workspace &)>;

    StructureCommand(WorkspaceSession *session, const QString &text, Change forward, Change backward);

    // Makes the change for the first time; push the command only when this succeeded (the push's redo() then does
    // nothing). A failure is also shown through the session's errorOccurred.
    Status apply();

    void redo() override;
    void undo() override;

private:
    WorkspaceSession *m_session;
    Change m_forward;
    Change m_backward;
    bool m_skipRedo = false;
};

} // namespace hc
