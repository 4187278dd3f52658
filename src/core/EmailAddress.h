#pragma once

#include <QString>

#include <optional>

namespace hc {

// R1: normalised e-mail addresses and domains.
struct EmailAddress
{
    QString address; // lowercase(local) + "@" + domain
    QString domain;  // ASCII (IDNA/UTS #46 non-transitional), lower case, no trailing dot

    // Returns the normalised address, or nothing when the text is not a valid address.
    static std::optional<EmailAddress> parse(const QString &text);
    // Returns the normalised domain, or nothing when the text is not a valid domain (also used for owned domains).
    static std::optional<QString> normalizeDomain(const QString &text);
};

} // namespace hc
