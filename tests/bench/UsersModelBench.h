#pragma once

#include "Result.h"

#include <QString>

namespace hc {

class BenchReport;

// Item 4 of the benchmark: the console's Users view model (hc::UsersModel in src/gui) on the benchmark workspace —
// open with the total row count known, first page, a search-as-you-type result, scroll to the middle. Reports
// "n/a" rows while src/gui has no such model (or one whose API this file does not know yet).
class UsersModelBench
{
public:
    static bool available(); // compiled against an hc::UsersModel the benchmark can drive
    static Status run(const QString &workspacePath, int repetitions, BenchReport &report);
};

} // namespace hc
