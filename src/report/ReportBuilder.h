#pragma once

#include "ReportData.h"
#include "Result.h"

#include <QCoreApplication>
#include <QLoggingCategory>

namespace hc {

Q_DECLARE_LOGGING_CATEGORY(lcReport)

class Workspace;

// Gathers a compliance report from a workspace: counts from the maintained aggregates, bounded lists, a few
// grouping queries and one streamed pass for the fingerprint — never every record in memory. Holds no state but
// the workspace it reads, so the console can run it on a worker thread with that thread's own Workspace.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(hc::ReportBuilder)

public:
    explicit ReportBuilder(const Workspace &workspace) : m_workspace(workspace) {}

    // Everything is read in one read transaction, so the figures and the fingerprint describe one state.
    [[nodiscard]] Result<ReportData> build(const ReportOptions &options) const;

private:
    Result<QVector<InfrastructureInfo>> chooseInfrastructures(const ReportOptions &options) const;
    Result<ReportSection> section(const InfrastructureInfo &infra, const ReportOptions &options,
                                  const QDate &cutoff,
                                        const QDate &today) const;
    Status addFindings(ReportSection &section, const ReportOptions &options) const;
    Status readRecords(ReportSection &section, const ReportOptions &options, const QDate &cutoff) const;
    Status addCandidates(ReportSection &section, const QVector<qint64> &ids) const;

    const Workspace &m_workspace;
};

} // namespace hc
