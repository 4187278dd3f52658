#pragma once

#include "DomainList.h"
#include "Workspace.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace hc {

class DomainsModel;
struct ExternalDomains;
class WorkspaceReader;
class WorkspaceSession;

// SPEC §5 Domains view: the owned domains of the current infrastructure with their records, the largest external
// domains (one click makes one owned), a box to type or paste domains, and before anything is saved the what-if
// of the change (Workspace::preview: the very figures applying gives). Adding and removing are one undoable change
// each, on the session's undo stack.
class DomainsView : public QWidget {
    Q_OBJECT

public:
    explicit DomainsView(WorkspaceSession *session, QWidget *parent = nullptr);

    DomainsModel *ownedModel() const { return m_ownedModel; }
    DomainsModel *externalModel() const { return m_externalModel; }
    // What the typed domains would do (none while nothing valid is typed, or while it is being worked out).
    const std::optional<Workspace::Preview> &inputPreview() const { return m_inputPreview; }
    const DomainListParse &inputParse() const { return m_parse; }
    // How long the last what-if of the typed domains took in its worker (milliseconds).
    qint64 lastPreviewMs() const { return m_lastPreviewMs; }
    // The lists are being read or a what-if is being worked out (off the GUI thread).
    bool isPreviewing() const;

public slots:
    void reload();
    // Adds the valid typed domains (one undoable change); refused entries stay in the box.
    void addTyped();
    void addSelectedExternal();
    void removeSelectedOwned();

private:
    void buildUi();
    void parseInput();
    void updateInput();
    void updateSelectionPreviews();
    // Asks `reader` for the what-if of `change`; `label` says it is being worked out, then shows it, and `ready`
    // gets it.
    void preview(WorkspaceReader *reader, const std::function<Status(Workspace &)> &change, QLabel *label,
                 const std::function<void(const Workspace::Preview &, qint64 ms)> &ready = {});
    void showLists(const QVector<DomainInfo> &owned, const ExternalDomains &external);
    QStringList selected(QTableView *table, int role) const;
    // Pushes one undoable change; false (the error shown by the session) when it failed.
    bool apply(const QString &text, const std::function<Status(Workspace &)> &forward,
               const std::function<Status(Workspace &)> &backward);

    WorkspaceSession *m_session;
    DomainsModel *m_ownedModel = nullptr;
    DomainsModel *m_externalModel = nullptr;
    QLabel *m_ownedTitle = nullptr;
    QLabel *m_externalNote = nullptr;
    QTableView *m_ownedTable = nullptr;
    QTableView *m_externalTable = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_addExternalButton = nullptr;
    QLabel *m_removeWhatIf = nullptr;
    QLabel *m_externalWhatIf = nullptr;
    QPlainTextEdit *m_input = nullptr;
    QLabel *m_feedback = nullptr;
    QLabel *m_inputWhatIf = nullptr;
    QPushButton *m_addButton = nullptr;
    QTimer *m_inputTimer = nullptr;
    WorkspaceReader *m_listsReader;
    WorkspaceReader *m_inputReader;
    WorkspaceReader *m_removeReader;
    WorkspaceReader *m_externalReader;
    qint64 m_lastPreviewMs = 0;
    DomainListParse m_parse;
    std::optional<Workspace::Preview> m_inputPreview;
};

} // namespace hc
