#pragma once

#include "Result.h"

#include <QByteArray>
#include <QTemporaryFile>

namespace hc {

// The text of an import's prepared rows, kept on disk between classification and writing, so that an import's
// memory does not grow with the export's text (SPEC §8; issue 10: the console's cancelled 400 000-row import).
// Written once in row order, read back once in the same order. The file is private to its owner (QTemporaryFile
// creates it 0600) and removed when the spool goes.
class RowSpool
{
public:
    [[nodiscard]] Status open();
    // One row: its bytes, in the caller's own layout.
    [[nodiscard]] Status append(const char *data, qsizetype size);
    // Done writing: reading starts at the first row.
    [[nodiscard]] Status rewind();
    // The next row's `size` bytes (as appended); valid until the next call.
    [[nodiscard]] Result<const char *> next(qsizetype size);

private:
    Status flush();
    enum class Problem { Create, Write, Read };
    Status failure(Problem problem) const;

    QTemporaryFile m_file;
    QByteArray m_buffer;   // writing: bytes not yet written; reading: bytes read ahead
    qsizetype m_read = 0;  // reading: position in m_buffer
    bool m_reading = false;
};

} // namespace hc
