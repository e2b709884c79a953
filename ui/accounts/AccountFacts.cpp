#include "accounts/AccountFacts.h"

#include "common/Colors.h"
#include "common/TimeText.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace helpdesk {

AccountFacts::AccountFacts(QWidget *parent) : QWidget(parent), m_form(new QFormLayout(this))
{
    setObjectName(QStringLiteral("accountFacts"));
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setHorizontalSpacing(12);
    m_form->setVerticalSpacing(3);
    m_form->setLabelAlignment(Qt::AlignLeft);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_mfa = addField(tr("Two-step sign-in"), QStringLiteral("accountMfa"));
    m_lastSignIn = addField(tr("Last sign-in"), QStringLiteral("accountLastSignIn"));
    m_failed = addField(tr("Failed sign-ins (24 h)"), QStringLiteral("accountFailed24h"));
    m_created = addField(tr("Account created"), QStringLiteral("accountCreated"));
    m_verified = addField(tr("Email verified"), QStringLiteral("accountEmailVerified"));
    m_phone = addField(tr("Phone"), QStringLiteral("accountPhone"));
}

QLabel *AccountFacts::addField(const QString &label, const QString &name)
{
    auto *caption = new QLabel(label, this);
    caption->setForegroundRole(QPalette::PlaceholderText);
    auto *value = new QLabel(this);
    value->setObjectName(name);
    value->setWordWrap(true);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    caption->setBuddy(value);
    m_form->addRow(caption, value);
    return value;
}

void AccountFacts::setOverview(const AccountOverview &o)
{
    const Account &a = o.account;
    m_mfa->setText(a.mfaEnabled
                       ? tr("On · %1").arg(a.mfaMethod.isEmpty() ? tr("method not recorded")
                                                                 : mfaMethodLabel(a.mfaMethod))
                       : tr("Off"));
    if (!a.lastLoginAt.isValid()) {
        m_lastSignIn->setText(tr("Never"));
    } else {
        const qint64 ms = a.lastLoginAt.msecsTo(QDateTime::currentDateTimeUtc());
        const QString at = TimeText::dateTime(a.lastLoginAt);
        m_lastSignIn->setText(ms < 0 ? at : tr("%1 (%2 ago)").arg(at, TimeText::duration(ms)));
    }
    m_failed->setText(QLocale().toString(o.failedSignIns24h));
    m_failed->setStyleSheet(
        o.failedSignIns24h >= 5
            ? QStringLiteral("color: %1; font-weight: bold;")
                  .arg(Colors::html(Colors::text(Colors::Tone::Danger, palette())))
            : QString());
    m_created->setText(TimeText::dateTime(a.createdAt));
    m_verified->setText(a.emailVerified ? tr("Yes") : tr("No"));
    m_verified->setStyleSheet(
        a.emailVerified ? QString()
                        : QStringLiteral("color: %1;")
                              .arg(Colors::html(Colors::text(Colors::Tone::Warning, palette()))));
    m_phone->setText(a.phone.isEmpty() ? tr("None registered") : tr("Registered"));
}

QString AccountFacts::text() const
{
    QStringList lines;
    for (int row = 0; row < m_form->rowCount(); ++row) {
        const auto *label =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::LabelRole)->widget());
        const auto *value =
            qobject_cast<QLabel *>(m_form->itemAt(row, QFormLayout::FieldRole)->widget());
        if (label && value)
            lines << label->text() + QStringLiteral(": ") + value->text();
    }
    return lines.join(u'\n');
}

} // namespace helpdesk
