#include "EmailAddress.h"

#include <QStringList>
#include <QUrl>

namespace hc {

namespace {

bool isAsciiLabelChar(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-';
}

bool isValidAsciiDomain(QStringView domain)
{
    int labels = 0;
    qsizetype start = 0;
    while (start <= domain.size()) {
        qsizetype end = domain.indexOf(u'.', start);
        if (end < 0)
            end = domain.size();
        const QStringView label = domain.mid(start, end - start);
        if (label.isEmpty() || label.size() > 63 || label.front() == u'-' || label.back() == u'-')
            return false;
        for (QChar c : label) {
            if (!isAsciiLabelChar(c))
                return false;
        }
        ++labels;
        start = end + 1;
    }
    return labels >= 2;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Qt encodes "-münchen" as "xn---mnchen-o2a", which passes the ASCII label check: the hyphen rule must hold for
// the labels as typed, after the compatibility mapping UTS #46 also applies (full-width '－', '．').
bool hasLabelWithEdgeHyphen(const QString &unicodeDomain)
{
    const QString mapped = unicodeDomain.normalized(QString::NormalizationForm_KC);
    qsizetype start = 0;
    for (qsizetype i = 0; i <= mapped.size(); ++i) {
        if (i < mapped.size() && mapped.at(i) != u'.' && mapped.at(i) != u'\u3002')
            continue;
        if (i > start && (mapped.at(start) == u'-' || mapped.at(i - 1) == u'-'))
            return true;
        start = i + 1;
    }
    return false;
}

// The domain part of an address: no trimming, white space makes it invalid.
std::optional<QString> normalizeDomainPart(QString domain)
{
    if (domain.endsWith(u'.'))
        domain.chop(1);
    if (domain.isEmpty())
        return std::nullopt;
    // Fast path for the common ASCII case; QUrl::toAce does the UTS #46 mapping (non-transitional) otherwise.
    if (isAscii(domain)) {
        domain = domain.toLower();
    } else {
        if (hasLabelWithEdgeHyphen(domain))
            return std::nullopt;
        const QByteArray ace = QUrl::toAce(domain);
        if (ace.isEmpty())
            return std::nullopt;
        domain = QString::fromLatin1(ace).toLower();
        if (domain.endsWith(u'.'))
            return std::nullopt; // toAce keeps a second trailing dot: only one is allowed
    }
    if (!isValidAsciiDomain(domain))
        return std::nullopt;
    return domain;
}

} // namespace

std::optional<QString> EmailAddress::normalizeDomain(const QString &text)
{
    return normalizeDomainPart(text.trimmed());
}

std::optional<EmailAddress> EmailAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    const qsizetype at = trimmed.lastIndexOf(u'@');
    if (at <= 0)
        return std::nullopt;
    const QStringView local = QStringView(trimmed).left(at);
    for (QChar c : local) {
        if (c.isSpace())
            return std::nullopt;
    }
    const std::optional<QString> domain = normalizeDomainPart(trimmed.mid(at + 1));
    if (!domain)
        return std::nullopt;
    EmailAddress result;
    result.domain = *domain;
    result.address = local.toString().toLower() + u'@' + *domain;
    return result;
}

} // namespace hc
