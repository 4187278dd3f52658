#include "IdentityResolver.h"

#include <QHash>

#include <algorithm>
#include <limits>

namespace hc {

void IdentityResolver::reserve(int records)
{
    m_items.reserve(records);
    m_parent.reserve(records);
}

int IdentityResolver::add(const Item &item)
{
    const int index = int(m_items.size());
    m_items.append(item);
    m_parent.append(index);
    return index;
}

void IdentityResolver::link(int a, int b)
{
    if (a < 0 || b < 0 || a >= size() || b >= size())
        return;
    m_links.append({a, b});
}

int IdentityResolver::find(int i)
{
    while (m_parent[i] != i) {
        m_parent[i] = m_parent[m_parent[i]]; // path halving
        i = m_parent[i];
    }
    return i;
}

void IdentityResolver::unite(int a, int b)
{
    a = find(a);
    b = find(b);
    if (a == b)
        return;
    if (a < b)
        m_parent[b] = a;
    else
        m_parent[a] = b;
}

QVector<qint64> IdentityResolver::resolve()
{
    const int n = size();

    // R6 matching: every e-mail key and every (pool, username key) of a record that is not split, sorted by hash; records in a run of
    // equal hashes are united when their real keys are equal (a hash collision never merges two people).
    struct Entry
    {
        size_t hash;
        int index;
        bool byUsername;
    };
    QVector<Entry> entries;
    entries.reserve(2 * n);
    for (int i = 0; i < n; ++i) {
        const Item &item = m_items[i];
        if (item.split)
            continue;
        if (!item.emailKey.isEmpty())
            entries.append({qHashMulti(0, false, item.emailKey), i, false});
        if (!item.usernameKey.isEmpty())
            entries.append({qHashMulti(0, true, item.usernamePool, item.usernameKey), i, true});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        return a.hash < b.hash || (a.hash == b.hash && a.index < b.index);
    });
    auto sameKey = [this](const Entry &a, const Entry &b) {
        const Item &x = m_items[a.index];
        const Item &y = m_items[b.index];
        if (a.byUsername != b.byUsername)
            return false;
        return a.byUsername ? x.usernamePool == y.usernamePool && x.usernameKey == y.usernameKey
                            : x.emailKey == y.emailKey;
    };
    for (qsizetype start = 0; start < entries.size();) {
        qsizetype end = start + 1;
        while (end < entries.size() && entries[end].hash == entries[start].hash)
            ++end;
        // Within a run, unite each entry with the first earlier entry of the same key (almost always `start`).
        for (qsizetype i = start + 1; i < end; ++i) {
            for (qsizetype j = start; j < i; ++j) {
                if (sameKey(entries[j], entries[i])) {
                    unite(entries[j].index, entries[i].index);
                    break;
                }
            }
        }
        start = end;
    }
    for (const auto &[a, b] : std::as_const(m_links))
        unite(a, b);

    QVector<qint64> smallest(n, std::numeric_limits<qint64>::max()); // by root index
    for (int i = 0; i < n; ++i) {
        qint64 &s = smallest[find(i)];
        s = std::min(s, m_items[i].id);
    }
    QVector<qint64> result(n);
    for (int i = 0; i < n; ++i)
        result[i] = smallest[find(i)];
    return result;
}

} // namespace hc
