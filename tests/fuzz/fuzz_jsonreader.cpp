// libFuzzer target: the JSON mapping of the import (JsonReader's record and value positions, ExportReader's value
// types, GroupReader's JSON side) on arbitrary bytes.
#include "ExportReader.h"
#include "FuzzCheck.h"
#include "GroupReader.h"
#include "JsonReader.h"

#include <QJsonObject>

#include <cstdint>

using namespace hc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    JsonReader reader;
    if (reader.read(bytes)) {
        const qint64 lines = bytes.count('\n') + bytes.count('\r') + 1;
        for (qsizetype i = 0; i < reader.records().size() && i < 64; ++i) {
            const JsonReader::Position at = reader.recordPosition(i);
            FUZZ_CHECK(at.line >= 0 && at.line <= lines && at.column >= 0);
            if (!reader.records().at(i).isObject())
                continue;
            const QStringList keys = reader.keysInOrder(i);
            for (const QString &key : reader.records().at(i).toObject().keys()) {
                FUZZ_CHECK(at.line == 0 || keys.contains(key)); // positions known: every key is found in order
                const JsonReader::Position value = reader.valuePosition(i, key);
                FUZZ_CHECK(value.line >= at.line && value.line <= lines);
            }
        }
    } else {
        FUZZ_CHECK(!reader.errorMessage().isEmpty());
    }

    ReadOptions options;
    options.format = ExportFormat::Json;
    const Result<ExportData> whole = ExportReader::readBytes(bytes, QStringLiteral("fuzz.json"), options);
    if (whole) {
        FUZZ_CHECK(whole->records.size() == whole->recordLines.size());
        FUZZ_CHECK(whole->format == ExportFormat::Json);
    } else {
        FUZZ_CHECK(whole.error().startsWith(QLatin1String("fuzz.json")));
    }
    options.batchSize = 2;
    qint64 streamed = 0;
    const Result<ExportData> stream = ExportReader::readBytes(
        bytes, QStringLiteral("fuzz.json"), options, [&](const QVector<UserRecord> &records, const QVector<qint64> &) {
            streamed += records.size();
            return true;
        });
    FUZZ_CHECK(stream.ok() == whole.ok());
    if (whole)
        FUZZ_CHECK(streamed == whole->records.size());
    options.skipBadRows = true;
    const Result<ExportData> skipping = ExportReader::readBytes(bytes, QStringLiteral("fuzz.json"), options);
    if (whole)
        FUZZ_CHECK(skipping.ok() && skipping->records.size() == whole->records.size());

    const Result<GroupData> groups = GroupReader::readBytes(bytes, QStringLiteral("fuzz.json"), options);
    if (groups)
        FUZZ_CHECK(groups->memberships.size() == groups->lines.size());
    return 0;
}
