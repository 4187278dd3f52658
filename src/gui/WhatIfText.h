#pragma once

#include "Counts.h"

#include <QString>

namespace hc {

// The what-if line of the console (SPEC §5: before saving, how the counts would change), e.g.
// "internal 974 → 1 021 (+47) · external 1 800 → 1 753 (−47)", numbers in the user's locale.
namespace WhatIfText {

QString describe(const Counts &before, const Counts &after);
// "+47", "−47" (a real minus sign) or "±0".
QString delta(qint64 difference);

} // namespace WhatIfText

} // namespace hc
