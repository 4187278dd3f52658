#pragma once

#include <QMenu>

namespace hc {

class Settings;

// File → Recent Workspaces: the settings' list, most recent first, with a way to clear it.
class RecentWorkspacesMenu : public QMenu {
    Q_OBJECT

public:
    explicit RecentWorkspacesMenu(Settings &settings, QWidget *parent = nullptr);

public slots:
    void rebuild();

signals:
    void workspaceChosen(const QString &path);

private:
    Settings &m_settings;
};

} // namespace hc
