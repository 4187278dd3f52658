#include "DatabaseCredentials.h"

#include <QHash>
#include <QMutex>

namespace hc {

namespace {

// Weak references only: the Workspaces own the passwords, so nothing outlives the last connection that used one.
struct Kept {
    QMutex mutex;
    QHash<QString, std::weak_ptr<const QString>> byUrl;
};

Kept &registry()
{
    static Kept k;
    return k;
}

} // namespace

std::shared_ptr<const QString> DatabaseCredentials::keep(const QString &url, const QString &password)
{
    auto held = std::make_shared<const QString>(password);
    Kept &k = registry();
    const QMutexLocker lock(&k.mutex);
    k.byUrl.insert(url, held);
    return held;
}

std::shared_ptr<const QString> DatabaseCredentials::kept(const QString &url)
{
    Kept &k = registry();
    const QMutexLocker lock(&k.mutex);
    auto found = k.byUrl.find(url);
    if (found == k.byUrl.end())
        return nullptr;
    auto held = found->lock();
    if (!held)
        k.byUrl.erase(found);
    return held;
}

} // namespace hc
