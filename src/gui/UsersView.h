#pragma once

#include "Workspace.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;
class QToolBar;

namespace hc {

class ExplainDialog;
class UsersCsvExport;
class UsersModel;
class WorkspaceSession;

// SPEC §5 Users view: every user record of the current infrastructure, searched as you type, filtered by runtime,
// class, status and tenant, sorted by any column, with the administrator's decisions on the selection (tool bar and
// context menu). Decisions go through the session, which puts them on the undo stack and updates the counts.
class UsersView : public QWidget {
    Q_OBJECT

public:
    explicit UsersView(WorkspaceSession *session, QWidget *parent = nullptr);

    // Typing settles this long before the search runs, so a fast typist starts one query, not one per key.
    static constexpr int SearchDelayMs = 150;
    // Selections larger than WorkspaceSession::SynchronousDecisionLimit are decided in the background, whatever
    // their size; this bounds only the small path (kept for its error message).
    static constexpr int MaxRecordsPerDecision = 10000;

    UsersModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // The explain dialog opened last (non-modal, deleted when closed), for tests.
    ExplainDialog *explainDialog() const;
    UsersCsvExport *csvExport() const { return m_csvExport; }

    QByteArray saveTableState() const;
    void restoreTableState(const QByteArray &state);

public slots:
    void deactivateSelected();
    void activateSelected();
    void markItUser();
    void clearItFlag();
    void linkSelected();
    void splitSelected();
    void explainSelected();
    // Users → Export to CSV: the filtered list as shown, or only the selected rows.
    void exportListCsv();
    void exportSelectionCsv();
    // Applies the search box and the filter combos now (typing waits SearchDelayMs).
    void applyFilter();

signals:
    void errorOccurred(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildUi();
    QAction *addAction(const QString &objectName, const QString &text, const QString &icon, const QString &tip,
        void (UsersView::*slot)());
    void reloadChoices();
    void updateActions();
    void updateStatus();
    QVector<int> selectedRows(int limit) const;
    // The selected rows as sorted, merged ranges (first, last), and how many they are: cheap for a million.
    QVector<std::pair<int, int>> selectedRanges() const;
    qint64 selectedCount() const;
    // Takes a decision on a large selection in the background; false when it is small enough to do here.
    enum class Decision { Deactivated, ItUser };
    bool decideInBackground(Decision decision, bool value);
    // The selection as decision references, one per runtime + username + tenant; empty (and an error shown) when
    // the selection is empty or too large.
    QVector<RecordRef> selectedRefs();
    // The record at a row as decisions address it; none (and an error shown) for a row still loading or a record
    // without a username.
    std::optional<RecordRef> decidableRef(int row);

    WorkspaceSession *m_session;
    UsersModel *m_model;
    QLineEdit *m_search = nullptr;
    QComboBox *m_runtime = nullptr;
    QComboBox *m_class = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tenant = nullptr;
    QComboBox *m_group = nullptr; // imported group memberships: a filter, and with Select All a bulk target
    QTableView *m_table = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTimer *m_searchTimer = nullptr;
    QAction *m_deactivate = nullptr;
    QAction *m_activate = nullptr;
    QAction *m_markIt = nullptr;
    QAction *m_clearIt = nullptr;
    QAction *m_link = nullptr;
    QAction *m_split = nullptr;
    QAction *m_explain = nullptr;
    QAction *m_exportList = nullptr;
    QAction *m_exportSelection = nullptr;
    UsersCsvExport *m_csvExport = nullptr;
    QPointer<ExplainDialog> m_explainDialog;
};

} // namespace hc
