#pragma once

#include "Result.h"

#include <QSqlDatabase>

namespace hc::Schema {

// The schema version this build writes. Older workspaces are migrated forward on open; newer ones are refused.
constexpr int CurrentVersion = 5;

// Creates the schema in an empty database or migrates an older one, in one transaction.
Status migrate(QSqlDatabase &db);

} // namespace hc::Schema
