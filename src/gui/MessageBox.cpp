#include "MessageBox.h"

#include <optional>

namespace hc {

namespace {

struct Seam {
    std::optional<QMessageBox::StandardButton> next;
    QString lastTitle;
    QString lastText;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

bool MessageBox::takeNext(const QString &title, const QString &text, QMessageBox::StandardButton *answer)
{
    Seam &s = seam();
    if (!s.next)
        return false;
    *answer = *s.next;
    s.next.reset();
    s.lastTitle = title;
    s.lastText = text;
    return true;
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
    QMessageBox::StandardButtons buttons, QMessageBox::StandardButton defaultButton)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeNext(title, text, &answer))
        return answer;
    return QMessageBox::question(parent, title, text, buttons, defaultButton);
}

void MessageBox::about(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox::StandardButton answer = QMessageBox::NoButton;
    if (takeNext(title, text, &answer))
        return;
    QMessageBox::about(parent, title, text);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    seam().next = answer;
}

QString MessageBox::lastTitle()
{
    return seam().lastTitle;
}

QString MessageBox::lastText()
{
    return seam().lastText;
}

} // namespace hc
