#pragma once

#include "Rules.h"

#include <QWidget>

#include <optional>

namespace hc {

// One licence capacity at a glance: used / licensed on an arc, green, amber from 80 % (R10), red when over, and a
// "no capacity set" state. Painted from the palette, so it follows the system colour scheme.
class GaugeWidget : public QWidget {
    Q_OBJECT
    Q_PROPERTY(QString title READ title WRITE setTitle)
    Q_PROPERTY(qint64 used READ used)
    Q_PROPERTY(QString statusText READ statusText)
    Q_PROPERTY(QString valueText READ valueText)

public:
    explicit GaugeWidget(QWidget *parent = nullptr);

    QString title() const { return m_title; }
    void setTitle(const QString &title);

    void setValues(qint64 used, std::optional<qint64> capacity);
    qint64 used() const { return m_used; }
    std::optional<qint64> capacity() const { return m_capacity; }
    CapacityState state() const;
    // Used as a share of the capacity, rounded down; none without a (positive) capacity.
    std::optional<qint64> percent() const;
    // The one-line verdict under the gauge ("Over capacity by 16").
    QString statusText() const;
    // The gauge read out as text, for screen readers and tool tips ("Internal users: 974 of 1,000 (97 %)").
    QString valueText() const;

    // The colour of a state in `palette`'s scheme (lighter tones on dark backgrounds).
    static QColor stateColor(CapacityState state, const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void updateAccessibility();

    QString m_title;
    qint64 m_used = 0;
    std::optional<qint64> m_capacity;
};

} // namespace hc
