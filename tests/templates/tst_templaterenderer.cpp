// TemplateRenderer: the fixed placeholder set, errors at save and at render that name the
// placeholder, HTML escaping, and every shipped template rendered with a full set of values.
#include "mail/MimeBuilder.h"
#include "mail/TemplateRenderer.h"
#include "mail/TemplateStore.h"

#include <QtTest>

using namespace helpdesk;

namespace {
const QString kLink = "https://accounts.example.com/reset?token=Zm9v&lang=en";

TemplateValues fullValues()
{
    return {
        {"customer.name", "Zoë O'Brien <zoe>"},
        {"customer.email", "zoe@example.org"},
        {"agent.name", "Maria Keller"},
        {"agent.signature",
         TemplateRenderer::signOff("Maria Keller", "Maria Keller\nAccount support")},
        {"company.name", "Example & Co. Support"},
        {"ticket.number", "#4711"},
        {"ticket.subject", "Can't sign in \"again\""},
        {"reply.body", "Hello,\n\nplease try <b>another</b> browser & tell me.\nThanks"},
        {"link", kLink},
        {"expires.in", TemplateRenderer::durationText(30)},
        {"expires.minutes", "30"},
        {"expires.days", "14"},
        {"signin.time", "4 June 2024 09:05 UTC"},
        {"signin.device", "Firefox on Linux"},
        {"signin.location", "Berlin, Germany"},
        {"mfa.change", "turned on (authenticator app)"},
        {"steps", "1. Open the sign-in page in a different web browser.\n2. Open a private window "
                  "and sign in there.\n3. Clear the cache and cookies.\n4. Sign in from "
                  "another device."},
    };
}

MailTemplate simple(const QString &subject, const QString &text, const QString &html = {})
{
    MailTemplate t;
    t.key = "test";
    t.name = "Test";
    t.subject = subject;
    t.textBody = text;
    t.htmlBody = html;
    return t;
}
} // namespace

class TestTemplateRenderer : public QObject
{
    Q_OBJECT
private slots:
    void placeholdersFound_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("none") << "Hello there" << QStringList{};
        QTest::newRow("one") << "Hi {{customer.name}}!" << QStringList{"customer.name"};
        QTest::newRow("spaces inside") << "Hi {{ customer.name }}" << QStringList{"customer.name"};
        QTest::newRow("repeat once") << "{{link}} and {{link}} then {{ticket.number}}"
                                     << QStringList{"link", "ticket.number"};
        QTest::newRow("single braces are text")
            << "a {b} c {{agent.name}}" << QStringList{"agent.name"};
    }
    void placeholdersFound()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        auto found = TemplateRenderer::placeholdersIn(text, "The text");
        QVERIFY2(found.ok(), found ? "" : qPrintable(found.error().message));
        QCOMPARE(found.value(), expected);
    }

    void refusedAtSave_data()
    {
        QTest::addColumn<QString>("subject");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("html");
        QTest::addColumn<QString>("named"); // the error must contain this
        QTest::newRow("unknown in subject") << "Hi {{customer.nickname}}"
                                            << "x"
                                            << ""
                                            << "{{customer.nickname}}";
        QTest::newRow("unknown in text") << "Hi"
                                         << "Dear {{ customer.title }}"
                                         << ""
                                         << "{{customer.title}}";
        QTest::newRow("unknown in html") << "Hi"
                                         << "ok"
                                         << "<p>{{password}}</p>"
                                         << "{{password}}";
        QTest::newRow("case matters") << "Hi"
                                      << "{{Customer.Name}}"
                                      << ""
                                      << "{{Customer.Name}}";
        QTest::newRow("unclosed") << "Hi"
                                  << "Hello {{customer.name"
                                  << ""
                                  << "not closed";
        QTest::newRow("nested open") << "Hi"
                                     << "{{link {{link}}"
                                     << ""
                                     << "not closed";
        QTest::newRow("empty subject") << " "
                                       << "text"
                                       << ""
                                       << "subject";
        QTest::newRow("two-line subject") << "a\nb"
                                          << "text"
                                          << ""
                                          << "single line";
        QTest::newRow("empty text") << "Hi"
                                    << "  \n"
                                    << "<p>x</p>"
                                    << "plain-text";
    }
    void refusedAtSave()
    {
        QFETCH(QString, subject);
        QFETCH(QString, text);
        QFETCH(QString, html);
        QFETCH(QString, named);
        auto result = TemplateRenderer::validate(simple(subject, text, html));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, Error::Code::InvalidInput);
        QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
    }

    void missingValueBlocksRendering_data()
    {
        QTest::addColumn<QString>("remove");
        QTest::addColumn<QString>("setTo"); // empty: remove the value entirely
        QTest::addColumn<bool>("fails");
        QTest::newRow("no link") << "link"
                                 << "" << true;
        QTest::newRow("blank name") << "customer.name"
                                    << "  " << true;
        QTest::newRow("no ticket number") << "ticket.number"
                                          << "" << true;
        QTest::newRow("empty signature is fine") << "agent.signature"
                                                 << "" << false;
        QTest::newRow("unused value missing") << "signin.device"
                                              << "" << false;
    }
    void missingValueBlocksRendering()
    {
        QFETCH(QString, remove);
        QFETCH(QString, setTo);
        QFETCH(bool, fails);
        const MailTemplate t = simple("Ticket {{ticket.number}}",
                                      "Hi {{customer.name}}, {{link}}\n{{agent.signature}}",
                                      "<p>{{customer.name}}</p><a href=\"{{link}}\">x</a>");
        TemplateValues values = fullValues();
        if (setTo.isEmpty() && remove != "agent.signature")
            values.remove(remove);
        else
            values[remove] = setTo.isEmpty() ? QStringLiteral("") : setTo;
        auto rendered = TemplateRenderer::render(t, values);
        QCOMPARE(!rendered.ok(), fails);
        if (fails)
            QVERIFY2(rendered.error().message.contains("{{" + remove + "}}"),
                     qPrintable(rendered.error().message));
    }

    void everyMissingValueIsNamed()
    {
        const MailTemplate t = simple("{{ticket.number}}", "{{customer.name}} {{link}}");
        auto rendered = TemplateRenderer::render(t, {});
        QVERIFY(!rendered.ok());
        for (const char *name : {"{{ticket.number}}", "{{customer.name}}", "{{link}}"})
            QVERIFY2(rendered.error().message.contains(name), qPrintable(rendered.error().message));
    }

    void linkMustBeAWebAddress_data()
    {
        QTest::addColumn<QString>("link");
        QTest::addColumn<bool>("ok");
        QTest::newRow("https") << "https://example.com/a?b=c&d=e" << true;
        QTest::newRow("http") << "http://localhost:8080/x" << true;
        QTest::newRow("javascript") << "javascript:alert(1)" << false;
        QTest::newRow("no scheme") << "example.com/reset" << false;
        QTest::newRow("space") << "https://example.com/a b" << false;
    }
    void linkMustBeAWebAddress()
    {
        QFETCH(QString, link);
        QFETCH(bool, ok);
        TemplateValues values = fullValues();
        values["link"] = link;
        auto rendered = TemplateRenderer::render(simple("s", "{{link}}"), values);
        QCOMPARE(rendered.ok(), ok);
    }

    void htmlEscaping_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("html");
        QTest::newRow("tags") << "<script>x</script>"
                              << "&lt;script&gt;x&lt;/script&gt;";
        QTest::newRow("ampersand") << "Tom & Jerry"
                                   << "Tom &amp; Jerry";
        QTest::newRow("quotes") << "say \"hi\" it's"
                                << "say &quot;hi&quot; it&#39;s";
        QTest::newRow("newlines") << "a\nb\r\nc"
                                  << "a<br>\nb<br>\nc";
        QTest::newRow("unicode kept") << "Zoë 🔐"
                                      << "Zoë 🔐";
    }
    void htmlEscaping()
    {
        QFETCH(QString, value);
        QFETCH(QString, html);
        TemplateValues values = fullValues();
        values["reply.body"] = value;
        auto rendered = TemplateRenderer::render(
            simple("Re: {{reply.body}}", "{{reply.body}}", "<div>{{reply.body}}</div>"), values);
        QVERIFY2(rendered.ok(), rendered ? "" : qPrintable(rendered.error().message));
        QCOMPARE(rendered->htmlBody, "<div>" + html + "</div>");
        // The text part takes the value as it is (line breaks normalised), the subject on one line.
        QString text = value;
        text.replace("\r\n", "\n");
        QCOMPARE(rendered->textBody, text);
        QVERIFY(!rendered->subject.contains('\n'));
    }

    void shippedTemplatesAreComplete()
    {
        auto shipped = TemplateStore::shipped();
        QVERIFY2(shipped.ok(), shipped ? "" : qPrintable(shipped.error().toString()));
        QStringList keys;
        for (const MailTemplate &t : shipped.value())
            keys << t.key;
        for (const QString &key : {TemplateKeys::LoginTroubleshooting, TemplateKeys::PasswordReset,
                                   TemplateKeys::AccountActivation, TemplateKeys::AccountLocked,
                                   TemplateKeys::UnusualSignIn, TemplateKeys::TicketReply,
                                   TemplateKeys::ResolutionFollowUp})
            QVERIFY2(keys.contains(key), qPrintable(key));
    }

    void shippedTemplateRenders_data()
    {
        QTest::addColumn<QString>("key");
        auto shipped = TemplateStore::shipped();
        QVERIFY(shipped.ok());
        for (const MailTemplate &t : shipped.value())
            QTest::newRow(qPrintable(t.key)) << t.key;
    }
    void shippedTemplateRenders()
    {
        QFETCH(QString, key);
        auto t = TemplateStore::shipped(key);
        QVERIFY(t.ok());
        QVERIFY(!t->name.isEmpty());
        QVERIFY(!t->htmlBody.isEmpty());
        auto rendered = TemplateRenderer::render(t.value(), fullValues());
        QVERIFY2(rendered.ok(), rendered ? "" : qPrintable(rendered.error().message));
        const RenderedMail &m = rendered.value();
        QVERIFY(!m.subject.isEmpty());
        // The editor could save it as shipped: only placeholders its mails have values for.
        auto saveable = TemplateRenderer::checkForSaving(t.value());
        QVERIFY2(saveable.ok(), saveable ? "" : qPrintable(saveable.error().message));
        QVERIFY(!m.textBody.contains("{{"));
        QVERIFY(!m.htmlBody.contains("{{"));
        QVERIFY(!m.subject.contains("{{"));
        QVERIFY(m.textBody.contains("Zoë O'Brien <zoe>"));
        QVERIFY(m.htmlBody.contains("Zoë O&#39;Brien &lt;zoe&gt;"));
        QVERIFY(!m.htmlBody.contains("<zoe>"));

        // Text and HTML say the same thing: the same placeholders, so the same link.
        auto inText = TemplateRenderer::placeholdersIn(t->textBody, "text");
        auto inHtml = TemplateRenderer::placeholdersIn(t->htmlBody, "html");
        QVERIFY(inText.ok() && inHtml.ok());
        QStringList a = inText.value(), b = inHtml.value();
        a.sort();
        b.sort();
        QCOMPARE(a, b);
        QCOMPARE(m.textBody.contains(kLink), m.htmlBody.contains(kLink.toHtmlEscaped()));
        if (a.contains("link")) {
            QVERIFY(m.textBody.contains(kLink));
            QVERIFY(m.htmlBody.contains("href=\"" + kLink.toHtmlEscaped() + "\""));
        }

        // And it makes a valid message.
        MailMessage message;
        message.from = MailAddress("support@example.com", "Support");
        message.to = {MailAddress("zoe@example.org", "Zoë")};
        message.subject = m.subject;
        message.textBody = m.textBody;
        message.htmlBody = m.htmlBody;
        auto bytes = MimeBuilder("example.com").render(message);
        QVERIFY2(bytes.ok(), bytes ? "" : qPrintable(bytes.error().message));
    }

    void durationInWords_data()
    {
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("words");
        QTest::newRow("activation default") << 10080 << "7 days";
        QTest::newRow("one day") << 1440 << "1 day";
        QTest::newRow("reset default") << 60 << "1 hour";
        QTest::newRow("two hours") << 120 << "2 hours";
        QTest::newRow("half an hour") << 30 << "30 minutes";
        QTest::newRow("one minute") << 1 << "1 minute";
        QTest::newRow("hour and a half") << 90 << "1 hour and 30 minutes";
        QTest::newRow("a day and a bit") << 1500 << "25 hours";
        QTest::newRow("days and hours") << 3 * 1440 + 300 << "3 days and 5 hours";
        QTest::newRow("nothing") << 0 << "1 minute";
    }
    void durationInWords()
    {
        QFETCH(int, minutes);
        QFETCH(QString, words);
        QCOMPARE(TemplateRenderer::durationText(minutes), words);
    }

    void signOffNamesTheAgentOnce_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("signature");
        QTest::addColumn<QString>("signOff");
        QTest::newRow("signature with the name") << "Priya N."
                                                 << "Priya N.\nAccount Support"
                                                 << "Priya N.\nAccount Support";
        QTest::newRow("signature without the name") << "Priya N."
                                                    << "Account Support\nExample Ltd."
                                                    << "Priya N.\nAccount Support\nExample Ltd.";
        QTest::newRow("no signature") << "Priya N."
                                      << ""
                                      << "Priya N.";
        QTest::newRow("windows line breaks") << "Sam R."
                                             << "Sam R.\r\nSupport\r\n"
                                             << "Sam R.\nSupport";
    }
    void signOffNamesTheAgentOnce()
    {
        QFETCH(QString, name);
        QFETCH(QString, signature);
        QFETCH(QString, signOff);
        QCOMPARE(TemplateRenderer::signOff(name, signature), signOff);
    }

    // What the issue found, as a customer reads it: the name once, expiry in words, no promise
    // of a link "unless we have already sent you one".
    void shippedMailsReadWell_data()
    {
        QTest::addColumn<QString>("key");
        auto shipped = TemplateStore::shipped();
        QVERIFY(shipped.ok());
        for (const MailTemplate &t : shipped.value())
            if (t.key != TemplateKeys::ResolutionFollowUp) // the survey branch's template
                QTest::newRow(qPrintable(t.key)) << t.key;
    }
    void shippedMailsReadWell()
    {
        QFETCH(QString, key);
        auto t = TemplateStore::shipped(key);
        QVERIFY(t.ok());
        TemplateValues values = fullValues();
        values.insert("expires.in", TemplateRenderer::durationText(10080));
        values.insert("expires.minutes", "10080");
        auto rendered = TemplateRenderer::render(t.value(), values);
        QVERIFY2(rendered.ok(), rendered ? "" : qPrintable(rendered.error().message));
        for (const QString &body : {rendered->textBody, rendered->htmlBody}) {
            QVERIFY2(body.count("Maria Keller") <= 1, qPrintable(body));
            QVERIFY(!body.contains("10080"));
            QVERIFY(!body.contains("already sent you one"));
        }
        if (t->textBody.contains("{{link}}") && key != TemplateKeys::UnusualSignIn)
            QVERIFY2(rendered->textBody.contains("7 days"), qPrintable(rendered->textBody));
    }

    void loginTroubleshootingFollowsTheRunbook()
    {
        auto t = TemplateStore::shipped(TemplateKeys::LoginTroubleshooting);
        QVERIFY(t.ok());
        auto rendered = TemplateRenderer::render(t.value(), fullValues());
        QVERIFY(rendered.ok());
        const QString text = rendered->textBody.toLower();
        // The steps in the runbook's order, then what happens next.
        const QStringList inOrder = {"different web browser", "private window",
                                     "cache and cookies",     "another device",
                                     "account is active",     "reset",
                                     "activation link",       "forward that email back"};
        qsizetype at = 0;
        for (const QString &phrase : inOrder) {
            const qsizetype found = text.indexOf(phrase, at);
            QVERIFY2(found >= 0, qPrintable(phrase));
            at = found;
        }
    }
};

QTEST_GUILESS_MAIN(TestTemplateRenderer)
#include "tst_templaterenderer.moc"
