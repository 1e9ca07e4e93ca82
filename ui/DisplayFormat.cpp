#include "DisplayFormat.h"

#include "Money.h"

#include <limits>

namespace DisplayFormat {

QString money(qint64 cents, QStringView currency)
{
    return Money(cents, currency).toFrench();
}

QString moneyUngrouped(qint64 cents)
{
    return centsToFrench(cents).remove(QChar(0x202F));
}

QString date(QDate date)
{
    if (!date.isValid())
        return {};
    // By hand: QDate::toString() parses its format on every call, and search keys format 200 000 dates.
    int year = 0;
    int month = 0;
    int day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return date.toString(u"dd/MM/yyyy");
    QString text(10, u'/');
    const auto put = [&text](qsizetype at, int value, int width) {
        for (int i = width - 1; i >= 0; --i, value /= 10)
            text[at + i] = QChar(char16_t(u'0' + value % 10));
    };
    put(0, day, 2);
    put(3, month, 2);
    put(6, year, 4);
    return text;
}

qint64 dateSortValue(QDate date)
{
    return date.isValid() ? date.toJulianDay() : std::numeric_limits<qint64>::max();
}

QString siren(const QString &siren)
{
    if (siren.size() != 9)
        return siren;
    for (QChar c : siren)
        if (!c.isDigit())
            return siren;
    const QChar space(0x202F);
    return QStringView(siren).first(3) + space + QStringView(siren).sliced(3, 3) + space + QStringView(siren).sliced(6);
}

} // namespace DisplayFormat
