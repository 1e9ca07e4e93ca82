// ImportDialog on real SQLite files (offscreen): a corpus FEC previewed (counts shown, nothing written) then imported
// off the GUI thread (customers, invoices and balances in the store); a re-import that changes nothing; a broken FEC
// whose faults are listed with their lines and that writes nothing; a cancelled import (from the progress callback
// and with the Cancel button) that writes nothing; a file that is no invoice, named in the error; stock mode that
// says which invoices would be marked paid, then marks them. Figures: tst_importer.cpp / tst_fecparser.cpp (awk sums
// over the 411 lines of the file).

#include "Clock.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "GuiDemoData.h"
#include "ImportDialog.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>
#include <thread>

namespace {

QString corpus(const QString &name) { return QStringLiteral(ENCAISSE_SHARED_CORPUS_DIR "/") + name; }
QString fixture(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/") + name; }

int count(Database &db, const QString &table)
{
    QSqlQuery q = db.query(QStringLiteral("SELECT count(*) FROM ") + table);
    if (!db.exec(q) || !q.next())
        return -1;
    return q.value(0).toInt();
}

// Every row of the tables an import writes to: equal dumps mean nothing changed.
QString dump(Database &db)
{
    QString s;
    for (const QString &t : {QStringLiteral("customers"), QStringLiteral("contacts"), QStringLiteral("invoices"),
                             QStringLiteral("invoice_documents"), QStringLiteral("imports"), QStringLiteral("events")}) {
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

bool storeIsEmpty(Database &db)
{
    return count(db, QStringLiteral("customers")) == 0 && count(db, QStringLiteral("invoices")) == 0
           && count(db, QStringLiteral("imports")) == 0 && count(db, QStringLiteral("events")) == 0;
}

qint64 balanceOf(Database &db, const QString &code)
{
    for (const CustomerSummary &s : CustomerRepository(db).summaries(Clock::instance().today()))
        if (s.code == code)
            return s.openBalanceCents;
    return -999999999;
}

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Digits only: "5 422" (whatever the group separator) → "5422".
QString digits(const QString &text)
{
    QString d;
    for (QChar c : text)
        if (c.isDigit() || c == u'-')
            d += c;
    return d;
}

QString issuesText(const ImportReport &r)
{
    QStringList l;
    for (const ImportIssue &i : r.rejected)
        l << i.toString();
    return l.join(u'\n');
}

} // namespace

class TestImportDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void previewThenImportCorpusFec();
    void reimportChangesNothing();
    void brokenFecListsFaultsAndWritesNothing();
    void cancelledImportWritesNothing_data();
    void cancelledImportWritesNothing();
    void cancelButtonStopsTheImport();
    void fileThatIsNoInvoiceIsNamed();
    void stockModeMarksAbsentInvoicesPaid();
    void eInvoicesImportTogether();

private:
    // The worker's result comes back through the event loop: spin it until the dialog is idle (60 s at most).
    static bool waitIdle(ImportDialog &dialog)
    {
        QElapsedTimer timer;
        timer.start();
        while (dialog.isBusy() && timer.elapsed() < 60000)
            QTest::qWait(20);
        return !dialog.isBusy();
    }
    QString saveScreenshot(QWidget &widget, const QString &name);

    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    FixedClock m_clock{QDate(2026, 11, 25)};
    std::unique_ptr<Database> m_db;
};

void TestImportDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_importdialog"));
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestImportDialog::init()
{
    m_db = std::make_unique<Database>();
    const QString path = m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(path);
    const Status s = m_db->open(path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestImportDialog::cleanup() { m_db.reset(); }

void TestImportDialog::cleanupTestCase() { Clock::setInstance(nullptr); }

QString TestImportDialog::saveScreenshot(QWidget &widget, const QString &name)
{
    const QString path = QDir::temp().filePath(QStringLiteral("import-%1.png").arg(name));
    QTest::qWait(50); // pending layout requests: the labels just filled get their height
    widget.grab().save(path);
    return path;
}

void TestImportDialog::previewThenImportCorpusFec()
{
    const QString fec = corpus(QStringLiteral("fec/0000000001FEC20220831.txt"));
    ImportDialog dialog(*m_db, {fec});
    dialog.show();
    QCOMPARE(dialog.formatOf(fec), QStringLiteral("fec"));
    QVERIFY(dialog.isBusy()); // the preview starts at once, off the GUI thread
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.hasPreview());

    // The preview: 5 422 data lines, 17 customers, 42 open items worth 52 517,24 €; nothing written.
    auto *files = dialog.findChild<QTableWidget *>(QStringLiteral("fileTable"));
    QVERIFY(files);
    QCOMPARE(files->rowCount(), 1);
    QCOMPARE(cell(files, 0, ImportDialog::FileName), QStringLiteral("0000000001FEC20220831.txt"));
    QCOMPARE(cell(files, 0, ImportDialog::Format), QStringLiteral("FEC"));
    QCOMPARE(digits(cell(files, 0, ImportDialog::Rows)), QStringLiteral("5422"));
    QCOMPARE(digits(cell(files, 0, ImportDialog::Customers)), QStringLiteral("17"));
    const ImportFilePreview &p = dialog.lastPreview().files.at(0);
    QCOMPARE(p.invoices + p.creditNotes + p.otherItems, 42);
    QCOMPARE(digits(cell(files, 0, ImportDialog::Invoices)), QString::number(p.invoices));
    QCOMPARE(p.openCents, 5251724);
    QCOMPARE(cell(files, 0, ImportDialog::OpenAmount), DisplayFormat::money(5251724));
    // The dry run on a copy of the database: what Import would do.
    QVERIFY(dialog.lastPreview().dryRun);
    QCOMPARE(dialog.lastPreview().report.customersCreated, 17);
    QCOMPARE(dialog.lastPreview().report.invoicesCreated, 42);
    auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
    QVERIFY(summary->text().contains(DisplayFormat::money(5251724)));
    QVERIFY2(summary->text().contains(QStringLiteral("17")) && summary->text().contains(QStringLiteral("42")),
             qPrintable(summary->text()));
    QVERIFY(storeIsEmpty(*m_db));
    QVERIFY(!dialog.committed());
    auto *importButton = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
    QVERIFY(importButton->isEnabled());
    saveScreenshot(dialog, QStringLiteral("preview"));

    // Import, through the button.
    QSignalSpy done(&dialog, &ImportDialog::importFinished);
    QTest::mouseClick(importButton, Qt::LeftButton);
    QVERIFY(dialog.isBusy());
    QVERIFY(!importButton->isEnabled());
    QVERIFY(done.wait(60000));
    QVERIFY2(dialog.committed(), qPrintable(issuesText(dialog.report())));
    const ImportReport r = dialog.report();
    QCOMPARE(r.customersCreated, 17);
    QCOMPARE(r.invoicesCreated, 42);
    QCOMPARE(r.rowsRead, 5422);
    QVERIFY(!r.hasRejections());
    QVERIFY(!importButton->isEnabled()); // done: one import per dialog

    // The store, read on the GUI thread's own connection.
    QCOMPARE(CustomerRepository(*m_db).count(), 17);
    QCOMPARE(InvoiceRepository(*m_db).count(), 42);
    QCOMPARE(balanceOf(*m_db, QStringLiteral("CPRO00")), 2712329);
    QCOMPARE(balanceOf(*m_db, QStringLiteral("CLAURE")), 666127);
    QCOMPARE(balanceOf(*m_db, QStringLiteral("CPMTN0")), 1807004);
    QCOMPARE(balanceOf(*m_db, QStringLiteral("CNOURR")), -7913);
    QCOMPARE(balanceOf(*m_db, QStringLiteral("CFLORE")), 0);
    qint64 total = 0;
    for (const CustomerSummary &s : CustomerRepository(*m_db).summaries(Clock::instance().today()))
        total += s.openBalanceCents;
    QCOMPARE(total, 5251724);
    const auto laure = CustomerRepository(*m_db).findByCode(QStringLiteral("CLAURE"));
    QVERIFY(laure);
    const auto fa = InvoiceRepository(*m_db).find(laure->id, QStringLiteral("FA  220396"), Invoice::Kind::Invoice);
    QVERIFY(fa);
    QCOMPARE(fa->issueDate, QDate(2022, 8, 31));
    QCOMPARE(fa->dueDate, QDate(2022, 9, 30)); // + 30 days, the default terms
    QCOMPARE(fa->amountCents, 666127);
    QCOMPARE(count(*m_db, QStringLiteral("imports")), 1);

    // The report in the dialog.
    auto *title = dialog.findChild<QLabel *>(QStringLiteral("resultTitle"));
    QVERIFY(!title->text().isEmpty());
    QVERIFY2(summary->text().contains(QStringLiteral("17")) && summary->text().contains(QStringLiteral("42")),
             qPrintable(summary->text()));
    saveScreenshot(dialog, QStringLiteral("report"));
}

void TestImportDialog::reimportChangesNothing()
{
    const QString fec = corpus(QStringLiteral("fec/111111111FEC20221231.TXT"));
    {
        ImportDialog first(*m_db, {fec});
        QVERIFY(waitIdle(first));
        QVERIFY(first.startImport());
        QVERIFY(waitIdle(first));
        QVERIFY2(first.committed(), qPrintable(issuesText(first.report())));
        QVERIFY(first.report().invoicesCreated > 0);
    }
    const int customers = CustomerRepository(*m_db).count();
    const int invoices = InvoiceRepository(*m_db).count();
    QVERIFY(customers > 0);
    const QString before = dump(*m_db);

    ImportDialog again(*m_db, {fec});
    QVERIFY(waitIdle(again));
    // The preview already says so.
    QCOMPARE(again.lastPreview().report.customersCreated + again.lastPreview().report.customersUpdated, 0);
    QCOMPARE(again.lastPreview().report.invoicesCreated + again.lastPreview().report.invoicesUpdated, 0);
    QCOMPARE(again.lastPreview().report.invoicesUnchanged, invoices);
    QVERIFY(again.startImport());
    QVERIFY(waitIdle(again));
    QVERIFY(again.committed());
    const ImportReport r = again.report();
    QCOMPARE(r.customersCreated + r.customersUpdated, 0);
    QCOMPARE(r.customersUnchanged, customers);
    QCOMPARE(r.invoicesCreated + r.invoicesUpdated, 0);
    QCOMPARE(r.invoicesUnchanged, invoices);
    QCOMPARE(CustomerRepository(*m_db).count(), customers);
    QCOMPARE(InvoiceRepository(*m_db).count(), invoices);
    // Only the import log grew (one `imports` row and one journal event per run).
    const QString after = dump(*m_db);
    QCOMPARE(after.section(QStringLiteral("imports:"), 0, 0), before.section(QStringLiteral("imports:"), 0, 0));
    QCOMPARE(count(*m_db, QStringLiteral("imports")), 2);
}

void TestImportDialog::brokenFecListsFaultsAndWritesNothing()
{
    const QString broken = fixture(QStringLiteral("fec/broken.txt"));
    const QString good = corpus(QStringLiteral("fec/111111111FEC20221231.TXT"));
    ImportDialog dialog(*m_db, {good, broken});
    QVERIFY(waitIdle(dialog));
    QVERIFY(storeIsEmpty(*m_db));

    // Every fault, with its file, line and column, already in the preview.
    auto *issues = dialog.findChild<QTableWidget *>(QStringLiteral("issueTable"));
    QVERIFY(issues);
    QVERIFY(!issues->isHidden());
    auto rejectedRows = [issues] {
        int n = 0;
        for (int r = 0; r < issues->rowCount(); ++r)
            n += issues->item(r, ImportDialog::IssueKind)->data(Qt::UserRole).toBool() ? 1 : 0;
        return n;
    };
    QCOMPARE(rejectedRows(), 6); // (the good file's warnings follow them)
    QCOMPARE(cell(issues, 0, ImportDialog::IssueFile), QStringLiteral("broken.txt"));
    QCOMPARE(cell(issues, 0, ImportDialog::IssueLine), QStringLiteral("4"));
    QCOMPARE(cell(issues, 0, ImportDialog::IssueField), QStringLiteral("Debit"));
    QVERIFY(cell(issues, 0, ImportDialog::IssueMessage).contains(QStringLiteral("12,3x")));
    QList<int> lines;
    for (int r = 0; r < 6; ++r) {
        QCOMPARE(cell(issues, r, ImportDialog::IssueFile), QStringLiteral("broken.txt"));
        lines << issues->item(r, ImportDialog::IssueLine)->data(Qt::UserRole).toInt();
    }
    QVERIFY(std::all_of(lines.cbegin(), lines.cend(), [](int l) { return l > 0; }));
    auto *files = dialog.findChild<QTableWidget *>(QStringLiteral("fileTable"));
    QVERIFY(cell(files, 1, ImportDialog::FileStatus).contains(QStringLiteral("6")));
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());

    // Import is refused: the report lists every fault, nothing is written.
    QVERIFY(!dialog.startImport());
    QVERIFY(!dialog.committed());
    QCOMPARE(dialog.report().rejected.size(), 6);
    QCOMPARE(dialog.report().rejected.first().line, 4);
    QCOMPARE(dialog.report().rejected.first().field, QStringLiteral("Debit"));
    QCOMPARE(rejectedRows(), 6);
    QVERIFY(storeIsEmpty(*m_db));
    saveScreenshot(dialog, QStringLiteral("faults"));
}

void TestImportDialog::cancelledImportWritesNothing_data()
{
    QTest::addColumn<int>("stage");
    QTest::newRow("first tick, while reading") << int(ImportWorker::Stage::Reading);
    QTest::newRow("while writing, before the commit") << int(ImportWorker::Stage::Writing);
}

void TestImportDialog::cancelledImportWritesNothing()
{
    QFETCH(int, stage);
    ImportDialog dialog(*m_db, {corpus(QStringLiteral("fec/0000000001FEC20220831.txt"))});
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.lastPreview().dryRun);
    std::atomic<int> calls{0};
    dialog.setProgressObserver([&](ImportWorker::Stage s, qint64, qint64) {
        ++calls;
        return int(s) != stage; // the first step of that stage cancels
    });
    QSignalSpy done(&dialog, &ImportDialog::importFinished);
    QVERIFY(dialog.startImport());
    QVERIFY(done.wait(60000));
    QVERIFY(calls > 0);
    QVERIFY(!dialog.committed());
    QVERIFY(dialog.report().cancelled);
    QVERIFY(storeIsEmpty(*m_db));
    QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("resultTitle"))->text().isEmpty());
}

void TestImportDialog::cancelButtonStopsTheImport()
{
    ImportDialog dialog(*m_db, {corpus(QStringLiteral("fec/0000000001FEC20220831.txt"))});
    dialog.show();
    QVERIFY(waitIdle(dialog));
    // The worker holds on its first step until the button was clicked, so the click lands while it runs.
    std::atomic<bool> reached{false};
    std::atomic<bool> clicked{false};
    dialog.setProgressObserver([&](ImportWorker::Stage, qint64, qint64) {
        reached = true;
        for (int i = 0; i < 1000 && !clicked; ++i)
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        return true;
    });
    QVERIFY(dialog.startImport());
    auto *cancel = dialog.findChild<QPushButton *>(QStringLiteral("cancelButton"));
    QVERIFY(cancel->isVisible());
    QTRY_VERIFY(reached);
    saveScreenshot(dialog, QStringLiteral("progress"));
    QTest::mouseClick(cancel, Qt::LeftButton);
    clicked = true;
    QVERIFY(waitIdle(dialog));
    QVERIFY(!dialog.committed());
    QVERIFY(dialog.report().cancelled);
    QVERIFY(!cancel->isVisible());
    QVERIFY(storeIsEmpty(*m_db));
}

void TestImportDialog::fileThatIsNoInvoiceIsNamed()
{
    const QString note = m_dir.filePath(QStringLiteral("note-de-frais.xml"));
    {
        QFile f(note);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("<?xml version=\"1.0\"?>\n<NoteDeFrais><Montant>12</Montant></NoteDeFrais>\n");
    }
    const QString missing = m_dir.filePath(QStringLiteral("absent.txt"));
    const QString good = fixture(QStringLiteral("fec/tab_lf.txt"));
    ImportDialog dialog(*m_db, {good, note, missing});
    dialog.show();
    QVERIFY(waitIdle(dialog));

    QVERIFY(dialog.formatOf(note).isEmpty());
    QVERIFY(dialog.problemOf(note).contains(QStringLiteral("note-de-frais.xml")));
    QVERIFY2(dialog.problemOf(note).contains(QStringLiteral("n'est pas une facture")), qPrintable(dialog.problemOf(note)));
    QVERIFY(dialog.problemOf(missing).contains(QStringLiteral("absent.txt")));
    auto *files = dialog.findChild<QTableWidget *>(QStringLiteral("fileTable"));
    QVERIFY(cell(files, 1, ImportDialog::FileStatus).contains(QStringLiteral("note-de-frais.xml")));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("fileErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("note-de-frais.xml")));
    QVERIFY(error->text().contains(QStringLiteral("absent.txt")));
    // The readable file is previewed all the same, but nothing is imported while the others are listed.
    QCOMPARE(dialog.lastPreview().report.invoicesCreated, 7);
    QVERIFY(!dialog.startImport());
    QVERIFY(dialog.report().rejected.size() == 2);
    QVERIFY(storeIsEmpty(*m_db));

    // Removed from the list: the rest imports.
    QVERIFY(dialog.removeFile(note));
    QVERIFY(dialog.removeFile(missing));
    QVERIFY(waitIdle(dialog));
    QVERIFY(!error->isVisible());
    QVERIFY(dialog.startImport());
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.committed());
    QCOMPARE(InvoiceRepository(*m_db).count(), 7);
}

void TestImportDialog::stockModeMarksAbsentInvoicesPaid()
{
    const QString full = fixture(QStringLiteral("fec/tab_lf.txt"));
    {
        ImportDialog first(*m_db, {full});
        QVERIFY(waitIdle(first));
        QVERIFY(first.startImport());
        QVERIFY(waitIdle(first));
        QVERIFY(first.committed());
    }
    // The same FEC without entry VE 3 (FA-003, 480,00 € for CDUPRE): in stock mode FA-003 is paid.
    QFile in(full);
    QVERIFY(in.open(QIODevice::ReadOnly));
    QByteArray without;
    for (const QByteArray &line : in.readAll().split('\n'))
        if (!line.startsWith("VE\tVentes\t3\t") && !line.isEmpty())
            without += line + '\n';
    const QString path = m_dir.filePath(QStringLiteral("sans-fa003.txt"));
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(without);
    out.close();

    ImportDialog dialog(*m_db, {path});
    dialog.show();
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.mode(), QStringLiteral("delta"));
    QCOMPARE(dialog.lastPreview().report.markedPaid, 0);
    auto *stockExplanation = dialog.findChild<QLabel *>(QStringLiteral("stockExplanation"));
    QVERIFY(stockExplanation->isVisible() && !stockExplanation->text().isEmpty());

    // Stock: the preview runs again and names the invoice.
    QSignalSpy previewed(&dialog, &ImportDialog::previewFinished);
    QTest::mouseClick(dialog.findChild<QRadioButton *>(QStringLiteral("stockRadio")), Qt::LeftButton);
    QCOMPARE(dialog.mode(), QStringLiteral("stock"));
    QVERIFY(previewed.wait(60000));
    QVERIFY(waitIdle(dialog));
    QCOMPARE(dialog.lastPreview().report.markedPaid, 1);
    QCOMPARE(dialog.lastPreview().report.markedPaidNumbers, QStringList{QStringLiteral("FA-003")});
    auto *markedPaid = dialog.findChild<QLabel *>(QStringLiteral("markedPaidLabel"));
    QVERIFY(markedPaid->isVisible());
    QVERIFY(markedPaid->text().contains(QStringLiteral("FA-003")));
    const auto dupre = CustomerRepository(*m_db).findByCode(QStringLiteral("CDUPRE"));
    QVERIFY(dupre);
    QCOMPARE(InvoiceRepository(*m_db).find(dupre->id, QStringLiteral("FA-003"), Invoice::Kind::Invoice)->status,
             Invoice::Status::Open); // still: a preview writes nothing
    saveScreenshot(dialog, QStringLiteral("stock-preview"));

    QVERIFY(dialog.startImport());
    QVERIFY(waitIdle(dialog));
    QVERIFY(dialog.committed());
    QCOMPARE(dialog.report().markedPaid, 1);
    QCOMPARE(dialog.report().markedPaidNumbers, QStringList{QStringLiteral("FA-003")});
    QVERIFY(markedPaid->text().contains(QStringLiteral("FA-003")));
    const auto fa003 = InvoiceRepository(*m_db).find(dupre->id, QStringLiteral("FA-003"), Invoice::Kind::Invoice);
    QCOMPARE(fa003->status, Invoice::Status::Paid);
    QCOMPARE(fa003->openCents, 0);
}

void TestImportDialog::eInvoicesImportTogether()
{
    // A Factur-X PDF and a UBL invoice in one run: two formats, one transaction.
    const QString pdf = corpus(QStringLiteral("einvoice/Facture_FR_BASICWL.pdf"));
    const QString ubl = corpus(QStringLiteral("einvoice/ubl-21-en16931.xml"));
    ImportDialog dialog(*m_db, {pdf, ubl});
    QCOMPARE(dialog.formatOf(pdf), QStringLiteral("facturx"));
    QCOMPARE(dialog.formatOf(ubl), QStringLiteral("ubl"));
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog.lastPreview().dryRun, qPrintable(issuesText(dialog.lastPreview().report)));
    QCOMPARE(dialog.lastPreview().report.invoicesCreated, 2);
    // FA-2017-0010: 470,15 € still due; F124212: 208,03 € payable.
    QCOMPARE(dialog.lastPreview().files.at(0).openCents, 47015);
    QCOMPARE(dialog.lastPreview().files.at(1).openCents, 20803);
    QVERIFY(storeIsEmpty(*m_db));
    QVERIFY(dialog.startImport());
    QVERIFY(waitIdle(dialog));
    QVERIFY2(dialog.committed(), qPrintable(issuesText(dialog.report())));
    QCOMPARE(InvoiceRepository(*m_db).count(), 2);
    QCOMPARE(count(*m_db, QStringLiteral("invoice_documents")), 1); // the PDF is kept with its invoice
}

int main(int argc, char **argv)
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestImportDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_importdialog.moc"
