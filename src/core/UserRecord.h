#pragma once

#include <QString>

namespace hc {

// One row of a runtime's user table, as read from an export (SPEC §3). Text fields are kept exactly as read;
// normalised forms are derived by the rules. The Password column has no field here on purpose: it is never kept.
struct UserRecord
{
    QString sourceId;     // Id: runtime-local id, key for merge mode
    QString name;
    QString username;
    QString email;
    QString phone;        // MobilePhone
    QString externalId;
    QString tenant;       // empty = default tenant
    QString creationDate; // ISO 8601 (normalised by the reader), empty = unknown
    QString lastLogin;    // ISO 8601 (normalised by the reader), empty = never (includes the 1900-01-01 null date)
    bool active = true;
    bool itUser = false;
};

} // namespace hc
