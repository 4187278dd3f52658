#pragma once

#include "Workspace.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>

namespace hc {

// The JSON shapes of SPEC §4 (a stable contract for scripts). `counts --json` is Counts::toJson().
class JsonOutput {
public:
    // {"name", "model", "capacity": {...}}: capacity keys by model, null when unset.
    static QJsonObject infrastructure(const InfrastructureInfo &infra);
    // {"name", "records", "last_import"}: ISO 8601 UTC with Z, null when never imported.
    static QJsonObject runtime(const RuntimeInfo &runtime);
    static QJsonObject tenant(const TenantInfo &tenant);
    // {"domain", "normalized", "records"}.
    static QJsonObject domain(const DomainInfo &domain);
    // {"runtime", "id", "username", ..., "class", "status", "individual"}.
    static QJsonObject user(const UserRow &row);
    // The same object as compact JSON bytes, exactly as QJsonDocument(user(row)).toJson(Compact) writes it (keys in
    // its sorted order), without building it: `users --json` on a million records spent most of its time there.
    static void appendUser(QByteArray &out, const UserRow &row);

    static QJsonObject capacity(LicenceModel model, const Capacity &capacity);
    static QJsonValue timestamp(const QDateTime &utc);

    // One line of compact JSON, newline-terminated.
    static QByteArray line(const QJsonObject &object);
    static QByteArray line(const QJsonArray &array);
};

} // namespace hc
