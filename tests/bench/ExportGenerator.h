#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

namespace hc {

struct GeneratorOptions
{
    enum class Format { Csv, Json };

    QString outDir;
    int runtimes = 4;
    qint64 recordsPerRuntime = 250000;
    quint32 seed = 1;
    Format format = Format::Csv;
};

// What was written, record by record, so that a caller can check the realism figures without re-reading the files.
struct GeneratorStats
{
    qint64 people = 0;          // distinct persons behind the records
    qint64 peopleOnTwo = 0;     // persons with records on two runtimes
    qint64 peopleOnThree = 0;   // ... on three runtimes
    qint64 records = 0;
    qint64 ownedDomain = 0; // records whose address (Email, or Username when that is the address) is on an owned domain
    qint64 freeMail = 0;        // ... on a big free-mail domain
    qint64 companyDomain = 0;   // ... on one of the long tail of company domains
    qint64 phoneOnly = 0;       // no e-mail anywhere, a mobile phone
    qint64 usernameIsEmail = 0; // Username holds the address, Email empty
    qint64 invalidEmail = 0;    // Email filled but not a valid address
    qint64 sharedMailbox = 0;   // several accounts on one address (front desks)
    qint64 anonymous = 0;       // never logged in, no personal data
    qint64 neverLoggedIn = 0;   // never logged in, not anonymous (null date or empty)
    qint64 inactive = 0;
    qint64 itUser = 0;
    qint64 secondTenant = 0;
    qint64 unicodeName = 0;     // Name has characters outside ASCII
    qint64 quotedName = 0;      // Name needs CSV quoting (comma or quote)
    qint64 companyDomainsUsed = 0;
};

struct GeneratedRuntime
{
    QString name;     // prod-eu, prod-us, ...
    QString file;     // absolute path
    qint64 records = 0;
    qint64 bytes = 0;
};

struct GeneratedExport
{
    QString manifest;      // absolute path of manifest.json
    QString infrastructure;
    QStringList domains;   // owned domains as an administrator typed them
    qint64 capacityInternal = 0;
    qint64 capacityExternal = 0;
    QVector<GeneratedRuntime> runtimes;
    GeneratorStats stats;
};

// Writes realistic multi-runtime user exports (like tests/data/samples) of any size, deterministically: the same
// seed and options give byte-identical files. Persons are drawn first, then spread over the runtimes (about a
// quarter on two or three of them), and every runtime's file is written by its own generator seeded from the seed
// and the runtime's index, so the runtimes can be written in parallel without changing a byte.
class ExportGenerator
{
public:
    explicit ExportGenerator(GeneratorOptions options);

    Result<GeneratedExport> generate() const;

    // The name of the runtime at `index` (0-based): prod-eu, prod-us, prod-apac, ...
    static QString runtimeName(int index);
    // The domains the generated infrastructure owns, as typed (mixed case, a trailing dot, a Unicode domain).
    static QStringList ownedDomains();
    // The external domain with most records (a free-mail provider): adding it as owned moves most records.
    static QString largestExternalDomain();
    static QString infrastructureName() { return QStringLiteral("acme"); }

private:
    GeneratorOptions m_options;
};

} // namespace hc
