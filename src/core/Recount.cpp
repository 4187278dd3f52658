#include "Recount.h"

#include "IdentityResolver.h"

#include <QHash>
#include <QMap>

#include <algorithm>

namespace hc {

Counts recount(const RecountInput &input)
{
    Counts counts;
    counts.infrastructure = input.infrastructure;
    counts.model = input.model;
    counts.capacity = input.capacity;

    QMap<QString, ClassCounts> perRuntime;
    for (const QString &rt : input.runtimes)
        perRuntime.insert(rt, {});

    IdentityResolver resolver;
    QHash<int, int> resolverIndexOfEntry;
    QVector<UserClass> classOfItem;
    for (int i = 0; i < input.entries.size(); ++i) {
        const auto &e = input.entries[i];
        const RecordFacts f = Rules::facts(e.record, e.overrides);
        ClassCounts &rc = perRuntime[e.runtime];
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
        (cls == UserClass::Internal ? rc.internal : rc.external) += 1;
        resolverIndexOfEntry.insert(i, resolver.add({i, e.record.tenant, f.emailKey, f.usernameKey, e.split}));
        classOfItem.append(cls);
    }
    for (const auto &[a, b] : input.links) {
        if (resolverIndexOfEntry.contains(a) && resolverIndexOfEntry.contains(b))
            resolver.link(resolverIndexOfEntry.value(a), resolverIndexOfEntry.value(b));
    }

    // R7: an individual is internal when any of its counted records is.
    const QVector<qint64> individual = resolver.resolve();
    QHash<qint64, bool> internalIndividual;
    for (int i = 0; i < individual.size(); ++i) {
        bool &internal = internalIndividual[individual[i]];
        internal = internal || classOfItem[i] == UserClass::Internal;
    }
    for (bool internal : std::as_const(internalIndividual))
        (internal ? counts.unique.internal : counts.unique.external) += 1;

    for (auto it = perRuntime.cbegin(); it != perRuntime.cend(); ++it)
        counts.runtimes.append({it.key(), it.value()});
    return counts;
}

} // namespace hc
