// Importer: FEC batches applied to a real SQLite file in one transaction; balances, due dates, re-import, stock and
// delta modes, refusal and cancel that write nothing, customer matching, format detection.

#include "Clock.h"
#include "CustomerRepository.h"
#include "EventJournal.h"
#include "ImportReport.h"
#include "Importer.h"
#include "InvoiceRepository.h"
#include "SettingsRepository.h"
#include "TestSupport.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

QString fixture(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/fec/") + name; }
QString corpus(const QString &name) { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/") + name; }

QString issues(const ImportReport &r)
{
    QStringList l;
    for (const ImportIssue &i : r.rejected)
        l << i.toString();
    return l.join(u'\n');
}

int count(Database &db, const QString &table)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!db.exec(q) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Every row of the tables an import writes to, as text: equal dumps mean nothing changed.
QString dump(Database &db, const QStringList &tables = {QStringLiteral("customers"), QStringLiteral("contacts"),
                                                        QStringLiteral("invoices"), QStringLiteral("invoice_documents"),
                                                        QStringLiteral("imports"), QStringLiteral("events")})
{
    QString s;
    for (const QString &t : tables) {
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

qint64 balanceOf(Database &db, const QString &code)
{
    for (const CustomerSummary &s : CustomerRepository(db).summaries(Clock::instance().today()))
        if (s.code == code)
            return s.openBalanceCents;
    return -999999999;
}

std::optional<Invoice> invoiceOf(Database &db, const QString &code, const QString &number, Invoice::Kind kind)
{
    const auto c = CustomerRepository(db).findByCode(code);
    if (!c)
        return std::nullopt;
    return InvoiceRepository(db).find(c->id, number, kind);
}

// tab_lf.txt with FA-003 settled: its 411 line lettered AB with a new 480,00 transfer (entry BQ 5).
QString writeFa003Paid(const QString &dir)
{
    QFile in(fixture(QStringLiteral("tab_lf.txt")));
    in.open(QIODevice::ReadOnly);
    QList<QByteArray> lines = in.readAll().split('\n');
    for (QByteArray &l : lines) {
        if (l.startsWith("VE\tVentes\t3\t") && l.contains("\t411000\t")) {
            QList<QByteArray> cells = l.split('\t');
            cells[13] = "AB";
            cells[14] = "20250401";
            l = cells.join('\t');
        }
    }
    while (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    lines << "BQ\tBanque\t5\t20250401\t512000\tBanque\t\t\tVIR-0401\t20250401\tVirement Dupré\t480,00\t0,00\t\t\t20250401\t\t";
    lines << "BQ\tBanque\t5\t20250401\t411000\tClients\tCDUPRE\tÉpicerie Dupré\tVIR-0401\t20250401\tVirement Dupré\t0,00\t480,00\tAB\t20250401\t20250401\t\t";
    const QString path = dir + QStringLiteral("/fa003_paid.txt");
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(lines.join('\n') + '\n');
    return path;
}

} // namespace

class TestImporter final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<FixedClock> m_clock;
    int m_dbCount = 0;

    // A fresh, migrated database file.
    std::unique_ptr<Database> freshDb()
    {
        auto db = std::make_unique<Database>();
        const auto s = db->open(m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_dbCount)));
        if (!s)
            qFatal("%s", qPrintable(s.error()));
        return db;
    }

    static ImportReport import(Database &db, const QStringList &files, const QString &mode = QStringLiteral("delta"),
                               const Importer::Progress &progress = {})
    {
        ImportOptions o;
        o.mode = mode;
        return Importer(db).run(files, o, progress);
    }

private Q_SLOTS:
    void initTestCase()
    {
        TestSupport::prepareEnvironment();
        m_clock = std::make_unique<FixedClock>(QDate(2026, 1, 15));
        Clock::setInstance(m_clock.get());
    }
    void cleanupTestCase() { Clock::setInstance(nullptr); }

    void fixtureApplied()
    {
        auto db = freshDb();
        const ImportReport r = import(*db, {fixture(QStringLiteral("tab_lf.txt"))});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QVERIFY(!r.cancelled);
        QCOMPARE(r.rowsRead, 35);
        QCOMPARE(r.customersCreated, 3);
        QCOMPARE(r.invoicesCreated, 7);
        QCOMPARE(r.invoicesUpdated + r.invoicesUnchanged + r.markedPaid, 0);
        QCOMPARE(r.format, QStringLiteral("fec"));
        QCOMPARE(CustomerRepository(*db).count(), 3);
        QCOMPARE(InvoiceRepository(*db).count(), 7);

        // Balances = Debit − Credit of each customer's 411 lines (by hand, see make_fixtures.py).
        QCOMPARE(balanceOf(*db, QStringLiteral("CDUPRE")), 55000);
        QCOMPARE(balanceOf(*db, QStringLiteral("CMARTI")), 23000);
        QCOMPARE(balanceOf(*db, QStringLiteral("CBOIS")), 40000);
        const auto dupre = CustomerRepository(*db).findByCode(QStringLiteral("CDUPRE"));
        QCOMPARE(dupre->name, QStringLiteral("Épicerie Dupré"));
        QCOMPARE(dupre->paymentTermsDays, 30);

        // Due date = issue date + 30 days (the default terms out of the box).
        for (const InvoiceRow &row : InvoiceRepository(*db).list()) {
            QCOMPARE(row.invoice.dueDate, row.invoice.issueDate.addDays(30));
            QCOMPARE(row.invoice.sourceFile, QStringLiteral("tab_lf.txt"));
        }
        const auto fa002 = invoiceOf(*db, QStringLiteral("CMARTI"), QStringLiteral("FA-002"), Invoice::Kind::Invoice);
        QVERIFY(fa002);
        QCOMPARE(fa002->issueDate, QDate(2025, 1, 20));
        QCOMPARE(fa002->dueDate, QDate(2025, 2, 19));
        QCOMPARE(fa002->amountCents, 60000);
        QCOMPARE(fa002->openCents, 35000);
        QCOMPARE(fa002->status, Invoice::Status::PartiallyPaid);
        const auto av = invoiceOf(*db, QStringLiteral("CMARTI"), QStringLiteral("AV-001"), Invoice::Kind::CreditNote);
        QVERIFY(av);
        QCOMPARE(av->openCents, -12000);
        QVERIFY(invoiceOf(*db, QStringLiteral("CDUPRE"), QStringLiteral("RAN"), Invoice::Kind::OpeningBalance));
        QVERIFY(invoiceOf(*db, QStringLiteral("CDUPRE"), QStringLiteral("4"), Invoice::Kind::Payment));

        // One imports row (sha256 of the file's bytes) and one journal event.
        QSqlQuery q = db->query(QStringLiteral("SELECT file_name, sha256, format, mode, report, imported_at FROM imports"));
        QVERIFY(db->exec(q).ok());
        QVERIFY(q.next());
        QFile f(fixture(QStringLiteral("tab_lf.txt")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(q.value(0).toString(), QStringLiteral("tab_lf.txt"));
        QCOMPARE(q.value(1).toString(), QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
        QCOMPARE(q.value(2).toString(), QStringLiteral("fec"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("delta"));
        const QJsonObject stored = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
        QCOMPARE(stored.value(QStringLiteral("invoices_created")).toInt(), 7);
        QCOMPARE(stored.value(QStringLiteral("committed")).toBool(), true);
        QVERIFY(q.value(5).toString().startsWith(QStringLiteral("2026-01-15")));
        QVERIFY(!q.next());
        QCOMPARE(count(*db, QStringLiteral("events")), 1);
        QSqlQuery e = db->query(QStringLiteral("SELECT kind, actor, summary FROM events"));
        QVERIFY(db->exec(e).ok() && e.next());
        QCOMPARE(e.value(0).toString(), QStringLiteral("import"));
        QVERIFY(e.value(2).toString().contains(QStringLiteral("tab_lf.txt")));
    }

    // A real FEC: every customer's open balance equals its 411 sum (awk figures in tst_fecparser.cpp).
    void corpusBalances()
    {
        auto db = freshDb();
        const ImportReport r = import(*db, {corpus(QStringLiteral("fec/0000000001FEC20220831.txt"))});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.customersCreated, 17);
        QCOMPARE(r.invoicesCreated, 42);
        QCOMPARE(balanceOf(*db, QStringLiteral("CPRO00")), 2712329);
        QCOMPARE(balanceOf(*db, QStringLiteral("CLAURE")), 666127);
        QCOMPARE(balanceOf(*db, QStringLiteral("CPMTN0")), 1807004);
        QCOMPARE(balanceOf(*db, QStringLiteral("CNOURR")), -7913);
        QCOMPARE(balanceOf(*db, QStringLiteral("CFLORE")), 0);
        qint64 total = 0;
        for (const CustomerSummary &s : CustomerRepository(*db).summaries(Clock::instance().today()))
            total += s.openBalanceCents;
        QCOMPARE(total, 5251724);
        const auto fa = invoiceOf(*db, QStringLiteral("CLAURE"), QStringLiteral("FA  220396"), Invoice::Kind::Invoice);
        QVERIFY(fa);
        QCOMPARE(fa->issueDate, QDate(2022, 8, 31));
        QCOMPARE(fa->dueDate, QDate(2022, 9, 30));
        QCOMPARE(fa->amountCents, 666127);
        const auto payment = invoiceOf(*db, QStringLiteral("CPRO00"), QStringLiteral("54"), Invoice::Kind::Payment);
        QVERIFY(payment);
        QCOMPARE(payment->openCents, -2068538);
        QCOMPARE(payment->status, Invoice::Status::PartiallyPaid);
    }

    void termsFromSettingsAndCustomer()
    {
        auto db = freshDb();
        QVERIFY(SettingsRepository(*db).setValue(SettingsRepository::defaultPaymentTermsDays(), QStringLiteral("45")).ok());
        Customer bois;
        bois.code = QStringLiteral("CBOIS");
        bois.name = QStringLiteral("Menuiserie Bois");
        bois.paymentTermsDays = 45;
        bois.endOfMonth = true; // 45 jours fin de mois
        QVERIFY(CustomerRepository(*db).insert(bois).ok());
        const ImportReport r = import(*db, {fixture(QStringLiteral("tab_lf.txt"))});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.customersCreated, 2);
        QCOMPARE(r.customersUnchanged, 1);
        const auto fa003 = invoiceOf(*db, QStringLiteral("CDUPRE"), QStringLiteral("FA-003"), Invoice::Kind::Invoice);
        QCOMPARE(fa003->dueDate, QDate(2025, 3, 27)); // 10 Feb + 45 days (new customer: the setting)
        QCOMPARE(CustomerRepository(*db).findByCode(QStringLiteral("CDUPRE"))->paymentTermsDays, 45);
        const auto fa006 = invoiceOf(*db, QStringLiteral("CBOIS"), QStringLiteral("FA-006"), Invoice::Kind::Invoice);
        QCOMPARE(fa006->dueDate, QDate(2025, 4, 30)); // 15 Mar + 45 days = 29 Apr, end of month
        // The customer's own name is kept, not replaced by the file's label.
        QCOMPARE(CustomerRepository(*db).findByCode(QStringLiteral("CBOIS"))->name, QStringLiteral("Menuiserie Bois"));
    }

    void reimportChangesNothing()
    {
        auto db = freshDb();
        QVERIFY(import(*db, {fixture(QStringLiteral("tab_lf.txt"))}).committed);
        const QString before = dump(*db, {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("invoices")});
        // The same file, then the same entries in other encodings, separators and line endings.
        for (const QString &name : {QStringLiteral("tab_lf.txt"), QStringLiteral("cp1252_cr.txt"),
                                    QStringLiteral("pipe_trailing_padded.txt"), QStringLiteral("montant_sens_pm1.txt")}) {
            const ImportReport r = import(*db, {fixture(name)});
            QVERIFY2(r.committed, qPrintable(issues(r)));
            QCOMPARE(r.customersCreated + r.customersUpdated, 0);
            QCOMPARE(r.customersUnchanged, 3);
            QCOMPARE(r.invoicesCreated + r.invoicesUpdated, 0);
            QCOMPARE(r.invoicesUnchanged, 7);
        }
        QCOMPARE(dump(*db, {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("invoices")}), before);
        QCOMPARE(count(*db, QStringLiteral("imports")), 5);
        QCOMPARE(count(*db, QStringLiteral("events")), 5);
    }

    void stockMarksMissingPaid()
    {
        auto db = freshDb();
        // A customer the file does not mention keeps its open items.
        Customer other;
        other.code = QStringLiteral("CAUTRE");
        other.name = QStringLiteral("Autre client");
        QVERIFY(CustomerRepository(*db).insert(other).ok());
        Invoice kept;
        kept.customerId = other.id;
        kept.number = QStringLiteral("F-9");
        kept.issueDate = QDate(2025, 1, 1);
        kept.dueDate = QDate(2025, 1, 31);
        kept.amountCents = kept.openCents = 10000;
        QVERIFY(InvoiceRepository(*db).insert(kept).ok());
        QVERIFY(import(*db, {fixture(QStringLiteral("tab_lf.txt"))}).committed);

        const QString later = writeFa003Paid(m_dir.path());
        const ImportReport delta = import(*db, {later}, QStringLiteral("delta"));
        QVERIFY2(delta.committed, qPrintable(issues(delta)));
        QCOMPARE(delta.markedPaid, 0);
        QCOMPARE(delta.invoicesUnchanged, 6);
        QVERIFY(invoiceOf(*db, QStringLiteral("CDUPRE"), QStringLiteral("FA-003"), Invoice::Kind::Invoice)->isOpen());

        const ImportReport stock = import(*db, {later}, QStringLiteral("stock"));
        QVERIFY2(stock.committed, qPrintable(issues(stock)));
        QCOMPARE(stock.markedPaid, 1);
        QCOMPARE(stock.markedPaidNumbers, QStringList{QStringLiteral("FA-003")});
        QCOMPARE(stock.invoicesUnchanged, 6);
        const auto fa003 = invoiceOf(*db, QStringLiteral("CDUPRE"), QStringLiteral("FA-003"), Invoice::Kind::Invoice);
        QCOMPARE(fa003->status, Invoice::Status::Paid);
        QCOMPARE(fa003->openCents, 0);
        QCOMPARE(fa003->amountCents, 48000);
        QCOMPARE(balanceOf(*db, QStringLiteral("CDUPRE")), 7000); // 550,00 − 480,00
        QVERIFY(InvoiceRepository(*db).find(other.id, QStringLiteral("F-9"), Invoice::Kind::Invoice)->isOpen());
        QVERIFY(stock.toText().contains(QStringLiteral("FA-003")));
        QCOMPARE(stock.toJson().value(QStringLiteral("marked_paid_numbers")).toArray().first().toString(),
                 QStringLiteral("FA-003"));

        // Stock again: already paid, nothing more.
        const ImportReport again = import(*db, {later}, QStringLiteral("stock"));
        QCOMPARE(again.markedPaid, 0);
        QCOMPARE(again.invoicesUnchanged, 6);
    }

    void brokenFileWritesNothing()
    {
        auto db = freshDb();
        QVERIFY(import(*db, {fixture(QStringLiteral("cols21.txt"))}).committed);
        const QString before = dump(*db);
        const int customers = count(*db, QStringLiteral("customers"));
        const int invoices = count(*db, QStringLiteral("invoices"));
        const int imports = count(*db, QStringLiteral("imports"));
        const int events = count(*db, QStringLiteral("events"));
        // A good file and a broken one in the same run: the broken one refuses the whole run.
        const ImportReport r = import(*db, {corpus(QStringLiteral("fec/111111111FEC20221231.TXT")),
                                            fixture(QStringLiteral("broken.txt"))});
        QVERIFY(!r.committed);
        QVERIFY(r.hasRejections());
        QCOMPARE(r.rejected.size(), 6);
        for (const ImportIssue &i : r.rejected)
            QCOMPARE(i.file, fixture(QStringLiteral("broken.txt")));
        QCOMPARE(r.rejected.first().line, 4);
        QCOMPARE(r.rejected.first().field, QStringLiteral("Debit"));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(count(*db, QStringLiteral("customers")), customers);
        QCOMPARE(count(*db, QStringLiteral("invoices")), invoices);
        QCOMPARE(count(*db, QStringLiteral("imports")), imports);
        QCOMPARE(count(*db, QStringLiteral("events")), events);
        QCOMPARE(dump(*db), before);
        QVERIFY(r.toText().contains(QStringLiteral("broken.txt, ligne 4, colonne Debit")));
        QVERIFY(r.toText().contains(QStringLiteral("Rien n'a été enregistré")));
    }

    void cancelWritesNothing_data()
    {
        QTest::addColumn<bool>("atLastCall");
        QTest::newRow("while parsing") << false;
        QTest::newRow("after writing, before commit") << true;
    }

    void cancelWritesNothing()
    {
        QFETCH(bool, atLastCall);
        const QStringList files = {fixture(QStringLiteral("tab_lf.txt")), corpus(QStringLiteral("fec/0000000001FEC20220831.txt"))};
        // How many progress calls a whole run makes, on a scratch database.
        int calls = 0;
        {
            auto scratch = freshDb();
            QVERIFY(import(*scratch, files, QStringLiteral("delta"), [&](qint64 done, qint64 total) {
                        ++calls;
                        return done <= total;
                    }).committed);
        }
        QVERIFY(calls >= 3);
        auto db = freshDb();
        const QString before = dump(*db);
        const int stopAt = atLastCall ? calls : 1;
        int n = 0;
        const ImportReport r = import(*db, files, QStringLiteral("delta"), [&](qint64, qint64) { return ++n < stopAt; });
        QVERIFY(r.cancelled);
        QVERIFY(!r.committed);
        QCOMPARE(n, stopAt);
        QCOMPARE(dump(*db), before);
        QCOMPARE(count(*db, QStringLiteral("invoices")), 0);
        QVERIFY(r.toText().contains(QStringLiteral("annulé")));
    }

    void severalFilesOneRun()
    {
        auto db = freshDb();
        const ImportReport r = import(*db, {fixture(QStringLiteral("no_subledger.txt")),
                                            corpus(QStringLiteral("fec/111111111FEC20221231.TXT"))});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.files.size(), 2);
        QCOMPARE(r.rowsRead, 35 + 934);
        QCOMPARE(r.customersCreated, 3 + 34);
        QCOMPARE(r.invoicesCreated, 7 + 34);
        QCOMPARE(r.warnings.size(), 1); // the Windows-1252 lines of the corpus file
        QCOMPARE(count(*db, QStringLiteral("imports")), 2);
        QCOMPARE(count(*db, QStringLiteral("events")), 2);
        QCOMPARE(balanceOf(*db, QStringLiteral("411BOIS")), 40000);
        QCOMPARE(balanceOf(*db, QStringLiteral("41102430")), 248913);
    }

    void customerMatching()
    {
        auto db = freshDb();
        CustomerRepository customers(*db);
        // Known by code under another name: matched by code, name kept.
        Customer dupre;
        dupre.code = QStringLiteral("CDUPRE");
        dupre.name = QStringLiteral("Épicerie Dupré SARL");
        QVERIFY(customers.insert(dupre).ok());
        // Known under another code (an e-invoice buyer, say), same name but for case and accents: matched by name.
        Customer martin;
        martin.code = QStringLiteral("C-732829320");
        martin.name = QStringLiteral("GARAGE MARTIN – OEUVRES");
        martin.siren = QStringLiteral("732829320");
        QVERIFY(customers.insert(martin).ok());
        Customer garage;
        garage.code = QStringLiteral("C-X");
        garage.name = QStringLiteral("Garage Martin – Œuvres");
        QVERIFY(customers.insert(garage).ok());
        const ImportReport r = import(*db, {fixture(QStringLiteral("tab_lf.txt"))});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.customersCreated, 1); // CBOIS only
        QCOMPARE(customers.count(), 4);
        QCOMPARE(customers.findByCode(QStringLiteral("CDUPRE"))->name, QStringLiteral("Épicerie Dupré SARL"));
        QVERIFY(!customers.findByCode(QStringLiteral("CMARTI")));
        QVERIFY(InvoiceRepository(*db).find(garage.id, QStringLiteral("FA-002"), Invoice::Kind::Invoice));
        // "OEUVRES" is not "Œuvres": only case and accents are ignored.
        QCOMPARE(InvoiceRepository(*db).forCustomer(martin.id).size(), 0);
    }

    // What the e-invoice parsers produce (buyer without a code, SIREN/VAT, due date, PDF), applied through apply().
    void eInvoiceBatches()
    {
        auto db = freshDb();
        const QString pdfPath = corpus(QStringLiteral("einvoice/Facture_FR_BASICWL.pdf"));
        ImportBatch a;
        a.file = pdfPath;
        a.format = QStringLiteral("facturx");
        a.rowsRead = 1;
        ImportedCustomer buyer;
        buyer.name = QStringLiteral("Ma jolie boutique");
        buyer.siren = QStringLiteral("732829320");
        buyer.vatNumber = QStringLiteral("FR44732829320");
        buyer.address.line4 = QStringLiteral("12 rue des Lilas");
        buyer.address.postcode = QStringLiteral("75010");
        buyer.address.city = QStringLiteral("Paris");
        buyer.email = QStringLiteral("compta@jolie.example");
        a.customers << buyer;
        ImportedItem invoice;
        invoice.customerIndex = 0;
        invoice.number = QStringLiteral("FA-2017-0010");
        invoice.issueDate = QDate(2017, 11, 13);
        invoice.dueDate = QDate(2017, 12, 13);
        invoice.amountExclCents = 55200;
        invoice.amountCents = 67115;
        invoice.openCents = 47015;
        invoice.pdf = QByteArray("%PDF-1.7 bytes");
        invoice.pdfFileName = QStringLiteral("Facture_FR_BASICWL.pdf");
        a.items << invoice;

        ImportReport r = Importer(*db).apply({a}, {});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.customersCreated, 1);
        QCOMPARE(r.invoicesCreated, 1);
        QCOMPARE(r.files.first().sha256.size(), 64);
        const auto customer = CustomerRepository(*db).findBySiren(QStringLiteral("732829320"));
        QVERIFY(customer);
        QCOMPARE(customer->code, QStringLiteral("C-732829320"));
        QCOMPARE(customer->address.city, QStringLiteral("Paris"));
        QCOMPARE(customer->contacts.size(), 1);
        QCOMPARE(customer->contacts.first().email, QStringLiteral("compta@jolie.example"));
        auto stored = InvoiceRepository(*db).find(customer->id, QStringLiteral("FA-2017-0010"), Invoice::Kind::Invoice);
        QVERIFY(stored);
        QCOMPARE(stored->dueDate, QDate(2017, 12, 13)); // the file's due date wins over the terms
        QCOMPARE(stored->openCents, 47015);
        QCOMPARE(stored->status, Invoice::Status::PartiallyPaid);
        QString name;
        QCOMPARE(InvoiceRepository(*db).pdf(stored->id, &name), QByteArray("%PDF-1.7 bytes"));
        QCOMPARE(name, QStringLiteral("Facture_FR_BASICWL.pdf"));

        // The same document again: unchanged. Then paid in full: updated.
        r = Importer(*db).apply({a}, {});
        QCOMPARE(r.invoicesUnchanged, 1);
        QCOMPARE(r.customersUnchanged, 1);
        a.items[0].openCents = 0;
        r = Importer(*db).apply({a}, {});
        QCOMPARE(r.invoicesUpdated, 1);
        stored = InvoiceRepository(*db).find(customer->id, QStringLiteral("FA-2017-0010"), Invoice::Kind::Invoice);
        QCOMPARE(stored->status, Invoice::Status::Paid);

        // Matched by VAT number (spaces ignored), then by name (case and accents ignored); a new buyer without SIREN
        // gets a code made from its name; no due date: the customer's terms.
        ImportBatch b;
        b.file = QStringLiteral("dropped.xml"); // not on disk: no hash
        b.format = QStringLiteral("ubl");
        ImportedCustomer byVat;
        byVat.name = QStringLiteral("MJB");
        byVat.vatNumber = QStringLiteral("FR 44 732829320");
        ImportedCustomer byName;
        byName.name = QStringLiteral("MA JOLIE BOUTIQUE");
        ImportedCustomer fresh;
        fresh.name = QStringLiteral("Le Client Épicé");
        b.customers << byVat << byName << fresh;
        auto item = [](int customer, const QString &number, Invoice::Kind kind, qint64 cents) {
            ImportedItem i;
            i.customerIndex = customer;
            i.number = number;
            i.kind = kind;
            i.issueDate = QDate(2026, 1, 5);
            i.amountCents = i.openCents = cents;
            return i;
        };
        b.items << item(0, QStringLiteral("F-1"), Invoice::Kind::Invoice, 10000)
                << item(1, QStringLiteral("AV-1"), Invoice::Kind::CreditNote, -2000)
                << item(2, QStringLiteral("F-2"), Invoice::Kind::Invoice, 5000);
        r = Importer(*db).apply({b}, {});
        QVERIFY2(r.committed, qPrintable(issues(r)));
        QCOMPARE(r.customersCreated, 1);
        QCOMPARE(r.customersUnchanged, 2);
        QCOMPARE(CustomerRepository(*db).count(), 2);
        QCOMPARE(InvoiceRepository(*db).forCustomer(customer->id).size(), 3);
        const auto created = CustomerRepository(*db).findByCode(QStringLiteral("C-LECLIENTEP"));
        QVERIFY(created);
        QCOMPARE(created->name, QStringLiteral("Le Client Épicé"));
        const auto f2 = InvoiceRepository(*db).find(created->id, QStringLiteral("F-2"), Invoice::Kind::Invoice);
        QCOMPARE(f2->dueDate, QDate(2026, 2, 4));
        QSqlQuery q = db->query(QStringLiteral("SELECT sha256, file_name FROM imports ORDER BY id DESC LIMIT 1"));
        QVERIFY(db->exec(q).ok() && q.next());
        QCOMPARE(q.value(0).toString(), QString());
        QCOMPARE(q.value(1).toString(), QStringLiteral("dropped.xml"));

        // A batch with errors is refused whole.
        ImportBatch bad = b;
        bad.errors.append({QStringLiteral("dropped.xml"), 0, QStringLiteral("ram:ID"), QStringLiteral("numéro absent")});
        const int before = InvoiceRepository(*db).count();
        r = Importer(*db).apply({a, bad}, {});
        QVERIFY(!r.committed);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(InvoiceRepository(*db).count(), before);
    }

    void detectFormat_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("format");
        QTest::newRow("FEC, tab") << fixture(QStringLiteral("tab_lf.txt")) << QStringLiteral("fec");
        QTest::newRow("FEC, pipe, BOM") << fixture(QStringLiteral("cols22_bom_crlf.txt")) << QStringLiteral("fec");
        QTest::newRow("FEC, lowercase header") << fixture(QStringLiteral("lowercase_journal_header_case.txt"))
                                               << QStringLiteral("fec");
        QTest::newRow("FEC corpus") << corpus(QStringLiteral("fec/111111111FEC20221231.TXT")) << QStringLiteral("fec");
        QTest::newRow("Factur-X PDF") << corpus(QStringLiteral("einvoice/Facture_FR_MINIMUM.pdf")) << QStringLiteral("facturx");
        QTest::newRow("CII XML with BOM") << corpus(QStringLiteral("einvoice/factur-x-minimum.xml")) << QStringLiteral("facturx");
        QTest::newRow("UBL") << corpus(QStringLiteral("einvoice/ubl-21-en16931.xml")) << QStringLiteral("ubl");
    }

    void detectFormat()
    {
        QFETCH(QString, path);
        QFETCH(QString, format);
        QString error;
        QCOMPARE(Importer::detectFormat(path, &error), format);
        QVERIFY(error.isEmpty());
    }

    void detectOthers()
    {
        const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::WriteOnly));
        c.write("Numéro;Client;Montant\n");
        c.close();
        QCOMPARE(Importer::detectFormat(csv), QStringLiteral("csv"));
        const QString xml = m_dir.filePath(QStringLiteral("other.xml"));
        QFile x(xml);
        QVERIFY(x.open(QIODevice::WriteOnly));
        x.write("<?xml version=\"1.0\"?>\n<!-- a comment -->\n<Order><ID>1</ID></Order>\n");
        x.close();
        QString error;
        QCOMPARE(Importer::detectFormat(xml, &error), QString());
        QVERIFY(error.contains(QStringLiteral("Order")));
        QCOMPARE(Importer::detectFormat(m_dir.filePath(QStringLiteral("absent.txt")), &error), QString());
        QVERIFY(error.startsWith(QStringLiteral("lecture impossible")));

        auto db = freshDb();
        const ImportReport r = import(*db, {xml});
        QVERIFY(!r.committed);
        QCOMPARE(r.rejected.size(), 1);
        QCOMPARE(r.rejected.first().file, xml);
    }

    void badOptions()
    {
        auto db = freshDb();
        ImportOptions o;
        o.mode = QStringLiteral("full");
        ImportReport r = Importer(*db).run({fixture(QStringLiteral("tab_lf.txt"))}, o);
        QVERIFY(r.hasRejections());
        QCOMPARE(r.rejected.first().field, QStringLiteral("--mode"));
        o = {};
        o.format = QStringLiteral("xls");
        r = Importer(*db).run({fixture(QStringLiteral("tab_lf.txt"))}, o);
        QCOMPARE(r.rejected.first().field, QStringLiteral("--format"));
        QCOMPARE(InvoiceRepository(*db).count(), 0);
    }

    void reportJsonKeys()
    {
        ImportReport r;
        r.mode = QStringLiteral("stock");
        r.rejected.append({QStringLiteral("a.txt"), 3, QStringLiteral("Debit"), QStringLiteral("x")});
        const QJsonObject o = r.toJson();
        for (const char *key : {"files", "format", "mode", "rows_read", "customers_created", "customers_updated",
                                "customers_unchanged", "invoices_created", "invoices_updated", "invoices_unchanged",
                                "marked_paid", "marked_paid_numbers", "rejected", "warnings", "committed", "cancelled"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
        const QJsonObject issue = o.value(QStringLiteral("rejected")).toArray().first().toObject();
        QCOMPARE(issue.value(QStringLiteral("file")).toString(), QStringLiteral("a.txt"));
        QCOMPARE(issue.value(QStringLiteral("line")).toInt(), 3);
        QCOMPARE(issue.value(QStringLiteral("field")).toString(), QStringLiteral("Debit"));
        QCOMPARE(issue.value(QStringLiteral("message")).toString(), QStringLiteral("x"));
        QVERIFY(r.toText().contains(QStringLiteral("a.txt, ligne 3, colonne Debit : x")));
    }
};

QTEST_GUILESS_MAIN(TestImporter)
#include "tst_importer.moc"
