#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QSet>
#include <QSqlDatabase>

namespace hc {

class CountsEngine;
class DomainStore;
class InfrastructureStore;
class UserQueries;

// "Why does this user count?" (SPEC §4 explain, the console's Explain): the rules R1–R12 applied to one record, in
// plain words, with the individual (R6/R7) and the platform user (R12) it belongs to.
class RecordExplainer
{
public:
    RecordExplainer(QSqlDatabase db, const InfrastructureStore &infras, const DomainStore &domains,
                    const UserQueries &users, const CountsEngine &engine)
        : m_db(std::move(db)), m_infras(infras), m_domains(domains), m_users(users), m_engine(engine)
    {
    }

    [[nodiscard]] Result<QStringList> explain(const RecordRef &ref) const;

private:
    QString platformLine(qint64 infraId, const UserRow &row, TenantKind kind,
                         const std::optional<PlatformVersion> &version, const QSet<QString> &owned) const;

    QSqlDatabase m_db;
    const InfrastructureStore &m_infras;
    const DomainStore &m_domains;
    const UserQueries &m_users;
    const CountsEngine &m_engine;
};

} // namespace hc
