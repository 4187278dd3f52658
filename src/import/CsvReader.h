#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringView>
#include <QVector>

namespace hc {

// One field of a CSV row: its text (unquoted, `""` undone) and where it starts in the source.
struct CsvField
{
    QStringView text;
    qint64 line = 0;   // 1-based
    qint64 column = 0; // 1-based, in UTF-16 code units from the start of the line
    bool quoted = false;
};

// An RFC 4180 reader over decoded text, one row at a time, in a single pass (SPEC §3):
// - delimiter `,` `;` or tab, detected from the first line outside quotes, or given by Excel's `sep=X` first line;
// - CRLF, LF and CR line ends, also mixed; empty lines are skipped (not only trailing ones: a blank line is never
//   a user);
// - quoted fields with delimiters, `""` and line breaks (kept as they are); a `"` inside an unquoted field is kept
//   literally; text after a closing quote is kept literally too (`"ab"c` reads `abc`, as Excel and Python do);
// - an unterminated quote is an error at the position of the opening quote.
// The views point into the source text or into the reader; they stay valid until the next readRow().
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(hc::CsvReader)

public:
    // `text` must outlive the reader. A null `delimiter` means: detect.
    explicit CsvReader(QStringView text, QChar delimiter = QChar());

    QChar delimiter() const { return QChar(m_delimiter); }
    bool hadSepLine() const { return m_hadSepLine; }

    // Reads the next row. False at the end of the text or on an error (see hasError()).
    bool readRow(QVector<CsvField> &fields);
    qint64 rowLine() const { return m_rowLine; }
    // Code units consumed so far (to estimate the number of rows).
    qsizetype position() const { return m_pos - m_begin; }

    bool hasError() const { return !m_errorMessage.isEmpty(); }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }
    const QString &errorMessage() const { return m_errorMessage; }

    // The most frequent of `,` `;` and tab outside quotes on the first line; `,` when none (or on a tie, in that
    // order of preference).
    static QChar detectDelimiter(QStringView text);

private:
    void newLine(const char16_t *next)
    {
        ++m_line;
        m_lineStart = next;
    }

    const char16_t *m_begin;
    const char16_t *m_pos;
    const char16_t *m_end;
    const char16_t *m_lineStart;
    char16_t m_delimiter = u',';
    bool m_hadSepLine = false;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    QVector<QString> m_unescaped; // fields that could not be views into the source (`""` or text after a quote)
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace hc
