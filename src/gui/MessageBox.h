#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace hc {

// Modal message boxes go through here so tests never block on one (KeePassXC's MessageBox): setNextAnswer()
// makes the next box return that button at once without showing. Errors belong in the inline MessageWidget;
// this is for questions and the About box.
class MessageBox {
public:
    static QMessageBox::StandardButton question(QWidget *parent, const QString &title, const QString &text,
        QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
        QMessageBox::StandardButton defaultButton = QMessageBox::No);
    static void about(QWidget *parent, const QString &title, const QString &text);

    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Title and text of the last box answered through the seam, so a test can check what would have been shown.
    static QString lastTitle();
    static QString lastText();

private:
    static bool takeNext(const QString &title, const QString &text, QMessageBox::StandardButton *answer);
};

} // namespace hc
