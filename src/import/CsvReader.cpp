#include "CsvReader.h"

namespace hc {

namespace {

bool isLineEnd(char c)
{
    return c == '\n' || c == '\r';
}

} // namespace

CsvReader::CsvReader(QByteArrayView utf8, char delimiter)
    : m_begin(utf8.data())
    , m_pos(m_begin)
    , m_end(m_begin + utf8.size())
    , m_lineStart(m_begin)
{
    // Excel's "sep=;" first line names the delimiter and is not part of the data.
    if (utf8.size() >= 4 && qstrnicmp(m_begin, "sep=", 4) == 0
        && (utf8.size() == 4 || isLineEnd(utf8.at(4)) || utf8.at(4) == '"' || utf8.at(4) == '\0')) {
        // "sep=" with nothing usable after it: guessing would misread every row.
        m_errorLine = 1;
        m_errorColumn = 5;
        m_errorMessage = utf8.size() > 4 && utf8.at(4) == '"'
            ? tr("the first line 'sep=\"' names the quote as the delimiter, which cannot be one")
            : tr("the first line 'sep=' names no delimiter (Excel writes e.g. 'sep=;')");
        m_pos = m_end;
    } else if (utf8.size() >= 5 && qstrnicmp(m_begin, "sep=", 4) == 0 && static_cast<unsigned char>(utf8.at(4)) < 0x80
        && (utf8.size() == 5 || isLineEnd(utf8.at(5)))) {
        m_hadSepLine = true;
        if (delimiter == 0)
            delimiter = utf8.at(4);
        m_pos += 5;
        if (m_pos < m_end) {
            const char c = *m_pos++;
            if (c == '\r' && m_pos < m_end && *m_pos == '\n')
                ++m_pos;
            newLine(m_pos);
        }
    }
    m_delimiter = delimiter != 0 ? delimiter : detectDelimiter(QByteArrayView(m_pos, m_end));
}

char CsvReader::detectDelimiter(QByteArrayView utf8)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const char c : utf8) {
        if (c == '"')
            inQuotes = !inQuotes; // `""` toggles twice: still right
        else if (inQuotes)
            continue;
        else if (c == ',')
            ++commas;
        else if (c == ';')
            ++semicolons;
        else if (c == '\t')
            ++tabs;
        else if (isLineEnd(c))
            break;
    }
    if (semicolons > commas && semicolons >= tabs)
        return ';';
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return ',';
}

qint64 CsvReader::utf16Units(QByteArrayView utf8)
{
    qint64 units = 0;
    for (const char c : utf8) {
        const auto b = static_cast<unsigned char>(c);
        if ((b & 0xC0) != 0x80)
            units += b >= 0xF0 ? 2 : 1;
    }
    return units;
}

qint64 CsvReader::column(const CsvField &field) const
{
    return 1 + utf16Units(QByteArrayView(m_begin + field.lineOffset, field.offset - field.lineOffset));
}

qint64 CsvReader::rowEndColumn() const
{
    return m_rowEnd ? 1 + utf16Units(QByteArrayView(m_rowEndLineStart, m_rowEnd)) : 0;
}

bool CsvReader::readRow(QVector<CsvField> &fields)
{
    fields.resize(0);
    m_unescaped.resize(0);
    if (hasError())
        return false;

    // Blank lines are no rows.
    while (m_pos < m_end && isLineEnd(*m_pos)) {
        if (*m_pos++ == '\r' && m_pos < m_end && *m_pos == '\n')
            ++m_pos;
        newLine(m_pos);
    }
    if (m_pos >= m_end)
        return false;
    m_rowLine = m_line;

    const char delimiter = m_delimiter;
    for (;;) {
        CsvField field;
        field.line = m_line;
        field.offset = m_pos - m_begin;
        field.lineOffset = m_lineStart - m_begin;
        if (m_pos < m_end && *m_pos == '"') {
            field.quoted = true;
            ++m_pos;
            const char *segment = m_pos;
            QByteArray *buffer = nullptr; // used only when the field is not one contiguous piece of the source
            for (;;) {
                if (m_pos >= m_end) {
                    m_errorLine = field.line;
                    m_errorColumn = column(field);
                    m_errorMessage = tr("unterminated quoted field: the quote opened here is never closed");
                    return false;
                }
                const char c = *m_pos;
                if (c == '"') {
                    if (m_pos + 1 < m_end && m_pos[1] == '"') { // `""` stands for one quote
                        if (!buffer)
                            buffer = &m_unescaped.emplace_back();
                        buffer->append(segment, m_pos + 1 - segment);
                        m_pos += 2;
                        segment = m_pos;
                        continue;
                    }
                    break;
                }
                ++m_pos;
                // A CR followed by LF is one line end, counted at the LF.
                if (c == '\n' || (c == '\r' && (m_pos >= m_end || *m_pos != '\n')))
                    newLine(m_pos);
            }
            const char *closing = m_pos++;
            const char *rest = m_pos;
            while (m_pos < m_end && *m_pos != delimiter && !isLineEnd(*m_pos))
                ++m_pos;
            if (rest != m_pos && !buffer)
                buffer = &m_unescaped.emplace_back();
            if (buffer) {
                buffer->append(segment, closing - segment);
                buffer->append(rest, m_pos - rest);
                field.text = *buffer;
            } else {
                field.text = QByteArrayView(segment, closing);
            }
        } else {
            const char *start = m_pos;
            while (m_pos < m_end && *m_pos != delimiter && !isLineEnd(*m_pos))
                ++m_pos;
            field.text = QByteArrayView(start, m_pos);
        }
        fields.append(field);

        if (m_pos < m_end && *m_pos == delimiter) {
            ++m_pos;
            continue;
        }
        m_rowEnd = m_pos;
        m_rowEndLine = m_line;
        m_rowEndLineStart = m_lineStart;
        m_rowHadLineEnd = m_pos < m_end;
        if (!m_rowHadLineEnd)
            return true;
        if (*m_pos++ == '\r' && m_pos < m_end && *m_pos == '\n')
            ++m_pos;
        newLine(m_pos);
        return true;
    }
}

} // namespace hc
