#include "SqlSupport.h"

#include "StorageErrors.h"

#include <QDateTime>
#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc::Sql {

namespace {

// lupdate reads the context from this declaration in the same file (not through an alias): "Workspace", the
// storage layer's messages since the stores were one class.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)
};

} // namespace

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Status exec(QSqlDatabase &db, const QString &sql, const QVariantList &values, const QString &what)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(what, q.lastError()));
    return {};
}

Result<qint64> infraOfRuntime(const QSqlDatabase &db, qint64 runtimeId)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT infra_id FROM runtime WHERE id = ?"));
    q.addBindValue(runtimeId);
    if (!q.exec())
        return Result<qint64>::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
    if (!q.next()) {
        if (q.lastError().isValid())
            return Result<qint64>::failure(StorageErrors::failure(Tr::tr("reading runtimes"), q.lastError()));
        return Result<qint64>::failure(Tr::tr("No runtime with id %1.").arg(runtimeId));
    }
    return q.value(0).toLongLong();
}

QString statusIs(const QString &column, RecordStatus status)
{
    return QStringLiteral("%1 = %2").arg(column).arg(int(status));
}

QString statusIsNot(const QString &column, RecordStatus status)
{
    return QStringLiteral("%1 <> %2").arg(column).arg(int(status));
}

QString anyStatus(const QString &column)
{
    QStringList all;
    for (RecordStatus s : {RecordStatus::Counted, RecordStatus::ItUser, RecordStatus::Inactive, RecordStatus::Anonymous})
        all << QString::number(int(s));
    return QStringLiteral("%1 IN (%2)").arg(column, all.join(QStringLiteral(", ")));
}

Condition internalDomain(const QString &domainColumn, qint64 infraId)
{
    return {QStringLiteral("(%1 = '' OR %1 IN (SELECT normalized FROM owned_domain WHERE infra_id = ?))").arg(domainColumn),
            {infraId}};
}

Condition classIs(UserClass userClass, const QString &statusColumn, const QString &domainColumn, qint64 infraId,
                  bool hasOwnedDomains)
{
    const QString counted = statusIs(statusColumn, RecordStatus::Counted);
    if (!hasOwnedDomains)
        // "1 = 0", not "0": PostgreSQL's AND takes booleans only.
        return {userClass == UserClass::Internal ? counted : QStringLiteral("1 = 0"), {}};
    const Condition internal = internalDomain(domainColumn, infraId);
    return {QStringLiteral("%1 AND %2%3").arg(counted, userClass == UserClass::Internal ? QString() : QStringLiteral("NOT "),
                                              internal.sql),
            internal.values};
}

QString inRuntimeRange(const QString &idColumn, const QString &runtimeIdColumn)
{
    return QStringLiteral("%1 BETWEEN (%2 << 32) AND ((%2 << 32) | 4294967295)").arg(idColumn, runtimeIdColumn);
}

} // namespace hc::Sql
