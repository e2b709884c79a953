#include "common/TimeText.h"

#include "common/Colors.h"

#include <QLocale>

namespace helpdesk {

QString TimeText::dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt.toLocalTime(), QLocale::ShortFormat) : QString();
}

QString TimeText::duration(qint64 ms)
{
    constexpr qint64 Minute = 60 * 1000;
    qint64 minutes = qMax<qint64>(1, ms / Minute);
    if (minutes < 60)
        return tr("%1 min").arg(minutes);
    qint64 hours = minutes / 60;
    minutes %= 60;
    // Minutes matter while a deadline is hours away, not once it is most of a day.
    if (hours < 24)
        return minutes == 0 || hours >= 10 ? tr("%1 h").arg(hours)
                                           : tr("%1 h %2 min").arg(hours).arg(minutes);
    const qint64 days = hours / 24;
    hours %= 24;
    return hours == 0 ? tr("%1 d").arg(days) : tr("%1 d %2 h").arg(days).arg(hours);
}

TimeText::Due TimeText::due(const QDateTime &dueAt, TicketStatus status, const QDateTime &now,
                            qint64 warningWindowMs)
{
    Due d;
    if (status == TicketStatus::Resolved || status == TicketStatus::Closed)
        return d;
    if (status == TicketStatus::PendingCustomer) {
        d.state = Due::State::Paused;
        d.text = tr("paused");
        return d;
    }
    if (!dueAt.isValid())
        return d;
    const qint64 left = now.msecsTo(dueAt);
    if (left < 0) {
        d.state = Due::State::Overdue;
        d.text = tr("overdue %1").arg(duration(-left));
        return d;
    }
    d.state = left <= warningWindowMs ? Due::State::Warning : Due::State::OnTrack;
    // Round up what is left: with 30 seconds to go it is "in 1 min", not "in 0 min".
    constexpr qint64 Minute = 60 * 1000;
    d.text = tr("in %1").arg(duration((left + Minute - 1) / Minute * Minute));
    return d;
}

QColor TimeText::dueColor(Due::State state, const QPalette &palette, QPalette::ColorRole background)
{
    switch (state) {
    case Due::State::Overdue:
        return Colors::text(Colors::Tone::Danger, palette, background);
    case Due::State::Warning:
        return Colors::text(Colors::Tone::Warning, palette, background);
    case Due::State::Paused: {
        QColor grey = palette.color(QPalette::Text);
        grey.setAlpha(130);
        return grey;
    }
    case Due::State::None:
    case Due::State::OnTrack:
        break;
    }
    return {};
}

QString TimeText::heldBy(const QString &assignee, const QDateTime &assignedAt, const QDateTime &now)
{
    if (!assignedAt.isValid())
        return tr("Held by %1").arg(assignee);
    return tr("Held by %1 for %2")
        .arg(assignee, duration(qMax<qint64>(0, assignedAt.msecsTo(now))));
}

} // namespace helpdesk
