// CsvMappingDialog on the CSV fixtures (offscreen, real SQLite file for the presets): every change of a column or of
// the format refreshes the live preview and the rows it would reject; a file whose headers no built-in name knows is
// mapped by hand; a preset is saved and loaded back; and ImportDialog imports a CSV with the mapping chosen in it.

#include "Clock.h"
#include "CsvMapping.h"
#include "CsvMappingDialog.h"
#include "CustomerRepository.h"
#include "Database.h"
#include "GuiDemoData.h"
#include "ImportDialog.h"
#include "InvoiceRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace {

using Field = CsvMapping::Field;

QString csv(const QString &name) { return QStringLiteral(ENCAISSE_TEST_DATA_DIR "/csv/") + name; }

QString cell(QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

// Picks the item whose data (the column reference) is `ref`.
bool choose(QComboBox *combo, const QString &ref)
{
    const int i = combo->findData(ref);
    if (i < 0)
        return false;
    combo->setCurrentIndex(i);
    return true;
}

// preset_cols.csv mapped through the combos: Doc, Payeur, Code payeur, Quand, Valeur, Encore dû.
bool mapPresetColsByHand(CsvMappingDialog &dialog)
{
    return choose(dialog.columnCombo(Field::Number), QStringLiteral("Doc"))
           && choose(dialog.columnCombo(Field::CustomerName), QStringLiteral("Payeur"))
           && choose(dialog.columnCombo(Field::CustomerCode), QStringLiteral("Code payeur"))
           && choose(dialog.columnCombo(Field::IssueDate), QStringLiteral("Quand"))
           && choose(dialog.columnCombo(Field::Amount), QStringLiteral("Valeur"))
           && choose(dialog.columnCombo(Field::OpenAmount), QStringLiteral("Encore dû"));
}

} // namespace

class TestCsvMappingDialog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void mappingChangesRefreshThePreview();
    void detectionIsShownAndOverridable();
    void unknownHeadersMappedByHand();
    void presetSavedAndLoadedBack();
    void csvImportsWithTheChosenMapping();

private:
    QTemporaryDir m_dir;
    QTemporaryDir m_settingsDir;
    FixedClock m_clock{QDate(2026, 11, 25)};
    std::unique_ptr<Database> m_db;
};

void TestCsvMappingDialog::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY(m_settingsDir.isValid());
    GuiDemoData::isolateSettings(m_settingsDir.path(), QStringLiteral("tst_csvmappingdialog"));
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
}

void TestCsvMappingDialog::init()
{
    m_db = std::make_unique<Database>();
    const Status s = m_db->open(
        m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

void TestCsvMappingDialog::cleanup() { m_db.reset(); }

void TestCsvMappingDialog::cleanupTestCase() { Clock::setInstance(nullptr); }

void TestCsvMappingDialog::mappingChangesRefreshThePreview()
{
    // broken.csv: line 3 has 31/02/2025, line 4 the amount "12,3x"; line 2 is sound.
    CsvMappingDialog dialog(*m_db, csv(QStringLiteral("broken.csv")));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("previewStatusLabel"));
    QVERIFY(table && status);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->columnCount(), 4 + 2); // line, the 4 columns, the verdict
    QCOMPARE(cell(table, 0, 0), QStringLiteral("2"));
    QCOMPARE(dialog.rejectedRows(), (QList<int>{1, 2}));
    const int verdict = table->columnCount() - 1;
    QVERIFY2(cell(table, 1, verdict).contains(QStringLiteral("31/02/2025")), qPrintable(cell(table, 1, verdict)));
    QVERIFY(cell(table, 2, verdict).contains(QStringLiteral("« 12,3x » n'est pas un montant")));
    QVERIFY(!cell(table, 0, verdict).contains(QStringLiteral("12,3x")));
    QVERIFY(status->text().contains(QStringLiteral("2")));
    // The header says which field each column feeds.
    QVERIFY(table->horizontalHeaderItem(4)->text().startsWith(QStringLiteral("Montant TTC\n→ ")));

    // Dates read as yyyy-MM-dd: every row is refused now.
    QSignalSpy refreshed(&dialog, &CsvMappingDialog::previewRefreshed);
    QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("dateFormatCombo")), QStringLiteral("yyyy-MM-dd")));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(dialog.mapping().dateFormat, QStringLiteral("yyyy-MM-dd"));
    QCOMPARE(dialog.rejectedRows(), (QList<int>{0, 1, 2}));
    QVERIFY(cell(table, 0, verdict).contains(QStringLiteral("10/03/2025")));

    // Back to automatic detection.
    QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("dateFormatCombo")), QString()));
    QCOMPARE(refreshed.count(), 2);
    QCOMPARE(dialog.rejectedRows(), (QList<int>{1, 2}));

    // The amount taken from the customer's column: that column is not the customer's any more, which the status
    // line says (a mandatory field is missing); nothing is checked row by row.
    QVERIFY(choose(dialog.columnCombo(Field::Amount), QStringLiteral("Client")));
    QCOMPARE(refreshed.count(), 3);
    QVERIFY(!dialog.preview().missing.isEmpty());
    QVERIFY(dialog.rejectedRows().isEmpty());
    QVERIFY(status->text().contains(dialog.preview().missing.first()));

    // A comma delimiter: one column, the mandatory fields are missing, said in the status line.
    QVERIFY(choose(dialog.columnCombo(Field::Amount), QString()));
    QCOMPARE(dialog.rejectedRows(), (QList<int>{1, 2}));
    QVERIFY(choose(dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo")), QStringLiteral(",")));
    QCOMPARE(dialog.mapping().delimiter, QStringLiteral(","));
    QVERIFY(!dialog.preview().missing.isEmpty() || !dialog.preview().error.isEmpty());
    QVERIFY(dialog.rejectedRows().isEmpty());
    QVERIFY(status->text().contains(QStringLiteral("Montant TTC")) || status->text().contains(QStringLiteral("en-tête")));
}

void TestCsvMappingDialog::detectionIsShownAndOverridable()
{
    // Windows-1252, three preamble lines, header on line 4, ';', decimal comma, dd/MM/yyyy.
    CsvMappingDialog dialog(*m_db, csv(QStringLiteral("w1252_semicolon.csv")));
    QCOMPARE(dialog.preview().format.encoding, QStringLiteral("windows-1252"));
    QCOMPARE(dialog.preview().format.headerLine, 4);
    auto *encoding = dialog.findChild<QComboBox *>(QStringLiteral("encodingCombo"));
    QVERIFY(encoding->itemText(0).contains(QStringLiteral("Windows-1252")));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("delimiterCombo"))->itemText(0).contains(u';'));
    QVERIFY(dialog.findChild<QComboBox *>(QStringLiteral("dateFormatCombo"))->itemText(0).contains(QStringLiteral("31/12/2025")));
    auto *header = dialog.findChild<QSpinBox *>(QStringLiteral("headerLineSpin"));
    QCOMPARE(header->value(), 0);
    QVERIFY(header->specialValueText().contains(u'4'));
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QVERIFY(table->rowCount() >= 2);
    QCOMPARE(cell(table, 0, 3), QStringLiteral("Épicerie Dupré")); // decoded as Windows-1252
    QVERIFY(dialog.rejectedRows().isEmpty());
    const int verdict = table->columnCount() - 1;
    QCOMPARE(cell(table, 0, verdict), CsvMappingDialog::tr("OK"));

    // The due date read from the customer code's column: every row is refused, the reason on each.
    QVERIFY(choose(dialog.columnCombo(Field::DueDate), QStringLiteral("Code client")));
    QCOMPARE(dialog.rejectedRows().size(), table->rowCount());
    QVERIFY2(cell(table, 0, verdict).contains(QStringLiteral("« CDUPRE »")), qPrintable(cell(table, 0, verdict)));
    QVERIFY(table->horizontalHeaderItem(2)->text().contains(CsvMappingDialog::fieldTitle(Field::DueDate)));
    QVERIFY(choose(dialog.columnCombo(Field::DueDate), QString()));
    QVERIFY(dialog.rejectedRows().isEmpty());

    // Forced to UTF-8, the same bytes no longer read as « Épicerie Dupré ».
    QVERIFY(choose(encoding, QStringLiteral("utf-8")));
    QCOMPARE(dialog.mapping().encoding, QStringLiteral("utf-8"));
    QVERIFY2(cell(table, 0, 3) != QStringLiteral("Épicerie Dupré"), qPrintable(cell(table, 0, 3)));

    // Header line forced to 5 (the first data row): its cells become the column names.
    QVERIFY(choose(encoding, QString()));
    header->setValue(5);
    QCOMPARE(dialog.mapping().skipLines, 4);
    QCOMPARE(dialog.preview().format.headerLine, 5);
    header->setValue(0);
    QCOMPARE(dialog.mapping().skipLines, -1);
    QCOMPARE(dialog.preview().format.headerLine, 4);
}

void TestCsvMappingDialog::unknownHeadersMappedByHand()
{
    // "Doc, Payeur, Code payeur, Quand, Valeur, Encore dû": no built-in name; the first line is offered as the header.
    CsvMappingDialog dialog(*m_db, csv(QStringLiteral("preset_cols.csv")));
    auto *status = dialog.findChild<QLabel *>(QStringLiteral("previewStatusLabel"));
    QVERIFY(!dialog.preview().error.isEmpty());
    QVERIFY(status->text().contains(QStringLiteral("en-tête")));
    QVERIFY(dialog.columnCombo(Field::Number)->findData(QStringLiteral("Doc")) > 0);
    auto *table = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    QCOMPARE(table->rowCount(), 3);

    QVERIFY(mapPresetColsByHand(dialog));
    QVERIFY2(dialog.preview().error.isEmpty(), qPrintable(dialog.preview().error));
    QVERIFY(dialog.preview().missing.isEmpty());
    QCOMPARE(dialog.mapping().skipLines, 0); // picked from the first line: that line is the header
    QCOMPARE(dialog.findChild<QSpinBox *>(QStringLiteral("headerLineSpin"))->value(), 1);
    QCOMPARE(dialog.preview().format.delimiter, QChar(u'\t'));
    QCOMPARE(dialog.preview().format.dateFormat, QStringLiteral("dd.MM.yyyy"));
    QCOMPARE(table->rowCount(), 3);
    QVERIFY(dialog.rejectedRows().isEmpty());
    QCOMPARE(dialog.mapping().column(Field::Amount), QStringLiteral("Valeur"));
    QCOMPARE(dialog.mapping().column(Field::OpenAmount), QStringLiteral("Encore dû"));
    QVERIFY(!status->text().isEmpty());

    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("import-csvmapping.png")));
}

void TestCsvMappingDialog::presetSavedAndLoadedBack()
{
    CsvMapping saved;
    {
        CsvMappingDialog dialog(*m_db, csv(QStringLiteral("preset_cols.csv")));
        QVERIFY(mapPresetColsByHand(dialog));
        auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("presetNameEdit"));
        QTest::keyClicks(name, QStringLiteral("Atelier Blanc"));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("savePresetButton")), Qt::LeftButton);
        saved = dialog.mapping();
        QVERIFY(dialog.isVisible() || dialog.result() != QDialog::Accepted); // saving does not close the dialog
        const auto stored = CsvMappingStore(*m_db).load(QStringLiteral("Atelier Blanc"));
        QVERIFY(stored);
        QVERIFY(*stored == saved);
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("presetCombo"))->currentText(), QStringLiteral("Atelier Blanc"));
    }
    // A new dialog, automatic: load the preset from the list.
    CsvMappingDialog dialog(*m_db, csv(QStringLiteral("preset_cols.csv")));
    QVERIFY(!dialog.preview().error.isEmpty());
    auto *presets = dialog.findChild<QComboBox *>(QStringLiteral("presetCombo"));
    QCOMPARE(presets->count(), 1);
    presets->setCurrentIndex(presets->findText(QStringLiteral("Atelier Blanc")));
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("loadPresetButton")), Qt::LeftButton);
    QVERIFY(dialog.mapping() == saved);
    QCOMPARE(dialog.columnCombo(Field::Amount)->currentData().toString(), QStringLiteral("Valeur"));
    QCOMPARE(dialog.columnCombo(Field::CustomerCode)->currentData().toString(), QStringLiteral("Code payeur"));
    QVERIFY(dialog.preview().error.isEmpty());
    QVERIFY(dialog.rejectedRows().isEmpty());

    // Deleted: gone from the store and the list.
    QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("deletePresetButton")), Qt::LeftButton);
    QVERIFY(CsvMappingStore(*m_db).names().isEmpty());
    QCOMPARE(presets->count(), 0);
}

void TestCsvMappingDialog::csvImportsWithTheChosenMapping()
{
    const QString file = csv(QStringLiteral("preset_cols.csv"));
    ImportDialog dialog(*m_db, {file});
    QCOMPARE(dialog.formatOf(file), QStringLiteral("csv"));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    // Automatic mapping: no header recognised, refused.
    QVERIFY(!dialog.lastPreview().files.isEmpty());
    QVERIFY(!dialog.lastPreview().files.at(0).ok());
    QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
    dialog.show();
    QTest::qWait(50);
    dialog.grab().save(QDir::temp().filePath(QStringLiteral("import-csv-unmapped.png")));

    int runs = 0;
    dialog.setDialogRunner([&](QDialog &d) {
        ++runs;
        auto *mapping = qobject_cast<CsvMappingDialog *>(&d);
        if (!mapping || !mapPresetColsByHand(*mapping))
            return int(QDialog::Rejected);
        return int(QDialog::Accepted);
    });
    QSignalSpy previewed(&dialog, &ImportDialog::previewFinished);
    auto *button = dialog.findChild<QPushButton *>(QStringLiteral("csvMappingButton"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(runs, 1);
    QCOMPARE(dialog.csvMapping(file).column(Field::Amount), QStringLiteral("Valeur"));
    QVERIFY(previewed.wait(60000));
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    const ImportWorkerResult &preview = dialog.lastPreview();
    QVERIFY(preview.files.at(0).ok());
    QCOMPARE(preview.files.at(0).rowsRead, 3);
    QCOMPARE(preview.files.at(0).customers, 2);
    QCOMPARE(preview.files.at(0).invoices, 3);
    QCOMPARE(preview.files.at(0).openCents, 100000 + 30000 + 9990);
    QVERIFY(preview.dryRun);
    QCOMPARE(CustomerRepository(*m_db).count(), 0);

    QVERIFY(dialog.startImport());
    QTRY_VERIFY_WITH_TIMEOUT(!dialog.isBusy(), 60000);
    QVERIFY(dialog.committed());
    QCOMPARE(dialog.report().customersCreated, 2);
    QCOMPARE(dialog.report().invoicesCreated, 3);
    const auto atb = CustomerRepository(*m_db).findByCode(QStringLiteral("ATB"));
    QVERIFY(atb);
    QCOMPARE(atb->name, QStringLiteral("Atelier Blanc"));
    const auto p1 = InvoiceRepository(*m_db).find(atb->id, QStringLiteral("P-1"), Invoice::Kind::Invoice);
    QVERIFY(p1);
    QCOMPARE(p1->amountCents, 120000); // "1.200,00"
    QCOMPARE(p1->openCents, 100000);
    QCOMPARE(p1->issueDate, QDate(2025, 9, 1));
    QCOMPARE(p1->dueDate, QDate(2025, 10, 1)); // no due date: 30 days, the default terms
    const auto mrx = CustomerRepository(*m_db).findByCode(QStringLiteral("MRX"));
    QVERIFY(mrx);
    QCOMPARE(InvoiceRepository(*m_db).find(mrx->id, QStringLiteral("P-3"), Invoice::Kind::Invoice)->amountCents, 9990);
}

int main(int argc, char **argv)
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestCsvMappingDialog test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_csvmappingdialog.moc"
