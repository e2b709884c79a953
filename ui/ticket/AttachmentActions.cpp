#include "ticket/AttachmentActions.h"

#include "common/Futures.h"
#include "ingest/InboundService.h"

#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QStandardPaths>
#include <QUrl>

namespace helpdesk {

AttachmentActions::AttachmentActions(InboundService *service, QWidget *parent)
    : QObject(parent), m_service(service), m_parent(parent)
{}

QString AttachmentActions::openFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
        .filePath(QStringLiteral("helpdesk-attachments"));
}

void AttachmentActions::open(const InboundAttachment &attachment)
{
    if (InboundService::isRunnable(attachment.fileName, attachment.mimeType)) {
        emit failed(tr("%1 is a program or script and is not opened from here. Save it, and "
                       "check it before running it.")
                        .arg(InboundService::safeFileName(attachment.fileName, attachment.id)));
        return;
    }
    whenDone(m_service->exportAttachment(attachment.id, openFolder()), this,
             [this](const Result<QString> &written) {
                 if (!written) {
                     emit failed(written.error().message);
                     return;
                 }
                 if (!QDesktopServices::openUrl(QUrl::fromLocalFile(written.value()))) {
                     emit failed(tr("No program on this computer opens %1. Use Save… and open it "
                                    "from there.")
                                     .arg(QDir::toNativeSeparators(written.value())));
                     return;
                 }
                 emit opened(written.value());
             });
}

void AttachmentActions::save(const InboundAttachment &attachment)
{
    if (m_dialog)
        m_dialog->close();
    auto *dialog = new QFileDialog(m_parent, tr("Save Attachment"));
    dialog->setObjectName(QStringLiteral("attachmentSaveDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setDirectory(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation));
    dialog->selectFile(InboundService::safeFileName(attachment.fileName, attachment.id));
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, attachment](const QString &path) { saveTo(attachment, path); });
    m_dialog = dialog;
    dialog->open();
}

void AttachmentActions::saveTo(const InboundAttachment &attachment, const QString &path)
{
    if (path.isEmpty())
        return;
    whenDone(m_service->saveAttachment(attachment.id, path), this,
             [this](const Result<QString> &written) {
                 if (!written)
                     emit failed(written.error().message);
                 else
                     emit saved(written.value());
             });
}

} // namespace helpdesk
