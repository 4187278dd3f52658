// The import's row spool (RowSpool): the rows' text waits on disk between classification and writing, so it must
// give back exactly what was appended, in order, whatever the row sizes around its read-ahead chunk.
#include "RowSpool.h"

#include <QTest>

using namespace hc;

class TestRowSpool : public QObject {
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void readBeforeRewindFails();
    void readPastTheEndFails();
};

namespace {

QByteArray rowBytes(int i, int size)
{
    QByteArray row(size, Qt::Uninitialized);
    for (int k = 0; k < size; ++k)
        row[k] = char('a' + (i * 7 + k) % 26);
    return row;
}

} // namespace

void TestRowSpool::roundTrip_data()
{
    QTest::addColumn<QVector<int>>("sizes");
    QTest::newRow("none") << QVector<int>{};
    QTest::newRow("one empty row") << QVector<int>{0};
    QVector<int> small;
    for (int i = 0; i < 50000; ++i)
        small << (i % 300); // ~7 MB: many read-aheads, rows cut by each chunk's end
    QTest::newRow("many small rows") << small;
    QTest::newRow("a row larger than the read-ahead") << QVector<int>{10, 3 << 20, 5, 0, (1 << 20) + 1, 7};
}

void TestRowSpool::roundTrip()
{
    QFETCH(QVector<int>, sizes);
    RowSpool spool;
    QVERIFY(spool.open().ok());
    for (int i = 0; i < sizes.size(); ++i) {
        const QByteArray row = rowBytes(i, sizes[i]);
        QVERIFY(spool.append(row.constData(), row.size()).ok());
    }
    const Status rewound = spool.rewind();
    QVERIFY2(rewound.ok(), qPrintable(rewound.error()));
    for (int i = 0; i < sizes.size(); ++i) {
        const auto row = spool.next(sizes[i]);
        QVERIFY2(row.ok(), qPrintable(row.error()));
        if (QByteArray(*row, sizes[i]) != rowBytes(i, sizes[i]))
            QFAIL(qPrintable(QStringLiteral("row %1 of %2 bytes differs").arg(i).arg(sizes[i])));
    }
}

void TestRowSpool::readBeforeRewindFails()
{
    RowSpool spool;
    QVERIFY(spool.open().ok());
    QVERIFY(spool.append("abc", 3).ok());
    QVERIFY(!spool.next(3).ok());
}

void TestRowSpool::readPastTheEndFails()
{
    RowSpool spool;
    QVERIFY(spool.open().ok());
    QVERIFY(spool.append("abcdef", 6).ok());
    QVERIFY(spool.rewind().ok());
    QVERIFY(spool.next(4).ok());
    const auto tooFar = spool.next(4);
    QVERIFY(!tooFar.ok());
    QVERIFY2(tooFar.error().contains(QStringLiteral("ends early")), qPrintable(tooFar.error()));
}

QTEST_GUILESS_MAIN(TestRowSpool)
#include "tst_rowspool.moc"
