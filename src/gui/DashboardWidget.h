#pragma once

#include "Counts.h"

#include <QWidget>

class QAction;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace hc {

class GaugeWidget;
class RuntimeCountsModel;
class TrendChartWidget;
class WorkspaceSession;

// SPEC §5 Dashboard: one gauge per capacity, counted records per runtime, unique individuals and the records that
// do not count, for the session's current infrastructure. Follows the session: it never reads the workspace itself.
class DashboardWidget : public QWidget {
    Q_OBJECT

public:
    explicit DashboardWidget(WorkspaceSession *session, QWidget *parent = nullptr);

    void setCounts(const Counts &counts);
    const Counts &counts() const { return m_counts; }

    // Shown instead of the figures while there is nothing to show (no workspace, no infrastructure).
    void showPlaceholder(const QString &text);
    // The action the placeholder offers as a button (File → Open Workspace…).
    void setPlaceholderAction(QAction *action);
    bool isShowingPlaceholder() const;

    QTableView *runtimeTable() const { return m_runtimeTable; }
    RuntimeCountsModel *runtimeModel() const { return m_runtimeModel; }
    TrendChartWidget *trend() const { return m_trend; }
    QByteArray saveTableState() const;
    void restoreTableState(const QByteArray &state);

private:
    void buildUi();
    void applyTableLayout();
    void updateFromSession();

    WorkspaceSession *m_session;
    Counts m_counts;
    QStackedWidget *m_stack = nullptr;
    QWidget *m_page = nullptr;
    QWidget *m_placeholderPage = nullptr;
    QLabel *m_placeholder = nullptr;
    QPushButton *m_placeholderButton = nullptr;
    QLabel *m_infraTitle = nullptr;
    QLabel *m_modelLabel = nullptr;
    GaugeWidget *m_gaugeInternal = nullptr;
    GaugeWidget *m_gaugeExternal = nullptr;
    GaugeWidget *m_gaugeNamed = nullptr;
    TrendChartWidget *m_trend = nullptr;
    QWidget *m_cardInternal = nullptr;
    QWidget *m_cardExternal = nullptr;
    QWidget *m_cardNamed = nullptr;
    QTableView *m_runtimeTable = nullptr;
    RuntimeCountsModel *m_runtimeModel = nullptr;
    QSortFilterProxyModel *m_runtimeProxy = nullptr;
    QLabel *m_uniqueInternal = nullptr;
    QLabel *m_uniqueExternal = nullptr;
    QLabel *m_uniqueTotal = nullptr;
    QLabel *m_platformSum = nullptr;
    QLabel *m_reconciliation = nullptr;
    QList<QWidget *> m_classRows; // unique internal/external captions and values: hidden for the named model
    QLabel *m_excludedIt = nullptr;
    QLabel *m_excludedInactive = nullptr;
    QLabel *m_excludedAnonymous = nullptr;
    QLabel *m_excludedTotal = nullptr;
};

} // namespace hc
