#pragma once

#include "Workspace.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace hc {

class GaugeWidget;
class UsersModel;
class WorkspaceJob;
class WorkspaceSession;

// SPEC §5 Reclaim: the deactivation candidates (counted users not logged in for N days, in one runtime or all,
// optionally of one group), with the gauges showing the counts as they would be after deactivating them — computed
// off the GUI thread with Workspace::preview, so the figures are exactly those applying gives. Deactivating them is
// one undoable change (a bulk decision of the session) and writes, per runtime, the list (Id, Username) to apply on
// the platform; the next import of that runtime reconciles it.
class ReclaimView : public QWidget {
    Q_OBJECT

public:
    explicit ReclaimView(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ReclaimView() override;

    static constexpr int DefaultDays = 90;
    // Settings settle this long before the what-if is computed again.
    static constexpr int PreviewDelayMs = 250;

    UsersModel *model() const { return m_model; }
    // The candidates as a Users filter (status counted, last login before the cutoff or never).
    UserFilter candidateFilter() const;
    // The what-if last computed for the settings shown; none while it is being computed or failed.
    std::optional<Workspace::Preview> preview() const { return m_preview; }
    qint64 candidateCount() const { return m_candidates; }
    // The N of "not logged in for N days" (DefaultDays until set, e.g. from Settings).
    void setDays(int days);
    bool isPreviewing() const;
    // The reclaim lists written by the last deactivation.
    QStringList writtenLists() const { return m_written; }

public slots:
    void schedulePreview();
    // Asks for the folder of the lists (FileDialog), then deactivates the candidates in the background.
    void deactivateCandidates();

signals:
    void errorOccurred(const QString &message);
    void previewChanged();
    void listsWritten(const QStringList &paths);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void buildUi();
    void reloadChoices();
    void startPreview();
    void previewFinished(const QString &error);
    void showPreview();
    QString whatIfText(const Workspace::Preview &p) const;

    WorkspaceSession *m_session;
    UsersModel *m_model;
    WorkspaceJob *m_previewJob;
    QSpinBox *m_days = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_group = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_whatIf = nullptr;
    GaugeWidget *m_gaugeInternal = nullptr;
    GaugeWidget *m_gaugeExternal = nullptr;
    GaugeWidget *m_gaugeNamed = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_deactivate = nullptr;
    QTimer *m_previewTimer = nullptr;

    bool m_choicesStale = false; // records changed while hidden: runtimes and groups are read again when shown
    bool m_previewDirty = true;  // settings or records changed since the last what-if
    bool m_previewAgain = false; // changed while one was computed: compute again when it ends
    std::optional<Workspace::Preview> m_preview;
    std::shared_ptr<Workspace::Preview> m_pendingPreview;
    std::shared_ptr<qint64> m_pendingCandidates;
    qint64 m_candidates = 0;
    QStringList m_written;
};

} // namespace hc
