// TemplateStore, TemplateExpander and FrenchText: the letter templates (defaults shipped as resources, her own
// versions in the settings table), the placeholder language, and the French the letters are written in.

#include "FrenchText.h"
#include "LetterLevel.h"
#include "SettingsRepository.h"
#include "TemplateExpander.h"
#include "TemplateStore.h"
#include "TestSupport.h"

#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestLettersTemplates final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;

    static QString textOf(const QList<LetterBlock> &blocks)
    {
        QStringList paragraphs;
        for (const LetterBlock &b : blocks) {
            QString p;
            for (const TextRun &r : b.runs)
                p += r.bold ? QStringLiteral("**") + r.text + QStringLiteral("**") : r.text;
            paragraphs << (b.kind == LetterBlock::Kind::Table ? QStringLiteral("[table %1]").arg(b.table) : p);
        }
        return paragraphs.join(u'|');
    }

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(m_dir->filePath(QStringLiteral("t.sqlite"))).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    // Every level has a default template, shipped as a resource, that parses and uses known placeholders only.
    void defaultsAreShippedAndSound()
    {
        TemplateStore store(*m_db);
        const QList<TemplateInfo> list = store.list();
        QCOMPARE(list.size(), LetterLevel::all().size());
        for (const TemplateInfo &info : list) {
            QVERIFY(!info.customized);
            const QString text = TemplateStore::defaultText(info.key);
            QVERIFY2(!text.isEmpty(), qPrintable(info.key));
            QVERIFY2(TemplateExpander::check(text).isEmpty(), qPrintable(info.key + u' ' + TemplateExpander::check(text).join(u';')));
            QVERIFY(store.load(info.key).ok());
        }
        const auto med = store.load(QStringLiteral("letter_formal_notice"));
        QCOMPARE(med->title, QStringLiteral("MISE EN DEMEURE"));
        QVERIFY(med->body.contains(QStringLiteral("article 1344 du Code civil")));
        QVERIFY(med->body.contains(QStringLiteral("{tableau_factures_avec_penalites}")));
        QVERIFY(store.load(QStringLiteral("letter_level3"))->title.contains(QStringLiteral("DERNIÈRE RELANCE AVANT MISE EN DEMEURE")));
        QVERIFY(!store.load(QStringLiteral("nope")).ok());
    }

    // Her version is stored under "template.<key>", wins over the default, and reset brings the default back.
    void saveLoadReset()
    {
        TemplateStore store(*m_db);
        const QString key = QStringLiteral("letter_level1");
        const QString mine = QStringLiteral("Titre :\nObjet : Petit rappel – {numero}\n---\nBonjour,\n\nLa facture {numero} attend.\n\n{signature}\n");
        QVERIFY(store.save(key, mine).ok());
        QCOMPARE(SettingsRepository(*m_db).value(QStringLiteral("template.letter_level1")), mine);
        QVERIFY(store.isCustomized(key));
        QCOMPARE(store.text(key), mine);
        QCOMPARE(store.load(key)->subject, QStringLiteral("Petit rappel – {numero}"));
        QVERIFY(store.reset(key).ok());
        QVERIFY(!store.isCustomized(key));
        QCOMPARE(store.text(key), TemplateStore::defaultText(key));
        // A broken template is refused with its reasons, and nothing is stored.
        const Status bad = store.save(key, QStringLiteral("Objet : x\n---\nBonjour {nom_inconnu},\n\nVoir {tableau_factures} ici.\n"));
        QVERIFY(!bad.ok());
        QVERIFY(bad.error().contains(QStringLiteral("{nom_inconnu}")));
        QVERIFY(bad.error().contains(QStringLiteral("seul sur sa ligne")));
        QVERIFY(!store.isCustomized(key));
        QVERIFY(!store.save(key, QStringLiteral("pas d'en-tête")).ok());
        QVERIFY(!store.save(QStringLiteral("letter_unknown"), mine).ok());
    }

    // Placeholders, {pluriel:…|…}, **bold**, block placeholders; values are never markup.
    void expansion()
    {
        const auto tpl = LetterTemplate::parse(QStringLiteral(
            "# commentaire\nTitre : RAPPEL\nObjet : {pluriel:Factures {liste_factures}|Facture {numero}}\n---\n"
            "Bonjour {client},\n\n{pluriel:Ces factures restent|Cette facture reste} **impayée{pluriel:s|}** : \n\n"
            "{tableau_factures}\n\nTotal : {total_du}.\nMerci.\n\n**Gras non fermé"));
        QVERIFY2(tpl.ok(), qPrintable(tpl.error()));
        TemplateValues v;
        v.text.insert(QStringLiteral("client"), QStringLiteral("<b>Dupont</b> & Fils"));
        v.text.insert(QStringLiteral("numero"), QStringLiteral("FA-1"));
        v.text.insert(QStringLiteral("liste_factures"), QStringLiteral("FA-1 et FA-2"));
        v.text.insert(QStringLiteral("total_du"), QStringLiteral("**10 €**"));
        LetterBlock table;
        table.kind = LetterBlock::Kind::Table;
        table.table = 0;
        v.blocks.insert(QStringLiteral("tableau_factures"), table);

        v.count = 1;
        ExpandedTemplate one = TemplateExpander::expand(*tpl, v);
        QVERIFY2(one.problems.isEmpty(), qPrintable(one.problems.join(u';')));
        QCOMPARE(one.title, QStringLiteral("RAPPEL"));
        QCOMPARE(one.subject, QStringLiteral("Facture FA-1"));
        QCOMPARE(textOf(one.blocks), QStringLiteral("Bonjour <b>Dupont</b> & Fils,|Cette facture reste **impayée** :|[table 0]|"
                                                    "Total : **10 €**.\nMerci.|**Gras non fermé"));
        // The value "**10 €**" stayed text: it is not bold.
        QCOMPARE(one.blocks.at(3).runs.size(), 1);
        QVERIFY(!one.blocks.at(3).runs.first().bold);

        v.count = 3;
        ExpandedTemplate many = TemplateExpander::expand(*tpl, v);
        QCOMPARE(many.subject, QStringLiteral("Factures FA-1 et FA-2"));
        QVERIFY(textOf(many.blocks).contains(QStringLiteral("Ces factures restent **impayées**")));

        // For rich-text consumers (preview pane, e-mail), values are escaped.
        const QString html = TemplateExpander::toHtml(one.blocks, {});
        QVERIFY(html.contains(QStringLiteral("&lt;b&gt;Dupont&lt;/b&gt; &amp; Fils")));
        QVERIFY(html.contains(QStringLiteral("<b>impayée</b>")));

        // Problems are named.
        const QStringList problems = TemplateExpander::check(QStringLiteral("Objet : {pluriel:a}\n---\n{inconnu} {signature}"));
        QCOMPARE(problems.size(), 3);
    }

    void numberInWords_data()
    {
        QTest::addColumn<qint64>("n");
        QTest::addColumn<QString>("words");
        QTest::newRow("0") << qint64(0) << QStringLiteral("zéro");
        QTest::newRow("1") << qint64(1) << QStringLiteral("un");
        QTest::newRow("16") << qint64(16) << QStringLiteral("seize");
        QTest::newRow("17") << qint64(17) << QStringLiteral("dix-sept");
        QTest::newRow("21") << qint64(21) << QStringLiteral("vingt et un");
        QTest::newRow("22") << qint64(22) << QStringLiteral("vingt-deux");
        QTest::newRow("70") << qint64(70) << QStringLiteral("soixante-dix");
        QTest::newRow("71") << qint64(71) << QStringLiteral("soixante et onze");
        QTest::newRow("77") << qint64(77) << QStringLiteral("soixante-dix-sept");
        QTest::newRow("80") << qint64(80) << QStringLiteral("quatre-vingts");
        QTest::newRow("81") << qint64(81) << QStringLiteral("quatre-vingt-un");
        QTest::newRow("91") << qint64(91) << QStringLiteral("quatre-vingt-onze");
        QTest::newRow("99") << qint64(99) << QStringLiteral("quatre-vingt-dix-neuf");
        QTest::newRow("100") << qint64(100) << QStringLiteral("cent");
        QTest::newRow("101") << qint64(101) << QStringLiteral("cent un");
        QTest::newRow("200") << qint64(200) << QStringLiteral("deux cents");
        QTest::newRow("280") << qint64(280) << QStringLiteral("deux cent quatre-vingts");
        QTest::newRow("1000") << qint64(1000) << QStringLiteral("mille");
        QTest::newRow("1234") << qint64(1234) << QStringLiteral("mille deux cent trente-quatre");
        QTest::newRow("80000") << qint64(80000) << QStringLiteral("quatre-vingt mille");
        QTest::newRow("200000") << qint64(200000) << QStringLiteral("deux cent mille");
        QTest::newRow("21000") << qint64(21000) << QStringLiteral("vingt et un mille");
        QTest::newRow("1000000") << qint64(1000000) << QStringLiteral("un million");
        QTest::newRow("200000000") << qint64(200000000) << QStringLiteral("deux cents millions");
        QTest::newRow("2000000001") << qint64(2000000001) << QStringLiteral("deux milliards un");
    }

    void numberInWords()
    {
        QFETCH(qint64, n);
        QFETCH(QString, words);
        QCOMPARE(FrenchText::numberInWords(n), words);
    }

    void amountInWords_data()
    {
        QTest::addColumn<qint64>("cents");
        QTest::addColumn<QString>("words");
        QTest::newRow("1 234,56") << qint64(123456) << QStringLiteral("mille deux cent trente-quatre euros et cinquante-six centimes");
        QTest::newRow("1,00") << qint64(100) << QStringLiteral("un euro");
        QTest::newRow("0,01") << qint64(1) << QStringLiteral("un centime");
        QTest::newRow("0") << qint64(0) << QStringLiteral("zéro euro");
        QTest::newRow("1 000 000") << qint64(100000000) << QStringLiteral("un million d'euros");
        QTest::newRow("15 000,80") << qint64(1500080) << QStringLiteral("quinze mille euros et quatre-vingts centimes");
        QTest::newRow("19 380") << qint64(1938000) << QStringLiteral("dix-neuf mille trois cent quatre-vingts euros");
    }

    void amountInWords()
    {
        QFETCH(qint64, cents);
        QFETCH(QString, words);
        QCOMPARE(FrenchText::amountInWords(cents), words);
    }

    void frenchWording()
    {
        QCOMPARE(FrenchText::longDate(QDate(2026, 11, 25)), QStringLiteral("25 novembre 2026"));
        QCOMPARE(FrenchText::longDate(QDate(2026, 12, 1)), QStringLiteral("1er décembre 2026"));
        QCOMPARE(FrenchText::longDate(QDate(2027, 2, 3)), QStringLiteral("3 février 2027"));
        QCOMPARE(FrenchText::joinAnd({QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}), QStringLiteral("a, b et c"));
        QCOMPARE(FrenchText::formatSiren(QStringLiteral("732829320")), QStringLiteral("732\u00A0829\u00A0320"));
        QCOMPARE(FrenchText::euros(123456), QStringLiteral("1\u202F234,56\u00A0€"));
        QCOMPARE(LetterLevel::fromCommandLine(QStringLiteral("formal-notice")), LetterLevel::FormalNotice);
        QCOMPARE(LetterLevel::fromCommandLine(QStringLiteral("level9")), QString());
    }
};

QTEST_MAIN(TestLettersTemplates)
#include "tst_letters_templates.moc"
