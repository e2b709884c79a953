#pragma once
// What the timeline's attachment links do: "Open" writes the file into a private temporary
// folder and hands it to the system's viewer (never for programs and scripts); "Save…" asks
// where (a file dialog named "attachmentSaveDialog") and writes it there. The bytes come from
// the database and are written on the DbWorker, never on the GUI thread.

#include "ingest/InboundStore.h"

#include <QObject>
#include <QPointer>

class QFileDialog;
class QWidget;

namespace helpdesk {

class InboundService;

class AttachmentActions : public QObject
{
    Q_OBJECT
public:
    AttachmentActions(InboundService *service, QWidget *parent);

    void open(const InboundAttachment &attachment);
    void save(const InboundAttachment &attachment);
    // Writes without asking (the dialog's answer).
    void saveTo(const InboundAttachment &attachment, const QString &path);
    // Where "Open" puts its files (a folder of this user's temporary files).
    static QString openFolder();

signals:
    void opened(const QString &path);
    void saved(const QString &path);
    void failed(const QString &message);

private:
    InboundService *m_service;
    QWidget *m_parent;
    QPointer<QFileDialog> m_dialog;
};

} // namespace helpdesk
