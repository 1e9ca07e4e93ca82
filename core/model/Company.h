#pragma once
// Company: the business's own identity, for letterheads, e-mails and legal mentions.

#include "PostalAddress.h"

#include <QByteArray>
#include <QString>

struct Company
{
    QString name;
    QString legalForm;
    qint64 capitalCents = 0;
    QString siren;
    QString rcsCity;
    QString vatNumber;
    PostalAddress address;
    QString phone;
    QString email;
    QString website;
    QString iban;
    QString bic;
    QString signatoryName;
    QString signatoryTitle;
    QString latePaymentClause; // the late-payment clause of her terms of sale
    QByteArray logoPng;
};
