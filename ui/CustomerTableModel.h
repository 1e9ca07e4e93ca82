#pragma once
// CustomerTableModel: one row per customer with its open balance as of "today" (CustomerRepository::summaries()).

#include "CustomerRepository.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

class CustomerTableModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Siren, City, Profile, OpenInvoices, OpenBalance, Overdue, OldestDue, ColumnCount };
    Q_ENUM(Column)

    explicit CustomerTableModel(QObject *parent = nullptr);

    // Reads every customer in one query; `today` decides what is overdue.
    void reload(Database &db, QDate today);
    // Shows these rows (what reload() does after its query).
    void setSummaries(QList<CustomerSummary> summaries, QDate today);
    // Headers follow the installed translation (call on QEvent::LanguageChange).
    void retranslate();

    const CustomerSummary &summary(int row) const { return m_rows.at(row).summary; }
    QDate today() const { return m_today; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        CustomerSummary summary;
        QString searchKey;
        QString codeKey;
        QString nameKey;
        QString cityKey;
        QString profileKey;
    };

    void buildKeys(Row &row) const;
    QString displayText(const CustomerSummary &s, int column) const;
    QString profileText(const CustomerSummary &s) const;
    QString profileToolTip(const CustomerSummary &s) const;
    bool isPaused(const CustomerSummary &s) const;

    QList<Row> m_rows;
    QDate m_today;
};
