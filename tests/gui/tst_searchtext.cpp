// SearchText: folding for accent- and case-insensitive search, and natural sort keys.

#include "SearchText.h"

#include <QTest>

class TestSearchText final : public QObject
{
    Q_OBJECT

private slots:
    void fold_data();
    void fold();
    void sortKeyOrdersNumbersNaturally();
    void termsSplitOnAnySpace();
};

void TestSearchText::fold_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");
    QTest::newRow("ascii") << QStringLiteral("FA-1042 Dupont") << QStringLiteral("fa-1042 dupont");
    QTest::newRow("grave") << QStringLiteral("Garage Lefèvre") << QStringLiteral("garage lefevre");
    QTest::newRow("capital acute") << QStringLiteral("ÉLECTRICITÉ") << QStringLiteral("electricite");
    QTest::newRow("cedilla") << QStringLiteral("Façades Besançon") << QStringLiteral("facades besancon");
    QTest::newRow("diaeresis") << QStringLiteral("Noël Haÿ-les-Roses") << QStringLiteral("noel hay-les-roses");
    QTest::newRow("ligatures") << QStringLiteral("Œuvres du Cœur, Lætitia") << QStringLiteral("oeuvres du coeur, laetitia");
    QTest::newRow("apostrophe") << QStringLiteral("L’Atelier d’Émile") << QStringLiteral("l'atelier d'emile");
    QTest::newRow("french amount") << QStringLiteral("1\u202F234,56\u00A0€") << QStringLiteral("1 234,56 €");
    QTest::newRow("en dash") << QStringLiteral("Saint–Étienne") << QStringLiteral("saint-etienne");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a b");
    QTest::newRow("empty") << QString() << QString();
}

void TestSearchText::fold()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(SearchText::fold(text), folded);
}

void TestSearchText::sortKeyOrdersNumbersNaturally()
{
    QVERIFY(SearchText::sortKey(u"FA-999") < SearchText::sortKey(u"FA-1042"));
    QVERIFY(SearchText::sortKey(u"C2") < SearchText::sortKey(u"C10"));
    QVERIFY(SearchText::sortKey(u"Électricité Moreau") < SearchText::sortKey(u"Garage Lefèvre"));
    QVERIFY(SearchText::sortKey(u"boulangerie") < SearchText::sortKey(u"Électricité"));
    QCOMPARE(SearchText::sortKey(u"FA-7"), QStringLiteral("fa-000000000007"));
}

void TestSearchText::termsSplitOnAnySpace()
{
    QCOMPARE(SearchText::terms(u"  Garage\u00A0LEFÈVRE  "), (QStringList{QStringLiteral("garage"), QStringLiteral("lefevre")}));
    QVERIFY(SearchText::terms(u"   ").isEmpty());
}

QTEST_APPLESS_MAIN(TestSearchText)
#include "tst_searchtext.moc"
