#include "ImportRun.h"

#include "AggregateKeys.h"
#include "CountsEngine.h"
#include "IdentityResolver.h"
#include "PlatformEstimate.h"
#include "RuntimeImport.h"
#include "SqlSupport.h"
#include "DbStatement.h"
#include "StorageErrors.h"

#include <QMap>
#include <QCoreApplication>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

#include <algorithm>
#include <thread>

namespace hc {

Q_LOGGING_CATEGORY(lcImport, "headcount.import", QtWarningMsg)

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(RuntimeImport)
};
using Sql::decisionKey;

void appendUtf8(QByteArray &buffer, const QString &s)
{
    const qsizetype start = buffer.size();
    buffer.resize(start + s.size());
    char *out = buffer.data() + start;
    for (QChar c : s) {
        if (c.unicode() >= 0x80) {
            buffer.resize(start);
            buffer += s.toUtf8();
            return;
        }
        *out++ = char(c.unicode());
    }
}

void prepare(const UserRecord &r, const Decisions &d, TenantKind kind, PreparedRow &row, RowText &text,
             quint64 *content)
{
    row.facts = Rules::facts(r, d.overrides, kind);
    row.decisions = d;
    row.active = r.active;
    row.itUser = r.itUser;
    const QString *fields[RowText::TextCount] = {&r.sourceId, &r.name, &r.username, &r.email, &r.phone,
                                                 &r.externalId, &r.tenant, &r.creationDate, &r.lastLogin,
                                                 &row.facts.emailKey, &row.facts.domain, &row.facts.usernameKey};
    qsizetype total = 0;
    for (const QString *f : fields)
        total += f->size();
    text.buffer.clear();
    text.buffer.reserve(total + 16);
    for (int t = 0; t < RowText::TextCount; ++t) {
        text.offsets[t] = qint32(text.buffer.size());
        appendUtf8(text.buffer, *fields[t]);
    }
    text.offsets[RowText::TextCount] = qint32(text.buffer.size());
    if (content) {
        QByteArrayView stored[9];
        for (int t = RowText::SourceId; t <= RowText::LastLogin; ++t)
            stored[t] = QByteArrayView(text.text(t), text.size(t));
        *content = PreviousRecords::contentHash(stored, r.active, r.itUser);
    }
}

} // namespace

Status ImportRun::cancelledStatus() const
{
    return Status::failure(Tr::tr("Import cancelled: the workspace was left as it was."));
}

Result<ImportSummary> ImportRun::run(const RecordSource &source, ImportMode mode)
{
    using R = Result<ImportSummary>;
    m_clock.start();
    using Step = Status (ImportRun::*)();
    if (Status s = loadSettings(); !s)
        return R::failure(s.error());
    if (Status s = readPrevious(); !s)
        return R::failure(s.error());
    if (Status s = m_spool.open(); !s)
        return R::failure(s.error());
    NeighbourPrefetch prefetch(m_connection, m_infraId, m_runtimeId, m_cancelled);
    if (Status s = prefetch.start(); !s)
        return R::failure(s.error());
    m_prefetch = &prefetch;
    const auto forget = qScopeGuard([this] { m_prefetch = nullptr; }); // it lives only as long as this call
    phase("decisions + previous records");
    // The export streams through classification batch by batch: only its prepared rows are kept (SPEC §8); the
    // other core searches the neighbourhood from each batch meanwhile.
    const Status read = source([this](const QVector<UserRecord> &batch) { return addBatch(batch); });
    const Status searched = prefetch.wait(); // before any other statement on the connection
    if (!read)
        return R::failure(isCancelled() ? cancelledStatus().error() : read.error(), read.code());
    if (!searched)
        return R::failure(isCancelled() ? cancelledStatus().error() : searched.error());
    phase("read + facts + search");
    if (Status s = finishSummary(mode); !s)
        return R::failure(s.error(), s.code());
    m_previous = {}; // the summary is made: memory for what follows (SPEC §8)
    m_matched = {};
    phase("summary");
    for (const auto &[step, name] : {std::pair<Step, const char *>{&ImportRun::loadLinks, "load links"},
                                     {&ImportRun::loadPreviousIdentities, "previous individuals"},
                                     {&ImportRun::findNeighbourhood, "neighbourhood"}}) {
        if (Status s = (this->*step)(); !s)
            return R::failure(s.error());
        phase(name);
    }
    resolveIndividuals();
    phase("union-find");
    countIdentityDeltas();
    m_previousIndividuals = {};
    resolvePlatformUsers();
    if (isCancelled())
        return R::failure(cancelledStatus().error());
    phase("identity keys");
    for (const auto &[step, name] : {std::pair<Step, const char *>{&ImportRun::deleteOldRows, "delete old"},
                                     {&ImportRun::insertRows, "insert rows"},
                                     {&ImportRun::insertKeys, "insert keys"},
                                     {&ImportRun::insertRuntimeAggregates, "agg_runtime"},
                                     {&ImportRun::insertTenantAggregates, "agg_tenant + keys"},
                                     {&ImportRun::updateOtherRuntimes, "update others"}}) {
        if (Status s = (this->*step)(); !s)
            return R::failure(s.error());
        phase(name);
    }
    if (m_progress)
        m_progress(m_rows.size());
    return m_summary;
}

Status ImportRun::loadSettings()
{
    auto kinds = loadTenantKinds(m_db, m_infraId);
    if (!kinds)
        return Status::failure(kinds.error());
    m_kinds = std::move(kinds).value();
    auto decisions = DecisionRows::load(m_db, m_runtimeId);
    if (!decisions)
        return Status::failure(decisions.error());
    m_decisions = std::move(decisions).value();
    return {};
}

// The runtime's current records, compactly: what the summary compares with.
Status ImportRun::readPrevious()
{
    if (Status s = m_previous.read(m_connection, m_first, m_last); !s)
        return s;
    m_matched.fill(false, m_previous.size());
    return {};
}

// One batch of the export: classified, then matched against the previous snapshot (added / changed / unchanged; a
// record the runtime had keeps its serial, a duplicate gets a new one).
Status ImportRun::addBatch(const QVector<UserRecord> &batch)
{
    if (isCancelled())
        return cancelledStatus();
    const qsizetype firstRow = m_rows.size();
    QVector<quint64> contents;
    if (Status s = prepareRows(batch, firstRow, m_previous.size() ? &contents : nullptr); !s)
        return s;
    m_prefetch->add(ownKeyHashes(firstRow));
    m_rowsSearched = m_rows.size();
    m_serials.resize(firstRow + batch.size());
    for (qsizetype i = 0; i < batch.size(); ++i) {
        const UserRecord &r = batch[i];
        qint64 serial = 0;
        const int previous = m_previous.size() ? m_previous.find(PreviousRecords::matchKey(r.sourceId, r.tenant, r.username)) : -1;
        if (previous < 0) {
            ++m_summary.added;
        } else {
            if (!m_matched[previous])
                serial = m_previous.serial(previous);
            m_matched[previous] = true;
            ++(m_previous.content(previous) == contents[i] ? m_summary.unchanged : m_summary.changed);
        }
        m_serials[firstRow + i] = serial;
    }
    return {};
}

// Merge: upsert by Id (else Username); the records the export does not mention stay, read again in batches.
Status ImportRun::finishMerge()
{
    QVector<UserRecord> kept;
    auto flush = [&] {
        Status s = prepareRows(kept, m_rows.size());
        kept.clear();
        return s;
    };
    if (Status s = m_previous.forEachUnmatched(m_connection, m_first, m_last, m_matched,
                                               [&](const UserRecord &r, qint64 serial) {
                                                   kept.append(r);
                                                   m_serials.append(serial);
                                                   return kept.size() >= 10000 ? flush() : Status();
                                               });
        !s)
        return s;
    return flush();
}

// Replace: who the export no longer has (their Username, else their Id).
Status ImportRun::listRemoved()
{
    return m_previous.forEachUnmatched(m_connection, m_first, m_last, m_matched, [this](const UserRecord &r, qint64) {
        m_summary.removedUsers << (r.username.isEmpty() ? QStringLiteral("Id ") + r.sourceId : r.username);
        return Status();
    });
}

// Removed records, the shrink guard and the merge, once the whole export has been read.
Status ImportRun::finishSummary(ImportMode mode)
{
    const qint64 unmatched = std::count(m_matched.cbegin(), m_matched.cend(), false);
    if (mode == ImportMode::Merge) {
        if (unmatched > 0) {
            if (Status s = finishMerge(); !s)
                return s;
        }
        return allocateSerials();
    }
    m_summary.removed = unmatched;
    if (unmatched > 0) {
        if (Status s = listRemoved(); !s)
            return s;
    }
    // SPEC §3: a snapshot that would take away more than half of the runtime is most likely the wrong file.
    if (m_shrink == ShrinkPolicy::Refuse && unmatched > 0 && unmatched * 2 > m_previous.size()) {
        const QStringList some = m_summary.removedUsers.mid(0, 10);
        return Status::failure(Tr::tr("This export would remove %1 of the runtime's %2 records (more than half), "
                                      "e.g. %3%4. Nothing was changed; confirm the import (--allow-shrink) if "
                                      "that is right.")
                                   .arg(unmatched)
                                   .arg(m_previous.size())
                                   .arg(some.join(QStringLiteral(", ")),
                                        m_summary.removedUsers.size() > some.size() ? QStringLiteral(", …") : QString()),
                               ShrinkRefusedCode);
    }
    return allocateSerials();
}

// New records take the infrastructure's next serials (written back with the rows).
Status ImportRun::allocateSerials()
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT next_serial FROM infrastructure WHERE id = ?"));
    q.addBindValue(m_infraId);
    if (!q.exec() || !q.next())
        return Status::failure(StorageErrors::failure(Tr::tr("reading the infrastructure"), q.lastError()));
    m_nextSerial = q.value(0).toLongLong();
    for (qint64 &serial : m_serials) {
        if (serial == 0)
            serial = m_nextSerial++;
    }
    return {};
}

int ImportRun::tenantIndex(const QString &tenant)
{
    const auto it = m_tenantIndex.constFind(tenant);
    if (it != m_tenantIndex.constEnd())
        return *it;
    m_tenants.append(tenant);
    return *m_tenantIndex.insert(tenant, int(m_tenants.size() - 1));
}

// Facts and UTF-8 of `records`, rows firstRow ..., on both cores: the rules are pure functions.
Status ImportRun::prepareRows(const QVector<UserRecord> &records, qsizetype firstRow, QVector<quint64> *contents)
{
    const int n = int(records.size());
    if (contents)
        contents->resize(n);
    m_rows.resize(firstRow + n);
    for (int i = 0; i < n; ++i) {
        m_rows[firstRow + i].tenant = tenantIndex(records[i].tenant);
        m_perTenant[records[i].tenant] += 1;
    }
    QVector<RowText> texts(n);
    auto work = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            const UserRecord &r = records[i];
            prepare(r, m_decisions.isEmpty() ? Decisions() : m_decisions.value(decisionKey(r.tenant, Rules::usernameKey(r.username))),
                    m_kinds.kind(r.tenant), m_rows[firstRow + i], texts[i], contents ? &(*contents)[i] : nullptr);
        }
    };
    const int half = n / 2;
    if (n >= 256) {
        std::thread helper(work, half, n);
        work(0, half);
        helper.join();
    } else {
        work(0, n);
    }
    if (isCancelled())
        return cancelledStatus();
    if (Status s = spoolRows(texts, firstRow); !s)
        return s;
    if (!m_decisions.isEmpty()) {
        for (int i = 0; i < n; ++i) {
            if (m_rows[firstRow + i].decisions.overrides.deactivated.value_or(false) && records[i].active)
                m_summary.pendingDeactivation << records[i].username;
        }
    }
    return {};
}

// The batch's text goes to the spool; each row keeps its keys in the arena and its domain as the one shared string
// of that domain.
Status ImportRun::spoolRows(QVector<RowText> &texts, qsizetype firstRow)
{
    for (qsizetype i = 0; i < texts.size(); ++i) {
        const RowText &t = texts[i];
        const char *header = reinterpret_cast<const char *>(t.offsets);
        if (Status s = m_spool.append(header, sizeof t.offsets); !s)
            return s;
        if (Status s = m_spool.append(t.buffer.constData(), t.buffer.size()); !s)
            return s;
        RecordFacts &facts = m_rows[firstRow + i].facts;
        facts.emailKey = m_keys.keep(facts.emailKey);
        facts.usernameKey = m_keys.keep(facts.usernameKey);
        facts.domain = internDomain(facts.domain);
    }
    return {};
}

QString ImportRun::internDomain(const QString &domain)
{
    if (domain.isEmpty())
        return domain;
    const auto it = m_domains.constFind(domain);
    if (it != m_domains.constEnd())
        return *it;
    m_domains.insert(domain, domain);
    return domain;
}

Status ImportRun::loadLinks()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT l.runtime_a, l.username_a, l.runtime_b, l.username_b, l.tenant FROM link l"
                             " JOIN runtime r ON r.id = l.runtime_a WHERE r.infra_id = ?"));
    q.addBindValue(m_infraId);
    if (!q.exec())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    while (q.next()) {
        m_links.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString()});
    }
    if (q.lastError().isValid())
        return Status::failure(StorageErrors::failure(Tr::tr("reading links"), q.lastError()));
    return {};
}

// R6 over the neighbourhood (findNeighbourhood) and this runtime's counted records, joined by e-mail, username and
// the administrator's links.
void ImportRun::resolveIndividuals()
{
    const int n = int(m_rows.size());
    IdentityResolver resolver;
    resolver.reserve(int(m_others.size()) + n);
    // Only with links: runtime + tenant + username -> resolver indexes.
    QHash<QString, QVector<int>> byRef;
    auto refOf = [](qint64 runtimeId, const QString &tenant, const QString &usernameKey) -> QString {
        return QString::number(runtimeId) + QChar(0x1e) + decisionKey(tenant, usernameKey);
    };
    for (const OtherNode &o : std::as_const(m_others)) {
        const int index = resolver.add({o.serial, m_kinds.usernamePool(o.tenant), o.emailKey, o.usernameKey, o.split});
        if (!m_links.isEmpty() && !o.usernameKey.isEmpty())
            byRef[refOf(o.runtimeId, o.tenant, o.usernameKey)].append(index);
    }
    m_resolverIndexOfRow.fill(-1, n);
    for (int i = 0; i < n; ++i) {
        const PreparedRow &row = m_rows[i];
        if (row.facts.status != RecordStatus::Counted)
            continue;
        const QString &tenant = tenantOf(i);
        const int index = resolver.add({m_serials[i], m_kinds.usernamePool(tenant), row.facts.emailKey,
                                        row.facts.usernameKey, row.decisions.split});
        m_resolverIndexOfRow[i] = index;
        if (!m_links.isEmpty() && !row.facts.usernameKey.isEmpty())
            byRef[refOf(m_runtimeId, tenant, row.facts.usernameKey)].append(index);
    }
    for (const Link &l : std::as_const(m_links)) {
        const auto a = byRef.value(refOf(l.runtimeA, l.tenant, l.usernameA));
        const auto b = byRef.value(refOf(l.runtimeB, l.tenant, l.usernameB));
        for (int x : a) {
            for (int y : b)
                resolver.link(x, y);
        }
    }
    m_individual = resolver.resolve();
}

// R12: this runtime's platform users (its records only: the platform never merges runtimes).
void ImportRun::resolvePlatformUsers()
{
    m_platformUser.fill(0, m_rows.size());
    IdentityResolver platform;
    QVector<int> rowOf;
    // Room for every counted row at once: grown item by item, its buffer was copied into larger ones up to twice
    // its size (200 MB at the peak of a million-record import).
    const int counted = int(std::count_if(m_resolverIndexOfRow.cbegin(), m_resolverIndexOfRow.cend(),
                                          [](int index) { return index >= 0; }));
    platform.reserve(counted);
    rowOf.reserve(counted);
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_resolverIndexOfRow[i] < 0)
            continue;
        const RecordFacts &f = m_rows[i].facts;
        platform.add(PlatformEstimate::item(recordId(i), f.emailKey, f.usernameKey, m_kinds.kind(tenantOf(i))));
        rowOf.append(i);
    }
    const QVector<qint64> user = platform.resolve();
    QVector<QPair<qint64, const QString *>> members;
    members.reserve(user.size());
    for (int k = 0; k < user.size(); ++k) {
        m_platformUser[rowOf[k]] = user[k];
        members.append({user[k], &m_rows[rowOf[k]].facts.domain});
    }
    m_platformKeys = AggregateKeys::countKeys(std::move(members));
}

} // namespace hc
