#pragma once
// The table under a report's chart: one row per group, the report's columns, labels for keys
// and readable durations; Qt::UserRole gives the raw value (for sorting and tests). Set from
// a ReportTable; a new table resets the model.

#include "reports/Report.h"

#include <QAbstractTableModel>

namespace helpdesk {

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ReportTable &table);
    const ReportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ReportTable m_table;
};

} // namespace helpdesk
