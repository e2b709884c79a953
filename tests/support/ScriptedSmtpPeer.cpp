#include "ScriptedSmtpPeer.h"

#include <QRegularExpression>

namespace helpdesk::test {

ScriptedSmtpPeer::ScriptedSmtpPeer(QStringList script, QObject *parent)
    : QObject(parent), m_script(std::move(script))
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedSmtpPeer::onNewConnection);
}

bool ScriptedSmtpPeer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedSmtpPeer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        ++m_connections;
        if (m_socket) { // one session per script
            socket->abort();
            socket->deleteLater();
            continue;
        }
        m_socket = socket;
        m_socket->setParent(this);
        connect(m_socket, &QTcpSocket::readyRead, this, &ScriptedSmtpPeer::onReadyRead);
        connect(m_socket, &QTcpSocket::disconnected, this, [this] { m_clientGone = true; });
        advance();
    }
}

void ScriptedSmtpPeer::onReadyRead()
{
    if (!m_socket)
        return;
    m_buffer += m_socket->readAll();
    advance();
}

bool ScriptedSmtpPeer::takeLine(QByteArray *line)
{
    const qsizetype end = m_buffer.indexOf("\r\n");
    if (end < 0)
        return false;
    *line = m_buffer.left(end);
    m_buffer.remove(0, end + 2);
    return true;
}

bool ScriptedSmtpPeer::matches(const QString &pattern, const QString &line)
{
    QStringList pieces;
    for (const QString &piece : pattern.split(u'*'))
        pieces.append(QRegularExpression::escape(piece));
    const QRegularExpression regex(
        QRegularExpression::anchoredPattern(pieces.join(QStringLiteral(".*"))),
        QRegularExpression::DotMatchesEverythingOption);
    return regex.match(line).hasMatch();
}

void ScriptedSmtpPeer::advance()
{
    while (m_socket && !m_hanging && m_step < m_script.size()) {
        const QString step = m_script.at(m_step);
        const QString arg = step.mid(3);
        if (step.startsWith(QLatin1String("S: "))) {
            // A literal "\\r\\n" in the step sends several lines in one write.
            QByteArray bytes = arg.toUtf8();
            bytes.replace("\\r\\n", "\r\n");
            m_socket->write(bytes + "\r\n");
            ++m_step;
        } else if (step == QLatin1String("X: close")) {
            ++m_step;
            closeConnection();
            return;
        } else if (step == QLatin1String("X: hang")) {
            ++m_step;
            m_hanging = true;
            return;
        } else if (step.startsWith(QLatin1String("X: flood "))) {
            m_socket->write(QByteArray(step.mid(9).toInt(), 'A'));
            ++m_step;
        } else if (step == QLatin1String("C: <DATA>")) {
            QByteArray line;
            if (!takeLine(&line))
                return;
            if (line == ".") {
                m_messages.append(m_data);
                m_data.clear();
                ++m_step;
            } else {
                m_data += line + "\r\n";
            }
        } else if (step.startsWith(QLatin1String("C: "))) {
            QByteArray line;
            if (!takeLine(&line))
                return;
            const QString text = QString::fromUtf8(line);
            m_received.append(text);
            if (!matches(arg, text)) {
                m_mismatches.append(QStringLiteral("step %1: expected \"%2\", got \"%3\"")
                                        .arg(m_step)
                                        .arg(arg, text.left(200)));
                m_step = m_script.size();
                closeConnection();
                return;
            }
            ++m_step;
        } else {
            m_mismatches.append(QStringLiteral("bad script step: ") + step);
            m_step = m_script.size();
        }
    }
    if (m_socket && !m_hanging && m_step >= m_script.size()) {
        // Record whatever else the client sends before it notices the close.
        QByteArray line;
        while (takeLine(&line))
            m_received.append(QString::fromUtf8(line));
        closeConnection();
    }
}

void ScriptedSmtpPeer::closeConnection()
{
    if (!m_socket)
        return;
    m_socket->flush();
    m_socket->disconnectFromHost();
}

} // namespace helpdesk::test
