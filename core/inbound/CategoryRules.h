#pragma once
// CategoryRules: the keyword rules that guess a new ticket's category from the customer's first
// mail (login, recovery, security, other). Data, not code: resources/inbound/categories.json,
// whose "about" says how they score. The guess says which phrases decided it, so an agent can
// see why.

#include "common/Result.h"
#include "tickets/Ticket.h"

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace helpdesk {

struct CategoryGuess
{
    TicketCategory category = TicketCategory::Other;
    int score = 0;
    QStringList matched; // the phrases that counted, e.g. "reset link"
};

class CategoryRules
{
public:
    CategoryRules() = default; // no rules: everything is the fallback, Other

    // The rules shipped in the resources (:/helpdesk/inbound/categories.json).
    static const CategoryRules &builtIn();
    static Result<CategoryRules> fromJson(const QByteArray &json);

    CategoryGuess guess(QStringView subject, QStringView body) const;
    bool isEmpty() const { return m_rules.isEmpty(); }

private:
    struct Phrase
    {
        QString text;
        QRegularExpression pattern;
    };
    struct Rule
    {
        TicketCategory category = TicketCategory::Other;
        QList<Phrase> phrases;
    };
    QList<Rule> m_rules;
    TicketCategory m_fallback = TicketCategory::Other;
    int m_subjectWeight = 2;
};

} // namespace helpdesk
