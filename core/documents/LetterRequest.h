#pragma once
// LetterRequest: which letter to write: for whom, at what level, on what day, for which invoices.

#include <QDate>
#include <QList>
#include <QString>

struct LetterRequest
{
    qint64 customerId = 0;
    QString level;            // LetterLevel key
    QDate date;               // the letter's date; penalties are computed to it
    qint64 actionId = 0;      // the planned action it carries out (0: asked for by hand)
    QList<qint64> invoiceIds; // empty: every invoice the level concerns (late ones; due soon for a préventive)
    QString channel;          // empty: the action's, else LetterLevel::defaultChannel()
    QString lrarNumber;       // printed on the letter when known
    // Acknowledgement form: the payment she obtained (else the form leaves blanks to fill in).
    QDate promiseDate;
    QString promiseMeans;     // CallGuide::paymentMeans()
};
