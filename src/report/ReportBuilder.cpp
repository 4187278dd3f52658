#include "ReportBuilder.h"

#include "Pseudonymiser.h"
#include "ReportFingerprint.h"

#include <algorithm>

namespace hc {

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
        auto s = section(infra, options, cutoff);
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
        const auto infra = m_workspace.infrastructure(options.infrastructure);
        if (!infra)
            return R::failure(infra.error());
        return QVector<InfrastructureInfo>{*infra};
    }
    QVector<InfrastructureInfo> all = m_workspace.infrastructures();
    if (all.isEmpty())
        return R::failure(tr("The workspace has no infrastructure."));
    std::sort(all.begin(), all.end(),
              [](const InfrastructureInfo &a, const InfrastructureInfo &b) { return a.name < b.name; });
    return all;
}

Result<ReportSection> ReportBuilder::section(const InfrastructureInfo &infra, const ReportOptions &options,
                                             const QDate &cutoff) const
{
    using R = Result<ReportSection>;
    ReportSection s;
    s.infrastructure = infra;
    auto counts = m_workspace.counts(infra.id);
    if (!counts)
        return R::failure(counts.error());
    s.counts = std::move(counts).value();
    s.runtimes = m_workspace.runtimes(infra.id);
    s.ownedDomains = m_workspace.domains(infra.id);
    auto tenants = m_workspace.tenants(infra.id);
    if (!tenants)
        return R::failure(tenants.error());
    s.tenants = std::move(tenants).value();
    if (Status st = addFindings(s, options); !st)
        return R::failure(st.error());
    if (Status st = addCandidates(s, options, cutoff); !st)
        return R::failure(st.error());
    auto fingerprint = ReportFingerprint::compute(m_workspace, infra.id, s.counts, s.ownedDomains);
    if (!fingerprint)
        return R::failure(fingerprint.error());
    s.fingerprint = std::move(fingerprint).value();
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
    auto noEmail = queries.noEmailRecords(infraId, options.findingLimit);
    if (!noEmail)
        return Status::failure(noEmail.error());
    s.noEmail = std::move(noEmail).value();
    auto shared = queries.sharedEmails(infraId, options.findingLimit);
    if (!shared)
        return Status::failure(shared.error());
    s.sharedEmails = std::move(shared).value();
    auto names = queries.duplicateNames(infraId, options.findingLimit);
    if (!names)
        return Status::failure(names.error());
    s.duplicateNames = std::move(names).value();
    return {};
}

Status ReportBuilder::addCandidates(ReportSection &s, const ReportOptions &options, const QDate &cutoff) const
{
    UserFilter filter;
    filter.infraId = s.infrastructure.id;
    filter.status = RecordStatus::Counted;
    filter.notLoggedInSince = cutoff.toString(Qt::ISODate);
    s.candidateCutoff = filter.notLoggedInSince;
    const auto total = m_workspace.userCount(filter);
    if (!total)
        return Status::failure(total.error());
    s.candidateTotal = *total;
    if (s.candidateTotal == 0 || options.candidateLimit <= 0)
        return {};
    filter.sortBy = UserSort::LastLogin; // never logged in first, then the oldest login
    filter.limit = options.candidateLimit;
    const auto rows = m_workspace.users(filter);
    if (!rows)
        return Status::failure(rows.error());
    for (const UserRow &row : *rows) {
        const UserRecord &r = row.record;
        s.candidates.append({row.runtime, r.username, r.name, r.email, r.tenant, r.lastLogin});
    }
    return {};
}

} // namespace hc
