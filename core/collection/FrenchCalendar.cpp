#include "FrenchCalendar.h"

FrenchCalendar::FrenchCalendar(bool alsaceMoselle) : m_alsaceMoselle(alsaceMoselle) {}

QDate FrenchCalendar::easterSunday(int year)
{
    if (year < 1583)
        return {}; // the algorithm is only valid for the Gregorian calendar
    // Anonymous Gregorian algorithm (Meeus/Jones/Butcher): integers only.
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = (h + l - 7 * m + 114) % 31 + 1;
    return QDate(year, month, day);
}

const QMap<QDate, QString> &FrenchCalendar::holidaysOf(int year) const
{
    auto it = m_cache.constFind(year);
    if (it != m_cache.cend())
        return *it;

    QMap<QDate, QString> days;
    const QDate easter = easterSunday(year);
    days.insert(QDate(year, 1, 1), QStringLiteral("Jour de l’an"));
    if (easter.isValid()) {
        days.insert(easter.addDays(1), QStringLiteral("Lundi de Pâques"));
        days.insert(easter.addDays(39), QStringLiteral("Ascension"));
        days.insert(easter.addDays(50), QStringLiteral("Lundi de Pentecôte"));
    }
    days.insert(QDate(year, 5, 1), QStringLiteral("Fête du Travail"));
    days.insert(QDate(year, 5, 8), QStringLiteral("Victoire 1945"));
    days.insert(QDate(year, 7, 14), QStringLiteral("Fête nationale"));
    days.insert(QDate(year, 8, 15), QStringLiteral("Assomption"));
    days.insert(QDate(year, 11, 1), QStringLiteral("Toussaint"));
    days.insert(QDate(year, 11, 11), QStringLiteral("Armistice 1918"));
    days.insert(QDate(year, 12, 25), QStringLiteral("Noël"));
    if (m_alsaceMoselle) {
        // Local law of Alsace-Moselle (Code du travail L3134-13).
        if (easter.isValid())
            days.insert(easter.addDays(-2), QStringLiteral("Vendredi saint"));
        days.insert(QDate(year, 12, 26), QStringLiteral("Saint-Étienne"));
    }
    return *m_cache.insert(year, days);
}

QList<QDate> FrenchCalendar::publicHolidays(int year) const
{
    return holidaysOf(year).keys(); // QMap keys are sorted
}

bool FrenchCalendar::isHoliday(QDate day) const
{
    return day.isValid() && holidaysOf(day.year()).contains(day);
}

QString FrenchCalendar::holidayName(QDate day) const
{
    if (!day.isValid())
        return {};
    return holidaysOf(day.year()).value(day);
}

bool FrenchCalendar::isWorkingDay(QDate day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !isHoliday(day);
}

QDate FrenchCalendar::nextWorkingDay(QDate day) const
{
    if (!day.isValid())
        return {};
    // At most a weekend plus a holiday or two in a row: the loop is short.
    while (!isWorkingDay(day))
        day = day.addDays(1);
    return day;
}

QDate FrenchCalendar::nextWorkingDayAfter(QDate day) const
{
    if (!day.isValid())
        return {};
    return nextWorkingDay(day.addDays(1));
}

QDate FrenchCalendar::addWorkingDays(QDate day, int n) const
{
    if (!day.isValid())
        return {};
    if (n == 0)
        return nextWorkingDay(day);
    const int step = n > 0 ? 1 : -1;
    for (int remaining = n > 0 ? n : -n; remaining > 0;) {
        day = day.addDays(step);
        if (isWorkingDay(day))
            --remaining;
    }
    return day;
}
