#pragma once
// EmailQueueModel: the day's reminder e-mails (EmailQueue::build) as a table: customer, recipient, subject, invoices,
// amount and state (ready, skipped with its reason, sending, sent, failed with the server's error). The items live
// here; EmailQueueDialog records each attempt on them (EmailQueue::recordSent / recordFailed) and says which changed.

#include "EmailQueue.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

class EmailQueueModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, State, Recipient, Subject, Invoices, Amount, ColumnCount };
    Q_ENUM(Column)

    enum Role : int {
        StateKeyRole = Qt::UserRole + 40, // "ready", "skipped", "sending", "sent", "failed"
        ActionIdRole,
    };

    explicit EmailQueueModel(QObject *parent = nullptr);

    // `invoiceNumbers`: one list per item, in the order of the items (the numbers of the invoices it covers).
    void setItems(QList<QueuedEmail> items, QList<QStringList> invoiceNumbers);
    const QList<QueuedEmail> &items() const { return m_items; }
    QueuedEmail &item(int row) { return m_items[row]; }
    const QueuedEmail &item(int row) const { return m_items.at(row); }
    QStringList invoiceNumbers(int row) const { return m_invoiceNumbers.value(row); }

    // Marks a row as handed to the sender (shown "Sending…") or not any more.
    void setSending(int row, bool sending);
    bool isSending(int row) const { return m_sending.contains(row); }
    // The item at `row` changed (after a record*()).
    void itemChanged(int row);

    int countIn(QueuedEmail::State state) const;
    // "Failed: …" / "Skipped: …": what the State column says, in full.
    QString stateText(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(int row, int column) const;

    QList<QueuedEmail> m_items;
    QList<QStringList> m_invoiceNumbers;
    QSet<int> m_sending;
};
