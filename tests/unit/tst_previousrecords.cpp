// What an import compares a runtime's previous records by (PreviousRecords): the content hash must tell apart any
// two records whose stored fields or flags differ — the summary's changed / unchanged depends on it — and the match
// key must pair a record with its earlier self exactly as SPEC §3's merge mode says (Id, else tenant and username).
#include "PreviousRecords.h"

#include <QTest>

using namespace hc;

class TestPreviousRecords : public QObject {
    Q_OBJECT

private slots:
    void contentHashTellsRecordsApart_data();
    void contentHashTellsRecordsApart();
    void matchKey_data();
    void matchKey();
};

namespace {

struct Fields
{
    QByteArray f[9] = {"42", "Ana Lima", "ana", "ana@acme.com", "", "", "", "2024-01-02", "2026-11-30"};
    bool active = true;
    bool itUser = false;

    quint64 hash() const
    {
        QByteArrayView views[9];
        for (int i = 0; i < 9; ++i)
            views[i] = f[i];
        return PreviousRecords::contentHash(views, active, itUser);
    }
};

} // namespace

Q_DECLARE_METATYPE(Fields)

void TestPreviousRecords::contentHashTellsRecordsApart_data()
{
    QTest::addColumn<Fields>("changed");
    QTest::addColumn<bool>("same");
    const Fields base;
    QTest::newRow("identical") << base << true;
    Fields f = base;
    f.f[3] = "ana@acme.de";
    QTest::newRow("e-mail") << f << false;
    f = base;
    f.f[1] = "Ana Lim";
    f.f[2] = "aana";
    QTest::newRow("a character moved from one field to the next") << f << false;
    f = base;
    f.f[4] = "ana@acme.com";
    f.f[3] = "";
    QTest::newRow("a value moved to another field") << f << false;
    f = base;
    f.active = false;
    QTest::newRow("deactivated") << f << false;
    f = base;
    f.itUser = true;
    QTest::newRow("IT user") << f << false;
    f = base;
    f.f[8] = "";
    QTest::newRow("last login emptied") << f << false;
}

void TestPreviousRecords::contentHashTellsRecordsApart()
{
    QFETCH(Fields, changed);
    QFETCH(bool, same);
    QCOMPARE(changed.hash() == Fields().hash(), same);
}

void TestPreviousRecords::matchKey_data()
{
    QTest::addColumn<QByteArrayList>("a"); // source id, tenant, username
    QTest::addColumn<QByteArrayList>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("same Id, other username") << QByteArrayList{"17", "", "ana"} << QByteArrayList{"17", "", "bea"} << true;
    QTest::newRow("Id with spaces") << QByteArrayList{" 17 ", "", "ana"} << QByteArrayList{"17", "", "ana"} << true;
    QTest::newRow("other Id, same username") << QByteArrayList{"17", "", "ana"} << QByteArrayList{"18", "", "ana"} << false;
    QTest::newRow("no Id: username") << QByteArrayList{"", "", "ana"} << QByteArrayList{"", "", "ana"} << true;
    QTest::newRow("no Id: username in another case") << QByteArrayList{"", "", "Ana"} << QByteArrayList{"", "", "ana"}
                                                      << true;
    QTest::newRow("no Id: same username, other tenant") << QByteArrayList{"", "t1", "ana"}
                                                         << QByteArrayList{"", "t2", "ana"} << false;
    QTest::newRow("an Id never matches a username") << QByteArrayList{"ana", "", "x"} << QByteArrayList{"", "", "ana"}
                                                     << false;
}

void TestPreviousRecords::matchKey()
{
    QFETCH(QByteArrayList, a);
    QFETCH(QByteArrayList, b);
    QFETCH(bool, same);
    const auto key = [](const QByteArrayList &r) {
        return PreviousRecords::matchKey(QString::fromUtf8(r[0]), QString::fromUtf8(r[1]), QString::fromUtf8(r[2]));
    };
    QCOMPARE(key(a) == key(b), same);
}

QTEST_APPLESS_MAIN(TestPreviousRecords)
#include "tst_previousrecords.moc"
