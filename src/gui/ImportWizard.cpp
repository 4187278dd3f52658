#include "ImportWizard.h"

#include "ImportWizardFilePage.h"
#include "ImportWizardMappingPage.h"
#include "ImportWizardProgressPage.h"
#include "ImportWizardSummaryPage.h"
#include "ImportWizardValidationPage.h"
#include "ImportWorker.h"
#include "Settings.h"
#include "WorkspaceSession.h"

#include <QFileInfo>
#include <QMimeData>
#include <QUrl>

namespace hc {

ImportWizard::ImportWizard(WorkspaceSession *session, Settings &settings, QWidget *parent)
    : QWizard(parent)
    , m_settings(settings)
    , m_worker(new ImportWorker(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import a User Export"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);
    setMinimumSize(820, 600);

    const InfrastructureInfo infra = session->currentInfrastructure();
    m_plan.workspacePath = session->path();
    m_plan.infraId = infra.id;
    m_plan.infraName = infra.name;
    m_plan.model = infra.model;
    m_plan.beforeSnapshot = session->newSnapshotPath();
    m_plan.afterSnapshot = session->newSnapshotPath();

    m_filePage = new ImportWizardFilePage(m_plan, session, settings, this);
    m_importPage = new ImportWizardProgressPage(m_plan, m_worker, this);
    setPage(FilePageId, m_filePage);
    setPage(MappingPageId, new ImportWizardMappingPage(m_plan, this));
    setPage(ValidationPageId, new ImportWizardValidationPage(m_plan, m_worker, this));
    setPage(ImportPageId, m_importPage);
    setPage(SummaryPageId, new ImportWizardSummaryPage(m_plan, this));

    connect(m_importPage, &ImportWizardProgressPage::started, this,
        [this, session] { m_importing = std::make_unique<WorkspaceSession::LongOperation>(session); });
    connect(m_importPage, &ImportWizardProgressPage::committed, this, [this, session] {
        m_settings.addRecentImportFile(m_plan.filePath);
        // One undoable change (SPEC §5): the undo stack keeps its history and gains the import.
        if (m_plan.outcome && m_plan.outcome->undoable) {
            session->pushImport({ m_plan.infraId, m_plan.runtimeName, QFileInfo(m_plan.filePath).fileName(), m_plan.mode,
                                  m_plan.outcome->runtimeCreated, m_plan.beforeSnapshot, m_plan.afterSnapshot });
        }
        emit workspaceChanged();
    });
    connect(m_importPage, &ImportWizardProgressPage::ended, this, [this] {
        m_importing.reset();
        // Nothing to go back to after a cancelled or failed import: the way out is to close.
        if (m_plan.outcome && m_plan.outcome->status != ImportOutcome::Status::Imported)
            setButtonText(QWizard::CancelButton, tr("Close"));
    });
}

ImportWizard::~ImportWizard()
{
    // Before the pages go: a job still running must not report to them.
    m_worker->stop();
}

bool ImportWizard::setFile(const QString &path)
{
    if (currentId() != FilePageId && currentId() != -1)
        return false;
    m_filePage->setFile(path);
    return true;
}

QString ImportWizard::droppedFile(const QMimeData *mimeData)
{
    if (!mimeData || !mimeData->hasUrls())
        return {};
    const QList<QUrl> urls = mimeData->urls();
    if (urls.size() != 1 || !urls.constFirst().isLocalFile())
        return {};
    const QString path = urls.constFirst().toLocalFile();
    return QFileInfo(path).isFile() ? path : QString();
}

void ImportWizard::reject()
{
    if (currentId() == ImportPageId && m_worker->isRunning()) {
        m_worker->cancel();
        m_importPage->showCancelling();
        return;
    }
    m_worker->stop(); // a validation pass only reads: stop it and go
    QWizard::reject();
}

} // namespace hc
