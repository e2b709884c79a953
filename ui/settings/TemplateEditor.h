#pragma once
// The editing half of Settings › Mail Templates: a template's subject, plain text and HTML as
// an administrator changes them, the placeholders this mail has values for, the save check's
// verdict (an unknown placeholder, or one this mail never has a value for, is named and blocks
// saving), Save, Revert to the shipped text, and the earlier versions with Restore. Everyone
// sees the texts; only administrators change them (the database enforces it too). The page
// around it (TemplatePreviewPage) shows the live preview of what is typed.

#include "mail/MailSetupService.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace helpdesk {

class AppSession;

class TemplateEditor : public QWidget
{
    Q_OBJECT
public:
    explicit TemplateEditor(AppSession *session, QWidget *parent = nullptr);

    // Shows the stored template (unless the text shown has unsaved changes for the same key).
    void setTemplate(const MailTemplate &mailTemplate);
    // What is typed, as a template.
    MailTemplate draft() const;
    bool isDirty() const { return m_dirty; }
    bool mayEdit() const;
    // The preview's save check for the typed text (empty: it could be saved).
    void setSaveProblem(const QString &problem);

    void save();
    void revert();
    void restoreSelectedVersion();
    bool isBusy() const { return m_busy; }
    QString statusText() const;
    QStringList versionLabels() const;

signals:
    // The typed text changed (after a short pause): preview it.
    void draftChanged();
    // Saved, reverted or restored: the stored template is now this.
    void stored(const helpdesk::MailTemplate &mailTemplate);

private:
    void fill(const MailTemplate &t);
    void loadVersions();
    void updateButtons();
    void showStatus(const QString &text, bool problem);
    void finish(const Result<MailTemplate> &result, const QString &done);

    AppSession *m_session;
    MailTemplate m_stored;
    bool m_dirty = false;
    bool m_busy = false;
    QString m_saveProblem;
    QList<TemplateVersion> m_versions;
    QTimer m_debounce;

    QLineEdit *m_subject;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_html;
    QLabel *m_placeholders;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_revert;
    QComboBox *m_versionList;
    QPushButton *m_restore;
};

} // namespace helpdesk
