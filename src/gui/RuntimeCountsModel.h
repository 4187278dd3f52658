#pragma once

#include "Counts.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hc {

// Per-runtime counted records (R8) and what that runtime's own console shows (R12), one row per runtime. Model
// internal-external shows internal, external and total of each; model named shows the totals only.
class RuntimeCountsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum class Column { Runtime, Internal, External, Total, PlatformInternal, PlatformExternal, PlatformTotal };
    Q_ENUM(Column)

    enum Role {
        RawValueRole = Qt::UserRole + 1, // the number (or name) itself, for sorting and tests
    };

    explicit RuntimeCountsModel(QObject *parent = nullptr);

    // Same runtimes and model: one batched dataChanged, so views keep selection and scroll position.
    void setCounts(const Counts &counts);
    void clear();

    LicenceModel licenceModel() const { return m_model; }
    // Which Column a section shows, and the section of a Column (-1 when the licence model hides it).
    Column column(int section) const;
    int section(Column column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Column> columnsFor(LicenceModel model) const;
    QVariant rawValue(const RuntimeCounts &row, Column column) const;

    LicenceModel m_model = LicenceModel::InternalExternal;
    QVector<Column> m_columns;
    QVector<RuntimeCounts> m_rows;
};

} // namespace hc
