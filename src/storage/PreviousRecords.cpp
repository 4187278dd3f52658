#include "PreviousRecords.h"

#include "DbStatement.h"
#include "Rules.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};

// ORDER BY id: both reads walk the records in the same order (PostgreSQL promises none without it).
constexpr const char *Columns = "SELECT id, serial, source_id, name, username, email, phone, external_id, tenant,"
                                " creation_date, last_login, active, it_user FROM user_record"
                                " WHERE id BETWEEN ? AND ? ORDER BY id";
constexpr int FirstText = 2;

Status startReading(DbStatement &q, qint64 first, qint64 last)
{
    q.setStreamed();
    if (Status s = q.prepare(Columns, Tr::tr("reading the runtime's records")); !s)
        return s;
    q.bind(1, first);
    q.bind(2, last);
    return {};
}

} // namespace

QByteArray PreviousRecords::matchKey(const QString &sourceId, const QString &tenant, const QString &username)
{
    const QString id = sourceId.trimmed();
    if (!id.isEmpty())
        return (QStringLiteral("id:") + id).toUtf8();
    return (QStringLiteral("u:") + Sql::decisionKey(tenant, Rules::usernameKey(username))).toUtf8();
}

quint64 PreviousRecords::contentHash(const QByteArrayView (&fields)[9], bool active, bool itUser)
{
    size_t h = qHash(quint64(active) | quint64(itUser) << 1);
    for (const QByteArrayView &f : fields)
        h = qHashBits(f.data(), size_t(f.size()), h ^ size_t(f.size())); // the length keeps fields apart
    return quint64(h);
}

Status PreviousRecords::read(const DbConnection &connection, qint64 first, qint64 last)
{
    // Sized once: grown record by record, each array was copied into one twice as large (135 MB instead of 70 for
    // a million records at the peak of their re-import).
    DbStatement count(connection);
    if (Status s = count.prepare("SELECT COUNT(*) FROM user_record WHERE id BETWEEN ? AND ?",
                                 Tr::tr("reading the runtime's records"));
        !s)
        return s;
    count.bind(1, first);
    count.bind(2, last);
    const qsizetype expected = count.step() ? qsizetype(count.int64At(0)) : 0;
    if (Status s = count.status(); !s)
        return s;
    m_ids.reserve(expected);
    m_serials.reserve(expected);
    m_contents.reserve(expected);
    m_keyStart.reserve(expected + 1);
    m_keys.reserve(expected * 12);
    DbStatement q(connection);
    if (Status s = startReading(q, first, last); !s)
        return s;
    m_keyStart.append(0);
    while (q.step()) {
        m_ids.append(q.int64At(0));
        m_serials.append(q.int64At(1));
        QByteArrayView fields[9]; // a row's views stay valid together until the next step
        for (int c = 0; c < 9; ++c)
            fields[c] = q.bytesAt(FirstText + c);
        m_contents.append(contentHash(fields, q.int64At(11) != 0, q.int64At(12) != 0));
        m_keys += matchKey(QString::fromUtf8(fields[0]), QString::fromUtf8(fields[6]), QString::fromUtf8(fields[2]));
        m_keyStart.append(m_keys.size());
    }
    if (Status s = q.status(); !s)
        return s;
    m_byKey.reserve(m_ids.size());
    for (int i = 0; i < m_ids.size(); ++i)
        m_byKey.append({qHash(keyAt(i)), i});
    std::sort(m_byKey.begin(), m_byKey.end(),
              [](const Key &a, const Key &b) { return a.hash < b.hash || (a.hash == b.hash && a.index < b.index); });
    return {};
}

int PreviousRecords::find(const QByteArray &key) const
{
    const size_t hash = qHash(QByteArrayView(key));
    auto it = std::lower_bound(m_byKey.cbegin(), m_byKey.cend(), hash,
                               [](const Key &k, size_t h) { return k.hash < h; });
    int found = -1;
    for (; it != m_byKey.cend() && it->hash == hash; ++it) {
        if (keyAt(it->index) == key)
            found = it->index; // the last of equal keys, as a map filled in order would keep
    }
    return found;
}

Status PreviousRecords::forEachUnmatched(const DbConnection &connection, qint64 first, qint64 last,
                                         const QVector<bool> &matched,
                                         const std::function<Status(const UserRecord &, qint64)> &f) const
{
    DbStatement q(connection);
    if (Status s = startReading(q, first, last); !s)
        return s;
    int i = 0;
    for (; q.step(); ++i) {
        if (i >= m_ids.size() || q.int64At(0) != m_ids[i])
            return Status::failure(Tr::tr("The runtime's records changed while they were imported."));
        if (matched[i])
            continue;
        UserRecord r;
        QString *fields[] = {&r.sourceId, &r.name, &r.username, &r.email, &r.phone, &r.externalId, &r.tenant,
                             &r.creationDate, &r.lastLogin};
        for (int c = 0; c < 9; ++c)
            *fields[c] = q.textAt(FirstText + c);
        r.active = q.int64At(11) != 0;
        r.itUser = q.int64At(12) != 0;
        if (Status s = f(r, m_serials[i]); !s)
            return s;
    }
    if (Status s = q.status(); !s)
        return s;
    if (i != m_ids.size())
        return Status::failure(Tr::tr("The runtime's records changed while they were imported."));
    return {};
}

} // namespace hc
