#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace hc {

// Recomputes everything the rules derive for an infrastructure from its stored records and decisions: statuses
// (R5 with tenant kinds), individuals (R6), platform users (R12) and every aggregate table. Runs inside the
// caller's transaction. Used when a schema migration changes a rule (version 3: the revised R6 and R12), so that
// a migrated workspace counts exactly as one imported afresh. It reads every record: seconds on a million.
class CountsRebuild
{
public:
    [[nodiscard]] static Status run(QSqlDatabase db, qint64 infraId);
    [[nodiscard]] static Status runAll(QSqlDatabase db);
};

} // namespace hc
