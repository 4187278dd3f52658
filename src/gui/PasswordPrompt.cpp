#include "PasswordPrompt.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <deque>

namespace hc {

namespace {

struct Seam {
    std::deque<std::optional<QString>> answers;
    int answered = 0;
    QString lastText;
};

Seam &seam()
{
    static Seam s;
    return s;
}

} // namespace

std::optional<QString> PasswordPrompt::ask(QWidget *parent, const QString &workspace, const QString &why)
{
    const QString text = tr("The server of %1 asks for a password.").arg(workspace);
    if (Seam &s = seam(); !s.answers.empty()) {
        std::optional<QString> answer = s.answers.front();
        s.answers.pop_front();
        ++s.answered;
        s.lastText = text + QLatin1Char('\n') + why;
        return answer;
    }

    QDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("passwordPrompt"));
    dialog.setWindowTitle(tr("Password"));
    auto *label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto *reason = new QLabel(why, &dialog);
    reason->setObjectName(QStringLiteral("passwordReason"));
    reason->setWordWrap(true);
    reason->setVisible(!why.isEmpty());
    auto *edit = new QLineEdit(&dialog);
    edit->setObjectName(QStringLiteral("passwordEdit"));
    edit->setAccessibleName(tr("Password"));
    edit->setEchoMode(QLineEdit::Password);
    label->setBuddy(edit);
    auto *note = new QLabel(tr("Used for this connection only; never saved."), &dialog);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    for (QWidget *w : std::initializer_list<QWidget *>{label, reason, edit, note, buttons})
        layout->addWidget(w);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->text();
}

void PasswordPrompt::queueAnswer(const std::optional<QString> &password)
{
    seam().answers.push_back(password);
}

void PasswordPrompt::clearAnswers()
{
    seam().answers.clear();
}

int PasswordPrompt::answeredCount()
{
    return seam().answered;
}

QString PasswordPrompt::lastText()
{
    return seam().lastText;
}

} // namespace hc
