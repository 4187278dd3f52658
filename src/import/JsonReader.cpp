#include "JsonReader.h"

#include "MessageText.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cctype>

namespace hc {

namespace {

bool isJsonSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// UTF-16 code units of the UTF-8 bytes [begin, end): continuation bytes count nothing, four-byte sequences two.
qint64 utf16Units(const char *begin, const char *end)
{
    qint64 units = 0;
    for (const char *p = begin; p < end; ++p) {
        const auto b = static_cast<unsigned char>(*p);
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

// Offset just past the string whose opening quote is at `offset`.
qsizetype skipString(const char *p, qsizetype n, qsizetype offset)
{
    qsizetype i = offset + 1;
    while (i < n && p[i] != '"')
        i += p[i] == '\\' ? 2 : 1;
    return i + 1;
}

// The keys as a message shows them: escaped, without quotes.
QString shownKeys(const QStringList &keys)
{
    QStringList shown;
    for (const QString &key : keys)
        shown << MessageText::shown(key);
    return shown.join(QLatin1String(", "));
}

} // namespace

bool JsonReader::read(const QByteArray &utf8)
{
    m_utf8 = utf8;
    m_records = QJsonArray();
    m_recordOffsets.clear();
    m_recordPositions.clear();
    m_memberCounts.clear();
    m_errorMessage.clear();
    m_errorPosition = {};

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        m_errorMessage = tr("not valid JSON: %1").arg(parseError.errorString());
        m_errorPosition = positionOf(utf8, parseError.offset);
        return false;
    }
    const QString expected = tr("expected an array of user records, or an object holding one such array");
    if (document.isArray()) {
        m_records = document.array();
        scanRecords(true);
        return true;
    }
    if (!document.isObject()) {
        m_errorMessage = expected;
        return false;
    }
    const QJsonObject root = document.object();
    QStringList arrays;
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isArray())
            arrays << it.key();
    }
    if (arrays.size() != 1) {
        m_errorMessage = arrays.isEmpty()
            ? tr("the JSON object holds no array: %1").arg(expected)
            : tr("the JSON object holds several arrays (%1): %2").arg(shownKeys(arrays), expected);
        return false;
    }
    m_records = root.value(arrays.constFirst()).toArray();
    scanRecords(false);
    return true;
}

// One pass over the bytes finding where each element of the records array starts: inside the root array, or
// inside the only array the root object holds (so the first '[' at depth 1 of the object is it).
void JsonReader::scanRecords(bool rootIsArray)
{
    const char *p = m_utf8.constData();
    const qsizetype n = m_utf8.size();
    m_recordOffsets.reserve(m_records.size());
    m_recordPositions.reserve(m_records.size());
    m_memberCounts.reserve(m_records.size());

    const int wanted = rootIsArray ? 1 : 2; // depth inside the records array
    int depth = 0;
    int target = -1;
    bool expectElement = false;
    qint64 line = 1;
    qsizetype columnOffset = 0; // byte offset whose column is `column`
    qint64 column = 1;
    for (qsizetype i = 0; i < n; ++i) {
        const char c = p[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= n || p[i + 1] != '\n'))) {
            ++line;
            columnOffset = i + 1;
            column = 1;
            continue;
        }
        if (expectElement && depth == target && !isJsonSpace(c) && c != ',' && c != ']') {
            column += utf16Units(p + columnOffset, p + i);
            columnOffset = i;
            m_recordOffsets << i;
            m_recordPositions << Position { line, column };
            m_memberCounts << 0;
            expectElement = false;
        }
        switch (c) {
        case ':':
            if (depth == target + 1 && target > 0)
                ++m_memberCounts.last(); // a member of the record (strings, where a ':' may be, are skipped)
            break;
        case '"':
            i = skipString(p, n, i) - 1; // strings hold no raw line breaks in valid JSON
            break;
        case '{':
        case '[':
            ++depth;
            if (c == '[' && target < 0 && depth == wanted) {
                target = depth;
                expectElement = true;
            }
            break;
        case '}':
        case ']':
            if (depth == target)
                return;
            --depth;
            break;
        case ',':
            if (depth == target)
                expectElement = true;
            break;
        default:
            break;
        }
    }
}

JsonReader::Position JsonReader::recordPosition(qsizetype index) const
{
    // Duplicate keys in the root object could make the scan and the parse disagree; then positions are unknown.
    if (m_recordPositions.size() != m_records.size() || index < 0 || index >= m_recordPositions.size())
        return {};
    return m_recordPositions.at(index);
}

template<typename Visit> void JsonReader::forEachMember(qsizetype offset, Visit visit) const
{
    const char *p = m_utf8.constData();
    const qsizetype n = m_utf8.size();
    if (offset >= n || p[offset] != '{')
        return;
    int depth = 0;
    bool expectKey = false;
    for (qsizetype i = offset; i < n; ++i) {
        const char c = p[i];
        if (c == '"') {
            const qsizetype end = skipString(p, n, i);
            if (depth == 1 && expectKey) {
                expectKey = false;
                qsizetype value = end;
                while (value < n && (isJsonSpace(p[value]) || p[value] == ':'))
                    ++value;
                if (visit(i + 1, end - 1, value))
                    return;
            }
            i = end - 1;
        } else if (c == '{' || c == '[') {
            if (++depth == 1)
                expectKey = true;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return;
        } else if (c == ',' && depth == 1) {
            expectKey = true;
        }
    }
}

QString JsonReader::keyAt(qsizetype start, qsizetype end) const
{
    const QByteArray raw = m_utf8.mid(start, end - start);
    if (!raw.contains('\\'))
        return QString::fromUtf8(raw);
    // Let QJsonDocument undo the escapes.
    return QJsonDocument::fromJson('[' + m_utf8.mid(start - 1, end - start + 2) + ']').array().at(0).toString();
}

JsonReader::Position JsonReader::valuePosition(qsizetype index, const QString &key) const
{
    const Position record = recordPosition(index);
    if (record.line == 0)
        return record;
    const qsizetype start = m_recordOffsets.at(index);
    qsizetype found = -1;
    forEachMember(start, [&](qsizetype keyStart, qsizetype keyEnd, qsizetype value) {
        if (keyAt(keyStart, keyEnd) != key)
            return false;
        found = value;
        return true;
    });
    if (found < 0)
        return record;
    return positionIn(index, found);
}

JsonReader::Position JsonReader::positionIn(qsizetype index, qsizetype offset) const
{
    const Position record = recordPosition(index);
    if (record.line == 0)
        return record;
    // Count from the record's own position: bounded by the record's size even on a one-line document.
    const qsizetype start = m_recordOffsets.at(index);
    const char *p = m_utf8.constData();
    const qsizetype n = m_utf8.size();
    Position position = record;
    qsizetype lineStart = -1;
    for (qsizetype i = start; i < offset; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= n || p[i + 1] != '\n'))) {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column
        = lineStart < 0 ? record.column + utf16Units(p + start, p + offset) : 1 + utf16Units(p + lineStart, p + offset);
    return position;
}

void JsonReader::members(qsizetype index, QVector<Member> &out) const
{
    out.resize(0);
    if (recordPosition(index).line == 0)
        return;
    forEachMember(m_recordOffsets.at(index), [&](qsizetype keyStart, qsizetype keyEnd, qsizetype value) {
        out.append(Member { keyStart, keyEnd, value });
        return false;
    });
}

qsizetype JsonReader::memberCount(qsizetype index) const
{
    return recordPosition(index).line == 0 ? -1 : m_memberCounts.at(index);
}

std::optional<JsonReader::Member> JsonReader::findMember(qsizetype index, QByteArrayView utf8Key) const
{
    std::optional<Member> found;
    if (recordPosition(index).line == 0)
        return found;
    forEachMember(m_recordOffsets.at(index), [&](qsizetype keyStart, qsizetype keyEnd, qsizetype value) {
        const Member member { keyStart, keyEnd, value };
        if (hasKey(member, utf8Key))
            found = member;
        return found.has_value();
    });
    return found;
}

bool JsonReader::hasKey(const Member &member, QByteArrayView utf8Key) const
{
    const QByteArrayView raw(m_utf8.constData() + member.keyStart, member.keyEnd - member.keyStart);
    if (!raw.contains('\\'))
        return raw == utf8Key;
    return key(member) == QString::fromUtf8(utf8Key);
}

QByteArrayView JsonReader::numberText(const Member &member) const
{
    const char *p = m_utf8.constData();
    qsizetype end = member.value;
    while (end < m_utf8.size() && (std::isdigit(static_cast<unsigned char>(p[end])) || p[end] == '-' || p[end] == '+'
               || p[end] == '.' || p[end] == 'e' || p[end] == 'E'))
        ++end;
    return QByteArrayView(p + member.value, end - member.value);
}

QStringList JsonReader::keysInOrder(qsizetype index) const
{
    QStringList keys;
    if (recordPosition(index).line == 0)
        return m_records.at(index).toObject().keys();
    QSet<QString> seen; // not keys.contains(): quadratic for an object of 100 000 keys
    forEachMember(m_recordOffsets.at(index), [&](qsizetype keyStart, qsizetype keyEnd, qsizetype) {
        QString key = keyAt(keyStart, keyEnd);
        if (!seen.contains(key)) {
            seen.insert(key);
            keys << std::move(key);
        }
        return false;
    });
    return keys;
}

JsonReader::Position JsonReader::positionOf(const QByteArray &utf8, qsizetype offset)
{
    const char *p = utf8.constData();
    offset = qBound(qsizetype(0), offset, utf8.size());
    Position position { 1, 1 };
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        if (p[i] == '\n' || (p[i] == '\r' && (i + 1 >= utf8.size() || p[i + 1] != '\n'))) {
            ++position.line;
            lineStart = i + 1;
        }
    }
    position.column = 1 + utf16Units(p + lineStart, p + offset);
    return position;
}

} // namespace hc
