#pragma once
// InboundService: what the ticket pane asks about received mail — the attachments a ticket's
// customer messages brought, and their bytes written to a file the agent chose (Save) or to a
// private temporary folder for the system's viewer (Open). Every call runs on the DbWorker, file
// writing included, so the GUI thread never waits on the database or the disk.

#include "common/Result.h"
#include "ingest/InboundStore.h"

#include <QFuture>
#include <QObject>

namespace helpdesk {

class DbWorker;

class InboundService : public QObject
{
    Q_OBJECT
public:
    explicit InboundService(DbWorker *worker, QObject *parent = nullptr);

    // The ticket's attachments and inline parts, oldest first.
    QFuture<Result<QList<InboundAttachment>>> attachments(qint64 ticketId);
    // Writes the attachment to filePath (replacing it as a whole, never half-written); the
    // future holds the path written.
    QFuture<Result<QString>> saveAttachment(qint64 attachmentId, const QString &filePath);
    // Writes the attachment into dir (created when missing) under its own, made-safe file name,
    // for opening it with the system's viewer; the future holds the file's path.
    QFuture<Result<QString>> exportAttachment(qint64 attachmentId, const QString &dir);

    // A file name from a mail made safe to write: no folders, no control characters, no
    // leading dots; "attachment-ID" when nothing usable is left.
    static QString safeFileName(const QString &name, qint64 attachmentId);
    // Types that run code when opened (programs, scripts, shortcuts): the app offers only Save.
    static bool isRunnable(const QString &fileName, const QString &mimeType);

private:
    DbWorker *m_worker;
};

} // namespace helpdesk
