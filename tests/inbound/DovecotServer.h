#pragma once
// A private Dovecot IMAP server for one test: a generated configuration in a temporary folder,
// one user with a password file, a throwaway certificate made with openssl, STARTTLS and
// implicit-TLS listeners on free loopback ports, Maildir storage. As root (CI) the mail is owned
// by "nobody" and Dovecot's own users run its services; otherwise everything runs as the
// current user. Messages are put in with doveadm, like a delivery.

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <memory>

class QProcess;

namespace helpdesk::test {

class DovecotServer
{
public:
    DovecotServer();
    ~DovecotServer(); // stops the server and removes its folder
    DovecotServer(const DovecotServer &) = delete;
    DovecotServer &operator=(const DovecotServer &) = delete;

    static bool isInstalled(); // dovecot, doveadm and openssl found
    // False with *error when a program is missing or the server does not come up.
    bool start(QString *error);
    void stop();
    // Starts the stopped server again: same folder, mail, ports and certificate.
    bool restart(QString *error);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 startTlsPort() const { return m_imapPort; }
    quint16 implicitTlsPort() const { return m_imapsPort; }
    QString user() const { return QStringLiteral("helpdesk"); }
    QString password() const { return QStringLiteral("imap-test-secret"); }
    QString caFile() const;  // the server's self-signed certificate
    QString keyFile() const; // its private key (for other test servers on the same name)
    // Base64 SHA-256 of the certificate's public key, for ImapSettings::pinnedSha256.
    QByteArray publicKeySha256() const;

    // doveadm: deliver a message, create or delete a folder, force a new UIDVALIDITY.
    bool deliver(const QByteArray &raw, const QString &folder = QStringLiteral("INBOX"),
                 QString *error = nullptr);
    bool createFolder(const QString &folder, QString *error = nullptr);
    bool setUidValidity(const QString &folder, quint32 uidValidity, QString *error = nullptr);
    // Folders and the number of messages in each ("INBOX 3").
    QString status(const QString &folder, QString *error = nullptr);
    // The flags of a message ("\Seen $HelpdeskProcessed").
    QString flags(const QString &folder, quint32 uid, QString *error = nullptr);

    QString log() const; // Dovecot's log, for failure messages

private:
    bool launch(QString *error);
    bool doveadm(const QStringList &args, const QByteArray &input, QString *output, QString *error);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
};

} // namespace helpdesk::test
