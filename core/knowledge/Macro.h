#pragma once
// A canned reply or macro: reply text with {{placeholders}} (the mail templates' set) plus the
// changes applying it makes to the ticket — status, priority, category, assignee, an internal
// note. A macro without changes is a canned reply. Shipped macros (resources/knowledge/
// macros.json) are shared; staff add shared ones (leads and admins) and personal ones.

#include "common/Result.h"
#include "vocabulary/TicketVocabulary.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace helpdesk {

struct MacroChanges
{
    std::optional<TicketStatus> status;
    std::optional<TicketPriority> priority;
    std::optional<TicketCategory> category;
    // A staff login; kMe for whoever applies the macro; empty for "nobody".
    std::optional<QString> assignee;
    QString note; // an internal note added with the reply

    static inline const QString kMe = QStringLiteral("me");

    bool isEmpty() const
    {
        return !status && !priority && !category && !assignee && note.trimmed().isEmpty();
    }
    QJsonObject toJson() const;
    // `what` names the macro in the error, e.g. its title.
    static Result<MacroChanges> fromJson(const QJsonObject &json, const QString &what);
    bool operator==(const MacroChanges &) const = default;
};

struct Macro
{
    qint64 id = 0; // 0 for a shipped macro that nobody edited
    QString key;   // shipped macros and their edited copies; empty for staff-made ones
    QString title;
    QString body; // reply text; may be empty for a macro that only changes the ticket
    MacroChanges changes;
    std::optional<qint64> ownerId; // empty: shared with everyone
    QDateTime updatedAt;

    bool isShared() const { return !ownerId; }
    bool isShipped() const { return !key.isEmpty(); }
    bool isCannedReply() const { return changes.isEmpty(); }
};

} // namespace helpdesk
