#include "DomainList.h"

#include "EmailAddress.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DomainList)
};

bool isAsciiLabelChar(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// The first specific fault of a text normalizeDomain() refused: R1 says only "not valid", the administrator needs
// to know what to change.
QString specificFault(const QString &entry)
{
    if (entry.contains(u'@')) {
        const QString after = entry.mid(entry.lastIndexOf(u'@') + 1);
        const auto domain = EmailAddress::normalizeDomain(after);
        return domain ? Tr::tr("an e-mail address, not a domain: give only the part after @ (%1)").arg(*domain)
                      : Tr::tr("an e-mail address, not a domain");
    }
    for (QChar c : entry) {
        if (c.isSpace())
            return Tr::tr("contains a space: separate domains with new lines, commas or semicolons");
    }
    QString text = entry;
    if (text.endsWith(u'.'))
        text.chop(1);
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")) || text.contains(u'/'))
        return Tr::tr("a web address, not a domain: give only the host name (e.g. example.com)");
    const QStringList labels = text.split(u'.');
    if (labels.size() < 2)
        return Tr::tr("needs at least two labels separated by a dot (e.g. example.com)");
    for (const QString &label : labels) {
        if (label.isEmpty())
            return Tr::tr("has an empty label (two dots in a row, or a dot at the start)");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return Tr::tr("the label \"%1\" starts or ends with a hyphen").arg(label);
        if (label.size() > 63)
            return Tr::tr("the label \"%1…\" is longer than 63 characters").arg(label.left(20));
        for (QChar c : label) {
            if (c.unicode() < 0x80 && !isAsciiLabelChar(c))
                return Tr::tr("contains \"%1\": only letters, digits and hyphens between dots").arg(c);
        }
    }
    return Tr::tr("not a valid domain name (R1: letters, digits and hyphens between dots)");
}

} // namespace

QStringList DomainListParse::acceptedTyped() const
{
    QStringList list;
    for (const DomainListEntry &e : accepted)
        list << e.typed;
    return list;
}

QStringList DomainList::split(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[\\r\\n,;]+"));
    QStringList entries;
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString trimmed = part.trimmed();
        if (!trimmed.isEmpty())
            entries << trimmed;
    }
    return entries;
}

QString DomainList::refusalReason(const QString &entry)
{
    if (EmailAddress::normalizeDomain(entry))
        return {};
    return specificFault(entry.trimmed());
}

DomainListParse DomainList::parse(const QString &text, const QSet<QString> &owned)
{
    DomainListParse result;
    QSet<QString> seen;
    for (const QString &typed : split(text)) {
        const auto normalized = EmailAddress::normalizeDomain(typed);
        if (!normalized) {
            result.refused.append({ typed, QString(), specificFault(typed) });
        } else if (owned.contains(*normalized)) {
            result.alreadyOwned << typed;
        } else if (seen.contains(*normalized)) {
            result.repeated << typed;
        } else {
            seen.insert(*normalized);
            result.accepted.append({ typed, *normalized, QString() });
        }
    }
    return result;
}

} // namespace hc
