#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace hc {

// One field of a CSV row: its UTF-8 text (unquoted, `""` undone) and where it starts in the source.
struct CsvField {
    QByteArrayView text;
    qint64 line = 0; // 1-based
    qsizetype offset = 0; // byte offset of the field's first character (its opening quote when quoted)
    qsizetype lineOffset = 0; // byte offset of the start of its line
    bool quoted = false;
};

// An RFC 4180 reader over UTF-8 text, one row at a time, in a single pass (SPEC §3):
// - delimiter `,` `;` or tab, detected from the first line outside quotes, or given by Excel's `sep=X` first line;
// - CRLF, LF and CR line ends, also mixed; empty lines are skipped (not only trailing ones: a blank line is never
//   a user);
// - quoted fields with delimiters, `""` and line breaks (kept as they are); a `"` inside an unquoted field is kept
//   literally; text after a closing quote is kept literally too (`"ab"c` reads `abc`, as Excel and Python do);
// - an unterminated quote is an error at the position of the opening quote.
// It works on the bytes rather than on a decoded QString: decoding a whole export first costs more than the parse.
// The views point into the source or into the reader; they stay valid until the next readRow().
class CsvReader {
    Q_DECLARE_TR_FUNCTIONS(hc::CsvReader)

public:
    // `utf8` must outlive the reader. A null `delimiter` means: detect. The delimiter is one ASCII character.
    explicit CsvReader(QByteArrayView utf8, char delimiter = 0);

    char delimiter() const { return m_delimiter; }
    bool hadSepLine() const { return m_hadSepLine; }

    // Reads the next row. False at the end of the text or on an error (see hasError()).
    bool readRow(QVector<CsvField> &fields);
    qint64 rowLine() const { return m_rowLine; }
    // Bytes consumed so far (to estimate the number of rows).
    qsizetype position() const { return m_pos - m_begin; }
    // 1-based column of a field, in UTF-16 code units from the start of its line (computed only when asked).
    qint64 column(const CsvField &field) const;
    // Whether the last row read ended with a line end (false: with the end of the text, which a cut file does).
    bool rowHadLineEnd() const { return m_rowHadLineEnd; }
    // Where the last row read ends (just past its last field, before its line end): line and column as above.
    qint64 rowEndLine() const { return m_rowEndLine; }
    qint64 rowEndColumn() const;

    bool hasError() const { return !m_errorMessage.isEmpty(); }
    qint64 errorLine() const { return m_errorLine; }
    qint64 errorColumn() const { return m_errorColumn; }
    const QString &errorMessage() const { return m_errorMessage; }

    // The most frequent of `,` `;` and tab outside quotes on the first line; `,` when none (or on a tie, in that
    // order of preference).
    static char detectDelimiter(QByteArrayView utf8);
    // UTF-16 code units of UTF-8 text: continuation bytes count nothing, four-byte sequences two.
    static qint64 utf16Units(QByteArrayView utf8);

private:
    void newLine(const char *next)
    {
        ++m_line;
        m_lineStart = next;
    }

    const char *m_begin;
    const char *m_pos;
    const char *m_end;
    const char *m_lineStart;
    char m_delimiter = ',';
    bool m_hadSepLine = false;
    qint64 m_line = 1;
    qint64 m_rowLine = 0;
    bool m_rowHadLineEnd = false;
    qint64 m_rowEndLine = 0;
    const char *m_rowEnd = nullptr;
    const char *m_rowEndLineStart = nullptr;
    QVector<QByteArray> m_unescaped; // fields that could not be views into the source (`""` or text after a quote)
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
    QString m_errorMessage;
};

} // namespace hc
