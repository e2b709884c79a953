#include "accounts/AccountWarnings.h"

#include "accounts/AccountNoticeBox.h"
#include "common/TimeText.h"

#include <QVBoxLayout>

namespace helpdesk {

AccountWarnings::AccountWarnings(QWidget *parent)
    : QWidget(parent),
      m_lock(new AccountNoticeBox(
          QStringLiteral("accountLockBox"), {Colors::Tone::Danger, true, QMargins(10, 7, 10, 7), 3},
          QStringLiteral("accountLockTitle"), QStringLiteral("accountLockDetail"), this)),
      m_flags(new AccountNoticeBox(QStringLiteral("accountFlagBox"),
                                   {Colors::Tone::Warning, true, QMargins(10, 7, 10, 7), 3},
                                   QStringLiteral("accountFlagTitle"),
                                   QStringLiteral("accountFlagList"), this))
{
    setObjectName(QStringLiteral("accountWarnings"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_lock);
    layout->addWidget(m_flags);
}

QSet<qint64> AccountWarnings::setOverview(const AccountOverview &o,
                                          const QHash<QString, QString> &staffNames)
{
    const Account &a = o.account;
    const auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    // Locked or suspended: why, by whom, since when.
    if (a.status == AccountStatus::Locked || a.status == AccountStatus::Suspended) {
        m_lock->setTitle(a.status == AccountStatus::Locked ? LockCauses::label(o.lockCause)
                                                           : tr("Suspended"));
        QStringList lines;
        if (!a.lockReason.isEmpty())
            lines << tr("Reason: <b>%1</b>").arg(esc(a.lockReason));
        QString by;
        if (a.lockedBy.compare(QLatin1String(Account::SystemLocker), Qt::CaseInsensitive) == 0) {
            by = tr("the platform's automatic lockout");
        } else if (!a.lockedBy.isEmpty()) {
            const QString name = staffNames.value(a.lockedBy);
            by = name.isEmpty() ? a.lockedBy : tr("%1 (%2)").arg(name, a.lockedBy);
        }
        const QString at = TimeText::dateTime(a.lockedAt);
        if (!by.isEmpty() && a.lockedAt.isValid())
            lines << tr("By %1 · %2").arg(esc(by), esc(at));
        else if (!by.isEmpty())
            lines << tr("By %1").arg(esc(by));
        else if (a.lockedAt.isValid())
            lines << esc(at);
        if (o.lockCause == LockCause::Security)
            lines << tr("<i>Lifting this lock needs a team lead's approval.</i>");
        else if (o.lockCause == LockCause::FailedSignIns)
            lines << tr("<i>An agent may lift it after verifying the customer's identity.</i>");
        m_lock->setBody(lines.join(QStringLiteral("<br/>")));
        m_lock->show();
    } else {
        m_lock->hide();
    }

    // Suspicious activity, newest first.
    QSet<qint64> flagged;
    if (o.flags.isEmpty()) {
        m_flags->hide();
        // Nothing to warn about takes no room at all.
        setVisible(!m_lock->isHidden());
        return flagged;
    }
    m_flags->setTitle(tr("⚠ Suspicious activity (%1)").arg(o.flags.size()));
    QStringList items;
    for (const SuspiciousFlag &f : o.flags) {
        items << tr("<b>%1</b> · %2<br/>%3")
                     .arg(esc(SuspicionKinds::label(f.kind)), esc(TimeText::dateTime(f.at)),
                          esc(f.reason));
        for (qint64 id : f.eventIds)
            flagged.insert(id);
    }
    m_flags->setBody(items.join(QStringLiteral("<br/><br/>")));
    m_flags->show();
    setVisible(true);
    return flagged;
}

} // namespace helpdesk
