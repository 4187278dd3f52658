#include "GaugeWidget.h"

#include <QAccessible>
#include <QAccessibleWidget>
#include <QEvent>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace hc {

namespace {

// The arc opens downwards: it starts at 225° (lower left) and sweeps 270° clockwise to -45° (lower right).
constexpr qreal ArcStart = 225.0;
constexpr qreal ArcSpan = 270.0;

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor mix(const QColor &a, const QColor &b, qreal t)
{
    return QColor::fromRgbF(
        a.redF() * (1 - t) + b.redF() * t, a.greenF() * (1 - t) + b.greenF() * t, a.blueF() * (1 - t) + b.blueF() * t);
}

QString number(qint64 value)
{
    return QLocale().toString(value);
}

// A gauge is a meter to assistive technology: a progress bar's role with its value (used, of the capacity) and the
// value as text, so a screen reader says "Internal users, progress bar, 974 of 1,000 (97 %)".
class AccessibleGauge : public QAccessibleWidget, public QAccessibleValueInterface {
public:
    explicit AccessibleGauge(GaugeWidget *gauge)
        : QAccessibleWidget(gauge, QAccessible::ProgressBar)
    {
    }

    void *interface_cast(QAccessible::InterfaceType type) override
    {
        if (type == QAccessible::ValueInterface)
            return static_cast<QAccessibleValueInterface *>(this);
        return QAccessibleWidget::interface_cast(type);
    }

    QString text(QAccessible::Text t) const override
    {
        if (t == QAccessible::Value)
            return gauge()->valueText();
        return QAccessibleWidget::text(t);
    }

    QVariant currentValue() const override { return gauge()->used(); }
    void setCurrentValue(const QVariant &) override { } // read-only
    QVariant maximumValue() const override
    {
        return gauge()->capacity() ? QVariant(*gauge()->capacity()) : QVariant(gauge()->used());
    }
    QVariant minimumValue() const override { return qint64(0); }
    QVariant minimumStepSize() const override { return qint64(1); }

private:
    GaugeWidget *gauge() const { return static_cast<GaugeWidget *>(widget()); }
};

QAccessibleInterface *gaugeAccessibleFactory(const QString &className, QObject *object)
{
    if (className == QLatin1String("hc::GaugeWidget") && object && object->isWidgetType())
        return new AccessibleGauge(static_cast<GaugeWidget *>(object));
    return nullptr;
}

} // namespace

GaugeWidget::GaugeWidget(QWidget *parent)
    : QWidget(parent)
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(gaugeAccessibleFactory);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so screen readers announce it
    updateAccessibility();
}

void GaugeWidget::setTitle(const QString &title)
{
    if (title == m_title)
        return;
    m_title = title;
    updateAccessibility();
    update();
}

void GaugeWidget::setValues(qint64 used, std::optional<qint64> capacity)
{
    if (used == m_used && capacity == m_capacity)
        return;
    m_used = used;
    m_capacity = capacity;
    updateAccessibility();
    update();
}

CapacityState GaugeWidget::state() const
{
    return Rules::capacityState(m_used, m_capacity);
}

std::optional<qint64> GaugeWidget::percent() const
{
    return Rules::percentUsed(m_used, m_capacity);
}

QString GaugeWidget::statusText() const
{
    const std::optional<qint64> pct = percent();
    switch (state()) {
    case CapacityState::Unset:
        return tr("No capacity set");
    case CapacityState::Over:
        return pct ? tr("Over capacity by %1 (%2 %)").arg(number(m_used - *m_capacity), number(*pct))
                   : tr("Over capacity by %1").arg(number(m_used - *m_capacity));
    case CapacityState::Near:
        return tr("Near capacity: %1 % used").arg(number(pct.value_or(100)));
    case CapacityState::Ok:
        return tr("Within capacity: %1 % used").arg(number(pct.value_or(0)));
    }
    Q_UNREACHABLE();
}

QString GaugeWidget::valueText() const
{
    const QString title = m_title.isEmpty() ? tr("Capacity gauge") : m_title;
    if (!m_capacity)
        return tr("%1: %2, no capacity set").arg(title, number(m_used));
    const std::optional<qint64> pct = percent();
    return pct ? tr("%1: %2 of %3 (%4 %)").arg(title, number(m_used), number(*m_capacity), number(*pct))
               : tr("%1: %2 of %3").arg(title, number(m_used), number(*m_capacity));
}

QColor GaugeWidget::stateColor(CapacityState state, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (state) {
    case CapacityState::Ok:
        return dark ? QColor(0x4c, 0xc3, 0x8a) : QColor(0x1f, 0x8a, 0x4c);
    case CapacityState::Near:
        return dark ? QColor(0xf2, 0xb6, 0x3d) : QColor(0xc2, 0x7c, 0x0e);
    case CapacityState::Over:
        return dark ? QColor(0xff, 0x6b, 0x61) : QColor(0xc9, 0x2a, 0x2a);
    case CapacityState::Unset:
        return palette.color(QPalette::Disabled, QPalette::Text);
    }
    Q_UNREACHABLE();
}

QSize GaugeWidget::sizeHint() const
{
    return { 240, 220 };
}

QSize GaugeWidget::minimumSizeHint() const
{
    return { 170, 170 };
}

void GaugeWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        update();
}

void GaugeWidget::updateAccessibility()
{
    setAccessibleName(m_title.isEmpty() ? tr("Capacity gauge") : m_title);
    setAccessibleDescription(tr("%1. %2.").arg(valueText(), statusText()));
    setToolTip(accessibleDescription());
    if (QAccessible::isActive()) {
        QAccessibleValueChangeEvent event(this, m_used);
        QAccessible::updateAccessibility(&event);
    }
}

void GaugeWidget::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);

    const QPalette pal = palette();
    const CapacityState st = state();
    const QColor accent = stateColor(st, pal);
    // Drawn over whatever the background role is (Window alone, Base inside the dashboard's cards).
    const QColor surface = pal.color(backgroundRole());
    const QColor text = pal.color(foregroundRole());
    const QColor muted = mix(text, surface, 0.45);
    const QColor track = mix(surface, text, isDark(pal) ? 0.18 : 0.10);

    const QRectF area = QRectF(rect()).adjusted(8, 6, -8, -6);

    // Title on top.
    QFont titleFont = font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    const QFontMetricsF titleMetrics(titleFont);
    QRectF titleRect(area.left(), area.top(), area.width(), titleMetrics.height());
    p.setFont(titleFont);
    p.setPen(text);
    p.drawText(
        titleRect, Qt::AlignHCenter | Qt::AlignVCenter, titleMetrics.elidedText(m_title, Qt::ElideRight, area.width()));

    // Status line at the bottom.
    QFont statusFont = font();
    const QFontMetricsF statusMetrics(statusFont);
    QRectF statusRect(area.left(), area.bottom() - statusMetrics.height(), area.width(), statusMetrics.height());
    if (st == CapacityState::Over || st == CapacityState::Near)
        statusFont.setBold(true);
    p.setFont(statusFont);
    p.setPen(st == CapacityState::Unset ? muted : accent);
    p.drawText(statusRect, Qt::AlignHCenter | Qt::AlignVCenter,
        QFontMetricsF(statusFont).elidedText(statusText(), Qt::ElideRight, area.width()));

    // The arc fills the square between them; its open bottom leaves room for the centre text to sit low.
    const QRectF between(area.left(), titleRect.bottom() + 6, area.width(), statusRect.top() - titleRect.bottom() - 10);
    const qreal side = std::max<qreal>(40, std::min(between.width(), between.height() * 1.12));
    const qreal thickness = std::max<qreal>(6, side * 0.085);
    QRectF arcRect(0, 0, side - thickness, side - thickness);
    arcRect.moveCenter(QPointF(between.center().x(), between.top() + side / 2));

    QPen trackPen(track, thickness, Qt::SolidLine, Qt::RoundCap);
    p.setPen(trackPen);
    p.setBrush(Qt::NoBrush);
    p.drawArc(arcRect, qRound(ArcStart * 16), qRound(-ArcSpan * 16));

    qreal fraction = 0;
    if (m_capacity) {
        fraction = *m_capacity > 0 ? qreal(m_used) / qreal(*m_capacity) : (m_used > 0 ? 1.0 : 0.0);
        fraction = std::clamp<qreal>(fraction, 0, 1);
    }
    if (fraction > 0) {
        p.setPen(QPen(accent, thickness, Qt::SolidLine, Qt::RoundCap));
        p.drawArc(arcRect, qRound(ArcStart * 16), qRound(-ArcSpan * fraction * 16));
    }

    // The 80 % threshold (R10) as a notch across the track, so "near" is visible before it is reached.
    if (st != CapacityState::Unset) {
        const qreal angle = (ArcStart - ArcSpan * Rules::NearCapacityPercent / 100.0) * M_PI / 180.0;
        const QPointF c = arcRect.center();
        const qreal r1 = arcRect.width() / 2 - thickness * 0.75;
        const qreal r2 = arcRect.width() / 2 + thickness * 0.75;
        p.setPen(QPen(surface, std::max<qreal>(2.0, thickness / 5), Qt::SolidLine, Qt::FlatCap));
        p.drawLine(QPointF(c.x() + r1 * std::cos(angle), c.y() - r1 * std::sin(angle)),
            QPointF(c.x() + r2 * std::cos(angle), c.y() - r2 * std::sin(angle)));
    }

    // Centre: the count, large, and what it is measured against.
    QFont valueFont = font();
    valueFont.setBold(true);
    valueFont.setPixelSize(std::max(12, qRound(arcRect.height() * 0.26)));
    const QString valueText = number(m_used);
    const QFontMetricsF valueMetrics(valueFont);
    if (valueMetrics.horizontalAdvance(valueText) > arcRect.width() * 0.8)
        valueFont.setPixelSize(std::max(
            10, qRound(valueFont.pixelSize() * arcRect.width() * 0.8 / valueMetrics.horizontalAdvance(valueText))));
    QFont subFont = font();
    subFont.setPixelSize(std::max(10, qRound(arcRect.height() * 0.085)));

    const qreal valueHeight = QFontMetricsF(valueFont).height();
    const qreal subHeight = QFontMetricsF(subFont).height();
    const qreal blockTop = arcRect.center().y() - (valueHeight + subHeight) / 2;
    p.setFont(valueFont);
    p.setPen(st == CapacityState::Unset ? text : (st == CapacityState::Ok ? text : accent));
    p.drawText(QRectF(arcRect.left(), blockTop, arcRect.width(), valueHeight), Qt::AlignCenter, valueText);
    p.setFont(subFont);
    p.setPen(muted);
    const QString sub = m_capacity ? tr("of %1 licensed").arg(number(*m_capacity)) : tr("no capacity set");
    p.drawText(QRectF(arcRect.left(), blockTop + valueHeight, arcRect.width(), subHeight), Qt::AlignCenter,
        QFontMetricsF(subFont).elidedText(sub, Qt::ElideRight, arcRect.width() * 0.85));

    if (hasFocus()) {
        QStyleOptionFocusRect option;
        option.initFrom(this);
        option.rect = rect().adjusted(1, 1, -1, -1);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &option, &p, this);
    }
}

} // namespace hc
