#pragma once
// Customer: a debtor of the business, with what collection needs to know about it.

#include "Contact.h"
#include "PayerProfile.h"
#include "PostalAddress.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>

struct Customer
{
    qint64 id = 0;
    QString code;      // the business's own customer code (FEC CompAuxNum, "C0042")
    QString name;
    QString legalForm; // "SARL", "SAS", "EURL", "Commune"...
    QString siren;
    QString siret;
    QString vatNumber;
    PostalAddress address;
    QList<Contact> contacts;

    int paymentTermsDays = 30;
    bool endOfMonth = false;
    QString paymentMethod = QStringLiteral("transfer"); // transfer, cheque, lcr, direct_debit, card, cash
    bool publicBody = false;
    bool insolvencyFlag = false; // set by hand (redressement, difficulties known)
    std::optional<int> contractualRateBp; // contractual penalty rate in basis points (1215 = 12.15 %)

    std::optional<PayerProfile> profile;  // computed
    QString profileExplanation;           // plain French, with the figures behind it
    std::optional<PayerProfile> profileOverride; // manual, wins over the computed one
    QString profileOverrideReason;

    QDate pausedUntil; // reminders paused until this date (inclusive); null if not paused
    QString pauseReason;
    QString notes;

    // The profile that drives the scenario: the manual override if any, else the computed one.
    std::optional<PayerProfile> effectiveProfile() const { return profileOverride ? profileOverride : profile; }
    bool isPaused(QDate day) const { return pausedUntil.isValid() && day <= pausedUntil; }
    bool paysAutomatically() const { return paymentMethod == u"lcr" || paymentMethod == u"direct_debit"; }
    // Due date for an invoice issued on `issued`, from this customer's terms (L441-10: "45 jours fin de mois" when
    // endOfMonth: add the days, then go to the end of that month).
    QDate dueDateFor(QDate issued) const;
};
