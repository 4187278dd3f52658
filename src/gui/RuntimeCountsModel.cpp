#include "RuntimeCountsModel.h"

#include <QLocale>

namespace hc {

RuntimeCountsModel::RuntimeCountsModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columnsFor(LicenceModel::InternalExternal))
{
}

QVector<RuntimeCountsModel::Column> RuntimeCountsModel::columnsFor(LicenceModel model) const
{
    if (model == LicenceModel::Named)
        return { Column::Runtime, Column::Total, Column::PlatformTotal };
    return { Column::Runtime, Column::Internal, Column::External, Column::Total, Column::PlatformInternal,
        Column::PlatformExternal, Column::PlatformTotal };
}

void RuntimeCountsModel::setCounts(const Counts &counts)
{
    const QVector<Column> columns = columnsFor(counts.model);
    bool sameShape = columns == m_columns && counts.runtimes.size() == m_rows.size();
    for (int i = 0; sameShape && i < m_rows.size(); ++i)
        sameShape = m_rows.at(i).name == counts.runtimes.at(i).name;

    if (!sameShape) {
        beginResetModel();
        m_model = counts.model;
        m_columns = columns;
        m_rows = counts.runtimes;
        endResetModel();
        return;
    }
    if (m_rows == counts.runtimes)
        return;
    m_rows = counts.runtimes;
    emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), { Qt::DisplayRole, RawValueRole });
}

void RuntimeCountsModel::clear()
{
    if (m_rows.isEmpty())
        return;
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

RuntimeCountsModel::Column RuntimeCountsModel::column(int section) const
{
    return m_columns.value(section, Column::Runtime);
}

int RuntimeCountsModel::section(Column column) const
{
    return int(m_columns.indexOf(column));
}

int RuntimeCountsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuntimeCountsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RuntimeCountsModel::rawValue(const RuntimeCounts &row, Column column) const
{
    switch (column) {
    case Column::Runtime:
        return row.name;
    case Column::Internal:
        return row.records.internal;
    case Column::External:
        return row.records.external;
    case Column::Total:
        return row.records.total();
    case Column::PlatformInternal:
        return row.platform.internal;
    case Column::PlatformExternal:
        return row.platform.external;
    case Column::PlatformTotal:
        return row.platform.total();
    }
    return {};
}

QVariant RuntimeCountsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RuntimeCounts &row = m_rows.at(index.row());
    const Column col = column(index.column());
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = rawValue(row, col);
        return col == Column::Runtime ? value : QVariant(QLocale().toString(value.toLongLong()));
    }
    case RawValueRole:
        return rawValue(row, col);
    case Qt::TextAlignmentRole:
        return col == Column::Runtime ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (col) {
        case Column::Runtime:
            return tr("Production runtime %1").arg(row.name);
        case Column::Internal:
            return tr("%n counted internal record(s) in %1", nullptr, int(row.records.internal)).arg(row.name);
        case Column::External:
            return tr("%n counted external record(s) in %1", nullptr, int(row.records.external)).arg(row.name);
        case Column::Total:
            return tr("%n counted record(s) in %1", nullptr, int(row.records.total())).arg(row.name);
        case Column::PlatformInternal:
        case Column::PlatformExternal:
        case Column::PlatformTotal:
            return tr("What %1's own console shows: %n user(s)", nullptr, int(rawValue(row, col).toLongLong())).arg(row.name);
        }
        break;
    default:
        break;
    }
    return {};
}

QVariant RuntimeCountsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    const Column col = column(section);
    if (role == Qt::TextAlignmentRole)
        return col == Column::Runtime ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (col) {
        case Column::Runtime:
            return tr("Production runtime");
        case Column::Internal:
            return tr("Counted records classified internal (the platform's own per-runtime figure)");
        case Column::External:
            return tr("Counted records classified external (the platform's own per-runtime figure)");
        case Column::Total:
            return tr("All counted records of the runtime; the same person in two runtimes counts in both");
        case Column::PlatformInternal:
        case Column::PlatformExternal:
        case Column::PlatformTotal:
            return tr("The platform's own estimate for this runtime (R12): records of the user providers' default "
                      "tenants that share an e-mail or username count once; each multi-tenant app account counts");
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (col) {
    case Column::Runtime:
        return tr("Runtime");
    case Column::Internal:
        return tr("Internal");
    case Column::External:
        return tr("External");
    case Column::Total:
        return tr("Total");
    case Column::PlatformInternal:
        return tr("Console int.");
    case Column::PlatformExternal:
        return tr("Console ext.");
    case Column::PlatformTotal:
        return tr("Console total");
    }
    return {};
}

} // namespace hc
