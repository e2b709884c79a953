// MailText: the rules for text in a mail. The builder's Sendable rules refuse what MimeBuilder
// always refused; the Entered rules refuse more, so everything entered can be sent and text
// stored before entry validation still sends. Also where a problem is reported and the safe
// echo of hostile text.

#include "mail/MailText.h"
#include "mail/MimeBuilder.h"

#include <QtTest>

using namespace helpdesk;

class TestMailText : public QObject
{
    Q_OBJECT

private slots:
    void sendableAndEnteredRules_data();
    void sendableAndEnteredRules();
    void bodies_data();
    void bodies();
    void printable();
};

void TestMailText::sendableAndEnteredRules_data()
{
    QTest::addColumn<QString>("subject");
    QTest::addColumn<bool>("sendable");
    QTest::addColumn<bool>("enterable");
    QTest::addColumn<QString>("what"); // in the Entered refusal
    QTest::newRow("plain") << "Locked out" << true << true << "";
    QTest::newRow("tab") << "Locked\tout" << true << true << "";
    QTest::newRow("emoji pair") << "Locked out 🔐" << true << true << "";
    QTest::newRow("LF") << "Locked\nout" << false << false << "a line break at position 7";
    QTest::newRow("CR") << "\rLocked" << false << false << "a line break at position 1";
    QTest::newRow("VT") << "Locked\vout" << false << false
                        << "the control character U+000B (vertical tab) at position 7";
    QTest::newRow("DEL") << "Locked\x7f" << false << false << "U+007F (delete)";
    QTest::newRow("NEL (C1)") << QStringLiteral("Locked\u0085out") << true << false
                              << "a line break, U+0085 (next line), at position 7";
    QTest::newRow("C1 control") << QStringLiteral("Locked\u0090out") << true << false
                                << "the control character U+0090 at position 7";
    QTest::newRow("line separator")
        << QStringLiteral("Locked\u2028out") << true << false << "U+2028 (line separator)";
    QTest::newRow("positions count characters, not UTF-16 units")
        << QStringLiteral("🔐🔐\u2029") << true << false << "at position 3";
    QTest::newRow("replacement character")
        << QString::fromUtf8("Caf\xe9") << true << false << "U+FFFD at position 4";
    QTest::newRow("lone surrogate")
        << QStringLiteral("Key ") + QChar(0xd83d) << true << false << "surrogate pair, U+D83D";
}

void TestMailText::sendableAndEnteredRules()
{
    QFETCH(QString, subject);
    QFETCH(bool, sendable);
    QFETCH(bool, enterable);
    QFETCH(QString, what);
    MailMessage m;
    m.from = MailAddress(QStringLiteral("helpdesk@example.org"));
    m.to = {MailAddress(QStringLiteral("anna@example.org"))};
    m.subject = subject;
    m.textBody = QStringLiteral("Hello");
    QCOMPARE(MimeBuilder::validate(m).ok(), sendable);
    QCOMPARE(
        MailText::checkLine(subject, QStringLiteral("subject"), MailText::Rules::Sendable).ok(),
        sendable);
    const auto entered =
        MailText::checkLine(subject, QStringLiteral("subject"), MailText::Rules::Entered);
    QCOMPARE(entered.ok(), enterable);
    if (!entered.ok()) {
        QCOMPARE(entered.error().code, Error::Code::InvalidInput);
        QVERIFY2(entered.error().message.startsWith(QLatin1String("The subject contains ")),
                 qPrintable(entered.error().message));
        QVERIFY2(entered.error().message.contains(what), qPrintable(entered.error().message));
    }
}

void TestMailText::bodies_data()
{
    QTest::addColumn<QString>("body");
    QTest::addColumn<QString>("what"); // empty: accepted
    QTest::newRow("lines, tabs, form feed") << "One\r\nTwo\n\tThree\fFour"
                                            << "";
    QTest::newRow("NUL on line 3, after CRLF and CR")
        << QStringLiteral("One\r\nTwo\rThree") + QChar(0) << "U+0000 (NUL) on line 3";
    QTest::newRow("replacement character on line 2")
        << QString::fromUtf8("One\nCaf\xe9") << "U+FFFD on line 2";
    QTest::newRow("lone low surrogate") << QStringLiteral("One ") + QChar(0xdc00) << "surrogate";
}

void TestMailText::bodies()
{
    QFETCH(QString, body);
    QFETCH(QString, what);
    const auto checked = MailText::checkBody(body, QStringLiteral("reply"));
    QCOMPARE(checked.ok(), what.isEmpty());
    if (!checked.ok()) {
        QVERIFY2(checked.error().message.startsWith(QLatin1String("The reply contains ")),
                 qPrintable(checked.error().message));
        QVERIFY2(checked.error().message.contains(what), qPrintable(checked.error().message));
    }
}

void TestMailText::printable()
{
    QCOMPARE(MailText::printable(QStringLiteral("a\r\nb\tc\u2028d\u0085")),
             QStringLiteral("a??b?c?d?"));
    QCOMPARE(MailText::printable(QStringLiteral("Key ") + QChar(0xd83d)), QStringLiteral("Key ?"));
    QCOMPARE(MailText::printable(QString(100, u'x'), 10), QString(10, u'x') + QChar(0x2026));
    // A surrogate pair is kept whole or left out, never split.
    QCOMPARE(MailText::printable(QStringLiteral("abc🔐"), 4), QStringLiteral("abc") + QChar(0x2026));
    QCOMPARE(MailText::printable(QStringLiteral("abc🔐"), 5), QStringLiteral("abc🔐"));
}

QTEST_GUILESS_MAIN(TestMailText)
#include "tst_mailtext.moc"
