// The import's key arena (StringArena): every string it keeps must read back exactly, however many blocks it spans,
// and keep null and empty apart (an empty key never matches; a null one is "no e-mail").
#include "StringArena.h"

#include <QTest>

using namespace hc;

class TestStringArena : public QObject {
    Q_OBJECT

private slots:
    void keepsEveryString();
    void nullAndEmptyStayAsTheyAre();
};

void TestStringArena::keepsEveryString()
{
    StringArena arena;
    QStringList originals;
    QStringList kept;
    for (int i = 0; i < 200000; ++i) { // ~5 MB of characters: several blocks, strings cut by no block's end
        QString s = QStringLiteral("user%1@m\u00fcnchen-acme.de").arg(i);
        if (i % 50000 == 7)
            s = QString(100000 + i, QChar(u'a' + i % 26)); // longer than a block's share: one of its own
        originals << s;
        kept << arena.keep(s);
    }
    for (int i = 0; i < originals.size(); ++i) {
        if (kept[i] != originals[i])
            QFAIL(qPrintable(QStringLiteral("string %1 came back as %2").arg(i).arg(kept[i].left(40))));
    }
    QString copy = kept[3];
    copy += u'!'; // a copy may be changed: it detaches from the arena
    QCOMPARE(copy, originals[3] + u'!');
    QCOMPARE(kept[3], originals[3]);
}

void TestStringArena::nullAndEmptyStayAsTheyAre()
{
    StringArena arena;
    QVERIFY(arena.keep(QString()).isNull());
    const QString empty = arena.keep(QLatin1String(""));
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.isNull());
}

QTEST_APPLESS_MAIN(TestStringArena)
#include "tst_stringarena.moc"
