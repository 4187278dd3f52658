#pragma once

#include "TextIndex.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QVector>

namespace hc {

// Groups the names of counted records as the duplicate-name finding compares them (QString::simplified, then
// case-folded) and counts the distinct individuals behind each, exactly: names are keyed by their folded bytes,
// not by a hash (TextIndex). A record costs about a lookup; a name that is not plain ASCII is folded (through
// QString) once per spelling, not once per record; only the records whose individual is not the first of their
// name are kept for the distinct count, and counted by group at the end instead of sorting them all.
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
    static constexpr int Blank = -2; // the group of the names that fold to nothing

    int groupOf(QByteArrayView name);
    int groupOfFolded(QByteArrayView folded);

    TextIndex m_byFolded; // folded name -> group
    TextIndex m_byRaw;    // a name that is not plain ASCII, as stored -> group, or Blank
    QVector<State> m_groups;
    QVector<Other> m_others; // records whose individual is not the first of their group
    QByteArray m_folded;     // scratch
};

} // namespace hc
