#pragma once
// DisputesPromisesViewDisputeModel: the open disputes, oldest first, with their invoice, customer and age in days.

#include "Dispute.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

class DisputesPromisesViewDisputeModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Invoice, Category, OpenedOn, Age, Amount, Comment, ColumnCount };
    Q_ENUM(Column)

    struct Row
    {
        Dispute dispute;
        QString customerCode;
        QString customerName;
        QString invoiceNumber;
        qint64 openCents = 0; // still open on the invoice: what the dispute holds up
    };

    explicit DisputesPromisesViewDisputeModel(QObject *parent = nullptr);

    // DisputeRepository::open() with each dispute's invoice and customer; `today` gives the ages.
    void reload(Database &db, QDate today);
    void setRows(QList<Row> rows, QDate today);
    const Row &disputeRow(int row) const { return m_rows.at(row); }
    int ageDays(int row) const;
    qint64 totalOpenCents() const;
    int averageAgeDays() const;

    // "price" → "prix" (CallGuide's labels, as the call outcome form offers them).
    static QString categoryText(const QString &category);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    QList<Row> m_rows;
    QDate m_today;
};
