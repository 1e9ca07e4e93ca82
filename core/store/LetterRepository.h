#pragma once
// LetterRepository: letters as sent, kept byte for byte; a sent letter cannot be changed, only its receipt date set.

#include "Database.h"
#include "Letter.h"
#include "LinkTable.h"
#include "Result.h"

class LetterRepository final
{
public:
    explicit LetterRepository(Database &db) : m_db(db), m_links(db, QStringLiteral("letter_invoices"), QStringLiteral("letter_id")) {}

    // Stores the PDF and computes its SHA-256.
    Status insert(Letter &letter);
    // Marks an unsent letter as sent (date, channel, LRAR number); refuses a letter already sent.
    Status markSent(qint64 letterId, const QDate &sentOn, const QString &channel, const QString &lrarNumber);
    Status setReceipt(qint64 letterId, const QDate &receiptOn);
    std::optional<Letter> findById(qint64 id);
    QList<Letter> forCustomer(qint64 customerId); // without the PDF bytes

    static QString sha256Hex(const QByteArray &bytes);

private:
    Database &m_db;
    LinkTable m_links;
};
