#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

namespace hc {

class CountsEngine;

// The tenants of an infrastructure: every tenant value found in its records or given a kind, and their kinds.
class TenantStore
{
public:
    TenantStore(QSqlDatabase db, CountsEngine &engine) : m_db(std::move(db)), m_engine(engine) {}

    // Listed by tenant.
    [[nodiscard]] Result<QVector<TenantInfo>> tenants(qint64 infraId) const;
    // Sets the kind of tenants (present or not yet imported) and recounts the records they hold (R5, R6, R12).
    [[nodiscard]] Status setTenantKind(qint64 infraId, const QStringList &tenants, TenantKind kind);

private:
    QSqlDatabase m_db;
    CountsEngine &m_engine;
};

} // namespace hc
