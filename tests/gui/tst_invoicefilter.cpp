// InvoiceFilterProxyModel and InvoiceFilterBar: the Factures view's filters (all, open, late, disputed, promised) and
// "Open the PDF", on GuiTestData's small business (today 25/11/2025) plus a dispute on FA-1001, an open promise on
// FA-1020 and a PDF attached to FA-1042.
//   all 7 · open 5 (FA-1042, FA-1001, FA-1010, AV-0007, FA-1020) · late 3 (FA-1001, FA-1010, FA-1020; the credit
//   note is never late) · disputed 1 (FA-1001) · promised 1 (FA-1020)

#include "Clock.h"
#include "DisputeRepository.h"
#include "GuiTestData.h"
#include "InvoiceFilterBar.h"
#include "InvoiceFilterProxyModel.h"
#include "InvoiceTableModel.h"
#include "PromiseRepository.h"
#include "TableFilterProxyModel.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QApplication>
#include <QFile>
#include <QFileInfo>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QVBoxLayout>

class TestInvoiceFilter final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void proxyPassesTester();
    void countsAndFilters();
    void stacksUnderTheSearchProxy();
    void buttonsFilterTheTable();
    void opensTheAttachedPdf();
    void explainsAMissingPdf();

private:
    qint64 invoiceId(const QString &number);
    int rowOf(QTableView *view, const QString &number) const;

    QTemporaryDir m_dir;
    FixedClock m_clock{GuiTestData::today()};
    Database m_db;
    QByteArray m_pdf;
};

qint64 TestInvoiceFilter::invoiceId(const QString &number)
{
    for (const InvoiceRow &row : InvoiceRepository(m_db).list())
        if (row.invoice.number == number)
            return row.invoice.id;
    return 0;
}

int TestInvoiceFilter::rowOf(QTableView *view, const QString &number) const
{
    for (int row = 0; row < view->model()->rowCount(); ++row)
        if (view->model()->index(row, InvoiceTableModel::Number).data().toString() == number)
            return row;
    return -1;
}

void TestInvoiceFilter::initTestCase()
{
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
    QVERIFY(m_db.open(m_dir.filePath(QStringLiteral("invoices.sqlite"))).ok());
    QVERIFY(GuiTestData::fill(m_db).ok());
    Dispute dispute;
    dispute.customerId = CustomerRepository(m_db).findByCode(QStringLiteral("C002"))->id;
    dispute.invoiceId = invoiceId(QStringLiteral("FA-1001"));
    dispute.category = QStringLiteral("price");
    dispute.openedOn = QDate(2025, 11, 1);
    QVERIFY(DisputeRepository(m_db).insert(dispute).ok());
    Promise promise;
    promise.customerId = CustomerRepository(m_db).findByCode(QStringLiteral("C003"))->id;
    promise.madeOn = QDate(2025, 11, 21);
    promise.promisedDate = QDate(2025, 11, 28);
    promise.means = QStringLiteral("transfer");
    promise.invoiceIds = {invoiceId(QStringLiteral("FA-1020"))};
    QVERIFY(PromiseRepository(m_db).insert(promise).ok());
    m_pdf = QByteArrayLiteral("%PDF-1.4\n% facture FA-1042\n%%EOF\n");
    QVERIFY(InvoiceRepository(m_db).attachPdf(invoiceId(QStringLiteral("FA-1042")), QStringLiteral("FA-1042 (Dupont).pdf"), m_pdf).ok());
}

void TestInvoiceFilter::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

void TestInvoiceFilter::proxyPassesTester()
{
    InvoiceTableModel model;
    InvoiceFilterProxyModel proxy;
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    proxy.setInvoiceModel(&model);
    proxy.reloadPromises(m_db);
    model.reload(m_db, GuiTestData::today());
    for (int f = 0; f < InvoiceFilterProxyModel::FilterCount; ++f) {
        proxy.setFilter(InvoiceFilterProxyModel::Filter(f));
        QVERIFY(proxy.rowCount() > 0);
    }
    model.setRows({}, GuiTestData::today());
    QCOMPARE(proxy.rowCount(), 0);
}

void TestInvoiceFilter::countsAndFilters()
{
    InvoiceTableModel model;
    model.reload(m_db, GuiTestData::today());
    InvoiceFilterProxyModel proxy;
    proxy.setInvoiceModel(&model);
    proxy.reloadPromises(m_db);
    using F = InvoiceFilterProxyModel::Filter;
    QCOMPARE(proxy.count(F::All), 7);
    QCOMPARE(proxy.count(F::Open), 5);
    QCOMPARE(proxy.count(F::Late), 3);
    QCOMPARE(proxy.count(F::Disputed), 1);
    QCOMPARE(proxy.count(F::Promised), 1);
    const auto numbers = [&] {
        QStringList list;
        for (int row = 0; row < proxy.rowCount(); ++row)
            list << proxy.index(row, InvoiceTableModel::Number).data().toString();
        list.sort();
        return list;
    };
    proxy.setFilter(F::Late);
    QCOMPARE(numbers(), (QStringList{QStringLiteral("FA-1001"), QStringLiteral("FA-1010"), QStringLiteral("FA-1020")}));
    proxy.setFilter(F::Disputed);
    QCOMPARE(numbers(), QStringList{QStringLiteral("FA-1001")});
    proxy.setFilter(F::Promised);
    QCOMPARE(numbers(), QStringList{QStringLiteral("FA-1020")});
    proxy.setFilter(F::Open);
    QCOMPARE(proxy.rowCount(), 5);
    proxy.setPromisedInvoiceIds({});
    QCOMPARE(proxy.count(F::Promised), 0);
}

void TestInvoiceFilter::stacksUnderTheSearchProxy()
{
    // InvoiceTableModel → InvoiceFilterProxyModel → TableFilterProxyModel (search and sort), as the main window
    // stacks them.
    InvoiceTableModel model;
    InvoiceFilterProxyModel filter;
    filter.setInvoiceModel(&model);
    TableFilterProxyModel search;
    search.setSourceModel(&filter);
    model.reload(m_db, GuiTestData::today());
    filter.reloadPromises(m_db);
    filter.setFilter(InvoiceFilterProxyModel::Filter::Late);
    search.setSearchText(QStringLiteral("lefevre"));
    QCOMPARE(search.rowCount(), 2);
    search.sort(InvoiceTableModel::DueDate, Qt::AscendingOrder);
    QCOMPARE(search.index(0, InvoiceTableModel::Number).data().toString(), QStringLiteral("FA-1001"));
}

void TestInvoiceFilter::buttonsFilterTheTable()
{
    InvoiceTableModel model;
    model.reload(m_db, GuiTestData::today());
    QWidget window;
    auto *proxy = new InvoiceFilterProxyModel(&window);
    proxy->setInvoiceModel(&model);
    auto *search = new TableFilterProxyModel(&window);
    search->setSourceModel(proxy);
    auto *bar = new InvoiceFilterBar(m_db, proxy, &window);
    auto *view = new QTableView(&window);
    view->setModel(search);
    bar->setView(view);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(bar);
    layout->addWidget(view);
    window.resize(1000, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    using F = InvoiceFilterProxyModel::Filter;
    QCOMPARE(bar->filterButton(F::All)->text(), QStringLiteral("All (7)"));
    QCOMPARE(bar->filterButton(F::Late)->text(), QStringLiteral("Late (3)"));
    QCOMPARE(bar->filterButton(F::Promised)->text(), QStringLiteral("Promised (1)"));
    QVERIFY(bar->filterButton(F::All)->isChecked());
    QCOMPARE(view->model()->rowCount(), 7);

    QTest::mouseClick(bar->filterButton(F::Late), Qt::LeftButton);
    QCOMPARE(bar->filter(), F::Late);
    QVERIFY(bar->filterButton(F::Late)->isChecked());
    QCOMPARE(view->model()->rowCount(), 3);
    QTest::mouseClick(bar->filterButton(F::Disputed), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);
    QVERIFY(!bar->filterButton(F::Late)->isChecked());
    QTest::mouseClick(bar->filterButton(F::Open), Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 5);

    // A new promise shows after reload().
    Promise promise;
    promise.customerId = CustomerRepository(m_db).findByCode(QStringLiteral("C002"))->id;
    promise.madeOn = GuiTestData::today();
    promise.promisedDate = GuiTestData::today().addDays(5);
    promise.means = QStringLiteral("cheque");
    promise.invoiceIds = {invoiceId(QStringLiteral("FA-1010"))};
    QVERIFY(PromiseRepository(m_db).insert(promise).ok());
    bar->reload();
    QCOMPARE(bar->filterButton(F::Promised)->text(), QStringLiteral("Promised (2)"));
    QVERIFY(PromiseRepository(m_db).setStatus(promise.id, Promise::Status::Cancelled).ok());
    bar->reload();
    QCOMPARE(bar->filterButton(F::Promised)->text(), QStringLiteral("Promised (1)"));
}

void TestInvoiceFilter::opensTheAttachedPdf()
{
    InvoiceTableModel model;
    model.reload(m_db, GuiTestData::today());
    QWidget window;
    auto *proxy = new InvoiceFilterProxyModel(&window);
    proxy->setInvoiceModel(&model);
    auto *search = new TableFilterProxyModel(&window);
    search->setSourceModel(proxy);
    auto *bar = new InvoiceFilterBar(m_db, proxy, &window);
    auto *view = new QTableView(&window);
    view->setModel(search);
    bar->setView(view);
    auto *layout = new QVBoxLayout(&window);
    layout->addWidget(bar);
    layout->addWidget(view);
    window.resize(1000, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<QUrl> opened;
    bar->setUrlOpener([&opened](const QUrl &url) {
        opened << url;
        return true;
    });
    QStringList warnings;
    bar->setWarningHandler([&warnings](const QString &text) { warnings << text; });

    auto *button = window.findChild<QPushButton *>(QStringLiteral("openPdfButton"));
    QVERIFY(button);
    QVERIFY(!button->isEnabled()); // nothing selected
    const int row = rowOf(view, QStringLiteral("FA-1042"));
    QVERIFY(row >= 0);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(view->model()->index(row, 1)).center());
    QVERIFY(button->isEnabled());
    QVERIFY(button->toolTip().contains(QStringLiteral("FA-1042 (Dupont).pdf")));
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(u'\n')));
    QCOMPARE(opened.size(), 1);
    const QString path = opened.at(0).toLocalFile();
    QCOMPARE(path, bar->lastPdfPath());
    QCOMPARE(QFileInfo(path).fileName(), QStringLiteral("FA-1042__Dupont_.pdf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), m_pdf);

    // Ctrl+O from the table does the same.
    view->setFocus();
    QTest::keyClick(view, Qt::Key_O, Qt::ControlModifier);
    QCOMPARE(opened.size(), 2);
}

void TestInvoiceFilter::explainsAMissingPdf()
{
    InvoiceTableModel model;
    model.reload(m_db, GuiTestData::today());
    InvoiceFilterProxyModel proxy;
    proxy.setInvoiceModel(&model);
    InvoiceFilterBar bar(m_db, &proxy);
    bool opened = false;
    bar.setUrlOpener([&opened](const QUrl &) { return opened = true; });
    const Status s = bar.openPdf(invoiceId(QStringLiteral("FA-1001")));
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), QStringLiteral("No PDF is attached to invoice FA-1001."));
    QVERIFY(!opened);
    // A viewer that fails says where the file is.
    bar.setUrlOpener([](const QUrl &) { return false; });
    const Status failed = bar.openPdf(invoiceId(QStringLiteral("FA-1042")));
    QVERIFY(!failed.ok());
    QVERIFY(failed.error().startsWith(QStringLiteral("No PDF viewer could open invoice FA-1042; the file is ")));
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestInvoiceFilter test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_invoicefilter.moc"
