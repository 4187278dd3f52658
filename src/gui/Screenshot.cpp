#include "Screenshot.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QImageWriter>
#include <QPixmap>
#include <QWidget>

namespace hc {

Status saveScreenshot(QWidget *widget, const QString &path)
{
    const QPixmap pixmap = widget->grab();
    if (pixmap.isNull())
        return Status::failure(QCoreApplication::translate("Screenshot", "the window could not be captured"));
    const QByteArray format = QFileInfo(path).suffix().isEmpty() ? QByteArrayLiteral("png") : QByteArray();
    QImageWriter writer(path, format);
    if (!writer.write(pixmap.toImage())) {
        return Status::failure(QCoreApplication::translate("Screenshot", "cannot write %1: %2")
                                   .arg(QDir::toNativeSeparators(path), writer.errorString()));
    }
    return {};
}

} // namespace hc
