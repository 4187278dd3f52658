#pragma once

#include "Counts.h"

#include <QLocale>
#include <QString>

namespace hc::Reconciliation {

// One line, in plain words, on why the sum of the platform consoles' figures (R12) differs from the unique count
// that the licence is measured against (R6): the CLI, the dashboard and the report all say it the same way.
QString explain(const Counts &counts);

// What a change does to the licence figures, in one line: "internal 974 → 1,021 (+47) · external 1,800 → 1,753 (−47)"
// (model named: "named 350 → 348 (−2)"), numbers in the given locale. For --dry-run and the console's what-if.
QString whatIf(const Counts &before, const Counts &after, const QLocale &locale);

} // namespace hc::Reconciliation
