#include "FrenchText.h"

#include "Money.h"

namespace {

const char16_t *const Units[] = {u"zéro", u"un", u"deux", u"trois", u"quatre", u"cinq", u"six", u"sept", u"huit",
                                 u"neuf", u"dix", u"onze", u"douze", u"treize", u"quatorze", u"quinze", u"seize",
                                 u"dix-sept", u"dix-huit", u"dix-neuf"};
const char16_t *const Tens[] = {u"", u"dix", u"vingt", u"trente", u"quarante", u"cinquante", u"soixante"};

QString unit(int n) { return QString::fromUtf16(Units[n]); }

// 1–99. `last`: nothing follows in the number, so "quatre-vingts" keeps its s.
QString below100(int n, bool last)
{
    if (n < 20)
        return unit(n);
    const int t = n / 10;
    const int u = n % 10;
    if (t <= 6) {
        const QString base = QString::fromUtf16(Tens[t]);
        if (u == 0)
            return base;
        if (u == 1)
            return base + QStringLiteral(" et un");
        return base + u'-' + unit(u);
    }
    if (t == 7)
        return u == 1 ? QStringLiteral("soixante et onze") : QStringLiteral("soixante-") + unit(10 + u);
    if (t == 8)
        return u == 0 ? (last ? QStringLiteral("quatre-vingts") : QStringLiteral("quatre-vingt"))
                      : QStringLiteral("quatre-vingt-") + unit(u);
    return QStringLiteral("quatre-vingt-") + unit(10 + u);
}

// 1–999. `last`: not followed by "mille" (vingt and cent keep their plural s only at the end, or before a noun
// such as million).
QString below1000(int n, bool last)
{
    const int h = n / 100;
    const int r = n % 100;
    if (h == 0)
        return below100(r, last);
    QString s = h == 1 ? QStringLiteral("cent") : unit(h) + QStringLiteral(" cent");
    if (r == 0)
        return h > 1 && last ? s + u's' : s;
    return s + u' ' + below100(r, last);
}

} // namespace

namespace FrenchText {

QString longDate(const QDate &date)
{
    if (!date.isValid())
        return {};
    static const char16_t *const months[] = {u"janvier", u"février", u"mars", u"avril", u"mai", u"juin", u"juillet",
                                             u"août", u"septembre", u"octobre", u"novembre", u"décembre"};
    const QString day = date.day() == 1 ? QStringLiteral("1er") : QString::number(date.day());
    return day + u' ' + QString::fromUtf16(months[date.month() - 1]) + u' ' + QString::number(date.year());
}

QString shortDate(const QDate &date) { return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString(); }

QString euros(qint64 cents) { return Money(cents).toFrench(); }

QString joinAnd(const QStringList &items)
{
    if (items.size() <= 1)
        return items.value(0);
    return items.mid(0, items.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" et ") + items.last();
}

QString formatSiren(const QString &siren)
{
    QString digits;
    for (QChar c : siren)
        if (!c.isSpace())
            digits.append(c);
    if (digits.size() != 9)
        return siren.trimmed();
    return digits.left(3) + QChar(0x00A0) + digits.mid(3, 3) + QChar(0x00A0) + digits.mid(6);
}

QString numberInWords(qint64 n)
{
    if (n < 0)
        return QStringLiteral("moins ") + numberInWords(-n);
    if (n == 0)
        return unit(0);
    QStringList parts;
    const qint64 billions = n / 1'000'000'000;
    const qint64 millions = (n / 1'000'000) % 1000;
    const int thousands = int((n / 1000) % 1000);
    const int rest = int(n % 1000);
    // million and milliard are nouns: they take an s, and the number before them keeps its own.
    if (billions > 0)
        parts << (billions == 1 ? QStringLiteral("un milliard") : numberInWords(billions) + QStringLiteral(" milliards"));
    if (millions > 0)
        parts << (millions == 1 ? QStringLiteral("un million") : below1000(int(millions), true) + QStringLiteral(" millions"));
    if (thousands > 0)
        parts << (thousands == 1 ? QStringLiteral("mille") : below1000(thousands, false) + QStringLiteral(" mille"));
    if (rest > 0)
        parts << below1000(rest, true);
    return parts.join(u' ');
}

QString amountInWords(qint64 cents)
{
    if (cents < 0)
        return QStringLiteral("moins ") + amountInWords(-cents);
    const qint64 units = cents / 100;
    const int hundredths = int(cents % 100);
    const QString centimes = hundredths == 0 ? QString()
                                             : numberInWords(hundredths) + (hundredths == 1 ? QStringLiteral(" centime")
                                                                                             : QStringLiteral(" centimes"));
    if (units == 0)
        return centimes.isEmpty() ? QStringLiteral("zéro euro") : centimes;
    QString s = numberInWords(units);
    if (units % 1'000'000 == 0)
        s += QStringLiteral(" d'euros"); // "un million d'euros"
    else
        s += units == 1 ? QStringLiteral(" euro") : QStringLiteral(" euros");
    if (!centimes.isEmpty())
        s += QStringLiteral(" et ") + centimes;
    return s;
}

QString personName(const QString &civility, const QString &name)
{
    QStringList parts;
    if (!civility.trimmed().isEmpty())
        parts << civility.trimmed();
    if (!name.trimmed().isEmpty())
        parts << name.trimmed();
    return parts.join(u' ');
}

} // namespace FrenchText
