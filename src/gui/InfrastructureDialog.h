#pragma once

#include "Workspace.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;

namespace hc {

class WorkspaceSession;

// SPEC §5: the infrastructures of the workspace — add, rename, remove (asked first), licence model, platform version
// and capacities. Each save is one transaction through the session, so the switcher and the dashboard follow at once.
class InfrastructureDialog : public QDialog {
    Q_OBJECT

public:
    explicit InfrastructureDialog(WorkspaceSession *session, QWidget *parent = nullptr);

    // The infrastructure the form shows (0: a new one is being entered).
    qint64 selectedId() const { return m_selectedId; }
    void selectInfrastructure(qint64 infraId);

public slots:
    // Empties the form for a new infrastructure (saved with Create).
    void startNew();
    // Saves the form: creates the new infrastructure or changes the selected one (one undoable change); false when
    // refused.
    bool save();
    // Asks (MessageBox), then removes the selected infrastructure with its runtimes and records.
    void removeSelected();

private:
    void buildUi();
    void rebuildList();
    void loadForm(const InfrastructureInfo &info);
    void updateForm();
    QString validationError() const;
    Capacity formCapacity(const Capacity &base) const;
    QPalette errorPalette() const;
    void showError(const QString &message);
    void showSaved();
    // Changes an existing infrastructure from `before` to `after` as one command on the session's undo stack.
    Status saveUndoable(const InfrastructureInfo &before, const InfrastructureInfo &after);

    WorkspaceSession *m_session;
    qint64 m_selectedId = 0;
    bool m_loading = false;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QFormLayout *m_form = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_platform = nullptr;
    QLabel *m_platformHint = nullptr;
    QSpinBox *m_internal = nullptr;
    QSpinBox *m_external = nullptr;
    QSpinBox *m_named = nullptr;
    QPushButton *m_saveButton = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace hc
