#pragma once

#include <QHash>
#include <QString>

#include <optional>

namespace hc {

// SPEC §1 "Tenant": what a tenant value of an infrastructure is. The numeric values are stored: never renumber.
enum class TenantKind { Default = 0, App = 1, It = 2 };

QString toString(TenantKind kind); // "default" | "app" | "it"
std::optional<TenantKind> tenantKindFromString(const QString &text);

// The kinds the administrator set for the tenants of one infrastructure; a tenant not listed is `default`.
class TenantKinds
{
public:
    TenantKinds() = default;
    void set(const QString &tenant, TenantKind kind);
    TenantKind kind(const QString &tenant) const { return m_kinds.value(tenant, TenantKind::Default); }
    bool isEmpty() const { return m_kinds.isEmpty(); }
    const QHash<QString, TenantKind> &explicitKinds() const { return m_kinds; }

    // R6: the namespace in which a record's username is compared. All `default` tenants share one pool (the
    // empty string); each `app` tenant is a pool of its own. (`it` records never count, so never match.)
    QString usernamePool(const QString &tenant) const;

private:
    QHash<QString, TenantKind> m_kinds; // only tenants whose kind is not `default`
};

// SPEC §1 "Platform version" of an infrastructure: decides how the platform's console counts (R12).
class PlatformVersion
{
public:
    // "11.20.1", "11.9" or "11": digits separated by dots, at most four parts. Empty text is "unset".
    static std::optional<PlatformVersion> parse(const QString &text);

    QString toString() const { return m_text; }
    // 11.11.3 and later de-duplicate records over a runtime's default tenants (R12).
    bool mergesDefaultTenants() const;
    // Before 11.7.0 the platform licenses one "named users" capacity (SPEC §1, Licence model).
    bool usesNamedModel() const;
    bool isBefore(int major, int minor, int patch) const;

private:
    QString m_text;
    int m_parts[4] = {};
};

// R12 switch for an infrastructure whose version may be unset (unset = 11.11.3 or later).
inline bool platformMergesDefaultTenants(const std::optional<PlatformVersion> &version)
{
    return !version || version->mergesDefaultTenants();
}

} // namespace hc
