#include "InfrastructureDialog.h"

#include "GaugeWidget.h"
#include "MessageBox.h"
#include "Tenancy.h"
#include "Transaction.h"
#include "UndoCommands.h"
#include "WorkspaceSession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QUndoStack>
#include <QVBoxLayout>

namespace hc {

namespace {

constexpr int NotSet = -1; // a capacity spin box at its minimum: no capacity set

QSpinBox *makeCapacitySpin(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setObjectName(objectName);
    spin->setAccessibleName(accessibleName);
    spin->setRange(NotSet, 100000000);
    spin->setSpecialValueText(QCoreApplication::translate("hc::InfrastructureDialog", "not set"));
    spin->setGroupSeparatorShown(true);
    spin->setAccelerated(true);
    return spin;
}

std::optional<qint64> spinValue(const QSpinBox *spin)
{
    return spin->value() == NotSet ? std::nullopt : std::optional<qint64>(spin->value());
}

void setSpinValue(QSpinBox *spin, std::optional<qint64> value)
{
    spin->setValue(value ? int(qMin<qint64>(*value, spin->maximum())) : NotSet);
}

} // namespace

InfrastructureDialog::InfrastructureDialog(WorkspaceSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("infrastructureDialog"));
    setWindowTitle(tr("Infrastructures"));
    buildUi();
    connect(m_session, &WorkspaceSession::infrastructuresChanged, this, &InfrastructureDialog::rebuildList);
    rebuildList();
    selectInfrastructure(m_session->currentInfrastructureId());
}

void InfrastructureDialog::buildUi()
{
    auto *outer = new QVBoxLayout(this);
    auto *body = new QHBoxLayout;
    auto *left = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("&Infrastructures:"), this);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("infrastructureList"));
    m_list->setAccessibleName(tr("Infrastructures"));
    m_list->setMinimumWidth(160);
    listLabel->setBuddy(m_list);
    auto *listButtons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newInfrastructureButton"));
    m_newButton->setAccessibleName(tr("New infrastructure"));
    m_removeButton = new QPushButton(tr("&Remove…"), this);
    m_removeButton->setObjectName(QStringLiteral("removeInfrastructureButton"));
    m_removeButton->setAccessibleName(tr("Remove the selected infrastructure"));
    listButtons->addWidget(m_newButton);
    listButtons->addWidget(m_removeButton);
    left->addWidget(listLabel);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    body->addLayout(left);

    m_form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("infrastructureNameEdit"));
    m_name->setAccessibleName(tr("Name"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("licenceModelCombo"));
    m_model->setAccessibleName(tr("Licence model"));
    m_model->addItem(tr("Internal and external users"), int(LicenceModel::InternalExternal));
    m_model->addItem(tr("Named users (before 11.7.0)"), int(LicenceModel::Named));
    m_platform = new QLineEdit(this);
    m_platform->setObjectName(QStringLiteral("platformVersionEdit"));
    m_platform->setAccessibleName(tr("Platform version"));
    m_platform->setPlaceholderText(tr("not set (11.11.3 or later)"));
    m_platformHint = new QLabel(this);
    m_platformHint->setObjectName(QStringLiteral("platformVersionHint"));
    m_platformHint->setWordWrap(true);
    m_internal = makeCapacitySpin(QStringLiteral("capacityInternalSpin"), tr("Internal capacity"), this);
    m_external = makeCapacitySpin(QStringLiteral("capacityExternalSpin"), tr("External capacity"), this);
    m_named = makeCapacitySpin(QStringLiteral("capacityNamedSpin"), tr("Named-user capacity"), this);
    m_form->addRow(tr("N&ame:"), m_name);
    m_form->addRow(tr("&Licence model:"), m_model);
    m_form->addRow(tr("&Platform version:"), m_platform);
    m_form->addRow(QString(), m_platformHint);
    m_form->addRow(tr("In&ternal capacity:"), m_internal);
    m_form->addRow(tr("E&xternal capacity:"), m_external);
    m_form->addRow(tr("Na&med capacity:"), m_named);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveInfrastructureButton"));
    m_saveButton->setAccessibleName(tr("Save the infrastructure"));
    m_saveButton->setDefault(true);
    m_form->addRow(QString(), m_saveButton);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("infrastructureErrorLabel"));
    m_error->setWordWrap(true);
    m_form->addRow(m_error);
    body->addLayout(m_form, 1);
    outer->addLayout(body, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->setObjectName(QStringLiteral("infrastructureDialogButtons"));
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_newButton, &QPushButton::clicked, this, &InfrastructureDialog::startNew);
    connect(m_removeButton, &QPushButton::clicked, this, &InfrastructureDialog::removeSelected);
    connect(m_saveButton, &QPushButton::clicked, this, &InfrastructureDialog::save);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (!m_loading && row >= 0)
            selectInfrastructure(m_list->item(row)->data(Qt::UserRole).toLongLong());
    });
    for (QLineEdit *edit : { m_name, m_platform })
        connect(edit, &QLineEdit::textChanged, this, &InfrastructureDialog::updateForm);
    connect(m_model, &QComboBox::currentIndexChanged, this, &InfrastructureDialog::updateForm);
}

void InfrastructureDialog::rebuildList()
{
    m_loading = true;
    m_list->clear();
    const QVector<InfrastructureInfo> infrastructures = m_session->infrastructures();
    bool found = false;
    for (const InfrastructureInfo &info : infrastructures) {
        auto *item = new QListWidgetItem(info.name, m_list);
        item->setData(Qt::UserRole, info.id);
        if (info.id == m_selectedId) {
            m_list->setCurrentItem(item);
            found = true;
        }
    }
    m_loading = false;
    // The one shown was removed (here or by another program): show the current one instead.
    if (m_selectedId != 0 && !found)
        selectInfrastructure(m_session->currentInfrastructureId());
    m_removeButton->setEnabled(m_selectedId != 0 && m_session->isOpen());
    m_newButton->setEnabled(m_session->isOpen());
}

void InfrastructureDialog::selectInfrastructure(qint64 infraId)
{
    for (const InfrastructureInfo &info : m_session->infrastructures()) {
        if (info.id != infraId)
            continue;
        m_selectedId = infraId;
        m_loading = true;
        for (int row = 0; row < m_list->count(); ++row) {
            if (m_list->item(row)->data(Qt::UserRole).toLongLong() == infraId)
                m_list->setCurrentRow(row);
        }
        m_loading = false;
        loadForm(info);
        return;
    }
    startNew(); // nothing to show: a workspace without infrastructures
}

void InfrastructureDialog::startNew()
{
    m_selectedId = 0;
    m_loading = true;
    m_list->setCurrentRow(-1);
    m_list->clearSelection();
    m_loading = false;
    InfrastructureInfo blank;
    loadForm(blank);
    m_name->setFocus();
}

void InfrastructureDialog::loadForm(const InfrastructureInfo &info)
{
    m_loading = true;
    m_name->setText(info.name);
    m_model->setCurrentIndex(m_model->findData(int(info.model)));
    m_platform->setText(info.platformVersion);
    setSpinValue(m_internal, info.capacity.internal);
    setSpinValue(m_external, info.capacity.external);
    setSpinValue(m_named, info.capacity.named);
    m_loading = false;
    m_error->clear();
    m_saveButton->setText(info.id == 0 ? tr("&Create") : tr("&Save"));
    m_removeButton->setEnabled(info.id != 0);
    updateForm();
}

QString InfrastructureDialog::validationError() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Give the infrastructure a name.");
    const QString version = m_platform->text().trimmed();
    if (!version.isEmpty() && !PlatformVersion::parse(version))
        return tr("\u201c%1\u201d is not a platform version: digits separated by dots, e.g. 11.20.1 (empty: not set).")
            .arg(version);
    return {};
}

void InfrastructureDialog::updateForm()
{
    const bool named = LicenceModel(m_model->currentData().toInt()) == LicenceModel::Named;
    m_form->setRowVisible(m_internal, !named);
    m_form->setRowVisible(m_external, !named);
    m_form->setRowVisible(m_named, named);
    const QString error = validationError();
    const auto version = PlatformVersion::parse(m_platform->text().trimmed());
    QString hint = error;
    if (hint.isEmpty() && version && version->usesNamedModel() && !named)
        hint = tr("Platforms before 11.7.0 license named users: choose that licence model.");
    m_platformHint->setPalette(error.isEmpty() ? palette() : errorPalette());
    m_platformHint->setText(hint);
    m_platformHint->setVisible(!hint.isEmpty());
    m_saveButton->setEnabled(error.isEmpty() && m_session->isOpen());
}

Capacity InfrastructureDialog::formCapacity(const Capacity &base) const
{
    // Only the capacities of the chosen model are edited; the others keep their value for a switch back.
    Capacity c = base;
    if (LicenceModel(m_model->currentData().toInt()) == LicenceModel::Named) {
        c.named = spinValue(m_named);
    } else {
        c.internal = spinValue(m_internal);
        c.external = spinValue(m_external);
    }
    return c;
}

QPalette InfrastructureDialog::errorPalette() const
{
    // The gauges' "over" colour, which has a lighter tone for dark schemes.
    QPalette p = palette();
    p.setColor(QPalette::WindowText, GaugeWidget::stateColor(CapacityState::Over, palette()));
    return p;
}

void InfrastructureDialog::showError(const QString &message)
{
    m_error->setPalette(errorPalette());
    m_error->setText(message);
}

void InfrastructureDialog::showSaved()
{
    m_error->setPalette(palette());
    m_error->setText(tr("Saved."));
}

bool InfrastructureDialog::save()
{
    if (const QString error = validationError(); !error.isEmpty()) {
        showError(error);
        return false;
    }
    const QString name = m_name->text().trimmed();
    const auto model = LicenceModel(m_model->currentData().toInt());
    const QString version = m_platform->text().trimmed();
    InfrastructureInfo before;
    for (const InfrastructureInfo &info : m_session->infrastructures()) {
        if (info.id == m_selectedId)
            before = info;
    }
    const Capacity capacity = formCapacity(before.capacity);
    qint64 id = m_selectedId;
    Status saved;
    if (id == 0) {
        // One transaction: a refused step leaves no infrastructure behind.
        saved = m_session->changeStructure([&](Workspace &w) -> Status {
            QSqlDatabase db = w.database();
            Transaction tx(db);
            if (!tx.isOpen())
                return Status::failure(tx.startError());
            const auto added = w.infrastructureStore().addInfrastructure(name, model, version);
            if (!added)
                return Status::failure(added.error());
            id = added->id;
            if (!(capacity == Capacity()))
                if (Status s = w.infrastructureStore().setCapacity(id, capacity); !s)
                    return s;
            return tx.commit();
        });
    } else {
        InfrastructureInfo after = before;
        after.name = name;
        after.model = model;
        after.platformVersion = version;
        after.capacity = capacity;
        saved = saveUndoable(before, after);
    }
    if (!saved) {
        showError(saved.error());
        return false;
    }
    // A new infrastructure is the one the administrator wants to look at next.
    m_session->setCurrentInfrastructure(id);
    selectInfrastructure(id);
    showSaved();
    return true;
}

namespace {

// Gives infrastructure `to.id` the name, licence model, platform version and capacities of `to` where they differ
// from `from`, in one transaction: a refused step (a name in use) leaves it as it was.
Status setInfrastructure(Workspace &w, const InfrastructureInfo &from, const InfrastructureInfo &to)
{
    QSqlDatabase db = w.database();
    Transaction tx(db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    if (to.name != from.name)
        if (Status s = w.infrastructureStore().renameInfrastructure(to.id, to.name, from.name); !s)
            return s;
    if (to.model != from.model)
        if (Status s = w.infrastructureStore().setLicenceModel(to.id, to.model); !s)
            return s;
    if (to.platformVersion != from.platformVersion)
        if (Status s = w.infrastructureStore().setPlatformVersion(to.id, to.platformVersion); !s)
            return s;
    if (!(to.capacity == from.capacity))
        if (Status s = w.infrastructureStore().setCapacity(to.id, to.capacity); !s)
            return s;
    return tx.commit();
}

} // namespace

Status InfrastructureDialog::saveUndoable(const InfrastructureInfo &before, const InfrastructureInfo &after)
{
    if (after.name == before.name && after.model == before.model && after.platformVersion == before.platformVersion
        && after.capacity == before.capacity)
        return {};
    // One command on the main window's undo stack (Ctrl+Z after closing the dialog puts everything back).
    auto command = std::make_unique<StructureCommand>(m_session, tr("Change infrastructure %1").arg(before.name),
        [before, after](Workspace &w) { return setInfrastructure(w, before, after); },
        [before, after](Workspace &w) { return setInfrastructure(w, after, before); });
    const Status applied = command->apply();
    if (applied)
        m_session->undoStack()->push(command.release());
    return applied;
}

void InfrastructureDialog::removeSelected()
{
    Workspace *ws = m_session->workspace();
    if (!ws || m_selectedId == 0)
        return;
    const auto info = ws->infrastructureStore().infrastructureById(m_selectedId);
    const auto runtimes = ws->runtimeStore().runtimes(m_selectedId);
    if (!info || !runtimes) {
        showError(!info ? info.error() : runtimes.error());
        return;
    }
    qint64 records = 0;
    for (const RuntimeInfo &r : *runtimes)
        records += r.records;
    const QString text = tr("Remove infrastructure %1? Its %n runtime(s), %2 records, owned domains and decisions are "
                            "deleted, and this cannot be undone.", nullptr, int(runtimes->size()))
                             .arg(info->name, QLocale().toString(records));
    if (MessageBox::question(this, tr("Remove Infrastructure"), text) != QMessageBox::Yes)
        return;
    const qint64 id = m_selectedId;
    const Status removed = m_session->changeStructure([id](Workspace &w) { return w.infrastructureStore().removeInfrastructure(id); });
    if (!removed) {
        showError(removed.error());
        return;
    }
    // The undo history may refer to its records: its commands could only fail now.
    m_session->undoStack()->clear();
    selectInfrastructure(m_session->currentInfrastructureId());
}

} // namespace hc
