#pragma once

#include "Workspace.h"

#include <QAbstractTableModel>
#include <QVector>

namespace hc {

// Tenant values found in an infrastructure's records (or given a kind), with their kind (SPEC §1: default, app or
// it), records and the runtimes holding them (Runtimes view).
class TenantsModel : public QAbstractTableModel {
    Q_OBJECT

public:
    enum Column { TenantColumn, KindColumn, RecordsColumn, RuntimesColumn, ColumnCount };
    enum Role {
        TenantRole = Qt::UserRole + 1, // the tenant value itself ("" = records without a Tenant_Id)
        RawValueRole,
    };

    explicit TenantsModel(QObject *parent = nullptr);

    // The same tenants in the same order: one batched dataChanged; else a reset.
    void setTenants(const QVector<TenantInfo> &tenants);
    const QVector<TenantInfo> &tenants() const { return m_rows; }
    int rowOf(const QString &tenant) const;

    static QString kindText(TenantKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<TenantInfo> m_rows;
};

} // namespace hc
