#include "queue/BulkSummaryDialog.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QStyle>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace helpdesk {

BulkSummaryDialog::BulkSummaryDialog(const QString &what, const BulkRunner::Outcome &outcome,
                                     QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkSummaryDialog"));
    setWindowTitle(what);

    m_summary = tr("Changed %1 of %2 tickets.").arg(outcome.changed).arg(outcome.total);
    if (!outcome.failures.isEmpty())
        m_summary += u' ' + tr("%n ticket(s) could not be changed; nothing was changed on them.",
                               nullptr, int(outcome.failures.size()));
    if (outcome.cancelled)
        m_summary += u' ' + tr("Stopped on request: %n ticket(s) were not tried.", nullptr,
                               outcome.notAttempted);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int size = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(style()
                        ->standardIcon(outcome.failures.isEmpty() && !outcome.cancelled
                                           ? QStyle::SP_MessageBoxInformation
                                           : QStyle::SP_MessageBoxWarning)
                        .pixmap(size, size));
    auto *label = new QLabel(m_summary, this);
    label->setObjectName(QStringLiteral("bulkSummaryText"));
    label->setWordWrap(true);
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(label, 1);
    layout->addLayout(top);

    if (!outcome.failures.isEmpty()) {
        m_failures = new QTreeWidget(this);
        m_failures->setObjectName(QStringLiteral("bulkFailures"));
        m_failures->setRootIsDecorated(false);
        m_failures->setAlternatingRowColors(true);
        m_failures->setWordWrap(true);
        m_failures->setHeaderLabels({tr("Ticket"), tr("Subject"), tr("Why not")});
        for (const BulkRunner::Failure &f : outcome.failures) {
            auto *item =
                new QTreeWidgetItem(m_failures, {ticketNumberText(f.id), f.subject, f.message});
            item->setToolTip(2, f.message);
            item->setToolTip(1, f.subject);
        }
        m_failures->header()->setStretchLastSection(true);
        m_failures->resizeColumnToContents(0);
        m_failures->setColumnWidth(1, fontMetrics().horizontalAdvance(QLatin1Char('n')) * 28);
        layout->addWidget(m_failures, 1);
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(fontMetrics().horizontalAdvance(QLatin1Char('M')) * 50,
           outcome.failures.isEmpty() ? sizeHint().height() : fontMetrics().height() * 20);
}

QList<QPair<QString, QString>> BulkSummaryDialog::failureRows() const
{
    QList<QPair<QString, QString>> rows;
    if (!m_failures)
        return rows;
    for (int i = 0; i < m_failures->topLevelItemCount(); ++i)
        rows.append({m_failures->topLevelItem(i)->text(0), m_failures->topLevelItem(i)->text(2)});
    return rows;
}

} // namespace helpdesk
