#pragma once

#include "ImportWizardPlan.h"
#include "WorkspaceSession.h"

#include <QWizard>

#include <memory>

class QMimeData;

namespace hc {

class ImportWizardFilePage;
class ImportWizardProgressPage;
class ImportWorker;
class Settings;

// File → Import… (SPEC §5): file and runtime → format and column mapping → validation → import in a worker
// thread with progress and cancel → summary with the counts before and after. Imports into the session's current
// infrastructure; the session itself is only read (the import runs on its own connection).
class ImportWizard : public QWizard {
    Q_OBJECT

public:
    enum PageId { FilePageId, MappingPageId, ValidationPageId, ImportPageId, SummaryPageId };

    ImportWizard(WorkspaceSession *session, Settings &settings, QWidget *parent = nullptr);
    ~ImportWizard() override;

    // Chooses the file to import (as a drop does). Only while the first page is showing; false otherwise.
    bool setFile(const QString &path);
    const ImportWizardPlan &plan() const { return m_plan; }

    // The one local file a drag carries, or empty (several files, a folder, or no local file).
    static QString droppedFile(const QMimeData *mimeData);

public slots:
    // Cancel while importing asks the import to stop and keeps the wizard open to say how it ended.
    void reject() override;

signals:
    // An import was committed: the views should read the workspace again.
    void workspaceChanged();

private:
    ImportWizardPlan m_plan;
    Settings &m_settings;
    ImportWorker *m_worker;
    ImportWizardFilePage *m_filePage;
    ImportWizardProgressPage *m_importPage;
    // While the import runs the session does not watch for changes: the views are refreshed when it commits.
    std::unique_ptr<WorkspaceSession::LongOperation> m_importing;
};

} // namespace hc
