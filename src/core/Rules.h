#pragma once

#include "EmailAddress.h"
#include "Tenancy.h"
#include "UserRecord.h"

#include <QObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

namespace hc {
// Registers the enums below with the meta-object system (readable names in tests, QVariant, debug output).
Q_NAMESPACE

// The rules of SPEC §2 (R1–R10). The one place they live: storage, import, the CLI and the GUI call these.

enum class LicenceModel { InternalExternal, Named };
enum class UserClass { Internal, External };
// R5: in order of precedence. The numeric values are stored in workspaces: never renumber.
enum class RecordStatus { Counted = 0, ItUser = 1, Inactive = 2, Anonymous = 3 };
enum class EmailSource { None = 0, Email = 1, Username = 2 };
enum class CapacityState { Unset, Ok, Near, Over };
Q_ENUM_NS(LicenceModel)
Q_ENUM_NS(UserClass)
Q_ENUM_NS(RecordStatus)
Q_ENUM_NS(EmailSource)
Q_ENUM_NS(CapacityState)

QString toString(LicenceModel model);          // "internal-external" | "named"
std::optional<LicenceModel> licenceModelFromString(const QString &text);
QString toString(UserClass userClass);         // "internal" | "external"
std::optional<UserClass> userClassFromString(const QString &text);
QString toString(RecordStatus status);         // "counted" | "it_user" | "inactive" | "anonymous"
std::optional<RecordStatus> recordStatusFromString(const QString &text);

// What the rules derive from one record; stored beside it so that nothing is recomputed per query.
struct RecordFacts
{
    QString emailKey;    // R2: normalised address, empty when the record has no valid e-mail
    QString domain;      // its domain, empty when no valid e-mail
    EmailSource emailSource = EmailSource::None;
    QString usernameKey; // R6: trimmed, lower case; empty never matches
    RecordStatus status = RecordStatus::Counted;
};

// Administrator decisions that override what an export says (SPEC §3: kept by Username + tenant).
struct Overrides
{
    std::optional<bool> itUser;      // set or cleared by the administrator
    std::optional<bool> deactivated; // deactivated (true) or re-activated (false) in Headcount
};

namespace Rules {

// R2: which field holds the record's e-mail.
struct EmailChoice
{
    std::optional<EmailAddress> email;
    EmailSource source = EmailSource::None;
};
EmailChoice chooseEmail(const QString &email, const QString &username);

// R6: the username as compared across records.
QString usernameKey(const QString &username);

// The platform's null date means "never logged in" (R5.3).
bool isNeverLoggedIn(const QString &lastLogin);

// R5: exclusion with precedence; overrides win over the imported flags. A record of a tenant of kind `it` is an IT
// user whatever its flags say (Service Center's tenant holds only IT users).
bool effectiveItUser(const UserRecord &record, const Overrides &overrides = {}, TenantKind tenantKind = TenantKind::Default);
bool effectiveActive(const UserRecord &record, const Overrides &overrides = {});
bool isAnonymous(const UserRecord &record);
RecordStatus status(const UserRecord &record, const Overrides &overrides = {}, TenantKind tenantKind = TenantKind::Default);

// R1, R2, R5, R6 together.
RecordFacts facts(const UserRecord &record, const Overrides &overrides = {}, TenantKind tenantKind = TenantKind::Default);

// R3, R4: `domain` is a record's normalised domain (empty: no valid e-mail); `owned` holds normalised domains.
UserClass classify(const QString &domain, const QSet<QString> &owned);

// R10.
CapacityState capacityState(qint64 used, std::optional<qint64> capacity);
// Near threshold of R10, in percent.
constexpr int NearCapacityPercent = 80;
// The share of a capacity used, in whole percent rounded down, so that "80 %" shows exactly when R10 says near (and
// the console, the CLI and the report print the same figure). Unset without a positive capacity.
std::optional<qint64> percentUsed(qint64 used, std::optional<qint64> capacity);

// Why a record counts (or not) and how it is classified, one step per rule, in plain words.
QStringList explain(const UserRecord &record, const Overrides &overrides, const QSet<QString> &owned,
                    LicenceModel model, TenantKind tenantKind = TenantKind::Default);

} // namespace Rules
} // namespace hc
