#pragma once

#include "Result.h"

#include <QString>

namespace hc {

class BenchReport;

// Item 2 of the benchmark, in process through the Workspace API: how long until counts are current after each kind
// of change, and (as pointers for the Users view) how long the user queries take. Every change is checked against
// the counts it must produce and reverted where the API can revert it.
class WorkspaceBench
{
public:
    struct Options
    {
        QString path;
        int repetitions = 7;
        bool verify = true; // compare the maintained counts with a full recount at the end
    };

    // A failure is a failed step (a call that errs, or counts that do not follow a change).
    static Status run(const Options &options, BenchReport &report);
};

} // namespace hc
