#include "AggregateKeys.h"

#include "SqliteBulkInserter.h"
#include "StorageErrors.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

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

Status replace(sqlite3 *handle, KeyTable t, qint64 owner, const QHash<QString, qint64> &keys)
{
    if (!handle) // not an SQLite connection (a shared PostgreSQL workspace): callers refuse before this
        return Status::failure(StorageErrors::notOnPostgres(Tr::tr("Rewriting the count keys")), NotOnPostgresCode);
    for (const char *name : {table(t), domainTable(t)}) {
        const QByteArray sql = QByteArray("DELETE FROM ") + name + " WHERE " + ownerColumn(t) + " = ?";
        sqlite3_stmt *st = nullptr;
        if (const int rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &st, nullptr); rc != SQLITE_OK)
            return Status::failure(StorageErrors::failure(Tr::tr("updating counts"), rc, sqlite3_errmsg(handle)));
        sqlite3_bind_int64(st, 1, owner);
        const int rc = sqlite3_step(st);
        sqlite3_finalize(st);
        if (rc != SQLITE_DONE)
            return Status::failure(StorageErrors::failure(Tr::tr("updating counts"), rc, sqlite3_errmsg(handle)));
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
    SqliteBulkInserter ins(handle, QByteArray("INSERT INTO ") + table(t) + " (" + ownerColumn(t) + ", key, " + countColumn(t) + ")", 3);
    for (const auto &[key, count] : std::as_const(rows)) {
        ins.addInt(owner);
        ins.addText(key);
        ins.addInt(count);
        if (Status s = ins.endRow(); !s)
            return s;
    }
    if (Status s = ins.finish(); !s)
        return s;
    SqliteBulkInserter dom(handle, QByteArray("INSERT INTO ") + domainTable(t) + " (" + ownerColumn(t) + ", domain, key)", 3);
    for (const auto &[domain, key] : std::as_const(domainRows)) {
        dom.addInt(owner);
        dom.addText(domain);
        dom.addText(key);
        if (Status s = dom.endRow(); !s)
            return s;
    }
    return dom.finish();
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
        dom.prepare(QStringLiteral("INSERT OR IGNORE INTO %1 (%2, domain, key) VALUES (?, ?, ?)")
                        .arg(QLatin1String(domainTable(t)), own));
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

Result<QHash<QString, qint64>> read(sqlite3 *handle, KeyTable t, qint64 owner)
{
    using R = Result<QHash<QString, qint64>>;
    const QByteArray sql = QByteArray("SELECT key, ") + countColumn(t) + " FROM " + table(t) + " WHERE " + ownerColumn(t) + " = ?";
    sqlite3_stmt *st = nullptr;
    if (const int rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &st, nullptr); rc != SQLITE_OK)
        return R::failure(StorageErrors::failure(Tr::tr("reading counts"), rc, sqlite3_errmsg(handle)));
    sqlite3_bind_int64(st, 1, owner);
    QHash<QString, qint64> keys;
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        keys.insert(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)), sqlite3_column_bytes(st, 0)),
                    sqlite3_column_int64(st, 1));
    }
    const QString error = rc == SQLITE_DONE ? QString() : StorageErrors::failure(Tr::tr("reading counts"), rc, sqlite3_errmsg(handle));
    sqlite3_finalize(st);
    if (!error.isEmpty())
        return R::failure(error);
    return keys;
}

Status applyDeltas(QSqlDatabase &db, KeyTable t, qint64 owner, const QHash<QString, qint64> &deltas)
{
    constexpr int KeyByKeyLimit = 256;
    sqlite3 *handle = sqliteHandle(db);
    if (deltas.size() <= KeyByKeyLimit || !handle) {
        for (auto it = deltas.cbegin(); it != deltas.cend(); ++it) {
            if (it.value() == 0)
                continue;
            if (Status s = add(db, t, owner, it.key(), it.value()); !s)
                return s;
        }
        return {};
    }
    auto current = read(handle, t, owner);
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
    return replace(handle, t, owner, keys);
}

} // namespace AggregateKeys
} // namespace hc
