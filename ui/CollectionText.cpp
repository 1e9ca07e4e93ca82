#include "CollectionText.h"

#include <QLocale>

QString CollectionText::outcome(const QString &kind)
{
    if (kind.isEmpty())
        return tr("Done");
    if (kind == u"promise")
        return tr("Promise to pay");
    if (kind == u"voicemail")
        return tr("Voicemail");
    if (kind == u"unreachable")
        return tr("Unreachable");
    if (kind == u"invoice_not_received")
        return tr("Invoice not received");
    if (kind == u"awaiting_approval")
        return tr("Awaiting approval");
    if (kind == u"dispute")
        return tr("Dispute");
    if (kind == u"in_payment")
        return tr("Payment in progress");
    if (kind == u"payment_sent")
        return tr("Already paid");
    if (kind == u"other")
        return tr("Other");
    return kind;
}

QString CollectionText::outcomeHint(const QString &kind)
{
    if (kind == u"promise")
        return tr("The customer commits to a date and a means of payment; reminders wait until then.");
    if (kind == u"voicemail" || kind == u"unreachable")
        return tr("Tried again on the next working day.");
    if (kind == u"invoice_not_received")
        return tr("Send the invoice again by e-mail.");
    if (kind == u"dispute")
        return tr("The disputed invoices leave the reminders until the dispute is settled.");
    if (kind == u"in_payment" || kind == u"payment_sent")
        return tr("Counts as a promise for a few days: reminders wait for the payment.");
    return {};
}

QString CollectionText::means(const QString &means)
{
    if (means == u"transfer")
        return tr("Bank transfer");
    if (means == u"cheque")
        return tr("Cheque");
    if (means == u"lcr")
        return tr("LCR (bill of exchange)");
    if (means == u"promissory_note")
        return tr("Promissory note");
    if (means == u"direct_debit")
        return tr("Direct debit");
    if (means == u"card")
        return tr("Card");
    return means;
}

QString CollectionText::disputeCategory(const QString &category)
{
    if (category == u"price")
        return tr("Price");
    if (category == u"quantity")
        return tr("Quantity");
    if (category == u"quality")
        return tr("Quality");
    if (category == u"not_delivered")
        return tr("Not delivered");
    if (category == u"invoice_not_received")
        return tr("Invoice not received");
    if (category == u"duplicate")
        return tr("Duplicate invoice");
    if (category == u"other")
        return tr("Other");
    return category;
}

QString CollectionText::channel(const QString &channel)
{
    if (channel == u"phone")
        return tr("Call");
    if (channel == u"email")
        return tr("E-mail");
    if (channel == u"letter")
        return tr("Letter");
    if (channel == u"registered_letter")
        return tr("Registered letter");
    return channel;
}

QString CollectionText::eventKind(const QString &kind)
{
    if (kind == u"reminder_sent")
        return tr("Reminder");
    if (kind == u"call_outcome" || kind == u"action_done")
        return tr("Reminder done");
    if (kind == u"action_undone")
        return tr("Entry undone");
    if (kind == u"promise_made")
        return tr("Promise to pay");
    if (kind == u"promise_kept")
        return tr("Promise kept");
    if (kind == u"promise_broken")
        return tr("Promise broken");
    if (kind == u"dispute_opened")
        return tr("Dispute opened");
    if (kind == u"dispute_resolved")
        return tr("Dispute settled");
    if (kind == u"letter_printed")
        return tr("Letter printed");
    if (kind == u"letter_sent")
        return tr("Letter sent");
    if (kind == u"letter_receipt")
        return tr("Proof of receipt");
    if (kind == u"email_sent")
        return tr("E-mail sent");
    if (kind == u"email_failed")
        return tr("E-mail failed");
    if (kind == u"payment_received")
        return tr("Payment received");
    if (kind == u"payment_plan")
        return tr("Payment plan");
    if (kind == u"profile_changed")
        return tr("Profile computed");
    if (kind == u"profile_override")
        return tr("Profile set by hand");
    if (kind == u"pause")
        return tr("Reminders paused");
    if (kind == u"import")
        return tr("Import");
    return kind;
}

QString CollectionText::channelGlyph(const QString &channel)
{
    if (channel == u"phone")
        return QStringLiteral("☎");
    if (channel == u"email")
        return QStringLiteral("✉");
    return QStringLiteral("✎");
}

QString CollectionText::shortDay(QDate date)
{
    if (!date.isValid())
        return {};
    return QLocale().toString(date, QStringLiteral("ddd d MMM"));
}

QString CollectionText::longDay(QDate date)
{
    if (!date.isValid())
        return {};
    QString text = QLocale().toString(date, QStringLiteral("dddd d MMMM"));
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

QString CollectionText::longDayInText(QDate date)
{
    return date.isValid() ? QLocale().toString(date, QStringLiteral("dddd d MMMM")) : QString();
}

QString CollectionText::euros(qint64 cents)
{
    const bool negative = cents < 0;
    qint64 euros = ((negative ? -cents : cents) + 50) / 100;
    QString digits = QString::number(euros);
    QString grouped;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            grouped += QChar(0x202F);
        grouped += digits.at(i);
    }
    return (negative ? QStringLiteral("-") : QString()) + grouped + QChar(0x00A0) + u'€';
}

QString CollectionText::profile(const std::optional<PayerProfile> &profile)
{
    return profile ? payerProfileFrench(*profile) : tr("not classified");
}

QColor CollectionText::profileBackground(const std::optional<PayerProfile> &profile)
{
    if (!profile)
        return QColor(0xEC, 0xEE, 0xF1);
    switch (*profile) {
    case PayerProfile::Negligent: return QColor(0xFB, 0xEF, 0xD0);
    case PayerProfile::BadPayer: return QColor(0xF8, 0xE0, 0xD2);
    case PayerProfile::Insolvent: return QColor(0xEC, 0xE2, 0xF6);
    case PayerProfile::Administrative: return QColor(0xDE, 0xEA, 0xF7);
    case PayerProfile::Disputer: return QColor(0xF6, 0xDF, 0xEA);
    case PayerProfile::Automatic: return QColor(0xDA, 0xF0, 0xEC);
    case PayerProfile::GoodPayer: return QColor(0xDF, 0xF0, 0xDC);
    }
    return QColor(0xEC, 0xEE, 0xF1);
}

QColor CollectionText::profileForeground(const std::optional<PayerProfile> &profile)
{
    if (!profile)
        return QColor(0x4A, 0x4F, 0x57);
    switch (*profile) {
    case PayerProfile::Negligent: return QColor(0x72, 0x4D, 0x00);
    case PayerProfile::BadPayer: return QColor(0x83, 0x36, 0x0F);
    case PayerProfile::Insolvent: return QColor(0x55, 0x2A, 0x7C);
    case PayerProfile::Administrative: return QColor(0x1D, 0x4A, 0x73);
    case PayerProfile::Disputer: return QColor(0x74, 0x1D, 0x4A);
    case PayerProfile::Automatic: return QColor(0x13, 0x55, 0x48);
    case PayerProfile::GoodPayer: return QColor(0x2A, 0x5A, 0x28);
    }
    return QColor(0x4A, 0x4F, 0x57);
}
