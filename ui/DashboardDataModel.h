#pragma once
// DashboardDataModel: the list behind a dashboard bar: one row per customer with its invoices, a date and an amount.

#include "DashboardData.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

class DashboardDataModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Amount, Date, Invoices, Note, ColumnCount };
    Q_ENUM(Column)

    explicit DashboardDataModel(QObject *parent = nullptr);

    // `dateHeader` names what the date column holds for this chart ("Oldest due date", "Expected on"…).
    void setRows(QList<DashboardListRow> rows, const QString &dateHeader);
    void clear();
    const DashboardListRow &listRow(int row) const { return m_rows.at(row); }
    qint64 totalCents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const DashboardListRow &row, int column) const;

    QList<DashboardListRow> m_rows;
    QString m_dateHeader;
};
