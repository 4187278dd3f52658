#pragma once

#include <QString>

namespace hc {

// One line of a runtime's group export: a group and one of its members (issue 4). Read by the import layer, stored
// per runtime by the workspace; groups then filter the users and are a target for bulk actions.
struct GroupMembership {
    QString group; // trimmed, never empty
    QString username; // as read; matched like decisions, case-insensitively after trimming (Rules::usernameKey)
    QString tenant; // empty: that username in any tenant of the runtime
};

} // namespace hc
