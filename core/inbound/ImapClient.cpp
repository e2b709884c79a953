#include "inbound/ImapClient.h"

#include "inbound/ImapConnection.h"
#include "inbound/InboundLogging.h"

#include <QRegularExpression>

#include <algorithm>

namespace helpdesk {

namespace {

QString server(const ImapSettings &s)
{
    return QStringLiteral("%1:%2").arg(s.host).arg(s.port);
}

QString describe(const ImapConnection::Response &r)
{
    return QString::fromUtf8(r.status + ' ' +
                             (r.code.isEmpty() ? QByteArray() : '[' + r.code + "] ") + r.text);
}

quint32 numberAfter(const QByteArray &line, const QByteArray &key)
{
    const qsizetype at = line.indexOf(key);
    if (at < 0)
        return 0;
    qsizetype i = at + key.size();
    while (i < line.size() && line.at(i) == ' ')
        ++i;
    qsizetype end = i;
    while (end < line.size() && line.at(end) >= '0' && line.at(end) <= '9')
        ++end;
    return line.mid(i, end - i).toUInt();
}

} // namespace

ImapClient::ImapClient(ImapSettings settings) : m_settings(std::move(settings)) {}

ImapClient::~ImapClient()
{
    logout();
}

void ImapClient::setSettings(ImapSettings settings)
{
    logout();
    m_settings = std::move(settings);
}

ImapError ImapClient::error(ImapError::Kind kind, const QString &detail) const
{
    return ImapError{kind, imapErrorMessage(kind, server(m_settings)), detail};
}

bool ImapClient::isConnected() const
{
    return m_connection && m_connection->isOpen();
}

void ImapClient::cancel()
{
    m_cancelled.store(true);
}

void ImapClient::resetCancel()
{
    m_cancelled.store(false);
}

ImapResult<void> ImapClient::connect(const QString &password)
{
    logout();
    if (m_cancelled.load())
        return error(ImapError::Kind::Cancelled, {});
    m_connection = std::make_unique<ImapConnection>(&m_cancelled);
    if (auto r = m_connection->open(m_settings, password); !r)
        return r.error();
    // The capabilities after the login (they may differ from those before it).
    auto caps = m_connection->run("CAPABILITY", m_settings.commandTimeoutMs);
    if (!caps)
        return caps.error();
    m_capabilities.clear();
    for (const ImapConnection::Untagged &u : caps->untagged) {
        if (u.line.startsWith("* CAPABILITY ")) {
            for (const QByteArray &c : u.line.mid(13).split(' '))
                m_capabilities << QString::fromLatin1(c).toUpper();
        }
    }
    return {};
}

void ImapClient::logout()
{
    if (isConnected() && !m_cancelled.load()) {
        auto ignored = m_connection->run("LOGOUT", std::min(2000, m_settings.commandTimeoutMs));
        Q_UNUSED(ignored);
    }
    m_connection.reset();
    m_selected.clear();
}

QByteArray ImapClient::quoteMailbox(const QString &name)
{
    // Modified UTF-7: printable ASCII as it is ("&" as "&-"), the rest as "&" + base64 of
    // UTF-16BE with "," for "/" + "-".
    QByteArray out;
    QString pending;
    auto flush = [&] {
        if (pending.isEmpty())
            return;
        QByteArray utf16;
        for (const QChar ch : std::as_const(pending)) {
            utf16.append(static_cast<char>(ch.unicode() >> 8));
            utf16.append(static_cast<char>(ch.unicode() & 0xFF));
        }
        QByteArray b64 = utf16.toBase64(QByteArray::OmitTrailingEquals);
        b64.replace('/', ',');
        out += '&' + b64 + '-';
        pending.clear();
    };
    for (const QChar ch : name) {
        const char16_t u = ch.unicode();
        if (u >= 0x20 && u <= 0x7E) {
            flush();
            if (u == u'&')
                out += "&-";
            else
                out += static_cast<char>(u);
        } else {
            pending += ch;
        }
    }
    flush();
    out.replace('\\', "\\\\");
    out.replace('"', "\\\"");
    return '"' + out + '"';
}

ImapResult<ImapMailbox> ImapClient::select(const QString &folderName)
{
    if (!isConnected())
        return error(ImapError::Kind::NotConnected, {});
    const QString folder = folderName.isEmpty() ? m_settings.folder : folderName;
    auto r = m_connection->run("SELECT " + quoteMailbox(folder), m_settings.commandTimeoutMs);
    if (!r)
        return r.error();
    if (r->status != "OK") {
        m_selected.clear();
        return error(r->status == "NO" ? ImapError::Kind::FolderMissing : ImapError::Kind::Protocol,
                     QStringLiteral("SELECT %1: %2").arg(folder, describe(r.value())));
    }
    ImapMailbox box;
    box.folder = folder;
    for (const ImapConnection::Untagged &u : r->untagged) {
        if (u.line.contains("[UIDVALIDITY "))
            box.uidValidity = numberAfter(u.line, "[UIDVALIDITY");
        else if (u.line.contains("[UIDNEXT "))
            box.uidNext = numberAfter(u.line, "[UIDNEXT");
        else if (u.line.endsWith(" EXISTS"))
            box.exists = numberAfter(u.line, "* ");
    }
    if (box.uidValidity == 0)
        return error(ImapError::Kind::Protocol,
                     QStringLiteral("SELECT %1 gave no UIDVALIDITY").arg(folder));
    m_selected = folder;
    return box;
}

ImapResult<ImapListing> ImapClient::listNew(const ImapSyncState &state)
{
    auto box = select();
    if (!box)
        return box.error();
    ImapListing listing;
    listing.mailbox = box.value();
    quint32 from = state.lastUid + 1;
    if (state.uidValidity != 0 && state.uidValidity != listing.mailbox.uidValidity) {
        listing.uidValidityChanged = true;
        from = 1;
        qCWarning(lcInbound).noquote()
            << QStringLiteral("IMAP folder %1 on %2 has a new UIDVALIDITY %3 (was %4): its UIDs "
                              "were renumbered, so the whole folder is read again; messages "
                              "already processed are skipped by their keyword and Message-ID")
                   .arg(m_settings.folder, server(m_settings))
                   .arg(listing.mailbox.uidValidity)
                   .arg(state.uidValidity);
    } else if (state.uidValidity == 0) {
        from = 1;
    }
    const QByteArray keyword = m_settings.processedKeyword.toLatin1();
    QByteArray command = "UID SEARCH UID " + QByteArray::number(from) + ":*";
    if (!keyword.isEmpty())
        command += " NOT KEYWORD " + keyword;
    auto r = m_connection->run(command, m_settings.commandTimeoutMs);
    if (!r)
        return r.error();
    if (r->status != "OK")
        return error(ImapError::Kind::Protocol,
                     QStringLiteral("UID SEARCH: %1").arg(describe(r.value())));
    for (const ImapConnection::Untagged &u : r->untagged) {
        if (!u.line.startsWith("* SEARCH"))
            continue;
        for (const QByteArray &n : u.line.mid(8).split(' ')) {
            const quint32 uid = n.toUInt();
            // "UID n:*" also names the last message when n is above every UID.
            if (uid >= from && !listing.uids.contains(uid))
                listing.uids.append(uid);
        }
    }
    std::sort(listing.uids.begin(), listing.uids.end());
    return listing;
}

ImapResult<ImapMessage> ImapClient::fetch(quint32 uid)
{
    if (!isConnected())
        return error(ImapError::Kind::NotConnected, {});
    if (m_selected.isEmpty()) {
        if (auto box = select(); !box)
            return box.error();
    }
    auto r = m_connection->run("UID FETCH " + QByteArray::number(uid) + " (UID FLAGS BODY.PEEK[])",
                               m_settings.fetchTimeoutMs);
    if (!r)
        return r.error();
    if (r->status != "OK")
        return error(ImapError::Kind::Protocol,
                     QStringLiteral("UID FETCH %1: %2").arg(uid).arg(describe(r.value())));
    for (const ImapConnection::Untagged &u : r->untagged) {
        if (!u.line.contains(" FETCH ") || numberAfter(u.line, "UID ") != uid ||
            u.literals.isEmpty())
            continue;
        ImapMessage m;
        m.uid = uid;
        m.raw = u.literals.constLast();
        static const QRegularExpression flags(QStringLiteral("FLAGS \\(([^)]*)\\)"));
        const auto f = flags.match(QString::fromLatin1(u.line));
        if (f.hasMatch())
            m.flags = f.captured(1).split(u' ', Qt::SkipEmptyParts);
        qCInfo(lcInbound) << "IMAP fetched UID" << uid << m.raw.size() << "bytes";
        return m;
    }
    return error(ImapError::Kind::MessageGone,
                 QStringLiteral("UID %1 not in %2").arg(uid).arg(m_selected));
}

ImapResult<void> ImapClient::requireOk(const QByteArray &command, int timeoutMs,
                                       ImapError::Kind onNo)
{
    auto r = m_connection->run(command, timeoutMs);
    if (!r)
        return r.error();
    if (r->status == "OK")
        return {};
    const ImapError::Kind kind = r->code == "TRYCREATE" || r->code == "NONEXISTENT"
                                     ? ImapError::Kind::FolderMissing
                                     : (r->status == "NO" ? onNo : ImapError::Kind::Protocol);
    return error(kind, QString::fromLatin1(command.left(command.indexOf(' ', 4))) +
                           QStringLiteral(": ") + describe(r.value()));
}

ImapResult<void> ImapClient::addFlags(quint32 uid, const QStringList &flags)
{
    if (!isConnected() || m_selected.isEmpty())
        return error(ImapError::Kind::NotConnected, {});
    return requireOk("UID STORE " + QByteArray::number(uid) + " +FLAGS.SILENT (" +
                         flags.join(u' ').toLatin1() + ')',
                     m_settings.commandTimeoutMs, ImapError::Kind::Protocol);
}

ImapResult<void> ImapClient::markProcessed(quint32 uid)
{
    QStringList flags{QStringLiteral("\\Seen")};
    if (!m_settings.processedKeyword.isEmpty())
        flags << m_settings.processedKeyword;
    return addFlags(uid, flags);
}

ImapResult<void> ImapClient::move(quint32 uid, const QString &folder)
{
    if (!isConnected() || m_selected.isEmpty())
        return error(ImapError::Kind::NotConnected, {});
    const QByteArray id = QByteArray::number(uid);
    // The keyword goes along, so a copy moved back is not processed again.
    if (auto r = markProcessed(uid); !r)
        return r;
    if (m_capabilities.contains(QStringLiteral("MOVE")))
        return requireOk("UID MOVE " + id + ' ' + quoteMailbox(folder), m_settings.commandTimeoutMs,
                         ImapError::Kind::FolderMissing);
    if (auto r = requireOk("UID COPY " + id + ' ' + quoteMailbox(folder),
                           m_settings.commandTimeoutMs, ImapError::Kind::FolderMissing);
        !r)
        return r;
    if (auto r = addFlags(uid, {QStringLiteral("\\Deleted")}); !r)
        return r;
    // Without UIDPLUS an EXPUNGE would remove every \Deleted message, also other people's: the
    // original then stays flagged \Deleted for the mail program to expunge.
    if (m_capabilities.contains(QStringLiteral("UIDPLUS")))
        return requireOk("UID EXPUNGE " + id, m_settings.commandTimeoutMs,
                         ImapError::Kind::Protocol);
    return {};
}

} // namespace helpdesk
