// DisputesPromisesView: open disputes with their age and category, resolved through the widgets (store and journal
// checked), and promises with their state, on GuiTestData's small business (today 25/11/2025) plus:
//   disputes  FA-1001 Garage Lefèvre, price, opened 20/10/2025 (36 days), 12 480,35 € on hold
//             FA-1020 Mairie de Saint-Étienne, invoice not received, opened 15/11/2025 (10 days), 5 000,00 €
//   promises  Boulangerie Dupont FA-1042 for 02/12/2025, transfer, 3 200,00 €, open
//             Garage Lefèvre FA-1010 for 20/11/2025, cheque, 400,00 €, open and past its date
//             Garage Lefèvre FA-1001 for 01/10/2025, broken · Électricité Moreau FA-0998 for 30/09/2025, kept

#include "Clock.h"
#include "DemoGenerator.h"
#include "DisputeRepository.h"
#include "DisputesPromisesView.h"
#include "DisputesPromisesViewDisputeModel.h"
#include "DisputesPromisesViewPromiseModel.h"
#include "EventJournal.h"
#include "GuiTestData.h"
#include "PromiseRepository.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestDisputesPromises final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void modelsPassTester();
    void listsOpenDisputesOldestFirst();
    void resolvesThroughTheWidgets();
    void refusesAnEmptyResolution();
    void reloadsWhenStale();
    void promisesWithTheirState();
    void demoDatabase();
    void french();

private:
    qint64 invoiceId(const QString &number);
    qint64 customerId(const QString &code);
    template <typename T> T *child(QWidget &parent, const char *name);

    QTemporaryDir m_dir;
    FixedClock m_clock{GuiTestData::today()};
    std::unique_ptr<Database> m_db;
    qint64 m_lefevreDispute = 0;
};

void TestDisputesPromises::initTestCase()
{
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QVERIFY(m_dir.isValid());
}

void TestDisputesPromises::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

qint64 TestDisputesPromises::invoiceId(const QString &number)
{
    for (const InvoiceRow &row : InvoiceRepository(*m_db).list())
        if (row.invoice.number == number)
            return row.invoice.id;
    return 0;
}

qint64 TestDisputesPromises::customerId(const QString &code)
{
    const auto c = CustomerRepository(*m_db).findByCode(code);
    return c ? c->id : 0;
}

template <typename T> T *TestDisputesPromises::child(QWidget &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(widget, name); }();
    return widget;
}

void TestDisputesPromises::init()
{
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())))).ok());
    const Status filled = GuiTestData::fill(*m_db);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));

    DisputeRepository disputes(*m_db);
    Dispute price;
    price.customerId = customerId(QStringLiteral("C002"));
    price.invoiceId = invoiceId(QStringLiteral("FA-1001"));
    price.category = QStringLiteral("price");
    price.openedOn = QDate(2025, 10, 20);
    price.comment = QStringLiteral("remise non appliquée");
    QVERIFY(disputes.insert(price).ok());
    m_lefevreDispute = price.id;
    Dispute notReceived;
    notReceived.customerId = customerId(QStringLiteral("C003"));
    notReceived.invoiceId = invoiceId(QStringLiteral("FA-1020"));
    notReceived.category = QStringLiteral("invoice_not_received");
    notReceived.openedOn = QDate(2025, 11, 15);
    QVERIFY(disputes.insert(notReceived).ok());

    PromiseRepository promises(*m_db);
    const auto promise = [&](const char *code, const char *number, QDate date, qint64 cents, const char *means,
                             Promise::Status status) {
        Promise p;
        p.customerId = customerId(QString::fromLatin1(code));
        p.madeOn = date.addDays(-10);
        p.promisedDate = date;
        p.amountCents = cents;
        p.means = QString::fromLatin1(means);
        p.status = status;
        p.invoiceIds = {invoiceId(QString::fromLatin1(number))};
        QVERIFY(promises.insert(p).ok());
    };
    promise("C001", "FA-1042", QDate(2025, 12, 2), 320000, "transfer", Promise::Status::Open);
    promise("C002", "FA-1010", QDate(2025, 11, 20), 40000, "cheque", Promise::Status::Open);
    promise("C002", "FA-1001", QDate(2025, 10, 1), 1248035, "transfer", Promise::Status::Broken);
    promise("C004", "FA-0998", QDate(2025, 9, 30), 80000, "transfer", Promise::Status::Kept);
}

void TestDisputesPromises::cleanup()
{
    m_db.reset();
}

void TestDisputesPromises::modelsPassTester()
{
    DisputesPromisesViewDisputeModel disputes;
    QAbstractItemModelTester disputeTester(&disputes, QAbstractItemModelTester::FailureReportingMode::QtTest);
    disputes.reload(*m_db, GuiTestData::today());
    QCOMPARE(disputes.rowCount(), 2);
    QCOMPARE(disputes.columnCount(), int(DisputesPromisesViewDisputeModel::ColumnCount));
    QCOMPARE(disputes.totalOpenCents(), 1248035 + 500000);
    QCOMPARE(disputes.averageAgeDays(), 23); // (36 + 10) / 2

    DisputesPromisesViewPromiseModel promises;
    QAbstractItemModelTester promiseTester(&promises, QAbstractItemModelTester::FailureReportingMode::QtTest);
    promises.reload(*m_db, GuiTestData::today());
    QCOMPARE(promises.rowCount(), 4);
    QCOMPARE(promises.count(Promise::Status::Open), 2);
    QCOMPARE(promises.overdueCount(), 1);
    disputes.setRows({}, GuiTestData::today());
    promises.setRows({}, GuiTestData::today());
    QCOMPARE(disputes.rowCount(), 0);
}

void TestDisputesPromises::listsOpenDisputesOldestFirst()
{
    DisputesPromisesView view(*m_db);
    view.resize(1300, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = child<QTableView>(view, "disputeTableView");
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 2);
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Customer), QStringLiteral("Garage Lefèvre"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Invoice), QStringLiteral("FA-1001"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Category), QStringLiteral("prix"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::OpenedOn), QStringLiteral("20/10/2025"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Age), QStringLiteral("36 days"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Amount), QStringLiteral("12\u202F480,35\u00A0€"));
    QCOMPARE(cell(0, DisputesPromisesViewDisputeModel::Comment), QStringLiteral("remise non appliquée"));
    QCOMPARE(cell(1, DisputesPromisesViewDisputeModel::Category), QStringLiteral("facture non reçue"));
    QCOMPARE(cell(1, DisputesPromisesViewDisputeModel::Age), QStringLiteral("10 days"));
    QCOMPARE(child<QLabel>(view, "disputesSummaryLabel")->text(),
             QStringLiteral("2 open disputes · average age 23 days · 17\u202F480,35\u00A0€ on hold"));
}

void TestDisputesPromises::resolvesThroughTheWidgets()
{
    DisputesPromisesView view(*m_db);
    view.resize(1300, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QSignalSpy resolved(&view, &DisputesPromisesView::disputeResolved);
    auto *table = child<QTableView>(view, "disputeTableView");
    auto *edit = child<QLineEdit>(view, "resolutionEdit");
    auto *button = child<QPushButton>(view, "resolveButton");
    QVERIFY(!button->isEnabled());

    // Select Garage Lefèvre's dispute (the oldest, first row), type how it ended, click "Resolve".
    const QRect rect = table->visualRect(table->model()->index(0, DisputesPromisesViewDisputeModel::Invoice));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!button->isEnabled()); // nothing typed yet
    QTest::keyClicks(edit, QStringLiteral("avoir de 200 euros, facture confirmee"));
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);

    QCOMPARE(resolved.size(), 1);
    QCOMPARE(resolved.at(0).at(0).toLongLong(), m_lefevreDispute);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(table->model()->rowCount(), 1);
    QVERIFY(child<QLabel>(view, "resolveStatusLabel")->text().contains(QStringLiteral("FA-1001")));

    // The store: resolved today with the text; the other dispute still open; the journal keeps it.
    DisputeRepository disputes(*m_db);
    const QList<Dispute> open = disputes.open();
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.at(0).category, QStringLiteral("invoice_not_received"));
    const QList<Dispute> lefevre = disputes.forCustomer(customerId(QStringLiteral("C002")));
    QCOMPARE(lefevre.size(), 1);
    QCOMPARE(lefevre.at(0).resolvedOn, GuiTestData::today());
    QCOMPARE(lefevre.at(0).resolution, QStringLiteral("avoir de 200 euros, facture confirmee"));
    const QList<Event> events = EventJournal(*m_db).forInvoice(invoiceId(QStringLiteral("FA-1001")));
    QVERIFY(!events.isEmpty());
    QCOMPARE(events.at(0).kind, QStringLiteral("dispute_resolved"));
    QCOMPARE(events.at(0).summary, QStringLiteral("Litige clos (prix) — FA-1001 : avoir de 200 euros, facture confirmee"));
    QCOMPARE(events.at(0).details.value(QStringLiteral("dispute_id")).toInteger(), m_lefevreDispute);
    QCOMPARE(events.at(0).actor, QStringLiteral("moi"));
    QCOMPARE(events.at(0).occurredAt, m_clock.now());
    // The invoice is no longer shown as disputed.
    for (const InvoiceRow &row : InvoiceRepository(*m_db).list())
        if (row.invoice.number == u"FA-1001")
            QVERIFY(!row.disputed);
}

void TestDisputesPromises::refusesAnEmptyResolution()
{
    Dispute d = DisputeRepository(*m_db).open().value(0);
    const Status s = DisputesPromisesView::resolveDispute(*m_db, d, QStringLiteral("FA-1001"), QStringLiteral("   "),
                                                          GuiTestData::today());
    QVERIFY(!s.ok());
    QVERIFY(s.error().startsWith(QStringLiteral("Resolution:")));
    QCOMPARE(DisputeRepository(*m_db).open().size(), 2);
}

void TestDisputesPromises::reloadsWhenStale()
{
    DisputesPromisesView view(*m_db);
    QVERIFY(!view.isLoaded()); // cheap to create: nothing read before it is shown
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.isLoaded());
    QCOMPARE(view.disputeModel()->rowCount(), 2);
    // Resolved elsewhere (the Today view, the customer file): the main window marks the view stale.
    const Dispute d = DisputeRepository(*m_db).open().value(0);
    QVERIFY(DisputesPromisesView::resolveDispute(*m_db, d, QStringLiteral("FA-1001"), QStringLiteral("avoir"),
                                                 GuiTestData::today()).ok());
    QCOMPARE(view.disputeModel()->rowCount(), 2);
    view.markStale();
    QCOMPARE(view.disputeModel()->rowCount(), 1);
}

void TestDisputesPromises::promisesWithTheirState()
{
    DisputesPromisesView view(*m_db);
    view.resize(1300, 700);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    auto *table = child<QTableView>(view, "promiseTableView");
    QAbstractItemModel *model = table->model();
    QCOMPARE(model->rowCount(), 4);
    // What calls for action first: the open promise past its date (in red), the open one, then broken, kept.
    const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(cell(0, DisputesPromisesViewPromiseModel::Customer), QStringLiteral("Garage Lefèvre"));
    QCOMPARE(cell(0, DisputesPromisesViewPromiseModel::Invoices), QStringLiteral("FA-1010"));
    QCOMPARE(cell(0, DisputesPromisesViewPromiseModel::Means), QStringLiteral("chèque"));
    QCOMPARE(cell(0, DisputesPromisesViewPromiseModel::State), QStringLiteral("open, date passed"));
    QCOMPARE(model->index(0, DisputesPromisesViewPromiseModel::State).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xB0, 0x00, 0x20));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::Customer), QStringLiteral("Boulangerie Dupont"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::Invoices), QStringLiteral("FA-1042"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::MadeOn), QStringLiteral("22/11/2025"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::PromisedDate), QStringLiteral("02/12/2025"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::Means), QStringLiteral("virement"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::Amount), QStringLiteral("3\u202F200,00\u00A0€"));
    QCOMPARE(cell(1, DisputesPromisesViewPromiseModel::State), QStringLiteral("open"));
    QVERIFY(!model->index(1, DisputesPromisesViewPromiseModel::State).data(Qt::ForegroundRole).isValid());
    QCOMPARE(cell(2, DisputesPromisesViewPromiseModel::State), QStringLiteral("broken"));
    QCOMPARE(cell(3, DisputesPromisesViewPromiseModel::State), QStringLiteral("kept"));
    QCOMPARE(child<QLabel>(view, "promisesSummaryLabel")->text(),
             QStringLiteral("2 open promises, 1 past its date · kept: 1 · broken: 1"));

    auto *combo = child<QComboBox>(view, "promiseFilterCombo");
    combo->setCurrentIndex(int(DisputesPromisesView::PromiseFilter::Broken));
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, DisputesPromisesViewPromiseModel::Invoices), QStringLiteral("FA-1001"));
    combo->setCurrentIndex(int(DisputesPromisesView::PromiseFilter::Open));
    QCOMPARE(model->rowCount(), 2);
    view.setPromiseFilter(DisputesPromisesView::PromiseFilter::All);
    QCOMPARE(combo->currentIndex(), 0);
    QCOMPARE(model->rowCount(), 4);
}

void TestDisputesPromises::demoDatabase()
{
    Database demo;
    QVERIFY(demo.open(m_dir.filePath(QStringLiteral("demo.sqlite"))).ok());
    FixedClock clock(QDate(2026, 11, 25));
    Clock::setInstance(&clock);
    DemoOptions options;
    options.today = clock.today();
    QVERIFY(DemoGenerator(demo).generate(options).ok());
    DisputesPromisesView view(demo);
    view.reload();
    QCOMPARE(view.disputeModel()->rowCount(), int(DisputeRepository(demo).open().size()));
    QVERIFY(view.disputeModel()->rowCount() > 0);
    int promises = 0;
    for (const CustomerSummary &c : CustomerRepository(demo).summaries(clock.today()))
        promises += int(PromiseRepository(demo).forCustomer(c.id).size());
    QCOMPARE(view.promiseModel()->rowCount(), promises);
    for (int row = 0; row < view.disputeModel()->rowCount(); ++row)
        QVERIFY(!view.disputeModel()->disputeRow(row).invoiceNumber.isEmpty());
    Clock::setInstance(&m_clock);
}

void TestDisputesPromises::french()
{
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    {
        DisputesPromisesView view(*m_db);
        view.reload();
        QCOMPARE(child<QLabel>(view, "disputesSummaryLabel")->text(),
                 QStringLiteral("2 litiges ouverts · âge moyen 23 jours · 17\u202F480,35\u00A0€ bloqués"));
        QCOMPARE(child<QLabel>(view, "promisesSummaryLabel")->text(),
                 QStringLiteral("2 promesses en cours, dont 1 échue · tenues\u00A0: 1 · non tenues\u00A0: 1"));
        QAbstractItemModel *promises = child<QTableView>(view, "promiseTableView")->model();
        QCOMPARE(promises->index(0, DisputesPromisesViewPromiseModel::State).data().toString(), QStringLiteral("ouverte, échue"));
        QCOMPARE(promises->headerData(DisputesPromisesViewPromiseModel::PromisedDate, Qt::Horizontal).toString(),
                 QStringLiteral("Promise pour le"));
        QCOMPARE(child<QTableView>(view, "disputeTableView")->model()->index(0, DisputesPromisesViewDisputeModel::Age).data().toString(),
                 QStringLiteral("36 jours"));
        QCOMPARE(child<QPushButton>(view, "resolveButton")->text(), QStringLiteral("Ré&soudre"));
    }
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestDisputesPromises test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_disputespromises.moc"
