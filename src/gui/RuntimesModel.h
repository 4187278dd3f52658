#pragma once

#include "Counts.h"
#include "Workspace.h"

#include <QAbstractTableModel>
#include <QVector>

#include <optional>

namespace hc {

// The runtimes of an infrastructure (Runtimes view): name, last import, records, the counted records (R8) and what
// the runtime's own console shows (R12). The name is editable: an edit asks for the rename (renameRequested) and
// the view makes it, since renaming is a change of the workspace, not of this model.
class RuntimesModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { NameColumn, LastImportColumn, RecordsColumn, CountedColumn, PlatformColumn, ColumnCount };
    enum Role {
        RuntimeIdRole = Qt::UserRole + 1,
        RawValueRole, // the name, time or number itself, for sorting and tests
    };

    struct Row {
        RuntimeInfo info;
        std::optional<RuntimeCounts> counts; // none when the counts do not list it
    };

    explicit RuntimesModel(QObject *parent = nullptr);

    // The same runtimes (by id, in order): one batched dataChanged; else a reset.
    void setRuntimes(const QVector<RuntimeInfo> &runtimes, const Counts &counts);
    const QVector<Row> &rows() const { return m_rows; }
    int rowOf(qint64 runtimeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void renameRequested(qint64 runtimeId, const QString &newName);

private:
    QVariant display(const Row &row, int column) const;
    QVariant raw(const Row &row, int column) const;

    QVector<Row> m_rows;
    LicenceModel m_model = LicenceModel::InternalExternal;
};

} // namespace hc
