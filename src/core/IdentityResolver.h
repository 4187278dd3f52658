#pragma once

#include <QString>
#include <QVector>

namespace hc {

// R6: groups counted records into individuals. Records of one tenant that share a normalised e-mail or a
// username are one individual (transitively); records of different tenants never are. The administrator's
// links join two records; a split record is kept apart from automatic matching (only links join it).
class IdentityResolver
{
public:
    struct Item
    {
        qint64 id = 0;        // stable record id; an individual is named after its smallest record id
        QString tenant;
        QString emailKey;     // empty: no e-mail to match on
        QString usernameKey;  // empty never matches
        bool split = false;
    };

    // Room for this many records (avoids rehashing on large imports).
    void reserve(int records);
    // Adds a record; returns its index.
    int add(const Item &item);
    // Joins two records by index (an administrator's link). Links across tenants are ignored (R6).
    // Matching happens in resolve(): one sort of key hashes instead of a hash map grown record by record, which
    // was the slowest part of importing a million records.
    void link(int a, int b);
    // The individual of each record, by index: the smallest record id of its group.
    QVector<qint64> resolve();

    int size() const { return int(m_items.size()); }

private:
    int find(int i);
    void unite(int a, int b);

    QVector<Item> m_items;
    QVector<int> m_parent;
    QVector<QPair<int, int>> m_links;
};

} // namespace hc
