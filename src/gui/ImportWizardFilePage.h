#pragma once

#include "ImportWizardPlan.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace hc {

class MessageWidget;
class Settings;
class WorkspaceSession;

// Import step 1: the export file (typed, browsed, from the recent list or dropped) and the target runtime of the
// current infrastructure, an existing one or a new name (created when the import runs).
class ImportWizardFilePage : public QWizardPage {
    Q_OBJECT

public:
    ImportWizardFilePage(
        ImportWizardPlan &plan, WorkspaceSession *session, Settings &settings, QWidget *parent = nullptr);

    void setFile(const QString &path);
    // The runtime a file name suggests: the longest existing runtime name in it as a whole word, else the name.
    static QString suggestRuntime(const QString &baseName, const QStringList &runtimes);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();
    void fileChanged();
    void updateRuntimeHint();
    QString runtimeName() const;

    ImportWizardPlan &m_plan;
    WorkspaceSession *m_session;
    Settings &m_settings;
    QVector<RuntimeInfo> m_runtimes;
    bool m_runtimeEdited = false; // the user chose a runtime: a new file no longer suggests one
    QLineEdit *m_fileEdit;
    QPushButton *m_browseButton;
    QListWidget *m_recentList;
    QLabel *m_recentLabel;
    QLabel *m_infraLabel;
    QComboBox *m_runtimeCombo;
    QLabel *m_runtimeHint;
    MessageWidget *m_message;
};

} // namespace hc
