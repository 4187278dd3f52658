#include "GuiResources.h"

#include <QtGlobal>

// Q_INIT_RESOURCE must be used outside any namespace.
static void initHeadcountResources()
{
    Q_INIT_RESOURCE(headcount);
}

namespace hc {

void initGuiResources()
{
    static const bool done = [] {
        initHeadcountResources();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace hc
