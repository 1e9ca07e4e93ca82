// CsvParser and CsvMapping: CSV / spreadsheet exports of invoices (tests/data/csv, written by hand; expected amounts
// read off the files): delimiter, encoding, decimal separator, date format and preamble detection; quoted fields;
// credit notes; a broken file refused with every fault; automatic mapping and its failure; named presets saved in the
// settings table and used through Importer::run on a real SQLite file; re-import; unknown preset.

#include "Clock.h"
#include "CsvMapping.h"
#include "CsvParser.h"
#include "CustomerRepository.h"
#include "Importer.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString fixture(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/csv/") + name; }

QString issues(const QList<ImportIssue> &list)
{
    QStringList l;
    for (const ImportIssue &i : list)
        l << i.toString();
    return l.join(u'\n');
}

// One item as text: number|customer name|code|kind|issue|due|amount|excl|open|currency|line.
QString describe(const ImportBatch &b, const ImportedItem &it)
{
    const ImportedCustomer &c = b.customers.at(it.customerIndex);
    return QStringList{it.number,
                       c.name,
                       c.code,
                       Invoice::kindKey(it.kind),
                       it.issueDate.toString(Qt::ISODate),
                       it.dueDate.toString(Qt::ISODate),
                       QString::number(it.amountCents),
                       QString::number(it.amountExclCents),
                       QString::number(it.openCents),
                       it.currency,
                       QString::number(it.line)}
        .join(u'|');
}

QString dump(Database &db)
{
    QString s;
    for (const QString &t : {QStringLiteral("customers"), QStringLiteral("invoices"), QStringLiteral("imports")}) {
        QSqlQuery q = db.query(QStringLiteral("SELECT * FROM ") + t + QStringLiteral(" ORDER BY 1"));
        if (!db.exec(q))
            return {};
        while (q.next()) {
            s += t + u':';
            for (int i = 0; i < q.record().count(); ++i)
                s += q.value(i).toString() + u'|';
            s += u'\n';
        }
    }
    return s;
}

} // namespace

class TestCsvParser final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    int m_dbCount = 0;

    std::unique_ptr<Database> freshDb()
    {
        auto db = std::make_unique<Database>();
        const auto s = db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)));
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return db;
    }

    // The mapping of preset_cols.csv, whose headers no synonym knows.
    static CsvMapping presetColsMapping()
    {
        CsvMapping m;
        m.column(CsvMapping::Field::Number) = QStringLiteral("doc");          // case-insensitive
        m.column(CsvMapping::Field::CustomerName) = QStringLiteral("PAYEUR");
        m.column(CsvMapping::Field::CustomerCode) = QStringLiteral("3");      // by 1-based index
        m.column(CsvMapping::Field::IssueDate) = QStringLiteral("Quand");
        m.column(CsvMapping::Field::Amount) = QStringLiteral("Valeur");
        m.column(CsvMapping::Field::OpenAmount) = QStringLiteral("Encore du"); // accent-insensitive
        m.delimiter = QStringLiteral("\t");
        m.dateFormat = QStringLiteral("dd.MM.yyyy");
        m.decimalSeparator = QStringLiteral(",");
        return m;
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        m_clock = std::make_unique<FixedClock>(QDate(2026, 1, 15));
        Clock::setInstance(m_clock.get());
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void parsesFixtures_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QString>("dateFormat");
        QTest::addColumn<int>("headerLine");
        QTest::addColumn<int>("customers");
        QTest::addColumn<QStringList>("items");

        // Windows-1252, CRLF, 3 preamble lines, thousands with a space and with U+00A0 (0xA0), empty due date.
        QTest::newRow("w1252 ; preamble") << QStringLiteral("w1252_semicolon.csv") << QStringLiteral(";")
                                          << QStringLiteral("windows-1252") << QStringLiteral(",")
                                          << QStringLiteral("dd/MM/yyyy") << 4 << 2
                                          << QStringList{
                                                 QStringLiteral("FA-2025-101|Épicerie Dupré|CDUPRE|invoice|2025-11-05|2025-12-05|123456|102880|123456|EUR|5"),
                                                 QStringLiteral("FA-2025-102|Boulangerie Lefèvre|CBOULA|invoice|2025-11-12||30000|25000|10000|EUR|6"),
                                                 QStringLiteral("FA-2025-103|Épicerie Dupré|CDUPRE|invoice|2025-12-01|2025-12-31|1200000|1000000|1200000|EUR|7")};
        // UTF-8 with BOM, commas, decimal dots, ISO dates, "1,250.00" quoted.
        QTest::newRow("utf8 bom ,") << QStringLiteral("utf8bom_comma.csv") << QStringLiteral(",")
                                    << QStringLiteral("utf-8-bom") << QStringLiteral(".") << QStringLiteral("yyyy-MM-dd")
                                    << 1 << 2
                                    << QStringList{
                                           QStringLiteral("INV-001|Garage Müller, SARL|GMUL|invoice|2025-10-01|2025-10-31|154020|0|154020|EUR|2"),
                                           QStringLiteral("INV-002|Café de la Gare|CAFE|invoice|2025-10-15|2025-11-14|125000|0|25000|EUR|3")};
        // Quoted ';', doubled quotes, a line break inside quotes (F-11 is on physical line 4).
        QTest::newRow("quoted") << QStringLiteral("quoted.csv") << QStringLiteral(";") << QStringLiteral("utf-8")
                                << QStringLiteral(",") << QStringLiteral("dd/MM/yyyy") << 1 << 2
                                << QStringList{
                                       QStringLiteral("F-10|Dupont; Fils & Cie||invoice|2025-02-03||150000|0|150000|EUR|2"),
                                       QStringLiteral("F-11|Le \"Petit\" Bistrot||invoice|2025-02-04||8000|0|8000|EUR|4")};
        // "Avoir" with a positive amount and a negative amount without kind: both credit notes, negative.
        QTest::newRow("credit notes") << QStringLiteral("credit_note.csv") << QStringLiteral(";") << QStringLiteral("utf-8")
                                      << QStringLiteral(",") << QStringLiteral("dd/MM/yyyy") << 1 << 1
                                      << QStringList{
                                             QStringLiteral("FA-1|Durand SA||invoice|2025-03-10||60000|0|60000|EUR|2"),
                                             QStringLiteral("AV-1|Durand SA||credit_note|2025-03-15||-12000|0|-12000|EUR|3"),
                                             QStringLiteral("AV-2|Durand SA||credit_note|2025-03-16||-3000|0|-3000|EUR|4")};
    }
    void parsesFixtures()
    {
        QFETCH(QString, file);
        QFETCH(QString, delimiter);
        QFETCH(QString, encoding);
        QFETCH(QString, decimal);
        QFETCH(QString, dateFormat);
        QFETCH(int, headerLine);
        QFETCH(int, customers);
        QFETCH(QStringList, items);

        const CsvPreview p = CsvParser::preview(fixture(file));
        QVERIFY2(p.error.isEmpty(), qPrintable(p.error));
        QCOMPARE(QString(p.format.delimiter), delimiter);
        QCOMPARE(p.format.encoding, encoding);
        QCOMPARE(QString(p.format.decimalSeparator), decimal);
        QCOMPARE(p.format.dateFormat, dateFormat);
        QCOMPARE(p.format.headerLine, headerLine);
        QVERIFY(p.missing.isEmpty());

        const ImportBatch b = CsvParser::parse(fixture(file), ImportOptions{});
        QVERIFY2(b.ok(), qPrintable(issues(b.errors)));
        QCOMPARE(b.format, QStringLiteral("csv"));
        QCOMPARE(b.rowsRead, items.size());
        QCOMPARE(b.customers.size(), customers);
        QStringList got;
        for (const ImportedItem &it : b.items)
            got << describe(b, it);
        QCOMPARE(got, items);
    }

    void sirenAndDetection()
    {
        const ImportBatch b = CsvParser::parse(fixture(QStringLiteral("w1252_semicolon.csv")), ImportOptions{});
        QVERIFY(b.ok());
        QCOMPARE(b.customers.at(0).siren, QStringLiteral("732829320"));
        QCOMPARE(b.customers.at(1).siren, QString());
        QCOMPARE(Importer::detectFormat(fixture(QStringLiteral("w1252_semicolon.csv"))), QStringLiteral("csv"));
    }

    void autoMapping()
    {
        const CsvPreview p = CsvParser::preview(fixture(QStringLiteral("w1252_semicolon.csv")), {}, 2);
        QCOMPARE(p.header.size(), 9);
        QCOMPARE(p.header.at(0), QStringLiteral("N° facture"));
        QCOMPARE(p.rows.size(), 2);
        QCOMPARE(p.rowLines, (QList<int>{5, 6}));
        QCOMPARE(p.rows.at(1).at(2), QStringLiteral("Boulangerie Lefèvre"));
        using F = CsvMapping::Field;
        const QList<std::pair<F, int>> expected = {{F::Number, 0},     {F::CustomerCode, 1}, {F::CustomerName, 2},
                                                   {F::Siren, 3},      {F::IssueDate, 4},    {F::DueDate, 5},
                                                   {F::AmountExcl, 6}, {F::Amount, 7},       {F::OpenAmount, 8},
                                                   {F::Kind, -1},      {F::VatNumber, -1},   {F::Currency, -1}};
        for (const auto &[field, col] : expected)
            QCOMPARE(p.columnOf.at(int(field)), col);
        QCOMPARE(p.autoMapping.column(F::Amount), QStringLiteral("Montant TTC"));
        QCOMPARE(p.autoMapping.skipLines, 3);
        QCOMPARE(p.autoMapping.encoding, QStringLiteral("windows-1252"));

        // The auto-mapping, saved as is, reads the file the same way.
        const ImportBatch viaAuto = CsvParser::parseWith(fixture(QStringLiteral("w1252_semicolon.csv")), p.autoMapping);
        QVERIFY2(viaAuto.ok(), qPrintable(issues(viaAuto.errors)));
        QCOMPARE(viaAuto.items.size(), 3);

        // Synonyms, case and accents ignored.
        QCOMPARE(CsvParser::fieldForHeader(u"DATE D'ECHEANCE"), std::optional<F>(F::DueDate));
        QCOMPARE(CsvParser::fieldForHeader(u"Total TTC"), std::optional<F>(F::Amount));
        QCOMPARE(CsvParser::fieldForHeader(u"reste du"), std::optional<F>(F::OpenAmount));
        QCOMPARE(CsvParser::fieldForHeader(u"Numéro"), std::optional<F>(F::Number));
        QCOMPARE(CsvParser::fieldForHeader(u"Commentaire"), std::nullopt);
    }

    void missingColumnsListed()
    {
        const ImportBatch b = CsvParser::parse(fixture(QStringLiteral("missing_amount.csv")), ImportOptions{});
        QCOMPARE(b.errors.size(), 1);
        const QString msg = b.errors.at(0).message;
        QVERIFY2(msg.contains(QStringLiteral("Montant TTC")), qPrintable(msg));
        QVERIFY2(msg.contains(QStringLiteral("« N° facture », « Client », « Date », « Commentaire »")), qPrintable(msg));
        QVERIFY(b.items.isEmpty());

        // Headers no synonym knows: no header is recognised at all.
        const ImportBatch c = CsvParser::parse(fixture(QStringLiteral("preset_cols.csv")), ImportOptions{});
        QCOMPARE(c.errors.size(), 1);
        QVERIFY2(c.errors.at(0).message.contains(QStringLiteral("en-tête")), qPrintable(c.errors.at(0).message));
    }

    void brokenFileRefused()
    {
        const ImportBatch b = CsvParser::parse(fixture(QStringLiteral("broken.csv")), ImportOptions{});
        QVERIFY(!b.ok());
        QVERIFY(b.items.isEmpty());
        QVERIFY(b.customers.isEmpty());
        QCOMPARE(b.errors.size(), 2);
        QCOMPARE(b.errors.at(0).line, 3);
        QCOMPARE(b.errors.at(0).field, QStringLiteral("Date"));
        QCOMPARE(b.errors.at(0).message, QStringLiteral("« 31/02/2025 » n'est pas une date valide (format attendu jj/mm/aaaa)"));
        QCOMPARE(b.errors.at(1).line, 4);
        QCOMPARE(b.errors.at(1).field, QStringLiteral("Montant TTC"));
        QCOMPARE(b.errors.at(1).toString(),
                 QStringLiteral("broken.csv, ligne 4, colonne Montant TTC : « 12,3x » n'est pas un montant"));

        // Through the importer: nothing written.
        auto db = freshDb();
        ImportOptions o;
        o.format = QStringLiteral("csv");
        const ImportReport r = Importer(*db).run({fixture(QStringLiteral("broken.csv"))}, o);
        QVERIFY(!r.committed);
        QCOMPARE(r.rejected.size(), 2);
        QCOMPARE(CustomerRepository(*db).count(), 0);
        QCOMPARE(InvoiceRepository(*db).count(), 0);
    }

    void mappingJsonAndStore()
    {
        const CsvMapping m = presetColsMapping();
        QString why;
        const auto back = CsvMapping::fromJsonText(m.toJsonText(), &why);
        QVERIFY2(back, qPrintable(why));
        QVERIFY(*back == m);
        QVERIFY(!CsvMapping::fromJsonText(QStringLiteral("{\"columns\":{\"montant\":\"A\"}}"), &why));
        QVERIFY2(why.contains(QStringLiteral("« montant »")), qPrintable(why));

        auto db = freshDb();
        CsvMappingStore store(*db);
        QCOMPARE(store.names(), QStringList{});
        QVERIFY(store.save(QStringLiteral("compta"), m));
        QVERIFY(store.save(QStringLiteral("banque"), CsvMapping{}));
        QCOMPARE(store.names(), (QStringList{QStringLiteral("banque"), QStringLiteral("compta")}));
        QVERIFY(*store.load(QStringLiteral("compta")) == m);
        QVERIFY(store.remove(QStringLiteral("banque")));
        QCOMPARE(store.names(), QStringList{QStringLiteral("compta")});
        QVERIFY(!store.remove(QStringLiteral("banque"), &why));
        QVERIFY(!store.load(QStringLiteral("absent"), &why));
        QVERIFY2(why.contains(QStringLiteral("« absent »")), qPrintable(why));
    }

    void presetThroughImporter()
    {
        auto db = freshDb();
        QVERIFY(CsvMappingStore(*db).save(QStringLiteral("compta"), presetColsMapping()));
        ImportOptions o;
        o.format = QStringLiteral("csv");
        o.csvMapping = QStringLiteral("compta");
        const ImportReport r = Importer(*db).run({fixture(QStringLiteral("preset_cols.csv"))}, o);
        QVERIFY2(r.committed, qPrintable(issues(r.rejected)));
        QCOMPARE(r.rowsRead, 3);
        QCOMPARE(r.customersCreated, 2);
        QCOMPARE(r.invoicesCreated, 3);
        QCOMPARE(CustomerRepository(*db).count(), 2);
        QCOMPARE(InvoiceRepository(*db).count(), 3);

        const auto atb = CustomerRepository(*db).findByCode(QStringLiteral("ATB"));
        QVERIFY(atb);
        QCOMPARE(atb->name, QStringLiteral("Atelier Blanc"));
        const auto p1 = InvoiceRepository(*db).find(atb->id, QStringLiteral("P-1"), Invoice::Kind::Invoice);
        QVERIFY(p1);
        QCOMPARE(p1->amountCents, 120000); // "1.200,00"
        QCOMPARE(p1->openCents, 100000);
        QCOMPARE(p1->issueDate, QDate(2025, 9, 1));
        QCOMPARE(p1->dueDate, QDate(2025, 10, 1)); // no due date: default terms, 30 days
        const auto mrx = CustomerRepository(*db).findByCode(QStringLiteral("MRX"));
        QVERIFY(mrx);
        const auto p3 = InvoiceRepository(*db).find(mrx->id, QStringLiteral("P-3"), Invoice::Kind::Invoice);
        QVERIFY(p3);
        QCOMPARE(p3->amountCents, 9990);
        QCOMPARE(p3->openCents, 9990);

        // Re-import: nothing changes.
        const QString before = dump(*db);
        const ImportReport again = Importer(*db).run({fixture(QStringLiteral("preset_cols.csv"))}, o);
        QVERIFY2(again.rejected.isEmpty(), qPrintable(issues(again.rejected)));
        QCOMPARE(again.invoicesCreated + again.invoicesUpdated, 0);
        QCOMPARE(again.invoicesUnchanged, 3);
        QCOMPARE(again.customersCreated, 0);
        const QString after = dump(*db);
        QCOMPARE(after.count(QStringLiteral("invoices:")), 3);
        QCOMPARE(QString(after).remove(QRegularExpression(QStringLiteral("imports:[^\n]*\n"))),
                 QString(before).remove(QRegularExpression(QStringLiteral("imports:[^\n]*\n"))));
    }

    void autoImportWindows1252()
    {
        auto db = freshDb();
        const ImportReport r = Importer(*db).run({fixture(QStringLiteral("w1252_semicolon.csv"))}, ImportOptions{});
        QVERIFY2(r.committed, qPrintable(issues(r.rejected)));
        QCOMPARE(r.format, QStringLiteral("csv"));
        QCOMPARE(r.customersCreated, 2);
        QCOMPARE(r.invoicesCreated, 3);
        const auto dupre = CustomerRepository(*db).findByCode(QStringLiteral("CDUPRE"));
        QVERIFY(dupre);
        QCOMPARE(dupre->name, QStringLiteral("Épicerie Dupré"));
        QCOMPARE(dupre->siren, QStringLiteral("732829320"));
        const auto boula = CustomerRepository(*db).findByCode(QStringLiteral("CBOULA"));
        QVERIFY(boula);
        const auto fa102 = InvoiceRepository(*db).find(boula->id, QStringLiteral("FA-2025-102"), Invoice::Kind::Invoice);
        QVERIFY(fa102);
        QCOMPARE(fa102->amountCents, 30000);
        QCOMPARE(fa102->amountExclCents, 25000);
        QCOMPARE(fa102->openCents, 10000);
        QCOMPARE(fa102->dueDate, QDate(2025, 12, 12));
        const auto fa103 = InvoiceRepository(*db).find(dupre->id, QStringLiteral("FA-2025-103"), Invoice::Kind::Invoice);
        QVERIFY(fa103);
        QCOMPARE(fa103->amountCents, 1200000);
        QCOMPARE(fa103->dueDate, QDate(2025, 12, 31));

        const QString before = dump(*db);
        const ImportReport again = Importer(*db).run({fixture(QStringLiteral("w1252_semicolon.csv"))}, ImportOptions{});
        QCOMPARE(again.invoicesUnchanged, 3);
        QCOMPARE(again.invoicesCreated + again.invoicesUpdated + again.customersCreated, 0);
        const QRegularExpression importsRows(QStringLiteral("imports:[^\n]*\n"));
        QCOMPARE(dump(*db).remove(importsRows), QString(before).remove(importsRows));
    }

    void unknownPreset()
    {
        auto db = freshDb();
        ImportOptions o;
        o.format = QStringLiteral("csv");
        o.csvMapping = QStringLiteral("inexistant");
        const ImportReport r = Importer(*db).run({fixture(QStringLiteral("w1252_semicolon.csv"))}, o);
        QVERIFY(!r.committed);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.at(0).field, QStringLiteral("--mapping"));
        QVERIFY2(r.rejected.at(0).message.contains(QStringLiteral("« inexistant »")), qPrintable(r.rejected.at(0).message));
        QCOMPARE(CustomerRepository(*db).count(), 0);

        // Straight to the parser (no store to look the name up in): refused too, naming it.
        const ImportBatch b = CsvParser::parse(fixture(QStringLiteral("w1252_semicolon.csv")), o);
        QCOMPARE(b.errors.size(), 1);
        QVERIFY(b.errors.at(0).message.contains(QStringLiteral("« inexistant »")));
    }
};

QTEST_GUILESS_MAIN(TestCsvParser)
#include "tst_csvparser.moc"
