#include "CsvReader.h"

namespace hc {

namespace {

bool isLineEnd(char16_t c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

CsvReader::CsvReader(QStringView text, QChar delimiter)
    : m_begin(text.utf16())
    , m_pos(m_begin)
    , m_end(m_begin + text.size())
    , m_lineStart(m_begin)
{
    // Excel's "sep=;" first line names the delimiter and is not part of the data.
    if (text.size() >= 5 && text.first(4).compare(QLatin1String("sep="), Qt::CaseInsensitive) == 0
        && (text.size() == 5 || isLineEnd(text.at(5).unicode()))) {
        m_hadSepLine = true;
        if (delimiter.isNull())
            delimiter = text.at(4);
        m_pos += 5;
        if (m_pos < m_end) {
            const char16_t c = *m_pos++;
            if (c == u'\r' && m_pos < m_end && *m_pos == u'\n')
                ++m_pos;
            newLine(m_pos);
        }
    }
    m_delimiter = delimiter.isNull() ? detectDelimiter(QStringView(m_pos, m_end)).unicode() : delimiter.unicode();
}

QChar CsvReader::detectDelimiter(QStringView text)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool inQuotes = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c == u'"')
            inQuotes = !inQuotes; // `""` toggles twice: still right
        else if (inQuotes)
            continue;
        else if (c == u',')
            ++commas;
        else if (c == u';')
            ++semicolons;
        else if (c == u'\t')
            ++tabs;
        else if (isLineEnd(c))
            break;
    }
    if (semicolons > commas && semicolons >= tabs)
        return u';';
    if (tabs > commas && tabs > semicolons)
        return u'\t';
    return u',';
}

bool CsvReader::readRow(QVector<CsvField> &fields)
{
    fields.resize(0);
    m_unescaped.resize(0);
    if (hasError())
        return false;

    // Blank lines are no rows.
    while (m_pos < m_end && isLineEnd(*m_pos)) {
        if (*m_pos++ == u'\r' && m_pos < m_end && *m_pos == u'\n')
            ++m_pos;
        newLine(m_pos);
    }
    if (m_pos >= m_end)
        return false;
    m_rowLine = m_line;

    const char16_t delimiter = m_delimiter;
    for (;;) {
        CsvField field;
        field.line = m_line;
        field.column = m_pos - m_lineStart + 1;
        if (m_pos < m_end && *m_pos == u'"') {
            field.quoted = true;
            ++m_pos;
            const char16_t *segment = m_pos;
            QString *buffer = nullptr; // used only when the field is not one contiguous piece of the source
            for (;;) {
                if (m_pos >= m_end) {
                    m_errorLine = field.line;
                    m_errorColumn = field.column;
                    m_errorMessage = tr("unterminated quoted field: the quote opened here is never closed");
                    return false;
                }
                const char16_t c = *m_pos;
                if (c == u'"') {
                    if (m_pos + 1 < m_end && m_pos[1] == u'"') { // `""` stands for one quote
                        if (!buffer)
                            buffer = &m_unescaped.emplace_back();
                        buffer->append(reinterpret_cast<const QChar *>(segment), m_pos + 1 - segment);
                        m_pos += 2;
                        segment = m_pos;
                        continue;
                    }
                    break;
                }
                ++m_pos;
                // A CR followed by LF is one line end, counted at the LF.
                if (c == u'\n' || (c == u'\r' && (m_pos >= m_end || *m_pos != u'\n')))
                    newLine(m_pos);
            }
            const char16_t *closing = m_pos++;
            const char16_t *rest = m_pos;
            while (m_pos < m_end && *m_pos != delimiter && !isLineEnd(*m_pos))
                ++m_pos;
            if (rest != m_pos && !buffer)
                buffer = &m_unescaped.emplace_back();
            if (buffer) {
                buffer->append(reinterpret_cast<const QChar *>(segment), closing - segment);
                buffer->append(reinterpret_cast<const QChar *>(rest), m_pos - rest);
                field.text = *buffer;
            } else {
                field.text = QStringView(segment, closing);
            }
        } else {
            const char16_t *start = m_pos;
            while (m_pos < m_end && *m_pos != delimiter && !isLineEnd(*m_pos))
                ++m_pos;
            field.text = QStringView(start, m_pos);
        }
        fields.append(field);

        if (m_pos >= m_end)
            return true;
        const char16_t c = *m_pos++;
        if (c == delimiter)
            continue;
        if (c == u'\r' && m_pos < m_end && *m_pos == u'\n')
            ++m_pos;
        newLine(m_pos);
        return true;
    }
}

} // namespace hc
