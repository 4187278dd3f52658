#pragma once

#include "History.h"

#include <QWidget>

class QChart;
class QChartView;
class QLabel;

namespace hc {

// Issue 9 / SPEC §5: the trend of unique internal and external (or named) users against their capacities, from the
// stored count snapshots, with the forecast of when each capacity reaches 80 % and 100 % beneath it. The chart's
// figures are also its accessible description, so a screen reader gets them as text.
class TrendChartWidget : public QWidget {
    Q_OBJECT

public:
    explicit TrendChartWidget(QWidget *parent = nullptr);

    // Snapshots oldest first; `today` dates the forecast.
    void setHistory(const QVector<CountSnapshot> &snapshots, const QDate &today);
    const Forecast &forecast() const { return m_forecast; }
    // The plotted series by name ("Internal users", "Internal capacity", …) and their point counts, for tests.
    QStringList seriesNames() const;
    int pointCount(const QString &seriesName) const;
    QString summary() const; // the accessible text: latest figures and the forecast

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void rebuild();
    void updateTexts();
    void applyPalette();

    QVector<CountSnapshot> m_snapshots;
    Forecast m_forecast;
    QChart *m_chart = nullptr;
    QChartView *m_view = nullptr;
    QLabel *m_forecastLabel = nullptr;
    QLabel *m_emptyLabel = nullptr;
    bool m_chartStale = false; // the snapshots changed while hidden: redrawn when shown
};

} // namespace hc
