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

DecisionCommand::DecisionCommand(
    WorkspaceSession *session, const QString &text, BulkChange forward, BulkChange backward, qint64 size)
    : QUndoCommand(text)
    , m_session(session)
    , m_bulkForward(std::move(forward))
    , m_bulkBackward(std::move(backward))
    , m_size(size)
    , m_skipRedo(true)
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
    if (m_bulkForward)
        m_session->changeInBackground(m_bulkForward, m_size);
    else
        static_cast<void>(m_session->change(m_forward));
}

void DecisionCommand::undo()
{
    if (m_bulkBackward)
        m_session->changeInBackground(m_bulkBackward, m_size);
    else
        static_cast<void>(m_session->change(m_backward));
}

StructureCommand::StructureCommand(WorkspaceSession *session, const QString &text, Change forward, Change backward)
    : QUndoCommand(text)
    , m_session(session)
    , m_forward(std::move(forward))
    , m_backward(std::move(backward))
{
}

Status StructureCommand::apply()
{
    const Status applied = m_session->changeStructure(m_forward);
    m_skipRedo = applied.ok();
    return applied;
}

void StructureCommand::redo()
{
    if (m_skipRedo) {
        m_skipRedo = false;
        return;
    }
    // A failure (renamed or removed elsewhere meanwhile) reaches the window through the session's errorOccurred.
    static_cast<void>(m_session->changeStructure(m_forward));
}

void StructureCommand::undo()
{
    static_cast<void>(m_session->changeStructure(m_backward));
}

} // namespace hc
