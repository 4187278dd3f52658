#pragma once

#include "Settings.h"

#include <QPalette>

namespace hc {

// The console's colour scheme. System leaves the platform's style and palette alone (it follows the desktop's
// light / dark choice); Light and Dark switch to Fusion with a palette of their own, so a dark console is available
// on desktops without a dark theme (and for the README's screenshot).
class Theme {
public:
    // Applies `theme` to the running application. The first call remembers the system's style and palette, so
    // going back to System later restores them.
    static void apply(Settings::Theme theme);
    static Settings::Theme current();

    static QPalette lightPalette();
    static QPalette darkPalette();
    // True when `palette` paints light text on a dark window.
    static bool isDark(const QPalette &palette);
};

} // namespace hc
