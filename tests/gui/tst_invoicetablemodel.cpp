// InvoiceTableModel: every receivable from a real SQLite file, checked with QAbstractItemModelTester.

#include "GuiTestData.h"
#include "InvoiceTableModel.h"
#include "TableFilterProxyModel.h"
#include "TableRoles.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QTemporaryDir>
#include <QTest>

class TestInvoiceTableModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void passesModelTester();
    void showsInvoice();
    void creditNoteIsNegative();
    void daysLateAreRelativeToToday();
    void disputedIsNotRed();
    void openRole();
    void numbersSortNaturally();
    void statusWording_data();
    void statusWording();

private:
    int rowOf(const QString &number) const;

    QTemporaryDir m_dir;
    Database m_db;
    InvoiceTableModel m_model;
};

void TestInvoiceTableModel::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("invoices.sqlite"))).ok());
    const Status filled = GuiTestData::fill(m_db);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    m_model.reload(m_db, GuiTestData::today());
}

int TestInvoiceTableModel::rowOf(const QString &number) const
{
    for (int row = 0; row < m_model.rowCount(); ++row)
        if (m_model.invoiceRow(row).invoice.number == number)
            return row;
    return -1;
}

void TestInvoiceTableModel::passesModelTester()
{
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.sort(InvoiceTableModel::DaysLate, Qt::DescendingOrder);

    model.reload(m_db, GuiTestData::today());
    QCOMPARE(model.rowCount(), 7);
    QCOMPARE(model.columnCount(), int(InvoiceTableModel::ColumnCount));
    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), 5);
    QCOMPARE(proxy.index(0, InvoiceTableModel::Number).data().toString(), QStringLiteral("FA-1001")); // 41 days
    proxy.setSearchText(QStringLiteral("lefèvre"));
    QCOMPARE(proxy.rowCount(), 3);
    model.retranslate();
    QCOMPARE(proxy.rowCount(), 3);
    model.reload(m_db, GuiTestData::today());
    proxy.setOpenOnly(false);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 7);
}

void TestInvoiceTableModel::showsInvoice()
{
    const int row = rowOf(QStringLiteral("FA-1010"));
    QVERIFY(row >= 0);
    const auto text = [&](int column) { return m_model.index(row, column).data().toString(); };
    QCOMPARE(text(InvoiceTableModel::Customer), QStringLiteral("C002 · Garage Lefèvre"));
    QCOMPARE(text(InvoiceTableModel::Kind), QStringLiteral("Invoice"));
    QCOMPARE(text(InvoiceTableModel::IssueDate), QStringLiteral("02/10/2025"));
    QCOMPARE(text(InvoiceTableModel::DueDate), QStringLiteral("01/11/2025"));
    QCOMPARE(text(InvoiceTableModel::Amount), QStringLiteral("1\u202F000,00\u00A0€"));
    QCOMPARE(text(InvoiceTableModel::Open), QStringLiteral("400,00\u00A0€"));
    QCOMPARE(text(InvoiceTableModel::Status), QStringLiteral("Partly paid"));
    QCOMPARE(text(InvoiceTableModel::DaysLate), QStringLiteral("24"));
    QCOMPARE(m_model.index(row, InvoiceTableModel::Amount).data(TableRoles::SortRole).toLongLong(), 100000);
    QCOMPARE(m_model.index(row, InvoiceTableModel::Open).data(TableRoles::SortRole).toLongLong(), 40000);
    QCOMPARE(m_model.index(row, InvoiceTableModel::DueDate).data(TableRoles::SortRole).toLongLong(),
             QDate(2025, 11, 1).toJulianDay());
    QCOMPARE(m_model.index(row, InvoiceTableModel::Amount).data(Qt::TextAlignmentRole).toInt(),
             int(Qt::AlignRight | Qt::AlignVCenter));

    const int paid = rowOf(QStringLiteral("FA-0999"));
    QCOMPARE(m_model.index(paid, InvoiceTableModel::Open).data().toString(), QString());
    QCOMPARE(m_model.index(paid, InvoiceTableModel::Status).data().toString(), QStringLiteral("Paid"));
    QCOMPARE(m_model.index(paid, InvoiceTableModel::DaysLate).data().toString(), QString());
}

void TestInvoiceTableModel::creditNoteIsNegative()
{
    const int row = rowOf(QStringLiteral("AV-0007"));
    QCOMPARE(m_model.index(row, InvoiceTableModel::Kind).data().toString(), QStringLiteral("Credit note"));
    QCOMPARE(m_model.index(row, InvoiceTableModel::Amount).data().toString(), QStringLiteral("-120,00\u00A0€"));
    QCOMPARE(m_model.index(row, InvoiceTableModel::Open).data().toString(), QStringLiteral("-120,00\u00A0€"));
    QCOMPARE(m_model.index(row, InvoiceTableModel::Amount).data(TableRoles::SortRole).toLongLong(), -12000);
    QCOMPARE(m_model.index(row, InvoiceTableModel::Status).data().toString(), QStringLiteral("Unused"));
    // Its due date is past, but a credit is never late.
    QCOMPARE(m_model.daysLate(row), 0);
    QCOMPARE(m_model.index(row, InvoiceTableModel::DaysLate).data().toString(), QString());
    QVERIFY(!m_model.index(row, InvoiceTableModel::DaysLate).data(Qt::ForegroundRole).isValid());
}

void TestInvoiceTableModel::daysLateAreRelativeToToday()
{
    const int late = rowOf(QStringLiteral("FA-1001"));
    QCOMPARE(m_model.index(late, InvoiceTableModel::DaysLate).data().toString(), QStringLiteral("41"));
    QVERIFY(m_model.index(late, InvoiceTableModel::DaysLate).data(Qt::ForegroundRole).canConvert<QBrush>());
    QCOMPARE(m_model.index(late, InvoiceTableModel::DaysLate).data(Qt::ToolTipRole).toString(),
             QStringLiteral("41 days past the due date"));

    const int notYetDue = rowOf(QStringLiteral("FA-1042"));
    QCOMPARE(m_model.index(notYetDue, InvoiceTableModel::DaysLate).data().toString(), QString());
    QVERIFY(!m_model.index(notYetDue, InvoiceTableModel::DaysLate).data(Qt::ForegroundRole).isValid());
    QCOMPARE(m_model.index(notYetDue, InvoiceTableModel::DaysLate).data(Qt::ToolTipRole).toString(),
             QStringLiteral("Due in 7 days"));
    QCOMPARE(m_model.index(notYetDue, InvoiceTableModel::DaysLate).data(TableRoles::SortRole).toInt(), -7);

    // Another day, other delays.
    InvoiceTableModel later;
    later.reload(m_db, QDate(2025, 12, 3));
    for (int row = 0; row < later.rowCount(); ++row)
        if (later.invoiceRow(row).invoice.number == u"FA-1042")
            QCOMPARE(later.index(row, InvoiceTableModel::DaysLate).data().toString(), QStringLiteral("1"));
}

void TestInvoiceTableModel::disputedIsNotRed()
{
    QList<InvoiceRow> rows;
    InvoiceRow disputed;
    disputed.invoice = GuiTestData::invoice(1, QStringLiteral("FA-2000"), QDate(2025, 10, 1), 10000, 10000);
    disputed.customerCode = QStringLiteral("C009");
    disputed.customerName = QStringLiteral("Client en litige");
    disputed.disputed = true;
    rows << disputed;
    InvoiceTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRows(rows, GuiTestData::today());
    QCOMPARE(model.index(0, InvoiceTableModel::Status).data().toString(), QStringLiteral("Disputed"));
    QCOMPARE(model.index(0, InvoiceTableModel::DaysLate).data().toString(), QStringLiteral("55"));
    QVERIFY(!model.index(0, InvoiceTableModel::DaysLate).data(Qt::ForegroundRole).isValid());
    QVERIFY(!model.index(0, InvoiceTableModel::Status).data(Qt::ToolTipRole).toString().isEmpty());
}

void TestInvoiceTableModel::openRole()
{
    QVERIFY(m_model.index(rowOf(QStringLiteral("AV-0007")), 0).data(TableRoles::OpenRole).toBool());
    QVERIFY(m_model.index(rowOf(QStringLiteral("FA-1010")), 0).data(TableRoles::OpenRole).toBool());
    QVERIFY(!m_model.index(rowOf(QStringLiteral("FA-0998")), 0).data(TableRoles::OpenRole).toBool());
}

void TestInvoiceTableModel::numbersSortNaturally()
{
    QList<InvoiceRow> rows;
    for (const char *number : {"FA-1042", "fa-999", "FA-1042-B", "AV-12"}) {
        InvoiceRow row;
        row.invoice = GuiTestData::invoice(7, QString::fromLatin1(number), GuiTestData::today(), 100, 100);
        row.customerCode = QStringLiteral("C7");
        rows << row;
    }
    InvoiceRow other = rows.first();
    other.invoice.customerId = 8;
    other.customerCode = QStringLiteral("C10");
    rows << other;
    InvoiceTableModel model;
    model.setRows(rows, GuiTestData::today());
    const auto rank = [&](int row, int column) { return model.index(row, column).data(TableRoles::SortRole).toInt(); };
    // AV-12 < fa-999 < FA-1042 = FA-1042 < FA-1042-B
    QVERIFY(rank(3, InvoiceTableModel::Number) < rank(1, InvoiceTableModel::Number));
    QVERIFY(rank(1, InvoiceTableModel::Number) < rank(0, InvoiceTableModel::Number));
    QCOMPARE(rank(0, InvoiceTableModel::Number), rank(4, InvoiceTableModel::Number));
    QVERIFY(rank(0, InvoiceTableModel::Number) < rank(2, InvoiceTableModel::Number));
    // C7 < C10
    QVERIFY(rank(0, InvoiceTableModel::Customer) < rank(4, InvoiceTableModel::Customer));
    QCOMPARE(rank(0, InvoiceTableModel::Customer), rank(3, InvoiceTableModel::Customer));
}

void TestInvoiceTableModel::statusWording_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("text");
    const int invoice = int(Invoice::Kind::Invoice);
    const int credit = int(Invoice::Kind::CreditNote);
    const int payment = int(Invoice::Kind::Payment);
    QTest::newRow("invoice open") << invoice << int(Invoice::Status::Open) << QStringLiteral("Open");
    QTest::newRow("invoice partly") << invoice << int(Invoice::Status::PartiallyPaid) << QStringLiteral("Partly paid");
    QTest::newRow("invoice paid") << invoice << int(Invoice::Status::Paid) << QStringLiteral("Paid");
    QTest::newRow("invoice cancelled") << invoice << int(Invoice::Status::Cancelled) << QStringLiteral("Cancelled");
    QTest::newRow("credit open") << credit << int(Invoice::Status::Open) << QStringLiteral("Unused");
    QTest::newRow("credit partly") << credit << int(Invoice::Status::PartiallyPaid) << QStringLiteral("Partly used");
    QTest::newRow("credit used") << credit << int(Invoice::Status::Paid) << QStringLiteral("Used");
    QTest::newRow("payment open") << payment << int(Invoice::Status::Open) << QStringLiteral("Unused");
}

void TestInvoiceTableModel::statusWording()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, text);
    InvoiceRow row;
    row.invoice.kind = Invoice::Kind(kind);
    row.invoice.status = Invoice::Status(status);
    QCOMPARE(InvoiceTableModel::statusText(row), text);
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestInvoiceTableModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_invoicetablemodel.moc"
