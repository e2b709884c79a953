#pragma once
// A fake SMTP server on 127.0.0.1, port 0, that replays a transcript for protocol edge cases.
//
// Script steps, one per string:
//   "S: 250 text"   send the line (CRLF added); a literal \r\n inside sends two lines at once
//   "C: MAIL FROM:<*>"  expect one client line; '*' matches any run of characters
//   "C: <DATA>"     read message data up to the lone "." line and keep it (still dot-stuffed)
//   "X: close"      close the connection
//   "X: hang"       stop answering, keep the connection open
//   "X: flood N"    send N bytes of 'A' without a line end
// A client line that does not match ends the script: the mismatch is recorded, the connection
// closed. After the last step the connection is closed.

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QTcpSocket>

namespace helpdesk::test {

class ScriptedSmtpPeer : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedSmtpPeer(QStringList script, QObject *parent = nullptr);

    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }

    int connectionCount() const { return m_connections; }
    bool scriptDone() const { return m_step >= m_script.size(); }
    const QStringList &received() const { return m_received; }       // client lines, no CRLF
    const QList<QByteArray> &messages() const { return m_messages; } // DATA as received
    const QStringList &mismatches() const { return m_mismatches; }
    bool clientDisconnected() const { return m_clientGone; }

private:
    void onNewConnection();
    void onReadyRead();
    void advance();
    bool takeLine(QByteArray *line);
    void closeConnection();
    static bool matches(const QString &pattern, const QString &line);

    QTcpServer m_server;
    QTcpSocket *m_socket = nullptr;
    QStringList m_script;
    qsizetype m_step = 0;
    QByteArray m_buffer;
    QByteArray m_data;
    bool m_inData = false;
    bool m_hanging = false;
    bool m_clientGone = false;
    int m_connections = 0;
    QStringList m_received;
    QList<QByteArray> m_messages;
    QStringList m_mismatches;
};

} // namespace helpdesk::test
