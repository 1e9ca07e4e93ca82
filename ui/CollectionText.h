#pragma once
// CollectionText: how the collection views name outcomes, payment means, dispute categories and channels (translated
// UI choices), and how they write days and round amounts ("lun. 30 nov.", "Mercredi 25 novembre", "48 320 €").

#include <QColor>
#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <optional>

#include "PayerProfile.h"

class CollectionText final
{
    Q_DECLARE_TR_FUNCTIONS(CollectionText)

public:
    // CallGuide::outcomes() as menu entries: "Promise obtained" / "Promesse obtenue".
    static QString outcome(const QString &kind);
    // What the outcome asks for, in a tooltip.
    static QString outcomeHint(const QString &kind);
    // CallGuide::paymentMeans(): "Bank transfer" / "Virement".
    static QString means(const QString &means);
    // CallGuide::disputeCategories(): "Price" / "Prix".
    static QString disputeCategory(const QString &category);
    // Action channels as group titles: "Call" / "Appel".
    static QString channel(const QString &channel);
    // Journal event kinds as the timeline names them: "Promise made" / "Promesse de paiement".
    static QString eventKind(const QString &kind);
    // A glyph per channel: ☎ ✉ ✎ (registered letters ✎ too, with "AR" after the label).
    static QString channelGlyph(const QString &channel);

    // "lun. 30 nov." (the UI language's short day and month).
    static QString shortDay(QDate date);
    // "Mercredi 25 novembre": the header of a day.
    static QString longDay(QDate date);
    // The same inside a sentence: "mercredi 25 novembre" (French day names take no capital there).
    static QString longDayInText(QDate date);
    // "48 320 €": whole euros for headers (French grouping, whatever the UI language).
    static QString euros(qint64 cents);

    // The profile's label ("mauvais payeur", from the core), and calm colours for its badge.
    static QString profile(const std::optional<PayerProfile> &profile);
    static QColor profileBackground(const std::optional<PayerProfile> &profile);
    static QColor profileForeground(const std::optional<PayerProfile> &profile);

    // Red is kept for what is late and ours to act on (UX.md "Calm by default").
    static QColor lateColor() { return QColor(0xB0, 0x00, 0x20); }
    static QColor mutedColor() { return QColor(0x6B, 0x6F, 0x76); }
};
