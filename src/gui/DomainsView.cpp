#include "DomainsView.h"

#include "DomainsModel.h"
#include "WorkspaceReader.h"
#include "ReportQueries.h"
#include "UndoCommands.h"
#include "WhatIfText.h"
#include "WorkspaceSession.h"

#include <QElapsedTimer>
#include <QGridLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hc {

namespace {

// The largest external domains listed: enough to spot a missing affiliate, few enough to read.
constexpr int ExternalDomainsShown = 50;
// Refused entries named one by one; the rest are summed up so a long paste cannot push the view off the screen.
constexpr int RefusalsShown = 4;
// Typing pauses this long before the what-if is worked out.
constexpr int InputDelayMs = 250;

QTableView *makeTable(const QString &objectName, const QString &accessibleName, DomainsModel *model, QWidget *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(model);
    proxy->setSortRole(DomainsModel::RawValueRole);
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(proxy);
    table->setSortingEnabled(true);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(DomainsModel::DomainColumn, QHeaderView::Stretch);
    table->horizontalHeader()->setSectionResizeMode(DomainsModel::RecordsColumn, QHeaderView::ResizeToContents);
    table->setMinimumHeight(90);
    return table;
}

QLabel *makeNote(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

DomainsView::DomainsView(WorkspaceSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_ownedModel(new DomainsModel(this))
    , m_externalModel(new DomainsModel(this))
    , m_inputTimer(new QTimer(this))
    , m_listsReader(new WorkspaceReader(this))
    , m_inputReader(new WorkspaceReader(this))
    , m_removeReader(new WorkspaceReader(this))
    , m_externalReader(new WorkspaceReader(this))
{
    setObjectName(QStringLiteral("domainsView"));
    buildUi();
    m_inputTimer->setSingleShot(true);
    m_inputTimer->setInterval(InputDelayMs);
    connect(m_inputTimer, &QTimer::timeout, this, &DomainsView::updateInput);
    connect(m_input, &QPlainTextEdit::textChanged, this, [this] {
        // The what-if shown no longer matches the text: a new one follows once typing pauses.
        m_inputPreview.reset();
        m_inputReader->clear();
        m_inputTimer->start();
    });
    connect(m_addButton, &QPushButton::clicked, this, &DomainsView::addTyped);
    connect(m_removeButton, &QPushButton::clicked, this, &DomainsView::removeSelectedOwned);
    connect(m_addExternalButton, &QPushButton::clicked, this, &DomainsView::addSelectedExternal);
    connect(m_externalTable, &QTableView::doubleClicked, this, &DomainsView::addSelectedExternal);
    for (QTableView *table : { m_ownedTable, m_externalTable }) {
        connect(table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DomainsView::updateSelectionPreviews);
    }
    // Every change, undo, refresh or switch of infrastructure ends in countsChanged: the lists follow it.
    connect(m_session, &WorkspaceSession::countsChanged, this, &DomainsView::reload);
    connect(m_session, &WorkspaceSession::workspaceClosed, this, &DomainsView::reload);
    reload();
}

void DomainsView::buildUi()
{
    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setHorizontalSpacing(16);

    m_ownedTitle = new QLabel(this);
    m_ownedTitle->setObjectName(QStringLiteral("ownedDomainsTitle"));
    m_ownedTable = makeTable(QStringLiteral("ownedDomainsTable"), tr("Owned domains"), m_ownedModel, this);
    m_ownedTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ownedTable->sortByColumn(DomainsModel::DomainColumn, Qt::AscendingOrder);
    m_ownedTitle->setBuddy(m_ownedTable);
    m_removeButton = new QPushButton(tr("Re&move Selected"), this);
    m_removeButton->setObjectName(QStringLiteral("removeDomainsButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected owned domains"));
    m_removeWhatIf = makeNote(QStringLiteral("removeWhatIfLabel"), this);
    layout->addWidget(m_ownedTitle, 0, 0);
    layout->addWidget(m_ownedTable, 1, 0);
    layout->addWidget(m_removeWhatIf, 2, 0);
    layout->addWidget(m_removeButton, 3, 0, Qt::AlignLeft);

    auto *externalTitle = new QLabel(tr("&Largest external domains (counted records)"), this);
    m_externalTable = makeTable(QStringLiteral("externalDomainsTable"), tr("Largest external domains"),
        m_externalModel, this);
    m_externalTable->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_externalTable->sortByColumn(DomainsModel::RecordsColumn, Qt::DescendingOrder); // largest first
    m_externalTable->setToolTip(tr("Double-click a domain to make it owned"));
    externalTitle->setBuddy(m_externalTable);
    m_externalNote = makeNote(QStringLiteral("externalDomainsNote"), this);
    m_externalWhatIf = makeNote(QStringLiteral("externalWhatIfLabel"), this);
    m_addExternalButton = new QPushButton(tr("&Add as Owned"), this);
    m_addExternalButton->setObjectName(QStringLiteral("addExternalDomainButton"));
    m_addExternalButton->setAccessibleName(tr("Add the selected external domains as owned domains"));
    auto *externalFoot = new QVBoxLayout;
    externalFoot->addWidget(m_externalNote);
    externalFoot->addWidget(m_externalWhatIf);
    layout->addWidget(externalTitle, 0, 1);
    layout->addWidget(m_externalTable, 1, 1);
    layout->addLayout(externalFoot, 2, 1);
    layout->addWidget(m_addExternalButton, 3, 1, Qt::AlignLeft);

    auto *inputTitle = new QLabel(tr("Type or &paste domains to add (one per line, or separated by commas or semicolons):"), this);
    inputTitle->setWordWrap(true);
    m_input = new QPlainTextEdit(this);
    m_input->setObjectName(QStringLiteral("domainsInput"));
    m_input->setAccessibleName(tr("Domains to add"));
    m_input->setPlaceholderText(tr("example.com, sales.example.com"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    inputTitle->setBuddy(m_input);
    m_feedback = makeNote(QStringLiteral("domainsFeedbackLabel"), this);
    m_inputWhatIf = makeNote(QStringLiteral("domainsWhatIfLabel"), this);
    m_addButton = new QPushButton(tr("Add T&yped Domains"), this);
    m_addButton->setObjectName(QStringLiteral("addDomainsButton"));
    m_addButton->setAccessibleName(tr("Add the typed domains"));
    m_addButton->setEnabled(false);
    layout->addWidget(inputTitle, 4, 0, 1, 2);
    layout->addWidget(m_input, 5, 0, 1, 2);
    layout->addWidget(m_feedback, 6, 0, 1, 2);
    layout->addWidget(m_inputWhatIf, 7, 0, 1, 2);
    layout->addWidget(m_addButton, 8, 0, Qt::AlignLeft);
    layout->setRowStretch(1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
}

void DomainsView::reload()
{
    const qint64 infraId = m_session->currentInfrastructureId();
    const bool open = m_session->isOpen() && infraId != 0;
    setEnabled(open);
    m_ownedTitle->setText(tr("&Owned domains of %1 (records with that domain)").arg(m_session->currentInfrastructure().name));
    if (!open) {
        m_listsReader->clear();
        showLists({}, {});
        return;
    }
    struct Lists {
        std::optional<Result<QVector<DomainInfo>>> owned;
        std::optional<Result<ExternalDomains>> external;
    };
    auto lists = std::make_shared<Lists>();
    // The largest external domains group every domain of every runtime: ~100 ms on a million records.
    m_listsReader->request(m_session->path(),
        [infraId, lists](Workspace &w) {
            lists->owned = w.domainStore().domains(infraId);
            lists->external = ReportQueries(w).externalDomains(infraId, ExternalDomainsShown);
        },
        [this, lists](const QString &openError) {
            QString error = openError;
            if (error.isEmpty() && !*lists->owned)
                error = lists->owned->error();
            if (error.isEmpty() && !*lists->external)
                error = lists->external->error();
            // A failed read must never look like "nothing owned": say so and keep what was shown.
            if (!error.isEmpty()) {
                emit m_session->errorOccurred(error);
                return;
            }
            showLists(lists->owned->value(), lists->external->value());
        });
}

void DomainsView::showLists(const QVector<DomainInfo> &owned, const ExternalDomains &external)
{
    QVector<DomainsModel::Row> ownedRows, externalRows;
    for (const DomainInfo &d : owned)
        ownedRows.append({ d.normalized, d.typed, d.records });
    for (const DomainCount &d : external.top)
        externalRows.append({ d.domain, QString(), d.records });
    if (!m_session->isOpen())
        m_externalNote->clear();
    else if (owned.isEmpty())
        m_externalNote->setText(tr("No domain is owned yet, so every record is internal (R4)."));
    else
        m_externalNote->setText(tr("%n external domain(s) in all", nullptr, int(external.domains))
            + QStringLiteral(" \u00b7 ") + tr("%1 counted external records").arg(QLocale().toString(external.records)));
    m_ownedModel->setRows(ownedRows);
    m_externalModel->setRows(externalRows);
    // The figures changed: every what-if is worked out again.
    updateSelectionPreviews();
    updateInput();
}

bool DomainsView::isPreviewing() const
{
    return m_listsReader->isWorking() || m_inputReader->isWorking() || m_removeReader->isWorking()
        || m_externalReader->isWorking();
}

void DomainsView::preview(WorkspaceReader *reader, const std::function<Status(Workspace &)> &change, QLabel *label,
                          const std::function<void(const Workspace::Preview &, qint64 ms)> &ready)
{
    if (!m_session->isOpen()) {
        reader->clear();
        return;
    }
    struct Outcome {
        std::optional<Workspace::Preview> preview;
        QString error;
        qint64 ms = 0;
    };
    auto out = std::make_shared<Outcome>();
    const qint64 infraId = m_session->currentInfrastructureId();
    label->setText(tr("What if: working it out\u2026"));
    reader->request(m_session->path(),
        [infraId, change, out](Workspace &w) {
            QElapsedTimer clock;
            clock.start();
            const auto p = w.preview(infraId, [&] { return change(w); });
            out->ms = clock.elapsed();
            if (p)
                out->preview = *p;
            else
                out->error = p.error();
        },
        [label, out, ready](const QString &openError) {
            const QString error = openError.isEmpty() ? out->error : openError;
            if (!error.isEmpty()) {
                label->setText(tr("What if: could not be worked out: %1").arg(error));
                return;
            }
            label->setText(tr("What if: %1").arg(WhatIfText::describe(out->preview->before, out->preview->after)));
            if (ready)
                ready(*out->preview, out->ms);
        });
}

QStringList DomainsView::selected(QTableView *table, int role) const
{
    QStringList list;
    for (const QModelIndex &index : table->selectionModel()->selectedRows())
        list << index.data(role).toString();
    return list;
}

void DomainsView::updateSelectionPreviews()
{
    const qint64 infraId = m_session->currentInfrastructureId();
    const QStringList remove = selected(m_ownedTable, DomainsModel::DomainRole);
    m_removeButton->setEnabled(!remove.isEmpty());
    m_removeWhatIf->setVisible(!remove.isEmpty());
    if (!remove.isEmpty())
        preview(m_removeReader, [infraId, remove](Workspace &w) { return w.domainStore().removeDomains(infraId, remove); },
            m_removeWhatIf);
    else
        m_removeReader->clear();

    const QStringList add = selected(m_externalTable, DomainsModel::DomainRole);
    m_addExternalButton->setEnabled(!add.isEmpty());
    m_externalWhatIf->setVisible(!add.isEmpty());
    if (!add.isEmpty())
        preview(m_externalReader, [infraId, add](Workspace &w) { return w.domainStore().addDomains(infraId, add); },
            m_externalWhatIf);
    else
        m_externalReader->clear();
}

void DomainsView::parseInput()
{
    QSet<QString> owned;
    for (const DomainsModel::Row &row : m_ownedModel->rows())
        owned.insert(row.domain);
    m_parse = DomainList::parse(m_input->toPlainText(), owned);

    QStringList notes;
    for (int i = 0; i < m_parse.refused.size() && i < RefusalsShown; ++i) {
        const DomainListEntry &e = m_parse.refused.at(i);
        notes << tr("Refused \u201c%1\u201d: %2.").arg(e.typed, e.reason);
    }
    if (m_parse.refused.size() > RefusalsShown)
        notes << tr("%n more refused.", nullptr, int(m_parse.refused.size()) - RefusalsShown);
    if (!m_parse.alreadyOwned.isEmpty())
        notes << tr("Owned already: %1.").arg(m_parse.alreadyOwned.join(QStringLiteral(", ")));
    if (!m_parse.repeated.isEmpty())
        notes << tr("Given twice: %1.").arg(m_parse.repeated.join(QStringLiteral(", ")));
    m_feedback->setText(notes.join(u'\n'));
    m_feedback->setVisible(!notes.isEmpty());
}

void DomainsView::updateInput()
{
    m_inputTimer->stop();
    parseInput();
    Workspace *ws = m_session->workspace();
    const QStringList add = m_parse.acceptedTyped();
    m_addButton->setEnabled(ws && !add.isEmpty());
    m_addButton->setText(add.isEmpty() ? tr("Add T&yped Domains") : tr("Add T&yped Domains (%n)", nullptr, int(add.size())));
    m_inputPreview.reset();
    if (ws && !add.isEmpty()) {
        const qint64 infraId = m_session->currentInfrastructureId();
        preview(m_inputReader, [infraId, add](Workspace &w) { return w.domainStore().addDomains(infraId, add); }, m_inputWhatIf,
            [this](const Workspace::Preview &p, qint64 ms) {
                m_inputPreview = p;
                m_lastPreviewMs = ms;
            });
    } else {
        m_inputReader->clear();
    }
    m_inputWhatIf->setVisible(ws && !add.isEmpty());
}

bool DomainsView::apply(const QString &text, const std::function<Status(Workspace &)> &forward,
                        const std::function<Status(Workspace &)> &backward)
{
    auto command = std::make_unique<DecisionCommand>(m_session, text, forward, backward);
    if (!command->apply())
        return false; // the session has shown why
    m_session->undoStack()->push(command.release());
    return true;
}

void DomainsView::addTyped()
{
    // The text may have changed in the last few milliseconds. No what-if now: it would hold the workspace's write
    // lock while the change itself wants it.
    m_inputTimer->stop();
    m_inputReader->clear();
    parseInput();
    const QStringList add = m_parse.acceptedTyped();
    if (add.isEmpty())
        return;
    const qint64 infraId = m_session->currentInfrastructureId();
    QStringList keep;
    for (const DomainListEntry &e : std::as_const(m_parse.refused))
        keep << e.typed;
    if (apply(tr("Add %n domain(s)", nullptr, int(add.size())),
            [infraId, add](Workspace &w) { return w.domainStore().addDomains(infraId, add); },
            [infraId, add](Workspace &w) { return w.domainStore().removeDomains(infraId, add); })) {
        // What was refused stays, to be corrected.
        m_input->setPlainText(keep.join(u'\n'));
        updateInput();
    }
}

void DomainsView::addSelectedExternal()
{
    const QStringList add = selected(m_externalTable, DomainsModel::DomainRole);
    if (add.isEmpty())
        return;
    const qint64 infraId = m_session->currentInfrastructureId();
    apply(tr("Add %n domain(s)", nullptr, int(add.size())),
        [infraId, add](Workspace &w) { return w.domainStore().addDomains(infraId, add); },
        [infraId, add](Workspace &w) { return w.domainStore().removeDomains(infraId, add); });
}

void DomainsView::removeSelectedOwned()
{
    QStringList normalized, typed;
    for (const QModelIndex &index : m_ownedTable->selectionModel()->selectedRows()) {
        const int row = m_ownedModel->rowOf(index.data(DomainsModel::DomainRole).toString());
        if (row < 0)
            continue;
        normalized << m_ownedModel->rows().at(row).domain;
        typed << m_ownedModel->rows().at(row).typed; // undo adds them back as they were typed
    }
    if (normalized.isEmpty())
        return;
    const qint64 infraId = m_session->currentInfrastructureId();
    apply(tr("Remove %n domain(s)", nullptr, int(normalized.size())),
        [infraId, normalized](Workspace &w) { return w.domainStore().removeDomains(infraId, normalized); },
        [infraId, typed](Workspace &w) { return w.domainStore().addDomains(infraId, typed); });
}

} // namespace hc
