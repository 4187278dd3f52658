#pragma once

#include "Counts.h"
#include "Tenancy.h"
#include "UserRecord.h"

#include <QPair>
#include <QSet>
#include <QVector>

namespace hc {

// Counts computed from scratch from every record of one infrastructure: the plain reading of R1–R12, used as
// the reference that the workspace's incrementally maintained counts are checked against.
struct RecountInput
{
    struct Entry
    {
        QString runtime;
        UserRecord record;
        Overrides overrides;
        bool split = false;
    };
    QString infrastructure;
    LicenceModel model = LicenceModel::InternalExternal;
    std::optional<PlatformVersion> platformVersion; // unset: 11.11.3 or later
    TenantKinds tenantKinds;
    Capacity capacity;
    QSet<QString> ownedDomains;       // normalised
    QStringList runtimes;             // every runtime, also those without records
    QVector<Entry> entries;
    QVector<QPair<int, int>> links;   // indexes into entries
};

Counts recount(const RecountInput &input);

} // namespace hc
