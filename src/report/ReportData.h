#pragma once

#include "Counts.h"
#include "History.h"
#include "ReportQueries.h"
#include "Workspace.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace hc {

// What to put in a compliance report (SPEC §4 `report`).
struct ReportOptions
{
    QString infrastructure;          // empty: the only one (ignored with allInfrastructures)
    bool allInfrastructures = false; // an MSP's roll-up: a summary, then one section per infrastructure
    bool pseudonymise = false;       // names, usernames, e-mails and domains masked consistently; counts kept
    int inactiveDays = 90;           // deactivation candidates: counted records not logged in for this many days
    int candidateLimit = 200;        // listed candidates (the total is always given)
    int topDomainLimit = 10;
    int findingLimit = 20;           // rows per data-quality finding
    QDateTime now;                   // invalid: the current time; a fixed one makes a report reproducible
};

// An address carried by counted records of one runtime with different usernames (a shared mailbox, or duplicate
// accounts): the platform counts them as one user (R12) and R6 as one individual.
struct SharedEmail
{
    QString emailKey;
    qint64 records = 0;   // over the runtimes where it is shared
    qint64 usernames = 0; // distinct usernames per runtime, added up
    qint64 runtimes = 0;
};

struct SharedEmails
{
    QVector<SharedEmail> top;
    qint64 addresses = 0;
    qint64 records = 0;
};

// A name (trimmed, inner spaces collapsed, case-folded) carried by several individuals: perhaps one person whose
// accounts R6 could not join (different addresses, different usernames), counted more than once.
struct DuplicateName
{
    QString name; // as written on one of its records
    qint64 individuals = 0;
    qint64 records = 0;
};

struct DuplicateNames
{
    QVector<DuplicateName> top;
    qint64 names = 0;
    qint64 individuals = 0;
};

// One infrastructure's part of the report, read in one snapshot of the workspace.
struct ReportSection
{
    InfrastructureInfo infrastructure;
    Counts counts;
    QVector<RuntimeInfo> runtimes;
    QVector<TenantInfo> tenants;
    QVector<DomainInfo> ownedDomains;
    ExternalDomains externalDomains;
    NoEmailRecords noEmail;
    SharedEmails sharedEmails;
    DuplicateNames duplicateNames;
    QVector<ReportRecord> candidates; // oldest last login first, at most ReportOptions::candidateLimit
    qint64 candidateTotal = 0;
    QString candidateCutoff;          // ISO date: last login before it, or never
    QString fingerprint;              // ReportFingerprint, hex; of the real data even when pseudonymised
    QVector<CountSnapshot> history;   // issue 9: the stored count snapshots, oldest first
    Forecast forecast;                // when each capacity reaches 80 % / 100 %, dated from the report's day
};

struct ReportData
{
    QDateTime generatedAt; // UTC
    int inactiveDays = 90;
    bool pseudonymised = false;
    bool rollUp = false;
    QVector<ReportSection> sections;
};

} // namespace hc
