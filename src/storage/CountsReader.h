#pragma once

#include "Counts.h"
#include "Result.h"
#include "Tenancy.h"

#include <QPair>
#include <QSqlDatabase>
#include <QVector>

#include <optional>

class QSqlQuery;

namespace hc {

enum class KeyTable;

// Reads an infrastructure's counts from the aggregate tables CountsEngine keeps (agg_runtime, agg_identity*,
// agg_platform*): a handful of small queries whatever the number of records. Private to src/storage; one method per
// part of Counts.
class CountsReader
{
public:
    explicit CountsReader(const QSqlDatabase &db) : m_db(db) {}

    [[nodiscard]] Result<Counts> counts(qint64 infraId) const;

private:
    // Name, model, capacities and platform version.
    [[nodiscard]] Status readInfrastructure(qint64 infraId, Counts &c, std::optional<PlatformVersion> &version) const;
    // R4: without owned domains everything is internal; R9: the named model has no classification.
    [[nodiscard]] Result<bool> allInternal(qint64 infraId, LicenceModel model) const;
    [[nodiscard]] Result<QVector<QPair<qint64, QString>>> runtimes(qint64 infraId) const;
    // One runtime's counted records by class (R8) and its excluded records, added to `excluded`.
    [[nodiscard]] Status readRuntime(qint64 infraId, qint64 runtimeId, bool allInternal, RuntimeCounts &rc,
                                     ExcludedCounts &excluded) const;
    // Groups of one owner in a key table, by class (R4 on the keys, R7 on the groups).
    [[nodiscard]] Result<ClassCounts> keyCounts(KeyTable table, qint64 owner, qint64 infraId, bool allInternal) const;
    Status error(const QString &what, const QSqlQuery &q) const;

    QSqlDatabase m_db;
};

} // namespace hc
