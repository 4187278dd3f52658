#include "Tenancy.h"

#include <QStringList>

namespace hc {

QString toString(TenantKind kind)
{
    switch (kind) {
    case TenantKind::Default:
        return QStringLiteral("default");
    case TenantKind::App:
        return QStringLiteral("app");
    case TenantKind::It:
        return QStringLiteral("it");
    }
    return {};
}

std::optional<TenantKind> tenantKindFromString(const QString &text)
{
    for (TenantKind k : {TenantKind::Default, TenantKind::App, TenantKind::It}) {
        if (toString(k) == text)
            return k;
    }
    return std::nullopt;
}

void TenantKinds::set(const QString &tenant, TenantKind kind)
{
    if (kind == TenantKind::Default)
        m_kinds.remove(tenant);
    else
        m_kinds.insert(tenant, kind);
}

QString TenantKinds::usernamePool(const QString &tenant) const
{
    // A leading character that no default-pool value has keeps an app tenant named "" apart from the shared pool.
    return kind(tenant) == TenantKind::App ? QChar(0x1d) + tenant : QString();
}

std::optional<PlatformVersion> PlatformVersion::parse(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    const QStringList parts = t.split(u'.');
    if (parts.size() > 4)
        return std::nullopt;
    PlatformVersion v;
    for (int i = 0; i < parts.size(); ++i) {
        const QString &p = parts[i];
        if (p.isEmpty() || p.size() > 6)
            return std::nullopt;
        for (QChar c : p) {
            if (c < u'0' || c > u'9')
                return std::nullopt;
        }
        v.m_parts[i] = p.toInt();
    }
    v.m_text = t;
    return v;
}

bool PlatformVersion::isBefore(int major, int minor, int patch) const
{
    const int other[3] = {major, minor, patch};
    for (int i = 0; i < 3; ++i) {
        if (m_parts[i] != other[i])
            return m_parts[i] < other[i];
    }
    return false;
}

bool PlatformVersion::mergesDefaultTenants() const
{
    return !isBefore(11, 11, 3);
}

bool PlatformVersion::usesNamedModel() const
{
    return isBefore(11, 7, 0);
}

} // namespace hc
