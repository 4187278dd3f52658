#include "ReportHtml.h"

#include "ReportFingerprint.h"
#include "Reconciliation.h"
#include "Rules.h"

#include <QMap>

#include <algorithm>
#include <numeric>

namespace hc {

namespace {

const QString PageBreak = QStringLiteral(" style=\"page-break-before: always\"");

QString num(qint64 n)
{
    return QString::number(n);
}

QString heading(int level, const QString &title, bool newPage = false)
{
    return QStringLiteral("<h%1%2>%3</h%1>\n").arg(QString::number(level), newPage ? PageBreak : QString(),
                                                    title.toHtmlEscaped());
}

QString paragraph(const QString &escapedHtml)
{
    return QStringLiteral("<p>%1</p>\n").arg(escapedHtml);
}

// A table with a header row (repeated on every page it spans); cells are HTML already. Columns from `rightFrom` on
// hold numbers and are right-aligned; `widths` (percent) keeps text columns from squeezing each other.
QString table(const QStringList &headers, const QVector<QStringList> &rows, int rightFrom = 1,
              const QVector<int> &widths = {})
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">\n<thead><tr>");
    for (int i = 0; i < headers.size(); ++i) {
        const QString width = i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
        html += QStringLiteral("<th align=\"left\" bgcolor=\"#eeeeee\"%1>%2</th>").arg(width, headers.at(i).toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead>\n<tbody>\n");
    for (const QStringList &row : rows) {
        html += QStringLiteral("<tr>");
        for (int i = 0; i < row.size(); ++i) {
            html += i >= rightFrom ? QStringLiteral("<td align=\"right\">%1</td>").arg(row.at(i))
                                   : QStringLiteral("<td>%1</td>").arg(row.at(i));
        }
        html += QStringLiteral("</tr>\n");
    }
    return html + QStringLiteral("</tbody></table>\n");
}

// Two-column facts (label, value): a key-value table without a header.
QString facts(const QVector<QPair<QString, QString>> &rows)
{
    QString html = QStringLiteral("<table border=\"0\" cellspacing=\"0\" cellpadding=\"2\">\n");
    for (const auto &[label, value] : rows)
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>\n").arg(label.toHtmlEscaped(), value);
    return html + QStringLiteral("</table>\n");
}

std::optional<qint64> percent(qint64 used, std::optional<qint64> capacity)
{
    return Rules::percentUsed(used, capacity);
}

// R10 drawn as a bar of two table cells: green, amber from 80 %, red when over (full width then).
QString gauge(qint64 used, std::optional<qint64> capacity)
{
    const CapacityState state = Rules::capacityState(used, capacity);
    if (state == CapacityState::Unset)
        return QStringLiteral("&#8212;");
    const int filled = int(std::clamp<qint64>(percent(used, capacity).value_or(used > 0 ? 100 : 0), 0, 100));
    const char *colour = state == CapacityState::Over ? "#c62828" : state == CapacityState::Near ? "#f9a825" : "#2e7d32";
    QString cells;
    if (filled > 0)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"%2\">&nbsp;</td>").arg(filled).arg(QLatin1String(colour));
    if (filled < 100)
        cells += QStringLiteral("<td width=\"%1%\" bgcolor=\"#dddddd\">&nbsp;</td>").arg(100 - filled);
    return QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\"><tr>%1</tr></table>")
        .arg(cells);
}

QString stateWord(CapacityState state)
{
    switch (state) {
    case CapacityState::Unset: return ReportHtml::tr("no capacity set");
    case CapacityState::Ok: return ReportHtml::tr("within capacity");
    case CapacityState::Near: return ReportHtml::tr("NEAR capacity");
    case CapacityState::Over: return ReportHtml::tr("OVER capacity");
    }
    return {};
}

QString dateTime(const QDateTime &t)
{
    return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")) : ReportHtml::tr("never");
}

// To the minute: seconds and zones only widen a column of a report read by the day.
QString lastLogin(const QString &iso)
{
    return Rules::isNeverLoggedIn(iso) ? ReportHtml::tr("never") : ReportHtml::text(iso.left(16).replace(u'T', u' '));
}

bool isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

} // namespace

QString ReportHtml::text(const QString &value, int maxLength)
{
    QString clean;
    clean.reserve(std::min<qsizetype>(value.size(), maxLength * 2 + 2));
    int points = 0;
    bool cut = false;
    for (const char32_t c : value.toUcs4()) {
        if (points == maxLength) {
            cut = true;
            break;
        }
        ++points;
        const bool control = QChar::category(c) == QChar::Other_Control || c == 0x2028 || c == 0x2029;
        if (control || isBidiControl(c))
            clean += QChar(QChar::ReplacementCharacter);
        else
            clean += QString::fromUcs4(&c, 1);
    }
    if (cut)
        clean += QChar(0x2026);
    return QChar(0x2068) + clean.toHtmlEscaped() + QChar(0x2069);
}

QString ReportHtml::document(const QString &title, const QString &body)
{
    // The style sheet is for browsers showing the HTML file; QTextDocument ignores what it does not know.
    return QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>%1</title>\n"
                          "<style>body { font-family: sans-serif; font-size: 10pt; }"
                          " table { border-collapse: collapse; } td, th { overflow-wrap: anywhere; }</style>\n"
                          "</head><body>\n%2</body></html>\n")
        .arg(title.toHtmlEscaped(), body);
}

QString ReportHtml::render(const ReportData &data)
{
    QString body;
    if (data.rollUp)
        body += rollUpSummary(data);
    for (int i = 0; i < data.sections.size(); ++i)
        body += section(data, data.sections.at(i), data.rollUp || i > 0);
    return document(tr("Licence compliance report"), body);
}

QString ReportHtml::rollUpSummary(const ReportData &data)
{
    QString html = heading(1, tr("Licence compliance roll-up"));
    html += facts({{tr("Generated"), dateTime(data.generatedAt)},
                   {tr("Infrastructures"), num(data.sections.size())}});
    QVector<QStringList> rows;
    QString fingerprints;
    for (const ReportSection &s : data.sections) {
        const Counts &c = s.counts;
        const auto usage = [](const QString &capacity, qint64 used, std::optional<qint64> cap) {
            return QStringLiteral("%1 %2 / %3: %4")
                .arg(capacity, num(used), cap ? num(*cap) : QStringLiteral("&#8212;"),
                     stateWord(Rules::capacityState(used, cap)).toHtmlEscaped());
        };
        const QString usages = c.model == LicenceModel::Named
            ? usage(QStringLiteral("named"), c.unique.total(), c.capacity.named)
            : usage(QStringLiteral("internal"), c.unique.internal, c.capacity.internal) + QStringLiteral("<br>")
                + usage(QStringLiteral("external"), c.unique.external, c.capacity.external);
        rows.append({text(s.infrastructure.name), text(toString(c.model)), usages, num(c.platformSum().total())});
        fingerprints += QStringLiteral("<li>%1: <tt>%2</tt></li>\n").arg(text(s.infrastructure.name), s.fingerprint);
    }
    html += heading(2, tr("Infrastructures"));
    html += table({tr("Infrastructure"), tr("Model"), tr("Unique individuals / licensed"),
                   tr("Sum of the platform consoles")},
                  rows, 3, {25, 20, 35, 20});
    html += heading(2, tr("Fingerprints"));
    html += QStringLiteral("<ul>\n%1</ul>\n").arg(fingerprints);
    html += paragraph(tr("Each infrastructure follows on its own pages.").toHtmlEscaped());
    return html;
}

QString ReportHtml::section(const ReportData &data, const ReportSection &s, bool newPage)
{
    return titleBlock(data, s, newPage) + capacityBlock(s) + historyBlock(s) + runtimeBlock(s) + reconciliationBlock(s)
        + exclusionBlock(s) + domainBlock(s) + qualityBlock(s) + candidateBlock(data, s) + rulesBlock(s);
}

QString ReportHtml::titleBlock(const ReportData &data, const ReportSection &s, bool newPage)
{
    const InfrastructureInfo &infra = s.infrastructure;
    QString html = QStringLiteral("<h1%1>%2 %3</h1>\n")
                       .arg(newPage ? PageBreak : QString(), tr("Licence compliance report:").toHtmlEscaped(),
                            text(infra.name));
    html += facts({
        {tr("Infrastructure"), text(infra.name)},
        {tr("Generated"), dateTime(data.generatedAt)},
        {tr("Licence model"), text(toString(infra.model))},
        {tr("Platform version"), infra.platformVersion.isEmpty() ? tr("not set (11.11.3 or later)").toHtmlEscaped()
                                                                 : text(infra.platformVersion)},
        {tr("Runtimes"), num(s.runtimes.size())},
        {tr("Records"), num(std::accumulate(s.runtimes.begin(), s.runtimes.end(), qint64(0),
                                            [](qint64 n, const RuntimeInfo &r) { return n + r.records; }))},
    });
    if (data.pseudonymised) {
        html += paragraph(tr("Pseudonymised: names, usernames, e-mail addresses and domains are replaced by "
                             "consistent pseudonyms; every count is unchanged.").toHtmlEscaped());
    }
    return html;
}

QString ReportHtml::capacityStatement(const QString &capacity, qint64 used, std::optional<qint64> licensed)
{
    const CapacityState state = Rules::capacityState(used, licensed);
    const QString pct = percent(used, licensed) ? QStringLiteral("%1 %").arg(*percent(used, licensed)) : QString();
    switch (state) {
    case CapacityState::Unset:
        return tr("%1: %2 unique individuals; no capacity is set.").arg(capacity).arg(used);
    case CapacityState::Ok:
        return tr("%1: %2 unique individuals of %3 licensed (%4): within capacity.").arg(capacity).arg(used)
            .arg(*licensed).arg(pct);
    case CapacityState::Near:
        return tr("%1: %2 unique individuals of %3 licensed (%4): NEAR capacity (warning from %5 %).")
            .arg(capacity).arg(used).arg(*licensed).arg(pct).arg(Rules::NearCapacityPercent);
    case CapacityState::Over:
        return tr("%1: %2 unique individuals of %3 licensed (%4): OVER capacity by %5.")
            .arg(capacity).arg(used).arg(*licensed).arg(pct).arg(used - *licensed);
    }
    return {};
}

QString ReportHtml::capacityBlock(const ReportSection &s)
{
    const Counts &c = s.counts;
    QVector<QStringList> rows;
    QStringList statements;
    const auto add = [&](const QString &capacity, qint64 used, std::optional<qint64> licensed) {
        const auto pct = percent(used, licensed);
        rows.append({capacity.toHtmlEscaped(), licensed ? num(*licensed) : QStringLiteral("&#8212;"), num(used),
                     pct ? QStringLiteral("%1 %").arg(*pct) : QStringLiteral("&#8212;"), gauge(used, licensed),
                     stateWord(Rules::capacityState(used, licensed)).toHtmlEscaped()});
        statements << capacityStatement(capacity, used, licensed);
    };
    if (c.model == LicenceModel::Named) {
        add(tr("Named"), c.unique.total(), c.capacity.named);
    } else {
        add(tr("Internal"), c.unique.internal, c.capacity.internal);
        add(tr("External"), c.unique.external, c.capacity.external);
    }
    QString html = heading(2, tr("Capacities and unique counts"));
    html += table({tr("Capacity"), tr("Licensed"), tr("Unique individuals"), tr("Used"), tr("Gauge"), tr("State")},
                  rows, 1);
    for (const QString &statement : statements)
        html += paragraph(statement.toHtmlEscaped());
    html += paragraph(tr("The licence is measured on unique individuals (R6): %1 in all.").arg(c.unique.total())
                          .toHtmlEscaped());
    return html;
}

QString ReportHtml::runtimeBlock(const ReportSection &s)
{
    const Counts &c = s.counts;
    const bool named = c.model == LicenceModel::Named;
    QVector<QStringList> imports;
    for (const RuntimeInfo &r : s.runtimes)
        imports.append({text(r.name), text(dateTime(r.lastImport), 30), num(r.records)});
    QVector<QStringList> rows;
    ClassCounts records;
    for (const RuntimeCounts &rc : c.runtimes) {
        QStringList row{text(rc.name)};
        if (!named)
            row << num(rc.records.internal) << num(rc.records.external);
        row << num(rc.records.total());
        if (!named)
            row << num(rc.platform.internal) << num(rc.platform.external);
        row << num(rc.platform.total());
        rows.append(row);
        records.internal += rc.records.internal;
        records.external += rc.records.external;
    }
    QStringList headers{tr("Runtime")};
    if (!named)
        headers << tr("Counted internal") << tr("Counted external");
    headers << tr("Counted");
    if (!named)
        headers << tr("Platform internal") << tr("Platform external");
    headers << tr("Platform estimate");
    QString html = heading(2, tr("Runtimes"));
    html += table({tr("Runtime"), tr("Last import"), tr("Records (any status)")}, imports, 2, {40, 35, 25});
    html += paragraph(QString());
    html += table(headers, rows, 1);
    html += paragraph(tr("Counted records on all runtimes: %1. The platform estimate is what each runtime's own "
                         "console shows (R12).").arg(records.total()).toHtmlEscaped());
    return html;
}

QString ReportHtml::reconciliationBlock(const ReportSection &s)
{
    const Counts &c = s.counts;
    QVector<QStringList> rows;
    for (const RuntimeCounts &rc : c.runtimes)
        rows.append({tr("Console of %1").toHtmlEscaped().arg(text(rc.name)), num(rc.platform.total())});
    rows.append({QStringLiteral("<b>%1</b>").arg(tr("Sum of the consoles").toHtmlEscaped()),
                 QStringLiteral("<b>%1</b>").arg(c.platformSum().total())});
    rows.append({QStringLiteral("<b>%1</b>").arg(tr("Unique individuals (the licence figure)").toHtmlEscaped()),
                 QStringLiteral("<b>%1</b>").arg(c.unique.total())});
    QString html = heading(2, tr("Reconciliation with the platform"));
    html += table({tr("Figure"), tr("Users")}, rows, 1);
    html += paragraph(text(Reconciliation::explain(c), 2000));
    int appTenants = 0;
    int itTenants = 0;
    for (const TenantInfo &t : s.tenants) {
        appTenants += t.kind == TenantKind::App ? 1 : 0;
        itTenants += t.kind == TenantKind::It ? 1 : 0;
    }
    html += paragraph(tr("Tenants: %1 in all, %2 of multi-tenant apps (each account counts once per tenant), %3 "
                         "holding IT users (never counted).")
                          .arg(s.tenants.size()).arg(appTenants).arg(itTenants).toHtmlEscaped());
    return html;
}

QString ReportHtml::exclusionBlock(const ReportSection &s)
{
    const ExcludedCounts &e = s.counts.excluded;
    QString html = heading(2, tr("Exclusions"));
    html += table({tr("Reason (R5, first that applies)"), tr("Records")},
                  {{tr("IT users").toHtmlEscaped(), num(e.itUser)},
                   {tr("Inactive").toHtmlEscaped(), num(e.inactive)},
                   {tr("Anonymous").toHtmlEscaped(), num(e.anonymous)},
                   {QStringLiteral("<b>%1</b>").arg(tr("Not counted").toHtmlEscaped()),
                    QStringLiteral("<b>%1</b>").arg(e.total())}},
                  1);
    return html;
}

// Issue 9: the counts over time (the figure each day ended with; at most TrendRows days, spread evenly from the first
// to the last) drawn as bars against the capacity of the time, then the forecast in plain words.
QString ReportHtml::historyBlock(const ReportSection &s)
{
    constexpr int TrendRows = 12;
    QString html = heading(2, tr("Trend and forecast"));
    QMap<QDate, CountSnapshot> daily;
    for (const CountSnapshot &snap : s.history)
        daily.insert(snap.at.toUTC().date(), snap);
    if (daily.isEmpty())
        return html + paragraph(tr("No count history is stored for this infrastructure yet.").toHtmlEscaped());
    const QVector<CountSnapshot> days(daily.cbegin(), daily.cend());
    QVector<int> picked;
    const int n = int(days.size());
    for (int i = 0; i < std::min(n, TrendRows); ++i)
        picked.append(n <= TrendRows ? i : int((qint64(i) * (n - 1)) / (TrendRows - 1)));
    const QVector<CapacityKind> kinds = capacityKinds(s.counts.model);
    QStringList headers{tr("Day")};
    for (CapacityKind kind : kinds) {
        headers << (kind == CapacityKind::Internal ? tr("Internal")
                    : kind == CapacityKind::External ? tr("External") : tr("Named"))
                << tr("Capacity") << tr("Of capacity");
    }
    QVector<QStringList> rows;
    for (int i : std::as_const(picked)) {
        const CountSnapshot &day = days.at(i);
        QStringList row{day.at.toUTC().date().toString(Qt::ISODate)};
        for (CapacityKind kind : kinds) {
            const qint64 used = usedFor(day.unique, kind);
            const auto capacity = capacityFor(day.capacity, kind);
            row << num(used) << (capacity ? num(*capacity) : QStringLiteral("&#8212;")) << gauge(used, capacity);
        }
        rows.append(row);
    }
    html += paragraph(tr("Unique individuals at the end of each day shown (%n day(s) with changes stored).", "", n)
                          .toHtmlEscaped());
    html += table(headers, rows, 1);
    QString forecast;
    for (const CapacityForecast &f : s.forecast.capacities)
        forecast += QStringLiteral("<li>%1</li>").arg(Forecast::describe(f).toHtmlEscaped());
    if (!forecast.isEmpty())
        html += QStringLiteral("<p><b>%1</b></p><ul>%2</ul>\n")
                    .arg(tr("Forecast (least-squares trend of the last %1 days, dates up to %2 days ahead):")
                             .arg(Forecast::WindowDays)
                             .arg(Forecast::HorizonDays)
                             .toHtmlEscaped(),
                         forecast);
    return html;
}

QString ReportHtml::domainBlock(const ReportSection &s)
{
    QVector<QStringList> owned;
    for (const DomainInfo &d : s.ownedDomains)
        owned.append({text(d.typed), text(d.normalized), num(d.records)});
    QString html = heading(2, tr("Owned domains"));
    if (owned.isEmpty())
        html += paragraph(tr("No domain is owned: every record is internal (R4).").toHtmlEscaped());
    else
        html += table({tr("Domain as typed"), tr("Normalised"), tr("Records")}, owned, 2);

    html += heading(2, tr("Top external domains"));
    if (s.counts.model == LicenceModel::Named) {
        html += paragraph(tr("The named model has no external users (R9).").toHtmlEscaped());
        return html;
    }
    QVector<QStringList> top;
    for (int i = 0; i < s.externalDomains.top.size(); ++i) {
        const DomainCount &d = s.externalDomains.top.at(i);
        top.append({num(i + 1), text(d.domain), num(d.records)});
    }
    if (!top.isEmpty())
        html += table({tr("Rank"), tr("Domain"), tr("Counted records")}, top, 2);
    html += paragraph(tr("%1 external domains with %2 counted records in all.")
                          .arg(s.externalDomains.domains).arg(s.externalDomains.records).toHtmlEscaped());
    return html;
}

QString ReportHtml::qualityBlock(const ReportSection &s)
{
    QString html = heading(2, tr("Data quality"));
    html += heading(3, tr("Records without a valid e-mail"));
    html += paragraph(tr("%1 counted records (internal by R4) and %2 records that do not count have no valid e-mail "
                         "address in Email or Username (R2).").arg(s.noEmail.counted).arg(s.noEmail.excluded)
                          .toHtmlEscaped());
    QVector<QStringList> rows;
    for (const ReportRecord &r : s.noEmail.sample)
        rows.append({text(r.runtime), text(r.username), text(r.name), text(r.email)});
    if (!rows.isEmpty())
        html += table({tr("Runtime"), tr("Username"), tr("Name"), tr("Email field")}, rows, 4);

    html += heading(3, tr("E-mails shared by several records"));
    html += paragraph(tr("%1 addresses are carried by %2 counted records with different usernames on one runtime. R6 "
                         "counts each address as one person (and the platform as one user): check that none is a "
                         "mailbox shared by several people.")
                          .arg(s.sharedEmails.addresses).arg(s.sharedEmails.records).toHtmlEscaped());
    rows.clear();
    for (const SharedEmail &e : s.sharedEmails.top)
        rows.append({text(e.emailKey), num(e.records), num(e.usernames), num(e.runtimes)});
    if (!rows.isEmpty())
        html += table({tr("Address"), tr("Records"), tr("Usernames"), tr("Runtimes")}, rows, 1);

    html += heading(3, tr("Likely duplicates"));
    html += paragraph(tr("%1 names are carried by %2 different individuals (same name, no shared address or "
                         "username). If they are one person, link their records: each counts once more than needed.")
                          .arg(s.duplicateNames.names).arg(s.duplicateNames.individuals).toHtmlEscaped());
    rows.clear();
    for (const DuplicateName &n : s.duplicateNames.top)
        rows.append({text(n.name), num(n.individuals), num(n.records)});
    if (!rows.isEmpty())
        html += table({tr("Name"), tr("Individuals"), tr("Records")}, rows, 1);
    return html;
}

QString ReportHtml::candidateBlock(const ReportData &data, const ReportSection &s)
{
    QString html = heading(2, tr("Deactivation candidates"), true);
    QString intro = tr("%1 counted records have not logged in for %2 days or more (last login before %3, or never).")
                        .arg(s.candidateTotal).arg(data.inactiveDays).arg(s.candidateCutoff);
    if (s.candidates.size() < s.candidateTotal)
        intro += u' ' + tr("The %1 that logged in longest ago are listed.").arg(s.candidates.size());
    html += paragraph(intro.toHtmlEscaped());
    QVector<QStringList> rows;
    for (const ReportRecord &r : s.candidates)
        rows.append({text(r.runtime, 30), text(r.username, 40), text(r.name, 40), text(r.email, 50), lastLogin(r.lastLogin)});
    if (!rows.isEmpty()) {
        html += table({tr("Runtime"), tr("Username"), tr("Name"), tr("Email"), tr("Last login")}, rows, 5,
                      {12, 20, 20, 32, 16});
    }
    return html;
}

QStringList ReportHtml::rules()
{
    return {
        tr("R1 E-mail normalisation: an address is compared in lower case, with its domain in ASCII (IDNA) and "
           "without a trailing dot."),
        tr("R2 A record's e-mail is its Email field when that is a valid address, else its Username when that is one, "
           "else it has none."),
        tr("R3 A domain matches an owned domain only when they are equal: subdomains are listed on their own."),
        tr("R4 Internal when no domain is owned, when the record has no valid e-mail, or when its domain is owned; "
           "otherwise external."),
        tr("R5 Not counted, in this order: IT users, inactive users, anonymous users (never logged in, no personal "
           "data)."),
        tr("R6 Counted records sharing an e-mail address, or a username within one tenant pool, are one individual "
           "across all runtimes; links and splits made here override."),
        tr("R7 An individual is internal when any of its records is internal."),
        tr("R8 Per runtime the counted records are given; the licence is measured on individuals."),
        tr("R9 The named model (platforms before 11.7.0): the same exclusions and individuals, no classification."),
        tr("R10 A capacity is near its limit at 80 % and over when the count exceeds it."),
        tr("R11 Every change recounts at once; this report was read in one consistent snapshot."),
        tr("R12 The platform estimate is what a runtime's own console shows: it merges a person's records within that "
           "runtime only (from 11.11.3), never across runtimes."),
    };
}

QString ReportHtml::rulesBlock(const ReportSection &s)
{
    QString html = heading(2, tr("Rules applied"), true);
    html += QStringLiteral("<ul>\n");
    for (const QString &rule : rules())
        html += QStringLiteral("<li>%1</li>\n").arg(rule.toHtmlEscaped());
    html += QStringLiteral("</ul>\n");
    html += heading(2, tr("Fingerprint"));
    html += paragraph(tr("SHA-256 over the counts, the owned domains and every record behind them (canonical form "
                         "version %1, described in the README):").arg(ReportFingerprint::Version).toHtmlEscaped());
    html += QStringLiteral("<p><tt>%1</tt></p>\n").arg(s.fingerprint.toHtmlEscaped());
    html += paragraph(tr("Recompute it from the workspace with: headcount-cli fingerprint --infra %1")
                          .toHtmlEscaped().arg(text(s.infrastructure.name, 200)));
    return html;
}

} // namespace hc
