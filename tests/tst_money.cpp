// Tests for Money: parsing of French and exported amounts, formatting, rounding and arithmetic.

#include "Money.h"

#include <QTest>

class TestMoney final : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseInvalid_data();
    void parseInvalid();
    void parseKeepsCurrency();
    void toFrench_data();
    void toFrench();
    void toPlain_data();
    void toPlain();
    void roundTrip_data();
    void roundTrip();
    void symbol();
    void roundDiv_data();
    void roundDiv();
    void mulDiv_data();
    void mulDiv();
    void penaltyWorkedExample();
    void arithmetic();
    void comparison();
    void construction();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("cents");

    QTest::newRow("french grouping") << QStringLiteral("1 234,56") << qint64(123456);
    QTest::newRow("plain dot") << QStringLiteral("1234.56") << qint64(123456);
    QTest::newRow("plain comma") << QStringLiteral("1234,56") << qint64(123456);
    QTest::newRow("FEC zero padded negative") << QStringLiteral("-0000000074,70") << qint64(-7470);
    QTest::newRow("FEC zero padded") << QStringLiteral("0000000069,60") << qint64(6960);
    // Zero padding beyond 15 digits is still a small amount (leading zeros are not magnitude).
    QTest::newRow("long zero padding") << QStringLiteral("0000000000000000074,70") << qint64(7470);
    QTest::newRow("dot thousands, comma decimal") << QStringLiteral("1.234,56") << qint64(123456);
    QTest::newRow("comma thousands, dot decimal") << QStringLiteral("1,234.56") << qint64(123456);
    QTest::newRow("millions dots") << QStringLiteral("1.234.567,89") << qint64(123456789);
    QTest::newRow("millions commas") << QStringLiteral("1,234,567.89") << qint64(123456789);
    QTest::newRow("dots only, thousands") << QStringLiteral("1.234.567") << qint64(123456700);
    QTest::newRow("commas only, thousands") << QStringLiteral("1,234,567") << qint64(123456700);
    QTest::newRow("single separator is decimal") << QStringLiteral("1,5") << qint64(150);
    QTest::newRow("single dot is decimal") << QStringLiteral("1.5") << qint64(150);
    QTest::newRow("one decimal and euro") << QStringLiteral("12,5 €") << qint64(1250);
    QTest::newRow("euro glued") << QStringLiteral("12,50€") << qint64(1250);
    QTest::newRow("euro first") << QStringLiteral("€ 12,50") << qint64(1250);
    QTest::newRow("EUR code") << QStringLiteral("12,50 EUR") << qint64(1250);
    QTest::newRow("accounting parentheses") << QStringLiteral("(12,00)") << qint64(-1200);
    QTest::newRow("trailing minus") << QStringLiteral("12,00-") << qint64(-1200);
    QTest::newRow("minus and euro") << QStringLiteral("-12,00 €") << qint64(-1200);
    QTest::newRow("plus sign") << QStringLiteral("+12") << qint64(1200);
    QTest::newRow("integer") << QStringLiteral("12") << qint64(1200);
    QTest::newRow("zero") << QStringLiteral("0") << qint64(0);
    QTest::newRow("negative zero") << QStringLiteral("-0,00") << qint64(0);
    QTest::newRow("no integer part") << QStringLiteral(",5") << qint64(50);
    QTest::newRow("surrounding spaces") << QStringLiteral("  42,00  ") << qint64(4200);
    QTest::newRow("swiss apostrophe") << QStringLiteral("1'234.50") << qint64(123450);
    QTest::newRow("space thousands") << QStringLiteral("1 234 567") << qint64(123456700);
    QTest::newRow("narrow nbsp thousands")
        << QStringLiteral("1\u202F234\u202F567,89") << qint64(123456789);
    QTest::newRow("nbsp thousands") << QStringLiteral("1\u00A0234,56") << qint64(123456);
    QTest::newRow("toFrench output")
        << QStringLiteral("1\u202F234,56\u00A0€") << qint64(123456);
    // Extra decimals round half away from zero, exactly (no binary floating point: 2,675 is not 2.67499…).
    QTest::newRow("half a cent up") << QStringLiteral("0,005") << qint64(1);
    QTest::newRow("half a cent down") << QStringLiteral("-0,005") << qint64(-1);
    QTest::newRow("just under half a cent") << QStringLiteral("0,0049") << qint64(0);
    QTest::newRow("just under, negative") << QStringLiteral("-0,0049") << qint64(0);
    QTest::newRow("2,675") << QStringLiteral("2,675") << qint64(268);
    QTest::newRow("1,994") << QStringLiteral("1,994") << qint64(199);
    QTest::newRow("1,995") << QStringLiteral("1,995") << qint64(200);
    QTest::newRow("9,999 carries") << QStringLiteral("9,999") << qint64(1000);
    QTest::newRow("many decimals") << QStringLiteral("0,00499999999999") << qint64(0);
    QTest::newRow("4 decimals, grouped") << QStringLiteral("1.234,5678") << qint64(123457);
    QTest::newRow("15 integer digits") << QStringLiteral("999999999999999,99") << qint64(99999999999999999);
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, cents);
    QString error;
    const std::optional<qint64> parsed = Money::parseCents(text, &error);
    QVERIFY2(parsed.has_value(), qPrintable(error));
    QCOMPARE(*parsed, cents);
    QVERIFY(error.isEmpty());

    const std::optional<Money> money = Money::parse(text);
    QVERIFY(money.has_value());
    QCOMPARE(money->cents(), cents);
    QCOMPARE(money->currency(), QStringLiteral("EUR"));
}

void TestMoney::parseInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    QTest::newRow("letters") << QStringLiteral("abc") << QStringLiteral("caractère « a » inattendu");
    QTest::newRow("empty") << QString() << QStringLiteral("vide");
    QTest::newRow("blank") << QStringLiteral("   ") << QStringLiteral("vide");
    QTest::newRow("euro alone") << QStringLiteral("€") << QStringLiteral("vide");
    QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("vide");
    QTest::newRow("empty parentheses") << QStringLiteral("()") << QStringLiteral("vide");
    QTest::newRow("separator alone") << QStringLiteral(",") << QStringLiteral("aucun chiffre");
    // Both kinds of mark used for thousands: garbage, not 1 234,50.
    QTest::newRow("mixed separators") << QStringLiteral("1,2,3.4.5") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("decimal mark repeated") << QStringLiteral("1.234,56.78") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("comma after dot decimal") << QStringLiteral("1.5,234") << QStringLiteral("séparateurs incohérents");
    // Thousands groups have exactly 3 digits: a date or a version number is not an amount.
    QTest::newRow("date") << QStringLiteral("01.02.2024") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("short groups") << QStringLiteral("1.2.3") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("short group before decimal") << QStringLiteral("12,34.5") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("long group") << QStringLiteral("1,2345,678") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("double comma") << QStringLiteral("1,,234") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("double dot") << QStringLiteral("12..5") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("leading thousands separator") << QStringLiteral(".123,45") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("trailing thousands separator") << QStringLiteral("1,234,") << QStringLiteral("séparateurs incohérents");
    QTest::newRow("exponent") << QStringLiteral("1e5") << QStringLiteral("« e »");
    QTest::newRow("hex") << QStringLiteral("0x10") << QStringLiteral("« x »");
    QTest::newRow("double minus") << QStringLiteral("--12") << QStringLiteral("« - »");
    QTest::newRow("minus in the middle") << QStringLiteral("12-34") << QStringLiteral("« - »");
    QTest::newRow("other currency symbol") << QStringLiteral("12 $") << QStringLiteral("« $ »");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0662") << QStringLiteral("inattendu");
    QTest::newRow("16 significant digits") << QStringLiteral("1000000000000000") << QStringLiteral("trop grand");
}

void TestMoney::parseInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    QString error;
    QVERIFY(!Money::parseCents(text, &error).has_value());
    QVERIFY2(error.contains(reason), qPrintable(error));
    // The message quotes the input as given, so the user can find it in the file.
    QVERIFY2(error.contains(QStringLiteral("« %1 »").arg(text)), qPrintable(error));
    QVERIFY(!Money::parse(text).has_value());
    // The error pointer is optional.
    QVERIFY(!Money::parseCents(text).has_value());
}

void TestMoney::parseKeepsCurrency()
{
    const std::optional<Money> usd = Money::parse(u"12,00", u"USD");
    QVERIFY(usd.has_value());
    QCOMPARE(usd->cents(), qint64(1200));
    QCOMPARE(usd->currency(), QStringLiteral("USD"));
}

void TestMoney::toFrench_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("withSymbol");
    QTest::addColumn<QString>("expected");

    // U+202F (narrow no-break space) between thousands, U+00A0 (no-break space) before the symbol.
    QTest::newRow("thousands") << qint64(123456) << QStringLiteral("EUR") << true << QStringLiteral("1\u202F234,56\u00A0€");
    QTest::newRow("millions") << qint64(123456789) << QStringLiteral("EUR") << true
                              << QStringLiteral("1\u202F234\u202F567,89\u00A0€");
    QTest::newRow("exact million") << qint64(100000000) << QStringLiteral("EUR") << true
                                   << QStringLiteral("1\u202F000\u202F000,00\u00A0€");
    QTest::newRow("no grouping under 1000") << qint64(99999) << QStringLiteral("EUR") << true << QStringLiteral("999,99\u00A0€");
    QTest::newRow("exactly 1000") << qint64(100000) << QStringLiteral("EUR") << true << QStringLiteral("1\u202F000,00\u00A0€");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("EUR") << true << QStringLiteral("0,00\u00A0€");
    QTest::newRow("five cents") << qint64(5) << QStringLiteral("EUR") << true << QStringLiteral("0,05\u00A0€");
    QTest::newRow("ten cents") << qint64(10) << QStringLiteral("EUR") << true << QStringLiteral("0,10\u00A0€");
    QTest::newRow("negative") << qint64(-7470) << QStringLiteral("EUR") << true << QStringLiteral("-74,70\u00A0€");
    QTest::newRow("negative cents") << qint64(-5) << QStringLiteral("EUR") << true << QStringLiteral("-0,05\u00A0€");
    QTest::newRow("negative thousands") << qint64(-123456) << QStringLiteral("EUR") << true
                                        << QStringLiteral("-1\u202F234,56\u00A0€");
    QTest::newRow("without symbol") << qint64(123456) << QStringLiteral("EUR") << false << QStringLiteral("1\u202F234,56");
    QTest::newRow("other currency") << qint64(1200) << QStringLiteral("USD") << true << QStringLiteral("12,00\u00A0USD");
}

void TestMoney::toFrench()
{
    QFETCH(qint64, cents);
    QFETCH(QString, currency);
    QFETCH(bool, withSymbol);
    QFETCH(QString, expected);
    const Money money(cents, currency);
    QCOMPARE(money.toFrench(withSymbol), expected);
    if (!withSymbol)
        QCOMPARE(centsToFrench(cents), expected);
}

void TestMoney::toPlain_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<QString>("expected");
    QTest::newRow("negative") << qint64(-7470) << QStringLiteral("-74.70");
    QTest::newRow("five cents") << qint64(5) << QStringLiteral("0.05");
    QTest::newRow("negative five cents") << qint64(-5) << QStringLiteral("-0.05");
    QTest::newRow("no grouping") << qint64(123456) << QStringLiteral("1234.56");
    QTest::newRow("million") << qint64(100000000) << QStringLiteral("1000000.00");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("0.00");
    QTest::newRow("whole euros") << qint64(1200) << QStringLiteral("12.00");
}

void TestMoney::toPlain()
{
    QFETCH(qint64, cents);
    QFETCH(QString, expected);
    QCOMPARE(Money(cents).toPlain(), expected);
    QCOMPARE(centsToPlain(cents), expected);
}

void TestMoney::roundTrip_data()
{
    QTest::addColumn<qint64>("cents");
    for (qint64 cents : {qint64(0), qint64(1), qint64(-1), qint64(99), qint64(100), qint64(-7470), qint64(123456),
                         qint64(100000), qint64(-123456789), qint64(99999999999999999)})
        QTest::addRow("%lld", static_cast<long long>(cents)) << cents;
}

// What we print, we read back: the formats written by toPlain() and toFrench() are accepted by parse().
void TestMoney::roundTrip()
{
    QFETCH(qint64, cents);
    const Money money(cents);
    QCOMPARE(Money::parse(money.toPlain()), std::optional<Money>(money));
    QCOMPARE(Money::parse(money.toFrench()), std::optional<Money>(money));
    QCOMPARE(Money::parse(money.toFrench(false)), std::optional<Money>(money));
}

void TestMoney::symbol()
{
    QCOMPARE(Money::symbol(u"EUR"), QStringLiteral("€"));
    QCOMPARE(Money::symbol(u"USD"), QStringLiteral("USD"));
    QCOMPARE(Money::symbol(u"CHF"), QStringLiteral("CHF"));
}

void TestMoney::roundDiv_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("exact") << qint64(10) << qint64(5) << qint64(2);
    QTest::newRow("3.5 up") << qint64(7) << qint64(2) << qint64(4);
    QTest::newRow("-3.5 away from zero") << qint64(-7) << qint64(2) << qint64(-4);
    QTest::newRow("negative denominator") << qint64(7) << qint64(-2) << qint64(-4);
    QTest::newRow("both negative") << qint64(-7) << qint64(-2) << qint64(4);
    QTest::newRow("1.5 up") << qint64(6) << qint64(4) << qint64(2);
    QTest::newRow("1.25 down") << qint64(5) << qint64(4) << qint64(1);
    QTest::newRow("1.75 up") << qint64(7) << qint64(4) << qint64(2);
    QTest::newRow("-1.25") << qint64(-5) << qint64(4) << qint64(-1);
    QTest::newRow("-1.75") << qint64(-7) << qint64(4) << qint64(-2);
    QTest::newRow("one third") << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("minus two thirds") << qint64(-2) << qint64(3) << qint64(-1);
    QTest::newRow("zero") << qint64(0) << qint64(7) << qint64(0);
}

void TestMoney::roundDiv()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    QCOMPARE(Money::roundDiv(numerator, denominator), expected);
}

void TestMoney::mulDiv_data()
{
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");
    // Late-payment penalty: amount × rate (basis points) × days / (10 000 × 365).
    QTest::newRow("penalty 15%, 30 days") << qint64(1500000) << qint64(1500 * 30) << qint64(10000 * 365) << qint64(18493);
    QTest::newRow("penalty on a credit note") << qint64(-1500000) << qint64(1500 * 30) << qint64(10000 * 365) << qint64(-18493);
    QTest::newRow("VAT 20 %") << qint64(1999) << qint64(20) << qint64(100) << qint64(400); // 399.8
    QTest::newRow("one third") << qint64(1000) << qint64(1) << qint64(3) << qint64(333);
    QTest::newRow("two thirds") << qint64(2000) << qint64(1) << qint64(3) << qint64(667);
    QTest::newRow("half a cent") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("minus half a cent") << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
    QTest::newRow("2.5 cents") << qint64(5) << qint64(1) << qint64(2) << qint64(3);
    QTest::newRow("-2.5 cents") << qint64(-5) << qint64(1) << qint64(2) << qint64(-3);
    QTest::newRow("negative factor") << qint64(5) << qint64(-1) << qint64(2) << qint64(-3);
    QTest::newRow("identity") << qint64(123456) << qint64(1) << qint64(1) << qint64(123456);
    // The product does not fit in 64 bits; the 128-bit intermediate keeps it exact.
    QTest::newRow("no overflow") << qint64(900000000000000000) << qint64(1000000) << qint64(1000000) << qint64(900000000000000000);
    QTest::newRow("large penalty") << qint64(99999999999999) << qint64(1500 * 365) << qint64(10000 * 365) << qint64(15000000000000);
}

void TestMoney::mulDiv()
{
    QFETCH(qint64, cents);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);
    const Money result = Money(cents, u"USD").mulDiv(numerator, denominator);
    QCOMPARE(result.cents(), expected);
    QCOMPARE(result.currency(), QStringLiteral("USD"));
}

// DOMAIN worked example: 15 000,00 € at 15 % (1 500 bp) for 30 days = 184,93 €.
void TestMoney::penaltyWorkedExample()
{
    const Money principal = *Money::parse(u"15 000,00 €");
    const Money penalty = principal.mulDiv(1500 * 30, 10000 * 365);
    QCOMPARE(penalty.cents(), qint64(18493));
    QCOMPARE(penalty.toPlain(), QStringLiteral("184.93"));
    QCOMPARE(penalty.toFrench(), QStringLiteral("184,93\u00A0€"));
}

void TestMoney::arithmetic()
{
    const Money a(123456);
    const Money b(7470);
    QCOMPARE((a + b).cents(), qint64(130926));
    QCOMPARE((a - b).cents(), qint64(115986));
    QCOMPARE((b - a).cents(), qint64(-115986));
    QVERIFY((b - a).isNegative());
    QCOMPARE((-a).cents(), qint64(-123456));
    QCOMPARE((-(-a)), a);
    QVERIFY((a - a).isZero());
    QVERIFY(!(a - a).isNegative());

    Money total;
    total += a;
    total += b;
    QCOMPARE(total.cents(), qint64(130926));
    total -= a;
    QCOMPARE(total, b);
    total -= b;
    total -= b;
    QCOMPARE(total.cents(), qint64(-7470));

    // Results keep the currency of the left operand.
    const Money usd(1000, u"USD");
    QCOMPARE((usd + Money(500, u"USD")).currency(), QStringLiteral("USD"));
    QCOMPARE((usd - Money(500, u"USD")).currency(), QStringLiteral("USD"));
    QCOMPARE((-usd).currency(), QStringLiteral("USD"));
}

void TestMoney::comparison()
{
    QVERIFY(Money(100) == Money(100));
    QVERIFY(Money(100) != Money(101));
    QVERIFY(Money(-1) < Money(0));
    QVERIFY(Money(0) < Money(1));
    QVERIFY(Money(200) > Money(199));
    QVERIFY(Money(5) <= Money(5));
    QVERIFY(Money(5) >= Money(5));
    // Equality includes the currency: 1 € is not 1 $.
    QVERIFY(Money(100, u"EUR") != Money(100, u"USD"));
}

void TestMoney::construction()
{
    const Money zero;
    QCOMPARE(zero.cents(), qint64(0));
    QVERIFY(zero.isZero());
    QCOMPARE(zero.currency(), QStringLiteral("EUR"));
    QCOMPARE(Money::fromCents(4200), Money(4200));
    QCOMPARE(Money::fromCents(4200, u"GBP").currency(), QStringLiteral("GBP"));
    QVERIFY(Money(-1).isNegative());
    QVERIFY(!Money(1).isNegative());
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
