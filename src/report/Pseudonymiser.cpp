#include "Pseudonymiser.h"

#include "EmailAddress.h"
#include "ReportData.h"
#include "Rules.h"

namespace hc {

QString Pseudonymiser::numbered(QHash<QString, QString> &map, const QString &key, const QString &pattern, int width)
{
    auto it = map.constFind(key);
    if (it == map.constEnd())
        it = map.insert(key, pattern.arg(map.size() + 1, width, 10, QLatin1Char('0')));
    return *it;
}

QString Pseudonymiser::name(const QString &name)
{
    const QString key = name.trimmed().toCaseFolded();
    return key.isEmpty() ? QString() : numbered(m_names, key, QStringLiteral("Person %1"), 4);
}

QString Pseudonymiser::username(const QString &username)
{
    const QString key = Rules::usernameKey(username);
    return key.isEmpty() ? QString() : numbered(m_usernames, key, QStringLiteral("user-%1"), 4);
}

QString Pseudonymiser::domain(const QString &domain)
{
    // Owned domains as typed ("Sales.Acme.com.") and as normalised must meet in one pseudonym.
    const QString key = EmailAddress::normalizeDomain(domain).value_or(domain.trimmed().toCaseFolded());
    return key.isEmpty() ? QString() : numbered(m_domains, key, QStringLiteral("domain-%1.example"), 3);
}

QString Pseudonymiser::email(const QString &email)
{
    if (email.trimmed().isEmpty())
        return {};
    const auto address = EmailAddress::parse(email);
    if (!address)
        return numbered(m_invalidEmails, email.trimmed(), QStringLiteral("invalid-%1"), 4);
    const QString local = numbered(m_emails, address->address, QStringLiteral("person-%1"), 4);
    return local + u'@' + domain(address->domain);
}

void Pseudonymiser::apply(ReportData &data)
{
    const auto maskRecord = [this](ReportRecord &r) {
        r.username = username(r.username);
        r.name = name(r.name);
        r.email = email(r.email);
    };
    for (ReportSection &s : data.sections) {
        for (DomainInfo &d : s.ownedDomains) {
            d.normalized = domain(d.normalized);
            d.typed = d.normalized;
        }
        for (DomainCount &d : s.externalDomains.top)
            d.domain = domain(d.domain);
        for (ReportRecord &r : s.noEmail.sample)
            maskRecord(r);
        for (SharedEmail &e : s.sharedEmails.top)
            e.emailKey = email(e.emailKey);
        for (DuplicateName &n : s.duplicateNames.top)
            n.name = name(n.name);
        for (ReportRecord &r : s.candidates)
            maskRecord(r);
    }
}

} // namespace hc
