#pragma once
// FrenchCalendar: French public holidays (optionally Alsace-Moselle) and working-day arithmetic for planning actions.

#include <QDate>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

class FrenchCalendar
{
public:
    // Alsace-Moselle (Bas-Rhin, Haut-Rhin, Moselle) adds Good Friday and 26 December.
    explicit FrenchCalendar(bool alsaceMoselle = false);

    bool isAlsaceMoselle() const { return m_alsaceMoselle; }

    // Gregorian Easter Sunday (anonymous Gregorian algorithm); invalid date for years before 1583.
    static QDate easterSunday(int year);

    // The public holidays of `year`, sorted: 11 nationwide, 13 in Alsace-Moselle.
    QList<QDate> publicHolidays(int year) const;
    bool isHoliday(QDate day) const;
    // French name ("Lundi de Pâques", "Ascension"…), or an empty string when `day` is not a holiday.
    QString holidayName(QDate day) const;

    // Monday to Friday and not a public holiday.
    bool isWorkingDay(QDate day) const;
    // `day` itself when it is a working day, otherwise the first working day after it.
    QDate nextWorkingDay(QDate day) const;
    // The first working day strictly after `day` ("the next working day" after a broken promise).
    QDate nextWorkingDayAfter(QDate day) const;
    // `n` working days after `day` (n > 0) or before it (n < 0), counting only working days;
    // n == 0 gives nextWorkingDay(day). Friday + 1 = Monday; Saturday + 1 = Monday.
    QDate addWorkingDays(QDate day, int n) const;

private:
    const QMap<QDate, QString> &holidaysOf(int year) const;

    bool m_alsaceMoselle = false;
    // Filled lazily, one entry per year asked; a calendar is cheap to copy (implicitly shared),
    // so give each thread its own copy rather than sharing one across threads.
    mutable QHash<int, QMap<QDate, QString>> m_cache;
};
