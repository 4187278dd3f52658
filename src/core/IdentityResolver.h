#pragma once

#include <QString>
#include <QVector>

namespace hc {

// R6: groups counted records into individuals. Records that share a normalised e-mail are one individual whatever
// their tenants; records that share a username are one individual when they are in the same username pool
// (TenantKinds::usernamePool); both transitively. The administrator's links join two records; a split record is
// kept apart from automatic matching (only links join it). R12's per-runtime platform users use the same class.
class IdentityResolver
{
public:
    struct Item
    {
        qint64 id = 0;        // stable and unique (the record's serial); an individual is named after its smallest
        QString usernamePool; // usernames match only within one pool
        QString emailKey;     // empty: no e-mail to match on
        QString usernameKey;  // empty never matches
        bool split = false;
    };

    // Room for this many records (avoids rehashing on large imports).
    void reserve(int records);
    // Adds a record; returns its index.
    int add(const Item &item);
    // Joins two records by index (an administrator's link).
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
