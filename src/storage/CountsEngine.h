#pragma once

#include "Counts.h"
#include "Result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>
#include <QVector>

namespace hc {

// Keeps the aggregate tables (agg_runtime, agg_identity, agg_identity_domain) current and reads counts from
// them. Every method runs inside the caller's transaction; none commits.
//
// Why aggregates: a domain change must show in < 50 ms on a million records (SPEC §8). Records are summed per
// (runtime, status, domain) and individuals per identity key (the set of their domains), so a domain change
// touches no row at all and counts are a handful of indexed lookups.
class CountsEngine
{
public:
    explicit CountsEngine(QSqlDatabase db) : m_db(std::move(db)) {}

    // The identity key of an individual from its counted records' domains ('' = no valid e-mail).
    static QString identityKey(QStringList domains);

    // Moves one record between (status, domain) buckets.
    Status moveRecord(qint64 runtimeId, int oldStatus, int newStatus, const QString &domain);

    // Recomputes the individuals reachable from the given records, after their status or decisions changed.
    // Their `individual` column must still hold the value from before the change.
    Status updateIdentities(qint64 infraId, const QVector<qint64> &seedRecordIds);

    // The records of the individual a record belongs to (empty when it is not counted).
    Result<QVector<qint64>> individualMembers(qint64 infraId, qint64 recordId) const;

    Result<Counts> counts(qint64 infraId) const;

    // The user_key hash of an e-mail ('e') or username ('u') key: FNV-1a 64 over UTF-16, stable across versions
    // because it is stored. Tenants are left out: lookups compare the real key and tenant afterwards.
    static qint64 keyHash(char16_t kind, QStringView key);

private:
    struct Node
    {
        qint64 id = 0;
        qint64 runtimeId = 0;
        QString tenant, emailKey, usernameKey, domain;
        int status = 0;
        bool split = false;
        qint64 oldIndividual = 0; // 0: none
    };

    Result<QVector<Node>> neighbourhood(qint64 infraId, const QVector<qint64> &seedRecordIds) const;
    Status resolveAndStore(qint64 infraId, const QVector<Node> &nodes);
    Status addIdentity(qint64 infraId, const QString &key, qint64 delta);
    Status error(const QString &what, const class QSqlQuery &q) const;

    QSqlDatabase m_db;
};

} // namespace hc
