// The dashboard's trend chart and forecast (issue 9) in the real main window, offscreen: the stored snapshots drawn
// against the capacities, the forecast line equal to core's Forecast on the same snapshots, the figures readable as
// text, and a change made in the console adding its point at once.
#include "CountsHistory.h"
#include "DashboardWidget.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "Settings.h"
#include "TrendChartWidget.h"
#include "WorkspaceSession.h"

#include <QAbstractButton>
#include <QChartView>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace hc;

namespace {

UserRecord external(int i)
{
    UserRecord r;
    r.sourceId = QString::number(i);
    r.username = QStringLiteral("guest%1").arg(i);
    r.name = r.username;
    r.email = QStringLiteral("guest%1@partner.org").arg(i);
    r.lastLogin = QStringLiteral("2026-11-01");
    return r;
}

void setClock(const QDateTime &at)
{
    qputenv("HEADCOUNT_NOW", at.toUTC().toString(Qt::ISODate).toLatin1());
}

} // namespace

class TestTrend : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void chartShowsHistoryAndForecast();
    void changeInConsoleAddsPoint();
    void changeOnAnotherViewDrawnWhenShown();
    void namedModelDrawsOneCapacity();

private:
    bool openWindow();
    TrendChartWidget *trend() const { return window()->dashboard()->trend(); }

    std::unique_ptr<test::WindowFixture> m_fx; // temporary folder, settings, workspace path and window
    MainWindow *window() const { return m_fx->window(); }
};

void TestTrend::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QLocale::setDefault(QLocale::c());
}

// Twelve days of imports (one more external user a day, 5 to 16) on top of the sample workspace, capacity external
// 156 → a rising external line; the clock then stands on the last day.
void TestTrend::init()
{
    m_fx = std::make_unique<test::WindowFixture>(QStringLiteral("trend.headcount"));
    VERIFY_OK(m_fx->check());
    const QDateTime start(QDate(2026, 11, 1), QTime(9, 0), Qt::UTC);
    setClock(start);
    VERIFY_OK(test::buildSampleWorkspace(m_fx->workspacePath()));
    auto ws = Workspace::open(m_fx->workspacePath());
    VERIFY_OK(ws);
    const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
    QVector<UserRecord> guests;
    for (int day = 1; day <= 12; ++day) {
        setClock(start.addDays(day));
        guests.append(external(day));
        VERIFY_OK((*ws)->imports().importRecords(infra, QStringLiteral("partners"), guests, ImportMode::Replace));
    }
}

void TestTrend::cleanup()
{
    m_fx.reset();
    qunsetenv("HEADCOUNT_NOW");
}

bool TestTrend::openWindow()
{
    return m_fx->openWindow(QSize(1100, 760)).ok();
}

void TestTrend::chartShowsHistoryAndForecast()
{
    QVERIFY(openWindow());
    QVERIFY(trend());
    auto ws = Workspace::open(m_fx->workspacePath());
    VERIFY_OK(ws);
    const auto snapshots = CountsHistory((*ws)->database()).snapshots((*ws)->infrastructureStore().infrastructure()->id);
    VERIFY_OK(snapshots);
    QVERIFY(snapshots->size() > 12);

    QCOMPARE(trend()->seriesNames(),
             (QStringList{QStringLiteral("Internal users"), QStringLiteral("Internal capacity"),
                          QStringLiteral("External users"), QStringLiteral("External capacity")}));
    // Every snapshot, and the last figure carried on to today.
    QCOMPARE(trend()->pointCount(QStringLiteral("External users")), int(snapshots->size()) + 1);

    const Forecast expected = Forecast::compute(*snapshots, CountsHistory::now().date());
    QCOMPARE(trend()->forecast().capacities.size(), 2);
    const CapacityForecast &ext = trend()->forecast().capacities.at(1);
    QCOMPARE(int(ext.kind), int(CapacityKind::External));
    QCOMPARE(ext.reachesNear, expected.capacities.at(1).reachesNear);
    QCOMPARE(ext.days, 13); // the sample's day and twelve days of imports
    QVERIFY(ext.slopePerDay > 0);
    auto *label = window()->findChild<QLabel *>(QStringLiteral("forecastLabel"));
    QVERIFY(label && label->isVisible());
    QVERIFY2(label->text().contains(Forecast::describe(expected.capacities.at(1))), qPrintable(label->text()));

    // The chart's figures as text, for a screen reader.
    auto *view = window()->findChild<QChartView *>(QStringLiteral("trendChart"));
    QVERIFY(view && view->isVisible());
    QVERIFY(!view->accessibleName().isEmpty());
    const qint64 externalNow = snapshots->constLast().unique.external;
    QVERIFY2(view->accessibleDescription().contains(QStringLiteral("External users now %1 of 156").arg(externalNow)),
             qPrintable(view->accessibleDescription()));
    QVERIFY(!window()->findChild<QLabel *>(QStringLiteral("trendEmptyLabel"))->isVisible());
}

void TestTrend::changeInConsoleAddsPoint()
{
    QVERIFY(openWindow());
    const int before = trend()->pointCount(QStringLiteral("Internal users"));
    const qint64 internalBefore = window()->session()->counts().unique.internal;
    // Owning partner.org makes the twelve guests internal: one change, one new point, the chart current at once.
    VERIFY_OK(window()->session()->change([](Workspace &w) {
        return w.domainStore().addDomains(w.infrastructureStore().infrastructure()->id, {QStringLiteral("partner.org")});
    }));
    QTRY_COMPARE(trend()->pointCount(QStringLiteral("Internal users")), before + 1);
    QCOMPARE(window()->session()->history().constLast().unique.internal, internalBefore + 12);
}

// A hidden chart is not redrawn after every change (its scene took ~50 ms of the GUI thread after each bulk decision
// on a million records, issue 10): the figures follow at once, the drawing when the dashboard is shown again.
void TestTrend::changeOnAnotherViewDrawnWhenShown()
{
    QVERIFY(openWindow());
    const int before = trend()->pointCount(QStringLiteral("Internal users"));
    QVERIFY(test::showView(*window(), QStringLiteral("usersView")));
    QTRY_VERIFY(!trend()->isVisible());
    VERIFY_OK(window()->session()->change([](Workspace &w) {
        return w.domainStore().addDomains(w.infrastructureStore().infrastructure()->id, {QStringLiteral("partner.org")});
    }));
    const qint64 internalNow = window()->session()->counts().unique.internal;
    QVERIFY2(trend()->summary().contains(QLocale().toString(internalNow)), qPrintable(trend()->summary()));
    QCOMPARE(trend()->pointCount(QStringLiteral("Internal users")), before);
    QVERIFY(test::showView(*window(), QStringLiteral("dashboard")));
    QTRY_COMPARE(trend()->pointCount(QStringLiteral("Internal users")), before + 1);
}

void TestTrend::namedModelDrawsOneCapacity()
{
    {
        auto ws = Workspace::open(m_fx->workspacePath());
        VERIFY_OK(ws);
        const qint64 infra = (*ws)->infrastructureStore().infrastructure()->id;
        VERIFY_OK((*ws)->infrastructureStore().setLicenceModel(infra, LicenceModel::Named));
        VERIFY_OK((*ws)->infrastructureStore().setCapacity(infra, {std::nullopt, std::nullopt, 400}));
    }
    QVERIFY(openWindow());
    QCOMPARE(trend()->seriesNames(), (QStringList{QStringLiteral("Named users"), QStringLiteral("Named capacity")}));
    QCOMPARE(trend()->forecast().capacities.size(), 1);
    QCOMPARE(trend()->forecast().capacities.first().capacity, std::optional<qint64>(400));
    // Capacities of the earlier (internal/external) snapshots are not named ones: only the last two points draw.
    QCOMPARE(trend()->pointCount(QStringLiteral("Named capacity")), 2);
}

QTEST_MAIN(TestTrend)
#include "tst_trend.moc"
