#include "Recount.h"

#include "IdentityResolver.h"
#include "PlatformEstimate.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace hc {

namespace {

// R7: groups (by resolver result) are internal when any of their records is; adds them to `out` by class.
void countGroups(const QVector<qint64> &group, const QVector<UserClass> &classOf, ClassCounts &out)
{
    QHash<qint64, bool> internalGroup;
    for (int i = 0; i < group.size(); ++i) {
        bool &internal = internalGroup[group[i]];
        internal = internal || classOf[i] == UserClass::Internal;
    }
    for (bool internal : std::as_const(internalGroup))
        (internal ? out.internal : out.external) += 1;
}

struct RuntimeTally
{
    ClassCounts records;
    IdentityResolver platformUsers; // R12 grouping of this runtime's counted records
    QVector<UserClass> classOf;
};

} // namespace

Counts recount(const RecountInput &input)
{
    Counts counts;
    counts.infrastructure = input.infrastructure;
    counts.model = input.model;
    counts.platformVersion = input.platformVersion ? input.platformVersion->toString() : QString();
    counts.capacity = input.capacity;

    QMap<QString, RuntimeTally> perRuntime;
    for (const QString &rt : input.runtimes)
        perRuntime[rt];

    IdentityResolver resolver;
    QHash<int, int> resolverIndexOfEntry;
    QVector<UserClass> classOfItem;
    for (int i = 0; i < input.entries.size(); ++i) {
        const auto &e = input.entries[i];
        const TenantKind kind = input.tenantKinds.kind(e.record.tenant);
        const RecordFacts f = Rules::facts(e.record, e.overrides, kind);
        RuntimeTally &rt = perRuntime[e.runtime];
        switch (f.status) {
        case RecordStatus::ItUser:
            ++counts.excluded.itUser;
            continue;
        case RecordStatus::Inactive:
            ++counts.excluded.inactive;
            continue;
        case RecordStatus::Anonymous:
            ++counts.excluded.anonymous;
            continue;
        case RecordStatus::Counted:
            break;
        }
        const UserClass cls = input.model == LicenceModel::Named ? UserClass::Internal
                                                                 : Rules::classify(f.domain, input.ownedDomains);
        (cls == UserClass::Internal ? rt.records.internal : rt.records.external) += 1;
        rt.platformUsers.add(PlatformEstimate::item(i, f.emailKey, f.usernameKey, kind));
        rt.classOf.append(cls);
        const QString pool = input.tenantKinds.usernamePool(e.record.tenant);
        resolverIndexOfEntry.insert(i, resolver.add({i, pool, f.emailKey, f.usernameKey, e.split}));
        classOfItem.append(cls);
    }
    for (const auto &[a, b] : input.links) {
        if (resolverIndexOfEntry.contains(a) && resolverIndexOfEntry.contains(b))
            resolver.link(resolverIndexOfEntry.value(a), resolverIndexOfEntry.value(b));
    }
    countGroups(resolver.resolve(), classOfItem, counts.unique);

    const bool merges = platformMergesDefaultTenants(input.platformVersion);
    for (auto it = perRuntime.begin(); it != perRuntime.end(); ++it) {
        RuntimeCounts rc{it.key(), it->records, it->records};
        if (merges) {
            rc.platform = {};
            countGroups(it->platformUsers.resolve(), it->classOf, rc.platform);
        }
        counts.runtimes.append(rc);
    }
    return counts;
}

} // namespace hc
