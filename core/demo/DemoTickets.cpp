#include "demo/DemoTickets.h"

#include "db/BulkInsert.h"
#include "demo/DemoSeeder.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

namespace helpdesk {

using namespace demo;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("DemoSeeder", text);
}

TicketCategory categoryOf(DemoTopic topic)
{
    switch (topic) {
    case DemoTopic::Login:
    case DemoTopic::Activation:
    case DemoTopic::Locked:
        return TicketCategory::Login;
    case DemoTopic::Recovery:
        return TicketCategory::Recovery;
    case DemoTopic::Security:
        return TicketCategory::Security;
    case DemoTopic::Other:
    case DemoTopic::Count:
        break;
    }
    return TicketCategory::Other;
}

// Status mix by age against the ticket's own targets (first response fr, resolution rs), as a
// desk that keeps up has it: work in hand is a day or two old, waits on the customer a few days
// more, and only a few percent run past their targets (the escalation scan at the first start
// escalates those). Weights: new, open, pending customer, escalated, resolved, closed.
TicketStatus statusFor(DemoRandom &rng, qint64 ageMs, qint64 fr, qint64 rs)
{
    int s = 0;
    if (ageMs < fr)
        s = rng.weighted({550, 300, 80, 0, 70, 0});
    else if (ageMs < rs)
        s = rng.weighted({12, 450, 180, 10, 348, 0});
    else if (ageMs < rs + 2 * kDay)
        s = rng.weighted({0, 6, 80, 6, 908, 0});
    else if (ageMs < 6 * kDay)
        s = rng.weighted({0, 1, 10, 2, 420, 567});
    else if (ageMs < 14 * kDay)
        s = rng.weighted({0, 0, 2, 1, 25, 972});
    else
        s = rng.weighted({0, 0, 0, 0, 20, 980});
    return TicketStatus(s);
}

enum class EventKind { Created, Reply, Note, Status, Assignment };

} // namespace

DemoTickets::DemoTickets(DemoWorld &world, qint64 count, qint64 firstId)
    : m_world(world), m_count(count), m_firstId(firstId),
      // %1 is the problem, %2 when it happens: "Can't sign in after changing phone".
      m_subjectWithContext(tr("%1 %2")), m_replyPrefix(tr("Re: %1")),
      m_urgentPrefix(tr("Urgent: %1"))
{
    for (TicketStatus from : Vocabulary::allStatuses())
        for (TicketStatus to : Vocabulary::allStatuses())
            m_statusData[std::size_t(from)][std::size_t(to)] =
                QStringLiteral("{\"from\":\"%1\",\"to\":\"%2\"}")
                    .arg(Vocabulary::key(from), Vocabulary::key(to));
    for (TicketChannel c : Vocabulary::allChannels())
        m_channelData[std::size_t(c)] =
            QStringLiteral("{\"channel\":\"%1\"}").arg(Vocabulary::key(c));
}

QStringList DemoTickets::ticketColumns()
{
    return {QStringLiteral("id"),
            QStringLiteral("subject"),
            QStringLiteral("requester_email"),
            QStringLiteral("requester_name"),
            QStringLiteral("account_id"),
            QStringLiteral("category"),
            QStringLiteral("priority"),
            QStringLiteral("status"),
            QStringLiteral("channel"),
            QStringLiteral("assignee_id"),
            QStringLiteral("created_at"),
            QStringLiteral("updated_at"),
            QStringLiteral("first_response_due"),
            QStringLiteral("first_responded_at"),
            QStringLiteral("resolution_due"),
            QStringLiteral("resolved_at"),
            QStringLiteral("escalation_level"),
            QStringLiteral("version"),
            QStringLiteral("first_response_breached"),
            QStringLiteral("resolution_breached"),
            QStringLiteral("reply_count"),
            QStringLiteral("escalation_cause"),
            QStringLiteral("escalated_at"),
            QStringLiteral("escalated_by")};
}

std::vector<qint64> DemoTickets::arrivalTimes()
{
    DemoRandom &rng = m_world.rng;
    // Hourly slots over the last 90 days, weighted by office hours, weekdays, slow growth and
    // one sign-in outage that brought a flood of tickets.
    static const double hourWeight[24] = {2, 1.5, 1,  1,  1, 1.5, 3, 5, 7, 9, 10, 10,
                                          9, 9,   10, 10, 9, 8,   6, 5, 4, 4, 3,  2.5};
    const qint64 slotCount = kHistoryDays * 24;
    const qint64 start = m_world.now - slotCount * kHour;
    // The release: an evening 12 to 25 days ago, on a Tuesday or Wednesday.
    qint64 releaseSlot = slotCount - rng.between(12, 25) * 24;
    releaseSlot -=
        (QDateTime::fromMSecsSinceEpoch(start + releaseSlot * kHour, Qt::UTC).time().hour());
    while (true) {
        const int dow =
            QDateTime::fromMSecsSinceEpoch(start + releaseSlot * kHour, Qt::UTC).date().dayOfWeek();
        if (dow == 2 || dow == 3 || releaseSlot < 24)
            break;
        releaseSlot -= 24;
    }
    releaseSlot += 19; // deployed at 19:00
    m_spikeStart = start + releaseSlot * kHour;
    m_spikeEnd = m_spikeStart + 36 * kHour;
    std::vector<double> cumulative(std::size_t(slotCount), 0.0);
    double total = 0;
    for (qint64 s = 0; s < slotCount; ++s) {
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(start + s * kHour, Qt::UTC);
        const int dow = at.date().dayOfWeek();
        double w = hourWeight[at.time().hour()];
        w *= dow == 6 ? 0.45 : dow == 7 ? 0.35 : 1.0;
        w *= 0.8 + 0.4 * double(s) / double(slotCount);
        if (s >= releaseSlot && s < releaseSlot + 36)
            w *= s < releaseSlot + 18 ? 3.5 : 2.2;
        total += w;
        cumulative[std::size_t(s)] = total;
    }
    std::vector<qint64> times;
    times.reserve(std::size_t(m_count));
    for (qint64 i = 0; i < m_count; ++i) {
        const double r = rng.unit() * total;
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        const qint64 slot = std::min<qint64>(it - cumulative.begin(), slotCount - 1);
        times.push_back(std::min(start + slot * kHour + rng.below(kHour), m_world.now - kSecond));
    }
    std::sort(times.begin(), times.end());
    return times;
}

qint64 DemoTickets::write(qint64 index, qint64 createdAt, BulkInsert &tickets, BulkInsert &events)
{
    DemoRandom &rng = m_world.rng;
    const DemoPhrases &text = m_world.text;
    static const QString kinds[] = {QStringLiteral("created"), QStringLiteral("reply"),
                                    QStringLiteral("note"), QStringLiteral("status"),
                                    QStringLiteral("assignment")};
    static const QString emptyData = QStringLiteral("{}");
    // Empty, not null: the body column is NOT NULL.
    static const QString noBody = QStringLiteral("");

    const qint64 age = m_world.now - createdAt;
    const qint64 count = m_count;

    // Who writes in.
    // The newest few show every working state (below) for active customers, so that every
    // ticket action is on for them.
    const bool showcase = count >= 8 && index >= count - 5;
    const DemoAccount *account = nullptr;
    if (!m_world.accounts.empty() && (showcase || rng.chance(0.88))) {
        for (int attempt = 0; attempt < (showcase ? 40 : 4) && !account; ++attempt) {
            const DemoAccount &candidate =
                m_world.accounts[std::size_t(m_world.accountPool.pick(rng))];
            if (candidate.createdAt < createdAt &&
                (!showcase || candidate.status == DemoAccountStatus::Active))
                account = &candidate;
        }
    }
    QString email, name, firstName;
    if (account) {
        email = account->email;
        name = account->name;
        firstName = account->firstName;
    } else {
        // Someone who cannot find, or no longer reaches, the address on their account.
        firstName = rng.pick(text.firstNames);
        const QString last = rng.pick(text.lastNames);
        name = firstName + u' ' + last;
        email = emailPart(firstName) + u'.' + emailPart(last) +
                QString::number(rng.between(1, 999)) + u'@' + rng.pick(text.emailDomains);
    }

    // What about.
    DemoTopic topic = DemoTopic::Login;
    if (!account) {
        topic = std::array{DemoTopic::Recovery, DemoTopic::Login,
                           DemoTopic::Other}[std::size_t(rng.weighted({50, 30, 20}))];
    } else if (account->status == DemoAccountStatus::Locked) {
        if (account->lock == DemoLockKind::FailedSignIns)
            topic = std::array{DemoTopic::Locked, DemoTopic::Login, DemoTopic::Recovery,
                               DemoTopic::Security}[std::size_t(rng.weighted({60, 15, 15, 10}))];
        else
            topic = std::array{DemoTopic::Security, DemoTopic::Locked,
                               DemoTopic::Recovery}[std::size_t(rng.weighted({65, 20, 15}))];
    } else if (account->status == DemoAccountStatus::PendingActivation) {
        topic = std::array{DemoTopic::Activation, DemoTopic::Login,
                           DemoTopic::Other}[std::size_t(rng.weighted({70, 15, 15}))];
    } else if (account->status == DemoAccountStatus::Suspended) {
        topic = std::array{DemoTopic::Other, DemoTopic::Login,
                           DemoTopic::Security}[std::size_t(rng.weighted({50, 30, 20}))];
    } else {
        topic =
            std::array{DemoTopic::Login, DemoTopic::Recovery, DemoTopic::Security, DemoTopic::Other,
                       DemoTopic::Locked}[std::size_t(rng.weighted({42, 25, 17, 12, 4}))];
    }
    // After the release, most who write in cannot sign in.
    if (createdAt >= m_spikeStart && createdAt < m_spikeEnd && rng.chance(0.7))
        topic = DemoTopic::Login;
    // The oldest tickets cover every category and priority once, whatever the dice say.
    if (index < 4)
        topic = std::array{DemoTopic::Login, DemoTopic::Recovery, DemoTopic::Security,
                           DemoTopic::Other}[std::size_t(index)];
    const TicketCategory category = categoryOf(topic);

    int priority = 1;
    switch (category) {
    case TicketCategory::Security:
        priority = rng.weighted({5, 30, 40, 25});
        break;
    case TicketCategory::Login:
        priority = rng.weighted({15, 50, 27, 8});
        break;
    case TicketCategory::Recovery:
        priority = rng.weighted({15, 55, 25, 5});
        break;
    case TicketCategory::Other:
        priority = rng.weighted({35, 50, 13, 2});
        break;
    }
    if (index < 4)
        priority = int(index);
    const auto channel = TicketChannel(rng.weighted({15, 40, 20, 25})); // phone email chat portal
    const bool live = channel == TicketChannel::Phone || channel == TicketChannel::Chat;

    static const qint64 firstResponse[4] = {24 * kHour, 8 * kHour, 4 * kHour, 1 * kHour};
    static const qint64 resolution[4] = {72 * kHour, 24 * kHour, 8 * kHour, 4 * kHour};
    const qint64 fr = firstResponse[priority];
    const qint64 rs = resolution[priority];
    TicketStatus status = statusFor(rng, age, fr, live ? rs / 2 : rs);
    // The newest tickets show every working state and the oldest one is closed.
    if (count >= 8) {
        if (index == 0)
            status = TicketStatus::Closed;
        else if (index >= count - 5)
            status = std::array{TicketStatus::Resolved, TicketStatus::Escalated,
                                TicketStatus::PendingCustomer, TicketStatus::Open,
                                TicketStatus::New}[std::size_t(index - (count - 5))];
    }

    // Subject.
    const QList<DemoPhrases::Case> &cases = text.casesFor(topic);
    const DemoPhrases::Case &problem = cases[qsizetype(rng.below(cases.size()))];
    QString subject = problem.subject;
    if (topic == DemoTopic::Security) {
        if (rng.chance(0.4))
            subject = m_subjectWithContext.arg(subject, rng.pick(text.securityContexts));
    } else if ((topic == DemoTopic::Login || topic == DemoTopic::Locked) && rng.chance(0.6)) {
        subject = m_subjectWithContext.arg(subject, rng.pick(text.accessContexts));
    }
    if (priority >= 2 && rng.chance(0.12))
        subject = m_urgentPrefix.arg(subject);
    else if (channel == TicketChannel::Email && rng.chance(0.1))
        subject = m_replyPrefix.arg(subject);

    // Who works it.
    const bool olderTicket = age > 45 * kDay;
    const WeightedPool &pool = olderTicket ? m_world.olderAssignees : m_world.recentAssignees;
    int assignee = -1;
    if (status != TicketStatus::New || live || rng.chance(0.3))
        assignee = pool.empty() ? -1 : pool.pick(rng);
    // The newest open ones (every working state, above) are the demo agent's, so that "My open
    // tickets" shows work on any size of desk.
    if (count >= 8 && index >= count - 4 && index < count - 1)
        for (std::size_t i = 0; i < m_world.staff.size(); ++i)
            if (m_world.staff[i].login == QLatin1String(DemoSeeder::DemoAgentLogin))
                assignee = int(i);
    // ...and the newest one waits for someone to take it.
    if (count >= 8 && index == count - 1)
        assignee = -1;
    const int lead = m_world.leads.empty()
                         ? assignee
                         : m_world.leads[std::size_t(rng.below(qint64(m_world.leads.size())))];

    // The timeline, as offsets from creation; squeezed below if it would run past now.
    struct Draft
    {
        qint64 offset;
        int staff;
        EventKind kind;
        QString body;
        QString data;
    };
    std::vector<Draft> drafts;
    drafts.reserve(8);

    QString message = rng.pick(text.greetings) + QStringLiteral("\n\n") + problem.message;
    if (topic != DemoTopic::Other && rng.chance(0.6))
        message += u' ' + rng.pick(text.details);
    message += QStringLiteral("\n\n") + rng.pick(text.signOffs).arg(firstName);
    drafts.push_back({0, live ? assignee : -1, EventKind::Created, message,
                      m_channelData[std::size_t(channel)]});

    auto agentReply = [&](int staff, const QString &sentence) {
        const QString agentName =
            staff >= 0 ? m_world.staff[std::size_t(staff)].firstName : QString();
        return rng.pick(text.agentGreetings).arg(firstName) + QStringLiteral("\n\n") + sentence +
               QStringLiteral("\n\n") + rng.pick(text.agentSignOffs).arg(agentName);
    };
    auto statusData = [&](TicketStatus from, TicketStatus to) {
        return m_statusData[std::size_t(from)][std::size_t(to)];
    };

    qint64 firstReply = rng.chance(0.83) ? qint64(double(fr) * (0.05 + 0.85 * rng.unit()))
                                         : qint64(double(fr) * (1.0 + 2.0 * rng.unit()));
    firstReply = std::max(firstReply, 2 * kMinute);
    if (assignee >= 0 && !live && (status == TicketStatus::New || rng.chance(0.3))) {
        const qint64 at = rng.between(kMinute, std::max(2 * kMinute, firstReply * 6 / 10));
        drafts.push_back({at, lead, EventKind::Assignment, noBody,
                          m_world.staff[std::size_t(assignee)].assignData});
    }

    int escalationLevel = 0;
    int worker = assignee;
    bool sweptClosed = false;
    switch (status) {
    case TicketStatus::New:
        break;
    case TicketStatus::Open:
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, rng.pick(text.acknowledgements)), emptyData});
        if (rng.chance(0.3))
            drafts.push_back({firstReply + rng.between(5 * kMinute, 6 * kHour), worker,
                              EventKind::Note, rng.pick(text.notes), emptyData});
        break;
    case TicketStatus::PendingCustomer:
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, rng.pick(text.questions)), emptyData});
        drafts.push_back({firstReply, worker, EventKind::Status, noBody,
                          statusData(TicketStatus::New, TicketStatus::PendingCustomer)});
        break;
    case TicketStatus::Escalated: {
        drafts.push_back({firstReply, worker, EventKind::Reply,
                          agentReply(worker, rng.pick(text.acknowledgements)), emptyData});
        const qint64 at = firstReply + rng.between(10 * kMinute, kDay);
        // A takeover goes to security; anything else needs a lead's approval.
        const QString &reason = topic == DemoTopic::Security ? text.securityEscalationNote
                                                             : rng.pick(text.leadEscalationNotes);
        drafts.push_back({at, worker, EventKind::Note, reason, emptyData});
        drafts.push_back({at, worker, EventKind::Status, noBody,
                          statusData(TicketStatus::Open, TicketStatus::Escalated)});
        if (rng.chance(0.5)) {
            drafts.push_back({at + kMinute, worker, EventKind::Reply,
                              agentReply(worker, rng.pick(text.escalationReplies)), emptyData});
        } else if (lead >= 0 && lead != worker) {
            drafts.push_back({at + kMinute, worker, EventKind::Assignment, noBody,
                              QStringLiteral("{\"from\":%1,\"to\":%2}")
                                  .arg(m_world.staff[std::size_t(worker)].id)
                                  .arg(m_world.staff[std::size_t(lead)].id)});
            assignee = lead;
        }
        escalationLevel = rng.chance(0.75) ? 1 : 2;
        break;
    }
    case TicketStatus::Resolved:
    case TicketStatus::Closed: {
        const int path = rng.weighted({65, 20, 15}); // one touch, acknowledged, asked back
        qint64 resolveAt = firstReply;
        TicketStatus before = TicketStatus::New;
        if (path == 1) {
            drafts.push_back({firstReply, worker, EventKind::Reply,
                              agentReply(worker, rng.pick(text.acknowledgements)), emptyData});
            resolveAt = rng.chance(0.78)
                            ? firstReply +
                                  rng.between(10 * kMinute, std::max(15 * kMinute, rs - firstReply))
                            : rs + qint64(double(rs) * 2.0 * rng.unit());
            before = TicketStatus::Open;
        } else if (path == 2) {
            drafts.push_back({firstReply, worker, EventKind::Reply,
                              agentReply(worker, rng.pick(text.questions)), emptyData});
            drafts.push_back({firstReply, worker, EventKind::Status, noBody,
                              statusData(TicketStatus::New, TicketStatus::PendingCustomer)});
            resolveAt = firstReply + rng.between(30 * kMinute, 2 * kDay) +
                        rng.between(10 * kMinute, 8 * kHour);
            before = TicketStatus::PendingCustomer;
        }
        if (rng.chance(0.12))
            drafts.push_back({firstReply + (resolveAt - firstReply) / 2, worker, EventKind::Note,
                              rng.pick(text.notes), emptyData});
        drafts.push_back(
            {resolveAt, worker, EventKind::Reply, agentReply(worker, problem.solution), emptyData});
        // Calls and chats are closed on the spot; mail tickets are resolved, then closed by
        // the nightly sweep three days later (which leaves no timeline entry).
        TicketStatus to = TicketStatus::Resolved;
        if (status == TicketStatus::Closed) {
            const qint64 sweepAt = resolveAt + 3 * kDay;
            if (live || createdAt + sweepAt > m_world.now)
                to = TicketStatus::Closed;
            else
                sweptClosed = true;
        }
        drafts.push_back({resolveAt, worker, EventKind::Status, noBody, statusData(before, to)});
        break;
    }
    }

    // Squeeze the timeline into the ticket's age, keeping the order of events.
    qint64 last = 0;
    for (const Draft &d : drafts)
        last = std::max(last, d.offset);
    const qint64 room = std::max<qint64>(0, age - 30 * kSecond);
    if (last > room && last > 0) {
        const double f = double(room) / double(last);
        for (Draft &d : drafts)
            d.offset = qint64(double(d.offset) * f);
        last = room;
    }
    std::stable_sort(drafts.begin(), drafts.end(),
                     [](const Draft &a, const Draft &b) { return a.offset < b.offset; });

    qint64 firstRespondedAt = 0;
    qint64 resolvedAt = 0;
    qint64 escalatedAt = 0;
    int escalatedBy = -1;
    int replies = 0;
    const QString &toEscalated = statusData(TicketStatus::Open, TicketStatus::Escalated);
    for (const Draft &d : drafts) {
        if (d.kind == EventKind::Reply && firstRespondedAt == 0)
            firstRespondedAt = createdAt + d.offset;
        replies += d.kind == EventKind::Reply;
        if (d.kind == EventKind::Status &&
            (status == TicketStatus::Resolved || status == TicketStatus::Closed))
            resolvedAt = createdAt + d.offset;
        if (d.kind == EventKind::Status && d.data == toEscalated) {
            escalatedAt = createdAt + d.offset;
            escalatedBy = d.staff;
        }
    }
    qint64 updatedAt = createdAt + last;
    if (sweptClosed)
        updatedAt = std::min(resolvedAt + 3 * kDay + rng.below(6 * kHour), m_world.now);

    const qint64 id = m_firstId + index;
    tickets.add(QVariant::fromValue(id));
    tickets.add(subject);
    tickets.add(email);
    tickets.add(name);
    tickets.add(account ? QVariant::fromValue(account->id) : nullInt());
    tickets.add(Vocabulary::key(category));
    tickets.add(priority);
    tickets.add(Vocabulary::key(status));
    tickets.add(Vocabulary::key(channel));
    tickets.add(assignee >= 0 ? QVariant::fromValue(m_world.staff[std::size_t(assignee)].id)
                              : nullInt());
    tickets.add(QVariant::fromValue(createdAt));
    tickets.add(QVariant::fromValue(updatedAt));
    tickets.add(QVariant::fromValue(createdAt + fr));
    tickets.add(maybeTime(firstRespondedAt));
    tickets.add(QVariant::fromValue(createdAt + rs));
    tickets.add(maybeTime(resolvedAt));
    tickets.add(escalationLevel);
    tickets.add(1);
    // What the reports read (migration 0015), as the actions would have stored it.
    tickets.add(firstRespondedAt > createdAt + fr);
    tickets.add(resolvedAt > createdAt + rs);
    tickets.add(replies);
    tickets.add(escalatedAt > 0 ? QVariant(QStringLiteral("manual"))
                                : QVariant(QMetaType::fromType<QString>()));
    tickets.add(maybeTime(escalatedAt));
    tickets.add(escalatedBy >= 0 ? QVariant::fromValue(m_world.staff[std::size_t(escalatedBy)].id)
                                 : nullInt());

    const QVariant ticketId = QVariant::fromValue(id);
    for (Draft &d : drafts) {
        events.add(ticketId);
        events.add(QVariant::fromValue(createdAt + d.offset));
        events.add(d.staff >= 0 ? QVariant::fromValue(m_world.staff[std::size_t(d.staff)].id)
                                : nullInt());
        events.add(kinds[int(d.kind)]);
        events.add(std::move(d.body));
        events.add(std::move(d.data));
    }
    return qint64(drafts.size());
}

} // namespace helpdesk
