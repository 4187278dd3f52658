#include "WorkspaceSession.h"

#include <algorithm>

namespace hc {

WorkspaceSession::WorkspaceSession(QObject *parent)
    : QObject(parent)
{
}

WorkspaceSession::~WorkspaceSession() = default;

QString WorkspaceSession::path() const
{
    return m_workspace ? m_workspace->path() : QString();
}

Status WorkspaceSession::open(const QString &path, const QString &preferredInfrastructure)
{
    Result<std::unique_ptr<Workspace>> opened = Workspace::open(path);
    if (!opened)
        return Status::failure(opened.error());

    m_workspace = std::move(opened).value();
    m_infrastructures = m_workspace->infrastructures();
    m_infraId = m_infrastructures.isEmpty() ? 0 : m_infrastructures.constFirst().id;
    for (const InfrastructureInfo &info : std::as_const(m_infrastructures)) {
        if (info.name == preferredInfrastructure)
            m_infraId = info.id;
    }
    emit workspaceOpened(m_workspace->path());
    emit infrastructuresChanged();
    emit currentInfrastructureChanged(m_infraId);
    return reloadCounts();
}

void WorkspaceSession::close()
{
    if (!m_workspace)
        return;
    m_workspace.reset();
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

    const QVector<InfrastructureInfo> infrastructures = m_workspace->infrastructures();
    const bool listChanged = [&] {
        if (infrastructures.size() != m_infrastructures.size())
            return true;
        for (int i = 0; i < infrastructures.size(); ++i) {
            const InfrastructureInfo &a = infrastructures.at(i);
            const InfrastructureInfo &b = m_infrastructures.at(i);
            if (a.id != b.id || a.name != b.name || a.model != b.model || !(a.capacity == b.capacity))
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
    return reloadCounts();
}

Status WorkspaceSession::reloadCounts()
{
    if (!m_workspace || m_infraId == 0) {
        m_counts = Counts();
        emit countsChanged(m_counts);
        return {};
    }
    Result<Counts> counts = m_workspace->counts(m_infraId);
    if (!counts) {
        emit errorOccurred(counts.error());
        return Status::failure(counts.error());
    }
    m_counts = std::move(counts).value();
    emit countsChanged(m_counts);
    return {};
}

} // namespace hc
