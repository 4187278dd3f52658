#include "AggregateKeys.h"

#include "DbStatement.h"
#include "SqlDialect.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(AggregateKeys)
};

Status failure(const QSqlQuery &q)
{
    return Status::failure(StorageErrors::failure(Tr::tr("updating counts"), q.lastError()));
}

QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

namespace AggregateKeys {

const char *table(KeyTable t)
{
    return t == KeyTable::Identity ? "agg_identity" : "agg_platform";
}

const char *domainTable(KeyTable t)
{
    return t == KeyTable::Identity ? "agg_identity_domain" : "agg_platform_domain";
}

const char *ownerColumn(KeyTable t)
{
    return t == KeyTable::Identity ? "infra_id" : "runtime_id";
}

const char *countColumn(KeyTable t)
{
    return t == KeyTable::Identity ? "individuals" : "users";
}

QString keyOf(QStringList domains)
{
    if (domains.contains(QString()) || domains.contains(QStringLiteral("")))
        return noEmailKey();
    std::sort(domains.begin(), domains.end());
    domains.erase(std::unique(domains.begin(), domains.end()), domains.end());
    return domains.join(u' ');
}

QHash<QString, qint64> countKeys(QVector<QPair<qint64, const QString *>> members)
{
    std::sort(members.begin(), members.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    QHash<QString, qint64> keys;
    QStringList domains;
    for (qsizetype start = 0; start < members.size();) {
        qsizetype end = start + 1;
        bool oneDomain = true; // most people have one domain (or one record): no list to build, sort and join
        while (end < members.size() && members[end].first == members[start].first) {
            oneDomain = oneDomain && *members[end].second == *members[start].second;
            ++end;
        }
        if (oneDomain) {
            const QString &domain = *members[start].second;
            keys[domain.isEmpty() ? noEmailKey() : domain] += 1;
        } else {
            domains.clear();
            for (qsizetype i = start; i < end; ++i)
                domains.append(*members[i].second);
            keys[keyOf(domains)] += 1;
        }
        start = end;
    }
    return keys;
}

Status replace(const DbConnection &connection, KeyTable t, qint64 owner, const QHash<QString, qint64> &keys)
{
    for (const char *name : {table(t), domainTable(t)}) {
        const QByteArray sql = QByteArray("DELETE FROM ") + name + " WHERE " + ownerColumn(t) + " = ?";
        DbStatement del(connection);
        if (Status s = del.prepare(sql.constData(), Tr::tr("updating counts")); !s)
            return s;
        del.bind(1, owner);
        del.step();
        if (Status s = del.status(); !s)
            return s;
    }
    // Sorted, so the WITHOUT ROWID tables are appended in primary-key order.
    QVector<QPair<QByteArray, qint64>> rows;
    QVector<QPair<QByteArray, QByteArray>> domainRows;
    for (auto it = keys.cbegin(); it != keys.cend(); ++it) {
        const QByteArray key = it.key().toUtf8();
        rows.append({key, it.value()});
        if (it.key() != noEmailKey()) {
            for (const QByteArray &domain : key.split(' '))
                domainRows.append({domain, key});
        }
    }
    std::sort(rows.begin(), rows.end());
    std::sort(domainRows.begin(), domainRows.end());
    const auto ins = BulkWriter::open(connection, table(t), QByteArray(ownerColumn(t)) + ", key, " + countColumn(t));
    for (const auto &[key, count] : std::as_const(rows)) {
        ins->addInt(owner);
        ins->addText(key);
        ins->addInt(count);
        if (Status s = ins->endRow(); !s)
            return s;
    }
    if (Status s = ins->finish(); !s)
        return s;
    const auto dom = BulkWriter::open(connection, domainTable(t), QByteArray(ownerColumn(t)) + ", domain, key");
    for (const auto &[domain, key] : std::as_const(domainRows)) {
        dom->addInt(owner);
        dom->addText(domain);
        dom->addText(key);
        if (Status s = dom->endRow(); !s)
            return s;
    }
    return dom->finish();
}

Status add(QSqlDatabase &db, KeyTable t, qint64 owner, const QString &key, qint64 delta)
{
    const QString tab = QLatin1String(table(t)), own = QLatin1String(ownerColumn(t)), cnt = QLatin1String(countColumn(t));
    QSqlQuery up(db);
    up.prepare(QStringLiteral("INSERT INTO %1 (%2, key, %3) VALUES (?, ?, ?) ON CONFLICT (%2, key)"
                              " DO UPDATE SET %3 = %1.%3 + excluded.%3 RETURNING %3").arg(tab, own, cnt));
    up.addBindValue(owner);
    up.addBindValue(key);
    up.addBindValue(delta);
    if (!up.exec() || !up.next())
        return failure(up);
    const qint64 now = up.value(0).toLongLong();
    up.finish();

    if (now <= 0) {
        for (const QString &name : {tab, QString::fromLatin1(domainTable(t))}) {
            QSqlQuery del(db);
            del.prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ? AND key = ?").arg(name, own));
            del.addBindValue(owner);
            del.addBindValue(key);
            if (!del.exec())
                return failure(del);
        }
    } else if (now == delta && key != noEmailKey()) {
        // A new key: index it by each of its domains.
        QSqlQuery dom(db);
        dom.prepare(SqlDialect::of(db).insertOrIgnore(QLatin1String(domainTable(t)),
                                                      {own, QStringLiteral("domain"), QStringLiteral("key")}));
        for (const QString &domain : key.split(u' ')) {
            dom.addBindValue(owner);
            dom.addBindValue(text(domain));
            dom.addBindValue(key);
            if (!dom.exec())
                return failure(dom);
        }
    }
    return {};
}

Result<QHash<QString, qint64>> read(const DbConnection &connection, KeyTable t, qint64 owner)
{
    using R = Result<QHash<QString, qint64>>;
    const QByteArray sql = QByteArray("SELECT key, ") + countColumn(t) + " FROM " + table(t) + " WHERE " + ownerColumn(t) + " = ?";
    DbStatement st(connection);
    if (Status s = st.prepare(sql.constData(), Tr::tr("reading counts")); !s)
        return R::failure(s.error());
    st.bind(1, owner);
    QHash<QString, qint64> keys;
    while (st.step())
        keys.insert(st.textAt(0), st.int64At(1));
    if (Status s = st.status(); !s)
        return R::failure(s.error());
    return keys;
}

Status applyDeltas(QSqlDatabase &db, KeyTable t, qint64 owner, const QHash<QString, qint64> &deltas)
{
    constexpr int KeyByKeyLimit = 256;
    if (deltas.size() <= KeyByKeyLimit) {
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            if (it.value() == 0)
                continue;
            if (Status s = add(db, t, owner, it.key(), it.value()); !s)
                return s;
        }
        return {};
    }
    const DbConnection connection(db);
    auto current = read(connection, t, owner);
    if (!current)
        return Status::failure(current.error());
    QHash<QString, qint64> keys = std::move(current).value();
    for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
        const qint64 now = keys.value(it.key()) + it.value();
        if (now < 0)
            return Status::failure(Tr::tr("Internal error: the count of key \"%1\" would fall below zero.").arg(it.key()));
        if (now == 0)
            keys.remove(it.key());
        else
            keys.insert(it.key(), now);
    }
    return replace(connection, t, owner, keys);
}

} // namespace AggregateKeys
} // namespace hc
