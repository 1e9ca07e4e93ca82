#pragma once
// Money: an amount in integer cents with its ISO 4217 currency; never a double.

#include <QString>
#include <QtGlobal>
#include <algorithm>
#include <optional>

// 128-bit intermediate for mulDiv; __extension__ keeps -Wpedantic quiet about the GCC/Clang type.
__extension__ typedef __int128 Int128;

class Money
{
public:
    Money() = default;
    explicit Money(qint64 cents, QStringView currency = u"EUR") : m_cents(cents)
    {
        if (currency.size() == 3)
            std::copy(currency.begin(), currency.end(), m_currency);
    }
    static Money fromCents(qint64 cents, QStringView currency = u"EUR") { return Money(cents, currency); }

    qint64 cents() const { return m_cents; }
    QString currency() const { return QString(m_currency, 3); }
    bool isZero() const { return m_cents == 0; }
    bool isNegative() const { return m_cents < 0; }

    // Parses "1 234,56", "1234.56", "-0000000074,70", "1.234,56", "1,234.56", "12,5 €", "(12,00)", "12,00-".
    // Thousands separators may be spaces (incl. U+00A0, U+202F), dots or commas; the last separator followed by
    // one to four digits (and no further separator) is the decimal mark. Extra decimals round half away from zero.
    static std::optional<Money> parse(QStringView text, QStringView currency = u"EUR");
    // Like parse(), for callers that need the reason ("« abc » n'est pas un montant").
    static std::optional<qint64> parseCents(QStringView text, QString *error = nullptr);

    // "1 234,56 €" with U+202F between thousands and U+00A0 before the symbol (French typography).
    QString toFrench(bool withSymbol = true) const;
    // "1234.56" / "-74.70": what JSON, CSV and SQL exchange.
    QString toPlain() const;

    // this × numerator / denominator, rounded half away from zero to the cent (no overflow for real amounts).
    Money mulDiv(qint64 numerator, qint64 denominator) const;
    static qint64 roundDiv(Int128 numerator, Int128 denominator);

    Money operator+(const Money &o) const { return Money(m_cents + o.m_cents, currencyView()); }
    Money operator-(const Money &o) const { return Money(m_cents - o.m_cents, currencyView()); }
    Money operator-() const { return Money(-m_cents, currencyView()); }
    Money &operator+=(const Money &o) { m_cents += o.m_cents; return *this; }
    Money &operator-=(const Money &o) { m_cents -= o.m_cents; return *this; }
    bool operator==(const Money &o) const = default;
    auto operator<=>(const Money &o) const { return m_cents <=> o.m_cents; }

    // Currency symbol for display: € for EUR, otherwise the ISO code.
    static QString symbol(QStringView currency);

private:
    QStringView currencyView() const { return QStringView(m_currency, 3); }
    qint64 m_cents = 0;
    QChar m_currency[3] = {u'E', u'U', u'R'};
};

// Formats cents as a plain decimal string ("1234.56"); shared by JSON and exports.
QString centsToPlain(qint64 cents);
// Formats cents in French ("1 234,56"), without symbol.
QString centsToFrench(qint64 cents);
