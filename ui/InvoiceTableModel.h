#pragma once
// InvoiceTableModel: every invoice, credit note, opening balance and unmatched payment with what is left to collect.

#include "InvoiceRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QList>

class Database;

class InvoiceTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Customer, Kind, IssueDate, DueDate, Amount, Open, Status, DaysLate, ColumnCount };
    Q_ENUM(Column)

    explicit InvoiceTableModel(QObject *parent = nullptr);

    // Reads every invoice with its customer in one query; `today` decides how late each one is.
    void reload(Database &db, QDate today);
    // Shows these rows (what reload() does after its query).
    void setRows(QList<InvoiceRow> rows, QDate today);
    // Kinds, statuses and search keys follow the installed translation (call on QEvent::LanguageChange).
    void retranslate();

    const InvoiceRow &invoiceRow(int row) const { return m_rows.at(row).row; }
    // Days past the due date for an open receivable (0 when not late, closed or a credit).
    int daysLate(int row) const { return m_rows.at(row).daysLate; }
    QDate today() const { return m_today; }

    static QString kindText(Invoice::Kind kind);
    // The status as the owner says it; credits (credit notes, unmatched payments) are "used" rather than "paid".
    static QString statusText(const InvoiceRow &row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        InvoiceRow row;
        int daysLate = 0;
        int sortDaysLate = 0;
        int numberRank = 0;   // position of the number in natural order
        int customerRank = 0; // position of the customer code in natural order
        QString searchKey;
    };

    struct KeyCache; // folded texts shared by many rows (customers, kinds, statuses)
    void buildSearchKey(Row &row, KeyCache &cache) const;
    void assignRanks(const QList<QString> &numberKeys, const QHash<qint64, QString> &customerKeys);
    QString displayText(const Row &row, int column) const;
    QString customerText(const InvoiceRow &row) const;
    QString daysLateToolTip(const Row &row) const;

    QList<Row> m_rows;
    QDate m_today;
};
