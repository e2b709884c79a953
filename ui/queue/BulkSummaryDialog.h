#pragma once
// After a bulk change: how many tickets changed, and which could not be changed and why.

#include "queue/BulkRunner.h"

#include <QDialog>

class QTreeWidget;

namespace helpdesk {

class BulkSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    BulkSummaryDialog(const QString &what, const BulkRunner::Outcome &outcome,
                      QWidget *parent = nullptr);

    QString summaryText() const { return m_summary; }
    // The tickets that could not be changed, as listed: (number, reason).
    QList<QPair<QString, QString>> failureRows() const;

private:
    QString m_summary;
    QTreeWidget *m_failures = nullptr;
};

} // namespace helpdesk
