#include "Money.h"

namespace {

bool isGroupSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009) || c == u'\'';
}

QString groupThousands(qint64 absCents, QChar groupSep, QChar decimalSep)
{
    const QString units = QString::number(absCents / 100);
    QString grouped;
    grouped.reserve(units.size() + units.size() / 3 + 3);
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (i > 0 && (units.size() - i) % 3 == 0 && !groupSep.isNull())
            grouped.append(groupSep);
        grouped.append(units.at(i));
    }
    const qint64 rest = absCents % 100;
    grouped.append(decimalSep);
    grouped.append(QChar(u'0' + int(rest / 10)));
    grouped.append(QChar(u'0' + int(rest % 10)));
    return grouped;
}

} // namespace

qint64 Money::roundDiv(Int128 numerator, Int128 denominator)
{
    if (denominator < 0) {
        numerator = -numerator;
        denominator = -denominator;
    }
    const bool negative = numerator < 0;
    Int128 n = negative ? -numerator : numerator;
    Int128 q = (n + denominator / 2) / denominator; // half away from zero
    return static_cast<qint64>(negative ? -q : q);
}

Money Money::mulDiv(qint64 numerator, qint64 denominator) const
{
    return Money(roundDiv(static_cast<Int128>(m_cents) * numerator, denominator), currencyView());
}

std::optional<qint64> Money::parseCents(QStringView text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<qint64> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QString s;
    s.reserve(text.size());
    bool negative = false;
    QStringView t = text.trimmed();
    if (t.startsWith(u'(') && t.endsWith(u')')) {
        negative = true;
        t = t.mid(1, t.size() - 2).trimmed();
    }
    // Strip currency marks wherever they stand.
    for (QStringView mark : {QStringView(u"EUR"), QStringView(u"€")}) {
        if (t.endsWith(mark))
            t = t.left(t.size() - mark.size()).trimmed();
        if (t.startsWith(mark))
            t = t.mid(mark.size()).trimmed();
    }
    if (t.endsWith(u'-')) {
        negative = !negative;
        t = t.left(t.size() - 1).trimmed();
    }
    if (t.startsWith(u'-')) {
        negative = !negative;
        t = t.mid(1).trimmed();
    } else if (t.startsWith(u'+')) {
        t = t.mid(1).trimmed();
    }
    if (t.isEmpty())
        return fail(QStringLiteral("« %1 » n'est pas un montant (vide)").arg(text.toString()));
    for (QChar c : t) {
        if (isGroupSpace(c))
            continue;
        if (!(c.isDigit() && c.unicode() < 128) && c != u',' && c != u'.')
            return fail(QStringLiteral("« %1 » n'est pas un montant (caractère « %2 » inattendu)")
                            .arg(text.toString(), QString(c)));
        s.append(c);
    }
    // Decide which separator is the decimal mark.
    const qsizetype lastComma = s.lastIndexOf(u',');
    const qsizetype lastDot = s.lastIndexOf(u'.');
    qsizetype decimalAt = -1;
    if (lastComma >= 0 && lastDot >= 0) {
        decimalAt = std::max(lastComma, lastDot);
    } else if (lastComma >= 0) {
        decimalAt = s.count(u',') == 1 ? lastComma : -1;
    } else if (lastDot >= 0) {
        decimalAt = s.count(u'.') == 1 ? lastDot : -1;
    }
    QString intPart;
    QString fracPart;
    const QChar decimalMark = decimalAt >= 0 ? s.at(decimalAt) : QChar();
    // A thousands separator follows at least one digit and is followed by exactly 3 digits, and is never the
    // decimal mark's character: "1,2,3.4.5" or a date like "01.02.2024" must not pass for an amount.
    qsizetype groupDigits = -1; // digits since the last thousands separator, -1 before the first one
    const auto inconsistent = [&] {
        return fail(QStringLiteral("« %1 » n'est pas un montant (séparateurs incohérents)").arg(text.toString()));
    };
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (i == decimalAt) {
            if (groupDigits >= 0 && groupDigits != 3)
                return inconsistent();
            groupDigits = -1;
            continue;
        }
        if (c == u',' || c == u'.') {
            if ((decimalAt >= 0 && i > decimalAt) || c == decimalMark || intPart.isEmpty()
                || (groupDigits >= 0 && groupDigits != 3))
                return inconsistent();
            groupDigits = 0;
            continue; // thousands separator
        }
        if (groupDigits >= 0)
            ++groupDigits;
        (decimalAt >= 0 && i > decimalAt ? fracPart : intPart).append(c);
    }
    if (groupDigits >= 0 && groupDigits != 3)
        return inconsistent();
    if (intPart.isEmpty() && fracPart.isEmpty())
        return fail(QStringLiteral("« %1 » n'est pas un montant (aucun chiffre)").arg(text.toString()));
    // Zero padding ("0000000000000074,70" in some FEC exports) is not magnitude.
    qsizetype leadingZeros = 0;
    while (leadingZeros < intPart.size() && intPart.at(leadingZeros) == u'0')
        ++leadingZeros;
    if (intPart.size() - leadingZeros > 15)
        return fail(QStringLiteral("« %1 » est un montant trop grand").arg(text.toString()));
    qint64 cents = intPart.isEmpty() ? 0 : intPart.toLongLong() * 100;
    if (!fracPart.isEmpty()) {
        if (fracPart.size() > 9)
            fracPart.truncate(9);
        const qint64 frac = fracPart.toLongLong();
        qint64 scale = 1;
        for (qsizetype i = 0; i < fracPart.size(); ++i)
            scale *= 10;
        cents += roundDiv(static_cast<Int128>(frac) * 100, scale);
    }
    return negative ? -cents : cents;
}

std::optional<Money> Money::parse(QStringView text, QStringView currency)
{
    const auto cents = parseCents(text);
    if (!cents)
        return std::nullopt;
    return Money(*cents, currency);
}

QString Money::symbol(QStringView currency)
{
    if (currency == u"EUR")
        return QStringLiteral("€");
    return currency.toString();
}

QString centsToPlain(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return (cents < 0 ? QStringLiteral("-") : QString()) + groupThousands(a, QChar(), u'.');
}

QString centsToFrench(qint64 cents)
{
    const qint64 a = cents < 0 ? -cents : cents;
    return (cents < 0 ? QStringLiteral("-") : QString()) + groupThousands(a, QChar(0x202F), u',');
}

QString Money::toPlain() const { return centsToPlain(m_cents); }

QString Money::toFrench(bool withSymbol) const
{
    QString s = centsToFrench(m_cents);
    if (withSymbol)
        s += QChar(0x00A0) + symbol(currencyView());
    return s;
}
