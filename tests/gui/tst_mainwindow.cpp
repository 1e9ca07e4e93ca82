// MainWindow: the whole journey through real widgets over a real SQLite file (offscreen).

#include "Clock.h"
#include "CustomerTableModel.h"
#include "Database.h"
#include "GuiTestData.h"
#include "InvoiceFilterBar.h"
#include "InvoiceTableModel.h"
#include "MainWindow.h"
#include "TableFilterProxyModel.h"
#include "TestSupport.h"
#include "Translations.h"

#include <QApplication>
#include <QCompleter>
#include <QAbstractButton>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();

    void opensOnTodayThenCustomers();
    void searchCustomersIgnoresAccentsAndCase();
    void ctrlFFocusesSearch();
    void searchesEverywhere();
    void sortsByOpenBalance();
    void invoicesOpenOnly();
    void frenchAndEnglish();
    void restoresGeometryAndColumns();
    void largeDatabase();

private:
    MainWindow &showWindow();
    template <typename T> T *child(const char *name);
    QString cell(QTableView *view, int row, int column) const;
    void clickHeader(QTableView *view, int column);

    QTemporaryDir m_settingsDir;
    QTemporaryDir m_dir;
    FixedClock m_clock{GuiTestData::today()};
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_settingsDir.isValid());
    // Never touch the user's own settings.
    QCoreApplication::setOrganizationName(QStringLiteral("EncaisseTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    Clock::setInstance(&m_clock);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_db = std::make_unique<Database>();
    QVERIFY(m_dir.isValid());
    const Status opened = m_db->open(m_dir.filePath(QStringLiteral("encaisse-%1.sqlite")
                                                        .arg(QString::fromLatin1(QTest::currentTestFunction()))));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
}

void TestMainWindow::cleanup()
{
    m_window.reset();
    m_db.reset();
}

void TestMainWindow::cleanupTestCase()
{
    Clock::setInstance(nullptr);
}

MainWindow &TestMainWindow::showWindow()
{
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    [&] { QVERIFY(QTest::qWaitForWindowExposed(m_window.get())); }();
    return *m_window;
}

template <typename T> T *TestMainWindow::child(const char *name)
{
    T *widget = m_window->findChild<T *>(QString::fromLatin1(name));
    [&] { QVERIFY2(widget, name); }();
    return widget;
}

QString TestMainWindow::cell(QTableView *view, int row, int column) const
{
    return view->model()->index(row, column).data().toString();
}

void TestMainWindow::clickHeader(QTableView *view, int column)
{
    QHeaderView *header = view->horizontalHeader();
    const QPoint centre(header->sectionViewportPosition(column) + header->sectionSize(column) / 2, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, centre);
}

void TestMainWindow::opensOnTodayThenCustomers()
{
    const Status filled = GuiTestData::fill(*m_db);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    MainWindow &window = showWindow();

    QCOMPARE(window.windowTitle(), QStringLiteral("Encaisse — Atelier Martin SARL"));
    // "Today first": the window opens on the day's work; the customers are read when their tab opens.
    QCOMPARE(child<QTabWidget>("viewTabWidget")->currentIndex(), int(MainWindow::View::Today));
    QCOMPARE(child<QTabWidget>("viewTabWidget")->count(), MainWindow::ViewCount);
    window.showView(MainWindow::View::Customers);
    QCOMPARE(child<QTabWidget>("viewTabWidget")->currentIndex(), int(MainWindow::View::Customers));
    auto *view = child<QTableView>("customerTableView");
    QCOMPARE(view->model()->rowCount(), 4);
    // Who owes most comes first.
    QCOMPARE(cell(view, 0, CustomerTableModel::Name), QStringLiteral("Garage Lefèvre"));
    QCOMPARE(cell(view, 0, CustomerTableModel::OpenBalance), QStringLiteral("12\u202F760,35\u00A0€"));
    QCOMPARE(cell(view, 0, CustomerTableModel::Profile), QStringLiteral("mauvais payeur"));
    QCOMPARE(cell(view, 0, CustomerTableModel::OldestDue), QStringLiteral("15/10/2025"));
    QCOMPARE(child<QLabel>("summaryLabel")->text(),
             QStringLiteral("4 customers   ·   Open balance: 20\u202F960,35\u00A0€   ·   Overdue: 17\u202F880,35\u00A0€"));
    QVERIFY(child<QLabel>("todayLabel")->text().contains(QStringLiteral("25 November 2025")));
}

void TestMainWindow::searchCustomersIgnoresAccentsAndCase()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    showWindow().showView(MainWindow::View::Customers);
    auto *edit = child<QLineEdit>("customerSearchEdit");
    auto *view = child<QTableView>("customerTableView");
    QCOMPARE(edit->placeholderText(), QStringLiteral("Search…"));

    QTest::keyClicks(edit, QStringLiteral("lefevre"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view, 0, CustomerTableModel::Name), QStringLiteral("Garage Lefèvre"));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(QStringLiteral("1 of 4 customers shown")));

    // Escape empties the box and shows everyone again.
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(edit->text(), QString());
    QCOMPARE(view->model()->rowCount(), 4);

    // Typed with accents and capitals (keyClicks cannot send "É": one key event per character).
    for (const QChar c : QStringLiteral("ÉTIENNE"))
        QTest::sendKeyEvent(QTest::Click, edit, Qt::Key_unknown, QString(c), Qt::NoModifier);
    QCOMPARE(edit->text(), QStringLiteral("ÉTIENNE"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view, 0, CustomerTableModel::Name), QStringLiteral("Mairie de Saint-Étienne"));

    // Several words: each must be found, in any column.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("garage villeurbanne"));
    QCOMPARE(view->model()->rowCount(), 1);
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("garage lyon"));
    QCOMPARE(view->model()->rowCount(), 0);
    // An amount as typed, without the thousands separator.
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("12760,35"));
    QCOMPARE(view->model()->rowCount(), 1);
}

void TestMainWindow::ctrlFFocusesSearch()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    MainWindow &window = showWindow();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    // On Today, Ctrl+F goes to the search box of the whole window.
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("globalSearchEdit")->hasFocus());
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Customers);
    auto *view = child<QTableView>("customerTableView");
    view->setFocus();
    QTRY_VERIFY(view->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(child<QLineEdit>("customerSearchEdit")->hasFocus());

    // On the invoices tab, Ctrl+F goes to the invoice search; Enter goes back to the results.
    QTest::keyClick(&window, Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window.currentView(), MainWindow::View::Invoices);
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    auto *invoiceSearch = child<QLineEdit>("invoiceSearchEdit");
    QTRY_VERIFY(invoiceSearch->hasFocus());
    QTest::keyClicks(invoiceSearch, QStringLiteral("fa-1001"));
    QTest::keyClick(invoiceSearch, Qt::Key_Return);
    auto *invoices = child<QTableView>("invoiceTableView");
    QTRY_VERIFY(invoices->hasFocus());
    QCOMPARE(invoices->currentIndex().row(), 0);
    QCOMPARE(cell(invoices, 0, InvoiceTableModel::Number), QStringLiteral("FA-1001"));
}

void TestMainWindow::searchesEverywhere()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    MainWindow &window = showWindow();
    auto *search = child<QLineEdit>("globalSearchEdit");
    auto *completer = window.findChild<QCompleter *>(QStringLiteral("globalSearchCompleter"));
    QVERIFY(completer);
    const auto suggestions = [completer] {
        QStringList list;
        for (int row = 0; row < completer->model()->rowCount(); ++row)
            list << completer->model()->index(row, 0).data().toString();
        return list;
    };

    // A customer: the suggestion opens the file; Enter shows the customers found, filtered.
    QTest::keyClicks(search, QStringLiteral("lefevre"));
    QTRY_VERIFY(completer->popup()->isVisible());
    QStringList found = suggestions();
    QVERIFY2(found.first().contains(QStringLiteral("Garage Lefèvre")), qPrintable(found.join(u'|')));
    QVERIFY2(found.contains(QStringLiteral("Show the 1 matching customer in Customers")), qPrintable(found.join(u'|')));
    completer->popup()->hide();
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(window.currentView(), MainWindow::View::Customers);
    QCOMPARE(child<QLineEdit>("customerSearchEdit")->text(), QStringLiteral("lefevre"));
    QCOMPARE(child<QTableView>("customerTableView")->model()->rowCount(), 1);

    // An invoice number alone goes to the invoices, paid ones included.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("FA-0999"));
    QTRY_VERIFY(completer->popup()->isVisible());
    found = suggestions();
    QVERIFY2(found.first().contains(QStringLiteral("FA-0999")), qPrintable(found.join(u'|')));
    QAbstractItemView *popup = completer->popup();
    popup->setCurrentIndex(completer->completionModel()->index(0, 0));
    QTest::keyClick(popup, Qt::Key_Return);
    QCOMPARE(window.currentView(), MainWindow::View::Invoices);
    QCOMPARE(child<QLineEdit>("invoiceSearchEdit")->text(), QStringLiteral("FA-0999"));
    QCOMPARE(child<QTableView>("invoiceTableView")->model()->rowCount(), 1);

    // Nothing found says so.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("zzzz"));
    QCOMPARE(suggestions(), QStringList{QStringLiteral("Nothing found for “zzzz”")});
}

void TestMainWindow::sortsByOpenBalance()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    showWindow().showView(MainWindow::View::Customers);
    auto *view = child<QTableView>("customerTableView");
    const auto names = [&] {
        QStringList list;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            list << cell(view, row, CustomerTableModel::Name);
        return list;
    };

    // By name, accents ignored: "Électricité" sorts with the E.
    clickHeader(view, CustomerTableModel::Name);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(CustomerTableModel::Name));
    QCOMPARE(names(), (QStringList{QStringLiteral("Boulangerie Dupont"), QStringLiteral("Électricité Moreau"),
                                   QStringLiteral("Garage Lefèvre"), QStringLiteral("Mairie de Saint-Étienne")}));

    // A first click on an amount shows the largest first; sorting is numeric, not textual.
    clickHeader(view, CustomerTableModel::OpenBalance);
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Garage Lefèvre"), QStringLiteral("Mairie de Saint-Étienne"),
                                   QStringLiteral("Boulangerie Dupont"), QStringLiteral("Électricité Moreau")}));
    clickHeader(view, CustomerTableModel::OpenBalance);
    QCOMPARE(view->horizontalHeader()->sortIndicatorOrder(), Qt::AscendingOrder);
    QCOMPARE(names(), (QStringList{QStringLiteral("Électricité Moreau"), QStringLiteral("Boulangerie Dupont"),
                                   QStringLiteral("Mairie de Saint-Étienne"), QStringLiteral("Garage Lefèvre")}));
    QCOMPARE(cell(view, 0, CustomerTableModel::OpenBalance), QStringLiteral("0,00\u00A0€"));
}

void TestMainWindow::invoicesOpenOnly()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    MainWindow &window = showWindow();
    auto *tabs = child<QTabWidget>("viewTabWidget");
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {},
                      tabs->tabBar()->tabRect(int(MainWindow::View::Invoices)).center());
    QCOMPARE(window.currentView(), MainWindow::View::Invoices);

    auto *view = child<QTableView>("invoiceTableView");
    // The filter bar opens on the open invoices.
    auto *filters = child<InvoiceFilterBar>("invoiceFilterBar");
    QCOMPARE(filters->filter(), InvoiceFilterProxyModel::Filter::Open);
    QAbstractButton *all = filters->filterButton(InvoiceFilterProxyModel::Filter::All);
    QAbstractButton *open = filters->filterButton(InvoiceFilterProxyModel::Filter::Open);
    QCOMPARE(view->model()->rowCount(), 5);
    // Oldest due date first.
    QCOMPARE(cell(view, 0, InvoiceTableModel::Number), QStringLiteral("FA-1001"));
    QCOMPARE(cell(view, 0, InvoiceTableModel::DaysLate), QStringLiteral("41"));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(QStringLiteral("5 of 7 invoices shown")));

    QTest::mouseClick(all, Qt::LeftButton);
    QCOMPARE(filters->filter(), InvoiceFilterProxyModel::Filter::All);
    QCOMPARE(view->model()->rowCount(), 7);
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(QStringLiteral("7 invoices")));

    // The credit note: negative, and its own wording.
    auto *search = child<QLineEdit>("invoiceSearchEdit");
    QTest::keyClicks(search, QStringLiteral("av-0007"));
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(cell(view, 0, InvoiceTableModel::Kind), QStringLiteral("Credit note"));
    QCOMPARE(cell(view, 0, InvoiceTableModel::Amount), QStringLiteral("-120,00\u00A0€"));
    QCOMPARE(cell(view, 0, InvoiceTableModel::Status), QStringLiteral("Unused"));
    QCOMPARE(cell(view, 0, InvoiceTableModel::DaysLate), QString());

    // Search and the filter combine.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("lefevre"));
    QCOMPARE(view->model()->rowCount(), 3);
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 3);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("dupont"));
    QCOMPARE(view->model()->rowCount(), 1); // FA-0999 is paid
}

void TestMainWindow::frenchAndEnglish()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    MainWindow &window = showWindow();
    auto *customers = child<QTableView>("customerTableView");
    auto *invoices = child<QTableView>("invoiceTableView");
    auto *tabs = child<QTabWidget>("viewTabWidget");
    const auto header = [](QTableView *view, int column) {
        return view->model()->headerData(column, Qt::Horizontal).toString();
    };

    window.showView(MainWindow::View::Customers);
    QCOMPARE(Translations::install(*qApp, QStringLiteral("fr")), QStringLiteral("fr"));
    QTRY_COMPARE(tabs->tabText(int(MainWindow::View::Customers)), QStringLiteral("Clients"));
    QCOMPARE(tabs->tabText(int(MainWindow::View::Today)), QStringLiteral("Aujourd'hui"));
    QCOMPARE(tabs->tabText(int(MainWindow::View::Invoices)), QStringLiteral("Factures"));
    QCOMPARE(header(customers, CustomerTableModel::OpenBalance), QStringLiteral("Reste dû"));
    QCOMPARE(header(customers, CustomerTableModel::OldestDue), QStringLiteral("Plus ancienne échéance"));
    QCOMPARE(header(invoices, InvoiceTableModel::DueDate), QStringLiteral("Échéance"));
    QCOMPARE(child<QLineEdit>("customerSearchEdit")->placeholderText(), QStringLiteral("Rechercher…"));
    QVERIFY(child<QLabel>("summaryLabel")->text().startsWith(QStringLiteral("4 clients")));
    QVERIFY(child<QLabel>("todayLabel")->text().contains(QStringLiteral("mardi 25 novembre 2025")));
    QCOMPARE(window.windowTitle(), QStringLiteral("Encaisse — Atelier Martin SARL"));
    window.showView(MainWindow::View::Invoices);
    QCOMPARE(cell(invoices, 0, InvoiceTableModel::Status), QStringLiteral("Ouverte"));
    // Search keys follow the language of the cells.
    QTest::keyClicks(child<QLineEdit>("invoiceSearchEdit"), QStringLiteral("avoir"));
    QCOMPARE(invoices->model()->rowCount(), 1);

    QCOMPARE(Translations::install(*qApp, QStringLiteral("en")), QStringLiteral("en"));
    QTRY_COMPARE(tabs->tabText(int(MainWindow::View::Customers)), QStringLiteral("Customers"));
    QCOMPARE(tabs->tabText(int(MainWindow::View::Today)), QStringLiteral("Today"));
    QCOMPARE(tabs->tabText(int(MainWindow::View::Invoices)), QStringLiteral("Invoices"));
    QCOMPARE(header(customers, CustomerTableModel::OpenBalance), QStringLiteral("Open balance"));
    QCOMPARE(header(invoices, InvoiceTableModel::DueDate), QStringLiteral("Due date"));
    QCOMPARE(child<QLineEdit>("customerSearchEdit")->placeholderText(), QStringLiteral("Search…"));
    QCOMPARE(invoices->model()->rowCount(), 0); // "avoir" is not English
}

void TestMainWindow::restoresGeometryAndColumns()
{
    QVERIFY(GuiTestData::fill(*m_db).ok());
    {
        MainWindow &window = showWindow();
        window.resize(1000, 600);
        window.showView(MainWindow::View::Customers);
        auto *view = child<QTableView>("customerTableView");
        view->horizontalHeader()->resizeSection(CustomerTableModel::City, 177);
        clickHeader(view, CustomerTableModel::City);
        window.showView(MainWindow::View::Invoices);
        QTest::mouseClick(child<InvoiceFilterBar>("invoiceFilterBar")->filterButton(InvoiceFilterProxyModel::Filter::All),
                          Qt::LeftButton);
        QVERIFY(window.close());
        m_window.reset();
    }
    MainWindow &window = showWindow();
    QCOMPARE(window.size(), QSize(1000, 600));
    // Always back on Today, whatever tab was left open.
    QCOMPARE(window.currentView(), MainWindow::View::Today);
    window.showView(MainWindow::View::Customers);
    QCOMPARE(child<InvoiceFilterBar>("invoiceFilterBar")->filter(), InvoiceFilterProxyModel::Filter::All);
    auto *view = child<QTableView>("customerTableView");
    QCOMPARE(view->horizontalHeader()->sectionSize(CustomerTableModel::City), 177);
    QCOMPARE(view->horizontalHeader()->sortIndicatorSection(), int(CustomerTableModel::City));
    QCOMPARE(cell(view, 0, CustomerTableModel::City), QStringLiteral("Grenoble"));
}

void TestMainWindow::largeDatabase()
{
    constexpr int Customers = 2000;
    constexpr int Invoices = 100000;
    const Status filled = GuiTestData::fillLarge(*m_db, Customers, Invoices);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));

    // For information: where the time of a reload goes.
    QElapsedTimer timer;
    timer.start();
    QList<InvoiceRow> rows = InvoiceRepository(*m_db).list();
    qInfo("InvoiceRepository::list(): %lld ms", timer.restart());
    InvoiceTableModel bare;
    bare.setRows(std::move(rows), GuiTestData::today());
    qInfo("InvoiceTableModel::setRows() (search and sort keys): %lld ms", timer.restart());
    const QList<CustomerSummary> summaries = CustomerRepository(*m_db).summaries(GuiTestData::today());
    qInfo("CustomerRepository::summaries(): %lld ms", timer.restart());
    QCOMPARE(bare.rowCount(), Invoices);
    QCOMPARE(summaries.size(), Customers);
    timer.restart();

    MainWindow &window = showWindow();
    qInfo("Window opened on Today over %d customers and %d invoices in %lld ms", Customers, Invoices, timer.restart());
    window.showView(MainWindow::View::Customers);
    window.showView(MainWindow::View::Invoices);
    qInfo("Customers and invoices read when their tabs opened, in %lld ms", timer.restart());
    window.reload();
    qInfo("Reload (one query per table, keys rebuilt) in %lld ms", timer.restart());

    auto *customers = child<QTableView>("customerTableView");
    QCOMPARE(customers->model()->rowCount(), Customers);
    window.showView(MainWindow::View::Invoices);
    auto *invoices = child<QTableView>("invoiceTableView");
    auto *filters = child<InvoiceFilterBar>("invoiceFilterBar");
    QCOMPARE(invoices->model()->rowCount(), Invoices - (Invoices + 2) / 3); // every third invoice is paid
    timer.restart();
    filters->setFilter(InvoiceFilterProxyModel::Filter::All);
    QCOMPARE(invoices->model()->rowCount(), Invoices);
    qInfo("Open-only filter switched off in %lld ms", timer.restart());

    // One customer in ten is a "Lefèvre"; typed without the accent, one key at a time as a user would.
    auto *search = child<QLineEdit>("invoiceSearchEdit");
    QTest::keyClicks(search, QStringLiteral("lefevre"));
    QCOMPARE(invoices->model()->rowCount(), Invoices / 10);
    qInfo("Typed \"lefevre\" (7 filter passes) in %lld ms", timer.restart());
    QVERIFY(cell(invoices, 0, InvoiceTableModel::Customer).contains(QStringLiteral("Garage Lefèvre")));
    filters->setFilter(InvoiceFilterProxyModel::Filter::Open);
    QCOMPARE(invoices->model()->rowCount(), Invoices / 10 - (Invoices / 10 + 2) / 3);

    timer.restart();
    clickHeader(invoices, InvoiceTableModel::Amount);
    const QAbstractItemModel *model = invoices->model();
    QCOMPARE(model->rowCount(), Invoices / 10 - (Invoices / 10 + 2) / 3);
    qInfo("Sorted the filtered invoices by amount in %lld ms", timer.restart());
    for (int row = 1; row < model->rowCount(); row += 97)
        QVERIFY(model->index(row - 1, InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong()
                >= model->index(row, InvoiceTableModel::Amount).data(Qt::UserRole).toLongLong());

    timer.restart();
    search->clear();
    QCOMPARE(invoices->model()->rowCount(), Invoices - (Invoices + 2) / 3);
    qInfo("Cleared the search in %lld ms", timer.restart());
    clickHeader(invoices, InvoiceTableModel::Customer);
    QCOMPARE(model->rowCount(), Invoices - (Invoices + 2) / 3);
    qInfo("Sorted %d open invoices by customer in %lld ms", int(model->rowCount()), timer.restart());
}

int main(int argc, char *argv[])
{
    TestSupport::prepareEnvironment();
    QApplication app(argc, argv);
    TestMainWindow test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_mainwindow.moc"
