// TableFilterProxyModel: accent- and case-insensitive search over every column, "open only", numeric sorting.

#include "CustomerTableModel.h"
#include "GuiTestData.h"
#include "InvoiceTableModel.h"
#include "TableFilterProxyModel.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

class TestTableFilterProxyModel final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void search_data();
    void search();
    void sortsOnRawValues();
    void openOnlyCombinesWithSearch();
    void unchangedSearchDoesNotRefilter();
    void hundredThousandRows();

private:
    static QList<CustomerSummary> customers();
    static QList<InvoiceRow> invoices(int count);
};

void TestTableFilterProxyModel::initTestCase()
{
    Translations::install(*qApp, QStringLiteral("en"));
}

QList<CustomerSummary> TestTableFilterProxyModel::customers()
{
    const auto make = [](const char *code, const QString &name, const QString &city, qint64 open) {
        CustomerSummary s;
        s.code = QString::fromLatin1(code);
        s.name = name;
        s.city = city;
        s.openBalanceCents = open;
        s.openInvoices = open > 0 ? 1 : 0;
        return s;
    };
    return {make("C2", QStringLiteral("Garage Lefèvre"), QStringLiteral("Villeurbanne"), 1276035),
            make("C10", QStringLiteral("Œuvres Sociales du Rhône"), QStringLiteral("Lyon"), 90000),
            make("C1", QStringLiteral("Boulangerie Dupont"), QStringLiteral("Lyon"), 320000),
            make("C3", QStringLiteral("ÉLECTRICITÉ MOREAU"), QStringLiteral("Saint-Étienne"), 0)};
}

QList<InvoiceRow> TestTableFilterProxyModel::invoices(int count)
{
    QList<InvoiceRow> rows;
    rows.reserve(count);
    for (int n = 0; n < count; ++n) {
        InvoiceRow row;
        const qint64 amount = 10000 + (qint64(n) * 7919) % 5000000;
        row.invoice = GuiTestData::invoice(n % 1000 + 1, QStringLiteral("FA-%1").arg(n + 1), QDate(2023, 1, 1).addDays(n % 1000),
                                           amount, n % 3 == 0 ? 0 : amount);
        row.customerCode = QStringLiteral("C%1").arg(n % 1000);
        row.customerName = n % 10 == 0 ? QStringLiteral("Garage Lefèvre") : QStringLiteral("Société Martin");
        rows << row;
    }
    return rows;
}

void TestTableFilterProxyModel::search_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("codes");
    QTest::newRow("nothing") << QString() << QStringList{QStringLiteral("C2"), QStringLiteral("C10"), QStringLiteral("C1"), QStringLiteral("C3")};
    QTest::newRow("no accent") << QStringLiteral("lefevre") << QStringList{QStringLiteral("C2")};
    QTest::newRow("accent and capitals") << QStringLiteral("LEFÈVRE") << QStringList{QStringLiteral("C2")};
    QTest::newRow("capitals in the data") << QStringLiteral("electricite") << QStringList{QStringLiteral("C3")};
    QTest::newRow("ligature") << QStringLiteral("oeuvres") << QStringList{QStringLiteral("C10")};
    QTest::newRow("city") << QStringLiteral("lyon") << QStringList{QStringLiteral("C10"), QStringLiteral("C1")};
    QTest::newRow("two words") << QStringLiteral("lyon boulangerie") << QStringList{QStringLiteral("C1")};
    QTest::newRow("words from two rows") << QStringLiteral("lefevre lyon") << QStringList{};
    QTest::newRow("code") << QStringLiteral("c10") << QStringList{QStringLiteral("C10")};
    QTest::newRow("amount as shown") << QStringLiteral("3 200,00") << QStringList{QStringLiteral("C1")};
    QTest::newRow("amount as typed") << QStringLiteral("3200,00") << QStringList{QStringLiteral("C1")};
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringList{QStringLiteral("C2"), QStringLiteral("C10"), QStringLiteral("C1"), QStringLiteral("C3")};
}

void TestTableFilterProxyModel::search()
{
    QFETCH(QString, query);
    QFETCH(QStringList, codes);
    CustomerTableModel model;
    model.setSummaries(customers(), GuiTestData::today());
    TableFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    proxy.setSearchText(query);
    QStringList found;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found << proxy.index(row, CustomerTableModel::Code).data().toString();
    QCOMPARE(found, codes);
}

void TestTableFilterProxyModel::sortsOnRawValues()
{
    CustomerTableModel model;
    model.setSummaries(customers(), GuiTestData::today());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const auto codes = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.index(row, CustomerTableModel::Code).data().toString();
        return list.join(u' ');
    };
    // Cents, not text: "12 760,35 €" > "3 200,00 €" > "900,00 €".
    proxy.sort(CustomerTableModel::OpenBalance, Qt::DescendingOrder);
    QCOMPARE(codes(), QStringLiteral("C2 C1 C10 C3"));
    // Codes in natural order.
    proxy.sort(CustomerTableModel::Code, Qt::AscendingOrder);
    QCOMPARE(codes(), QStringLiteral("C1 C2 C3 C10"));
    // Names without regard to accents or capitals.
    proxy.sort(CustomerTableModel::Name, Qt::AscendingOrder);
    QCOMPARE(codes(), QStringLiteral("C1 C3 C2 C10"));
}

void TestTableFilterProxyModel::openOnlyCombinesWithSearch()
{
    InvoiceTableModel model;
    model.setRows(invoices(30), GuiTestData::today());
    TableFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setSourceModel(&model);
    QVERIFY(!proxy.isFiltering());
    proxy.setOpenOnly(true);
    QVERIFY(proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), 20);
    proxy.setSearchText(QStringLiteral("lefevre"));
    QCOMPARE(proxy.rowCount(), 2); // FA-11 and FA-21; FA-1, the third Lefèvre invoice, is paid
    proxy.setOpenOnly(false);
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setSearchText(QString());
    QCOMPARE(proxy.rowCount(), 30);
}

void TestTableFilterProxyModel::unchangedSearchDoesNotRefilter()
{
    CustomerTableModel model;
    model.setSummaries(customers(), GuiTestData::today());
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSearchText(QStringLiteral("lyon"));
    QSignalSpy removed(&proxy, &QAbstractItemModel::rowsRemoved);
    proxy.setSearchText(QStringLiteral("LYON ")); // same words
    QCOMPARE(removed.count(), 0);
    QCOMPARE(proxy.searchText(), QStringLiteral("LYON "));
}

void TestTableFilterProxyModel::hundredThousandRows()
{
    constexpr int Count = 100000;
    const QList<InvoiceRow> rows = invoices(Count);
    InvoiceTableModel model;
    TableFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.sort(InvoiceTableModel::DueDate, Qt::AscendingOrder);

    QElapsedTimer timer;
    timer.start();
    // The proxy maps lazily: rowCount() makes it do the work before the time is read.
    model.setRows(rows, GuiTestData::today());
    QCOMPARE(proxy.rowCount(), Count);
    qInfo("Model built and sorted on %d rows in %lld ms", Count, timer.restart());

    proxy.setSearchText(QStringLiteral("lefevre"));
    QCOMPARE(proxy.rowCount(), Count / 10);
    qInfo("Filtered %d rows in %lld ms", Count, timer.restart());
    proxy.setOpenOnly(true);
    QCOMPARE(proxy.rowCount(), Count / 10 - (Count / 10 + 2) / 3);
    timer.restart();
    proxy.sort(InvoiceTableModel::Amount, Qt::DescendingOrder);
    qInfo("Sorted %d rows by amount in %lld ms", proxy.rowCount(), timer.restart());
    for (int row = 1; row < proxy.rowCount(); ++row)
        QVERIFY(proxy.index(row - 1, InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong()
                >= proxy.index(row, InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong());
    timer.restart();
    proxy.setSearchText(QString());
    proxy.setOpenOnly(false);
    QCOMPARE(proxy.rowCount(), Count);
    qInfo("Cleared the filters (%d rows sorted again) in %lld ms", Count, timer.restart());
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestTableFilterProxyModel test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_tablefilterproxymodel.moc"
