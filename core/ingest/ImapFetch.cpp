#include "ingest/ImapFetch.h"

#include "inbound/InboundLogging.h"
#include "ingest/InboundStore.h"

#include <QCoreApplication>
#include <QDateTime>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImapFetch", text);
}

// Long enough for one big message to be fetched and stored; a client that dies mid-way frees
// the message for the others after this.
constexpr qint64 kLeaseMs = 10 * 60'000;
} // namespace

QString FetchReport::summary() const
{
    return tr("%1 new message(s): %2 new ticket(s), %3 added to tickets, %4 ignored, %5 refused, "
              "%6 taken by another client.")
        .arg(listed)
        .arg(created)
        .arg(added)
        .arg(ignored)
        .arg(refused)
        .arg(skipped);
}

ImapFetch::ImapFetch(QSqlDatabase &db, ImapClient &client, IncomingMailSettings settings,
                     QString claimerId)
    : m_db(db), m_client(client), m_settings(std::move(settings)), m_claimer(std::move(claimerId)),
      m_now([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    m_options.source = QStringLiteral("imap");
}

Result<FetchReport> ImapFetch::runOnce(const QString &password)
{
    FetchReport report;
    if (!m_client.isConnected()) {
        if (auto connected = m_client.connect(password); !connected)
            return connected.error().toError();
    }
    InboundStore store(m_db);
    const QString mailbox = m_settings.mailboxKey();
    HD_TRY_ASSIGN(ImapSyncState state, store.syncState(mailbox));
    auto listing = m_client.listNew(state);
    if (!listing)
        return listing.error().toError();
    const quint32 uidValidity = listing->mailbox.uidValidity;
    if (listing->uidValidityChanged)
        qCInfo(lcInbound) << "UIDVALIDITY of" << mailbox << "changed; reading the folder again";
    report.listed = int(listing->uids.size());
    quint32 lastUid = listing->uidValidityChanged ? 0 : state.lastUid;
    for (quint32 uid : listing->uids) {
        if (auto handled = handle(uidValidity, uid, report); !handled) {
            // The database went away, or the connection: the rest waits for the next pass.
            HD_TRY(store.saveSyncState(mailbox, {uidValidity, lastUid}, m_now()));
            return handled.error();
        }
        lastUid = std::max(lastUid, uid);
    }
    HD_TRY(store.saveSyncState(mailbox, {uidValidity, lastUid}, m_now()));
    return report;
}

Result<void> ImapFetch::handle(quint32 uidValidity, quint32 uid, FetchReport &report)
{
    InboundStore store(m_db);
    const QString mailbox = m_settings.mailboxKey();
    HD_TRY_ASSIGN(const bool mine,
                  store.claim(mailbox, uidValidity, uid, m_claimer, m_now(), kLeaseMs));
    if (!mine) {
        ++report.skipped;
        return {};
    }
    auto fetched = m_client.fetch(uid);
    if (!fetched) {
        (void)store.releaseClaim(mailbox, uidValidity, uid, m_claimer);
        if (fetched.error().kind == ImapError::Kind::MessageGone)
            return {}; // deleted or moved meanwhile: nothing to do
        return fetched.error().toError();
    }
    IngestOptions options = m_options;
    if (m_settings.user.contains(u'@'))
        options.ourAddresses << m_settings.user;
    MailIngest ingest(m_db, m_now());
    auto result = ingest.ingest(fetched->raw, options);
    if (!result) {
        (void)store.releaseClaim(mailbox, uidValidity, uid, m_claimer);
        return result.error();
    }
    ++report.handled;
    switch (result->outcome) {
    case IngestResult::Outcome::Created:
        ++report.created;
        break;
    case IngestResult::Outcome::Added:
        ++report.added;
        break;
    case IngestResult::Outcome::Refused:
        ++report.refused;
        report.problems << tr("Message %1 in %2 was left in the folder: %3")
                               .arg(uid)
                               .arg(m_settings.folder, result->reason);
        break;
    default:
        ++report.ignored;
        break;
    }
    if (result->ticketId && !report.changedTickets.contains(*result->ticketId))
        report.changedTickets.append(*result->ticketId);
    // Recorded first, flagged second: a crash in between leaves a claim marked done, so the
    // message is not taken again even though its flag is missing.
    HD_TRY(store.finishClaim(
        mailbox, uidValidity, uid,
        result->inboundId > 0 ? std::optional<qint64>(result->inboundId) : std::nullopt, m_now()));
    const bool move =
        !m_settings.moveTo.isEmpty() && result->outcome != IngestResult::Outcome::Refused;
    auto flagged = move ? m_client.move(uid, m_settings.moveTo) : m_client.markProcessed(uid);
    if (!flagged)
        report.problems << tr("Message %1 was processed but could not be %2: %3")
                               .arg(uid)
                               .arg(move ? tr("moved") : tr("flagged"), flagged.error().message);
    return {};
}

} // namespace helpdesk
