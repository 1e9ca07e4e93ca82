// E-invoices through the importer on a real SQLite file: buyers matched or created, credit notes negative,
// PDFs kept with their invoice, due dates from the file or the customer's terms, re-import changes nothing.

#include "CustomerRepository.h"
#include "Database.h"
#include "Importer.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {
QString corpus(const char *name) { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/einvoice/") + QLatin1String(name); }
}

class TestImporterEInvoice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { TestSupport::prepareEnvironment(); }

    void facturXPdfKeepsThePdfAndTheAmountDue()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("e.sqlite"))).ok());
        const QString pdf = corpus("Facture_FR_BASICWL.pdf");
        ImportReport report = Importer(db).run({pdf}, ImportOptions{});
        QVERIFY2(report.committed, qPrintable(report.toText()));
        QCOMPARE(report.customersCreated, 1);
        QCOMPARE(report.invoicesCreated, 1);
        // FA-2017-0010: grand total 671.15, due payable (BT-115) 470.15 after 201.00 prepaid, due 2017-12-13.
        const auto rows = InvoiceRepository(db).list();
        QCOMPARE(rows.size(), 1);
        const Invoice &inv = rows.first().invoice;
        QCOMPARE(inv.number, QStringLiteral("FA-2017-0010"));
        QCOMPARE(inv.amountCents, qint64(67115));
        QCOMPARE(inv.openCents, qint64(47015));
        QCOMPARE(inv.dueDate, QDate(2017, 12, 13));
        QCOMPARE(inv.status, Invoice::Status::PartiallyPaid);
        QFile original(pdf);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QCOMPARE(InvoiceRepository(db).pdf(inv.id), original.readAll());
        // The same file again changes nothing.
        report = Importer(db).run({pdf}, ImportOptions{});
        QVERIFY(report.committed);
        QCOMPARE(report.invoicesCreated, 0);
        QCOMPARE(report.invoicesUnchanged, 1);
        QCOMPARE(CustomerRepository(db).count(), 1);
        // Its extracted XML is the same invoice of the same buyer: matched, not duplicated.
        report = Importer(db).run({corpus("Facture_FR_BASICWL.factur-x.xml")}, ImportOptions{});
        QVERIFY2(report.committed, qPrintable(report.toText()));
        QCOMPARE(CustomerRepository(db).count(), 1);
        QCOMPARE(InvoiceRepository(db).count(), 1);
    }

    void creditNotesAndMissingDueDates()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("c.sqlite"))).ok());
        const ImportReport report = Importer(db).run(
            {corpus("Avoir_FR_type381_BASIC.factur-x.xml"), corpus("factur-x-minimum.xml"), corpus("ubl-21-en16931.xml")},
            ImportOptions{});
        QVERIFY2(report.committed, qPrintable(report.toText()));
        QCOMPARE(report.invoicesCreated, 3);
        QHash<QString, Invoice> byNumber;
        for (const InvoiceRow &r : InvoiceRepository(db).list())
            byNumber.insert(r.invoice.number, r.invoice);
        // 381 with positive amounts: a credit note of -233.47.
        QCOMPARE(byNumber.value(QStringLiteral("AV-2017-0005")).kind, Invoice::Kind::CreditNote);
        QCOMPARE(byNumber.value(QStringLiteral("AV-2017-0005")).amountCents, qint64(-23347));
        // MINIMUM profile: no due date in the file → issue date + 30 days (default terms).
        const Invoice minimum = byNumber.value(QStringLiteral("F20260023"));
        QCOMPARE(minimum.amountCents, qint64(10490));
        QCOMPARE(minimum.dueDate, minimum.issueDate.addDays(30));
        // UBL F124212: due 2026-07-16, payable 208.03 after 100.00 prepaid.
        const Invoice ubl = byNumber.value(QStringLiteral("F124212"));
        QCOMPARE(ubl.dueDate, QDate(2026, 7, 16));
        QCOMPARE(ubl.openCents, qint64(20803));
    }

    void notAnInvoiceIsRefusedAndNothingIsWritten()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(db.open(dir.filePath(QStringLiteral("n.sqlite"))).ok());
        const QString bogus = dir.filePath(QStringLiteral("commande.xml"));
        QFile f(bogus);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?><Order xmlns=\"urn:oasis:names:specification:ubl:schema:xsd:Order-2\"><ID>1</ID></Order>");
        f.close();
        const ImportReport report = Importer(db).run({corpus("Facture_FR_BASICWL.pdf"), bogus}, ImportOptions{});
        QVERIFY(!report.committed);
        QVERIFY(!report.rejected.isEmpty());
        QVERIFY2(report.rejected.first().toString().contains(QStringLiteral("commande.xml")), qPrintable(report.toText()));
        QCOMPARE(InvoiceRepository(db).count(), 0); // one transaction: the good file is not half-imported either
        QCOMPARE(CustomerRepository(db).count(), 0);
    }
};

QTEST_GUILESS_MAIN(TestImporterEInvoice)
#include "tst_importer_einvoice.moc"
