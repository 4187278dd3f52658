#include "RuntimesModel.h"

#include <QLocale>

#include <algorithm>

namespace hc {

RuntimesModel::RuntimesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void RuntimesModel::setRuntimes(const QVector<RuntimeInfo> &runtimes, const Counts &counts)
{
    QVector<Row> rows;
    rows.reserve(runtimes.size());
    for (const RuntimeInfo &info : runtimes) {
        Row row { info, std::nullopt };
        for (const RuntimeCounts &rc : counts.runtimes) {
            if (rc.name == info.name)
                row.counts = rc;
        }
        rows.append(row);
    }
    const bool sameKeys = rows.size() == m_rows.size() && m_model == counts.model
        && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
            [](const Row &a, const Row &b) { return a.info.id == b.info.id; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        m_model = counts.model;
        endResetModel();
        return;
    }
    m_rows = rows;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int RuntimesModel::rowOf(qint64 runtimeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).info.id == runtimeId)
            return i;
    }
    return -1;
}

int RuntimesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RuntimesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RuntimesModel::raw(const Row &row, int column) const
{
    switch (column) {
    case NameColumn:
        return row.info.name;
    case LastImportColumn:
        return row.info.lastImport;
    case RecordsColumn:
        return row.info.records;
    case CountedColumn:
        return row.counts ? QVariant(row.counts->records.total()) : QVariant();
    case PlatformColumn:
        return row.counts ? QVariant(row.counts->platform.total()) : QVariant();
    default:
        return {};
    }
}

QVariant RuntimesModel::display(const Row &row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        return row.info.name;
    case LastImportColumn:
        return row.info.lastImport.isValid() ? locale.toString(row.info.lastImport.toLocalTime(), QLocale::ShortFormat)
                                             : tr("never");
    case RecordsColumn:
        return locale.toString(row.info.records);
    case CountedColumn:
    case PlatformColumn: {
        if (!row.counts)
            return QStringLiteral("\u2013");
        const ClassCounts &c = column == CountedColumn ? row.counts->records : row.counts->platform;
        if (m_model == LicenceModel::Named)
            return locale.toString(c.total());
        //: a runtime's figure: total (internal / external)
        return tr("%1 (%2 / %3)").arg(locale.toString(c.total()), locale.toString(c.internal), locale.toString(c.external));
    }
    default:
        return {};
    }
}

QVariant RuntimesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::EditRole:
        return index.column() == NameColumn ? QVariant(row.info.name) : display(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() >= RecordsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == LastImportColumn && row.info.lastImport.isValid())
            return QLocale().toString(row.info.lastImport.toLocalTime(), QLocale::LongFormat);
        if (index.column() == NameColumn)
            return tr("Double-click or press F2 to rename");
        return {};
    case RuntimeIdRole:
        return row.info.id;
    case RawValueRole:
        return raw(row, index.column());
    default:
        return {};
    }
}

bool RuntimesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != NameColumn || role != Qt::EditRole)
        return false;
    const QString name = value.toString().trimmed();
    const Row &row = m_rows.at(index.row());
    if (name.isEmpty() || name == row.info.name)
        return false;
    // The rename reloads the runtimes (maybe in another order): the view makes it after the editor has closed.
    emit renameRequested(row.info.id, name);
    return true;
}

Qt::ItemFlags RuntimesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == NameColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant RuntimesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case CountedColumn:
            return tr("Records that count (R8), before merging the same person across runtimes");
        case PlatformColumn:
            return tr("What this runtime's own console shows (R12)");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    const bool named = m_model == LicenceModel::Named;
    switch (section) {
    case NameColumn:
        return tr("Runtime");
    case LastImportColumn:
        return tr("Last import");
    case RecordsColumn:
        return tr("Records");
    case CountedColumn:
        return named ? tr("Counted") : tr("Counted (int. / ext.)");
    case PlatformColumn:
        return named ? tr("Platform estimate") : tr("Platform estimate (int. / ext.)");
    default:
        return {};
    }
}

} // namespace hc
