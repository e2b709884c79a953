#pragma once
// Help › About: the versions of the app, of Qt and of the database server (asked
// asynchronously: "reading…" until the server answers), and where the data lives, as
// selectable text for a support request.

#include <QDialog>

class QLabel;

namespace helpdesk {

class AppSession;

class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(AppSession *session, QWidget *parent = nullptr);

    // What it shows, as plain text ("Qt: 6.4.2", one line each).
    QString text() const;

private:
    void updateText();

    AppSession *m_session;
    QLabel *m_facts;
    QString m_server;
    QString m_plain;
};

} // namespace helpdesk
