#include "ReportActions.h"

#include "FileDialog.h"
#include "ReportFile.h"
#include "ReportOptionsDialog.h"
#include "ReportPdf.h"
#include "ReportWorker.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressBar>
#include <QToolButton>

namespace hc {

ReportActions::ReportActions(WorkspaceSession *session, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_window(window)
    , m_worker(new ReportWorker(this))
{
    addAction(QStringLiteral("actionPrintPreview"), tr("Print Pre&view…"), tr("Print preview of the compliance report"),
        QStringLiteral("document-print-preview"), &ReportActions::printPreview);
    QAction *print = addAction(QStringLiteral("actionPrint"), tr("&Print…"), tr("Print the compliance report"),
        QStringLiteral("document-print"), &ReportActions::print);
    print->setShortcuts(QKeySequence::Print);
    addAction(QStringLiteral("actionExportPdf"), tr("Export as P&DF…"), tr("Export the compliance report as PDF"),
        QStringLiteral("application-pdf"), &ReportActions::exportPdf);
    addAction(QStringLiteral("actionExportHtml"), tr("Export as &HTML…"), tr("Export the compliance report as HTML"),
        QStringLiteral("text-html"), &ReportActions::exportHtml);

    m_progress = buildProgressWidget();
    connect(m_worker, &ReportWorker::finished, this, &ReportActions::built);
    connect(m_session, &WorkspaceSession::workspaceOpened, this, &ReportActions::updateActions);
    connect(m_session, &WorkspaceSession::workspaceClosed, this, &ReportActions::updateActions);
    connect(m_session, &WorkspaceSession::currentInfrastructureChanged, this, &ReportActions::updateActions);
    updateActions();
}

ReportActions::~ReportActions() = default;

QList<QAction *> ReportActions::actions() const
{
    return m_actions;
}

bool ReportActions::isBuilding() const
{
    return m_worker->isRunning();
}

void ReportActions::setDefaultInactiveDays(int days)
{
    m_options.inactiveDays = days;
}

QAction *ReportActions::addAction(const QString &objectName, const QString &text, const QString &description,
    const QString &icon, void (ReportActions::*slot)())
{
    auto *action = new QAction(QIcon::fromTheme(icon), text, m_window);
    action->setObjectName(objectName);
    // A menu item's accessible name is the action's text; the description goes to tool tips and the status bar.
    action->setToolTip(description);
    action->setStatusTip(description);
    connect(action, &QAction::triggered, this, slot);
    m_actions << action;
    return action;
}

QWidget *ReportActions::buildProgressWidget()
{
    auto *box = new QWidget(m_window);
    box->setObjectName(QStringLiteral("reportProgress"));
    box->setAccessibleName(tr("Report progress"));
    auto *label = new QLabel(tr("Building the report…"), box);
    auto *bar = new QProgressBar(box);
    bar->setRange(0, 0); // the library reports no steps: a busy bar
    bar->setMaximumWidth(120);
    bar->setTextVisible(false);
    bar->setAccessibleName(tr("Building the report"));
    auto *cancel = new QToolButton(box);
    cancel->setObjectName(QStringLiteral("reportCancelButton"));
    cancel->setText(tr("Cancel"));
    cancel->setAccessibleName(tr("Cancel the report"));
    connect(cancel, &QToolButton::clicked, this, &ReportActions::cancel);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(label);
    layout->addWidget(bar);
    layout->addWidget(cancel);
    box->setVisible(false);
    return box;
}

void ReportActions::updateActions()
{
    const bool can = m_session->isOpen() && m_session->currentInfrastructureId() != 0 && !m_worker->isRunning();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(can);
    if (m_worker->isRunning() != m_wasBuilding) {
        m_wasBuilding = m_worker->isRunning();
        emit buildingChanged(m_wasBuilding);
    }
}

void ReportActions::printPreview()
{
    start(Target::Preview, tr("Print Preview"));
}

void ReportActions::print()
{
    start(Target::Print, tr("Print"));
}

void ReportActions::exportPdf()
{
    start(Target::Pdf, tr("Export Report as PDF"));
}

void ReportActions::exportHtml()
{
    start(Target::Html, tr("Export Report as HTML"));
}

std::optional<ReportOptions> ReportActions::askOptions(const QString &title)
{
    ReportOptions offered = m_options;
    offered.infrastructure = m_session->currentInfrastructure().name;
    auto chosen = ReportOptionsDialog::ask(
        m_window, title, offered, offered.infrastructure, m_session->infrastructures().size() > 1);
    if (chosen) {
        chosen->infrastructure = offered.infrastructure; // always the current one: the switcher chooses it
        m_options = *chosen;
    }
    return chosen;
}

QString ReportActions::askOutputPath(Target target)
{
    const bool pdf = target == Target::Pdf;
    const QString suffix = pdf ? QStringLiteral("pdf") : QStringLiteral("html");
    const QString folder
        = m_outputPath.isEmpty() ? QFileInfo(m_session->path()).absolutePath() : QFileInfo(m_outputPath).absolutePath();
    const QString name = m_options.allInfrastructures ? tr("licence-report") : m_options.infrastructure;
    const QString proposed = QDir(folder).filePath(
        QStringLiteral("%1-%2.%3").arg(name, QDate::currentDate().toString(Qt::ISODate), suffix));
    QString path = FileDialog::instance()->getSaveFileName(m_window,
        pdf ? tr("Export Report as PDF") : tr("Export Report as HTML"), proposed,
        pdf ? tr("PDF documents (*.pdf)") : tr("HTML documents (*.html *.htm)"));
    // The format follows the name, as in the CLI: a name without a suffix gets the chosen one.
    if (!path.isEmpty() && !ReportFile::formatOf(path))
        path += u'.' + suffix;
    return path;
}

void ReportActions::start(Target target, const QString &title)
{
    if (!m_session->isOpen() || m_worker->isRunning())
        return;
    if (!askOptions(title))
        return;
    ReportJob job;
    job.workspacePath = m_session->path();
    job.options = m_options;
    if (target == Target::Pdf || target == Target::Html) {
        const QString path = askOutputPath(target);
        if (path.isEmpty())
            return;
        m_outputPath = path;
        job.outputPath = path;
        job.format = ReportFile::formatOf(path);
    }
    m_target = target;
    m_building = std::make_unique<WorkspaceSession::LongOperation>(m_session);
    m_worker->start(job);
    updateActions();
}

void ReportActions::cancel()
{
    if (!m_worker->isRunning())
        return;
    m_worker->cancel();
    m_building.reset();
    updateActions();
    emit statusMessage(tr("Report cancelled."));
}

void ReportActions::built()
{
    m_building.reset();
    updateActions();
    const ReportOutcome &outcome = m_worker->outcome();
    if (!outcome.error.isEmpty()) {
        emit errorOccurred(tr("Could not make the report: %1").arg(outcome.error));
        return;
    }
    switch (m_target) {
    case Target::Preview:
        showPreview(outcome.html, outcome.title);
        break;
    case Target::Print:
        printReport(outcome.html, outcome.title);
        break;
    case Target::Pdf:
        emit statusMessage(
            tr("Wrote %1 (%n page(s)).", nullptr, outcome.pages).arg(QDir::toNativeSeparators(m_outputPath)));
        break;
    case Target::Html:
        emit statusMessage(tr("Wrote %1.").arg(QDir::toNativeSeparators(m_outputPath)));
        break;
    }
}

void ReportActions::showPreview(const QString &html, const QString &title)
{
    // Window-modal and deleted when closed, so the window (and a test) is never held in a nested event loop.
    auto *dialog = new QPrintPreviewDialog(m_window);
    dialog->setObjectName(QStringLiteral("reportPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Print Preview – %1").arg(title));
    connect(dialog, &QPrintPreviewDialog::paintRequested, this, [this, html, title](QPrinter *printer) {
        if (const auto painted = ReportPdf::paint(html, *printer, title); !painted)
            emit errorOccurred(tr("Could not lay out the report: %1").arg(painted.error()));
    });
    dialog->open();
}

void ReportActions::printReport(const QString &html, const QString &title)
{
    auto *printer = new QPrinter(QPrinter::HighResolution);
    printer->setDocName(title);
    auto *dialog = new QPrintDialog(printer, m_window);
    dialog->setObjectName(QStringLiteral("reportPrintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QObject::destroyed, this, [printer] { delete printer; });
    connect(dialog, qOverload<QPrinter *>(&QPrintDialog::accepted), this, [this, html, title](QPrinter *chosen) {
        const auto painted = ReportPdf::paint(html, *chosen, title);
        if (!painted)
            emit errorOccurred(tr("Could not print the report: %1").arg(painted.error()));
        else
            emit statusMessage(tr("Sent %n page(s) to the printer.", nullptr, *painted));
    });
    dialog->open();
}

} // namespace hc
