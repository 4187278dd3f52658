#pragma once

#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

// A list of owned domains as an administrator pastes it (one per line, or separated by commas or semicolons), each
// entry normalised with R1 (EmailAddress::normalizeDomain) and, when refused, told why in words.
struct DomainListEntry
{
    QString typed;      // as given, trimmed
    QString normalized; // R1; empty when refused
    QString reason;     // why it was refused; empty when accepted
};

struct DomainListParse
{
    QVector<DomainListEntry> accepted; // new domains, each once, in the order given
    QVector<DomainListEntry> refused;  // not valid domains, with the reason
    QStringList alreadyOwned;          // valid, but owned already (as typed)
    QStringList repeated;              // valid, given more than once (as typed, the later ones)

    QStringList acceptedTyped() const;
};

class DomainList
{
public:
    // The entries of `text`, trimmed, empty ones left out.
    static QStringList split(const QString &text);
    // Every entry of `text` sorted into accepted / refused / owned already (`owned`: normalised) / repeated.
    static DomainListParse parse(const QString &text, const QSet<QString> &owned = {});
    // Why `entry` is not a valid domain, in words; empty when it is one.
    static QString refusalReason(const QString &entry);
};

} // namespace hc
