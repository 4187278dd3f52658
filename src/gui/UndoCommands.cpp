#include "UndoCommands.h"

#include "WorkspaceSession.h"

namespace hc {

DecisionCommand::DecisionCommand(WorkspaceSession *session, const QString &text, Change forward, Change backward)
    : QUndoCommand(text)
    , m_session(session)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
{
}

Status DecisionCommand::apply()
{
    const Status applied = m_session->change(m_forward);
    m_skipRedo = applied.ok();
    return applied;
}

void DecisionCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    // A failure (the workspace changed elsewhere meanwhile) reaches the window through the session's errorOccurred.
    m_session->change(m_forward);
}

void DecisionCommand::undo()
{
    m_session->change(m_backward);
}

} // namespace hc
