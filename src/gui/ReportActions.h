#pragma once

#include "ReportData.h"
#include "WorkspaceSession.h"

#include <QList>
#include <QObject>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace hc {

class ReportWorker;
struct ReportOutcome;

// File → Print Preview…, Print…, Export as PDF…, Export as HTML… (SPEC §5 Report, §6): the options of
// `headcount-cli report` in a small dialog, the report built off the GUI thread on a connection of its own, a busy
// indicator with Cancel in the status bar, errors through errorOccurred() for the window's banner. The main window
// only places the actions and the indicator.
class ReportActions : public QObject {
    Q_OBJECT

public:
    ReportActions(WorkspaceSession *session, QWidget *window);
    ~ReportActions() override;

    // In menu order.
    QList<QAction *> actions() const;
    // "Building the report…" with a busy bar and Cancel, shown while a report is built; for the status bar.
    QWidget *progressWidget() const { return m_progress; }
    bool isBuilding() const;
    // The days without a login offered for deactivation candidates (Settings' default; the dialog may change it).
    void setDefaultInactiveDays(int days);

public slots:
    void printPreview();
    void print();
    void exportPdf();
    void exportHtml();
    // Drops the report being built (the library cannot be interrupted; its thread ends on its own).
    void cancel();

signals:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // A report started or ended being built: progressWidget() is to be shown or hidden.
    void buildingChanged(bool building);

private:
    enum class Target { Preview, Print, Pdf, Html };

    QAction *addAction(const QString &objectName, const QString &text, const QString &description, const QString &icon,
        void (ReportActions::*slot)());
    QWidget *buildProgressWidget();
    std::optional<ReportOptions> askOptions(const QString &title);
    QString askOutputPath(Target target);
    void start(Target target, const QString &title);
    void built();
    void showPreview(const QString &html, const QString &title);
    void printReport(const QString &html, const QString &title);
    void updateActions();

    WorkspaceSession *m_session;
    QWidget *m_window;
    ReportWorker *m_worker;
    ReportOptions m_options; // the last ones chosen, offered again
    Target m_target = Target::Preview;
    QString m_outputPath;
    std::unique_ptr<WorkspaceSession::LongOperation> m_building;
    QList<QAction *> m_actions;
    QWidget *m_progress = nullptr;
    bool m_wasBuilding = false;
};

} // namespace hc
