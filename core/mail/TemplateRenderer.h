#pragma once
// TemplateRenderer: checks mail templates against the fixed set of placeholders and fills them
// in. {{name}} (spaces inside the braces allowed) is a placeholder; there is no other syntax.
//
//  - Saving: a placeholder outside the known set, or "{{" without "}}", is refused, naming it.
//  - Rendering: every placeholder the template uses needs a value (only a few may be empty,
//    see Placeholder::mayBeEmpty); the error names each one that is missing, so nothing is
//    sent half-filled. {{link}} must be an http(s) URL.
//  - In the HTML part values are HTML-escaped and line breaks become <br>; in the subject line
//    breaks become spaces; the plain-text part takes values as they are.

#include "common/Result.h"
#include "mail/Template.h"

#include <QList>
#include <QStringList>

namespace helpdesk {

struct Placeholder
{
    QString name;        // "customer.name"
    QString description; // translated, for the template editor
    bool mayBeEmpty = false;
};

class TemplateRenderer
{
public:
    // The fixed set, in the order the template editor shows them.
    static const QList<Placeholder> &placeholders();
    static bool isKnown(const QString &name);

    // The placeholders used in text, in order of first use. Refuses unknown names and unclosed
    // braces; `field` (translated, e.g. "The subject") names where in the message text.
    static Result<QStringList> placeholdersIn(const QString &text, const QString &field);
    // Every placeholder the template uses (subject, text and HTML), without repeats.
    static Result<QStringList> placeholdersIn(const MailTemplate &mailTemplate);

    // The check made when a template is saved: a key, a subject and a text part, and only known
    // placeholders, each closed.
    static Result<void> validate(const MailTemplate &mailTemplate);

    // The placeholders the mails of this template always have a value for (a ticket reply
    // has no {{link}}, a notice no {{agent.name}}); every known one for a template of the
    // admin's own.
    static QStringList available(const QString &templateKey);
    // The editor's check before saving: validate(), and every placeholder used is one this
    // template's mails have a value for; the error names the ones that are not.
    static Result<void> checkForSaving(const MailTemplate &mailTemplate);

    static Result<RenderedMail> render(const MailTemplate &mailTemplate,
                                       const TemplateValues &values);

    // Text as the HTML part shows a value: escaped, with line breaks as <br>.
    static QString htmlValue(const QString &value);

    // How long a link works, as a customer says it: "7 days", "1 hour", "30 minutes",
    // "1 hour and 30 minutes" (translated, with the language's plural forms); {{expires.in}}.
    static QString durationText(qint64 minutes);
    // The sign-off under a mail, {{agent.signature}}: the signature when it names the agent
    // already (the usual "Maria K.\nAccount Support"), else the name above the signature, or
    // the name alone. So the name is printed once, however the signature is written.
    static QString signOff(const QString &agentName, const QString &signature);
};

} // namespace helpdesk
