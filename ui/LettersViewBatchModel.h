#pragma once
// LettersViewBatchModel: the letters the calendar wants on one day and not printed yet (LetterBatch::requests, each
// composed): customer, level, channel, invoices and the sum claimed.

#include "LetterContent.h"
#include "LetterRenderer.h"
#include "LetterRequest.h"
#include "Result.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>

class Database;

class LettersViewBatchModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Customer, Level, Channel, Invoices, Amount, ColumnCount };
    Q_ENUM(Column)
    enum Role { CustomerIdRole = Qt::UserRole + 400 };

    struct Row
    {
        LetterRequest request;
        ComposedLetter letter; // composed when `error` is empty
        QString customerCode;
        QString customerName;
        QString error;         // why this letter cannot be written (nothing left to claim…)
    };

    // The day's letters still to print.
    struct Day
    {
        QDate day;
        QList<Row> rows;
        int alreadyPrinted = 0; // asked for by the calendar but already in the archive (printed, maybe not sent)

        QList<ComposedLetter> letters() const; // the rows that could be composed, in order
        QStringList errors() const;            // "Customer: reason" for the others
    };

    explicit LettersViewBatchModel(QObject *parent = nullptr);

    // LetterBatch::requests(day) without the letters already archived for that day (same customer, level and
    // date), each composed. `progress` (done, total → false to cancel) is called after each letter.
    static Result<Day> load(Database &db, QDate day, const LetterRenderer::Progress &progress = {});

    void setDay(Day day);
    const Day &day() const { return m_day; }
    const Row &letterRow(int row) const { return m_day.rows.at(row); }
    int registeredCount() const;
    qint64 totalCents() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Row &row, int column) const;

    Day m_day;
};
