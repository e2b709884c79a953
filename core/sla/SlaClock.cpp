#include "sla/SlaClock.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>

namespace helpdesk {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SlaClock", text);
}

Error stateError(const QString &message, const char *operation)
{
    return Error::make(Error::Code::InvalidInput, message,
                       QStringLiteral("SlaClock::") + QLatin1String(operation));
}

Error fieldError(const QString &field, const QString &message)
{
    return Error::make(Error::Code::InvalidInput, message, QStringLiteral("field ") + field);
}

QString timeText(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}

QString kindKey(SlaSegment::Kind kind)
{
    return kind == SlaSegment::Kind::Running ? QStringLiteral("running") : QStringLiteral("paused");
}

} // namespace

SlaClock::State SlaClock::state() const
{
    if (m_segments.isEmpty())
        return State::NotStarted;
    const SlaSegment &last = m_segments.constLast();
    if (!last.isOpen())
        return State::Stopped;
    return last.kind == SlaSegment::Kind::Running ? State::Running : State::Paused;
}

QDateTime SlaClock::lastChangeUtc() const
{
    if (m_segments.isEmpty())
        return {};
    const SlaSegment &last = m_segments.constLast();
    return last.isOpen() ? last.startUtc : last.endUtc;
}

Result<void> SlaClock::checkTime(const QDateTime &at) const
{
    if (!at.isValid())
        return fieldError(QStringLiteral("at"), tr("The SLA clock was given no valid time."));
    const QDateTime last = lastChangeUtc();
    if (last.isValid() && at < last)
        return fieldError(QStringLiteral("at"),
                          tr("The SLA clock cannot go back in time: %1 is before its last "
                             "change at %2.")
                              .arg(timeText(at), timeText(last)));
    return {};
}

void SlaClock::openSegment(SlaSegment::Kind kind, const QDateTime &at)
{
    if (!m_segments.isEmpty() && m_segments.constLast().isOpen())
        m_segments.last().endUtc = at.toUTC();
    m_segments.append(SlaSegment{kind, at.toUTC(), {}});
}

Result<void> SlaClock::start(const QDateTime &at)
{
    if (state() != State::NotStarted)
        return stateError(tr("The SLA clock has already been started."), "start");
    if (auto ok = checkTime(at); !ok)
        return ok;
    openSegment(SlaSegment::Kind::Running, at);
    return {};
}

Result<void> SlaClock::pause(const QDateTime &at)
{
    if (state() != State::Running)
        return stateError(state() == State::Paused ? tr("The SLA clock is already paused.")
                                                   : tr("Only a running SLA clock can be paused."),
                          "pause");
    if (auto ok = checkTime(at); !ok)
        return ok;
    openSegment(SlaSegment::Kind::Paused, at);
    return {};
}

Result<void> SlaClock::resume(const QDateTime &at)
{
    const State s = state();
    if (s != State::Paused && s != State::Stopped)
        return stateError(s == State::Running ? tr("The SLA clock is already running.")
                                              : tr("The SLA clock has not been started yet."),
                          "resume");
    if (auto ok = checkTime(at); !ok)
        return ok;
    openSegment(SlaSegment::Kind::Running, at);
    return {};
}

Result<void> SlaClock::stop(const QDateTime &at)
{
    const State s = state();
    if (s != State::Running && s != State::Paused)
        return stateError(s == State::Stopped ? tr("The SLA clock has already been stopped.")
                                              : tr("The SLA clock has not been started yet."),
                          "stop");
    if (auto ok = checkTime(at); !ok)
        return ok;
    m_segments.last().endUtc = at.toUTC();
    return {};
}

QList<SlaSegment> SlaClock::asOf(const QDateTime &nowUtc) const
{
    if (!nowUtc.isValid())
        return m_segments;
    QList<SlaSegment> out;
    for (const SlaSegment &s : m_segments) {
        if (s.startUtc > nowUtc)
            break;
        out.append(s);
        if (!s.isOpen() && s.endUtc > nowUtc)
            out.last().endUtc = QDateTime();
    }
    return out;
}

qint64 SlaClock::elapsedBusinessMs(const BusinessCalendar &calendar, const QDateTime &nowUtc) const
{
    return status(calendar, 0, nowUtc).elapsedMs;
}

std::optional<QDateTime> SlaClock::dueAt(const BusinessCalendar &calendar, qint64 targetMs,
                                         const QDateTime &nowUtc) const
{
    return status(calendar, targetMs, nowUtc).dueUtc;
}

qint64 SlaClock::remainingMs(const BusinessCalendar &calendar, qint64 targetMs,
                             const QDateTime &nowUtc) const
{
    return status(calendar, targetMs, nowUtc).remainingMs;
}

bool SlaClock::isBreached(const BusinessCalendar &calendar, qint64 targetMs,
                          const QDateTime &nowUtc) const
{
    return status(calendar, targetMs, nowUtc).breached;
}

SlaStatus SlaClock::status(const BusinessCalendar &calendar, qint64 targetMs,
                           const QDateTime &nowUtc) const
{
    const qint64 target = std::max<qint64>(targetMs, 0);
    const QList<SlaSegment> view = asOf(nowUtc);
    SlaStatus out;
    for (const SlaSegment &s : view) {
        if (s.kind != SlaSegment::Kind::Running)
            continue;
        // An open segment counts up to now; with no now given, nothing is counted for it yet.
        const QDateTime end = s.isOpen() ? (nowUtc.isValid() ? nowUtc : s.startUtc) : s.endUtc;
        const qint64 segmentMs = calendar.workingMsBetween(s.startUtc, end);
        if (!out.dueUtc) {
            const qint64 left = target - out.elapsedMs;
            if (left == 0)
                out.dueUtc = s.startUtc;
            else if (s.isOpen() || segmentMs >= left)
                // Reached inside this segment, or projected from it while it keeps running.
                out.dueUtc = calendar.addWorkingMs(s.startUtc, left);
        }
        out.elapsedMs += segmentMs;
    }
    if (out.dueUtc && !out.dueUtc->isValid())
        out.dueUtc.reset(); // the calendar has no working time at all
    out.remainingMs = target - out.elapsedMs;

    const bool stopped = !view.isEmpty() && !view.constLast().isOpen();
    out.paused = !view.isEmpty() && view.constLast().isOpen() &&
                 view.constLast().kind == SlaSegment::Kind::Paused;
    if (out.dueUtc) {
        // A clock stopped exactly at the due time met its target.
        const QDateTime cutoff = stopped ? view.constLast().endUtc : nowUtc;
        out.breached = cutoff.isValid() && *out.dueUtc < cutoff;
        if (out.paused && out.elapsedMs < target)
            out.dueUtc.reset();
    }
    return out;
}

QJsonObject SlaClock::toJson() const
{
    QJsonArray list;
    for (const SlaSegment &s : m_segments) {
        QJsonObject o{{QStringLiteral("kind"), kindKey(s.kind)},
                      {QStringLiteral("start"), timeText(s.startUtc)}};
        if (!s.isOpen())
            o.insert(QStringLiteral("end"), timeText(s.endUtc));
        list.append(o);
    }
    return QJsonObject{{QStringLiteral("segments"), list}};
}

Result<SlaClock> SlaClock::fromJson(const QJsonObject &json)
{
    const QJsonValue value = json.value(QStringLiteral("segments"));
    if (!value.isArray())
        return fieldError(QStringLiteral("segments"),
                          tr("segments must be a list of clock segments."));
    SlaClock clock;
    const QJsonArray list = value.toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject o = list.at(i).toObject();
        const QString prefix = QStringLiteral("segments[%1].").arg(i);
        SlaSegment s;
        const QString kind = o.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("running")) {
            s.kind = SlaSegment::Kind::Running;
        } else if (kind == QLatin1String("paused")) {
            s.kind = SlaSegment::Kind::Paused;
        } else {
            const QString f = prefix + QStringLiteral("kind");
            return fieldError(f, tr("%1 must be running or paused.").arg(f));
        }
        s.startUtc =
            QDateTime::fromString(o.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs)
                .toUTC();
        if (!s.startUtc.isValid()) {
            const QString f = prefix + QStringLiteral("start");
            return fieldError(f, tr("%1 must be a date and time in ISO 8601 form.").arg(f));
        }
        const QJsonValue endValue = o.value(QStringLiteral("end"));
        if (!endValue.isUndefined() && !endValue.isNull()) {
            s.endUtc = QDateTime::fromString(endValue.toString(), Qt::ISODateWithMs).toUTC();
            const QString f = prefix + QStringLiteral("end");
            if (!s.endUtc.isValid())
                return fieldError(f, tr("%1 must be a date and time in ISO 8601 form.").arg(f));
            if (s.endUtc < s.startUtc)
                return fieldError(f, tr("%1 is before the segment's start.").arg(f));
        }
        if (!clock.m_segments.isEmpty()) {
            const SlaSegment &prev = clock.m_segments.constLast();
            if (prev.isOpen()) {
                const QString f = QStringLiteral("segments[%1].end").arg(i - 1);
                return fieldError(f,
                                  tr("%1 is missing: only the last segment may be open.").arg(f));
            }
            if (s.startUtc < prev.endUtc) {
                const QString f = prefix + QStringLiteral("start");
                return fieldError(f, tr("%1 is before the end of the previous segment.").arg(f));
            }
        }
        clock.m_segments.append(s);
    }
    return clock;
}

} // namespace helpdesk
