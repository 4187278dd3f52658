#include "ExportReader.h"
#include "MappedPages.h"

#include "CsvReader.h"
#include "FieldMapping.h"
#include "JsonReader.h"
#include "MessageText.h"
#include "TextDecoder.h"
#include "ValueParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>
#include <optional>
#include <utility>

#include <cmath>
#include <cstring>

namespace hc {

namespace {

using Field = FieldMapping::Field;

Result<ExportData> fail(const ReadOptions &options, const ImportProblem &p)
{
    if (options.failure)
        *options.failure = p;
    return Result<ExportData>::failure(p.toString());
}

// Where finished records go: kept in ExportData, or handed to a sink a batch at a time.
class RecordOutput {
public:
    RecordOutput(ExportData &data, const RecordBatchSink *sink, int batchSize)
        : m_data(data)
        , m_sink(sink && *sink ? sink : nullptr)
        , m_batchSize(qMax(1, batchSize))
    {
        if (m_sink)
            reserve(m_batchSize);
    }

    void reserve(qsizetype expected)
    {
        if (m_sink)
            expected = qMin<qsizetype>(expected, m_batchSize);
        m_data.records.reserve(expected);
        m_data.recordLines.reserve(expected);
    }
    UserRecord &add() { return m_data.records.emplace_back(); }
    void discard() { m_data.records.removeLast(); }
    // False when the sink asked to stop.
    bool commit(qint64 line)
    {
        m_data.recordLines << line;
        ++m_data.recordCount;
        return m_data.records.size() < m_batchSize || flush();
    }
    bool flush()
    {
        if (!m_sink || m_data.records.isEmpty())
            return true;
        const bool more = (*m_sink)(m_data.records, m_data.recordLines);
        m_data.records.clear(); // keeps the capacity: the next batch reuses it
        m_data.recordLines.clear();
        return more;
    }

private:
    ExportData &m_data;
    const RecordBatchSink *m_sink;
    qsizetype m_batchSize;
};

// A NUL is no character of any export: a damaged file, or UTF-16 without a byte order mark read as bytes.
QString nulMessage()
{
    return ExportReader::tr("the value holds a NUL byte: the file may be damaged");
}

Result<ExportData> cancelled(const ReadOptions &options, const QString &file)
{
    return fail(options, ImportProblem::at(file, 0, 0, {}, ExportReader::tr("cancelled"), ImportError::Cancelled));
}

QString *textField(UserRecord &record, Field field)
{
    switch (field) {
    case Field::Id:
        return &record.sourceId;
    case Field::Name:
        return &record.name;
    case Field::Username:
        return &record.username;
    case Field::Email:
        return &record.email;
    case Field::MobilePhone:
        return &record.phone;
    case Field::ExternalId:
        return &record.externalId;
    case Field::TenantId:
        return &record.tenant;
    default:
        return nullptr;
    }
}

// Sets one field from its text; text fields are kept exactly as read. False with a message on a bad value.
bool setFromText(UserRecord &record, Field field, QStringView text, QString *error)
{
    switch (field) {
    case Field::Ignored:
    case Field::Password: // never kept, not even looked at
        return true;
    case Field::IsActive:
        if (ValueParser::parseBoolean(text, true, &record.active))
            return true;
        *error = ValueParser::notBooleanMessage(text);
        return false;
    case Field::IsItUser:
        if (ValueParser::parseBoolean(text, false, &record.itUser))
            return true;
        *error = ValueParser::notBooleanMessage(text);
        return false;
    case Field::CreationDate:
    case Field::LastLogin:
        if (ValueParser::parseDate(text, field == Field::LastLogin ? &record.lastLogin : &record.creationDate))
            return true;
        *error = ValueParser::notDateMessage(text);
        return false;
    default:
        *textField(record, field) = text.toString();
        return true;
    }
}

// Typed values (booleans, dates) are short and ASCII when valid: widened on the stack instead of allocated.
class Widened {
public:
    QStringView operator()(QByteArrayView utf8)
    {
        if (utf8.size() <= Capacity) {
            bool ascii = true;
            for (qsizetype i = 0; i < utf8.size() && ascii; ++i) {
                const auto b = static_cast<unsigned char>(utf8[i]);
                ascii = b < 0x80;
                m_buffer[i] = b;
            }
            if (ascii)
                return QStringView(m_buffer, utf8.size());
        }
        m_fallback = QString::fromUtf8(utf8);
        return m_fallback;
    }

private:
    static constexpr qsizetype Capacity = 64;
    char16_t m_buffer[Capacity];
    QString m_fallback;
};

// The CSV side: text fields are decoded straight into the record.
bool setFromUtf8(UserRecord &record, Field field, QByteArrayView utf8, Widened &widen, QString *error)
{
    if (QString *text = textField(record, field)) {
        *text = QString::fromUtf8(utf8);
        return true;
    }
    if (field == Field::Ignored || field == Field::Password)
        return true;
    return setFromText(record, field, widen(utf8), error);
}

QString numberText(double value)
{
    if (std::isfinite(value) && value == std::trunc(value) && std::fabs(value) < 9007199254740992.0)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// JSON values may be strings, numbers, booleans or null: numbers and booleans become text where a text field
// wants one; null is the empty value.
bool setFromJson(UserRecord &record, Field field, const QJsonValue &value, QString *error)
{
    if (field == Field::Ignored || field == Field::Password)
        return true;
    QString *text = textField(record, field);
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return setFromText(record, field, {}, error);
    case QJsonValue::String:
        if (value.toString().contains(QChar(0))) {
            *error = nulMessage();
            return false;
        }
        if (text) {
            *text = value.toString();
            return true;
        }
        return setFromText(record, field, value.toString(), error);
    case QJsonValue::Bool:
        if (field == Field::IsActive)
            record.active = value.toBool();
        else if (field == Field::IsItUser)
            record.itUser = value.toBool();
        else if (text)
            *text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else
            return setFromText(record, field, value.toBool() ? u"true" : u"false", error);
        return true;
    case QJsonValue::Double:
        if (text) {
            *text = numberText(value.toDouble());
            return true;
        }
        return setFromText(record, field, numberText(value.toDouble()), error);
    case QJsonValue::Array:
        *error = ExportReader::tr("expected a string, number, boolean or null, not an array");
        return false;
    case QJsonValue::Object:
        *error = ExportReader::tr("expected a string, number, boolean or null, not an object");
        return false;
    }
    return true;
}

// Numbers (>= 0) to lines, open addressing with linear probing: for 250 000 Ids a QHash spent 16 % of a whole read
// in its lookups (a cache miss each), this a fraction of that.
class NumberLines {
public:
    void reserve(qsizetype expected)
    {
        qsizetype capacity = 64;
        while (capacity < expected * 2)
            capacity *= 2;
        if (capacity > m_slots.size())
            rehash(capacity);
    }
    // The line stored for `number`; else stores `line` and returns nullopt.
    std::optional<qint64> add(qint64 number, qint64 line)
    {
        if ((m_used + 1) * 2 > m_slots.size())
            rehash(qMax<qsizetype>(64, m_slots.size() * 2));
        Slot &slot = find(number);
        if (slot.key != 0)
            return slot.line;
        slot = Slot { number + 1, line };
        ++m_used;
        return std::nullopt;
    }

private:
    struct Slot {
        qint64 key = 0; // number + 1; 0 is empty
        qint64 line = 0;
    };
    Slot &find(qint64 number)
    {
        const auto mask = quint64(m_slots.size() - 1);
        auto i = (quint64(number) * 0x9E3779B97F4A7C15ull) >> 20 & mask; // Fibonacci hashing spreads runs of Ids
        while (m_slots[qsizetype(i)].key != 0 && m_slots[qsizetype(i)].key != number + 1)
            i = (i + 1) & mask;
        return m_slots[qsizetype(i)];
    }
    void rehash(qsizetype capacity)
    {
        QVector<Slot> old = std::exchange(m_slots, QVector<Slot>(capacity));
        for (const Slot &slot : std::as_const(old)) {
            if (slot.key != 0)
                find(slot.key - 1) = slot;
        }
    }

    QVector<Slot> m_slots;
    qsizetype m_used = 0;
};

// The records' Ids seen so far, with the line of each: two records of one file with the same non-empty Id are an
// error naming both lines (SPEC §3), since merge mode keys on the Id. Only records kept are registered, so that a
// skipped row's Id is no one's.
class IdLines {
public:
    void reserve(qsizetype expected) { m_numbers.reserve(expected); }
    // The line of the earlier record with this Id; nullopt (and the Id registered) when there is none.
    std::optional<qint64> add(const QString &id, qint64 line)
    {
        if (id.isEmpty())
            return std::nullopt;
        // The usual Id is a number: keyed as one, it costs no string kept alive (a set of strings doubled the time
        // of reading 250 000 records). Digits without a leading zero are one number each, so this stays exact.
        if (const qint64 number = plainNumber(id); number >= 0)
            return m_numbers.add(number, line);
        if (const auto it = m_lineOfText.constFind(id); it != m_lineOfText.cend())
            return *it;
        m_lineOfText.insert(id, line);
        return std::nullopt;
    }
    static QString message(const QString &id, qint64 earlierLine)
    {
        return ExportReader::tr("%1 is already the Id of the record at line %2")
            .arg(MessageText::quoted(id))
            .arg(earlierLine);
    }

private:
    // The value of 1 to 18 ASCII digits without a leading zero ("0" itself included); -1 for any other text.
    static qint64 plainNumber(const QString &id)
    {
        if (id.size() > 18 || (id.size() > 1 && id.front() == u'0'))
            return -1;
        qint64 value = 0;
        for (const QChar c : id) {
            if (c < u'0' || c > u'9')
                return -1;
            value = value * 10 + (c.unicode() - u'0');
        }
        return value;
    }

    NumberLines m_numbers;
    QHash<QString, qint64> m_lineOfText;
};

// The CSV side, one method per phase: the header, then each row.
class CsvExport {
public:
    CsvExport(QByteArrayView utf8, const QString &file, const ReadOptions &options, ExportData &data,
        const RecordBatchSink *sink, MappedPages *pages)
        : m_utf8(utf8)
        , m_pages(pages)
        , m_file(file)
        , m_options(options)
        , m_data(data)
        , m_reader(utf8, char(options.delimiter.unicode()))
        , m_output(data, sink, options.batchSize)
    {
    }

    Result<ExportData> read();

private:
    std::optional<ImportProblem> readHeader();
    std::optional<ImportProblem> readRow(); // nullopt: read, or skipped and listed
    std::optional<ImportProblem> checkFieldCount();
    bool isSqlcmdUnderline() const;
    ImportProblem problem(const CsvField &at, const QString &field, const QString &message, ImportError code) const
    {
        return ImportProblem::at(m_file, at.line, m_reader.column(at), field, message, code);
    }
    ImportProblem readerError() const
    {
        return ImportProblem::at(m_file, m_reader.errorLine(), m_reader.errorColumn(), {}, m_reader.errorMessage(),
            ImportError::Syntax);
    }

    QByteArrayView m_utf8;
    MappedPages *m_pages; // the mapped file m_utf8 is in, or null
    const QString &m_file;
    const ReadOptions &m_options;
    ExportData &m_data;
    CsvReader m_reader;
    RecordOutput m_output;
    QVector<CsvField> m_fields;
    QVector<Field> m_columnFields;
    qsizetype m_idColumn = -1;
    IdLines m_ids;
    qsizetype m_headerEnd = 0;
    bool m_firstRow = true;
    bool m_hasNul = false;
    Widened m_widen;
    QString m_error;
};

Result<ExportData> CsvExport::read()
{
    m_data.format = ExportFormat::Csv;
    m_data.delimiter = QLatin1Char(m_reader.delimiter());
    if (const auto bad = readHeader())
        return fail(m_options, *bad);
    m_fields.reserve(qMin<qsizetype>(m_columnFields.size() + 1, 1024));
    qsizetype rows = 0;
    while (m_reader.readRow(m_fields)) {
        if (++rows == 100) {
            // Reserve for the whole file from the size of the first rows.
            const double perRow = double(m_reader.position() - m_headerEnd) / rows;
            const auto expected = qsizetype(double(m_utf8.size() - m_headerEnd) / perRow * 1.05) + 16;
            m_output.reserve(expected);
            if (m_idColumn >= 0)
                m_ids.reserve(expected);
        }
        if (const auto bad = readRow())
            return fail(m_options, *bad);
        if (m_pages)
            m_pages->releaseBefore(m_utf8.data() + m_reader.position());
    }
    if (m_reader.hasError())
        return fail(m_options, readerError());
    if (!m_output.flush())
        return cancelled(m_options, m_file);
    return std::move(m_data);
}

std::optional<ImportProblem> CsvExport::readHeader()
{
    if (!m_reader.readRow(m_fields)) {
        if (m_reader.hasError())
            return readerError();
        return ImportProblem::at(m_file, 0, 0, {}, ExportReader::tr("the file is empty"), ImportError::Empty);
    }
    Result<FieldMapping> created = FieldMapping::create(m_options.columnMapping);
    if (!created)
        return ImportProblem::at(m_file, 0, 0, {}, created.error(), ImportError::Option);
    FieldMapping mapping = std::move(created).value();
    for (const CsvField &header : std::as_const(m_fields)) {
        const Result<Field> added = mapping.addColumn(QString::fromUtf8(header.text));
        if (!added)
            return problem(header, {}, added.error(), ImportError::DuplicateColumn);
    }
    if (!mapping.hasKnownField())
        return ImportProblem::at(m_file, 0, 0, {}, mapping.notAUserExportMessage(), ImportError::NotAUserExport);
    m_data.columns = mapping.columns();
    m_data.unknownColumns = mapping.unknownColumns();
    m_data.hadPassword = mapping.hasPassword();
    m_columnFields = mapping.fields();
    m_idColumn = m_columnFields.indexOf(Field::Id);
    m_headerEnd = m_reader.position();
    m_hasNul = std::memchr(m_utf8.data(), 0, size_t(m_utf8.size())) != nullptr;
    return std::nullopt;
}

// More values than the header is an error: there is no telling which column a value was meant for. Empty fields past
// the header hold no value (Excel writes them once a cell to the right was touched). Fewer fields are read with the
// missing ones empty, as when Excel leaves out trailing empty cells, and reported; but a last line without a line
// end that is short is where the file was cut, and the rows after it are lost: the file is refused.
std::optional<ImportProblem> CsvExport::checkFieldCount()
{
    const qsizetype columnCount = m_columnFields.size();
    for (qsizetype i = columnCount; i < m_fields.size(); ++i) {
        const CsvField &extra = m_fields.at(i);
        if (!extra.text.isEmpty())
            return problem(extra, {},
                ExportReader::tr("this row has %1 fields but the header has %2").arg(m_fields.size()).arg(columnCount),
                ImportError::TooManyFields);
    }
    if (m_fields.size() >= columnCount)
        return std::nullopt;
    const ImportProblem at = ImportProblem::at(m_file, m_reader.rowEndLine(), m_reader.rowEndColumn(), {}, {});
    if (!m_reader.rowHadLineEnd())
        return ImportProblem::at(at.file, at.line, at.column, {},
            ExportReader::tr("the file looks cut off: its last line ends without a line break after %1 of the %2 "
                             "fields")
                .arg(m_fields.size())
                .arg(columnCount),
            ImportError::CutOff);
    if (m_data.warnings.size() < ExportData::MaxWarnings)
        m_data.warnings << ImportProblem::at(at.file, at.line, at.column, {},
            ExportReader::tr("this row has %1 fields but the header has %2: the missing ones are read as empty")
                .arg(m_fields.size())
                .arg(columnCount),
            ImportError::ShortRow);
    ++m_data.warningCount;
    return std::nullopt;
}

// sqlcmd writes a line of dashes under the header of a raw dump (SELECT * FROM OSSYS_USER): no user, but layout.
bool CsvExport::isSqlcmdUnderline() const
{
    if (m_fields.size() != m_columnFields.size() || m_fields.size() < 2) // one dash in one column may be a value
        return false;
    for (const CsvField &field : m_fields) {
        const QByteArrayView text = field.text.trimmed();
        if (field.quoted || text.isEmpty() || !std::all_of(text.begin(), text.end(), [](char c) { return c == '-'; }))
            return false;
    }
    return true;
}

std::optional<ImportProblem> CsvExport::readRow()
{
    // A line of nothing but white space is no user.
    if (m_fields.size() == 1 && m_columnFields.size() > 1 && !m_fields.constFirst().quoted
        && m_fields.constFirst().text.trimmed().isEmpty())
        return std::nullopt;
    if (std::exchange(m_firstRow, false) && isSqlcmdUnderline())
        return std::nullopt;

    std::optional<ImportProblem> bad = checkFieldCount();
    if (bad && bad->code == ImportError::CutOff)
        return bad; // not a bad row that skipping could step over
    if (!bad) {
        UserRecord &record = m_output.add();
        const qsizetype used = qMin(m_fields.size(), m_columnFields.size());
        for (qsizetype i = 0; i < used; ++i) {
            const CsvField &field = m_fields.at(i);
            const Field kind = m_columnFields.at(i);
            // Looked for only when the file holds a NUL at all (one memchr over the file).
            if (m_hasNul && field.text.contains('\0') && kind != Field::Ignored && kind != Field::Password)
                m_error = nulMessage();
            else if (setFromUtf8(record, kind, field.text, m_widen, &m_error))
                continue;
            bad = problem(field, m_data.columns.at(i), m_error, ImportError::BadValue);
            break;
        }
        if (!bad && m_idColumn >= 0 && m_idColumn < used) {
            if (const auto earlier = m_ids.add(record.sourceId, m_reader.rowLine()))
                bad = problem(m_fields.at(m_idColumn), m_data.columns.at(m_idColumn),
                    IdLines::message(record.sourceId, *earlier), ImportError::DuplicateId);
        }
        if (bad)
            m_output.discard();
    }
    if (bad) {
        if (!m_options.skipBadRows)
            return bad;
        m_data.skipped << *bad;
        return std::nullopt;
    }
    if (!m_output.commit(m_reader.rowLine()))
        return ImportProblem::at(m_file, 0, 0, {}, ExportReader::tr("cancelled"), ImportError::Cancelled);
    return std::nullopt;
}

Result<ExportData> readCsv(QByteArrayView utf8, const QString &file, const ReadOptions &options, ExportData data,
    const RecordBatchSink *sink, MappedPages *pages)
{
    if (options.delimiter.unicode() >= 0x80)
        return fail(options,
            ImportProblem::at(
                file, 0, 0, {}, ExportReader::tr("the delimiter must be one ASCII character"), ImportError::Option));
    return CsvExport(utf8, file, options, data, sink, pages).read();
}

// The JSON side, one method per phase: the document, then each record, then each member.
class JsonExport {
public:
    JsonExport(const QString &file, const ReadOptions &options, ExportData &data, const RecordBatchSink *sink)
        : m_file(file)
        , m_options(options)
        , m_data(data)
        , m_output(data, sink, options.batchSize)
        , m_mapping(FieldMapping::create({}).value())
    {
    }

    Result<ExportData> read(const QByteArray &utf8);

private:
    struct Key {
        Field field = Field::Ignored;
        QByteArray utf8; // to find the key among the members as written
        qsizetype firstRecord = 0;
    };
    std::optional<ImportProblem> readRecord(qsizetype index); // nullopt: read, or skipped and listed
    std::optional<ImportProblem> readMembers(qsizetype index, UserRecord &record);
    std::optional<ImportProblem> addKey(const QString &key, qsizetype index);
    std::optional<ImportProblem> duplicateKey(qsizetype index) const;
    JsonReader::Position keyPosition(qsizetype index, const QString &key) const;
    bool setValue(UserRecord &record, const Key &key, const QJsonValue &value);
    ImportProblem valueProblem(qsizetype index, const QString &key, const QString &message, ImportError code) const
    {
        const JsonReader::Position at = m_reader.valuePosition(index, key);
        return ImportProblem::at(m_file, at.line, at.column, key, message, code);
    }

    const QString &m_file;
    const ReadOptions &m_options;
    ExportData &m_data;
    RecordOutput m_output;
    JsonReader m_reader;
    FieldMapping m_mapping;
    QHash<QString, Key> m_keys;
    QVector<JsonReader::Member> m_members; // of the record being read, when it has a key twice
    qsizetype m_index = 0; // of the record being read
    IdLines m_ids;
    QString m_error;
};

Result<ExportData> JsonExport::read(const QByteArray &utf8)
{
    m_data.format = ExportFormat::Json;
    m_data.delimiter = QChar();
    if (!m_reader.read(utf8)) {
        const JsonReader::Position at = m_reader.errorPosition();
        return fail(m_options,
            ImportProblem::at(m_file, at.line, at.column, {}, m_reader.errorMessage(), ImportError::Syntax));
    }
    Result<FieldMapping> created = FieldMapping::create(m_options.columnMapping);
    if (!created)
        return fail(m_options, ImportProblem::at(m_file, 0, 0, {}, created.error(), ImportError::Option));
    m_mapping = std::move(created).value();

    const QJsonArray &records = m_reader.records();
    m_output.reserve(records.size());
    m_ids.reserve(records.size());
    bool columnsOrdered = false;
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (!columnsOrdered && records.at(i).isObject()) {
            // Columns in the document order of the first record; later records may add more.
            columnsOrdered = true;
            for (const QString &key : m_reader.keysInOrder(i)) {
                if (const auto problem = addKey(key, i))
                    return fail(m_options, *problem);
            }
        }
        if (const auto problem = readRecord(i))
            return fail(m_options, *problem);
    }
    if (!records.isEmpty() && !m_mapping.hasKnownField())
        return fail(m_options,
            ImportProblem::at(m_file, 0, 0, {}, m_mapping.notAUserExportMessage(), ImportError::NotAUserExport));
    m_data.columns = m_mapping.columns();
    m_data.unknownColumns = m_mapping.unknownColumns();
    m_data.hadPassword = m_mapping.hasPassword();
    if (!m_output.flush())
        return cancelled(m_options, m_file);
    return std::move(m_data);
}

std::optional<ImportProblem> JsonExport::addKey(const QString &key, qsizetype index)
{
    const Result<Field> added = m_mapping.addColumn(key);
    if (added) {
        m_keys.insert(key, Key { *added, key.toUtf8(), index });
        return std::nullopt;
    }
    // Two names of one field ("Email" and "EMail"): name both, where each is.
    const Field field = m_mapping.fieldFor(key);
    const JsonReader::Position at = keyPosition(index, key);
    for (auto it = m_keys.cbegin(); it != m_keys.cend(); ++it) {
        if (it->field != field)
            continue;
        const JsonReader::Position earlier = keyPosition(it->firstRecord, it.key());
        return ImportProblem::at(m_file, at.line, at.column, {},
            ExportReader::tr("the keys %1 (line %2, column %3) and %4 both give the field %5")
                .arg(MessageText::quoted(it.key()))
                .arg(earlier.line)
                .arg(earlier.column)
                .arg(MessageText::quoted(key), FieldMapping::fieldName(field)),
            ImportError::DuplicateColumn);
    }
    return ImportProblem::at(m_file, at.line, at.column, {}, added.error(), ImportError::DuplicateColumn);
}

JsonReader::Position JsonExport::keyPosition(qsizetype index, const QString &key) const
{
    QVector<JsonReader::Member> members;
    m_reader.members(index, members);
    const QByteArray utf8 = key.toUtf8();
    for (const JsonReader::Member &member : std::as_const(members)) {
        if (m_reader.hasKey(member, utf8))
            return m_reader.positionIn(index, member.keyStart - 1); // the key's opening quote
    }
    return m_reader.recordPosition(index);
}

// QJsonObject keeps the last of two equal keys, so which value the file meant cannot be told: the record is refused.
// Only looked for when the record as written has more members than the object.
std::optional<ImportProblem> JsonExport::duplicateKey(qsizetype index) const
{
    QHash<QString, qsizetype> firstOffset;
    for (const JsonReader::Member &member : m_members) {
        const QString key = m_reader.key(member);
        const auto first = firstOffset.constFind(key);
        if (first == firstOffset.cend()) {
            firstOffset.insert(key, member.keyStart - 1);
            continue;
        }
        const JsonReader::Position at = m_reader.positionIn(index, member.keyStart - 1);
        const JsonReader::Position earlier = m_reader.positionIn(index, *first);
        return ImportProblem::at(m_file, at.line, at.column, {},
            ExportReader::tr("the key %1 is given twice in this record (first at line %2, column %3)")
                .arg(MessageText::quoted(key))
                .arg(earlier.line)
                .arg(earlier.column),
            ImportError::DuplicateKey);
    }
    return std::nullopt;
}

std::optional<ImportProblem> JsonExport::readRecord(qsizetype index)
{
    const JsonReader::Position at = m_reader.recordPosition(index);
    std::optional<ImportProblem> bad;
    if (!m_reader.records().at(index).isObject()) {
        bad = ImportProblem::at(
            m_file, at.line, at.column, {}, ExportReader::tr("this record is not an object"), ImportError::Syntax);
    } else {
        UserRecord &record = m_output.add();
        bad = readMembers(index, record);
        if (bad && bad->code == ImportError::DuplicateColumn)
            return bad; // the mapping of the whole file, not this record
        if (bad)
            m_output.discard();
    }
    if (bad) {
        if (!m_options.skipBadRows)
            return bad;
        m_data.skipped << *bad;
        return std::nullopt;
    }
    if (!m_output.commit(at.line))
        return ImportProblem::at(m_file, 0, 0, {}, ExportReader::tr("cancelled"), ImportError::Cancelled);
    return std::nullopt;
}

std::optional<ImportProblem> JsonExport::readMembers(qsizetype index, UserRecord &record)
{
    m_index = index;
    const QJsonObject object = m_reader.records().at(index).toObject();
    if (m_reader.memberCount(index) > object.size()) {
        m_reader.members(index, m_members);
        if (auto problem = duplicateKey(index))
            return problem;
    }
    QString idKey;
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QString key = it.key();
        auto known = m_keys.constFind(key);
        if (known == m_keys.cend()) {
            if (const auto problem = addKey(key, index))
                return problem;
            known = m_keys.constFind(key);
        }
        if (!setValue(record, *known, it.value()))
            return valueProblem(index, key, m_error, ImportError::BadValue);
        if (known->field == Field::Id)
            idKey = key;
    }
    if (const auto earlier = m_ids.add(record.sourceId, m_reader.recordPosition(index).line))
        return valueProblem(index, idKey, IdLines::message(record.sourceId, *earlier), ImportError::DuplicateId);
    return std::nullopt;
}

bool JsonExport::setValue(UserRecord &record, const Key &key, const QJsonValue &value)
{
    if (value.isDouble()) {
        if (QString *text = textField(record, key.field)) {
            // Text as written, not the double QJsonValue holds: an Id is a key, and rounding makes it another.
            if (const auto member = m_reader.findMember(m_index, key.utf8)) {
                *text = QString::fromLatin1(m_reader.numberText(*member));
                return true;
            }
        }
    }
    return setFromJson(record, key.field, value, &m_error);
}

Result<ExportData> readJson(const QByteArray &utf8, const QString &file, const ReadOptions &options, ExportData data,
    const RecordBatchSink *sink)
{
    return JsonExport(file, options, data, sink).read(utf8);
}

Result<ExportData> readBytesWith(const QByteArray &bytes, const QString &fileName, const ReadOptions &options,
    const RecordBatchSink *sink, MappedPages *pages = nullptr)
{
    TextDecoder::Problem problem;
    Result<ExportReader::Text> text = ExportReader::prepareText(bytes, options.format, &problem);
    if (!text)
        return fail(options,
            ImportProblem::at(fileName, problem.line, problem.column, {}, problem.message, ImportError::Encoding));
    ExportData data;
    data.encoding = text->decoded.encoding;
    if (text->format == ExportFormat::Csv)
        return readCsv(text->utf8, fileName, options, std::move(data), sink,
            pages && pages->contains(text->utf8.constData()) ? pages : nullptr); // not a decoded copy
    return readJson(text->utf8, fileName, options, std::move(data), sink);
}

Result<ExportData> readFileWith(const QString &path, const ReadOptions &options, const RecordBatchSink *sink)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(options, ImportProblem::at(name, 0, 0, {},
            ExportReader::tr("cannot open %1: %2")
                .arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString()),
            ImportError::File));
    // Mapped rather than read: no copy, and the page cache serves it (copying a 40 MB export into fresh memory
    // costs more than parsing it). Falls back to reading where mapping is not possible (empty file, pipe).
    if (const qint64 size = file.size(); size > 0) {
        if (uchar *mapped = file.map(0, size)) {
            const auto *begin = reinterpret_cast<const char *>(mapped);
            MappedPages pages(begin, size);
            Result<ExportData> result
                = readBytesWith(QByteArray::fromRawData(begin, size), name, options, sink, &pages);
            file.unmap(mapped);
            return result;
        }
    }
    const QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(options, ImportProblem::at(name, 0, 0, {},
            ExportReader::tr("cannot read %1: %2")
                .arg(MessageText::escaped(QDir::toNativeSeparators(path)), file.errorString()),
            ImportError::File));
    return readBytesWith(bytes, name, options, sink);
}
} // namespace

Result<ExportReader::Text> ExportReader::prepareText(
    const QByteArray &bytes, ExportFormat format, TextDecoder::Problem *problem)
{
    // JSON is UTF-8 or UTF-16 only; whether a file is JSON can be told before decoding, as '[' and '{' are ASCII.
    const auto fallback
        = format == ExportFormat::Json ? TextDecoder::Fallback::None : TextDecoder::Fallback::Windows1252;
    Result<DecodedText> decoded = TextDecoder::decode(bytes, fallback, problem);
    if (!decoded)
        return Result<Text>::failure(decoded.error());
    Text text;
    text.decoded = std::move(decoded).value();
    // NUL padding after the last line (a file written into a pre-allocated block, or cut short by a crash) is no
    // data; NULs anywhere else are reported where they are.
    const QByteArray &all = text.decoded.utf8;
    qsizetype end = all.size();
    while (end > 0 && all.at(end - 1) == '\0')
        --end;
    // A view when shortened, and read through const only: a non-const access would detach, copying a mapped file.
    text.utf8 = end < all.size() ? QByteArray::fromRawData(all.constData(), end) : all;

    text.format = format;
    if (format == ExportFormat::Auto) {
        text.format = ExportFormat::Csv;
        for (const char c : std::as_const(text.utf8)) {
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
                continue;
            if (c == '[' || c == '{')
                text.format = ExportFormat::Json;
            break;
        }
        if (text.format == ExportFormat::Json && text.decoded.encoding == QLatin1String("Windows-1252"))
            return prepareText(bytes, ExportFormat::Json, problem); // refused, at the first byte above 0x7F
    }
    return text;
}

QString ImportProblem::toString() const
{
    QString location = MessageText::escaped(file);
    if (line > 0) {
        location += u':' + QString::number(line);
        if (column > 0)
            location += u':' + QString::number(column);
    }
    QString text = location.isEmpty() ? QString() : location + QLatin1String(": ");
    if (!field.isEmpty())
        text += MessageText::shown(field) + QLatin1String(": ");
    return text + message;
}

Result<ExportData> ExportReader::readFile(const QString &path, const ReadOptions &options)
{
    return readFileWith(path, options, nullptr);
}

Result<ExportData> ExportReader::readBytes(const QByteArray &bytes, const QString &fileName, const ReadOptions &options)
{
    return readBytesWith(bytes, fileName, options, nullptr);
}

Result<ExportData> ExportReader::readFile(const QString &path, const ReadOptions &options, const RecordBatchSink &sink)
{
    return readFileWith(path, options, &sink);
}

Result<ExportData> ExportReader::readBytes(
    const QByteArray &bytes, const QString &fileName, const ReadOptions &options, const RecordBatchSink &sink)
{
    return readBytesWith(bytes, fileName, options, &sink);
}

} // namespace hc
