// Accessibility of every main screen and dialog on the demo desk, as a screen-reader or
// keyboard-only user meets it: each interactive widget has a name (its own accessible name, its
// text, or a label whose buddy it is, as QAccessible reports it), the Tab order goes through a
// container the way its layout reads (top to bottom, left to right), and status badges say
// their status in words, not only in colour.

#include "DemoDesk.h"
#include "WindowDriver.h"
#include "accounts/AccountStatusBadge.h"
#include "accounts/AccountStatusPanel.h"
#include "queue/TicketTableView.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

using namespace helpdesk;
using namespace helpdesk::test;

namespace {

QString describe(const QWidget *w)
{
    QString d = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty())
        d += u'#' + w->objectName();
    for (const QWidget *p = w->parentWidget(); p && !p->isWindow(); p = p->parentWidget())
        if (!p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_")) {
            d += QStringLiteral(" in ") + p->objectName();
            break;
        }
    return d;
}

// The widgets a user operates: they take the keyboard by Tab and are one of the input kinds.
bool isInteractive(const QWidget *w)
{
    if (!(w->focusPolicy() & Qt::TabFocus) || !w->isVisible() || !w->isEnabled())
        return false;
    if (qobject_cast<const QScrollBar *>(w))
        return false;
    // A combo box's own line edit is the combo box for the user.
    if (qobject_cast<const QLineEdit *>(w) && qobject_cast<const QComboBox *>(w->parentWidget()))
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w) ||
           qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w) ||
           qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w) ||
           qobject_cast<const QTextEdit *>(w) || qobject_cast<const QTabBar *>(w);
}

QString accessibleName(QWidget *w)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(QAccessible::Name).trimmed() : w->accessibleName();
}

} // namespace

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { m_desk.reset(); }

    void everyControlHasAName_data();
    void everyControlHasAName();
    void tabOrderFollowsTheLayout_data() { everyControlHasAName_data(); }
    void tabOrderFollowsTheLayout();
    void statusBadgesCarryText();

private:
    std::unique_ptr<DemoDesk> m_desk;
};

void TestAccessibility::initTestCase()
{
    m_desk = std::make_unique<DemoDesk>();
    QVERIFY(m_desk->open());
}

void TestAccessibility::everyControlHasAName_data()
{
    QTest::addColumn<QString>("screen");
    for (const QString &name : DemoDesk::screens())
        QTest::newRow(qPrintable(name)) << name;
}

void TestAccessibility::everyControlHasAName()
{
    QFETCH(QString, screen);
    QWidget *shown = m_desk->openScreen(screen);
    QVERIFY(shown);
    QStringList nameless;
    int checked = 0;
    for (QWidget *w : shown->findChildren<QWidget *>()) {
        if (!isInteractive(w) || w->window() != shown)
            continue;
        ++checked;
        if (accessibleName(w).isEmpty())
            nameless << describe(w);
    }
    m_desk->closeScreen(shown);
    QVERIFY2(checked > 0, "no interactive widget found");
    QVERIFY2(nameless.isEmpty(), qPrintable(QStringLiteral("without an accessible name or a "
                                                           "label buddy:\n") +
                                            nameless.join(u'\n')));
}

void TestAccessibility::tabOrderFollowsTheLayout()
{
    QFETCH(QString, screen);
    QWidget *shown = m_desk->openScreen(screen);
    QVERIFY(shown);
    // The Tab chain, as Tab walks it.
    QList<QWidget *> chain;
    QWidget *w = shown;
    for (int guard = 0; guard < 2000; ++guard) {
        w = w->nextInFocusChain();
        if (w == shown)
            break;
        if (w->window() == shown && isInteractive(w) && !chain.contains(w))
            chain << w;
    }
    // Between two neighbours in one container, Tab never goes back up a row, nor left within
    // a row (widgets side by side in another pane are another container).
    QStringList backwards;
    for (qsizetype i = 1; i < chain.size(); ++i) {
        QWidget *a = chain.at(i - 1);
        QWidget *b = chain.at(i);
        if (a->parentWidget() != b->parentWidget())
            continue;
        const QRect ra(a->mapTo(shown, QPoint(0, 0)), a->size());
        const QRect rb(b->mapTo(shown, QPoint(0, 0)), b->size());
        const bool sameRow = rb.top() < ra.bottom() && ra.top() < rb.bottom();
        if ((sameRow && rb.right() < ra.left()) || (!sameRow && rb.bottom() < ra.top()))
            backwards << QStringLiteral("%1 → %2").arg(describe(a), describe(b));
    }
    m_desk->closeScreen(shown);
    QVERIFY2(backwards.isEmpty(),
             qPrintable(QStringLiteral("Tab goes against the layout:\n") + backwards.join(u'\n')));
}

void TestAccessibility::statusBadgesCarryText()
{
    AccountStatusPanel *panel = accountPanel(m_desk->window());
    const QList<AccountStatusBadge *> badges = panel->findChildren<AccountStatusBadge *>();
    QVERIFY(!badges.isEmpty());
    for (const AccountStatusBadge *badge : badges) {
        if (!badge->isVisible())
            continue;
        QVERIFY(!badge->text().trimmed().isEmpty());
        QVERIFY2(badge->accessibleName().contains(badge->text(), Qt::CaseInsensitive),
                 qPrintable(badge->accessibleName()));
    }
    // The ticket list's status column says the status in words too (colour only adds to it).
    const QAbstractItemModel *model = ticketTable(m_desk->window())->model();
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == QStringLiteral("Status"))
            QVERIFY(!model->index(0, c).data().toString().isEmpty());
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
