// The capacity forecast of issue 9 (core/History): a least-squares slope through the daily figures of the last 90
// days, projected from the latest figure to 80 % and 100 % of each capacity, within a 365-day horizon.
#include "History.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace hc;

namespace {

const QDate Today(2026, 12, 1);

// Snapshots of an internal/external infrastructure: (days before today, internal, external), capacity 1000/5000.
QVector<CountSnapshot> series(const QVector<std::tuple<int, qint64, qint64>> &points,
                              Capacity capacity = {1000, 5000, std::nullopt})
{
    QVector<CountSnapshot> list;
    for (const auto &[daysAgo, internal, external] : points) {
        CountSnapshot s;
        s.at = QDateTime(Today.addDays(-daysAgo), QTime(12, 0), Qt::UTC);
        s.unique = {internal, external};
        s.capacity = capacity;
        list.append(s);
    }
    return list;
}

std::optional<QDate> inDays(int days)
{
    return Today.addDays(days);
}

} // namespace

class TestForecast : public QObject {
    Q_OBJECT

private slots:
    void internalForecast_data();
    void internalForecast();
    void lastSnapshotOfTheDayCounts();
    void namedModel();
    void noCapacity();
    void describeInPlainWords();
    void historyJson();
};

Q_DECLARE_METATYPE(CapacityForecast::State)

void TestForecast::internalForecast_data()
{
    QTest::addColumn<QVector<CountSnapshot>>("snapshots");
    QTest::addColumn<CapacityForecast::State>("state");
    QTest::addColumn<double>("slope");
    QTest::addColumn<std::optional<QDate>>("near");
    QTest::addColumn<std::optional<QDate>>("full");

    using S = CapacityForecast::State;
    const std::optional<QDate> none;
    // +10 a day from 600: 800 (80 %) in 20 days, 1000 in 40.
    QTest::newRow("rising 10 a day")
        << series({{10, 500, 0}, {5, 550, 0}, {0, 600, 0}}) << S::Rising << 10.0 << inDays(20) << inDays(40);
    // A fractional day rounds up: 2.75 a day from 791 reaches 800 after 3.3 days, so on the 4th.
    QTest::newRow("fraction rounds up")
        << series({{4, 780, 0}, {0, 791, 0}}) << S::Rising << 2.75 << inDays(4) << inDays(76);
    QTest::newRow("already at 80 %")
        << series({{2, 790, 0}, {0, 800, 0}}) << S::Rising << 5.0 << inDays(0) << inDays(40);
    QTest::newRow("over capacity, falling")
        << series({{2, 1300, 0}, {0, 1200, 0}}) << S::NotRising << -50.0 << inDays(0) << inDays(0);
    QTest::newRow("flat") << series({{30, 500, 0}, {0, 500, 0}}) << S::NotRising << 0.0 << none << none;
    QTest::newRow("falling") << series({{30, 700, 0}, {0, 600, 0}}) << S::NotRising << -100.0 / 30 << none << none;
    // 0.5 a day from 500: 80 % in 600 days, beyond the 365-day horizon.
    QTest::newRow("beyond the horizon")
        << series({{10, 495, 0}, {0, 500, 0}}) << S::Rising << 0.5 << none << none;
    QTest::newRow("one day only") << series({{0, 100, 0}}) << S::Insufficient << 0.0 << none << none;
    QTest::newRow("no snapshot in the window")
        << series({{200, 100, 0}, {120, 500, 0}}) << S::Insufficient << 0.0 << none << none;
    // Only the last 90 days are fitted: the old rise does not count, the recent flat line does.
    QTest::newRow("old rise outside the window")
        << series({{300, 100, 0}, {200, 400, 0}, {60, 500, 0}, {0, 500, 0}}) << S::NotRising << 0.0 << none << none;
    // Least squares, not the two ends: points 0, 10, 20 at (100, 300, 200) give a slope of 5 a day.
    QTest::newRow("least squares")
        << series({{20, 100, 0}, {10, 300, 0}, {0, 200, 0}}) << S::Rising << 5.0 << inDays(120) << inDays(160);
}

void TestForecast::internalForecast()
{
    QFETCH(QVector<CountSnapshot>, snapshots);
    QFETCH(CapacityForecast::State, state);
    QFETCH(double, slope);
    QFETCH(std::optional<QDate>, near);
    QFETCH(std::optional<QDate>, full);

    const Forecast f = Forecast::compute(snapshots, Today);
    QCOMPARE(f.capacities.size(), 2);
    const CapacityForecast &internal = f.capacities.first();
    QCOMPARE(int(internal.kind), int(CapacityKind::Internal));
    QCOMPARE(int(internal.state), int(state));
    QVERIFY2(qAbs(internal.slopePerDay - slope) < 1e-9, qPrintable(QString::number(internal.slopePerDay)));
    QCOMPARE(internal.reachesNear, near);
    QCOMPARE(internal.reachesFull, full);
    QCOMPARE(internal.used, snapshots.constLast().unique.internal);
    QCOMPARE(internal.capacity, std::optional<qint64>(1000));
}

void TestForecast::lastSnapshotOfTheDayCounts()
{
    // Fifty clicks on one afternoon are one day's figure: the day ends at 600, so the slope is (600-500)/10.
    QVector<CountSnapshot> list = series({{10, 500, 0}});
    for (int i = 0; i < 50; ++i) {
        CountSnapshot s = list.constFirst();
        s.at = QDateTime(Today, QTime(9, 0).addSecs(i * 60), Qt::UTC);
        s.unique.internal = i == 49 ? 600 : 100 + i;
        list.append(s);
    }
    const Forecast f = Forecast::compute(list, Today);
    QCOMPARE(f.capacities.first().days, 2);
    QVERIFY(qAbs(f.capacities.first().slopePerDay - 10.0) < 1e-9);
    QCOMPARE(f.capacities.first().used, 600);
}

void TestForecast::namedModel()
{
    QVector<CountSnapshot> list = series({{10, 300, 100}, {0, 400, 100}}, {std::nullopt, std::nullopt, 1000});
    for (CountSnapshot &s : list)
        s.model = LicenceModel::Named;
    const Forecast f = Forecast::compute(list, Today);
    QCOMPARE(f.capacities.size(), 1);
    const CapacityForecast &named = f.capacities.first();
    QCOMPARE(int(named.kind), int(CapacityKind::Named));
    QCOMPARE(named.used, 500); // named counts everyone
    QCOMPARE(named.reachesNear, inDays(30));
    QCOMPARE(named.reachesFull, inDays(50));
}

void TestForecast::noCapacity()
{
    const Forecast f = Forecast::compute(series({{10, 300, 100}, {0, 400, 200}}, {}), Today);
    QCOMPARE(int(f.capacities.at(0).state), int(CapacityForecast::State::NoCapacity));
    QCOMPARE(int(f.capacities.at(1).state), int(CapacityForecast::State::NoCapacity));
    QVERIFY(!f.capacities.at(0).reachesFull);
    QVERIFY(Forecast::compute({}, Today).capacities.isEmpty());
}

void TestForecast::describeInPlainWords()
{
    QLocale::setDefault(QLocale::c());
    const Forecast f = Forecast::compute(series({{10, 500, 4000}, {5, 550, 4000}, {0, 600, 4000}}), Today);
    const QString internal = Forecast::describe(f.capacities.at(0));
    QVERIFY2(internal.startsWith(QStringLiteral("Internal users: reach 80 % of the capacity on ")), qPrintable(internal));
    QVERIFY2(internal.contains(QLocale().toString(Today.addDays(20), QLocale::LongFormat)), qPrintable(internal));
    QVERIFY2(internal.contains(QLocale().toString(Today.addDays(40), QLocale::LongFormat)), qPrintable(internal));
    QVERIFY2(internal.contains(QStringLiteral("3 day")) && internal.contains(QStringLiteral("last 90 days")),
             qPrintable(internal));
    const QString external = Forecast::describe(f.capacities.at(1));
    QVERIFY2(external.contains(QStringLiteral("at 80 % of the capacity already")), qPrintable(external));
    QVERIFY2(external.contains(QStringLiteral("not 100 % within 365 day")), qPrintable(external));
    const QString single = Forecast::describe(Forecast::compute(series({{0, 1, 1}}), Today).capacities.at(0));
    QVERIFY2(single.contains(QStringLiteral("not enough history")), qPrintable(single));
}

void TestForecast::historyJson()
{
    const QVector<CountSnapshot> list = series({{10, 500, 10}, {0, 600, 20}});
    const QJsonObject o = historyToJson(QStringLiteral("acme"), list, Forecast::compute(list, Today));
    QCOMPARE(o[QStringLiteral("infrastructure")].toString(), QStringLiteral("acme"));
    const QJsonArray snaps = o[QStringLiteral("snapshots")].toArray();
    QCOMPARE(snaps.size(), 2);
    QCOMPARE(snaps.at(1)[QStringLiteral("at")].toString(), QStringLiteral("2026-12-01T12:00:00.000Z"));
    QCOMPARE(snaps.at(1)[QStringLiteral("unique")][QStringLiteral("internal")].toInteger(), 600);
    QCOMPARE(snaps.at(1)[QStringLiteral("unique")][QStringLiteral("total")].toInteger(), 620);
    QCOMPARE(snaps.at(1)[QStringLiteral("capacity")][QStringLiteral("external")].toInteger(), 5000);
    const QJsonObject internal = o[QStringLiteral("forecast")][QStringLiteral("internal")].toObject();
    QCOMPARE(internal[QStringLiteral("state")].toString(), QStringLiteral("rising"));
    QCOMPARE(internal[QStringLiteral("reaches_80")].toString(), QStringLiteral("2026-12-21"));
    QCOMPARE(internal[QStringLiteral("reaches_100")].toString(), QStringLiteral("2027-01-10"));
    QCOMPARE(internal[QStringLiteral("slope_per_day")].toDouble(), 10.0);
    QCOMPARE(o[QStringLiteral("forecast")][QStringLiteral("horizon_days")].toInt(), 365);
    QVERIFY(o[QStringLiteral("forecast")][QStringLiteral("external")][QStringLiteral("reaches_100")].isNull());
}

QTEST_GUILESS_MAIN(TestForecast)
#include "tst_forecast.moc"
