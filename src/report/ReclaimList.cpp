#include "ReclaimList.h"

#include "CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QMap>
#include <QSaveFile>

namespace hc {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReclaimList)
};

} // namespace

QString ReclaimList::fileName(const QString &runtime, const QDate &date)
{
    QString safe;
    for (const QChar c : runtime) {
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') || c == u'.'
            || c == u'_' || c == u'-';
        safe += ok ? c : u'_';
    }
    if (safe.isEmpty() || safe.startsWith(u'.'))
        safe.prepend(u'_');
    return QStringLiteral("%1-deactivate-%2.csv").arg(safe, date.toString(Qt::ISODate));
}

Result<QStringList> ReclaimList::write(const QString &folder, const QVector<ReclaimRecord> &records, const QDate &date)
{
    using R = Result<QStringList>;
    QMap<QString, QByteArray> byRuntime; // by name: the files come out in a stable order
    for (const ReclaimRecord &r : records) {
        QByteArray &text = byRuntime[r.runtime];
        if (text.isEmpty())
            text = CsvWriter::line({ QStringLiteral("Id"), QStringLiteral("Username") });
        text += CsvWriter::line({ r.sourceId, r.username });
    }
    const QDir dir(folder);
    if (!dir.exists())
        return R::failure(Tr::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder)));
    QStringList written;
    QStringList used;
    for (auto it = byRuntime.cbegin(); it != byRuntime.cend(); ++it) {
        QString name = fileName(it.key(), date);
        // Two runtime names made the same by the safe spelling still get a file each.
        for (int n = 2; used.contains(name, Qt::CaseInsensitive); ++n)
            name = fileName(it.key() + QStringLiteral("-%1").arg(n), date);
        used << name;
        const QString path = dir.filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(it.value()) != it.value().size() || !file.commit())
            return R::failure(Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        written << path;
    }
    return written;
}

} // namespace hc
