#pragma once

#include "Counts.h"
#include "Recount.h"
#include "Result.h"

#include <QHash>

#include <QSqlDatabase>

namespace hc {

class DomainStore;
class InfrastructureStore;
class RuntimeStore;

// Counts computed from scratch from every record of an infrastructure by core's recount (slow; for checks, the
// consistency oracle and tests): decisions are read from their own table, not from the derived columns, so the
// check is independent of the maintained aggregates.
class RecountReader
{
public:
    RecountReader(QSqlDatabase db, const InfrastructureStore &infras, const DomainStore &domains,
                  const RuntimeStore &runtimes)
        : m_db(std::move(db)), m_infras(infras), m_domains(domains), m_runtimes(runtimes)
    {
    }

    [[nodiscard]] Result<Counts> recount(qint64 infraId) const;

private:
    [[nodiscard]] Result<RecountInput> readSettings(qint64 infraId, QHash<qint64, QString> &runtimeNames) const;
    [[nodiscard]] Status readEntries(qint64 infraId, const QHash<qint64, QString> &runtimeNames, RecountInput &input,
                                     QHash<QString, QVector<int>> &entriesByRef) const;
    [[nodiscard]] Status readLinks(qint64 infraId, const QHash<QString, QVector<int>> &entriesByRef,
                                   RecountInput &input) const;

    QSqlDatabase m_db;
    const InfrastructureStore &m_infras;
    const DomainStore &m_domains;
    const RuntimeStore &m_runtimes;
};

} // namespace hc
