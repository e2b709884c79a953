#pragma once
// Helpers for outbox tests and the outbox benchmark: the aiosmtpd relay from tests/services as
// a child process (STARTTLS required, AUTH), and counting what it received by Message-ID.

#include "MailTestUtil.h"
#include "mail/SmtpSettings.h"

#include <QHash>
#include <QProcess>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace helpdesk::test {

class TestRelay
{
public:
    static const QString User;
    static const QString Password; // a throwaway credential of the test relay only

    TestRelay() = default;
    ~TestRelay();
    TestRelay(const TestRelay &) = delete;
    TestRelay &operator=(const TestRelay &) = delete;

    // Starts smtp_relay.py on 127.0.0.1 (port 0: any free port) writing to maildir, and waits
    // for its READY line. False with *error set when it does not come up.
    // extraArgs go to smtp_relay.py, e.g. {"--data-delay", "3"}.
    bool start(const QString &python, const TestCertificates &certs, const QString &maildir,
               quint16 port, QString *error, const QStringList &extraArgs = {});
    void stop();
    bool isRunning() const;
    quint16 port() const { return m_port; }
    const QString &maildir() const { return m_maildir; }

    // STARTTLS with AUTH to this relay, trusting the test CA, with short timeouts.
    SmtpSettings smtpSettings(const TestCertificates &certs) const;

private:
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_maildir;
};

// Points the database's mail settings at this relay (STARTTLS, AUTH, its certificate pinned), so
// that any process on the database can send through it with HELPDESK_SMTP_PASSWORD set.
bool useRelay(QSqlDatabase &db, const TestRelay &relay, const TestCertificates &certs,
              QString *error);

// Message-ID -> how many .eml files in maildir carry it.
QHash<QString, int> messageIdCounts(const QString &maildir);
int mailCount(const QString &maildir);

} // namespace helpdesk::test
