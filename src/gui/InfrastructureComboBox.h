#pragma once

#include <QComboBox>

namespace hc {

class WorkspaceSession;

// The infrastructure switcher: lists the session's infrastructures and makes the chosen one current.
class InfrastructureComboBox : public QComboBox {
    Q_OBJECT

public:
    explicit InfrastructureComboBox(WorkspaceSession *session, QWidget *parent = nullptr);

    // The infrastructure id of an item.
    qint64 infrastructureId(int index) const;

private:
    void rebuild();
    void selectCurrent();

    WorkspaceSession *m_session;
    bool m_rebuilding = false;
};

} // namespace hc
