#include "BenchReport.h"

#include <QJsonArray>

#include <algorithm>
#include <cstdio>

namespace hc {

namespace {

QString verdictText(BenchRow::Verdict v)
{
    switch (v) {
    case BenchRow::Verdict::Pass: return QStringLiteral("PASS");
    case BenchRow::Verdict::Miss: return QStringLiteral("MISS");
    case BenchRow::Verdict::NotAvailable: return QStringLiteral("n/a");
    case BenchRow::Verdict::None: break;
    }
    return {};
}

} // namespace

QString BenchReport::formatNumber(double value, int decimals)
{
    QString text = QString::number(value, 'f', decimals);
    // Group the integer digits in threes so that a million reads at a glance.
    const qsizetype dot = text.indexOf(u'.');
    qsizetype end = dot < 0 ? text.size() : dot;
    const qsizetype begin = text.startsWith(u'-') ? 1 : 0;
    for (qsizetype i = end - 3; i > begin; i -= 3)
        text.insert(i, u' ');
    return text;
}

double BenchReport::median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

BenchRow &BenchReport::addMeasure(int section, const QString &key, const QString &label, double value,
                                  const QString &unit, int decimals, const QString &target,
                                  std::optional<double> limit, bool inclusive)
{
    BenchRow row;
    row.section = section;
    row.key = key;
    row.label = label;
    row.number = value;
    row.unit = unit;
    row.value = formatNumber(value, decimals) + (unit.isEmpty() ? QString() : u' ' + unit);
    row.target = target;
    if (limit)
        row.verdict
            = (inclusive ? value <= *limit : value < *limit) ? BenchRow::Verdict::Pass : BenchRow::Verdict::Miss;
    m_rows.append(row);
    return m_rows.last();
}

BenchRow &BenchReport::addText(int section, const QString &key, const QString &label, const QString &value)
{
    BenchRow row;
    row.section = section;
    row.key = key;
    row.label = label;
    row.value = value;
    m_rows.append(row);
    return m_rows.last();
}

BenchRow &BenchReport::addNotAvailable(int section, const QString &key, const QString &label, const QString &why,
                                       const QString &target)
{
    BenchRow row;
    row.section = section;
    row.key = key;
    row.label = label;
    row.value = QStringLiteral("n/a (%1)").arg(why);
    row.target = target;
    row.verdict = BenchRow::Verdict::NotAvailable;
    m_rows.append(row);
    return m_rows.last();
}

QVector<BenchRow> BenchReport::sortedRows() const
{
    QVector<BenchRow> rows = m_rows;
    std::stable_sort(
        rows.begin(), rows.end(), [](const BenchRow &a, const BenchRow &b) { return a.section < b.section; });
    return rows;
}

QString BenchReport::table() const
{
    const QVector<BenchRow> rows = sortedRows();
    const QStringList heads{QStringLiteral("#"), QStringLiteral("measurement"), QStringLiteral("value"),
                            QStringLiteral("target"), QStringLiteral("result")};
    QVector<QStringList> cells;
    for (const BenchRow &r : rows)
        cells.append({QString::number(r.section), r.label, r.value, r.target, verdictText(r.verdict)});
    QVector<qsizetype> width(heads.size());
    for (int c = 0; c < heads.size(); ++c) {
        width[c] = heads.at(c).size();
        for (const QStringList &row : std::as_const(cells))
            width[c] = std::max(width[c], row.at(c).size());
    }
    auto line = [&](const QStringList &row) -> QString {
        QString text;
        for (int c = 0; c < row.size(); ++c) {
            if (c > 0)
                text += QStringLiteral(" | ");
            text += c == row.size() - 1 ? row.at(c) : row.at(c).leftJustified(width.at(c));
        }
        return text + u'\n';
    };
    QString out;
    for (const QString &h : m_header)
        out += h + u'\n';
    out += u'\n' + line(heads);
    QStringList rule;
    for (qsizetype w : std::as_const(width))
        rule.append(QString(w, u'-'));
    out += rule.join(QStringLiteral("-+-")) + u'\n';
    int section = 0;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (rows.at(i).section != section && section != 0)
            out += rule.join(QStringLiteral("-+-")) + u'\n';
        section = rows.at(i).section;
        out += line(cells.at(i));
    }
    return out;
}

QJsonObject BenchReport::toJson() const
{
    QJsonArray results;
    for (const BenchRow &r : sortedRows()) {
        QJsonObject o{
            {QStringLiteral("section"), r.section},
            {QStringLiteral("key"), r.key},
            {QStringLiteral("label"), r.label},
            {QStringLiteral("value"), r.number ? QJsonValue(*r.number) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("display"), r.value},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("target"), r.target},
            {QStringLiteral("result"), r.verdict == BenchRow::Verdict::None ? QJsonValue(QJsonValue::Null)
                                                                             : QJsonValue(verdictText(r.verdict))},
        };
        if (!r.details.isEmpty())
            o.insert(QStringLiteral("details"), r.details);
        results.append(o);
    }
    QJsonObject root = m_info;
    root.insert(QStringLiteral("results"), results);
    return root;
}

void benchProgress(const char *part, const QString &text)
{
    if (*part)
        std::fprintf(stderr, "bench: %s: %s\n", part, qPrintable(text));
    else
        std::fprintf(stderr, "bench: %s\n", qPrintable(text));
    std::fflush(stderr);
}

} // namespace hc
