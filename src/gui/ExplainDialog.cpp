#include "ExplainDialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace hc {

ExplainDialog::ExplainDialog(const QString &record, const QStringList &lines, QWidget *parent)
    : QDialog(parent)
    , m_lines(lines)
    , m_text(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("explainDialog"));
    setWindowTitle(tr("Explain %1").arg(record));
    setAttribute(Qt::WA_DeleteOnClose);

    auto *heading
        = new QLabel(tr("Why <b>%1</b> counts the way it does, rule by rule:").arg(record.toHtmlEscaped()), this);
    m_text->setObjectName(QStringLiteral("explainText"));
    m_text->setAccessibleName(tr("Rules applied"));
    m_text->setAccessibleDescription(tr("Why %1 counts the way it does, one rule a line").arg(record));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_text->setPlainText(lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("explainCopyButton"));
    copy->setAccessibleName(tr("Copy the explanation"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_lines.join(u'\n')); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_text, 1);
    layout->addWidget(buttons);
    resize(640, 320);
}

void ExplainDialog::setLines(const QStringList &lines)
{
    m_lines = lines;
    m_text->setPlainText(lines.join(u'\n'));
}

} // namespace hc
