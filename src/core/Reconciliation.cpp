#include "Reconciliation.h"

#include <QCoreApplication>

namespace hc::Reconciliation {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Reconciliation)
};

} // namespace

QString explain(const Counts &c)
{
    const qint64 sum = c.platformSum().total();
    const qint64 unique = c.unique.total();
    const bool oldPlatform = !platformMergesDefaultTenants(PlatformVersion::parse(c.platformVersion));
    if (sum == unique)
        return Tr::tr("The platform's consoles add up to the unique count (%1).").arg(unique);
    if (sum < unique)
        return Tr::tr("The platform's consoles add up to %1, fewer than the %2 unique individuals: records split "
                      "here are counted apart, which the platform does not know.").arg(sum).arg(unique);
    QString why = Tr::tr("The platform's consoles add up to %1, %2 more than the %3 unique individuals the licence "
                         "is measured against: each console counts only its own runtime, so a person with accounts on "
                         "several runtimes counts once per runtime, and an account in a multi-tenant app's tenant "
                         "counts once per tenant.")
                      .arg(sum)
                      .arg(sum - unique)
                      .arg(unique);
    if (oldPlatform)
        why += u' '
            + Tr::tr("Platform %1 (before 11.11.3) also counts a person's accounts in several user providers "
                     "separately.").arg(c.platformVersion);
    return why;
}

QString whatIf(const Counts &before, const Counts &after, const QLocale &locale)
{
    auto part = [&locale](const QString &name, qint64 from, qint64 to) {
        const qint64 d = to - from;
        const QString delta = d == 0 ? Tr::tr("unchanged")
                                     : (d > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + locale.toString(qAbs(d));
        return QStringLiteral("%1 %2 \u2192 %3 (%4)").arg(name, locale.toString(from), locale.toString(to), delta);
    };
    if (after.model == LicenceModel::Named)
        return part(Tr::tr("named"), before.unique.total(), after.unique.total());
    return part(Tr::tr("internal"), before.unique.internal, after.unique.internal) + QStringLiteral(" \u00b7 ")
        + part(Tr::tr("external"), before.unique.external, after.unique.external);
}

} // namespace hc::Reconciliation
