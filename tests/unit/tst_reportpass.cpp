// The report's one pass over the records, without a workspace: the pipeline hands every row to every consumer in
// order, the text index is exact even when hashes collide, and the duplicate-name groups are those a plain
// QString grouping gives.
#include "NameGroups.h"
#include "RecordPipeline.h"
#include "TextIndex.h"

#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <algorithm>

using hc::NameGroups;
using hc::RecordPipeline;
using hc::RecordRow;
using hc::RecordStatus;
using hc::TextIndex;

namespace {

// The comparison the finding documents (SPEC §6), through QString.
QByteArray reference(const QByteArray &name)
{
    return QString::fromUtf8(name).simplified().toCaseFolded().toUtf8();
}

struct Stored
{
    qint64 id;
    qint64 runtimeId;
    qint64 individual;
    RecordStatus status;
    QByteArray texts[7];
    bool operator==(const Stored &o) const
    {
        return id == o.id && runtimeId == o.runtimeId && individual == o.individual && status == o.status
            && std::equal(std::begin(texts), std::end(texts), std::begin(o.texts));
    }
};

Stored stored(const RecordRow &r)
{
    return {r.id,
            r.runtimeId,
            r.individual,
            r.status,
            {r.sourceId.toByteArray(), r.tenant.toByteArray(), r.usernameKey.toByteArray(), r.emailKey.toByteArray(),
             r.domain.toByteArray(), r.name.toByteArray(), r.lastLogin.toByteArray()}};
}

} // namespace

class TestReportPass : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void textIndexComparesTextsOfOneHash();
    void textIndexGrows();
    void nameGroupsMatchAPlainGrouping();
    void nameGroupSample();
    void pipelineHandsEveryRowToEveryConsumer();
};

void TestReportPass::fold_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("plain") << QByteArray("Ana Silva");
    QTest::newRow("case and spaces") << QByteArray("  ANA \t\n SILVA\r ");
    QTest::newRow("blank") << QByteArray(" \t\r\n\v\f ");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("punctuation") << QByteArray("O'Brien-Smith, Jr. (IT)");
    QTest::newRow("accents") << QByteArray("ÁNGEL  Trần");
    QTest::newRow("no-break space") << QByteArray("Ana\xc2\xa0Silva");
    QTest::newRow("ideographic space") << QByteArray("\xe3\x80\x80王 伟\xe3\x80\x80");
    QTest::newRow("kelvin sign") << QByteArray("\xe2\x84\xaa" "ARL");
    QTest::newRow("sharp s") << QByteArray("STRAßE");
    QTest::newRow("greek final sigma") << QByteArray("ΟΔΥΣΣΕΥΣ");
    QTest::newRow("emoji") << QByteArray("Ana \xf0\x9f\x98\x80");
}

void TestReportPass::fold()
{
    QFETCH(QByteArray, name);
    QCOMPARE(NameGroups::fold(name), reference(name));
}

void TestReportPass::textIndexComparesTextsOfOneHash()
{
    // Three texts given one hash, as a 64-bit collision would: each keeps its own value.
    TextIndex index;
    index.insert("ana", 42, 1);
    index.insert("bob", 42, 2);
    index.insert("", 42, 3);
    // Longer than a slot holds, and differing in the last byte only.
    index.insert("a name longer than sixteen bytes 1", 42, 4);
    index.insert("a name longer than sixteen bytes 2", 42, 5);
    QCOMPARE(index.find("a name longer than sixteen bytes 1", 42), 4);
    QCOMPARE(index.find("a name longer than sixteen bytes 2", 42), 5);
    QCOMPARE(index.find("a name longer than sixteen bytes 3", 42), TextIndex::NotFound);
    QCOMPARE(index.find("ana", 42), 1);
    QCOMPARE(index.find("bob", 42), 2);
    QCOMPARE(index.find("", 42), 3);
    QCOMPARE(index.find("ann", 42), TextIndex::NotFound);
    QCOMPARE(index.find("ana", 43), TextIndex::NotFound);
    QCOMPARE(index.size(), 5);
}

void TestReportPass::textIndexGrows()
{
    TextIndex index;
    constexpr int N = 50000;
    for (int i = 0; i < N; ++i) {
        const QByteArray text = QByteArray::number(i * 7919) + QByteArray(i % 97, 'x');
        index.insert(text, TextIndex::hashOf(text), i);
    }
    QCOMPARE(index.size(), N);
    for (int i = 0; i < N; ++i) {
        const QByteArray text = QByteArray::number(i * 7919) + QByteArray(i % 97, 'x');
        QCOMPARE(index.find(text, TextIndex::hashOf(text)), i);
        const QByteArray other = text + 'y';
        QCOMPARE(index.find(other, TextIndex::hashOf(other)), TextIndex::NotFound);
    }
}

void TestReportPass::nameGroupsMatchAPlainGrouping()
{
    // Spellings of a few names (case, spaces, accents, a no-break space), carried by random individuals.
    const QList<QByteArray> spellings = {"Ana Silva", "ana  silva", " ANA SILVA ", "Ana\xc2\xa0Silva", "José Núñez",
                                         "JOSÉ NÚÑEZ", "jose nunez", "王伟", " 王伟", "Robin van den Berg",
                                         "robin VAN DEN berg", "Ángel Trần", "ángel trần", "Solo Person", "   "};
    QRandomGenerator random(7);
    NameGroups groups;
    QHash<QByteArray, QSet<qint64>> individuals;
    QHash<QByteArray, qint64> records;
    QHash<QByteArray, QPair<qint64, qint64>> sample; // smallest (individual, id)
    for (qint64 id = 1; id <= 20000; ++id) {
        const QByteArray &name = spellings.at(int(random.bounded(qint64(spellings.size()))));
        const QByteArray key = reference(name);
        // "Solo Person" is always one individual: never a duplicate.
        const qint64 individual = key == "solo person" ? 5 : random.bounded(1, 400);
        groups.add(name, individual, id);
        if (key.isEmpty())
            continue;
        individuals[key].insert(individual);
        ++records[key];
        if (!sample.contains(key) || qMakePair(individual, id) < sample.value(key))
            sample.insert(key, {individual, id});
    }
    QList<std::tuple<qint64, qint64, qint64>> expected;
    for (auto it = individuals.cbegin(); it != individuals.cend(); ++it) {
        if (it->size() > 1)
            expected.append({records.value(it.key()), qint64(it->size()), sample.value(it.key()).second});
    }
    QList<std::tuple<qint64, qint64, qint64>> actual;
    for (const NameGroups::Group &g : groups.shared())
        actual.append({g.records, g.individuals, g.sampleId});
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    QVERIFY(expected.size() >= 5);
    QCOMPARE(actual, expected);
}

void TestReportPass::nameGroupSample()
{
    NameGroups groups;
    groups.add("Ana Silva", 30, 1);
    groups.add("ana silva", 20, 2);
    groups.add("ANA SILVA", 20, 3);
    groups.add("Ana  Silva", 30, 4);
    groups.add("Bob", 7, 5);
    groups.add("bob", 7, 6);
    const QVector<NameGroups::Group> shared = groups.shared();
    QCOMPARE(shared.size(), 1); // Bob is one individual
    QCOMPARE(shared.at(0).records, 4);
    QCOMPARE(shared.at(0).individuals, 2);
    QCOMPARE(shared.at(0).sampleId, 2); // the first record of the smallest individual
}

void TestReportPass::pipelineHandsEveryRowToEveryConsumer()
{
    QList<Stored> sent, first, second;
    {
        RecordPipeline pipeline({[&](const RecordRow &r) { first.append(stored(r)); },
                                 [&](const RecordRow &r) { second.append(stored(r)); }});
        QRandomGenerator random(3);
        for (qint64 i = 0; i < 30000; ++i) {
            // More rows than a batch holds, empty fields, and one text longer than a whole batch.
            const QByteArray big = i == 12345 ? QByteArray(3 << 20, 'n') : QByteArray();
            const QByteArray texts[7] = {QByteArray::number(i),
                                         i % 3 ? QByteArray("tenant") : QByteArray(),
                                         "user" + QByteArray::number(random.bounded(1000)),
                                         i % 5 ? "u" + QByteArray::number(i) + "@example.com" : QByteArray(),
                                         "example.com",
                                         big.isEmpty() ? "Name " + QByteArray::number(i % 77) : big,
                                         i % 7 ? QByteArray("2026-01-02T03:04:05") : QByteArray()};
            RecordRow row;
            row.id = (qint64(1 + i / 10000) << 32) + i;
            row.runtimeId = 1 + i / 10000;
            row.individual = random.bounded(1, 5000);
            row.status = RecordStatus(i % 4);
            row.sourceId = texts[0];
            row.tenant = texts[1];
            row.usernameKey = texts[2];
            row.emailKey = texts[3];
            row.domain = texts[4];
            row.name = texts[5];
            row.lastLogin = texts[6];
            sent.append(stored(row));
            pipeline.add(row);
        }
        pipeline.finish();
    }
    QCOMPARE(first.size(), sent.size());
    QVERIFY(first == sent);
    QVERIFY(second == sent);
}

QTEST_GUILESS_MAIN(TestReportPass)
#include "tst_reportpass.moc"
