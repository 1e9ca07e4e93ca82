// Tests for the e-invoice parsers (CiiParser, UblParser, FacturXParser and their EInvoiceXml helpers): every file of
// ../shared/corpus/einvoice/ read with its expected values (stated by hand from the XML), the PDFs against their
// embedded XML, the credit-note sign rule, and every way a file can fail, each failure naming the file.

#include "CiiParser.h"
#include "EInvoiceXml.h"
#include "FacturXParser.h"
#include "TestConfig.h"
#include "UblParser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

namespace {

QString corpusDir() { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/einvoice"); }
QString fixtureDir() { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/einvoice"); }
QString corpusFile(const char *name) { return corpusDir() + u'/' + QString::fromUtf8(name); }

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

QString u8(const char *s) { return QString::fromUtf8(s); }

// What one document must give. Strings are UTF-8; empty means "absent".
struct Expect
{
    const char *file; // in the corpus, or in tests/data/einvoice when `fixture`
    const char *parser; // cii, ubl, facturx
    const char *number;
    Invoice::Kind kind;
    QDate issue;
    QDate due; // invalid: none in the file
    const char *currency;
    qint64 amount;
    qint64 excl;
    qint64 open;
    const char *name;
    const char *siren;
    const char *vat;
    const char *email;
    const char *line2;
    const char *line3;
    const char *line4;
    const char *line5;
    const char *postcode;
    const char *city;
    const char *country;
    int warnings;
    bool fixture = false;
};

using K = Invoice::Kind;

// FNFE-MPE samples: seller "Au bon moulin", buyer "Ma jolie boutique", legal ID 78787878400035 under scheme 0002
// (a SIRET: the SIREN is its first 9 digits, 787878784, whose VAT number FR19787878784 the file also gives).
// FA-2017-0010: GrandTotal 671.15, TaxBasisTotal 624.90, TotalPrepaid 201.00, DuePayable 470.15, issued 20171113,
// DueDateDateTime 20171213 (none in MINIMUM). AV-2017-0005: 233.47 TTC / 218.48 HT, issued and due 20171116.
// akretion F20260023: GrandTotal 104.90, TaxBasisTotal 100.00, DuePayable 104.90, issued 20260131, due 20260302
// (none in MINIMUM); buyer SIREN 987654321 fails the Luhn check (kept, one warning), VAT "FR 05 987 654 321".
// ZUGFeRD "Einfach" 471102: GrandTotal 529.87, TaxBasisTotal 473.00, DuePayable 529.87, issued 20180305.
const QList<Expect> &expectations()
{
    static const QList<Expect> list = {
        // TypeCode 380 with GrandTotal -233.47, TaxBasisTotal -218.48, DuePayable -233.47: an invoice document with
        // negative amounts is a credit note as it stands. Buyer contact Alexandre Payet with his e-mail.
        {"Avoir_FR_type380_EN16931.factur-x.xml", "cii", "AV-2017-0005", K::CreditNote, QDate(2017, 11, 16),
         QDate(2017, 11, 16), "EUR", -23347, -21848, -23347, "Ma jolie boutique", "787878784", "FR19787878784",
         "alexandre.payet@majolieboutique.net", "Alexandre Payet", "", "35 rue de la République", "", "69001", "Lyon",
         "FR", 0},
        // TypeCode 381 with positive 233.47 / 218.48 / 233.47: a credit note, so the same negative amounts.
        {"Avoir_FR_type381_BASIC.factur-x.xml", "cii", "AV-2017-0005", K::CreditNote, QDate(2017, 11, 16),
         QDate(2017, 11, 16), "EUR", -23347, -21848, -23347, "Ma jolie boutique", "787878784", "FR19787878784", "",
         "", "", "35 rue de la République", "", "69001", "Lyon", "FR", 0},
        {"Avoir_FR_type381_BASIC.pdf", "facturx", "AV-2017-0005", K::CreditNote, QDate(2017, 11, 16),
         QDate(2017, 11, 16), "EUR", -23347, -21848, -23347, "Ma jolie boutique", "787878784", "FR19787878784", "",
         "", "", "35 rue de la République", "", "69001", "Lyon", "FR", 0},
        // Terms only as text ("Zahlbar innerhalb 30 Tagen netto bis 04.04.2018..."): no due date, one warning.
        // German buyer without SIREN or VAT number; address Kundenstraße 15, 69876 Frankfurt, DE.
        {"EN16931_Einfach.factur-x.xml", "cii", "471102", K::Invoice, QDate(2018, 3, 5), QDate(), "EUR", 52987, 47300,
         52987, "Kunden AG Mitte", "", "", "", "", "", "Kundenstraße 15", "", "69876", "Frankfurt", "DE", 1},
        // Same invoice with DueDateDateTime 20190305.
        {"EN16931_Einfach_DueDate.factur-x.xml", "cii", "471102", K::Invoice, QDate(2018, 3, 5), QDate(2019, 3, 5),
         "EUR", 52987, 47300, 52987, "Kunden AG Mitte", "", "", "", "", "", "Kundenstraße 15", "", "69876",
         "Frankfurt", "DE", 0},
        // UBL twin: cbc:DueDate 2019-03-05, TaxInclusive 529.87, TaxExclusive 473 (no decimals), Payable 529.87.
        {"EN16931_Einfach_DueDate.ubl.xml", "ubl", "471102", K::Invoice, QDate(2018, 3, 5), QDate(2019, 3, 5), "EUR",
         52987, 47300, 52987, "Kunden AG Mitte", "", "", "", "", "", "Kundenstraße 15", "", "69876", "Frankfurt", "DE",
         0},
        // FA-2017-0009 to La Réunion (country RE): Grand 530.75 = TaxBasis (VAT 0 %), prepaid 147.00, DuePayable
        // 383.75, issued 20171105, due 20171205; legal ID 34343434600010 → SIREN 343434346, VAT FR90343434346.
        {"Facture_DOM_BASICWL.factur-x.xml", "cii", "FA-2017-0009", K::Invoice, QDate(2017, 11, 5), QDate(2017, 12, 5),
         "EUR", 53075, 53075, 38375, "Hôtel Saint Denis", "343434346", "FR90343434346", "", "", "", "42 rue du stade",
         "", "97400", "Saint Denis", "RE", 0},
        {"Facture_FR_BASIC.factur-x.xml", "cii", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13), QDate(2017, 12, 13),
         "EUR", 67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784", "", "", "",
         "35 rue de la République", "", "69001", "Lyon", "FR", 0},
        // Due 2017-12-13, DuePayable 470.15 while GrandTotal is 671.15 (201.00 prepaid).
        {"Facture_FR_BASICWL.factur-x.xml", "cii", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13),
         QDate(2017, 12, 13), "EUR", 67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784", "", "",
         "", "35 rue de la République", "", "69001", "Lyon", "FR", 0},
        {"Facture_FR_BASICWL.pdf", "facturx", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13), QDate(2017, 12, 13),
         "EUR", 67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784", "", "", "",
         "35 rue de la République", "", "69001", "Lyon", "FR", 0},
        // Terms "30% d'acompte, solde à 30 j" and DueDateDateTime 20171213; buyer contact with e-mail.
        {"Facture_FR_EN16931.factur-x.xml", "cii", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13),
         QDate(2017, 12, 13), "EUR", 67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784",
         "alexandre.payet@majolieboutique.net", "Alexandre Payet", "", "35 rue de la République", "", "69001", "Lyon",
         "FR", 0},
        {"Facture_FR_EN16931.pdf", "facturx", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13), QDate(2017, 12, 13),
         "EUR", 67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784",
         "alexandre.payet@majolieboutique.net", "Alexandre Payet", "", "35 rue de la République", "", "69001", "Lyon",
         "FR", 0},
        // MINIMUM: no due date, no address lines (CountryID FR only), DuePayable 470.15 < Grand 671.15.
        {"Facture_FR_MINIMUM.factur-x.xml", "cii", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13), QDate(), "EUR",
         67115, 62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784", "", "", "", "", "", "", "", "FR", 0},
        {"Facture_FR_MINIMUM.pdf", "facturx", "FA-2017-0010", K::Invoice, QDate(2017, 11, 13), QDate(), "EUR", 67115,
         62490, 47015, "Ma jolie boutique", "787878784", "FR19787878784", "", "", "", "", "", "", "", "FR", 0},
        // FA-2017-0008 to Spain: Grand 2076.76 = TaxBasis (K, 0 %), prepaid 623.00, DuePayable 1453.76, issued
        // 20171103, due 20171203; no legal ID, Spanish VAT ESA12345674.
        {"Facture_UE_BASICWL.factur-x.xml", "cii", "FA-2017-0008", K::Invoice, QDate(2017, 11, 3), QDate(2017, 12, 3),
         "EUR", 207676, 207676, 145376, "Me gusta olive", "", "ESA12345674", "", "", "", "87 camino de la calor", "",
         "41700", "Dos Hermanas", "ES", 0},
        // BOM; buyer e-mail only as the party's electronic address me@buyer.com (scheme EM); address lines
        // "MON ADRESSE LIGNE 1" / "Buyer line 2" / "Buyer line 3", 06000 MA VILLE.
        {"factur-x-basic.xml", "cii", "F20260023", K::Invoice, QDate(2026, 1, 31), QDate(2026, 3, 2), "EUR", 10490,
         10000, 10490, "LE CLIENT", "987654321", "FR05987654321", "me@buyer.com", "", "", "MON ADRESSE LIGNE 1",
         "Buyer line 2, Buyer line 3", "06000", "MA VILLE", "FR", 1},
        // Same with 185 comments.
        {"factur-x-basicwl.xml", "cii", "F20260023", K::Invoice, QDate(2026, 1, 31), QDate(2026, 3, 2), "EUR", 10490,
         10000, 10490, "LE CLIENT", "987654321", "FR05987654321", "me@buyer.com", "", "", "MON ADRESSE LIGNE 1",
         "Buyer line 2, Buyer line 3", "06000", "MA VILLE", "FR", 1},
        // EN16931 adds a buyer contact ("Buyer contact name", buyer@buyer.com): the contact's e-mail wins.
        {"factur-x-en16931.xml", "cii", "F20260023", K::Invoice, QDate(2026, 1, 31), QDate(2026, 3, 2), "EUR", 10490,
         10000, 10490, "LE CLIENT", "987654321", "FR05987654321", "buyer@buyer.com", "Buyer contact name", "",
         "MON ADRESSE LIGNE 1", "Buyer line 2, Buyer line 3", "06000", "MA VILLE", "FR", 1},
        // MINIMUM: no due date, no VAT number, no address at all (the country stays the default FR).
        {"factur-x-minimum.xml", "cii", "F20260023", K::Invoice, QDate(2026, 1, 31), QDate(), "EUR", 10490, 10000,
         10490, "LE CLIENT", "987654321", "", "", "", "", "", "", "", "", "FR", 1},
        // UBL F124212: TaxInclusive 308.03, TaxExclusive 273.00, Prepaid 100.00, Payable 208.03, DueDate 2026-07-16;
        // RegistrationName "Ma jolie boutique SARL" (PartyName is a trading brand), CompanyID 0002 787878784,
        // StreetName + AdditionalStreetName "La presqu'île", contact Mme Laëtitia Durand.
        {"ubl-21-en16931.xml", "ubl", "F124212", K::Invoice, QDate(2026, 6, 17), QDate(2026, 7, 16), "EUR", 30803,
         27300, 20803, "Ma jolie boutique SARL", "787878784", "FR19787878784", "laetita.durand@jolieboutique.com",
         "Mme Laëtitia Durand", "", "35 rue de la République", "La presqu'île", "69001", "Lyon", "FR", 0},
        // Own fixture, ZUGFeRD 1.0: due dates 20140929 and 20140830 → the earliest (one warning); Grand 1200.00,
        // TaxBasis 1000.00, no DuePayable → 1200.00 − prepaid 360.00 = 840.00; line-level GrandTotal ignored;
        // GlobalID 0002 → SIREN; VA "FR 44 732 829 320" (FC ignored); department before person; "mailto:" dropped;
        // LineOne "Bâtiment C" before the numbered street LineTwo.
        {"zugferd1-comfort.xml", "cii", "RE-2014-0815", K::Invoice, QDate(2014, 8, 15), QDate(2014, 8, 30), "EUR",
         120000, 100000, 84000, "Boulangerie Martin SARL", "732829320", "FR44732829320", "compta@boulangerie-martin.fr",
         "Service comptabilité", "Bâtiment C", "8 allée des Tilleuls", "", "31000", "Toulouse", "FR", 1, true},
        // Own fixture, UBL CreditNote with positive 120.00 / 100.00 / 120.00 → negative; due date from
        // PaymentMeans; SIREN from the SIRET under 0009; BuildingNumber 8 + StreetName; "BP 12" goes to line 5.
        {"ubl-creditnote.xml", "ubl", "AV-2026-0007", K::CreditNote, QDate(2026, 3, 10), QDate(2026, 3, 10), "EUR",
         -12000, -10000, -12000, "Boulangerie Martin SARL", "732829320", "FR44732829320",
         "compta@boulangerie-martin.fr", "Service comptabilité", "", "8 allée des Tilleuls", "BP 12", "31000",
         "Toulouse", "FR", 0, true},
    };
    return list;
}

QString pathOf(const Expect &e) { return (e.fixture ? fixtureDir() : corpusDir()) + u'/' + u8(e.file); }

ImportBatch parseWith(const QString &parser, const QString &path)
{
    if (parser == u"ubl")
        return UblParser::parse(path);
    if (parser == u"facturx")
        return FacturXParser::parse(path);
    return CiiParser::parse(path);
}

QString describe(const QList<ImportIssue> &issues)
{
    QStringList lines;
    for (const ImportIssue &i : issues)
        lines.append(i.toString());
    return lines.join(u'\n');
}

// The single error of a refused file: it names the file and says `expected`.
void checkRefused(const ImportBatch &batch, const QString &path, const QString &expected)
{
    QVERIFY2(!batch.ok(), "the file should have been refused");
    QVERIFY(batch.items.isEmpty());
    QVERIFY(batch.customers.isEmpty());
    const ImportIssue &e = batch.errors.first();
    QCOMPARE(e.file, path);
    QVERIFY2(e.toString().startsWith(QFileInfo(path).fileName()), qPrintable(e.toString()));
    QVERIFY2(e.toString().contains(expected), qPrintable(describe(batch.errors)));
}

// A minimal PDF 1.7 (one blank page) with the given embedded files, written byte by byte so that the tests need no
// GUI (QPdfWriter) and control exactly what is attached.
QByteArray makePdf(QList<std::pair<QByteArray, QByteArray>> attachments)
{
    std::sort(attachments.begin(), attachments.end()); // name trees are sorted
    QList<QByteArray> objects;
    QByteArray names;
    int next = 4;
    QList<QByteArray> extra;
    for (const auto &[name, data] : attachments) {
        const int spec = next++;
        const int stream = next++;
        names += '(' + name + ") " + QByteArray::number(spec) + " 0 R ";
        extra.append("<< /Type /Filespec /F (" + name + ") /UF (" + name + ") /EF << /F " + QByteArray::number(stream)
                     + " 0 R >> >>");
        extra.append("<< /Type /EmbeddedFile /Subtype /text#2Fxml /Length " + QByteArray::number(data.size())
                     + " >>\nstream\n" + data + "\nendstream");
    }
    QByteArray catalog = "<< /Type /Catalog /Pages 2 0 R";
    if (!names.isEmpty())
        catalog += " /Names << /EmbeddedFiles << /Names [ " + names + "] >> >>";
    objects.append(catalog + " >>");
    objects.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    objects += extra;

    QByteArray pdf = "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        pdf += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

void compareDocuments(const ImportBatch &a, const ImportBatch &b)
{
    QCOMPARE(a.items.size(), 1);
    QCOMPARE(b.items.size(), 1);
    const ImportedItem &x = a.items.first();
    const ImportedItem &y = b.items.first();
    QCOMPARE(x.number, y.number);
    QCOMPARE(x.kind, y.kind);
    QCOMPARE(x.issueDate, y.issueDate);
    QCOMPARE(x.dueDate, y.dueDate);
    QCOMPARE(x.currency, y.currency);
    QCOMPARE(x.amountCents, y.amountCents);
    QCOMPARE(x.amountExclCents, y.amountExclCents);
    QCOMPARE(x.openCents, y.openCents);
    const ImportedCustomer &c = a.customers.first();
    const ImportedCustomer &d = b.customers.first();
    QCOMPARE(c.name, d.name);
    QCOMPARE(c.siren, d.siren);
    QCOMPARE(c.vatNumber, d.vatNumber);
    QCOMPARE(c.email, d.email);
    QCOMPARE(c.address.laPosteLines(c.name), d.address.laPosteLines(d.name));
    QCOMPARE(c.address.country, d.address.country);
}

} // namespace

Q_DECLARE_METATYPE(Expect)

class TestEInvoiceParsers final : public QObject
{
    Q_OBJECT

private slots:
    void documents_data();
    void documents();
    void everyCorpusFileIsTested();
    void pdfGivesItsEmbeddedXml_data();
    void pdfGivesItsEmbeddedXml();
    void creditNoteSign_data();
    void creditNoteSign();
    void namespacesNotPrefixes();
    void lineAmountsIgnored();
    void truncatedXml_data();
    void truncatedXml();
    void notAnInvoice_data();
    void notAnInvoice();
    void missingMandatoryField_data();
    void missingMandatoryField();
    void unreadableValue_data();
    void unreadableValue();
    void pdfWithoutInvoice_data();
    void pdfWithoutInvoice();
    void pdfAttachmentNames_data();
    void pdfAttachmentNames();
    void pdfWithBrokenXml();
    void ublEmbeddedPdf();
    void missingFile();
    void detectFormat_data();
    void detectFormat();
    void decimalToCents_data();
    void decimalToCents();
    void sirenFromIdentifier_data();
    void sirenFromIdentifier();
    void makeAddress_data();
    void makeAddress();
};

void TestEInvoiceParsers::documents_data()
{
    QTest::addColumn<Expect>("expect");
    for (const Expect &e : expectations())
        QTest::newRow(e.file) << e;
}

void TestEInvoiceParsers::documents()
{
    QFETCH(Expect, expect);
    const QString path = pathOf(expect);
    const QString parser = u8(expect.parser);
    const ImportBatch batch = parseWith(parser, path);
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    QCOMPARE(batch.file, path);
    QCOMPARE(batch.format, parser);
    QCOMPARE(batch.rowsRead, 1);
    QVERIFY2(batch.warnings.size() == expect.warnings, qPrintable(describe(batch.warnings)));
    for (const ImportIssue &w : batch.warnings)
        QCOMPARE(w.file, path);
    QCOMPARE(batch.customers.size(), 1);
    QCOMPARE(batch.items.size(), 1);

    const ImportedItem &item = batch.items.first();
    QCOMPARE(item.customerIndex, 0);
    QCOMPARE(item.number, u8(expect.number));
    QCOMPARE(item.kind, expect.kind);
    QCOMPARE(item.issueDate, expect.issue);
    QCOMPARE(item.dueDate, expect.due);
    QCOMPARE(item.currency, u8(expect.currency));
    QCOMPARE(item.amountCents, expect.amount);
    QCOMPARE(item.amountExclCents, expect.excl);
    QCOMPARE(item.openCents, expect.open);
    if (parser == u"facturx") {
        QCOMPARE(item.pdf, readAll(path));
        QCOMPARE(item.pdfFileName, QFileInfo(path).fileName());
    } else {
        QVERIFY(item.pdf.isEmpty());
        QVERIFY(item.pdfFileName.isEmpty());
    }

    const ImportedCustomer &c = batch.customers.first();
    QVERIFY(c.code.isEmpty());
    QCOMPARE(c.name, u8(expect.name));
    QCOMPARE(c.siren, u8(expect.siren));
    QCOMPARE(c.vatNumber, u8(expect.vat));
    QCOMPARE(c.email, u8(expect.email));
    QCOMPARE(c.address.line2, u8(expect.line2));
    QCOMPARE(c.address.line3, u8(expect.line3));
    QCOMPARE(c.address.line4, u8(expect.line4));
    QCOMPARE(c.address.line5, u8(expect.line5));
    QCOMPARE(c.address.postcode, u8(expect.postcode));
    QCOMPARE(c.address.city, u8(expect.city));
    QCOMPARE(c.address.country, u8(expect.country));
}

// A sample added to the corpus must be added above with its expected values.
void TestEInvoiceParsers::everyCorpusFileIsTested()
{
    const QStringList files = QDir(corpusDir()).entryList(QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    QStringList tested;
    for (const Expect &e : expectations())
        if (!e.fixture)
            tested.append(u8(e.file));
    for (const QString &f : files)
        QVERIFY2(tested.contains(f), qPrintable(f + QStringLiteral(" has no expected values")));
}

void TestEInvoiceParsers::pdfGivesItsEmbeddedXml_data()
{
    QTest::addColumn<QString>("pdf");
    QTest::addColumn<QString>("xml");
    for (const char *base : {"Avoir_FR_type381_BASIC", "Facture_FR_BASICWL", "Facture_FR_EN16931", "Facture_FR_MINIMUM"})
        QTest::newRow(base) << corpusDir() + u'/' + u8(base) + QStringLiteral(".pdf")
                            << corpusDir() + u'/' + u8(base) + QStringLiteral(".factur-x.xml");
}

// The corpus XMLs were extracted from these PDFs with pdfdetach: Poppler must find the same document.
void TestEInvoiceParsers::pdfGivesItsEmbeddedXml()
{
    QFETCH(QString, pdf);
    QFETCH(QString, xml);
    const ImportBatch fromPdf = FacturXParser::parse(pdf);
    const ImportBatch fromXml = CiiParser::parse(xml);
    QVERIFY2(fromPdf.ok(), qPrintable(describe(fromPdf.errors)));
    QVERIFY2(fromXml.ok(), qPrintable(describe(fromXml.errors)));
    compareDocuments(fromPdf, fromXml);
    QCOMPARE(fromPdf.format, QStringLiteral("facturx"));
    QCOMPARE(fromXml.format, QStringLiteral("cii"));
    const QByteArray bytes = readAll(pdf);
    QCOMPARE(fromPdf.items.first().pdf.size(), bytes.size());
    QVERIFY(fromPdf.items.first().pdf.startsWith("%PDF-"));
    // From memory (drag and drop) too.
    const ImportBatch fromData = FacturXParser::parseData(bytes, pdf);
    QVERIFY(fromData.ok());
    compareDocuments(fromData, fromXml);
    QCOMPARE(fromData.items.first().pdfFileName, QFileInfo(pdf).fileName());
}

void TestEInvoiceParsers::creditNoteSign_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("open");
    QTest::addColumn<QString>("warning");

    const QByteArray av381 = readAll(corpusFile("Avoir_FR_type381_BASIC.factur-x.xml"));
    const QByteArray av380 = readAll(corpusFile("Avoir_FR_type380_EN16931.factur-x.xml"));
    auto negated = [](QByteArray xml) {
        return xml.replace(">233.47<", ">-233.47<").replace(">218.48<", ">-218.48<").replace(">14.99<", ">-14.99<");
    };
    const QByteArray tc381 = "<ram:TypeCode>381</ram:TypeCode>";
    const QByteArray tc380 = "<ram:TypeCode>380</ram:TypeCode>";
    QTest::newRow("381, positive amounts: credit note") << u8("cii") << av381 << int(K::CreditNote) << qint64(-23347)
                                                        << qint64(-23347) << QString();
    QTest::newRow("380, negative amounts: credit note") << u8("cii") << av380 << int(K::CreditNote) << qint64(-23347)
                                                        << qint64(-23347) << QString();
    // Crediting a negative sum adds to what the buyer owes: the double negation is an invoice of +233.47.
    QTest::newRow("381, negative amounts: invoice")
        << u8("cii") << negated(av381) << int(K::Invoice) << qint64(23347) << qint64(23347)
        << u8("augmente ce que doit le client");
    QTest::newRow("380, positive amounts: invoice")
        << u8("cii") << QByteArray(av381).replace(tc381, tc380) << int(K::Invoice) << qint64(23347) << qint64(23347)
        << QString();
    QTest::newRow("396 factored credit note") << u8("cii") << QByteArray(av381).replace(tc381, "<ram:TypeCode>396</ram:TypeCode>")
                                              << int(K::CreditNote) << qint64(-23347) << qint64(-23347) << QString();
    QTest::newRow("384 corrected invoice") << u8("cii") << QByteArray(av381).replace(tc381, "<ram:TypeCode>384</ram:TypeCode>")
                                           << int(K::Invoice) << qint64(23347) << qint64(23347) << QString();

    const QByteArray ublCredit = readAll(fixtureDir() + QStringLiteral("/ubl-creditnote.xml"));
    QTest::newRow("UBL CreditNote, positive") << u8("ubl") << ublCredit << int(K::CreditNote) << qint64(-12000)
                                              << qint64(-12000) << QString();
    QTest::newRow("UBL CreditNote, negative: invoice")
        << u8("ubl") << QByteArray(ublCredit).replace(">120.00<", ">-120.00<").replace(">100.00<", ">-100.00<")
        << int(K::Invoice) << qint64(12000) << qint64(12000) << u8("augmente ce que doit le client");
    const QByteArray ubl = readAll(corpusFile("ubl-21-en16931.xml"));
    QTest::newRow("UBL Invoice typed 381") << u8("ubl")
                                           << QByteArray(ubl).replace("<cbc:InvoiceTypeCode>380<", "<cbc:InvoiceTypeCode>381<")
                                           << int(K::CreditNote) << qint64(-30803) << qint64(-20803) << QString();
}

void TestEInvoiceParsers::creditNoteSign()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, xml);
    QFETCH(int, kind);
    QFETCH(qint64, amount);
    QFETCH(qint64, open);
    QFETCH(QString, warning);
    const QString label = QStringLiteral("avoir.xml");
    const ImportBatch batch = parser == u"ubl" ? UblParser::parseXml(xml, label) : CiiParser::parseXml(xml, label);
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    const ImportedItem &item = batch.items.first();
    QCOMPARE(int(item.kind), kind);
    QCOMPARE(item.amountCents, amount);
    QCOMPARE(item.openCents, open);
    // Excl. VAT carries the same sign as the total.
    QVERIFY((item.amountExclCents < 0) == (item.amountCents < 0));
    if (warning.isEmpty()) {
        QVERIFY2(batch.warnings.isEmpty(), qPrintable(describe(batch.warnings)));
    } else {
        QCOMPARE(batch.warnings.size(), 1);
        QVERIFY2(batch.warnings.first().message.contains(warning), qPrintable(describe(batch.warnings)));
    }
}

// Elements are matched by namespace URI: other prefixes, or a default namespace, read the same; a look-alike
// element in a foreign namespace is not taken.
void TestEInvoiceParsers::namespacesNotPrefixes()
{
    const QString path = corpusFile("Facture_FR_BASICWL.factur-x.xml");
    const QByteArray original = readAll(path);
    QByteArray renamed = original;
    renamed.replace("xmlns:ram=", "xmlns=").replace("<ram:", "<").replace("</ram:", "</");
    renamed.replace("xmlns:rsm=", "xmlns:facture=").replace("<rsm:", "<facture:").replace("</rsm:", "</facture:");
    renamed.replace("xmlns:udt=", "xmlns:u=").replace("<udt:", "<u:").replace("</udt:", "</u:");
    QVERIFY(!renamed.contains("ram:"));
    const ImportBatch reference = CiiParser::parse(path);
    const ImportBatch batch = CiiParser::parseXml(renamed, path);
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    compareDocuments(batch, reference);

    QByteArray decoy = original;
    decoy.replace("<ram:GrandTotalAmount", "<x:GrandTotalAmount xmlns:x=\"urn:example:other\">999.99</x:GrandTotalAmount>"
                                           "<ram:GrandTotalAmount");
    const ImportBatch withDecoy = CiiParser::parseXml(decoy, path);
    QVERIFY2(withDecoy.ok(), qPrintable(describe(withDecoy.errors)));
    QCOMPARE(withDecoy.items.first().amountCents, qint64(67115));

    // The same element names without any namespace are not a CII invoice.
    QByteArray bare = original;
    bare.replace("xmlns:rsm=", "xmlns:a=").replace("xmlns:ram=", "xmlns:b=").replace("xmlns:udt=", "xmlns:c=");
    bare.replace("rsm:", "").replace("ram:", "").replace("udt:", "");
    checkRefused(CiiParser::parseXml(bare, path), path, u8("sans l'espace de noms CII"));
}

// Line items of the corpus carry LineTotalAmount and the fixture even a line-level GrandTotalAmount of 99999.99:
// only the header totals count.
void TestEInvoiceParsers::lineAmountsIgnored()
{
    const ImportBatch batch = CiiParser::parse(fixtureDir() + QStringLiteral("/zugferd1-comfort.xml"));
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    QCOMPARE(batch.items.first().amountCents, qint64(120000));
    // A header total given twice, in another currency first (BT-111 style), is read in the invoice currency.
    QByteArray twice = readAll(corpusFile("Facture_FR_BASICWL.factur-x.xml"));
    twice.replace("<ram:GrandTotalAmount currencyID=\"EUR\">",
                  "<ram:GrandTotalAmount currencyID=\"USD\">800.00</ram:GrandTotalAmount>"
                  "<ram:GrandTotalAmount currencyID=\"EUR\">");
    const ImportBatch b2 = CiiParser::parseXml(twice, QStringLiteral("twice.xml"));
    QVERIFY(b2.ok());
    QCOMPARE(b2.items.first().amountCents, qint64(67115));
}

void TestEInvoiceParsers::truncatedXml_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("expected");
    QTest::newRow("CII cut in the middle") << u8("cii") << corpusFile("Facture_FR_BASICWL.factur-x.xml") << 2500
                                           << u8("XML mal formé");
    QTest::newRow("UBL cut in the middle") << u8("ubl") << corpusFile("ubl-21-en16931.xml") << 900
                                           << u8("fin du fichier inattendue");
    QTest::newRow("empty file") << u8("cii") << corpusFile("Facture_FR_BASICWL.factur-x.xml") << 0
                                << u8("le fichier est vide");
}

void TestEInvoiceParsers::truncatedXml()
{
    QFETCH(QString, parser);
    QFETCH(QString, source);
    QFETCH(int, keep);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("coupée.xml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(readAll(source).left(keep));
    f.close();
    const ImportBatch batch = parseWith(parser, path);
    checkRefused(batch, path, expected);
    QCOMPARE(batch.errors.size(), 1);
    if (keep > 0) {
        // Where the reader stopped: a line and a column.
        QVERIFY(batch.errors.first().line > 1);
        QVERIFY2(batch.errors.first().message.contains(u8("colonne")), qPrintable(batch.errors.first().message));
    }
}

void TestEInvoiceParsers::notAnInvoice_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const QByteArray camt = "<?xml version=\"1.0\"?>\n<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\">"
                            "<BkToCstmrStmt/></Document>\n";
    QTest::newRow("bank statement to CII") << u8("cii") << camt << u8("n'est pas une facture électronique CII");
    QTest::newRow("bank statement to UBL") << u8("ubl") << camt << u8("n'est pas une facture UBL");
    QTest::newRow("UBL order") << u8("ubl")
                               << QByteArray("<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>")
                               << u8("élément racine est « Order »");
    QTest::newRow("UBL given as CII") << u8("cii") << readAll(corpusFile("ubl-21-en16931.xml"))
                                      << u8("c'est une facture UBL");
    QTest::newRow("CII given as UBL") << u8("ubl") << readAll(corpusFile("Facture_FR_MINIMUM.factur-x.xml"))
                                      << u8("c'est une facture CII");
    QTest::newRow("plain text") << u8("cii") << QByteArray("Bonjour, voici la facture.\n") << u8("XML mal formé");
    QByteArray noHeader = readAll(corpusFile("Facture_FR_MINIMUM.factur-x.xml"));
    const qsizetype from = noHeader.indexOf("<rsm:ExchangedDocument>");
    const qsizetype to = noHeader.indexOf("</rsm:ExchangedDocument>") + qsizetype(strlen("</rsm:ExchangedDocument>"));
    noHeader.remove(from, to - from);
    QTest::newRow("CII without ExchangedDocument") << u8("cii") << noHeader << u8("n'est pas une facture");
}

void TestEInvoiceParsers::notAnInvoice()
{
    QFETCH(QString, parser);
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);
    const QString path = QStringLiteral("/tmp/releve.xml");
    checkRefused(parser == u"ubl" ? UblParser::parseXml(xml, path) : CiiParser::parseXml(xml, path), path, expected);
}

void TestEInvoiceParsers::missingMandatoryField_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("remove");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    const QString cii = corpusFile("Facture_FR_BASICWL.factur-x.xml");
    const QString ubl = corpusFile("ubl-21-en16931.xml");
    QTest::newRow("CII grand total") << u8("cii") << cii
                                     << QByteArray("<ram:GrandTotalAmount currencyID=\"EUR\">671.15</ram:GrandTotalAmount>")
                                     << u8("ram:SpecifiedTradeSettlementHeaderMonetarySummation/ram:GrandTotalAmount")
                                     << u8("montant total TTC absent");
    QTest::newRow("CII number") << u8("cii") << cii << QByteArray("<ram:ID>FA-2017-0010</ram:ID>")
                                << u8("rsm:ExchangedDocument/ram:ID") << u8("numéro de facture absent");
    QTest::newRow("CII issue date") << u8("cii") << cii
                                    << QByteArray("<udt:DateTimeString format=\"102\">20171113</udt:DateTimeString>")
                                    << u8("ram:IssueDateTime/udt:DateTimeString") << u8("date d'émission absente");
    QTest::newRow("CII buyer name") << u8("cii") << cii << QByteArray("<ram:Name>Ma jolie boutique</ram:Name>")
                                    << u8("ram:BuyerTradeParty/ram:Name") << u8("nom de l'acheteur absent");
    QTest::newRow("UBL grand total") << u8("ubl") << ubl
                                     << QByteArray("<cbc:TaxInclusiveAmount currencyID=\"EUR\">308.03</cbc:TaxInclusiveAmount>")
                                     << u8("cac:LegalMonetaryTotal/cbc:TaxInclusiveAmount")
                                     << u8("montant total TTC absent");
    QTest::newRow("UBL number") << u8("ubl") << ubl << QByteArray("<cbc:ID>F124212</cbc:ID>") << u8("cbc:ID")
                                << u8("numéro de facture absent");
}

void TestEInvoiceParsers::missingMandatoryField()
{
    QFETCH(QString, parser);
    QFETCH(QString, source);
    QFETCH(QByteArray, remove);
    QFETCH(QString, field);
    QFETCH(QString, message);
    QByteArray xml = readAll(source);
    QVERIFY(xml.contains(remove));
    xml.replace(remove, QByteArray());
    const ImportBatch batch = parser == u"ubl" ? UblParser::parseXml(xml, source) : CiiParser::parseXml(xml, source);
    checkRefused(batch, source, message);
    QCOMPARE(batch.errors.size(), 1);
    QVERIFY2(batch.errors.first().field.endsWith(field), qPrintable(batch.errors.first().field));
}

void TestEInvoiceParsers::unreadableValue_data()
{
    QTest::addColumn<QString>("parser");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QByteArray>("from");
    QTest::addColumn<QByteArray>("to");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    const QString cii = corpusFile("Facture_FR_BASICWL.factur-x.xml");
    const QString ubl = corpusFile("ubl-21-en16931.xml");
    // Line numbers as in the corpus files.
    QTest::newRow("decimal comma") << u8("cii") << cii << QByteArray(">671.15<") << QByteArray(">671,15<")
                                   << u8("ram:GrandTotalAmount") << 92 << u8("« 671,15 » n'est pas un montant");
    QTest::newRow("letters in amount") << u8("cii") << cii << QByteArray(">470.15<") << QByteArray(">470.15 EUR<")
                                       << u8("ram:DuePayableAmount") << 94 << u8("« 470.15 EUR »");
    QTest::newRow("impossible issue date") << u8("cii") << cii << QByteArray(">20171113<") << QByteArray(">20171131<")
                                           << u8("ram:IssueDateTime/udt:DateTimeString") << 12
                                           << u8("« 20171131 » n'est pas une date valide");
    QTest::newRow("due date in another format") << u8("cii") << cii
                                                << QByteArray("format=\"102\">20171213<")
                                                << QByteArray("format=\"610\">201712<")
                                                << u8("ram:DueDateDateTime/udt:DateTimeString") << 85
                                                << u8("format de date « 610 »");
    QTest::newRow("UBL French date") << u8("ubl") << ubl << QByteArray(">2026-07-16<") << QByteArray(">16/07/2026<")
                                     << u8("cbc:DueDate") << 8 << u8("« 16/07/2026 » n'est pas une date valide");
    QTest::newRow("UBL payable") << u8("ubl") << ubl << QByteArray(">208.03<") << QByteArray(">2O8.03<")
                                 << u8("cac:LegalMonetaryTotal/cbc:PayableAmount") << 271 << u8("« 2O8.03 »");
    QTest::newRow("bad currency") << u8("cii") << cii << QByteArray(">EUR</ram:InvoiceCurrencyCode>")
                                  << QByteArray(">Euro</ram:InvoiceCurrencyCode>")
                                  << u8("ram:ApplicableHeaderTradeSettlement/ram:InvoiceCurrencyCode") << 60
                                  << u8("« EURO » n'est pas un code de devise");
}

void TestEInvoiceParsers::unreadableValue()
{
    QFETCH(QString, parser);
    QFETCH(QString, source);
    QFETCH(QByteArray, from);
    QFETCH(QByteArray, to);
    QFETCH(QString, field);
    QFETCH(int, line);
    QFETCH(QString, message);
    QByteArray xml = readAll(source);
    QCOMPARE(xml.count(from), 1);
    xml.replace(from, to);
    const ImportBatch batch = parser == u"ubl" ? UblParser::parseXml(xml, source) : CiiParser::parseXml(xml, source);
    checkRefused(batch, source, message);
    const ImportIssue &e = batch.errors.first();
    QVERIFY2(e.field.endsWith(field), qPrintable(e.field));
    QCOMPARE(e.line, line);
}

void TestEInvoiceParsers::pdfWithoutInvoice_data()
{
    QTest::addColumn<QByteArray>("pdf");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no attachment") << makePdf({})
                                   << u8("ne contient pas de facture électronique Factur-X (aucun fichier "
                                         "factur-x.xml joint)");
    QTest::newRow("other attachment") << makePdf({{"conditions.txt", "Paiement à 30 jours."}})
                                      << u8("fichiers joints : conditions.txt, aucun n'est un factur-x.xml");
    QTest::newRow("XML that is not an invoice")
        << makePdf({{"commande.xml", "<Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"/>"}})
        << u8("aucun n'est un factur-x.xml");
    QTest::newRow("not a PDF") << QByteArray("<html><body>Facture</body></html>") << u8("n'est pas un PDF");
    QTest::newRow("truncated PDF") << readAll(corpusFile("Facture_FR_BASICWL.pdf")).left(3000) << u8("PDF");
}

void TestEInvoiceParsers::pdfWithoutInvoice()
{
    QFETCH(QByteArray, pdf);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Facture scannée.pdf"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(pdf);
    f.close();
    const ImportBatch batch = FacturXParser::parse(path);
    checkRefused(batch, path, expected);
    QCOMPARE(batch.format, QStringLiteral("facturx"));
}

void TestEInvoiceParsers::pdfAttachmentNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::addColumn<int>("warnings");
    QTest::newRow("factur-x.xml") << QByteArray("factur-x.xml") << 0;
    QTest::newRow("ZUGFeRD-invoice.xml") << QByteArray("ZUGFeRD-invoice.xml") << 0;
    QTest::newRow("zugferd-invoice.xml") << QByteArray("zugferd-invoice.xml") << 0;
    QTest::newRow("Factur-X.XML") << QByteArray("Factur-X.XML") << 0;
    QTest::newRow("xrechnung.xml") << QByteArray("xrechnung.xml") << 0;
    // Another name, but a CII invoice all the same: read, with a warning.
    QTest::newRow("facture.xml") << QByteArray("facture.xml") << 1;
}

void TestEInvoiceParsers::pdfAttachmentNames()
{
    QFETCH(QByteArray, name);
    QFETCH(int, warnings);
    const QByteArray xml = readAll(corpusFile("Facture_FR_BASICWL.factur-x.xml"));
    const QByteArray pdf = makePdf({{"logo.txt", "logo"}, {name, xml}});
    const ImportBatch batch = FacturXParser::parseData(pdf, QStringLiteral("/tmp/FA-2017-0010.pdf"));
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    QCOMPARE(batch.warnings.size(), warnings);
    QCOMPARE(batch.items.first().number, QStringLiteral("FA-2017-0010"));
    QCOMPARE(batch.items.first().openCents, qint64(47015));
    QCOMPARE(batch.items.first().pdf, pdf);
    QCOMPARE(batch.items.first().pdfFileName, QStringLiteral("FA-2017-0010.pdf"));

    // factur-x.xml is preferred when several candidates are attached.
    QByteArray other = xml;
    other.replace("<ram:ID>FA-2017-0010</ram:ID>", "<ram:ID>AUTRE</ram:ID>");
    const ImportBatch both = FacturXParser::parseData(makePdf({{"factur-x.xml", xml}, {"zugferd-invoice.xml", other}}),
                                                      QStringLiteral("/tmp/x.pdf"));
    QVERIFY(both.ok());
    QCOMPARE(both.items.first().number, QStringLiteral("FA-2017-0010"));
}

// A fault inside the attachment names the PDF (what the user chose) and says it is in the attached XML.
void TestEInvoiceParsers::pdfWithBrokenXml()
{
    QByteArray xml = readAll(corpusFile("Facture_FR_BASICWL.factur-x.xml"));
    xml.replace(">671.15<", ">six cents<");
    const QString path = QStringLiteral("/tmp/FA-2017-0010.pdf");
    const ImportBatch batch = FacturXParser::parseData(makePdf({{"factur-x.xml", xml}}), path);
    checkRefused(batch, path, u8("« six cents » n'est pas un montant"));
    QVERIFY2(batch.errors.first().message.endsWith(u8("(dans le fichier factur-x.xml joint au PDF)")),
             qPrintable(batch.errors.first().message));
    QVERIFY(batch.errors.first().field.endsWith(u8("ram:GrandTotalAmount")));

    const ImportBatch cut = FacturXParser::parseData(makePdf({{"factur-x.xml", xml.left(1000)}}), path);
    checkRefused(cut, path, u8("XML mal formé"));
}

// A UBL invoice may carry its PDF rendition as a base64 attachment: it is kept like a Factur-X PDF.
void TestEInvoiceParsers::ublEmbeddedPdf()
{
    const QByteArray pdf = makePdf({});
    QByteArray xml = readAll(corpusFile("ubl-21-en16931.xml"));
    const QByteArray attachments =
        "<cac:AdditionalDocumentReference><cbc:ID>Bon de livraison</cbc:ID><cac:Attachment>"
        "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"text/csv\" filename=\"bl.csv\">YSxiCg==</cbc:EmbeddedDocumentBinaryObject>"
        "</cac:Attachment></cac:AdditionalDocumentReference>"
        "<cac:AdditionalDocumentReference><cbc:ID>F124212</cbc:ID><cac:Attachment>"
        "<cbc:EmbeddedDocumentBinaryObject mimeCode=\"application/pdf\" filename=\"F124212.pdf\">\n"
        + pdf.toBase64().insert(40, "\n  ")
        + "\n</cbc:EmbeddedDocumentBinaryObject></cac:Attachment></cac:AdditionalDocumentReference>";
    xml.replace("<cac:ProjectReference>", QByteArray(attachments + "<cac:ProjectReference>"));
    const ImportBatch batch = UblParser::parseXml(xml, QStringLiteral("F124212.xml"));
    QVERIFY2(batch.ok(), qPrintable(describe(batch.errors)));
    QVERIFY2(batch.warnings.isEmpty(), qPrintable(describe(batch.warnings)));
    QCOMPARE(batch.items.first().pdf, pdf);
    QCOMPARE(batch.items.first().pdfFileName, QStringLiteral("F124212.pdf"));
}

void TestEInvoiceParsers::missingFile()
{
    const QString path = QStringLiteral("/nonexistent/facture.xml");
    for (const ImportBatch &batch : {CiiParser::parse(path), UblParser::parse(path), FacturXParser::parse(path)}) {
        checkRefused(batch, path, u8("fichier introuvable"));
        QCOMPARE(batch.rowsRead, 0);
    }
}

void TestEInvoiceParsers::detectFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("format");
    for (const Expect &e : expectations())
        if (u8(e.parser) != u"facturx")
            QTest::newRow(e.file) << pathOf(e) << u8(e.parser);
}

void TestEInvoiceParsers::detectFormat()
{
    QFETCH(QString, file);
    QFETCH(QString, format);
    QCOMPARE(EInvoiceXml::detectFormat(readAll(file)), format);
    QCOMPARE(EInvoiceXml::detectFormat("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.02\"/>"), QString());
    QCOMPARE(EInvoiceXml::detectFormat("pas du XML"), QString());
}

void TestEInvoiceParsers::decimalToCents_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("cents");
    QTest::addColumn<bool>("rounded");
    QTest::newRow("two decimals") << u8("529.87") << true << qint64(52987) << false;
    QTest::newRow("no decimals") << u8("473") << true << qint64(47300) << false;
    QTest::newRow("one decimal") << u8("9.9") << true << qint64(990) << false;
    QTest::newRow("negative") << u8("-233.47") << true << qint64(-23347) << false;
    QTest::newRow("negative zero") << u8("-0.00") << true << qint64(0) << false;
    QTest::newRow("plus sign, spaces") << u8("  +12.5\n") << true << qint64(1250) << false;
    QTest::newRow("leading dot") << u8(".5") << true << qint64(50) << false;
    QTest::newRow("trailing dot") << u8("5.") << true << qint64(500) << false;
    QTest::newRow("four zero decimals") << u8("25.0000") << true << qint64(2500) << false;
    QTest::newRow("half up") << u8("1.005") << true << qint64(101) << true;
    QTest::newRow("half away from zero") << u8("-1.005") << true << qint64(-101) << true;
    QTest::newRow("round down") << u8("1.0049") << true << qint64(100) << true;
    QTest::newRow("large") << u8("123456789012345.67") << true << qint64(12345678901234567) << false;
    QTest::newRow("zero padded") << u8("0000000000000000074.70") << true << qint64(7470) << false;
    QTest::newRow("empty") << u8("") << false << qint64(0) << false;
    QTest::newRow("decimal comma") << u8("12,50") << false << qint64(0) << false;
    QTest::newRow("thousands space") << u8("1 234.56") << false << qint64(0) << false;
    QTest::newRow("exponent") << u8("1e3") << false << qint64(0) << false;
    QTest::newRow("two dots") << u8("1.2.3") << false << qint64(0) << false;
    QTest::newRow("dot only") << u8(".") << false << qint64(0) << false;
    QTest::newRow("double sign") << u8("--1") << false << qint64(0) << false;
    QTest::newRow("currency") << u8("12.50 EUR") << false << qint64(0) << false;
    QTest::newRow("too large") << u8("1234567890123456") << false << qint64(0) << false;
}

void TestEInvoiceParsers::decimalToCents()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(qint64, cents);
    QFETCH(bool, rounded);
    QString error;
    bool wasRounded = false;
    const std::optional<qint64> result = EInvoiceXml::decimalToCents(text, &error, &wasRounded);
    QCOMPARE(result.has_value(), valid);
    if (valid) {
        QCOMPARE(*result, cents);
        QCOMPARE(wasRounded, rounded);
    } else {
        QVERIFY2(error.contains(QStringLiteral("« %1 »").arg(text)), qPrintable(error));
    }
}

void TestEInvoiceParsers::sirenFromIdentifier_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("scheme");
    QTest::addColumn<QString>("siren");
    QTest::newRow("SIREN under 0002") << u8("787878784") << u8("0002") << u8("787878784");
    QTest::newRow("SIRET under 0002") << u8("78787878400035") << u8("0002") << u8("787878784");
    QTest::newRow("SIRET under 0009") << u8("787 878 784 00018") << u8("0009") << u8("787878784");
    QTest::newRow("directory address 0225") << u8("787878784_ACHATS") << u8("0225") << u8("787878784");
    QTest::newRow("no scheme, valid SIREN") << u8("787.878.784") << u8("") << u8("787878784");
    QTest::newRow("no scheme, valid SIRET") << u8("78787878400018") << u8("") << u8("787878784");
    QTest::newRow("no scheme, Luhn fails") << u8("987654321") << u8("") << u8("");
    QTest::newRow("GLN 0088") << u8("3654789851") << u8("0088") << u8("");
    QTest::newRow("DUNS 0060") << u8("123456789") << u8("0060") << u8("");
    QTest::newRow("wrong length") << u8("12345") << u8("0002") << u8("");
    QTest::newRow("letters") << u8("RCS LYON 787") << u8("0002") << u8("");
}

void TestEInvoiceParsers::sirenFromIdentifier()
{
    QFETCH(QString, id);
    QFETCH(QString, scheme);
    QFETCH(QString, siren);
    QCOMPARE(EInvoiceXml::sirenFromIdentifier(id, scheme), siren);
}

void TestEInvoiceParsers::makeAddress_data()
{
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("line3");
    QTest::addColumn<QString>("line4");
    QTest::addColumn<QString>("line5");
    QTest::newRow("street only") << QStringList{u8("35 rue de la République")} << u8("")
                                 << u8("35 rue de la République") << u8("");
    QTest::newRow("building, street, BP") << QStringList{u8("Bâtiment B"), u8("12 rue des Lilas"), u8("BP 42")}
                                          << u8("Bâtiment B") << u8("12 rue des Lilas") << u8("BP 42");
    QTest::newRow("German: person then street") << QStringList{u8("Hans Muster"), u8("Kundenstraße 15")}
                                                << u8("Hans Muster") << u8("Kundenstraße 15") << u8("");
    QTest::newRow("street then lieu-dit") << QStringList{u8("35 rue de la République"), u8("La presqu'île")} << u8("")
                                          << u8("35 rue de la République") << u8("La presqu'île");
    QTest::newRow("post box only") << QStringList{u8("BP 42")} << u8("") << u8("") << u8("BP 42");
    QTest::newRow("no number anywhere") << QStringList{u8("Zone artisanale des Prés"), u8("CS 30012")} << u8("")
                                        << u8("Zone artisanale des Prés") << u8("CS 30012");
    QTest::newRow("empty lines and spaces") << QStringList{u8(""), u8("  8   allée des Tilleuls "), u8("")} << u8("")
                                            << u8("8 allée des Tilleuls") << u8("");
}

void TestEInvoiceParsers::makeAddress()
{
    QFETCH(QStringList, lines);
    QFETCH(QString, line3);
    QFETCH(QString, line4);
    QFETCH(QString, line5);
    const PostalAddress a = EInvoiceXml::makeAddress(lines, u8(" 69001 "), u8("Lyon"), u8("fr"), u8("Service achats"));
    QCOMPARE(a.line2, u8("Service achats"));
    QCOMPARE(a.line3, line3);
    QCOMPARE(a.line4, line4);
    QCOMPARE(a.line5, line5);
    QCOMPARE(a.postcode, u8("69001"));
    QCOMPARE(a.city, u8("Lyon"));
    QCOMPARE(a.country, u8("FR"));
}

QTEST_GUILESS_MAIN(TestEInvoiceParsers)
#include "tst_einvoiceparsers.moc"
