#include "admin/AccountsCommand.h"

#include "accounts/AccountOverview.h"
#include "accounts/AccountStore.h"
#include "accounts/TokenStore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("AccountsCommand", text);
}

QJsonValue iso(const QDateTime &dt)
{
    return dt.isValid() ? QJsonValue(dt.toUTC().toString(Qt::ISODate))
                        : QJsonValue(QJsonValue::Null);
}

QString isoText(const QDateTime &dt)
{
    return dt.isValid() ? dt.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QString yesNo(bool b)
{
    return b ? tr("yes") : tr("no");
}

void printRows(QTextStream &out, const QList<std::pair<QString, QString>> &rows)
{
    qsizetype width = 0;
    for (const auto &[label, value] : rows)
        width = std::max(width, label.size());
    for (const auto &[label, value] : rows)
        out << label.leftJustified(width + 2) << value << u'\n';
}

void printTable(QTextStream &out, const QList<QStringList> &table)
{
    QList<qsizetype> widths;
    for (const QStringList &row : table)
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (widths.size() <= c)
                widths.append(0);
            widths[c] = std::max(widths[c], row.at(c).size());
        }
    for (const QStringList &row : table) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row.at(c).leftJustified(widths[c] + 2) : row.at(c);
        out << line << u'\n';
    }
}

QJsonObject tokenJson(const TokenInfo &t)
{
    return QJsonObject{
        {QStringLiteral("id"), t.id},
        {QStringLiteral("kind"), TokenKinds::key(t.kind)},
        {QStringLiteral("state"), TokenStates::key(t.state)},
        {QStringLiteral("issued_at"), iso(t.issuedAt)},
        {QStringLiteral("issued_by"), textOrNull(t.issuedByName)},
        {QStringLiteral("expires_at"), iso(t.expiresAt)},
        {QStringLiteral("used_at"), iso(t.usedAt)},
        {QStringLiteral("revoked_at"), iso(t.revokedAt)},
        {QStringLiteral("revoke_reason"), textOrNull(t.revokeReason)},
        {QStringLiteral("ticket"), t.ticketId ? QJsonValue(*t.ticketId) : QJsonValue()},
        {QStringLiteral("mail_status"),
         t.mailStatus ? QJsonValue(OutboxStatuses::key(*t.mailStatus)) : QJsonValue()},
        {QStringLiteral("mail_accepted_at"), iso(t.mailAcceptedAt)},
        {QStringLiteral("message_id"), textOrNull(t.messageId)},
    };
}
} // namespace

Result<void> AccountsCommand::show(QSqlDatabase &db, const QString &email, bool json, qint64 nowMs,
                                   QTextStream &out)
{
    HD_TRY_ASSIGN(auto account, AccountStore(db).byEmail(email));
    HD_TRY_ASSIGN(auto loaded, AccountOverview::load(db, account.id, std::nullopt, Staff{}, nowMs));
    const AccountOverview &o = loaded;
    const Account &a = o.account;
    int outstanding = 0;
    for (const TokenInfo &t : o.tokens)
        outstanding += t.isOutstanding(nowMs) ? 1 : 0;

    if (json) {
        QJsonArray flags;
        for (const SuspiciousFlag &f : o.flags) {
            QJsonArray ids;
            for (qint64 id : f.eventIds)
                ids.append(id);
            flags.append(QJsonObject{{QStringLiteral("kind"), SuspicionKinds::key(f.kind)},
                                     {QStringLiteral("at"), iso(f.at)},
                                     {QStringLiteral("reason"), f.reason},
                                     {QStringLiteral("event_ids"), ids}});
        }
        QJsonValue lock;
        if (a.isLocked() || a.status == AccountStatus::Suspended)
            lock = QJsonObject{{QStringLiteral("reason"), textOrNull(a.lockReason)},
                               {QStringLiteral("by"), textOrNull(a.lockedBy)},
                               {QStringLiteral("at"), iso(a.lockedAt)},
                               {QStringLiteral("cause"), textOrNull(LockCauses::key(o.lockCause))}};
        QJsonValue pending;
        if (o.pendingUnlock)
            pending =
                QJsonObject{{QStringLiteral("id"), o.pendingUnlock->id},
                            {QStringLiteral("requested_by"), o.pendingUnlock->requestedByName},
                            {QStringLiteral("requested_at"), iso(o.pendingUnlock->requestedAt)},
                            {QStringLiteral("reason"), o.pendingUnlock->reason}};
        const QJsonObject doc{
            {QStringLiteral("id"), a.id},
            {QStringLiteral("email"), a.email},
            {QStringLiteral("display_name"), a.displayName},
            {QStringLiteral("status"), AccountStatuses::key(a.status)},
            {QStringLiteral("lock"), lock},
            {QStringLiteral("mfa_enabled"), a.mfaEnabled},
            {QStringLiteral("mfa_method"), textOrNull(a.mfaMethod)},
            {QStringLiteral("email_verified"), a.emailVerified},
            {QStringLiteral("failed_login_count"), a.failedLoginCount},
            {QStringLiteral("failed_sign_ins_24h"), o.failedSignIns24h},
            {QStringLiteral("last_login_at"), iso(a.lastLoginAt)},
            {QStringLiteral("created_at"), iso(a.createdAt)},
            {QStringLiteral("updated_at"), iso(a.updatedAt)},
            {QStringLiteral("suspicious"), flags},
            {QStringLiteral("outstanding_links"), outstanding},
            {QStringLiteral("pending_unlock"), pending},
        };
        out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Indented));
        out.flush();
        return {};
    }

    QList<std::pair<QString, QString>> rows;
    rows.append({tr("Account"), tr("%1 (%2), id %3").arg(a.email, a.displayName).arg(a.id)});
    rows.append({tr("Status"), AccountStatuses::label(a.status)});
    if (a.isLocked() || a.status == AccountStatus::Suspended) {
        rows.append({tr("Reason"), a.lockReason.isEmpty() ? QStringLiteral("-") : a.lockReason});
        rows.append(
            {tr("Locked by"), tr("%1 at %2")
                                  .arg(a.lockedBy.isEmpty() ? QStringLiteral("-") : a.lockedBy,
                                       isoText(a.lockedAt))});
        if (a.isLocked())
            rows.append({tr("Lock"), LockCauses::label(o.lockCause)});
    }
    rows.append(
        {tr("MFA"), a.mfaEnabled ? tr("on (%1)").arg(mfaMethodLabel(a.mfaMethod)) : tr("off")});
    rows.append({tr("Email verified"), yesNo(a.emailVerified)});
    rows.append({tr("Last sign-in"), isoText(a.lastLoginAt)});
    rows.append({tr("Failed sign-ins (24 h)"), QString::number(o.failedSignIns24h)});
    rows.append({tr("Created"), isoText(a.createdAt)});
    rows.append({tr("Outstanding links"), QString::number(outstanding)});
    if (o.pendingUnlock)
        rows.append({tr("Unlock request"), tr("by %1 at %2, waiting for a team lead")
                                               .arg(o.pendingUnlock->requestedByName,
                                                    isoText(o.pendingUnlock->requestedAt))});
    rows.append({tr("Suspicious activity"),
                 o.flags.isEmpty() ? tr("none")
                                   : QCoreApplication::translate("AccountsCommand", "%n flag(s)",
                                                                 nullptr, int(o.flags.size()))});
    printRows(out, rows);
    for (const SuspiciousFlag &f : o.flags)
        out << QStringLiteral("  ") << isoText(f.at) << QStringLiteral("  ")
            << SuspicionKinds::label(f.kind) << QStringLiteral(": ") << f.reason << u'\n';
    out.flush();
    return {};
}

Result<void> AccountsCommand::tokenState(QSqlDatabase &db, const QString &email, bool json,
                                         qint64 nowMs, QTextStream &out)
{
    HD_TRY_ASSIGN(auto account, AccountStore(db).byEmail(email));
    HD_TRY_ASSIGN(auto tokens, TokenStore(db).forAccount(account.id, nowMs, 1000));
    if (json) {
        QJsonArray rows;
        for (const TokenInfo &t : tokens)
            rows.append(tokenJson(t));
        out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        out.flush();
        return {};
    }
    if (tokens.isEmpty()) {
        out << tr("No links were sent to %1.").arg(account.email) << Qt::endl;
        return {};
    }
    QList<QStringList> table;
    table.append({tr("ID"), tr("Kind"), tr("State"), tr("Issued"), tr("Expires"), tr("By"),
                  tr("Message-ID")});
    for (const TokenInfo &t : tokens)
        table.append({QString::number(t.id), TokenKinds::key(t.kind), TokenStates::key(t.state),
                      isoText(t.issuedAt), isoText(t.expiresAt),
                      t.issuedByName.isEmpty() ? QStringLiteral("-") : t.issuedByName,
                      t.messageId.isEmpty() ? QStringLiteral("-") : t.messageId});
    printTable(out, table);
    out.flush();
    return {};
}

} // namespace helpdesk
