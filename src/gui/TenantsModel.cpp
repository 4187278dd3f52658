#include "TenantsModel.h"

#include <QLocale>

#include <algorithm>

namespace hc {

TenantsModel::TenantsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TenantsModel::setTenants(const QVector<TenantInfo> &tenants)
{
    const bool sameKeys = tenants.size() == m_rows.size() && std::equal(tenants.cbegin(), tenants.cend(),
        m_rows.cbegin(), [](const TenantInfo &a, const TenantInfo &b) { return a.tenant == b.tenant; });
    if (!sameKeys) {
        beginResetModel();
        m_rows = tenants;
        endResetModel();
        return;
    }
    m_rows = tenants;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

int TenantsModel::rowOf(const QString &tenant) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).tenant == tenant)
            return i;
    }
    return -1;
}

QString TenantsModel::kindText(TenantKind kind)
{
    switch (kind) {
    case TenantKind::Default:
        return tr("default");
    case TenantKind::App:
        return tr("app");
    case TenantKind::It:
        return tr("IT");
    }
    return {};
}

int TenantsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TenantsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TenantsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TenantInfo &t = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TenantColumn:
            return t.tenant.isEmpty() ? tr("(no tenant id)") : t.tenant;
        case KindColumn:
            return kindText(t.kind);
        case RecordsColumn:
            return QLocale().toString(t.records);
        case RuntimesColumn:
            return t.runtimes.join(QStringLiteral(", "));
        }
        return {};
    case Qt::TextAlignmentRole:
        return index.column() == RecordsColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == KindColumn) {
            switch (t.kind) {
            case TenantKind::Default:
                return tr("A user provider's default tenant: its usernames are merged with the other default tenants' (R6)");
            case TenantKind::App:
                return tr("A multi-tenant application's tenant: its logins are its own, never merged by username with other tenants (R6, R12)");
            case TenantKind::It:
                return tr("The tenant of IT users (Service Center's): its records never count (R5)");
            }
        }
        return {};
    case TenantRole:
        return t.tenant;
    case RawValueRole:
        switch (index.column()) {
        case TenantColumn:
            return t.tenant;
        case KindColumn:
            return int(t.kind);
        case RecordsColumn:
            return t.records;
        case RuntimesColumn:
            return t.runtimes.join(QStringLiteral(", "));
        }
        return {};
    default:
        return {};
    }
}

QVariant TenantsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TenantColumn:
        return tr("Tenant");
    case KindColumn:
        return tr("Kind");
    case RecordsColumn:
        return tr("Records");
    case RuntimesColumn:
        return tr("Runtimes");
    default:
        return {};
    }
}

} // namespace hc
