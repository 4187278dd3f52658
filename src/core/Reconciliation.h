#pragma once

#include "Counts.h"

#include <QString>

namespace hc::Reconciliation {

// One line, in plain words, on why the sum of the platform consoles' figures (R12) differs from the unique count
// that the licence is measured against (R6): the CLI, the dashboard and the report all say it the same way.
QString explain(const Counts &counts);

} // namespace hc::Reconciliation
