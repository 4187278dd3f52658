#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QSet>
#include <QSqlDatabase>

namespace hc {

// The owned domains of an infrastructure (R3, R4). Invalid domains are refused, naming the first one; adding a
// listed one is a no-op. A failed read is an error, never "no owned domains" (R4 would make everyone internal).
class DomainStore
{
public:
    explicit DomainStore(QSqlDatabase db) : m_db(std::move(db)) {}

    [[nodiscard]] Result<QVector<DomainInfo>> domains(qint64 infraId) const;
    // The normalised owned domains, as R3/R4 compare them.
    [[nodiscard]] Result<QSet<QString>> ownedDomainSet(qint64 infraId) const;
    [[nodiscard]] Status addDomains(qint64 infraId, const QStringList &domains);
    [[nodiscard]] Status removeDomains(qint64 infraId, const QStringList &domains);

private:
    QSqlDatabase m_db;
};

} // namespace hc
