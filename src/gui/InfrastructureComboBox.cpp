#include "InfrastructureComboBox.h"

#include "WorkspaceSession.h"

namespace hc {

InfrastructureComboBox::InfrastructureComboBox(WorkspaceSession *session, QWidget *parent)
    : QComboBox(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("infrastructureCombo"));
    setAccessibleName(tr("Infrastructure"));
    setToolTip(tr("The licensing scope shown: its capacities, owned domains and runtimes"));
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(12);

    connect(m_session, &WorkspaceSession::infrastructuresChanged, this, &InfrastructureComboBox::rebuild);
    connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, &InfrastructureComboBox::selectCurrent);
    connect(this, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_rebuilding && index >= 0)
            m_session->setCurrentInfrastructure(infrastructureId(index));
    });
    rebuild();
}

qint64 InfrastructureComboBox::infrastructureId(int index) const
{
    return itemData(index).toLongLong();
}

void InfrastructureComboBox::rebuild()
{
    m_rebuilding = true;
    clear();
    const auto infrastructures = m_session->infrastructures();
    for (const auto &info : infrastructures)
        addItem(info.name, info.id);
    setEnabled(count() > 0);
    m_rebuilding = false;
    selectCurrent();
}

void InfrastructureComboBox::selectCurrent()
{
    const int index = findData(m_session->currentInfrastructureId());
    if (index == currentIndex())
        return;
    m_rebuilding = true;
    setCurrentIndex(index);
    m_rebuilding = false;
}

} // namespace hc
