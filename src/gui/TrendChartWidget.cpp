#include "TrendChartWidget.h"

#include "GaugeWidget.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QPen>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>

namespace hc {

namespace {

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Window).lightness() < 128;
}

// One colour per capacity, legible on light and dark backgrounds (the gauges' hues are for states, not series).
QColor seriesColor(CapacityKind kind, bool dark)
{
    switch (kind) {
    case CapacityKind::Internal:
        return dark ? QColor(0x6c, 0xb4, 0xff) : QColor(0x1f, 0x5f, 0xbf);
    case CapacityKind::External:
        return dark ? QColor(0xf0, 0x9a, 0x5a) : QColor(0xb3, 0x54, 0x0f);
    case CapacityKind::Named:
        return dark ? QColor(0x9f, 0xd8, 0x6b) : QColor(0x3d, 0x7a, 0x1c);
    }
    return {};
}

QString capacityName(CapacityKind kind)
{
    switch (kind) {
    case CapacityKind::Internal:
        return TrendChartWidget::tr("Internal capacity");
    case CapacityKind::External:
        return TrendChartWidget::tr("External capacity");
    case CapacityKind::Named:
        return TrendChartWidget::tr("Named capacity");
    }
    return {};
}

} // namespace

TrendChartWidget::TrendChartWidget(QWidget *parent)
    : QWidget(parent)
{
    m_chart = new QChart;
    m_chart->setBackgroundVisible(false);
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_view = new QChartView(m_chart, this);
    m_view->setObjectName(QStringLiteral("trendChart"));
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFrameShape(QFrame::NoFrame);
    // About the gauges' height beside it (QGraphicsView's own size hint would make the whole row tall).
    m_view->setMinimumHeight(180);
    m_view->setMaximumHeight(240);
    m_view->setFocusPolicy(Qt::TabFocus); // reachable by keyboard, so its description can be read out
    m_view->viewport()->setFocusPolicy(Qt::NoFocus); // the view is the one stop, not its drawing surface too
    m_view->setAccessibleName(tr("Trend of unique users against capacity"));
    m_emptyLabel = new QLabel(tr("The trend appears here once the counts have changed on a few days."), this);
    m_emptyLabel->setObjectName(QStringLiteral("trendEmptyLabel"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setForegroundRole(QPalette::PlaceholderText);
    m_forecastLabel = new QLabel(this);
    m_forecastLabel->setObjectName(QStringLiteral("forecastLabel"));
    m_forecastLabel->setWordWrap(true);
    m_forecastLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_forecastLabel);
    applyPalette();
}

void TrendChartWidget::setHistory(const QVector<CountSnapshot> &snapshots, const QDate &today)
{
    m_snapshots = snapshots;
    m_forecast = Forecast::compute(snapshots, today);
    // The figures at once; the drawing only when seen (QtCharts' scene took ~50 ms of the GUI thread after each
    // change, most of them made with the dashboard hidden).
    m_chartStale = !isVisible();
    rebuild();
}

void TrendChartWidget::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_chartStale) {
        m_chartStale = false;
        rebuild();
    }
}

void TrendChartWidget::rebuild()
{
    if (m_chartStale) {
        updateTexts();
        return;
    }
    m_chart->removeAllSeries();
    for (QAbstractAxis *axis : m_chart->axes())
        m_chart->removeAxis(axis);
    const bool dark = isDark(palette());
    updateTexts();
    if (m_snapshots.isEmpty())
        return;

    auto *xAxis = new QDateTimeAxis;
    xAxis->setFormat(QLocale().dateFormat(QLocale::ShortFormat));
    xAxis->setTickCount(5);
    auto *yAxis = new QValueAxis;
    yAxis->setLabelFormat(QStringLiteral("%d"));
    yAxis->setTruncateLabels(false);
    xAxis->setTruncateLabels(false);
    m_chart->addAxis(xAxis, Qt::AlignBottom);
    m_chart->addAxis(yAxis, Qt::AlignLeft);
    qint64 top = 1;
    const qreal last = qreal(std::max(m_snapshots.constLast().at.toMSecsSinceEpoch(),
                                      QDateTime(m_forecast.today, QTime(23, 59), Qt::UTC).toMSecsSinceEpoch()));
    for (CapacityKind kind : capacityKinds(m_snapshots.constLast().model)) {
        auto *used = new QLineSeries;
        used->setName(usersLabel(kind));
        auto *capacity = new QLineSeries;
        capacity->setName(capacityName(kind));
        for (const CountSnapshot &s : std::as_const(m_snapshots)) {
            const qreal x = qreal(s.at.toMSecsSinceEpoch());
            const qint64 value = usedFor(s.unique, kind);
            used->append(x, qreal(value));
            top = std::max(top, value);
            if (const auto cap = capacityFor(s.capacity, kind)) {
                capacity->append(x, qreal(*cap));
                top = std::max(top, *cap);
            }
        }
        // The figures hold until the next change: draw them up to today.
        used->append(last, used->points().constLast().y());
        if (!capacity->points().isEmpty())
            capacity->append(last, capacity->points().constLast().y());
        const QColor color = seriesColor(kind, dark);
        used->setPen(QPen(color, 2.0));
        QPen dashed(color, 1.5, Qt::DashLine);
        capacity->setPen(dashed);
        for (QLineSeries *series : {used, capacity}) {
            m_chart->addSeries(series);
            series->attachAxis(xAxis);
            series->attachAxis(yAxis);
        }
        // The legend names the users; the dashed line of the same colour is their capacity (said below the chart).
        for (QLegendMarker *marker : m_chart->legend()->markers(capacity))
            marker->setVisible(false);
    }
    xAxis->setRange(m_snapshots.constFirst().at.toLocalTime(), QDateTime::fromMSecsSinceEpoch(qint64(last)));
    yAxis->setRange(0, qreal(top) * 1.1);
    yAxis->applyNiceNumbers();
    applyPalette();
}

// The forecast below the chart and the chart's accessible description: cheap, so current even while hidden.
void TrendChartWidget::updateTexts()
{
    QStringList forecastLines;
    for (const CapacityForecast &f : std::as_const(m_forecast.capacities))
        forecastLines << Forecast::describe(f);
    if (!m_snapshots.isEmpty())
        forecastLines.prepend(tr("Dashed lines: the capacities."));
    m_forecastLabel->setText(forecastLines.join(QLatin1Char('\n')));
    m_emptyLabel->setVisible(m_snapshots.size() < 2);
    m_view->setAccessibleDescription(summary());
}

QStringList TrendChartWidget::seriesNames() const
{
    QStringList names;
    for (QAbstractSeries *s : m_chart->series())
        names << s->name();
    return names;
}

int TrendChartWidget::pointCount(const QString &seriesName) const
{
    for (QAbstractSeries *s : m_chart->series()) {
        if (s->name() == seriesName)
            return int(static_cast<QLineSeries *>(s)->count());
    }
    return -1;
}

QString TrendChartWidget::summary() const
{
    if (m_snapshots.isEmpty())
        return tr("No count history yet.");
    const QLocale locale;
    const CountSnapshot &latest = m_snapshots.constLast();
    QStringList parts;
    parts << tr("%n snapshot(s) from %1 to %2.", "", int(m_snapshots.size()))
                 .arg(locale.toString(m_snapshots.constFirst().at.toLocalTime().date(), QLocale::ShortFormat),
                      locale.toString(latest.at.toLocalTime().date(), QLocale::ShortFormat));
    for (CapacityKind kind : capacityKinds(latest.model)) {
        const auto cap = capacityFor(latest.capacity, kind);
        parts << (cap ? tr("%1 now %2 of %3.").arg(usersLabel(kind), locale.toString(usedFor(latest.unique, kind)),
                                                  locale.toString(*cap))
                      : tr("%1 now %2, no capacity set.").arg(usersLabel(kind), locale.toString(usedFor(latest.unique, kind))));
    }
    return parts.join(QLatin1Char(' ')) + QLatin1Char(' ') + m_forecastLabel->text();
}

void TrendChartWidget::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rebuild(); // series colours follow a light/dark switch
}

// The chart draws its own text: give it the palette's, so axis labels stay legible on a dark scheme.
void TrendChartWidget::applyPalette()
{
    const QPalette p = palette();
    const QColor text = p.color(QPalette::Text);
    QColor grid = p.color(QPalette::Mid);
    m_chart->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(p.brush(QPalette::Base)); // the card's colour, not the window's
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsColor(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(isDark(p) ? grid.darker(130) : grid.lighter(130));
    }
}

} // namespace hc
