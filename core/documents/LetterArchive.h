#pragma once
// LetterArchive: the proof. A letter as printed is kept byte for byte with its SHA-256; marking it sent locks it,
// journals "letter_sent" on each invoice it claims and completes the planned action it carried out; the date the
// receipt came back is added later. Archived letters reopen identically, their hash checked.

#include "Database.h"
#include "Letter.h"
#include "LetterContent.h"
#include "Result.h"

class LetterArchive final
{
public:
    explicit LetterArchive(Database &db) : m_db(db) {}

    // Keeps the letter as printed, not yet sent (its LRAR number can still be typed). Returns the letter id.
    Result<qint64> storePrinted(const ComposedLetter &letter, const QByteArray &pdf);
    // Marks a stored letter as sent on `sentOn` (registered when an LRAR number is given or the letter was one).
    // A letter already sent is refused: it cannot be changed any more.
    Status markSent(qint64 letterId, const QDate &sentOn, const QString &lrarNumber = {});
    // Both at once (the command line's --mark-sent). Returns the letter id.
    Result<qint64> archiveSent(const ComposedLetter &letter, const QByteArray &pdf, const QDate &sentOn);
    // The LRAR number typed after the letter was sent (printed in a batch, number read off the slip later). Only
    // once, and only on a letter sent without one: the archived PDF itself never changes.
    Status setLrarNumber(qint64 letterId, const QString &lrarNumber);
    // The avis de réception came back.
    Status recordReceipt(qint64 letterId, const QDate &receivedOn);
    // The letter with its bytes; fails when they no longer match their SHA-256.
    Result<Letter> reopen(qint64 letterId);

private:
    Result<qint64> insert(const ComposedLetter &letter, const QByteArray &pdf, bool journalPrinted);
    Status markSent(qint64 letterId, const QDate &sentOn, const QString &lrarNumber, qint64 actionId);
    Status completeAction(const Letter &letter, qint64 actionId, const QDateTime &when);

    Database &m_db;
};
