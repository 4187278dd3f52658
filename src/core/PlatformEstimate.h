#pragma once

#include "IdentityResolver.h"
#include "Tenancy.h"

namespace hc::PlatformEstimate {

// R12: how the platform's own console (11.11.3 and later) groups one runtime's counted records into platform users.
// Records of `default` tenants that share an e-mail or a username are one user (all default tenants of the
// runtime together); a record of an `app` tenant is a user of its own. Links and splits never apply: they are
// Headcount's decisions, not the platform's. Earlier platforms count each record (no grouping at all).
//
// The resolver item for one counted record; resolve one runtime's items together to get its platform users.
inline IdentityResolver::Item item(qint64 id, const QString &emailKey, const QString &usernameKey, TenantKind kind)
{
    if (kind == TenantKind::App)
        return {id, QString(), QString(), QString(), false};
    return {id, QString(), emailKey, usernameKey, false};
}

} // namespace hc::PlatformEstimate
