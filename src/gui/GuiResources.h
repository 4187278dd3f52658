#pragma once

namespace hc {

// Registers the console's compiled resources (icons). The .qrc lives in a static library, so someone has to pull
// it in explicitly; idempotent.
void initGuiResources();

} // namespace hc
