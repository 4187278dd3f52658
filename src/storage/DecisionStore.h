#pragma once

#include "RecordMapper.h"
#include "Result.h"
#include "StorageTypes.h"

#include <QHash>
#include <QSqlDatabase>

#include <functional>

namespace hc {

class CountsEngine;
class DecisionRecords;
struct PendingMove;
class Transaction;
class UserQueries;

// The administrator's decisions (SPEC §3): IT user, deactivated here, split, and links between records. Each call
// is one transaction that keeps the counts current (R11) and stores a count snapshot.
class DecisionStore
{
public:
    DecisionStore(QSqlDatabase db, const UserQueries &users, CountsEngine &engine)
        : m_db(std::move(db)), m_users(users), m_engine(engine)
    {
    }

    // `itUser` unset removes the administrator's flag: the export's Is_IT_User applies again (undo of a first flag).
    [[nodiscard]] Status setItUser(const QVector<RecordRef> &refs, std::optional<bool> itUser);
    // `progress` (optional) gets the references done so far, for a bulk decision run off the GUI thread.
    [[nodiscard]] Status setDeactivated(const QVector<RecordRef> &refs, bool deactivated,
                                        const std::function<void(qint64)> &progress = {});
    [[nodiscard]] Status split(const RecordRef &ref, bool split = true);
    [[nodiscard]] Status link(const RecordRef &a, const RecordRef &b);
    // Removes the link between two records (either direction); no link is no error. Undoes link().
    [[nodiscard]] Status unlink(const RecordRef &a, const RecordRef &b);
    [[nodiscard]] Result<bool> isLinked(const RecordRef &a, const RecordRef &b) const;

private:
    [[nodiscard]] Status apply(const QVector<RecordRef> &refs, DecisionRows::Kind kind, std::optional<bool> value,
                               const std::function<void(qint64)> &progress = {});

    [[nodiscard]] Status decideRecords(DecisionRecords &records, const QVector<RecordRef> &refs,
                                       DecisionRows::Kind kind, std::optional<bool> value,
                                       const std::function<void(qint64)> &progress,
                                       QHash<qint64, QVector<qint64>> &seedsOf, QHash<qint64, PendingMove> &moves);
    [[nodiscard]] Status findRecords(DecisionRecords &records, const QVector<RecordRef> &refs,
                                     const std::function<void(qint64)> &progress, QVector<StoredRecord> &named) const;
    [[nodiscard]] Result<QPair<UserRow, UserRow>> linkEnds(const RecordRef &a, const RecordRef &b) const;
    [[nodiscard]] Status relink(Transaction &tx, qint64 runtimeId, const UserRow &x, const UserRow &y);

    QSqlDatabase m_db;
    const UserQueries &m_users;
    CountsEngine &m_engine;
};

} // namespace hc
