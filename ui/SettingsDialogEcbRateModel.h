#pragma once
// SettingsDialogEcbRateModel: the editable ECB main refinancing rate table (date in force from, rate in percent);
// rates are kept as typed ("2,15") until the dialog validates them.

#include "EcbRateTable.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class SettingsDialogEcbRateModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { InForceFrom, Rate, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        QDate inForceFrom;
        QString rateText; // "2,15" (percent)
    };

    explicit SettingsDialogEcbRateModel(QObject *parent = nullptr);

    void setTable(const EcbRateTable &table);
    const QList<Row> &rows() const { return m_rows; }
    // A new decision on `day`, at the latest rate until it is typed; returns its row.
    int addRate(QDate day);
    void removeRate(int row);

    // "2,15" from 215 basis points.
    static QString rateText(int bp);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Row> m_rows;
};
