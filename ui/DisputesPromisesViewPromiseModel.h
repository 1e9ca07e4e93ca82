#pragma once
// DisputesPromisesViewPromiseModel: every promise to pay with its customer, invoices, date, means, amount and state
// (open, kept, broken, cancelled); an open promise whose date has passed is flagged: it calls for a follow-up.

#include "Promise.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <QStringList>

class Database;

class DisputesPromisesViewPromiseModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Invoices, MadeOn, PromisedDate, Means, Amount, State, ColumnCount };
    Q_ENUM(Column)
    // Promise::statusKey() of the row ("open", "kept", "broken", "cancelled"), for filtering.
    static constexpr int StateKeyRole = Qt::UserRole + 64;

    struct Row
    {
        Promise promise;
        QString customerCode;
        QString customerName;
        QStringList invoiceNumbers;
    };

    explicit DisputesPromisesViewPromiseModel(QObject *parent = nullptr);

    // Every customer's promises (PromiseRepository::forCustomer) with the invoices they cover.
    void reload(Database &db, QDate today);
    void setRows(QList<Row> rows, QDate today);
    const Row &promiseRow(int row) const { return m_rows.at(row); }
    // Open and its date passed without payment: follow up now (DOMAIN.md §2, seed 004).
    bool isOverdue(int row) const;
    int count(Promise::Status status) const;
    int overdueCount() const;

    static QString stateText(Promise::Status status);
    // "virement", "chèque"… (CallGuide's labels, as the call outcome form offers them).
    static QString meansText(const QString &means);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    QList<Row> m_rows;
    QDate m_today;
};
