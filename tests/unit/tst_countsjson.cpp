// SPEC §4: the `counts --json` object, for both licence models.
#include "Counts.h"

#include <QJsonDocument>
#include <QTest>

using namespace hc;

Q_DECLARE_METATYPE(hc::Counts)

namespace {

std::optional<qint64> cap(qint64 v)
{
    return v < 0 ? std::nullopt : std::optional<qint64>(v);
}

Counts internalExternal(qint64 capInternal, qint64 capExternal, qint64 internal, qint64 external)
{
    Counts c;
    c.infrastructure = QStringLiteral("default");
    c.model = LicenceModel::InternalExternal;
    c.capacity.internal = cap(capInternal);
    c.capacity.external = cap(capExternal);
    c.unique = { internal, external };
    c.platformVersion = QStringLiteral("11.20.1");
    c.runtimes = { { QStringLiteral("prod-eu"), { 50, 3000 }, { 49, 2990 } } };
    c.excluded.itUser = 5;
    c.excluded.inactive = 200;
    c.excluded.anonymous = 10;
    return c;
}

Counts named(qint64 capNamed, qint64 total)
{
    Counts c;
    c.infrastructure = QStringLiteral("legacy");
    c.model = LicenceModel::Named;
    c.capacity.named = cap(capNamed);
    c.unique = { total, 0 };
    c.runtimes = { { QStringLiteral("dev"), { 12, 0 }, { 12, 0 } }, { QStringLiteral("prod"), { 340, 0 }, { 300, 0 } } };
    c.excluded.itUser = 1;
    c.excluded.inactive = 2;
    c.excluded.anonymous = 3;
    return c;
}

} // namespace

class TestCountsJson : public QObject {
    Q_OBJECT

private slots:
    void toJson_data();
    void toJson();
    void integersStayIntegers();
};

void TestCountsJson::toJson_data()
{
    QTest::addColumn<Counts>("counts");
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("SPEC example") << internalExternal(100, 10000, 81, 4500) << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": 100, "external": 10000},
        "unique": {"internal": 81, "external": 4500, "total": 4581},
        "platform_sum": {"internal": 49, "external": 2990, "total": 3039},
        "runtimes": [{"name": "prod-eu", "internal": 50, "external": 3000, "total": 3050,
                      "platform": {"internal": 49, "external": 2990, "total": 3039}}],
        "excluded": {"it_user": 5, "inactive": 200, "anonymous": 10},
        "over_capacity": {"internal": false, "external": false}})");
    QTest::newRow("at capacity is not over") << internalExternal(81, 4500, 81, 4500) << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": 81, "external": 4500},
        "unique": {"internal": 81, "external": 4500, "total": 4581},
        "platform_sum": {"internal": 49, "external": 2990, "total": 3039},
        "runtimes": [{"name": "prod-eu", "internal": 50, "external": 3000, "total": 3050,
                      "platform": {"internal": 49, "external": 2990, "total": 3039}}],
        "excluded": {"it_user": 5, "inactive": 200, "anonymous": 10},
        "over_capacity": {"internal": false, "external": false}})");
    QTest::newRow("over capacity") << internalExternal(80, 4499, 81, 4500) << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": 80, "external": 4499},
        "unique": {"internal": 81, "external": 4500, "total": 4581},
        "platform_sum": {"internal": 49, "external": 2990, "total": 3039},
        "runtimes": [{"name": "prod-eu", "internal": 50, "external": 3000, "total": 3050,
                      "platform": {"internal": 49, "external": 2990, "total": 3039}}],
        "excluded": {"it_user": 5, "inactive": 200, "anonymous": 10},
        "over_capacity": {"internal": true, "external": true}})");
    QTest::newRow("capacities not set") << internalExternal(-1, -1, 81, 4500) << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": null, "external": null},
        "unique": {"internal": 81, "external": 4500, "total": 4581},
        "platform_sum": {"internal": 49, "external": 2990, "total": 3039},
        "runtimes": [{"name": "prod-eu", "internal": 50, "external": 3000, "total": 3050,
                      "platform": {"internal": 49, "external": 2990, "total": 3039}}],
        "excluded": {"it_user": 5, "inactive": 200, "anonymous": 10},
        "over_capacity": {"internal": false, "external": false}})");
    QTest::newRow("one capacity set") << internalExternal(-1, 0, 81, 4500) << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": null, "external": 0},
        "unique": {"internal": 81, "external": 4500, "total": 4581},
        "platform_sum": {"internal": 49, "external": 2990, "total": 3039},
        "runtimes": [{"name": "prod-eu", "internal": 50, "external": 3000, "total": 3050,
                      "platform": {"internal": 49, "external": 2990, "total": 3039}}],
        "excluded": {"it_user": 5, "inactive": 200, "anonymous": 10},
        "over_capacity": {"internal": false, "external": true}})");

    Counts noRuntimes = internalExternal(10, 10, 0, 0);
    noRuntimes.runtimes.clear();
    noRuntimes.excluded = {};
    QTest::newRow("empty infrastructure") << noRuntimes << QByteArray(R"({
        "infrastructure": "default", "model": "internal-external", "platform_version": "11.20.1",
        "capacity": {"internal": 10, "external": 10},
        "unique": {"internal": 0, "external": 0, "total": 0},
        "platform_sum": {"internal": 0, "external": 0, "total": 0},
        "runtimes": [],
        "excluded": {"it_user": 0, "inactive": 0, "anonymous": 0},
        "over_capacity": {"internal": false, "external": false}})");

    QTest::newRow("named") << named(500, 350) << QByteArray(R"({
        "infrastructure": "legacy", "model": "named", "platform_version": null,
        "capacity": {"named": 500},
        "unique": {"total": 350},
        "platform_sum": {"total": 312},
        "runtimes": [{"name": "dev", "total": 12, "platform": {"total": 12}},
                     {"name": "prod", "total": 340, "platform": {"total": 300}}],
        "excluded": {"it_user": 1, "inactive": 2, "anonymous": 3},
        "over_capacity": {"named": false}})");
    QTest::newRow("named, over capacity") << named(349, 350) << QByteArray(R"({
        "infrastructure": "legacy", "model": "named", "platform_version": null,
        "capacity": {"named": 349},
        "unique": {"total": 350},
        "platform_sum": {"total": 312},
        "runtimes": [{"name": "dev", "total": 12, "platform": {"total": 12}},
                     {"name": "prod", "total": 340, "platform": {"total": 300}}],
        "excluded": {"it_user": 1, "inactive": 2, "anonymous": 3},
        "over_capacity": {"named": true}})");
    QTest::newRow("named, capacity not set") << named(-1, 350) << QByteArray(R"({
        "infrastructure": "legacy", "model": "named", "platform_version": null,
        "capacity": {"named": null},
        "unique": {"total": 350},
        "platform_sum": {"total": 312},
        "runtimes": [{"name": "dev", "total": 12, "platform": {"total": 12}},
                     {"name": "prod", "total": 340, "platform": {"total": 300}}],
        "excluded": {"it_user": 1, "inactive": 2, "anonymous": 3},
        "over_capacity": {"named": false}})");
}

void TestCountsJson::toJson()
{
    QFETCH(Counts, counts);
    QFETCH(QByteArray, json);

    QJsonParseError error;
    const QJsonDocument expected = QJsonDocument::fromJson(json, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    const QJsonObject actual = counts.toJson();
    // Object equality: the same keys, no more and no fewer, with the same values and types (null vs 0).
    QVERIFY2(actual == expected.object(), QJsonDocument(actual).toJson(QJsonDocument::Compact).constData());
}

// Counts are printed as JSON integers ("81", not "81.0" or "8.1e1"), also beyond 2^31.
void TestCountsJson::integersStayIntegers()
{
    Counts c = internalExternal(5'000'000'000, 10000, 4'999'999'999, 4500);
    const QByteArray text = QJsonDocument(c.toJson()).toJson(QJsonDocument::Compact);
    QVERIFY2(text.contains(R"("internal":4999999999)"), text.constData());
    QVERIFY2(text.contains(R"("capacity":{"external":10000,"internal":5000000000})"), text.constData());
    QVERIFY2(text.contains(R"("total":3050)"), text.constData());
}

QTEST_GUILESS_MAIN(TestCountsJson)
#include "tst_countsjson.moc"
