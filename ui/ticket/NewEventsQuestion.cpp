#include "ticket/NewEventsQuestion.h"

#include "common/TimeText.h"
#include "ticket/TimelineText.h"
#include "vocabulary/EventKind.h"

#include <QMessageBox>
#include <QPushButton>

namespace helpdesk {

namespace {
constexpr int ShownEvents = 5;
constexpr int ExcerptChars = 90;
} // namespace

QList<TicketEvent> NewEventsQuestion::unseen(const QList<TicketEvent> &events, qint64 lastSeenId,
                                             std::optional<qint64> me)
{
    QList<TicketEvent> fresh;
    for (const TicketEvent &e : events) {
        if (e.id <= lastSeenId || (me && e.staffId == me))
            continue;
        if (e.kind == QLatin1String("mail_sent") || e.kind == QLatin1String("mail_failed"))
            continue;
        fresh.append(e);
    }
    return fresh;
}

QString NewEventsQuestion::describe(const QList<TicketEvent> &events,
                                    const std::optional<Ticket> &ticket)
{
    QStringList lines;
    const qsizetype first = qMax<qsizetype>(0, events.size() - ShownEvents);
    if (first > 0)
        lines << tr("… and %n earlier entry(s)", nullptr, int(first));
    for (qsizetype i = first; i < events.size(); ++i) {
        const TicketEvent &e = events.at(i);
        QString excerpt = e.body.simplified();
        if (excerpt.size() > ExcerptChars)
            excerpt = excerpt.left(ExcerptChars - 1) + u'…';
        QString line = tr("%1 — %2: %3")
                           .arg(TimeText::dateTime(e.at), TimelineText::author(e, ticket),
                                Vocabulary::eventKindLabel(e.kind));
        if (!excerpt.isEmpty())
            line += tr(" “%1”").arg(excerpt);
        lines << line;
    }
    return lines.join(u'\n');
}

QMessageBox *NewEventsQuestion::make(const QList<TicketEvent> &events,
                                     const std::optional<Ticket> &ticket,
                                     const QString &description, bool isText, QWidget *parent,
                                     QPushButton **goAhead)
{
    auto *box =
        new QMessageBox(QMessageBox::Question, tr("New on This Ticket"),
                        tr("%n new entry(s) arrived on this ticket since you opened it:", nullptr,
                           int(events.size())),
                        QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("newEventsDialog"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    box->setInformativeText(describe(events, ticket) + QStringLiteral("\n\n") +
                            (isText ? tr("Your text stays in the editor. Send it as it is, or "
                                         "look at the ticket first and revise it?")
                                    : tr("Your change: %1. Go ahead, or look at the ticket "
                                         "first?")
                                          .arg(description)));
    *goAhead =
        box->addButton(isText ? tr("&Send Anyway") : tr("&Go Ahead"), QMessageBox::AcceptRole);
    (*goAhead)->setObjectName(QStringLiteral("goAheadButton"));
    QPushButton *look =
        box->addButton(isText ? tr("&Revise") : tr("&Look First"), QMessageBox::RejectRole);
    look->setObjectName(QStringLiteral("lookFirstButton"));
    // Looking first is the safe answer: it is what Enter and Esc do.
    box->setDefaultButton(look);
    box->setEscapeButton(look);
    return box;
}

} // namespace helpdesk
