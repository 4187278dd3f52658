#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace hc {

class DomainStore;
class InfrastructureStore;

// The user records of an infrastructure as the Users view, the CLI and exports read them: filtered, sorted, paged,
// counted, streamed. Read-only.
class UserQueries
{
public:
    UserQueries(QSqlDatabase db, const InfrastructureStore &infras, const DomainStore &domains)
        : m_db(std::move(db)), m_infras(infras), m_domains(domains)
    {
    }

    [[nodiscard]] Result<QVector<UserRow>> users(const UserFilter &filter) const;
    // Runtime, status and class filters are answered from the maintained aggregates; search, tenant and last-login
    // filters read the records.
    [[nodiscard]] Result<qint64> userCount(const UserFilter &filter) const;
    // The rows of users(filter) handed to `batch` a few at a time (at most `batchSize`), in the filter's order, from
    // one query: memory stays bounded whatever the size (a CSV or JSON export of millions). A failed batch stops
    // the read and is returned; so is `cancelled` (polled between batches).
    [[nodiscard]] Status forEachUser(const UserFilter &filter, const std::function<Status(const QVector<UserRow> &)> &batch,
                                     int batchSize = 1000, const std::atomic_bool *cancelled = nullptr) const;
    // The ids of the records a filter selects, in its order: 8 bytes a record, so a view can hold the order of
    // millions of rows and fetch pages of it through UserFilter::recordIds. `cancelled` is polled while reading.
    [[nodiscard]] Result<QVector<qint64>> userIds(const UserFilter &filter, const std::atomic_bool *cancelled = nullptr) const;
    // The records of `infraId` with these ids, in that order (an id no longer there, or of another infrastructure,
    // is left out), with only what a bulk decision reads filled in: record id, runtime name, the export's Id,
    // username, tenant and Is_Active, status, and the administrator's flags (itOverride, deactivatedHere). One
    // primary-key lookup each through the C API: reading 100 000 selected rows as pages of users() took 2.9 s.
    [[nodiscard]] Result<QVector<UserRow>> decisionRows(qint64 infraId, const QVector<qint64> &ids,
                                                        const std::atomic_bool *cancelled = nullptr) const;
    // The records a decision reference names (several when no tenant is given and the username is in several).
    [[nodiscard]] Result<QVector<UserRow>> findRecords(const RecordRef &ref) const;

private:
    QSqlDatabase m_db;
    const InfrastructureStore &m_infras;
    const DomainStore &m_domains;
};

} // namespace hc
