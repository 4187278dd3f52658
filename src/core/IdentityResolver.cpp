#include "IdentityResolver.h"

namespace hc {

namespace {

// Tenant and key in one hash key; U+001F cannot appear in a trimmed key that matters.
QString scopedKey(const QString &tenant, const QString &key)
{
    return tenant + QChar(0x1f) + key;
}

} // namespace

int IdentityResolver::add(const Item &item)
{
    const int index = int(m_items.size());
    m_items.append(item);
    m_parent.append(index);
    if (!item.split) {
        if (!item.emailKey.isEmpty()) {
            auto it = m_firstByEmail.constFind(scopedKey(item.tenant, item.emailKey));
            if (it == m_firstByEmail.constEnd())
                m_firstByEmail.insert(scopedKey(item.tenant, item.emailKey), index);
            else
                unite(*it, index);
        }
        if (!item.usernameKey.isEmpty()) {
            auto it = m_firstByUsername.constFind(scopedKey(item.tenant, item.usernameKey));
            if (it == m_firstByUsername.constEnd())
                m_firstByUsername.insert(scopedKey(item.tenant, item.usernameKey), index);
            else
                unite(*it, index);
        }
    }
    return index;
}

void IdentityResolver::link(int a, int b)
{
    if (a < 0 || b < 0 || a >= size() || b >= size())
        return;
    if (m_items[a].tenant != m_items[b].tenant)
        return;
    unite(a, b);
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
    // Keep the root at the smaller index so that roots are stable; sizes stay small in practice.
    if (a < b)
        m_parent[b] = a;
    else
        m_parent[a] = b;
}

QVector<qint64> IdentityResolver::resolve()
{
    const int n = size();
    QHash<int, qint64> smallest;
    smallest.reserve(n / 2 + 1);
    for (int i = 0; i < n; ++i) {
        const int root = find(i);
        auto it = smallest.find(root);
        if (it == smallest.end())
            smallest.insert(root, m_items[i].id);
        else if (m_items[i].id < *it)
            *it = m_items[i].id;
    }
    QVector<qint64> result(n);
    for (int i = 0; i < n; ++i)
        result[i] = smallest.value(find(i));
    return result;
}

} // namespace hc
