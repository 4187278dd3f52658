#include "WhatIfText.h"

#include <QCoreApplication>
#include <QLocale>

namespace hc::WhatIfText {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(WhatIfText)
};

QString change(const QString &label, qint64 before, qint64 after)
{
    const QLocale locale;
    //: what-if of one count: "internal 974 → 1,021 (+47)"
    return Tr::tr("%1 %2 \u2192 %3 (%4)")
        .arg(label, locale.toString(before), locale.toString(after), delta(after - before));
}

} // namespace

QString delta(qint64 difference)
{
    const QLocale locale;
    if (difference == 0)
        return QStringLiteral("\u00b10");
    return (difference > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + locale.toString(qAbs(difference));
}

QString describe(const Counts &before, const Counts &after)
{
    if (after.model == LicenceModel::Named)
        return change(Tr::tr("named"), before.unique.total(), after.unique.total());
    return change(Tr::tr("internal"), before.unique.internal, after.unique.internal) + QStringLiteral(" \u00b7 ")
        + change(Tr::tr("external"), before.unique.external, after.unique.external);
}

} // namespace hc::WhatIfText
