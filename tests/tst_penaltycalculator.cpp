// Tests for PenaltyCalculator and EcbRateTable: L441-10 penalties, the D441-5 indemnity and the ECB rate history.
// Every expected amount is computed by hand in the data rows: base (cents) × rate (bp) × days / (10 000 × 365),
// rounded half away from zero to the cent.

#include "collection/EcbRateTable.h"
#include "collection/PenaltyCalculator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

Q_DECLARE_METATYPE(PartialPayment)
Q_DECLARE_METATYPE(QList<PartialPayment>)

class TestPenaltyCalculator : public QObject
{
    Q_OBJECT

private slots:
    // EcbRateTable
    void ecbDefaults();
    void ecbRateInForceOn_data();
    void ecbRateInForceOn();
    void ecbReferenceRateForHalfYear_data();
    void ecbReferenceRateForHalfYear();
    void ecbAddAndRemove();
    void ecbJsonRoundTrip();
    void ecbFromJsonErrors_data();
    void ecbFromJsonErrors();
    void ecbParseBp_data();
    void ecbParseBp();

    // PenaltyCalculator
    void rateForDay_data();
    void rateForDay();
    void compute_data();
    void compute();
    void workedExampleExplanation();
    void halfYearBoundarySegments();
    void partialPaymentSegments();
    void floorExplanation();
    void disputedExcluded();
    void customTableAndSettings();
    void totals();
};

static QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// French money as Money::toFrench writes it: U+202F between thousands, U+00A0 before the symbol.
static QString eur(const char *text)
{
    return QString::fromUtf8(text).replace(u' ', QChar(0x202F)) + QStringLiteral("\u00A0€");
}

// ---------------------------------------------------------------- EcbRateTable

void TestPenaltyCalculator::ecbDefaults()
{
    const EcbRateTable table = EcbRateTable::defaults();
    QCOMPARE(table.entries().size(), 19);
    QCOMPARE(table.entries().first(), (EcbRateTable::Entry{d("2016-03-16"), 0}));
    QCOMPARE(table.entries().at(1), (EcbRateTable::Entry{d("2022-07-27"), 50}));
    QCOMPARE(table.referenceRateForHalfYear(d("2022-08-15")), 0); // in force on 1 July 2022
    QCOMPARE(table.entries().last(), (EcbRateTable::Entry{d("2025-06-11"), 215}));
    for (qsizetype i = 1; i < table.entries().size(); ++i)
        QVERIFY(table.entries()[i - 1].inForceFrom < table.entries()[i].inForceFrom);
}

void TestPenaltyCalculator::ecbRateInForceOn_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("rateBp");
    QTest::newRow("zero rate era before July 2022") << d("2022-01-01") << 0;
    QTest::newRow("before the first entry: first entry's rate") << d("2010-01-01") << 0;
    QTest::newRow("first entry") << d("2022-07-27") << 50;
    QTest::newRow("day before a change") << d("2022-09-13") << 50;
    QTest::newRow("day of a change") << d("2022-09-14") << 125;
    QTest::newRow("peak 4.50") << d("2024-06-11") << 450;
    QTest::newRow("first cut") << d("2024-06-12") << 425;
    QTest::newRow("1 Jan 2025") << d("2025-01-01") << 315;
    QTest::newRow("day before 2.15") << d("2025-06-10") << 240;
    QTest::newRow("2.15 from 2025-06-11") << d("2025-06-11") << 215;
    QTest::newRow("still 2.15 in 2026") << d("2026-03-01") << 215;
}

void TestPenaltyCalculator::ecbRateInForceOn()
{
    QFETCH(QDate, day);
    QFETCH(int, rateBp);
    QCOMPARE(EcbRateTable::defaults().rateInForceOn(day), rateBp);
}

void TestPenaltyCalculator::ecbReferenceRateForHalfYear_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("rateBp");
    // The rate in force on 1 January / 1 July holds for the whole half-year, whatever happens meanwhile.
    QTest::newRow("H1 2023: 2.50 on 1 Jan") << d("2023-05-31") << 250;
    QTest::newRow("H2 2023: 4.00 on 1 Jul, not the later 4.25/4.50") << d("2023-12-31") << 400;
    QTest::newRow("H1 2024 first day") << d("2024-01-01") << 450;
    QTest::newRow("H1 2024 after the June cut") << d("2024-06-30") << 450;
    QTest::newRow("H2 2024") << d("2024-07-01") << 425;
    QTest::newRow("H1 2025: 3.15 on 1 Jan") << d("2025-03-15") << 315;
    QTest::newRow("H1 2025 last day, cuts ignored") << d("2025-06-30") << 315;
    QTest::newRow("H2 2025 first day") << d("2025-07-01") << 215;
    QTest::newRow("H2 2025 last day") << d("2025-12-31") << 215;
    QTest::newRow("H1 2026") << d("2026-01-01") << 215;
    QTest::newRow("H1 2026 end") << d("2026-06-30") << 215;
}

void TestPenaltyCalculator::ecbReferenceRateForHalfYear()
{
    QFETCH(QDate, day);
    QFETCH(int, rateBp);
    QCOMPARE(EcbRateTable::defaults().referenceRateForHalfYear(day), rateBp);
}

void TestPenaltyCalculator::ecbAddAndRemove()
{
    EcbRateTable table = EcbRateTable::defaults();
    // A new ECB decision in force from 2026-02-04 at 2.00 %.
    table.add(d("2026-02-04"), 200);
    QCOMPARE(table.entries().size(), 20);
    QCOMPARE(table.rateInForceOn(d("2026-02-03")), 215);
    QCOMPARE(table.rateInForceOn(d("2026-02-04")), 200);
    QCOMPARE(table.referenceRateForHalfYear(d("2026-03-01")), 215); // H1 2026 stays on 1 January's rate
    QCOMPARE(table.referenceRateForHalfYear(d("2026-09-01")), 200);

    // Same date again: replaces, does not duplicate.
    table.add(d("2026-02-04"), 190);
    QCOMPARE(table.entries().size(), 20);
    QCOMPARE(table.rateInForceOn(d("2026-02-04")), 190);

    // Added out of order: kept sorted.
    table.add(d("2023-01-01"), 999);
    QCOMPARE(table.rateInForceOn(d("2023-01-15")), 999);
    QCOMPARE(table.rateInForceOn(d("2022-12-31")), 250);
    QVERIFY(table.remove(d("2023-01-01")));
    QVERIFY(!table.remove(d("2023-01-01")));
    QCOMPARE(table.rateInForceOn(d("2023-01-15")), 250);

    QVERIFY(table.remove(d("2026-02-04")));
    QCOMPARE(table, EcbRateTable::defaults());

    const EcbRateTable empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.rateInForceOn(d("2025-01-01")), 0);
}

void TestPenaltyCalculator::ecbJsonRoundTrip()
{
    const EcbRateTable table = EcbRateTable::defaults();
    const QJsonArray json = table.toJson();
    QCOMPARE(json.size(), 19);
    QCOMPARE(json.first().toObject().value(QStringLiteral("from")).toString(), QStringLiteral("2016-03-16"));
    QCOMPARE(json.first().toObject().value(QStringLiteral("rate")).toString(), QStringLiteral("0.00"));
    QCOMPARE(json.last().toObject(),
             (QJsonObject{{QStringLiteral("from"), QStringLiteral("2025-06-11")},
                          {QStringLiteral("rate"), QStringLiteral("2.15")}}));
    const Result<EcbRateTable> back = EcbRateTable::fromJson(json);
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back.value(), table);

    // Entries in any order come back sorted.
    QJsonArray reversed;
    for (qsizetype i = json.size() - 1; i >= 0; --i)
        reversed.append(json.at(i));
    const Result<EcbRateTable> sorted = EcbRateTable::fromJson(reversed);
    QVERIFY(sorted.ok());
    QCOMPARE(sorted.value(), table);
}

void TestPenaltyCalculator::ecbFromJsonErrors_data()
{
    QTest::addColumn<QJsonArray>("json");
    QTest::addColumn<QString>("fragment");
    auto entry = [](const char *from, const char *rate) {
        return QJsonObject{{QStringLiteral("from"), QString::fromLatin1(from)},
                           {QStringLiteral("rate"), QString::fromLatin1(rate)}};
    };
    const QJsonObject good = entry("2025-06-11", "2.15");
    QTest::newRow("empty") << QJsonArray() << QStringLiteral("aucun taux");
    QTest::newRow("not an object") << QJsonArray{good, 3} << QStringLiteral("entrée 2");
    QTest::newRow("bad date") << QJsonArray{good, entry("2025-13-01", "2.00")} << QStringLiteral("« from »");
    QTest::newRow("bad rate") << QJsonArray{entry("2025-01-01", "deux")} << QStringLiteral("« rate »");
    QTest::newRow("three decimals") << QJsonArray{entry("2025-01-01", "2.155")} << QStringLiteral("2.155");
    QTest::newRow("number instead of string")
        << QJsonArray{QJsonObject{{QStringLiteral("from"), QStringLiteral("2025-01-01")}, {QStringLiteral("rate"), 2.15}}}
        << QStringLiteral("« rate »");
    QTest::newRow("duplicate date") << QJsonArray{good, entry("2025-06-11", "2.00")} << QStringLiteral("en double");
}

void TestPenaltyCalculator::ecbFromJsonErrors()
{
    QFETCH(QJsonArray, json);
    QFETCH(QString, fragment);
    const Result<EcbRateTable> r = EcbRateTable::fromJson(json);
    QVERIFY(!r.ok());
    QVERIFY2(r.error().contains(fragment), qPrintable(r.error()));
}

void TestPenaltyCalculator::ecbParseBp_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("bp"); // -1 = invalid
    QTest::newRow("dot") << QStringLiteral("2.15") << 215;
    QTest::newRow("comma") << QStringLiteral("2,15") << 215;
    QTest::newRow("integer") << QStringLiteral("4") << 400;
    QTest::newRow("one decimal") << QStringLiteral("0.5") << 50;
    QTest::newRow("zero") << QStringLiteral("0.00") << 0;
    QTest::newRow("spaces") << QStringLiteral(" 3.65 ") << 365;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("word") << QStringLiteral("abc") << -1;
    QTest::newRow("trailing dot") << QStringLiteral("2.") << -1;
    QTest::newRow("three decimals") << QStringLiteral("1.234") << -1;
    QTest::newRow("two separators") << QStringLiteral("1.2.3") << -1;
}

void TestPenaltyCalculator::ecbParseBp()
{
    QFETCH(QString, text);
    QFETCH(int, bp);
    const std::optional<int> got = EcbRateTable::parseBp(text);
    if (bp < 0) {
        QVERIFY(!got.has_value());
    } else {
        QVERIFY(got.has_value());
        QCOMPARE(*got, bp);
        QCOMPARE(EcbRateTable::parseBp(EcbRateTable::bpToPlain(bp)), got);
    }
}

// ---------------------------------------------------------------- PenaltyCalculator

void TestPenaltyCalculator::rateForDay_data()
{
    QTest::addColumn<int>("contractualBp"); // -1 = none
    QTest::addColumn<int>("legalBp");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("rateBp");
    QTest::newRow("default H1 2025: 3.15 + 10") << -1 << 276 << d("2025-06-30") << 1315;
    QTest::newRow("default H2 2025: 2.15 + 10") << -1 << 276 << d("2025-07-01") << 1215;
    QTest::newRow("default H1 2026: 2.15 + 10") << -1 << 276 << d("2026-04-15") << 1215;
    QTest::newRow("default H2 2023: 4.00 + 10") << -1 << 276 << d("2023-10-01") << 1400;
    QTest::newRow("contractual above floor") << 1500 << 276 << d("2025-10-01") << 1500;
    QTest::newRow("contractual below floor H2 2025: 3 × 2.76") << 500 << 276 << d("2025-10-01") << 828;
    QTest::newRow("contractual below floor H1 2026: 3 × 2.62") << 500 << 262 << d("2026-02-01") << 786;
    QTest::newRow("contractual exactly the floor") << 828 << 276 << d("2025-10-01") << 828;
}

void TestPenaltyCalculator::rateForDay()
{
    QFETCH(int, contractualBp);
    QFETCH(int, legalBp);
    QFETCH(QDate, day);
    QFETCH(int, rateBp);
    PenaltySettings settings;
    if (contractualBp >= 0)
        settings.contractualRateBp = contractualBp;
    settings.legalInterestRateBp = legalBp;
    const PenaltyCalculator calculator(EcbRateTable::defaults(), settings);
    QCOMPARE(calculator.floorRateBp(), 3 * legalBp);
    QCOMPARE(calculator.rateForDay(day), rateBp);
}

void TestPenaltyCalculator::compute_data()
{
    QTest::addColumn<int>("contractualBp"); // -1 = default ECB + 10 points
    QTest::addColumn<int>("legalBp");
    QTest::addColumn<QDate>("due");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<PartialPayment>>("payments");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("daysLate");
    QTest::addColumn<int>("rateBp");
    QTest::addColumn<int>("segments");
    QTest::addColumn<qint64>("penalty");
    QTest::addColumn<qint64>("indemnity");
    QTest::addColumn<QDate>("paidOn");

    const QList<PartialPayment> none;

    // DOMAIN.md §5 worked example: 15 000 € × 15 % × 30 / 365 = 184.93 € (floor 3 × 2.76 = 8.28 % is below 15 %).
    // 1 500 000 × 1500 × 30 / 3 650 000 = 18 493.15 → 18 493.
    QTest::newRow("worked example, contractual 15 %")
        << 1500 << 276 << d("2025-09-30") << qint64(1500000) << none << d("2025-10-30")
        << 30 << 1500 << 1 << qint64(18493) << qint64(4000) << QDate();
    // Same delay straddling 1 July: a contractual rate does not depend on the half-year, one segment.
    QTest::newRow("worked example across 1 July")
        << 1500 << 276 << d("2025-06-15") << qint64(1500000) << none << d("2025-07-15")
        << 30 << 1500 << 1 << qint64(18493) << qint64(4000) << QDate();
    // Default rate H2 2025 = 2.15 + 10 = 12.15 %: 1 500 000 × 1215 × 30 / 3 650 000 = 14 979.45 → 14 979.
    QTest::newRow("default 12.15 % in H2 2025")
        << -1 << 276 << d("2025-09-30") << qint64(1500000) << none << d("2025-10-30")
        << 30 << 1215 << 1 << qint64(14979) << qint64(4000) << QDate();
    // H1 2026, still 12.15 %: 31 Jan → 2 Mar 2026 is 30 days (February has 28).
    QTest::newRow("default 12.15 % in H1 2026")
        << -1 << 276 << d("2026-01-31") << qint64(1500000) << none << d("2026-03-02")
        << 30 << 1215 << 1 << qint64(14979) << qint64(4000) << QDate();
    // Across 1 January 2026: both half-years at 12.15 %, merged into one segment and rounded once.
    QTest::newRow("H2 2025 into H1 2026, same rate")
        << -1 << 276 << d("2025-12-15") << qint64(1500000) << none << d("2026-01-14")
        << 30 << 1215 << 1 << qint64(14979) << qint64(4000) << QDate();
    // Half-year boundary, delay 2025-06-01 … 2025-07-31 (due 31 May), 10 000 €:
    //   June, 30 days at H1 2025 = 3.15 + 10 = 13.15 %: 1 000 000 × 1315 × 30 / 3 650 000 = 10 808.22 → 10 808
    //   July, 31 days at H2 2025 = 2.15 + 10 = 12.15 %: 1 000 000 × 1215 × 31 / 3 650 000 = 10 319.18 → 10 319
    //   total 21 127 (211.27 €); the line reports the latest rate, 12.15 %.
    QTest::newRow("half-year boundary 2025-06-01 to 2025-07-31")
        << -1 << 276 << d("2025-05-31") << qint64(1000000) << none << d("2025-07-31")
        << 61 << 1215 << 2 << qint64(21127) << qint64(4000) << QDate();
    // A whole leap year 2024, still / 365 (366 days late), 10 000 €:
    //   H1 2024, 182 days at 4.50 + 10 = 14.50 %: 1 000 000 × 1450 × 182 / 3 650 000 = 72 301.37 → 72 301
    //   H2 2024, 184 days at 4.25 + 10 = 14.25 %: 1 000 000 × 1425 × 184 / 3 650 000 = 71 835.62 → 71 836
    QTest::newRow("leap year 2024, two half-years")
        << -1 << 276 << d("2023-12-31") << qint64(1000000) << none << d("2024-12-31")
        << 366 << 1425 << 2 << qint64(144137) << qint64(4000) << QDate();
    // Contractual 5 % below the floor 3 × 2.76 = 8.28 %: 1 500 000 × 828 × 30 / 3 650 000 = 10 208.22 → 10 208.
    QTest::newRow("contractual below floor raised to 3 × legal")
        << 500 << 276 << d("2025-09-30") << qint64(1500000) << none << d("2025-10-30")
        << 30 << 828 << 1 << qint64(10208) << qint64(4000) << QDate();
    // Same with the H1 2026 legal rate 2.62 %: floor 7.86 %, 1 500 000 × 786 × 30 / 3 650 000 = 9 690.41 → 9 690.
    QTest::newRow("contractual below floor, legal 2.62 %")
        << 500 << 262 << d("2026-01-31") << qint64(1500000) << none << d("2026-03-02")
        << 30 << 786 << 1 << qint64(9690) << qint64(4000) << QDate();
    // Partial payment of 5 000 € on 10 Oct: base 15 000 € for 1–10 Oct, 10 000 € from 11 Oct.
    //   1 500 000 × 1215 × 10 / 3 650 000 = 4 993.15 → 4 993;  1 000 000 × 1215 × 20 / 3 650 000 = 6 657.53 → 6 658
    QTest::newRow("partial payment reduces the base from the next day")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-10-10"), 500000}} << d("2025-10-30")
        << 30 << 1215 << 2 << qint64(11651) << qint64(4000) << QDate();
    // Partial payment before the due date: only the rest is late. 1 000 000 × 1215 × 30 / 3 650 000 = 9 986.30 → 9 986.
    QTest::newRow("partial payment before due date")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-09-20"), 500000}} << d("2025-10-30")
        << 30 << 1215 << 1 << qint64(9986) << qint64(4000) << QDate();
    // Fully paid late on 15 Oct, computed at year end: the delay stops at 15 days.
    //   1 500 000 × 1215 × 15 / 3 650 000 = 7 489.73 → 7 490
    QTest::newRow("paid in full late: payment ends the delay")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-10-15"), 1500000}} << d("2025-12-31")
        << 15 << 1215 << 1 << qint64(7490) << qint64(4000) << d("2025-10-15");
    // Paid late in two parts (given out of order): 10 days on 15 000 € (4 993) + 10 days on 10 000 €
    //   1 000 000 × 1215 × 10 / 3 650 000 = 3 328.77 → 3 329
    QTest::newRow("paid late in two parts")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-10-20"), 1000000}, {d("2025-10-10"), 500000}} << d("2025-12-31")
        << 20 << 1215 << 2 << qint64(8322) << qint64(4000) << d("2025-10-20");
    // Paid the day after the due date: one day late. 1 500 000 × 1215 × 1 / 3 650 000 = 499.32 → 499; indemnity due.
    QTest::newRow("paid one day late")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-10-01"), 1500000}} << d("2025-12-31")
        << 1 << 1215 << 1 << qint64(499) << qint64(4000) << d("2025-10-01");
    // Paid on the due date: on time, nothing at all.
    QTest::newRow("paid on the due date")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-09-30"), 1500000}} << d("2025-12-31")
        << 0 << 0 << 0 << qint64(0) << qint64(0) << d("2025-09-30");
    // A payment dated after the computation date is not known yet: 30 days on the full amount.
    QTest::newRow("payment after the computation date ignored")
        << -1 << 276 << d("2025-09-30") << qint64(1500000)
        << QList<PartialPayment>{{d("2025-11-15"), 1500000}} << d("2025-10-30")
        << 30 << 1215 << 1 << qint64(14979) << qint64(4000) << QDate();
    QTest::newRow("not yet due") << -1 << 276 << d("2025-09-30") << qint64(1500000) << none << d("2025-09-15")
                                 << 0 << 0 << 0 << qint64(0) << qint64(0) << QDate();
    QTest::newRow("computed on the due date") << -1 << 276 << d("2025-09-30") << qint64(1500000) << none
                                              << d("2025-09-30") << 0 << 0 << 0 << qint64(0) << qint64(0) << QDate();
    // Rounding half away from zero: 1 000 × 1825 × 1 / 3 650 000 = 0.5 exactly → 1 cent; 999 → 0.4995 → 0.
    QTest::newRow("exact half cent rounds up") << 1825 << 276 << d("2025-09-30") << qint64(1000) << none
                                               << d("2025-10-01") << 1 << 1825 << 1 << qint64(1) << qint64(4000) << QDate();
    QTest::newRow("just below half a cent rounds down") << 1825 << 276 << d("2025-09-30") << qint64(999) << none
                                                        << d("2025-10-01") << 1 << 1825 << 1 << qint64(0) << qint64(4000)
                                                        << QDate();
    // A credit note is never late.
    QTest::newRow("credit note") << -1 << 276 << d("2025-09-30") << qint64(-50000) << none << d("2025-12-31")
                                 << 0 << 0 << 0 << qint64(0) << qint64(0) << QDate();
}

void TestPenaltyCalculator::compute()
{
    QFETCH(int, contractualBp);
    QFETCH(int, legalBp);
    QFETCH(QDate, due);
    QFETCH(qint64, amount);
    QFETCH(QList<PartialPayment>, payments);
    QFETCH(QDate, on);
    QFETCH(int, daysLate);
    QFETCH(int, rateBp);
    QFETCH(int, segments);
    QFETCH(qint64, penalty);
    QFETCH(qint64, indemnity);
    QFETCH(QDate, paidOn);

    PenaltySettings settings;
    if (contractualBp >= 0)
        settings.contractualRateBp = contractualBp;
    settings.legalInterestRateBp = legalBp;
    const PenaltyCalculator calculator(EcbRateTable::defaults(), settings);

    const PenaltyLine line = calculator.compute(PenaltyInput{QStringLiteral("F-1"), due, amount, payments, false}, on);
    QCOMPARE(line.number, QStringLiteral("F-1"));
    QVERIFY(!line.excluded);
    QCOMPARE(line.daysLate, daysLate);
    QCOMPARE(line.rateBp, rateBp);
    QCOMPARE(line.segments.size(), segments);
    QCOMPARE(line.penaltyCents, penalty);
    QCOMPARE(line.indemnityCents, indemnity);
    QCOMPARE(line.totalCents(), penalty + indemnity);
    QCOMPARE(line.paidOn, paidOn);
    QVERIFY(!line.explanation.isEmpty());

    // Segments are contiguous, start the day after the due date, and add up.
    qint64 sum = 0;
    int days = 0;
    QDate expectedFrom = due.addDays(1);
    for (const PenaltySegment &s : line.segments) {
        QCOMPARE(s.from, expectedFrom);
        QCOMPARE(s.days, int(s.from.daysTo(s.to)) + 1);
        expectedFrom = s.to.addDays(1);
        sum += s.penaltyCents;
        days += s.days;
    }
    QCOMPARE(sum, line.penaltyCents);
    if (!line.segments.isEmpty())
        QCOMPARE(days, daysLate);
}

void TestPenaltyCalculator::workedExampleExplanation()
{
    PenaltySettings settings;
    settings.contractualRateBp = 1500;
    const PenaltyCalculator calculator(EcbRateTable::defaults(), settings);
    const PenaltyLine line =
        calculator.compute(PenaltyInput{QStringLiteral("F-2025-101"), d("2025-09-30"), 1500000, {}, false}, d("2025-10-30"));
    QCOMPARE(line.penaltyCents, qint64(18493));
    QVERIFY(!line.floorApplied);
    QCOMPARE(line.explanation, eur("15 000,00") + QStringLiteral(" × 15,00\u00A0% × 30 / 365 = ") + eur("184,93"));
}

void TestPenaltyCalculator::halfYearBoundarySegments()
{
    const PenaltyCalculator calculator;
    const PenaltyLine line =
        calculator.compute(PenaltyInput{QStringLiteral("F-7"), d("2025-05-31"), 1000000, {}, false}, d("2025-07-31"));
    QCOMPARE(line.segments.size(), 2);
    const PenaltySegment &june = line.segments[0];
    const PenaltySegment &july = line.segments[1];
    QCOMPARE(june.from, d("2025-06-01"));
    QCOMPARE(june.to, d("2025-06-30"));
    QCOMPARE(june.days, 30);
    QCOMPARE(june.baseCents, qint64(1000000));
    QCOMPARE(june.rateBp, 1315);
    QCOMPARE(june.penaltyCents, qint64(10808));
    QCOMPARE(july.from, d("2025-07-01"));
    QCOMPARE(july.to, d("2025-07-31"));
    QCOMPARE(july.days, 31);
    QCOMPARE(july.rateBp, 1215);
    QCOMPARE(july.penaltyCents, qint64(10319));
    QCOMPARE(line.explanation,
             QStringLiteral("(") + eur("10 000,00") + QStringLiteral(" × 13,15\u00A0% × 30 / 365 = ") + eur("108,08")
                 + QStringLiteral(") + (") + eur("10 000,00") + QStringLiteral(" × 12,15\u00A0% × 31 / 365 = ")
                 + eur("103,19") + QStringLiteral(") = ") + eur("211,27"));
}

void TestPenaltyCalculator::partialPaymentSegments()
{
    const PenaltyCalculator calculator;
    const PenaltyLine line = calculator.compute(
        PenaltyInput{QStringLiteral("F-8"), d("2025-09-30"), 1500000, {{d("2025-10-10"), 500000}}, false},
        d("2025-10-30"));
    QCOMPARE(line.segments.size(), 2);
    // The payment day itself still bears interest on the full amount.
    QCOMPARE(line.segments[0].to, d("2025-10-10"));
    QCOMPARE(line.segments[0].baseCents, qint64(1500000));
    QCOMPARE(line.segments[0].penaltyCents, qint64(4993));
    QCOMPARE(line.segments[1].from, d("2025-10-11"));
    QCOMPARE(line.segments[1].baseCents, qint64(1000000));
    QCOMPARE(line.segments[1].days, 20);
    QCOMPARE(line.segments[1].penaltyCents, qint64(6658));
}

void TestPenaltyCalculator::floorExplanation()
{
    PenaltySettings settings;
    settings.contractualRateBp = 500;
    const PenaltyCalculator calculator(EcbRateTable::defaults(), settings);
    const PenaltyLine line =
        calculator.compute(PenaltyInput{QStringLiteral("F-9"), d("2025-09-30"), 1500000, {}, false}, d("2025-10-30"));
    QVERIFY(line.floorApplied);
    QCOMPARE(line.rateBp, 828);
    QVERIFY2(line.explanation.startsWith(eur("15 000,00") + QStringLiteral(" × 8,28\u00A0% × 30 / 365 = ") + eur("102,08")),
             qPrintable(line.explanation));
    QVERIFY2(line.explanation.contains(QStringLiteral("plancher")), qPrintable(line.explanation));
    QVERIFY(line.explanation.contains(QStringLiteral("5,00\u00A0%")));
}

void TestPenaltyCalculator::disputedExcluded()
{
    const PenaltyCalculator calculator;
    const PenaltyLine line =
        calculator.compute(PenaltyInput{QStringLiteral("F-10"), d("2025-01-31"), 1500000, {}, true}, d("2025-10-30"));
    QVERIFY(line.excluded);
    QCOMPARE(line.penaltyCents, qint64(0));
    QCOMPARE(line.indemnityCents, qint64(0));
    QVERIFY(line.segments.isEmpty());
    QVERIFY(line.explanation.contains(QStringLiteral("litige")));
}

void TestPenaltyCalculator::customTableAndSettings()
{
    // A user-edited table with a single 0.00 % rate and a 7-point margin and a 50 € indemnity.
    PenaltySettings settings;
    settings.marginBp = 700;
    settings.indemnityCents = 5000;
    const PenaltyCalculator calculator(EcbRateTable({{d("2020-01-01"), 0}}), settings);
    QCOMPARE(calculator.rateForDay(d("2025-10-01")), 700);
    // 1 500 000 × 700 × 30 / 3 650 000 = 8 630.14 → 8 630
    const PenaltyLine line =
        calculator.compute(PenaltyInput{QStringLiteral("F-11"), d("2025-09-30"), 1500000, {}, false}, d("2025-10-30"));
    QCOMPARE(line.penaltyCents, qint64(8630));
    QCOMPARE(line.indemnityCents, qint64(5000));
}

void TestPenaltyCalculator::totals()
{
    const PenaltyCalculator calculator;
    const QDate on = d("2025-10-30");
    const QList<PenaltyInput> inputs = {
        {QStringLiteral("late"), d("2025-09-30"), 1500000, {}, false},                         // 14 979 + 40 €
        {QStringLiteral("disputed"), d("2025-09-30"), 1500000, {}, true},                      // excluded
        {QStringLiteral("not due"), d("2025-11-30"), 1500000, {}, false},                      // nothing
        {QStringLiteral("paid late"), d("2025-09-30"), 1500000, {{d("2025-10-15"), 1500000}}, false}, // 7 490 + 40 €
        {QStringLiteral("paid on time"), d("2025-09-30"), 1500000, {{d("2025-09-29"), 1500000}}, false},
    };
    const PenaltyResult result = calculator.compute(inputs, on);
    QCOMPARE(result.computedOn, on);
    QCOMPARE(result.lines.size(), 5);
    QCOMPARE(result.lines[0].penaltyCents, qint64(14979));
    QVERIFY(result.lines[1].excluded);
    QCOMPARE(result.lines[2].totalCents(), qint64(0));
    QCOMPARE(result.lines[3].penaltyCents, qint64(7490));
    QCOMPARE(result.lines[4].totalCents(), qint64(0));
    QCOMPARE(result.totalPenaltyCents, qint64(14979 + 7490));
    QCOMPARE(result.totalIndemnityCents, qint64(2 * 4000)); // 40 € per invoice paid (or still unpaid) late
    QCOMPARE(result.totalCents(), qint64(14979 + 7490 + 8000));
}

QTEST_APPLESS_MAIN(TestPenaltyCalculator)
#include "tst_penaltycalculator.moc"
