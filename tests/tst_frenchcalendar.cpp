// Tests for FrenchCalendar: Easter, the 11 (13 in Alsace-Moselle) public holidays, and working-day arithmetic.

#include "collection/FrenchCalendar.h"

#include <QTest>

class TestFrenchCalendar : public QObject
{
    Q_OBJECT

private slots:
    void easterSunday_data();
    void easterSunday();
    void easterBeforeGregorianIsInvalid();
    void holidays_data();
    void holidays();
    void alsaceMoselleExtras_data();
    void alsaceMoselleExtras();
    void notHolidays_data();
    void notHolidays();
    void isWorkingDay_data();
    void isWorkingDay();
    void workingDaysInYear_data();
    void workingDaysInYear();
    void nextWorkingDay_data();
    void nextWorkingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void invalidDates();
    void cacheGivesSameAnswers();
};

static QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

void TestFrenchCalendar::easterSunday_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("easter");
    // Published dates of Easter Sunday (Western churches).
    const QList<std::pair<int, const char *>> known = {
        {2019, "2019-04-21"}, {2020, "2020-04-12"}, {2021, "2021-04-04"}, {2022, "2022-04-17"},
        {2023, "2023-04-09"}, {2024, "2024-03-31"}, {2025, "2025-04-20"}, {2026, "2026-04-05"},
        {2027, "2027-03-28"}, {2028, "2028-04-16"}, {2029, "2029-04-01"}, {2030, "2030-04-21"},
        // Edge cases of the algorithm: latest possible (25 April), earliest possible (22 March), century years.
        {2038, "2038-04-25"}, {2285, "2285-03-22"}, {2000, "2000-04-23"}, {2008, "2008-03-23"},
    };
    for (const auto &[year, iso] : known)
        QTest::addRow("%d", year) << year << d(iso);
}

void TestFrenchCalendar::easterSunday()
{
    QFETCH(int, year);
    QFETCH(QDate, easter);
    const QDate got = FrenchCalendar::easterSunday(year);
    QCOMPARE(got, easter);
    QCOMPARE(got.dayOfWeek(), 7);
}

void TestFrenchCalendar::easterBeforeGregorianIsInvalid()
{
    QVERIFY(!FrenchCalendar::easterSunday(1500).isValid());
    QVERIFY(FrenchCalendar::easterSunday(1583).isValid());
}

void TestFrenchCalendar::holidays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<QDate>>("dates");
    QTest::addColumn<QStringList>("names");

    const QStringList names = {
        QStringLiteral("Jour de l’an"),   QStringLiteral("Lundi de Pâques"),    QStringLiteral("Fête du Travail"),
        QStringLiteral("Victoire 1945"),  QStringLiteral("Ascension"),          QStringLiteral("Lundi de Pentecôte"),
        QStringLiteral("Fête nationale"), QStringLiteral("Assomption"),         QStringLiteral("Toussaint"),
        QStringLiteral("Armistice 1918"), QStringLiteral("Noël"),
    };
    // Easter 2025-04-20: Monday +1, Ascension +39, Whit Monday +50.
    QTest::newRow("2025") << 2025
                          << QList<QDate>{d("2025-01-01"), d("2025-04-21"), d("2025-05-01"), d("2025-05-08"),
                                          d("2025-05-29"), d("2025-06-09"), d("2025-07-14"), d("2025-08-15"),
                                          d("2025-11-01"), d("2025-11-11"), d("2025-12-25")}
                          << names;
    // Easter 2026-04-05.
    QTest::newRow("2026") << 2026
                          << QList<QDate>{d("2026-01-01"), d("2026-04-06"), d("2026-05-01"), d("2026-05-08"),
                                          d("2026-05-14"), d("2026-05-25"), d("2026-07-14"), d("2026-08-15"),
                                          d("2026-11-01"), d("2026-11-11"), d("2026-12-25")}
                          << names;
    // Easter 2027-03-28: Ascension (6 May) falls before Victoire 1945 (8 May), so the sorted order changes.
    QTest::newRow("2027") << 2027
                          << QList<QDate>{d("2027-01-01"), d("2027-03-29"), d("2027-05-01"), d("2027-05-06"),
                                          d("2027-05-08"), d("2027-05-17"), d("2027-07-14"), d("2027-08-15"),
                                          d("2027-11-01"), d("2027-11-11"), d("2027-12-25")}
                          << QStringList{names[0], names[1], names[2], names[4], names[3], names[5],
                                         names[6], names[7], names[8], names[9], names[10]};
}

void TestFrenchCalendar::holidays()
{
    QFETCH(int, year);
    QFETCH(QList<QDate>, dates);
    QFETCH(QStringList, names);
    const FrenchCalendar calendar;
    QCOMPARE(calendar.publicHolidays(year), dates);
    for (qsizetype i = 0; i < dates.size(); ++i) {
        QVERIFY2(calendar.isHoliday(dates[i]), qPrintable(dates[i].toString(Qt::ISODate)));
        QVERIFY(!calendar.isWorkingDay(dates[i]));
        QCOMPARE(calendar.holidayName(dates[i]), names[i]);
    }
    // Alsace-Moselle keeps every national holiday.
    const FrenchCalendar alsace(true);
    for (const QDate &day : dates)
        QVERIFY(alsace.isHoliday(day));
}

void TestFrenchCalendar::alsaceMoselleExtras_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QDate>("goodFriday");
    QTest::newRow("2025") << 2025 << d("2025-04-18");
    QTest::newRow("2026") << 2026 << d("2026-04-03");
    QTest::newRow("2027") << 2027 << d("2027-03-26");
}

void TestFrenchCalendar::alsaceMoselleExtras()
{
    QFETCH(int, year);
    QFETCH(QDate, goodFriday);
    const QDate stStephen(year, 12, 26);
    const FrenchCalendar national;
    const FrenchCalendar alsace(true);
    QVERIFY(alsace.isAlsaceMoselle());
    QVERIFY(!national.isAlsaceMoselle());

    QCOMPARE(national.publicHolidays(year).size(), 11);
    QCOMPARE(alsace.publicHolidays(year).size(), 13);

    QVERIFY(!national.isHoliday(goodFriday));
    QVERIFY(national.holidayName(goodFriday).isEmpty());
    QVERIFY(national.isWorkingDay(goodFriday)); // a Friday, working day outside Alsace-Moselle
    QVERIFY(alsace.isHoliday(goodFriday));
    QVERIFY(!alsace.isWorkingDay(goodFriday));
    QCOMPARE(alsace.holidayName(goodFriday), QStringLiteral("Vendredi saint"));

    QVERIFY(!national.isHoliday(stStephen));
    QVERIFY(alsace.isHoliday(stStephen));
    QCOMPARE(alsace.holidayName(stStephen), QStringLiteral("Saint-Étienne"));
    QVERIFY(alsace.publicHolidays(year).contains(goodFriday));
    QVERIFY(alsace.publicHolidays(year).contains(stStephen));
}

void TestFrenchCalendar::notHolidays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("Easter Sunday itself") << d("2025-04-20");
    QTest::newRow("Whit Sunday") << d("2025-06-08");
    QTest::newRow("Easter Tuesday") << d("2026-04-07");
    QTest::newRow("day after Ascension") << d("2026-05-15");
    QTest::newRow("13 July") << d("2026-07-13");
    QTest::newRow("2 November") << d("2025-11-02");
    QTest::newRow("26 December outside Alsace") << d("2025-12-26");
    QTest::newRow("31 December") << d("2025-12-31");
    QTest::newRow("2 January") << d("2026-01-02");
}

void TestFrenchCalendar::notHolidays()
{
    QFETCH(QDate, day);
    const FrenchCalendar calendar;
    QVERIFY(!calendar.isHoliday(day));
    QVERIFY(calendar.holidayName(day).isEmpty());
}

void TestFrenchCalendar::isWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("alsace");
    QTest::addColumn<bool>("working");
    QTest::newRow("Saturday") << d("2025-06-07") << false << false;
    QTest::newRow("Sunday") << d("2025-06-08") << false << false;
    QTest::newRow("Whit Monday") << d("2025-06-09") << false << false;
    QTest::newRow("Tuesday after Whit Monday") << d("2025-06-10") << false << true;
    QTest::newRow("Ascension Thursday 2026") << d("2026-05-14") << false << false;
    QTest::newRow("Friday after Ascension (bridge)") << d("2026-05-15") << false << true;
    QTest::newRow("plain Wednesday") << d("2025-10-15") << false << true;
    QTest::newRow("holiday on a Saturday") << d("2025-11-01") << false << false;
    QTest::newRow("26 Dec Friday, national") << d("2025-12-26") << false << true;
    QTest::newRow("26 Dec Friday, Alsace") << d("2025-12-26") << true << false;
    QTest::newRow("Good Friday, national") << d("2026-04-03") << false << true;
    QTest::newRow("Good Friday, Alsace") << d("2026-04-03") << true << false;
}

void TestFrenchCalendar::isWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, alsace);
    QFETCH(bool, working);
    QCOMPARE(FrenchCalendar(alsace).isWorkingDay(day), working);
}

void TestFrenchCalendar::workingDaysInYear_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<bool>("alsace");
    QTest::addColumn<int>("count");
    // 261 weekdays in each of these years, minus the holidays that fall on a weekday:
    // 2025: 10 (only 1 Nov is a Saturday); 2026: 9 (15 Aug Sat, 1 Nov Sun); 2027: 7 (1 May, 8 May, 15 Aug, 25 Dec).
    QTest::newRow("2025") << 2025 << false << 251;
    QTest::newRow("2026") << 2026 << false << 252;
    QTest::newRow("2027") << 2027 << false << 254;
    // Alsace-Moselle: Good Friday is always a weekday; 26 Dec 2025 is a Friday, 26 Dec 2027 a Sunday.
    QTest::newRow("2025 Alsace") << 2025 << true << 249;
    QTest::newRow("2027 Alsace") << 2027 << true << 253;
}

void TestFrenchCalendar::workingDaysInYear()
{
    QFETCH(int, year);
    QFETCH(bool, alsace);
    QFETCH(int, count);
    const FrenchCalendar calendar(alsace);
    int working = 0;
    for (QDate day(year, 1, 1); day.year() == year; day = day.addDays(1))
        working += calendar.isWorkingDay(day) ? 1 : 0;
    QCOMPARE(working, count);
}

void TestFrenchCalendar::nextWorkingDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("alsace");
    QTest::addColumn<QDate>("next");      // nextWorkingDay
    QTest::addColumn<QDate>("nextAfter"); // nextWorkingDayAfter

    QTest::newRow("working Wednesday before Ascension") << d("2026-05-13") << false << d("2026-05-13") << d("2026-05-15");
    QTest::newRow("Ascension Thursday") << d("2026-05-14") << false << d("2026-05-15") << d("2026-05-15");
    QTest::newRow("bridge Friday") << d("2026-05-15") << false << d("2026-05-15") << d("2026-05-18");
    QTest::newRow("Saturday of Ascension weekend") << d("2026-05-16") << false << d("2026-05-18") << d("2026-05-18");
    QTest::newRow("Friday before Whit Monday") << d("2026-05-22") << false << d("2026-05-22") << d("2026-05-26");
    QTest::newRow("Whit Sunday") << d("2026-05-24") << false << d("2026-05-26") << d("2026-05-26");
    QTest::newRow("Thursday before Easter, national") << d("2026-04-02") << false << d("2026-04-02") << d("2026-04-03");
    QTest::newRow("Thursday before Easter, Alsace") << d("2026-04-02") << true << d("2026-04-02") << d("2026-04-07");
    QTest::newRow("Good Friday, Alsace") << d("2026-04-03") << true << d("2026-04-07") << d("2026-04-07");
    QTest::newRow("Christmas Eve 2025, national") << d("2025-12-24") << false << d("2025-12-24") << d("2025-12-26");
    QTest::newRow("Christmas Eve 2025, Alsace") << d("2025-12-24") << true << d("2025-12-24") << d("2025-12-29");
    QTest::newRow("New Year's Eve 2025") << d("2025-12-31") << false << d("2025-12-31") << d("2026-01-02");
    QTest::newRow("New Year's Day 2026") << d("2026-01-01") << false << d("2026-01-02") << d("2026-01-02");
    QTest::newRow("Christmas Day 2026 (Friday)") << d("2026-12-25") << false << d("2026-12-28") << d("2026-12-28");
    QTest::newRow("New Year's Eve 2027 (Friday)") << d("2027-12-31") << false << d("2027-12-31") << d("2028-01-03");
    QTest::newRow("1 May 2025 (Thursday)") << d("2025-05-01") << false << d("2025-05-02") << d("2025-05-02");
}

void TestFrenchCalendar::nextWorkingDay()
{
    QFETCH(QDate, day);
    QFETCH(bool, alsace);
    QFETCH(QDate, next);
    QFETCH(QDate, nextAfter);
    const FrenchCalendar calendar(alsace);
    QCOMPARE(calendar.nextWorkingDay(day), next);
    QCOMPARE(calendar.nextWorkingDayAfter(day), nextAfter);
    QVERIFY(calendar.isWorkingDay(next));
    QVERIFY(calendar.isWorkingDay(nextAfter));
}

void TestFrenchCalendar::addWorkingDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("n");
    QTest::addColumn<bool>("alsace");
    QTest::addColumn<QDate>("expected");

    QTest::newRow("+1 over Ascension") << d("2026-05-13") << 1 << false << d("2026-05-15");
    QTest::newRow("+2 over Ascension weekend") << d("2026-05-13") << 2 << false << d("2026-05-18");
    QTest::newRow("+5") << d("2026-05-13") << 5 << false << d("2026-05-21");
    QTest::newRow("+7 over Whit Monday") << d("2026-05-13") << 7 << false << d("2026-05-26");
    QTest::newRow("-1 back over Ascension") << d("2026-05-15") << -1 << false << d("2026-05-13");
    QTest::newRow("-1 from Monday") << d("2026-05-18") << -1 << false << d("2026-05-15");
    QTest::newRow("-5 before a due date") << d("2026-05-29") << -5 << false << d("2026-05-21");
    QTest::newRow("0 on a working day") << d("2026-05-13") << 0 << false << d("2026-05-13");
    QTest::newRow("0 on a Saturday") << d("2026-05-16") << 0 << false << d("2026-05-18");
    QTest::newRow("+1 from a Saturday") << d("2026-05-16") << 1 << false << d("2026-05-18");
    QTest::newRow("+1 across year end") << d("2025-12-31") << 1 << false << d("2026-01-02");
    QTest::newRow("+3 over Christmas, national") << d("2025-12-24") << 3 << false << d("2025-12-30");
    QTest::newRow("+3 over Christmas, Alsace") << d("2025-12-24") << 3 << true << d("2025-12-31");
    QTest::newRow("+10 over Easter 2026") << d("2026-03-31") << 10 << false << d("2026-04-15");
}

void TestFrenchCalendar::addWorkingDays()
{
    QFETCH(QDate, day);
    QFETCH(int, n);
    QFETCH(bool, alsace);
    QFETCH(QDate, expected);
    QCOMPARE(FrenchCalendar(alsace).addWorkingDays(day, n), expected);
}

void TestFrenchCalendar::invalidDates()
{
    const FrenchCalendar calendar;
    QVERIFY(!calendar.isHoliday(QDate()));
    QVERIFY(!calendar.isWorkingDay(QDate()));
    QVERIFY(calendar.holidayName(QDate()).isEmpty());
    QVERIFY(!calendar.nextWorkingDay(QDate()).isValid());
    QVERIFY(!calendar.nextWorkingDayAfter(QDate()).isValid());
    QVERIFY(!calendar.addWorkingDays(QDate(), 3).isValid());
}

void TestFrenchCalendar::cacheGivesSameAnswers()
{
    // Years are cached lazily; asking in any order, and from a copy, must not change the answers.
    const FrenchCalendar calendar;
    const QList<QDate> first2026 = calendar.publicHolidays(2026);
    QVERIFY(calendar.isHoliday(d("2025-12-25")));
    QCOMPARE(calendar.publicHolidays(2026), first2026);
    const FrenchCalendar copy = calendar;
    QCOMPARE(copy.publicHolidays(2026), first2026);
    QCOMPARE(copy.publicHolidays(2027).size(), 11);
    QCOMPARE(calendar.publicHolidays(2025).first(), d("2025-01-01"));
}

QTEST_APPLESS_MAIN(TestFrenchCalendar)
#include "tst_frenchcalendar.moc"
