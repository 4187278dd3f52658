#include "TestSupport.h"

#include "ExportReader.h"
#include "TestConfig.h"
#include "Workspace.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace hc::test {

Status buildLoginWorkspace(const QString &path, int runtimes, int perRuntime)
{
    auto opened = Workspace::open(path);
    if (!opened)
        return Status::failure(opened.error());
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!infra)
        return Status::failure(infra.error());
    Capacity capacity;
    capacity.internal = 1000;
    capacity.external = 10000;
    if (Status s = ws.infrastructureStore().setCapacity(infra->id, capacity); !s)
        return s;
    if (Status s = ws.domainStore().addDomains(infra->id, { QStringLiteral("acme.com") }); !s)
        return s;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int rt = 1; rt <= runtimes; ++rt) {
        QVector<UserRecord> records;
        records.reserve(perRuntime);
        for (int i = 0; i < perRuntime; ++i) {
            UserRecord r;
            r.sourceId = QString::number(i + 1);
            // One person in four is the same person in every runtime.
            const QString person = i % 4 == 0 ? QStringLiteral("p%1").arg(i) : QStringLiteral("r%1p%2").arg(rt).arg(i);
            r.username = person;
            r.name = QStringLiteral("User %1").arg(person);
            r.email = person + (i % 3 == 0 ? QStringLiteral("@example.org") : QStringLiteral("@acme.com"));
            if (i % 5 != 0)
                r.lastLogin = now.addDays(i % 2 == 0 ? -400 : -10).toString(Qt::ISODate);
            records << r;
        }
        const auto imported
            = ws.imports().importRecords(infra->id, QStringLiteral("rt-%1").arg(rt), records, ImportMode::Replace);
        if (!imported)
            return Status::failure(imported.error());
    }
    return {};
}

QJsonObject expectedSampleCounts()
{
    QFile file(QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples/expected-counts.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

Status buildSampleWorkspace(const QString &path)
{
    const QString samples = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/samples");
    const QJsonObject expected = expectedSampleCounts();
    if (expected.isEmpty())
        return Status::failure(QStringLiteral("cannot read %1/expected-counts.json").arg(samples));
    auto opened = Workspace::open(path);
    if (!opened)
        return Status::failure(opened.error());
    Workspace &ws = *opened.value();
    const auto infra = ws.infrastructureStore().infrastructure();
    if (!infra)
        return Status::failure(infra.error());
    const QJsonObject cap = expected[QStringLiteral("capacity")].toObject();
    Capacity capacity;
    capacity.internal = cap[QStringLiteral("internal")].toInteger();
    capacity.external = cap[QStringLiteral("external")].toInteger();
    if (Status s = ws.infrastructureStore().setCapacity(infra->id, capacity); !s)
        return s;
    if (Status s = ws.domainStore().addDomains(infra->id,
            { QStringLiteral("acme.com"), QStringLiteral("ACME.de"), QStringLiteral("sales.acme.com."),
                QStringLiteral("acme-holding.com"), QStringLiteral("m\u00fcnchen-acme.de") });
        !s)
        return s;
    for (const QString &name : { QStringLiteral("prod-eu"), QStringLiteral("prod-us") }) {
        const auto runtime = ws.runtimeStore().addRuntime(infra->id, name);
        if (!runtime)
            return Status::failure(runtime.error());
        const auto data = ExportReader::readFile(
            samples + (name == u"prod-eu" ? QStringLiteral("/prod-eu.csv") : QStringLiteral("/prod-us.json")));
        if (!data)
            return Status::failure(data.error());
        const auto imported = ws.imports().importRecords(runtime->id, data->records, ImportMode::Replace);
        if (!imported)
            return Status::failure(imported.error());
    }
    return {};
}

QString copyTestData(const QString &relativePath, const QString &dir)
{
    const QString source = QStringLiteral(HEADCOUNT_TEST_DATA_DIR "/") + relativePath;
    const QString target = dir + QLatin1Char('/') + QFileInfo(relativePath).fileName();
    QFile::remove(target);
    if (!QFile::copy(source, target))
        return {};
    QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

CliRun runCli(const QString &db, const QStringList &arguments, const QByteArray &input, const QStringList &environment)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("HEADCOUNT_DB"));
    for (const QString &entry : environment) {
        const QString name = entry.section(u'=', 0, 0);
        const QString value = entry.section(u'=', 1);
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(HEADCOUNT_CLI_PATH), QStringList { QStringLiteral("--db"), db } + arguments);
    CliRun run;
    if (!process.waitForStarted(30000)) {
        run.err = process.errorString();
        return run;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("headcount-cli did not finish: ") + arguments.join(QLatin1Char(' '));
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace hc::test
