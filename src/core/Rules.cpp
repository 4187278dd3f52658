#include "Rules.h"

#include <QCoreApplication>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Rules)
};

} // namespace

QString toString(LicenceModel model)
{
    return model == LicenceModel::Named ? QStringLiteral("named") : QStringLiteral("internal-external");
}

std::optional<LicenceModel> licenceModelFromString(const QString &text)
{
    if (text == u"internal-external")
        return LicenceModel::InternalExternal;
    if (text == u"named")
        return LicenceModel::Named;
    return std::nullopt;
}

QString toString(UserClass userClass)
{
    return userClass == UserClass::Internal ? QStringLiteral("internal") : QStringLiteral("external");
}

std::optional<UserClass> userClassFromString(const QString &text)
{
    if (text == u"internal")
        return UserClass::Internal;
    if (text == u"external")
        return UserClass::External;
    return std::nullopt;
}

QString toString(RecordStatus status)
{
    switch (status) {
    case RecordStatus::Counted:
        return QStringLiteral("counted");
    case RecordStatus::ItUser:
        return QStringLiteral("it_user");
    case RecordStatus::Inactive:
        return QStringLiteral("inactive");
    case RecordStatus::Anonymous:
        return QStringLiteral("anonymous");
    }
    return {};
}

std::optional<RecordStatus> recordStatusFromString(const QString &text)
{
    for (RecordStatus s : {RecordStatus::Counted, RecordStatus::ItUser, RecordStatus::Inactive, RecordStatus::Anonymous}) {
        if (toString(s) == text)
            return s;
    }
    return std::nullopt;
}

namespace Rules {

EmailChoice chooseEmail(const QString &email, const QString &username)
{
    EmailChoice choice;
    if ((choice.email = EmailAddress::parse(email)))
        choice.source = EmailSource::Email;
    else if ((choice.email = EmailAddress::parse(username)))
        choice.source = EmailSource::Username;
    return choice;
}

QString usernameKey(const QString &username)
{
    return username.trimmed().toLower();
}

bool isNeverLoggedIn(const QString &lastLogin)
{
    const QString t = lastLogin.trimmed();
    return t.isEmpty() || t.startsWith(u"1900-01-01");
}

bool effectiveItUser(const UserRecord &record, const Overrides &overrides, TenantKind tenantKind)
{
    return tenantKind == TenantKind::It || overrides.itUser.value_or(record.itUser);
}

bool effectiveActive(const UserRecord &record, const Overrides &overrides)
{
    if (overrides.deactivated)
        return !*overrides.deactivated;
    return record.active;
}

bool isAnonymous(const UserRecord &record)
{
    return isNeverLoggedIn(record.lastLogin) && record.email.trimmed().isEmpty() && record.phone.trimmed().isEmpty()
        && record.name.trimmed().isEmpty() && !EmailAddress::parse(record.username);
}

RecordStatus status(const UserRecord &record, const Overrides &overrides, TenantKind tenantKind)
{
    if (effectiveItUser(record, overrides, tenantKind))
        return RecordStatus::ItUser;
    if (!effectiveActive(record, overrides))
        return RecordStatus::Inactive;
    if (isAnonymous(record))
        return RecordStatus::Anonymous;
    return RecordStatus::Counted;
}

RecordFacts facts(const UserRecord &record, const Overrides &overrides, TenantKind tenantKind)
{
    RecordFacts f;
    const EmailChoice choice = chooseEmail(record.email, record.username);
    if (choice.email) {
        f.emailKey = choice.email->address;
        f.domain = choice.email->domain;
    }
    f.emailSource = choice.source;
    f.usernameKey = usernameKey(record.username);
    f.status = status(record, overrides, tenantKind);
    return f;
}

UserClass classify(const QString &domain, const QSet<QString> &owned)
{
    if (owned.isEmpty() || domain.isEmpty() || owned.contains(domain))
        return UserClass::Internal;
    return UserClass::External;
}

std::optional<qint64> percentUsed(qint64 used, std::optional<qint64> capacity)
{
    if (!capacity || *capacity <= 0)
        return std::nullopt;
    return used * 100 / *capacity;
}

CapacityState capacityState(qint64 used, std::optional<qint64> capacity)
{
    if (!capacity)
        return CapacityState::Unset;
    if (used > *capacity)
        return CapacityState::Over;
    // Integer arithmetic: "80 % or more" without floating-point rounding surprises. 0 of 0 is no percentage: a
    // class with no licence and no users is fine, not "near".
    if (*capacity > 0 && used * 100 >= *capacity * NearCapacityPercent)
        return CapacityState::Near;
    return CapacityState::Ok;
}

QStringList explain(const UserRecord &record, const Overrides &overrides, const QSet<QString> &owned,
                    LicenceModel model, TenantKind tenantKind)
{
    QStringList steps;
    const EmailChoice choice = chooseEmail(record.email, record.username);
    switch (choice.source) {
    case EmailSource::Email:
        steps << Tr::tr("R1/R2: e-mail is %1 (from the Email field \"%2\").").arg(choice.email->address, record.email);
        break;
    case EmailSource::Username:
        steps << Tr::tr("R1/R2: the Email field \"%1\" is not a valid address; the Username \"%2\" is, so the e-mail is %3.")
                     .arg(record.email, record.username, choice.email->address);
        break;
    case EmailSource::None:
        steps << Tr::tr("R1/R2: neither Email (\"%1\") nor Username (\"%2\") is a valid address: no valid e-mail.")
                     .arg(record.email, record.username);
        break;
    }

    const RecordStatus st = status(record, overrides, tenantKind);
    if (tenantKind == TenantKind::It) {
        steps << Tr::tr("R5.1: its tenant \"%1\" is the IT users' tenant (kind it): not counted (it_user).").arg(record.tenant);
    } else if (effectiveItUser(record, overrides)) {
        steps << (overrides.itUser ? Tr::tr("R5.1: marked as IT user by the administrator: not counted (it_user).")
                                   : Tr::tr("R5.1: the export flags an IT user: not counted (it_user)."));
    } else if (!effectiveActive(record, overrides)) {
        steps << (overrides.deactivated ? Tr::tr("R5.2: deactivated in Headcount: not counted (inactive).")
                                        : Tr::tr("R5.2: inactive in the export: not counted (inactive)."));
    } else if (st == RecordStatus::Anonymous) {
        steps << Tr::tr("R5.3: never logged in and shares no personal data: not counted (anonymous).");
    } else {
        if (overrides.itUser && !*overrides.itUser && record.itUser)
            steps << Tr::tr("R5.1: the export flags an IT user, but the administrator cleared the flag.");
        if (overrides.deactivated && !*overrides.deactivated && !record.active)
            steps << Tr::tr("R5.2: inactive in the export, but re-activated in Headcount.");
        steps << Tr::tr("R5: not an IT user, active, and %1: counted.")
                     .arg(isNeverLoggedIn(record.lastLogin) ? Tr::tr("shares personal data")
                                                            : Tr::tr("last logged in %1").arg(record.lastLogin));
    }

    if (model == LicenceModel::Named) {
        steps << Tr::tr("R9: named-user model: no internal/external classification.");
        return steps;
    }
    if (owned.isEmpty())
        steps << Tr::tr("R4: the infrastructure has no owned domains: internal.");
    else if (!choice.email)
        steps << Tr::tr("R4: no valid e-mail: internal.");
    else if (owned.contains(choice.email->domain))
        steps << Tr::tr("R3/R4: domain %1 is an owned domain: internal.").arg(choice.email->domain);
    else
        steps << Tr::tr("R3/R4: domain %1 is not an owned domain (matching is exact; subdomains are listed on their own): external.")
                     .arg(choice.email->domain);
    return steps;
}

} // namespace Rules
} // namespace hc
