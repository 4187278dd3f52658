#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QVector>

#include <memory>
#include <vector>

namespace hc {

// Groups the names of counted records as the duplicate-name finding compares them (QString::simplified, then
// case-folded) and counts the distinct individuals behind each, exactly: names are keyed by their folded bytes,
// not by a hash, and stored once each in a few large blocks (no allocation per record). A million records cost
// about a hash lookup each; a name is folded once per distinct spelling (names that are not plain ASCII), and only
// the records whose individual is not the first of their name are kept for the distinct count.
class NameGroups
{
public:
    struct Group
    {
        qint64 records = 0;
        qint64 individuals = 0;
        qint64 sampleId = 0; // the record of the name's smallest individual, the first such record if several
    };

    NameGroups();
    ~NameGroups();
    NameGroups(const NameGroups &) = delete;
    NameGroups &operator=(const NameGroups &) = delete;

    // A counted record's name (raw UTF-8, as stored); blank names are not grouped.
    void add(QByteArrayView name, qint64 individual, qint64 id);
    // The names carried by more than one individual, in no particular order. Call once, after the last add().
    QVector<Group> shared();

    // The name as compared, in UTF-8: simplified (trimmed, inner white space one space) and case-folded; empty for
    // a blank name. Plain ASCII names are folded byte by byte.
    static QByteArray fold(QByteArrayView utf8);

private:
    // Byte strings kept in blocks that never move, so that views of them can key a QHash.
    class Store
    {
    public:
        QByteArrayView keep(QByteArrayView bytes);

    private:
        std::vector<std::unique_ptr<char[]>> m_blocks;
        qsizetype m_used = 0;
        qsizetype m_size = 0;
    };
    struct State
    {
        qint64 records = 0;
        qint64 firstIndividual = 0;
        qint64 lastIndividual = 0;
        qint64 sampleIndividual = 0;
        qint64 sampleId = 0;
    };
    struct Other
    {
        qint32 group;
        qint64 individual;
    };
    static constexpr int NotFound = -1;
    static constexpr int Blank = -2; // a group index for the names that fold to nothing

    // Texts to indices, exact: an open-addressing table of the texts' 64-bit hashes, a text compared byte for byte
    // when its hash matches. Flat, so that a lookup costs a cache miss or two: a QHash over a million records cost
    // twice as much as the sort it replaced.
    class Index
    {
    public:
        // The value stored for `text` (`hash`: hashOf(text)), or NotFound.
        int find(QByteArrayView text, size_t hash) const;
        // `keptText` (not in the index yet) must outlive the index.
        void insert(QByteArrayView keptText, size_t hash, int value);

    private:
        struct Slot
        {
            size_t hash = 0;
            const char *text = nullptr;
            qsizetype size = -1; // -1: free
            int value = NotFound;
        };
        void grow();

        std::vector<Slot> m_slots; // a power of two, at most half used
        size_t m_used = 0;
    };

    int groupOf(QByteArrayView name);
    int groupOfFolded(QByteArrayView folded);

    Store m_store;
    Index m_byFolded; // folded name -> group
    Index m_byRaw;    // a name that is not plain ASCII, as stored -> group, or Blank
    QVector<State> m_groups;
    QVector<Other> m_others; // records whose individual is not the first of their group
    QByteArray m_folded;     // scratch
};

} // namespace hc
