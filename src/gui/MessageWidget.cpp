#include "MessageWidget.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace hc {

namespace {

QColor accent(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Information:
        return QColor(0x3d, 0x7e, 0xd6);
    case MessageWidget::Type::Positive:
        return QColor(0x2e, 0x9d, 0x5b);
    case MessageWidget::Type::Warning:
        return QColor(0xd9, 0x90, 0x0f);
    case MessageWidget::Type::Error:
        return QColor(0xd1, 0x38, 0x2f);
    }
    Q_UNREACHABLE();
}

QStyle::StandardPixmap iconFor(MessageWidget::Type type)
{
    switch (type) {
    case MessageWidget::Type::Information:
    case MessageWidget::Type::Positive:
        return QStyle::SP_MessageBoxInformation;
    case MessageWidget::Type::Warning:
        return QStyle::SP_MessageBoxWarning;
    case MessageWidget::Type::Error:
        return QStyle::SP_MessageBoxCritical;
    }
    Q_UNREACHABLE();
}

QColor blend(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

} // namespace

MessageWidget::MessageWidget(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageWidget"));
    m_text->setObjectName(QStringLiteral("messageText"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_closeButton->setObjectName(QStringLiteral("messageCloseButton"));
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Close message"));
    m_closeButton->setAccessibleName(tr("Close message"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 6, 6);
    layout->setSpacing(8);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);

    connect(m_closeButton, &QToolButton::clicked, this, &MessageWidget::hideMessage);
    updateAppearance();
    hide();
}

QString MessageWidget::text() const
{
    return m_text->text();
}

void MessageWidget::showMessage(const QString &text, Type type)
{
    m_type = type;
    m_text->setText(text);
    setAccessibleDescription(text);
    updateAppearance();
    show();
}

void MessageWidget::hideMessage()
{
    if (isHidden())
        return;
    hide();
    emit closed();
}

void MessageWidget::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    // Our own setStyleSheet() sends these events too: updateAppearance() only restyles when the colours differ.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateAppearance();
}

void MessageWidget::updateAppearance()
{
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(iconFor(m_type)).pixmap(iconSize, iconSize));

    switch (m_type) {
    case Type::Information:
        setAccessibleName(tr("Information"));
        break;
    case Type::Positive:
        setAccessibleName(tr("Success"));
        break;
    case Type::Warning:
        setAccessibleName(tr("Warning"));
        break;
    case Type::Error:
        setAccessibleName(tr("Error"));
        break;
    }

    // A light tint of the accent over the window colour keeps the text readable in light and dark schemes.
    // The application palette, not ours: our own stylesheet changes ours.
    const QColor base = QApplication::palette(this).color(QPalette::Window);
    const QColor tint = accent(m_type);
    const QColor background = blend(base, tint, 0.16);
    const QColor border = blend(base, tint, 0.6);
    // The stylesheet is built here, not in Designer: only colours derived from the live palette go into it.
    const QString sheet = QStringLiteral("hc--MessageWidget { background-color: %1; border: 1px solid %2;"
                                         " border-radius: 6px; }")
                              .arg(background.name(), border.name());
    if (sheet != styleSheet())
        setStyleSheet(sheet);
}

} // namespace hc
