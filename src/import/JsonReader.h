#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonArray>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hc {

// A JSON export (SPEC §3): an array of records, or an object holding exactly one such array. QJsonDocument does
// the parsing; a light scan of the raw bytes adds what it does not keep: where each record starts, the document
// order of keys and, on demand, where a value is (for messages).
class JsonReader {
    Q_DECLARE_TR_FUNCTIONS(hc::JsonReader)

public:
    struct Position {
        qint64 line = 0; // 1-based
        qint64 column = 0; // 1-based, in UTF-16 code units
    };

    // Parses UTF-8 text (without a byte order mark). False on a syntax error or another shape of document.
    bool read(const QByteArray &utf8);

    const QJsonArray &records() const { return m_records; }
    // Where record `index` starts (its opening brace for an object).
    Position recordPosition(qsizetype index) const;
    // Where the value of `key` in record `index` starts; the record's own position when it cannot be found.
    Position valuePosition(qsizetype index, const QString &key) const;
    // The keys of record `index` in document order (QJsonObject keeps them sorted).
    QStringList keysInOrder(qsizetype index) const;

    // One member of a record object as written: byte offsets of its key (without the quotes) and of its value.
    struct Member {
        qsizetype keyStart = 0;
        qsizetype keyEnd = 0;
        qsizetype value = 0;
    };
    // The members of record `index` in document order, a key given twice included (QJsonObject keeps only the last
    // of them). Empty when the record's position is unknown.
    void members(qsizetype index, QVector<Member> &out) const;
    // How many members record `index` has as written (counted by the scan that finds the records, so free); -1 when
    // unknown. More than its QJsonObject has means a key given twice.
    qsizetype memberCount(qsizetype index) const;
    // The first member of record `index` whose key is `utf8Key`, looked for only as far as it (an Id comes early).
    std::optional<Member> findMember(qsizetype index, QByteArrayView utf8Key) const;
    QString key(const Member &member) const { return keyAt(member.keyStart, member.keyEnd); }
    // Whether the member's key is `utf8Key` (compared as bytes unless the key is written with escapes).
    bool hasKey(const Member &member, QByteArrayView utf8Key) const;
    // The number token a member's value is written as (the value must be a number): QJsonValue keeps a double,
    // which rounds 9007199254740993 and drops the zero of 1.50.
    QByteArrayView numberText(const Member &member) const;
    // Where a byte offset inside record `index` is.
    Position positionIn(qsizetype index, qsizetype offset) const;

    // The error of the last read(): position is 0:0 when the problem is the document as a whole.
    const QString &errorMessage() const { return m_errorMessage; }
    Position errorPosition() const { return m_errorPosition; }

    // Line and column of a byte offset.
    static Position positionOf(const QByteArray &utf8, qsizetype offset);

private:
    void scanRecords(bool rootIsArray);
    // Calls `visit(keyStart, keyEnd, valueOffset)` for each member of the object starting at `offset` until it
    // returns true.
    template<typename Visit> void forEachMember(qsizetype offset, Visit visit) const;
    QString keyAt(qsizetype start, qsizetype end) const;

    QByteArray m_utf8;
    QJsonArray m_records;
    QVector<qsizetype> m_recordOffsets;
    QVector<Position> m_recordPositions;
    QVector<qsizetype> m_memberCounts;
    QString m_errorMessage;
    Position m_errorPosition;
};

} // namespace hc
