#include "accounts/SignInWatch.h"

#include "accounts/AccountNotices.h"
#include "accounts/AccountStore.h"
#include "accounts/AccountsLogging.h"
#include "db/Database.h"
#include "db/DeskLease.h"
#include "mail/MailSettings.h"
#include "settings/Settings.h"
#include "write/WritePath.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonObject>
#include <QLocale>
#include <QMap>

namespace helpdesk {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("SignInWatch", text);
}

const QString kWatermark = QStringLiteral("sign_ins");

// What the customer reads under "When", "Device" and "Where".
TemplateValues signInValues(const LoginEvent &e)
{
    const QString device = e.deviceLabel().trimmed();
    QString place = e.location();
    if (place.isEmpty())
        place = tr("an unknown place");
    if (!e.ip.isEmpty())
        place = tr("%1 (IP address %2)").arg(place, e.ip);
    return {{QStringLiteral("signin.time"),
             QLocale().toString(e.at.toUTC(), QStringLiteral("d MMMM yyyy, HH:mm")) +
                 QStringLiteral(" UTC")},
            {QStringLiteral("signin.device"), device.isEmpty() ? tr("an unknown device") : device},
            {QStringLiteral("signin.location"), place}};
}
} // namespace

SignInWatch::SignInWatch(QSqlDatabase &db, Actor actor, qint64 nowMs, SuspicionRules rules)
    : m_db(db), m_actor(std::move(actor)), m_now(nowMs), m_rules(rules)
{}

QString SignInWatch::noticeKey(const LoginEvent &e)
{
    const QByteArray device =
        (e.device.toCaseFolded() + u'\x1f' + e.browser.toCaseFolded()).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(device, QCryptographicHash::Sha256).toHex().left(16));
    return QStringLiteral("device:%1:%2").arg(hash, e.at.toUTC().date().toString(Qt::ISODate));
}

Result<bool> SignInWatch::claimLease(QSqlDatabase &db, const QString &holder, qint64 nowMs,
                                     qint64 leaseMs)
{
    return DeskLease::claim(db, QString::fromLatin1(LeaseName), holder, nowMs, leaseMs);
}

Result<void> SignInWatch::skipToNewest(QSqlDatabase &db, qint64 nowMs)
{
    HD_TRY(Database::exec(db,
                          QStringLiteral("UPDATE notice_watermarks SET last_id = (SELECT "
                                         "COALESCE(MAX(id), 0) FROM login_events), updated_at = ? "
                                         "WHERE name = ?"),
                          {QVariant::fromValue(nowMs), kWatermark}));
    // The 'locks' mark is a time: lockouts from before it are history.
    HD_TRY(Database::exec(db,
                          QStringLiteral("UPDATE notice_watermarks SET last_id = ?, updated_at = ? "
                                         "WHERE name = 'locks'"),
                          {QVariant::fromValue(nowMs), QVariant::fromValue(nowMs)}));
    HD_TRY(Database::exec(db,
                          QStringLiteral("UPDATE notice_watermarks SET last_id = (SELECT "
                                         "COALESCE(MAX(id), 0) FROM account_changes), "
                                         "updated_at = ? WHERE name = 'account_changes'"),
                          {QVariant::fromValue(nowMs)}));
    return {};
}

// The platform's own lockouts (locked_by "system") of the last day that nobody has told the
// customer about: one account_locked notice per lock (its time is the key). A lock made in the
// helpdesk was noticed in its own transaction, under the same kind of key.
Result<void> SignInWatch::platformLocks(SignInWatchPass &pass, const QString &companyName)
{
    QList<QPair<qint64, qint64>> locks; // account, locked_at
    {
        HD_TRY_ASSIGN(auto q, Database::exec(m_db,
                                             QStringLiteral("SELECT id, locked_at FROM accounts "
                                                            "WHERE status = 'locked' AND "
                                                            "locked_at > ? AND locked_by = ? AND "
                                                            "locked_at > (SELECT last_id FROM "
                                                            "notice_watermarks WHERE name = ?)"),
                                             {QVariant::fromValue(m_now - MaxAgeMs),
                                              QString::fromLatin1(Account::SystemLocker),
                                              QStringLiteral("locks")}));
        while (q.next())
            locks.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
    }
    for (const auto &[accountId, lockedAt] : std::as_const(locks)) {
        const QString key = QStringLiteral("lock:%1").arg(lockedAt);
        HD_TRY_ASSIGN(const bool known,
                      AccountNotices::exists(m_db, accountId, NoticeKind::Locked, key));
        if (known)
            continue;
        WritePath write(m_db, m_actor, m_now);
        auto done = write.run([&](Recorder &record) -> Result<NoticeOutcome> {
            HD_TRY_ASSIGN(const Account account, AccountStore(m_db).account(accountId));
            Notice notice;
            notice.kind = NoticeKind::Locked;
            notice.key = key;
            HD_TRY_ASSIGN(const NoticeOutcome out,
                          AccountNotices::queue(record, account, companyName, notice));
            if (out.outboxId)
                HD_TRY(record.audit(QStringLiteral("account"), account.id,
                                    QStringLiteral("notice_platform_lock"),
                                    {{QStringLiteral("locked_at"), double(lockedAt)},
                                     {QStringLiteral("reason"), account.lockReason},
                                     {QStringLiteral("outbox_id"), double(*out.outboxId)}}));
            return out;
        });
        if (done && done->outboxId) {
            ++pass.lockNotices;
            pass.outboxIds.append(*done->outboxId);
        } else if (!done) {
            auto nowKnown = AccountNotices::exists(m_db, accountId, NoticeKind::Locked, key);
            if (nowKnown && nowKnown.value())
                continue;
            ++pass.failed;
            pass.lastError = done.error().message;
        }
    }
    return {};
}

QString SignInWatch::mfaChangeText(bool enabled, const QString &method)
{
    if (!enabled)
        return tr("turned off");
    if (method == QLatin1String("totp") || method == QLatin1String("app"))
        return tr("turned on (authenticator app)");
    if (method == QLatin1String("sms"))
        return tr("turned on (text message codes)");
    if (method == QLatin1String("webauthn") || method == QLatin1String("security_key"))
        return tr("turned on (security key)");
    return tr("turned on");
}

// The platform's changes to two-step sign-in since the watermark, oldest first: one
// mfa_changed notice each (the change's id is the key). The watermark passes only changes older
// than GraceMs, as for sign-ins; what was noticed already is recognised by its key.
Result<void> SignInWatch::mfaChanges(SignInWatchPass &pass, const QString &companyName)
{
    struct Change
    {
        qint64 id, accountId, at;
        bool enabled;
        QString method;
    };
    QList<Change> changes;
    {
        HD_TRY_ASSIGN(auto q,
                      Database::exec(m_db,
                                     QStringLiteral("SELECT c.id, c.account_id, c.at, "
                                                    "c.mfa_enabled, c.mfa_method FROM "
                                                    "account_changes c WHERE c.id > (SELECT "
                                                    "last_id FROM notice_watermarks WHERE name = "
                                                    "?) ORDER BY c.id LIMIT ?"),
                                     {QStringLiteral("account_changes"), BatchSize}));
        while (q.next())
            changes.append({q.value(0).toLongLong(), q.value(1).toLongLong(),
                            q.value(2).toLongLong(), q.value(3).toBool(), q.value(4).toString()});
    }
    qint64 advance = 0;
    bool blocked = false; // a younger change: the watermark stops before it
    for (const Change &c : std::as_const(changes)) {
        if (c.at > m_now - GraceMs)
            blocked = true;
        else if (!blocked)
            advance = c.id;
        if (c.at < m_now - MaxAgeMs)
            continue; // history by the time anyone looked
        const QString key = QStringLiteral("mfa:%1").arg(c.id);
        HD_TRY_ASSIGN(const bool known,
                      AccountNotices::exists(m_db, c.accountId, NoticeKind::MfaChanged, key));
        if (known)
            continue;
        WritePath write(m_db, m_actor, m_now);
        auto done = write.run([&](Recorder &record) -> Result<NoticeOutcome> {
            HD_TRY_ASSIGN(const Account account, AccountStore(m_db).account(c.accountId));
            Notice notice;
            notice.kind = NoticeKind::MfaChanged;
            notice.key = key;
            notice.values.insert(QStringLiteral("mfa.change"), mfaChangeText(c.enabled, c.method));
            return AccountNotices::queue(record, account, companyName, notice);
        });
        if (done && done->outboxId) {
            ++pass.mfaNotices;
            pass.outboxIds.append(*done->outboxId);
        } else if (!done) {
            auto nowKnown = AccountNotices::exists(m_db, c.accountId, NoticeKind::MfaChanged, key);
            if (nowKnown && nowKnown.value())
                continue;
            ++pass.failed;
            pass.lastError = done.error().message;
        }
    }
    if (advance > 0)
        HD_TRY(Database::exec(
            m_db,
            QStringLiteral("UPDATE notice_watermarks SET last_id = CASE WHEN ? "
                           "> last_id THEN ? ELSE last_id END, updated_at = ? "
                           "WHERE name = ?"),
            {advance, advance, QVariant::fromValue(m_now), QStringLiteral("account_changes")}));
    return {};
}

Result<SignInWatchPass> SignInWatch::runOnce()
{
    SignInWatchPass pass;
    HD_TRY_ASSIGN(const QVariant mark,
                  Database::scalar(m_db,
                                   QStringLiteral("SELECT last_id FROM notice_watermarks WHERE "
                                                  "name = ?"),
                                   {kWatermark}));
    const qint64 from = mark.toLongLong();
    pass.watermark = from;

    // The new successful sign-ins, oldest first, and how far the watermark may move: up to the
    // newest event read, but never past one still within the grace period.
    QList<LoginEvent> candidates;
    {
        HD_TRY_ASSIGN(auto q,
                      Database::exec(m_db,
                                     QStringLiteral("SELECT ") + AccountStore::loginEventColumns() +
                                         QStringLiteral(" FROM login_events WHERE id > ? "
                                                        "ORDER BY id LIMIT ?"),
                                     {from, BatchSize}));
        qint64 advance = from;
        bool young = false;
        while (q.next()) {
            const LoginEvent e = AccountStore::loginEventFrom(q);
            if (e.at.toMSecsSinceEpoch() > m_now - GraceMs)
                young = true;
            if (!young)
                advance = e.id;
            if (e.success && e.at.toMSecsSinceEpoch() > m_now - MaxAgeMs &&
                e.at.toMSecsSinceEpoch() <= m_now)
                candidates.append(e);
        }
        pass.watermark = advance;
    }

    QMap<qint64, QList<LoginEvent>> byAccount;
    for (const LoginEvent &e : std::as_const(candidates))
        byAccount[e.accountId].append(e);

    QString companyName;
    {
        Settings settings(m_db);
        HD_TRY_ASSIGN(auto mail, MailSettings::load(settings));
        companyName = mail.fromName.trimmed().isEmpty()
                          ? QCoreApplication::translate("AccountActions", "Customer Support")
                          : mail.fromName;
    }

    for (auto it = byAccount.cbegin(); it != byAccount.cend(); ++it) {
        const QList<LoginEvent> &fresh = it.value();
        const qint64 first = fresh.constFirst().at.toMSecsSinceEpoch();
        qint64 last = first;
        for (const LoginEvent &e : fresh)
            last = std::max(last, e.at.toMSecsSinceEpoch());
        QList<LoginEvent> history;
        HD_TRY_ASSIGN(auto q,
                      Database::exec(m_db,
                                     QStringLiteral("SELECT ") + AccountStore::loginEventColumns() +
                                         QStringLiteral(" FROM login_events WHERE "
                                                        "account_id = ? AND at > ? AND "
                                                        "at <= ?"),
                                     {it.key(), QVariant::fromValue(first - m_rules.baselineMs),
                                      QVariant::fromValue(last)}));
        while (q.next())
            history.append(AccountStore::loginEventFrom(q));
        const QList<SuspiciousFlag> flags = SuspiciousActivity::analyze(history, last, m_rules);

        for (const LoginEvent &e : fresh) {
            ++pass.examined;
            QStringList reasons;
            bool newDevice = false;
            for (const SuspiciousFlag &f : flags) {
                if (!f.eventIds.contains(e.id))
                    continue;
                reasons << f.reason;
                newDevice = newDevice || f.kind == SuspicionKind::NewDevice;
            }
            if (!newDevice) {
                ++pass.quiet; // a known device: whatever else, the customer knows it
                continue;
            }
            const QString key = noticeKey(e);
            HD_TRY_ASSIGN(const bool known, AccountNotices::exists(m_db, e.accountId,
                                                                   NoticeKind::UnusualSignIn, key));
            if (known) {
                ++pass.alreadyNoticed;
                continue;
            }
            WritePath write(m_db, m_actor, m_now);
            auto done = write.run([&](Recorder &record) -> Result<NoticeOutcome> {
                HD_TRY_ASSIGN(const Account account, AccountStore(m_db).account(e.accountId));
                Notice notice;
                notice.kind = NoticeKind::UnusualSignIn;
                notice.key = key;
                notice.values = signInValues(e);
                notice.loginEventId = e.id;
                HD_TRY_ASSIGN(const NoticeOutcome out,
                              AccountNotices::queue(record, account, companyName, notice));
                if (out.what == NoticeOutcome::What::Queued)
                    HD_TRY(record.audit(
                        QStringLiteral("account"), account.id,
                        QStringLiteral("notice_unusual_sign_in"),
                        {{QStringLiteral("login_event_id"), double(e.id)},
                         {QStringLiteral("device"), e.deviceLabel()},
                         {QStringLiteral("place"), e.location()},
                         {QStringLiteral("reasons"), reasons.join(QStringLiteral("; "))},
                         {QStringLiteral("outbox_id"), double(out.outboxId.value_or(0))}}));
                return out;
            });
            if (done && done->what == NoticeOutcome::What::Queued) {
                ++pass.noticed;
                pass.outboxIds.append(*done->outboxId);
                continue;
            }
            if (done) {
                ++pass.alreadyNoticed;
                continue;
            }
            // Another watcher committed the same notice first (the unique key refused ours)?
            auto nowKnown =
                AccountNotices::exists(m_db, e.accountId, NoticeKind::UnusualSignIn, key);
            if (nowKnown && nowKnown.value()) {
                ++pass.alreadyNoticed;
                continue;
            }
            // One sign-in whose notice cannot be built (say, an address that is no address)
            // must not hold up the others; the pass reports it.
            qCWarning(lcAccounts) << "unusual sign-in" << e.id << "of account" << e.accountId
                                  << "could not be noticed:" << done.error().toString();
            ++pass.failed;
            pass.lastError = done.error().message;
        }
    }

    HD_TRY(platformLocks(pass, companyName));
    HD_TRY(mfaChanges(pass, companyName));

    if (pass.watermark > from)
        HD_TRY(Database::exec(
            m_db,
            QStringLiteral("UPDATE notice_watermarks SET last_id = CASE WHEN ? "
                           "> last_id THEN ? ELSE last_id END, updated_at = ? "
                           "WHERE name = ?"),
            {pass.watermark, pass.watermark, QVariant::fromValue(m_now), kWatermark}));
    return pass;
}

} // namespace helpdesk
