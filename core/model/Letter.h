#pragma once
// Letter: a reminder letter or mise en demeure as sent: the exact PDF bytes, their SHA-256 and the LRAR proof.

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

struct Letter
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString level;   // preventive, level1, level2, level3, formal_notice, statement
    QDate letterDate;
    QDate sentOn;    // null until sent; once sent the letter is read-only
    QString channel; // letter, registered_letter, email
    QString lrarNumber;
    QDate receiptOn; // date the avis de réception came back
    QByteArray pdf;
    QString sha256;  // hex of the PDF bytes
    QList<qint64> invoiceIds;

    bool isSent() const { return sentOn.isValid(); }
};
