#include "DomainStore.h"

#include "EmailAddress.h"
#include "SqlSupport.h"
#include "SqlDialect.h"
#include "StorageErrors.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace hc {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

Result<QVector<DomainInfo>> DomainStore::domains(qint64 infraId) const
{
    using R = Result<QVector<DomainInfo>>;
    QVector<DomainInfo> list;
    QSqlQuery q(m_db);
    // Records of any status, from the per-runtime aggregates.
    q.prepare(QStringLiteral("SELECT o.typed AS typed, o.normalized AS normalized,"
                             " (SELECT COALESCE(SUM(a.n), 0) FROM runtime r CROSS JOIN agg_runtime a"
                             "  WHERE r.infra_id = o.infra_id AND a.runtime_id = r.id AND %1 AND a.domain = o.normalized)"
                             " AS records FROM owned_domain o WHERE o.infra_id = ? ORDER BY o.normalized")
                  .arg(Sql::anyStatus(QStringLiteral("a.status"))));
    q.addBindValue(infraId);
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    const QSqlRecord rec = q.record();
    const int typed = rec.indexOf(QLatin1String("typed")), normalized = rec.indexOf(QLatin1String("normalized")),
              records = rec.indexOf(QLatin1String("records"));
    while (q.next())
        list.append({q.value(typed).toString(), q.value(normalized).toString(), q.value(records).toLongLong()});
    // A failed read must never look like "no owned domains": R4 would make everyone internal.
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    return list;
}

Result<QSet<QString>> DomainStore::ownedDomainSet(qint64 infraId) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT normalized FROM owned_domain WHERE infra_id = ?"));
    q.addBindValue(infraId);
    if (!q.exec())
        return Result<QSet<QString>>::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    QSet<QString> owned;
    while (q.next())
        owned.insert(q.value(0).toString());
    if (q.lastError().isValid())
        return Result<QSet<QString>>::failure(StorageErrors::failure(Tr::tr("reading owned domains"), q.lastError()));
    return owned;
}

Status DomainStore::addDomains(qint64 infraId, const QStringList &domains)
{
    QVector<QPair<QString, QString>> normalized;
    for (const QString &d : domains) {
        const auto n = EmailAddress::normalizeDomain(d);
        if (!n)
            return Status::failure(Tr::tr("\"%1\" is not a valid domain (R1: at least two labels of a-z, 0-9 and -).").arg(d));
        normalized.append({d, *n});
    }
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    QSqlQuery q(m_db);
    // A domain already listed keeps the spelling it was first typed with.
    q.prepare(SqlDialect::of(m_db).insertOrIgnore(
        QStringLiteral("owned_domain"), {QStringLiteral("infra_id"), QStringLiteral("normalized"), QStringLiteral("typed")}));
    for (const auto &[typed, norm] : normalized) {
        q.addBindValue(infraId);
        q.addBindValue(norm);
        q.addBindValue(typed);
        if (!q.exec())
            return Status::failure(StorageErrors::failure(Tr::tr("adding a domain"), q.lastError()));
    }
    return tx.commit();
}

Status DomainStore::removeDomains(qint64 infraId, const QStringList &domains)
{
    Transaction tx(m_db);
    if (!tx.isOpen())
        return Status::failure(tx.startError());
    tx.snapshotCounts(infraId);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM owned_domain WHERE infra_id = ? AND normalized = ?"));
    for (const QString &d : domains) {
        const auto n = EmailAddress::normalizeDomain(d);
        if (n) {
            q.addBindValue(infraId);
            q.addBindValue(*n);
            if (!q.exec())
                return Status::failure(StorageErrors::failure(Tr::tr("removing a domain"), q.lastError()));
        }
        if (!n || q.numRowsAffected() == 0)
            return Status::failure(Tr::tr("\"%1\" is not an owned domain of this infrastructure.").arg(d));
    }
    return tx.commit();
}

} // namespace hc
