#include "ReportBuilder.h"

#include "CountsHistory.h"

#include "CandidateFinder.h"
#include "Pseudonymiser.h"
#include "RecordFindings.h"
#include "RecordPipeline.h"
#include "ReportFingerprint.h"

#include <QElapsedTimer>

#include <algorithm>

namespace hc {

// Phase timings: QT_LOGGING_RULES="headcount.report.debug=true" (SPEC §8: the report for 1 M records in < 2 s).
Q_LOGGING_CATEGORY(lcReport, "headcount.report", QtWarningMsg)

Result<ReportData> ReportBuilder::build(const ReportOptions &options) const
{
    using R = Result<ReportData>;
    if (options.inactiveDays < 1)
        return R::failure(tr("The number of inactive days must be at least 1."));
    ReadSnapshot snapshot(m_workspace);
    if (Status s = snapshot.begin(); !s)
        return R::failure(s.error());
    const auto infras = chooseInfrastructures(options);
    if (!infras)
        return R::failure(infras.error());

    ReportData data;
    data.generatedAt = (options.now.isValid() ? options.now : QDateTime::currentDateTimeUtc()).toUTC();
    data.inactiveDays = options.inactiveDays;
    data.pseudonymised = options.pseudonymise;
    data.rollUp = options.allInfrastructures;
    const QDate cutoff = data.generatedAt.date().addDays(-options.inactiveDays);
    for (const InfrastructureInfo &infra : *infras) {
        auto s = section(infra, options, cutoff, data.generatedAt.date());
        if (!s)
            return R::failure(s.error());
        data.sections.append(std::move(s).value());
    }
    if (options.pseudonymise) {
        Pseudonymiser pseudonymiser;
        pseudonymiser.apply(data);
    }
    return data;
}

Result<QVector<InfrastructureInfo>> ReportBuilder::chooseInfrastructures(const ReportOptions &options) const
{
    using R = Result<QVector<InfrastructureInfo>>;
    if (!options.allInfrastructures) {
        const auto infra = m_workspace.infrastructureStore().infrastructure(options.infrastructure);
        if (!infra)
            return R::failure(infra.error());
        return QVector<InfrastructureInfo>{*infra};
    }
    auto listed = m_workspace.infrastructureStore().infrastructures();
    if (!listed)
        return R::failure(listed.error());
    QVector<InfrastructureInfo> all = std::move(listed).value();
    if (all.isEmpty())
        return R::failure(tr("The workspace has no infrastructure."));
    std::sort(all.begin(), all.end(),
              [](const InfrastructureInfo &a, const InfrastructureInfo &b) { return a.name < b.name; });
    return all;
}

Result<ReportSection> ReportBuilder::section(const InfrastructureInfo &infra, const ReportOptions &options,
                                             const QDate &cutoff, const QDate &today) const
{
    using R = Result<ReportSection>;
    ReportSection s;
    s.infrastructure = infra;
    auto counts = m_workspace.counts(infra.id);
    if (!counts)
        return R::failure(counts.error());
    s.counts = std::move(counts).value();
    auto runtimes = m_workspace.runtimeStore().runtimes(infra.id);
    if (!runtimes)
        return R::failure(runtimes.error());
    s.runtimes = std::move(runtimes).value();
    auto domains = m_workspace.domainStore().domains(infra.id);
    if (!domains)
        return R::failure(domains.error());
    s.ownedDomains = std::move(domains).value();
    auto tenants = m_workspace.tenantStore().tenants(infra.id);
    if (!tenants)
        return R::failure(tenants.error());
    s.tenants = std::move(tenants).value();
    auto history = CountsHistory(m_workspace.database()).snapshots(infra.id);
    if (!history)
        return R::failure(history.error());
    s.history = std::move(history).value();
    s.forecast = Forecast::compute(s.history, today);
    QElapsedTimer timer;
    timer.start();
    if (Status st = addFindings(s, options); !st)
        return R::failure(st.error());
    qCDebug(lcReport) << infra.name << "aggregates" << timer.restart() << "ms";
    if (Status st = readRecords(s, options, cutoff); !st)
        return R::failure(st.error());
    qCDebug(lcReport) << infra.name << "pass over the records (fingerprint, findings, candidates)" << timer.restart()
                      << "ms";
    return s;
}

Status ReportBuilder::addFindings(ReportSection &s, const ReportOptions &options) const
{
    const ReportQueries queries(m_workspace);
    const qint64 infraId = s.infrastructure.id;
    // The named model has no classes (R9), so no domain is external.
    if (s.infrastructure.model == LicenceModel::InternalExternal) {
        auto external = queries.externalDomains(infraId, options.topDomainLimit);
        if (!external)
            return Status::failure(external.error());
        s.externalDomains = std::move(external).value();
    }
    auto noEmail = queries.noEmailRecords(infraId);
    if (!noEmail)
        return Status::failure(noEmail.error());
    s.noEmail = std::move(noEmail).value();
    return {};
}

// One pass over every record feeds the fingerprint, the findings that need every counted record and the
// deactivation candidates. This thread only reads SQLite; the digest and the findings are computed on a thread
// each (RecordPipeline), which on two cores takes the pass from the sum of the three to about the longest of them.
Status ReportBuilder::readRecords(ReportSection &s, const ReportOptions &options, const QDate &cutoff) const
{
    const ReportQueries queries(m_workspace);
    ReportFingerprint fingerprint(s.counts, s.ownedDomains, s.runtimes);
    RecordFindings findings(options.findingLimit);
    s.candidateCutoff = cutoff.toString(Qt::ISODate);
    CandidateFinder candidates(s.candidateCutoff, options.candidateLimit);
    QElapsedTimer timer;
    timer.start();
    Status pass;
    {
        RecordPipeline pipeline({[&](const RecordRow &row) { fingerprint.add(row); },
                                 [&](const RecordRow &row) {
                                     findings.add(row);
                                     candidates.add(row);
                                 }});
        pass = queries.forEachRecord(s.infrastructure.id, [&](const RecordRow &row) { pipeline.add(row); });
        pipeline.finish();
    }
    s.fingerprint = fingerprint.result();
    qCDebug(lcReport) << s.infrastructure.name << "the pass itself" << timer.restart() << "ms";
    if (!pass)
        return pass;
    if (s.fingerprint.isEmpty())
        return Status::failure(tr("Cannot compute the SHA-256 fingerprint."));
    if (Status st = findings.finish(queries, s.sharedEmails, s.duplicateNames, s.noEmail.sample); !st)
        return st;
    s.candidateTotal = candidates.total();
    return addCandidates(s, candidates.ids());
}

// The kept candidates as the Users view lists them (Workspace::users), in the finder's order.
Status ReportBuilder::addCandidates(ReportSection &s, const QVector<qint64> &ids) const
{
    if (ids.isEmpty())
        return {};
    UserFilter filter;
    filter.infraId = s.infrastructure.id;
    filter.recordIds = ids;
    const auto rows = m_workspace.userQueries().users(filter);
    if (!rows)
        return Status::failure(rows.error());
    QHash<qint64, const UserRow *> byId;
    for (const UserRow &row : *rows)
        byId.insert(row.recordId, &row);
    for (qint64 id : ids) {
        const UserRow *row = byId.value(id);
        if (!row)
            continue;
        const UserRecord &r = row->record;
        s.candidates.append({row->runtime, r.username, r.name, r.email, r.tenant, r.lastLogin, QString()});
    }
    return {};
}

} // namespace hc
