#include "CountsHistory.h"

#include "CountsEngine.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CountsHistory)
};

// Sortable as text and exact to the millisecond: the order of snapshots is the order of their strings.
QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::LongLong));
}

std::optional<qint64> optionalAt(const QSqlQuery &q, int column)
{
    return q.isNull(column) ? std::nullopt : std::optional<qint64>(q.value(column).toLongLong());
}

} // namespace

QDateTime CountsHistory::now()
{
    const QByteArray fixed = qgetenv("HEADCOUNT_NOW");
    if (!fixed.isEmpty()) {
        const QDateTime t = QDateTime::fromString(QString::fromLatin1(fixed), Qt::ISODateWithMs);
        if (t.isValid())
            return t.toUTC();
    }
    return QDateTime::currentDateTimeUtc();
}

Status CountsHistory::record(qint64 infraId, const QDateTime &at) const
{
    const auto counts = CountsEngine(m_db).counts(infraId);
    if (!counts)
        return Status::failure(counts.error());
    CountSnapshot s;
    s.at = at;
    s.model = counts->model;
    s.unique = counts->unique;
    s.capacity = counts->capacity;
    if (Status st = insert(infraId, s); !st)
        return st;
    return coalesce(infraId, at);
}

Status CountsHistory::insert(qint64 infraId, const CountSnapshot &s) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO count_snapshot (infra_id, taken_at, model, unique_internal, unique_external,"
                             " cap_internal, cap_external, cap_named) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(infraId);
    q.addBindValue(stamp(s.at));
    q.addBindValue(toString(s.model));
    q.addBindValue(s.unique.internal);
    q.addBindValue(s.unique.external);
    q.addBindValue(nullable(s.capacity.internal));
    q.addBindValue(nullable(s.capacity.external));
    q.addBindValue(nullable(s.capacity.named));
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("writing the count history"), q.lastError()));
    return {};
}

// Snapshots older than KeepAllDays: only the last of each day stays (the figure the day ended with).
Status CountsHistory::coalesce(qint64 infraId, const QDateTime &at) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM count_snapshot WHERE infra_id = ? AND taken_at < ? AND id NOT IN"
                             " (SELECT MAX(id) FROM count_snapshot WHERE infra_id = ? AND taken_at < ?"
                             " GROUP BY substr(taken_at, 1, 10))"));
    const QString cutoff = stamp(at.addDays(-KeepAllDays));
    q.addBindValue(infraId);
    q.addBindValue(cutoff);
    q.addBindValue(infraId);
    q.addBindValue(cutoff);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("coalescing the count history"), q.lastError()));
    return {};
}

Result<QVector<CountSnapshot>> CountsHistory::snapshots(qint64 infraId, const QDateTime &since) const
{
    using R = Result<QVector<CountSnapshot>>;
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT taken_at, model, unique_internal, unique_external, cap_internal, cap_external,"
                             " cap_named FROM count_snapshot WHERE infra_id = ?%1 ORDER BY taken_at, id")
                  .arg(since.isValid() ? QStringLiteral(" AND taken_at >= ?") : QString()));
    q.addBindValue(infraId);
    if (since.isValid())
        q.addBindValue(stamp(since));
    if (!q.exec())
        return R::failure(StorageErrors::failure(Tr::tr("reading the count history"), q.lastError()));
    QVector<CountSnapshot> list;
    while (q.next()) {
        CountSnapshot s;
        s.at = QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
        const auto model = licenceModelFromString(q.value(1).toString());
        if (!s.at.isValid() || !model)
            return R::failure(StorageErrors::damaged(
                Tr::tr("a count snapshot has the time '%1' and the model '%2'")
                    .arg(q.value(0).toString(), q.value(1).toString())));
        s.at = s.at.toUTC();
        s.model = *model;
        s.unique = {q.value(2).toLongLong(), q.value(3).toLongLong()};
        s.capacity = {optionalAt(q, 4), optionalAt(q, 5), optionalAt(q, 6)};
        list.append(s);
    }
    if (q.lastError().isValid())
        return R::failure(StorageErrors::failure(Tr::tr("reading the count history"), q.lastError()));
    return list;
}

} // namespace hc
