#pragma once
// LettersViewArchiveModel: the archived letters, newest first: printed (not sent yet) or sent, with the LRAR number,
// the day the receipt came back and the SHA-256 of the PDF kept. Read-only: changes go through LetterArchive.

#include "Letter.h"

#include <QAbstractTableModel>
#include <QList>

class Database;

class LettersViewArchiveModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { LetterDate, Customer, Level, Channel, SentOn, LrarNumber, Receipt, Sha256, ColumnCount };
    Q_ENUM(Column)
    enum Role {
        LetterIdRole = Qt::UserRole + 410,
        CustomerIdRole,
        // " unsent nonumber noreceipt ": what is still to fill in, for the state filter (column 0).
        StateKeysRole,
    };

    struct Row
    {
        Letter letter; // without the PDF bytes
        QString customerCode;
        QString customerName;
    };

    explicit LettersViewArchiveModel(QObject *parent = nullptr);

    // Every archived letter of every customer (LetterRepository, without the PDFs).
    void reload(Database &db);
    void setRows(QList<Row> rows);
    const Row &letterRow(int row) const { return m_rows.at(row); }
    int rowOf(qint64 letterId) const;

    // What is left to do about a letter: posting it, typing its LRAR number, recording its receipt.
    static bool awaitsSending(const Letter &l) { return !l.isSent(); }
    static bool lacksNumber(const Letter &l) { return l.channel == u"registered_letter" && l.lrarNumber.isEmpty(); }
    static bool awaitsReceipt(const Letter &l)
    {
        return l.isSent() && l.channel == u"registered_letter" && !l.receiptOn.isValid();
    }
    static QString stateKeys(const Letter &l);

    int count(bool (*predicate)(const Letter &)) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString displayText(const Row &row, int column) const;

    QList<Row> m_rows;
};
