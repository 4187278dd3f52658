#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace hc {

// One line of the benchmark's table (and one entry of its JSON file).
struct BenchRow
{
    enum class Verdict { None, Pass, Miss, NotAvailable };

    int section = 0;              // the numbered items of issue 3: 1 import ... 5 report
    QString key;                  // stable machine name, e.g. "import.ratio"
    QString label;                // what a person reads
    QString value;                // formatted, or "n/a (why)"
    std::optional<double> number; // the raw figure, in `unit`
    QString unit;
    QString target;               // "< 50 ms", empty when the figure has no target
    Verdict verdict = Verdict::None;
    QJsonObject details;          // repetitions, per-file figures ...
};

// Collects the figures of a run and prints them as a table and as JSON. A MISS is reported, never fatal: this is a
// benchmark, not a test.
class BenchReport
{
public:
    void addHeader(const QString &line) { m_header.append(line); }
    void setInfo(const QString &key, const QJsonValue &value) { m_info.insert(key, value); }

    void add(const BenchRow &row) { m_rows.append(row); }
    // A figure with an upper bound: PASS when `value` is below `limit` (or at most `limit` when `inclusive`).
    BenchRow &addMeasure(int section, const QString &key, const QString &label, double value, const QString &unit,
                         int decimals, const QString &target = {}, std::optional<double> limit = {},
                         bool inclusive = false);
    BenchRow &addText(int section, const QString &key, const QString &label, const QString &value);
    BenchRow &addNotAvailable(int section, const QString &key, const QString &label, const QString &why,
                              const QString &target = {});

    const QVector<BenchRow> &rows() const { return m_rows; }
    QString table() const;
    QJsonObject toJson() const;

    static QString formatNumber(double value, int decimals); // with thin grouping: 1 234 567
    static double median(QVector<double> values);

private:
    QVector<BenchRow> sortedRows() const; // by section, in the order measured within one

    QStringList m_header;
    QJsonObject m_info;
    QVector<BenchRow> m_rows;
};

// A line of progress on stderr, "bench: PART: TEXT" (PART empty: "bench: TEXT"), flushed at once: the benchmark
// runs minutes and its table comes at the end.
void benchProgress(const char *part, const QString &text);

} // namespace hc
