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

    DecisionCommand(WorkspaceSession *session, const QString &text, Change forward, Change backward);

    // Makes the change for the first time; the session pushes the command only when this succeeded, and the push's
    // own redo() then does nothing.
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
