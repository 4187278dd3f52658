#include "DomainsModel.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>

namespace hc {

DomainsModel::DomainsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DomainsModel::setRows(const QVector<Row> &rows)
{
    const bool sameKeys = rows.size() == m_rows.size() && std::equal(rows.cbegin(), rows.cend(), m_rows.cbegin(),
        [](const Row &a, const Row &b) { return a.domain == b.domain; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    if (rows == m_rows)
        return;
    m_rows = rows;
    emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int DomainsModel::rowOf(const QString &domain) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).domain == domain)
            return i;
    }
    return -1;
}

int DomainsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DomainsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DomainsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const bool isDomain = index.column() == DomainColumn;
    switch (role) {
    case Qt::DisplayRole:
        // An internationalised domain reads as the administrator knows it (münchen-acme.de, not xn--…).
        return isDomain ? QVariant(QUrl::fromAce(row.domain.toLatin1())) : QVariant(QLocale().toString(row.records));
    case Qt::ToolTipRole: {
        if (!isDomain)
            return {};
        QStringList lines;
        if (!row.typed.isEmpty())
            lines << tr("Typed as %1").arg(row.typed);
        if (QUrl::fromAce(row.domain.toLatin1()) != row.domain)
            lines << tr("Compared as %1 (R1)").arg(row.domain);
        return lines.isEmpty() ? QVariant() : QVariant(lines.join(u'\n'));
    }
    case Qt::TextAlignmentRole:
        return isDomain ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case DomainRole:
        return row.domain;
    case RawValueRole:
        return isDomain ? QVariant(row.domain) : QVariant(row.records);
    default:
        return {};
    }
}

QVariant DomainsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DomainColumn:
        return tr("Domain");
    case RecordsColumn:
        return tr("Records");
    default:
        return {};
    }
}

} // namespace hc
