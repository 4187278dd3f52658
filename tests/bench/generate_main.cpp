// headcount-generate: writes deterministic multi-runtime user exports for the benchmark and for trying Headcount
// at scale.
#include "ExportGenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

namespace {

bool readCount(const QCommandLineParser &parser, const QCommandLineOption &option, qint64 min, qint64 *out)
{
    if (!parser.isSet(option))
        return true;
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min) {
        std::fprintf(stderr, "headcount-generate: --%s needs a whole number of at least %lld\n",
                     qPrintable(option.names().constFirst()), static_cast<long long>(min));
        return false;
    }
    *out = value;
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("headcount-generate"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEADCOUNT_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes realistic runtime user exports (like tests/data/samples) and a manifest.json, deterministically."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption outOption(QStringLiteral("out"), QStringLiteral("Output folder (default: .)."),
                                       QStringLiteral("DIR"), QStringLiteral("."));
    const QCommandLineOption runtimesOption(QStringLiteral("runtimes"), QStringLiteral("Runtimes (default: 4)."),
                                            QStringLiteral("N"));
    const QCommandLineOption recordsOption(
        QStringLiteral("records"), QStringLiteral("Records per runtime (default: 250000)."), QStringLiteral("N"));
    const QCommandLineOption seedOption(
        QStringLiteral("seed"), QStringLiteral("Seed (default: 1)."), QStringLiteral("N"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QStringLiteral("csv or json (default: csv)."),
                                          QStringLiteral("FORMAT"), QStringLiteral("csv"));
    parser.addOptions({outOption, runtimesOption, recordsOption, seedOption, formatOption});
    parser.process(app);
    if (!parser.positionalArguments().isEmpty()) {
        std::fprintf(stderr, "headcount-generate: unexpected argument %s\n",
                     qPrintable(parser.positionalArguments().constFirst()));
        return 2;
    }

    hc::GeneratorOptions options;
    options.outDir = QDir(parser.value(outOption)).absolutePath();
    qint64 runtimes = options.runtimes;
    qint64 seed = options.seed;
    if (!readCount(parser, runtimesOption, 1, &runtimes)
        || !readCount(parser, recordsOption, 1, &options.recordsPerRuntime) || !readCount(parser, seedOption, 0, &seed))
        return 2;
    if (runtimes > 1000 || seed > 0xffffffffLL) {
        std::fprintf(stderr, "headcount-generate: --runtimes at most 1000, --seed at most 4294967295\n");
        return 2;
    }
    options.runtimes = int(runtimes);
    options.seed = quint32(seed);
    const QString format = parser.value(formatOption).toLower();
    if (format == u"json") {
        options.format = hc::GeneratorOptions::Format::Json;
    } else if (format != u"csv") {
        std::fprintf(stderr, "headcount-generate: --format must be csv or json\n");
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    const auto result = hc::ExportGenerator(options).generate();
    if (!result) {
        std::fprintf(stderr, "error: %s\n", qPrintable(result.error()));
        return 1;
    }
    qint64 bytes = 0;
    for (const hc::GeneratedRuntime &r : result->runtimes) {
        std::printf("%s\t%lld records\t%lld bytes\n", qPrintable(r.file), static_cast<long long>(r.records),
                    static_cast<long long>(r.bytes));
        bytes += r.bytes;
    }
    std::printf("%s\n%lld records, %lld persons, %.1f MB in %.2f s\n", qPrintable(result->manifest),
                static_cast<long long>(result->stats.records), static_cast<long long>(result->stats.people),
                double(bytes) / 1e6, double(timer.elapsed()) / 1000.0);
    return 0;
}
