#include "ingest/InboundService.h"

#include "db/DbWorker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("InboundService", text);
}

Result<QString> writeFile(const QByteArray &data, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit())
        return Error::make(Error::Code::Unavailable,
                           tr("The attachment could not be written to %1: %2. Choose another "
                              "folder, or free some disk space.")
                               .arg(QDir::toNativeSeparators(path), file.errorString()));
    return path;
}
} // namespace

InboundService::InboundService(DbWorker *worker, QObject *parent)
    : QObject(parent), m_worker(worker)
{}

QFuture<Result<QList<InboundAttachment>>> InboundService::attachments(qint64 ticketId)
{
    return m_worker->run(
        [ticketId](QSqlDatabase &db) { return InboundStore(db).attachmentsOfTicket(ticketId); });
}

QFuture<Result<QString>> InboundService::saveAttachment(qint64 attachmentId,
                                                        const QString &filePath)
{
    return m_worker->run([attachmentId, filePath](QSqlDatabase &db) -> Result<QString> {
        HD_TRY_ASSIGN(const QByteArray data, InboundStore(db).attachmentData(attachmentId));
        return writeFile(data, filePath);
    });
}

QFuture<Result<QString>> InboundService::exportAttachment(qint64 attachmentId, const QString &dir)
{
    return m_worker->run([attachmentId, dir](QSqlDatabase &db) -> Result<QString> {
        InboundStore store(db);
        HD_TRY_ASSIGN(const InboundAttachment info, store.attachment(attachmentId));
        HD_TRY_ASSIGN(const QByteArray data, store.attachmentData(attachmentId));
        // One folder per attachment: two attachments with the same name never overwrite
        // each other, and the file keeps its own name for the viewer.
        const QString folder = QDir(dir).filePath(QString::number(attachmentId));
        if (!QDir().mkpath(folder))
            return Error::make(Error::Code::Unavailable,
                               tr("The folder %1 could not be created to open the attachment; "
                                  "use Save instead.")
                                   .arg(QDir::toNativeSeparators(folder)));
        return writeFile(data, QDir(folder).filePath(safeFileName(info.fileName, attachmentId)));
    });
}

QString InboundService::safeFileName(const QString &name, qint64 attachmentId)
{
    QString base = name;
    base.replace(u'\\', u'/');
    base = base.section(u'/', -1);
    QString out;
    for (QChar c : std::as_const(base)) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f || QStringLiteral(":*?\"<>|").contains(c))
            out += u'_';
        else
            out += c;
    }
    while (out.startsWith(u'.') || out.startsWith(u' '))
        out.remove(0, 1);
    out = out.trimmed();
    if (out.size() > 150)
        out = out.left(100) + out.right(50);
    if (out.isEmpty())
        out = QStringLiteral("attachment-%1").arg(attachmentId);
    return out;
}

bool InboundService::isRunnable(const QString &fileName, const QString &mimeType)
{
    static const QStringList kRunnable = {
        QStringLiteral("exe"),      QStringLiteral("com"), QStringLiteral("bat"),
        QStringLiteral("cmd"),      QStringLiteral("scr"), QStringLiteral("pif"),
        QStringLiteral("msi"),      QStringLiteral("msp"), QStringLiteral("js"),
        QStringLiteral("jse"),      QStringLiteral("vbs"), QStringLiteral("vbe"),
        QStringLiteral("wsf"),      QStringLiteral("ps1"), QStringLiteral("jar"),
        QStringLiteral("lnk"),      QStringLiteral("hta"), QStringLiteral("cpl"),
        QStringLiteral("sh"),       QStringLiteral("app"), QStringLiteral("command"),
        QStringLiteral("desktop"),  QStringLiteral("reg"), QStringLiteral("dll"),
        QStringLiteral("appimage"), QStringLiteral("deb"), QStringLiteral("rpm"),
        QStringLiteral("pkg"),      QStringLiteral("dmg")};
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (kRunnable.contains(suffix))
        return true;
    const QString type = mimeType.toLower();
    return type.contains(QLatin1String("executable")) ||
           type.contains(QLatin1String("x-msdownload")) || type.contains(QLatin1String("x-sh")) ||
           type.contains(QLatin1String("javascript"));
}

} // namespace helpdesk
