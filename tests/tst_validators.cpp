// Tests for Validators: SIREN, SIRET, French VAT, IBAN, and the helpers used to build demo identifiers.

#include "Validators.h"

#include <QTest>

class TestValidators final : public QObject
{
    Q_OBJECT

private slots:
    void siren_data();
    void siren();
    void sirenMessage();
    void siret_data();
    void siret();
    void frenchVat_data();
    void frenchVat();
    void iban_data();
    void iban();
    void normalizeDigits_data();
    void normalizeDigits();
    void formatIban_data();
    void formatIban();
    void vatFromSiren_data();
    void vatFromSiren();
    void luhnCheckDigit_data();
    void luhnCheckDigit();
    void luhnCheckDigitRoundTrip();

private:
    static void addColumns();
    static void checkStatus(const Status &status);
};

// Every data table: the input, whether it is valid, and for invalid inputs a piece of the expected reason.
void TestValidators::addColumns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("reason");
}

void TestValidators::checkStatus(const Status &status)
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, reason);
    QCOMPARE(status.ok(), valid);
    QCOMPARE(bool(status), valid);
    if (valid) {
        QVERIFY(status.error().isEmpty());
        return;
    }
    QVERIFY2(status.error().contains(reason), qPrintable(status.error()));
    // The message quotes what the user typed, so that they can find it again (empty input has nothing to quote).
    if (!input.trimmed().isEmpty())
        QVERIFY2(status.error().contains(QStringLiteral("« %1 »").arg(input.trimmed())), qPrintable(status.error()));
}

void TestValidators::siren_data()
{
    addColumns();
    QTest::newRow("reference") << QStringLiteral("732829320") << true << QString();
    QTest::newRow("spaces") << QStringLiteral("732 829 320") << true << QString();
    QTest::newRow("nbsp") << QStringLiteral("732\u00A0829\u00A0320") << true << QString();
    QTest::newRow("narrow nbsp") << QStringLiteral("732\u202F829\u202F320") << true << QString();
    QTest::newRow("dots") << QStringLiteral("732.829.320") << true << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral("  732829320 ") << true << QString();
    QTest::newRow("peugeot") << QStringLiteral("552100554") << true << QString();
    QTest::newRow("total") << QStringLiteral("542051180") << true << QString();
    QTest::newRow("la poste") << QStringLiteral("356000000") << true << QString();

    QTest::newRow("wrong key") << QStringLiteral("732829321") << false << QStringLiteral("Luhn");
    QTest::newRow("swapped digits") << QStringLiteral("732829302") << false << QStringLiteral("Luhn");
    QTest::newRow("one digit changed") << QStringLiteral("732829330") << false << QStringLiteral("Luhn");
    QTest::newRow("8 digits") << QStringLiteral("73282932") << false << QStringLiteral("il faut 9 chiffres, il y en a 8");
    QTest::newRow("10 digits") << QStringLiteral("7328293200") << false << QStringLiteral("il y en a 10");
    QTest::newRow("siret given") << QStringLiteral("73282932000074") << false << QStringLiteral("il y en a 14");
    QTest::newRow("letter") << QStringLiteral("73282932A") << false << QStringLiteral("« A » n'est pas un chiffre");
    QTest::newRow("letters") << QStringLiteral("abcdefghi") << false << QStringLiteral("« a »");
    QTest::newRow("hyphens") << QStringLiteral("732-829-320") << false << QStringLiteral("« - »");
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0667\u0663\u0662\u0668\u0662\u0669\u0663\u0662\u0660") << false
                                         << QStringLiteral("n'est pas un chiffre");
    QTest::newRow("empty") << QString() << false << QStringLiteral("vide");
    QTest::newRow("blank") << QStringLiteral("   ") << false << QStringLiteral("vide");
}

void TestValidators::siren()
{
    QFETCH(QString, input);
    checkStatus(Validators::siren(input));
}

void TestValidators::sirenMessage()
{
    const Status status = Validators::siren(u"732829321");
    QVERIFY(!status);
    QCOMPARE(status.error(), QStringLiteral("« 732829321 » n'est pas un SIREN valide : la clé de contrôle (Luhn) est fausse"));
}

void TestValidators::siret_data()
{
    addColumns();
    QTest::newRow("reference") << QStringLiteral("73282932000074") << true << QString();
    QTest::newRow("grouped") << QStringLiteral("732 829 320 00074") << true << QString();
    QTest::newRow("nbsp") << QStringLiteral("732\u00A0829\u00A0320\u00A000074") << true << QString();
    // La Poste's head office passes Luhn (its digit sum, 26, is not a multiple of 5).
    QTest::newRow("la poste head office") << QStringLiteral("35600000000048") << true << QString();
    // La Poste establishments fail Luhn; their digit sum is a multiple of 5 (45, 35).
    QTest::newRow("la poste sum 45") << QStringLiteral("35600000049837") << true << QString();
    QTest::newRow("la poste sum 35") << QStringLiteral("356 000 000 19920") << true << QString();

    QTest::newRow("wrong key") << QStringLiteral("73282932000075") << false << QStringLiteral("Luhn");
    // Digit sum 50: the La Poste rule must not rescue other companies.
    QTest::newRow("sum rule outside la poste") << QStringLiteral("73282932000077") << false << QStringLiteral("Luhn");
    QTest::newRow("la poste sum 46") << QStringLiteral("35600000049838") << false << QStringLiteral("multiple de 5, elle vaut 46");
    QTest::newRow("la poste sum 29") << QStringLiteral("35600000012345") << false << QStringLiteral("elle vaut 29");
    // Passes Luhn over 14 digits, but its SIREN 732829321 does not.
    QTest::newRow("bad embedded siren") << QStringLiteral("73282932100007") << false << QStringLiteral("SIREN qu'il contient (732829321)");
    QTest::newRow("13 digits") << QStringLiteral("7328293200007") << false << QStringLiteral("il faut 14 chiffres, il y en a 13");
    QTest::newRow("15 digits") << QStringLiteral("732829320000740") << false << QStringLiteral("il y en a 15");
    QTest::newRow("siren given") << QStringLiteral("732829320") << false << QStringLiteral("il y en a 9");
    QTest::newRow("letter") << QStringLiteral("7328293200007A") << false << QStringLiteral("« A »");
    QTest::newRow("empty") << QString() << false << QStringLiteral("vide");
}

void TestValidators::siret()
{
    QFETCH(QString, input);
    checkStatus(Validators::siret(input));
}

void TestValidators::frenchVat_data()
{
    addColumns();
    QTest::newRow("reference") << QStringLiteral("FR44732829320") << true << QString();
    QTest::newRow("lower case") << QStringLiteral("fr44732829320") << true << QString();
    QTest::newRow("grouped") << QStringLiteral("FR 44 732 829 320") << true << QString();
    QTest::newRow("nbsp") << QStringLiteral("FR44\u00A0732\u00A0829\u00A0320") << true << QString();
    QTest::newRow("total") << QStringLiteral("FR59542051180") << true << QString();
    QTest::newRow("la poste") << QStringLiteral("FR39356000000") << true << QString();
    QTest::newRow("key below 10") << QStringLiteral("FR03100000207") << true << QString();

    QTest::newRow("wrong key") << QStringLiteral("FR45732829320") << false << QStringLiteral("clé attendue : 44");
    QTest::newRow("key 3 for 03") << QStringLiteral("FR30100000207") << false << QStringLiteral("clé attendue : 03");
    QTest::newRow("siren fails luhn") << QStringLiteral("FR44732829321") << false << QStringLiteral("Luhn");
    QTest::newRow("other country") << QStringLiteral("DE44732829320") << false << QStringLiteral("commencer par FR");
    QTest::newRow("no prefix") << QStringLiteral("44732829320") << false << QStringLiteral("commencer par FR");
    QTest::newRow("too short") << QStringLiteral("FR4473282932") << false << QStringLiteral("il y en a 10");
    QTest::newRow("too long") << QStringLiteral("FR447328293200") << false << QStringLiteral("il y en a 12");
    QTest::newRow("old alphanumeric key") << QStringLiteral("FRA1732829320") << false << QStringLiteral("alphanumérique");
    QTest::newRow("letters in siren") << QStringLiteral("FR44ABC829320") << false << QStringLiteral("« A »");
    QTest::newRow("empty") << QString() << false << QStringLiteral("vide");
}

void TestValidators::frenchVat()
{
    QFETCH(QString, input);
    checkStatus(Validators::frenchVat(input));
}

void TestValidators::iban_data()
{
    addColumns();
    QTest::newRow("reference") << QStringLiteral("FR7630006000011234567890189") << true << QString();
    QTest::newRow("print form") << QStringLiteral("FR76 3000 6000 0112 3456 7890 189") << true << QString();
    QTest::newRow("lower case") << QStringLiteral("fr76 3000 6000 0112 3456 7890 189") << true << QString();
    QTest::newRow("nbsp") << QStringLiteral("FR76\u00A03000\u00A06000\u00A00112\u00A03456\u00A07890\u00A0189") << true << QString();
    QTest::newRow("FR with letter in BBAN") << QStringLiteral("FR1420041010050500013M02606") << true << QString();
    QTest::newRow("DE") << QStringLiteral("DE89370400440532013000") << true << QString();
    QTest::newRow("GB") << QStringLiteral("GB29NWBK60161331926819") << true << QString();
    QTest::newRow("GB 2") << QStringLiteral("GB82 WEST 1234 5698 7654 32") << true << QString();
    QTest::newRow("BE") << QStringLiteral("BE68539007547034") << true << QString();
    QTest::newRow("CH") << QStringLiteral("CH9300762011623852957") << true << QString();
    QTest::newRow("NL") << QStringLiteral("NL91ABNA0417164300") << true << QString();
    QTest::newRow("ES") << QStringLiteral("ES9121000418450200051332") << true << QString();
    QTest::newRow("IT") << QStringLiteral("IT60X0542811101000000123456") << true << QString();
    QTest::newRow("LU") << QStringLiteral("LU280019400644750000") << true << QString();
    QTest::newRow("PT") << QStringLiteral("PT50000201231234567890154") << true << QString();
    QTest::newRow("MC") << QStringLiteral("MC5811222000010123456789030") << true << QString();
    QTest::newRow("NO, shortest") << QStringLiteral("NO9386011117947") << true << QString();
    QTest::newRow("SA, not in table") << QStringLiteral("SA0380000000608010167519") << true << QString();
    QTest::newRow("BR, not in table") << QStringLiteral("BR1800360305000010009795493C1") << true << QString();

    QTest::newRow("last digit wrong") << QStringLiteral("FR7630006000011234567890188") << false << QStringLiteral("clé de contrôle est fausse");
    QTest::newRow("check digits wrong") << QStringLiteral("FR7730006000011234567890189") << false << QStringLiteral("clé de contrôle est fausse");
    QTest::newRow("digits swapped") << QStringLiteral("FR7630006000011234567890198") << false << QStringLiteral("clé de contrôle est fausse");
    QTest::newRow("GB wrong") << QStringLiteral("GB29NWBK60161331926818") << false << QStringLiteral("clé de contrôle est fausse");
    QTest::newRow("FR too short") << QStringLiteral("FR763000600001123456789018") << false << QStringLiteral("un IBAN FR compte 27 caractères, celui-ci en a 26");
    QTest::newRow("FR too long") << QStringLiteral("FR76300060000112345678901890") << false << QStringLiteral("en a 28");
    QTest::newRow("DE too short") << QStringLiteral("DE8937040044053201300") << false << QStringLiteral("un IBAN DE compte 22 caractères");
    QTest::newRow("BE with FR length") << QStringLiteral("BE68539007547034000000000") << false << QStringLiteral("un IBAN BE compte 16");
    QTest::newRow("unknown too short") << QStringLiteral("XX1234567") << false << QStringLiteral("de 15 à 34");
    QTest::newRow("unknown too long") << QStringLiteral("XX12345678901234567890123456789012345") << false << QStringLiteral("de 15 à 34");
    QTest::newRow("no country") << QStringLiteral("7630006000011234567890189") << false << QStringLiteral("code du pays");
    QTest::newRow("letters as check") << QStringLiteral("FRAB30006000011234567890189") << false << QStringLiteral("deux chiffres");
    QTest::newRow("check 00") << QStringLiteral("FR0030006000011234567890189") << false << QStringLiteral("la clé 00 n'existe pas");
    QTest::newRow("punctuation") << QStringLiteral("FR76*3000600001123456789018") << false << QStringLiteral("« * »");
    QTest::newRow("country only") << QStringLiteral("FR") << false << QStringLiteral("celui-ci en a 2");
    QTest::newRow("empty") << QString() << false << QStringLiteral("vide");
}

void TestValidators::iban()
{
    QFETCH(QString, input);
    checkStatus(Validators::iban(input));
}

void TestValidators::normalizeDigits_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << QStringLiteral("732829320") << QStringLiteral("732829320");
    QTest::newRow("spaces") << QStringLiteral(" 732 829 320 ") << QStringLiteral("732829320");
    QTest::newRow("nbsp") << QStringLiteral("732\u00A0829\u00A0320") << QStringLiteral("732829320");
    QTest::newRow("narrow nbsp") << QStringLiteral("732\u202F829\u202F320") << QStringLiteral("732829320");
    QTest::newRow("dots") << QStringLiteral("732.829.320") << QStringLiteral("732829320");
    QTest::newRow("tab") << QStringLiteral("732\t829") << QStringLiteral("732829");
    QTest::newRow("other characters kept") << QStringLiteral("73-28 A") << QStringLiteral("73-28A");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::normalizeDigits()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Validators::normalizeDigits(input), expected);
}

void TestValidators::formatIban_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("FR") << QStringLiteral("FR7630006000011234567890189") << QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    QTest::newRow("already formatted") << QStringLiteral("FR76 3000 6000 0112 3456 7890 189")
                                       << QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    QTest::newRow("lower case, odd spacing") << QStringLiteral(" fr763 00060000112 3456789 0189")
                                             << QStringLiteral("FR76 3000 6000 0112 3456 7890 189");
    QTest::newRow("BE, multiple of 4") << QStringLiteral("BE68539007547034") << QStringLiteral("BE68 5390 0754 7034");
    QTest::newRow("short") << QStringLiteral("FR76") << QStringLiteral("FR76");
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::formatIban()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QString formatted = Validators::formatIban(input);
    QCOMPARE(formatted, expected);
    if (Validators::iban(input))
        QVERIFY(Validators::iban(formatted).ok());
}

void TestValidators::vatFromSiren_data()
{
    QTest::addColumn<QString>("siren");
    QTest::addColumn<QString>("expected");
    QTest::newRow("reference") << QStringLiteral("732829320") << QStringLiteral("FR44732829320");
    QTest::newRow("spaces") << QStringLiteral("732 829 320") << QStringLiteral("FR44732829320");
    QTest::newRow("total") << QStringLiteral("542051180") << QStringLiteral("FR59542051180");
    QTest::newRow("la poste") << QStringLiteral("356000000") << QStringLiteral("FR39356000000");
    QTest::newRow("key padded to 2 digits") << QStringLiteral("100000207") << QStringLiteral("FR03100000207");
    QTest::newRow("8 digits") << QStringLiteral("73282932") << QString();
    QTest::newRow("letters") << QStringLiteral("73282932A") << QString();
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::vatFromSiren()
{
    QFETCH(QString, siren);
    QFETCH(QString, expected);
    const QString vat = Validators::vatFromSiren(siren);
    QCOMPARE(vat, expected);
    if (!vat.isEmpty())
        QVERIFY2(Validators::frenchVat(vat).ok(), qPrintable(Validators::frenchVat(vat).error()));
}

void TestValidators::luhnCheckDigit_data()
{
    QTest::addColumn<QString>("digits");
    QTest::addColumn<int>("expected");
    QTest::newRow("siren reference") << QStringLiteral("73282932") << 0;
    QTest::newRow("siren peugeot") << QStringLiteral("55210055") << 4;
    QTest::newRow("siren total") << QStringLiteral("54205118") << 0;
    QTest::newRow("siret reference") << QStringLiteral("7328293200007") << 4;
    QTest::newRow("la poste head office") << QStringLiteral("3560000000004") << 8;
    QTest::newRow("single digit") << QStringLiteral("7") << 5; // 7 → 14 → 5; 5 + 5 = 10
    QTest::newRow("zeros") << QStringLiteral("00000000") << 0;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("letter") << QStringLiteral("7328293A") << -1;
    QTest::newRow("space") << QStringLiteral("7328 2932") << -1;
}

void TestValidators::luhnCheckDigit()
{
    QFETCH(QString, digits);
    QFETCH(int, expected);
    QCOMPARE(Validators::luhnCheckDigit(digits), expected);
}

// The documented demo-data recipe: 8 digits + luhnCheckDigit is a valid SIREN, every other last digit is not;
// its SIRET (SIREN + 4 NIC digits + check digit) and its VAT number are valid too.
void TestValidators::luhnCheckDigitRoundTrip()
{
    quint32 seed = 12345;
    for (int n = 0; n < 500; ++n) {
        seed = seed * 1103515245u + 12345u; // fixed sequence: failures reproduce
        const QString base = QStringLiteral("%1").arg(10000000 + seed % 90000000);
        QCOMPARE(base.size(), 8);
        const int check = Validators::luhnCheckDigit(base);
        QVERIFY(check >= 0 && check <= 9);
        for (int d = 0; d <= 9; ++d) {
            const QString candidate = base + QChar(u'0' + d);
            QCOMPARE(Validators::siren(candidate).ok(), d == check);
        }
        const QString siren = base + QChar(u'0' + check);
        const QString nicBase = siren + QStringLiteral("%1").arg(n % 10000, 4, 10, QChar(u'0'));
        const QString siret = nicBase + QChar(u'0' + Validators::luhnCheckDigit(nicBase));
        QVERIFY2(Validators::siret(siret).ok(), qPrintable(siret));
        QVERIFY2(Validators::frenchVat(Validators::vatFromSiren(siren)).ok(), qPrintable(siren));
    }
}

QTEST_APPLESS_MAIN(TestValidators)
#include "tst_validators.moc"
