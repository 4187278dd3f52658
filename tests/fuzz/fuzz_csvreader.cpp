// libFuzzer target: the CSV side of the import (TextDecoder, CsvReader, FieldMapping, ValueParser, ExportReader,
// GroupReader) on arbitrary bytes. Besides crashes and sanitizer reports it checks what the readers promise.
#include "CsvReader.h"
#include "ExportReader.h"
#include "FuzzCheck.h"
#include "GroupReader.h"

#include <cstdint>

using namespace hc;

namespace {

void readRows(QByteArrayView bytes, char delimiter)
{
    CsvReader reader(bytes, delimiter);
    QVector<CsvField> fields;
    qint64 lastLine = 0;
    quint32 sum = 0;
    while (reader.readRow(fields)) {
        FUZZ_CHECK(!fields.isEmpty());
        FUZZ_CHECK(reader.rowLine() > lastLine); // a row starts on a later line than the one before
        lastLine = reader.rowLine();
        for (const CsvField &field : fields) {
            FUZZ_CHECK(field.line >= reader.rowLine());
            FUZZ_CHECK(field.offset >= field.lineOffset && field.offset <= bytes.size());
            FUZZ_CHECK(reader.column(field) >= 1);
            for (const char c : field.text) // every byte of every view must be readable (ASan)
                sum += quint8(c);
        }
        FUZZ_CHECK(reader.position() <= bytes.size());
    }
    if (reader.hasError()) {
        FUZZ_CHECK(reader.errorLine() >= 1 && reader.errorColumn() >= 1);
        FUZZ_CHECK(!reader.errorMessage().isEmpty());
    } else {
        FUZZ_CHECK(reader.position() <= bytes.size());
    }
    (void)sum;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    readRows(bytes, 0);
    readRows(bytes, ';');

    ReadOptions options;
    options.format = ExportFormat::Csv;
    const Result<ExportData> whole = ExportReader::readBytes(bytes, QStringLiteral("fuzz.csv"), options);
    if (whole) {
        FUZZ_CHECK(whole->records.size() == whole->recordLines.size());
        FUZZ_CHECK(whole->recordCount == whole->records.size());
        for (qsizetype i = 1; i < whole->recordLines.size(); ++i)
            FUZZ_CHECK(whole->recordLines.at(i) > whole->recordLines.at(i - 1));
    } else {
        FUZZ_CHECK(whole.error().startsWith(QLatin1String("fuzz.csv")));
    }

    // Streaming in small batches reads exactly the same; skipping bad rows never fails where the strict read did
    // not, and keeps at least its records.
    options.batchSize = 3;
    qint64 streamed = 0;
    const Result<ExportData> stream = ExportReader::readBytes(bytes, QStringLiteral("fuzz.csv"), options,
        [&](const QVector<UserRecord> &records, const QVector<qint64> &lines) {
            FUZZ_CHECK(records.size() == lines.size() && records.size() <= 3);
            streamed += records.size();
            return true;
        });
    FUZZ_CHECK(stream.ok() == whole.ok());
    if (whole) {
        FUZZ_CHECK(streamed == whole->recordCount);
    } else {
        FUZZ_CHECK(stream.error() == whole.error());
    }
    options.batchSize = 10000;
    options.skipBadRows = true;
    const Result<ExportData> skipping = ExportReader::readBytes(bytes, QStringLiteral("fuzz.csv"), options);
    if (whole) {
        FUZZ_CHECK(skipping.ok());
        FUZZ_CHECK(skipping->records.size() == whole->records.size() && skipping->skipped.isEmpty());
    }

    const Result<GroupData> groups = GroupReader::readBytes(bytes, QStringLiteral("fuzz.csv"), options);
    if (groups) {
        FUZZ_CHECK(groups->memberships.size() == groups->lines.size());
        for (const GroupMembership &m : groups->memberships)
            FUZZ_CHECK(!m.group.isEmpty() && !m.username.trimmed().isEmpty());
    }
    return 0;
}
