#pragma once

#include "Result.h"
#include "StorageTypes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

#include <functional>

namespace hc {

class DbConnection;

// A runtime's records before an import, as the import's summary needs them (SPEC §3: added / changed / removed /
// unchanged, and a record the runtime had keeps its serial): each record's match key, serial and a hash of its
// content — about 60 bytes a record instead of the records themselves, so that re-importing a million-record
// runtime does not hold the old million in memory (SPEC §8). The records the export no longer has are read again,
// whole, only when they are needed (forEachUnmatched).
class PreviousRecords
{
public:
    // The runtime's records, ids first ... last.
    [[nodiscard]] Status read(const DbConnection &connection, qint64 first, qint64 last);

    int size() const { return int(m_serials.size()); }
    // The record with that match key (the last of several), or -1.
    int find(const QByteArray &key) const;
    qint64 serial(int i) const { return m_serials[i]; }
    quint64 content(int i) const { return m_contents[i]; }

    // The key a record is matched by: its Id, else its tenant and username key (SPEC §3 merge mode).
    static QByteArray matchKey(const QString &sourceId, const QString &tenant, const QString &username);
    // A hash of a record's text fields (UTF-8, as stored) and flags: equal for equal records.
    static quint64 contentHash(const QByteArrayView (&fields)[9], bool active, bool itUser);

    // The records not in `matched` (by index), whole and in order, with their serials.
    [[nodiscard]] Status forEachUnmatched(const DbConnection &connection, qint64 first, qint64 last,
                                          const QVector<bool> &matched,
                                          const std::function<Status(const UserRecord &, qint64 serial)> &f) const;

private:
    struct Key
    {
        size_t hash;
        int index;
    };
    QByteArrayView keyAt(int i) const
    {
        return QByteArrayView(m_keys.constData() + m_keyStart[i], m_keyStart[i + 1] - m_keyStart[i]);
    }

    QVector<qint64> m_ids;
    QVector<qint64> m_serials;
    QVector<quint64> m_contents;
    QByteArray m_keys;           // every match key, one after the other
    QVector<qint64> m_keyStart;  // by index, and one past the last
    QVector<Key> m_byKey;        // sorted by hash, then index
};

} // namespace hc
