#pragma once

#include "Result.h"

#include <QString>

class QWidget;

namespace hc {

// Saves what `widget` shows (QWidget::grab, so no window manager or compositor is needed) to `path`; the format
// follows the file name (PNG when in doubt).
Status saveScreenshot(QWidget *widget, const QString &path);

} // namespace hc
