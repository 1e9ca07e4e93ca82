#include "MainWindow.h"

#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerTableModel.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "InvoiceTableModel.h"
#include "TableFilterProxyModel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace {

// Settings keys; the column count guards header states saved by a version with other columns.
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString TabKey = QStringLiteral("mainWindow/tab");
const QString CustomerHeaderKey = QStringLiteral("mainWindow/customerHeader");
const QString CustomerColumnsKey = QStringLiteral("mainWindow/customerColumns");
const QString InvoiceHeaderKey = QStringLiteral("mainWindow/invoiceHeader");
const QString InvoiceColumnsKey = QStringLiteral("mainWindow/invoiceColumns");
const QString OpenOnlyKey = QStringLiteral("mainWindow/invoicesOpenOnly");

const QString Separator = QStringLiteral("   ·   ");

void restoreHeader(QHeaderView *header, const QSettings &settings, const QString &stateKey,
                   const QString &columnsKey, int columnCount)
{
    if (settings.value(columnsKey).toInt() != columnCount)
        return;
    const QByteArray state = settings.value(stateKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent),
      m_db(db),
      m_customerModel(new CustomerTableModel(this)),
      m_customerProxy(new TableFilterProxyModel(this)),
      m_invoiceModel(new InvoiceTableModel(this)),
      m_invoiceProxy(new TableFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_customerProxy->setSourceModel(m_customerModel);
    m_invoiceProxy->setSourceModel(m_invoiceModel);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("viewTabWidget"));
    m_tabWidget->setDocumentMode(true);
    m_tabWidget->addTab(createCustomerPage(), QString());
    m_tabWidget->addTab(createInvoicePage(), QString());
    setCentralWidget(m_tabWidget);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_todayLabel = new QLabel(this);
    m_todayLabel->setObjectName(QStringLiteral("todayLabel"));
    statusBar()->addWidget(m_summaryLabel, 1);
    statusBar()->addPermanentWidget(m_todayLabel);

    createActions();
    createMenus();
    setDefaultColumnWidths();
    // Who owes most first; invoices by due date, oldest first (UX.md: "who owes me most, and since when?").
    m_customerTableView->sortByColumn(CustomerTableModel::OpenBalance, Qt::DescendingOrder);
    m_invoiceTableView->sortByColumn(InvoiceTableModel::DueDate, Qt::AscendingOrder);

    connect(m_tabWidget, &QTabWidget::currentChanged, this, &MainWindow::updateSummary);

    m_companyName = CompanyRepository(m_db).load().name;
    restoreSettings();
    retranslateUi();
    reload();
}

MainWindow::~MainWindow() = default;

QWidget *MainWindow::createCustomerPage()
{
    auto *page = new QWidget(this);
    m_customerSearchEdit = new QLineEdit(page);
    m_customerSearchEdit->setObjectName(QStringLiteral("customerSearchEdit"));
    m_customerSearchEdit->setClearButtonEnabled(true);
    m_customerSearchEdit->setMinimumWidth(m_customerSearchEdit->fontMetrics().averageCharWidth() * 40);
    m_customerTableView = new QTableView(page);
    m_customerTableView->setObjectName(QStringLiteral("customerTableView"));
    setUpTableView(m_customerTableView, m_customerProxy);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_customerSearchEdit);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_customerTableView, 1);

    connect(m_customerSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_customerProxy->setSearchText(text);
        updateSummary();
    });
    connect(m_customerSearchEdit, &QLineEdit::returnPressed, this, [this] { focusTable(m_customerTableView); });
    return page;
}

QWidget *MainWindow::createInvoicePage()
{
    auto *page = new QWidget(this);
    m_invoiceSearchEdit = new QLineEdit(page);
    m_invoiceSearchEdit->setObjectName(QStringLiteral("invoiceSearchEdit"));
    m_invoiceSearchEdit->setClearButtonEnabled(true);
    m_invoiceSearchEdit->setMinimumWidth(m_invoiceSearchEdit->fontMetrics().averageCharWidth() * 40);
    m_openOnlyCheckBox = new QCheckBox(page);
    m_openOnlyCheckBox->setObjectName(QStringLiteral("openOnlyCheckBox"));
    m_openOnlyCheckBox->setChecked(true);
    m_invoiceProxy->setOpenOnly(true);
    m_invoiceTableView = new QTableView(page);
    m_invoiceTableView->setObjectName(QStringLiteral("invoiceTableView"));
    setUpTableView(m_invoiceTableView, m_invoiceProxy);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_invoiceSearchEdit);
    bar->addSpacing(12);
    bar->addWidget(m_openOnlyCheckBox);
    bar->addStretch(1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_invoiceTableView, 1);

    connect(m_invoiceSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_invoiceProxy->setSearchText(text);
        updateSummary();
    });
    connect(m_invoiceSearchEdit, &QLineEdit::returnPressed, this, [this] { focusTable(m_invoiceTableView); });
    connect(m_openOnlyCheckBox, &QCheckBox::toggled, this, [this](bool checked) {
        m_invoiceProxy->setOpenOnly(checked);
        updateSummary();
    });
    return page;
}

void MainWindow::setUpTableView(QTableView *view, TableFilterProxyModel *proxy)
{
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->setCornerButtonEnabled(false);
    // Fixed row heights: the view never measures 100 000 rows.
    QHeaderView *rows = view->verticalHeader();
    rows->hide();
    rows->setSectionResizeMode(QHeaderView::Fixed);
    rows->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView *columns = view->horizontalHeader();
    columns->setHighlightSections(false);
    columns->setSectionsMovable(true);
    columns->setStretchLastSection(false);
    columns->setMinimumSectionSize(40);
}

void MainWindow::setDefaultColumnWidths()
{
    // Widths from the font rather than from the contents: measuring 100 000 rows would freeze the window.
    const QFontMetrics metrics = m_customerTableView->fontMetrics();
    const auto width = [&metrics](const QString &sample) { return metrics.horizontalAdvance(sample) + 24; };
    const QString money = DisplayFormat::money(123456789);
    const QString date = DisplayFormat::date(QDate(2025, 12, 31));

    QHeaderView *customers = m_customerTableView->horizontalHeader();
    customers->resizeSection(CustomerTableModel::Code, width(QStringLiteral("C000000")));
    customers->resizeSection(CustomerTableModel::Siren, width(DisplayFormat::siren(QStringLiteral("999999999"))));
    customers->resizeSection(CustomerTableModel::City, width(QStringLiteral("Saint-Germain-en-Laye")));
    customers->resizeSection(CustomerTableModel::Profile, width(QStringLiteral("mauvais payeur")));
    customers->resizeSection(CustomerTableModel::OpenInvoices, width(QStringLiteral("Factures ouvertes")));
    customers->resizeSection(CustomerTableModel::OpenBalance, width(money));
    customers->resizeSection(CustomerTableModel::Overdue, width(money));
    customers->resizeSection(CustomerTableModel::OldestDue, width(QStringLiteral("Plus ancienne échéance")));
    customers->setSectionResizeMode(CustomerTableModel::Name, QHeaderView::Stretch);

    QHeaderView *invoices = m_invoiceTableView->horizontalHeader();
    invoices->resizeSection(InvoiceTableModel::Number, width(QStringLiteral("FA-2025-00000")));
    invoices->resizeSection(InvoiceTableModel::Kind, width(QStringLiteral("Règlement non lettré")));
    invoices->resizeSection(InvoiceTableModel::IssueDate, width(date));
    invoices->resizeSection(InvoiceTableModel::DueDate, width(date));
    invoices->resizeSection(InvoiceTableModel::Amount, width(money));
    invoices->resizeSection(InvoiceTableModel::Open, width(money));
    invoices->resizeSection(InvoiceTableModel::Status, width(QStringLiteral("Partiellement réglée")));
    invoices->resizeSection(InvoiceTableModel::DaysLate, width(QStringLiteral("Jours de retard")));
    invoices->setSectionResizeMode(InvoiceTableModel::Customer, QHeaderView::Stretch);
}

void MainWindow::createActions()
{
    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_customersAction = new QAction(this);
    m_customersAction->setObjectName(QStringLiteral("customersAction"));
    m_customersAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_customersAction, &QAction::triggered, this, [this] { showView(View::Customers); });

    m_invoicesAction = new QAction(this);
    m_invoicesAction->setObjectName(QStringLiteral("invoicesAction"));
    m_invoicesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_invoicesAction, &QAction::triggered, this, [this] { showView(View::Invoices); });

    m_refreshAction = new QAction(this);
    m_refreshAction->setObjectName(QStringLiteral("refreshAction"));
    m_refreshAction->setShortcut(QKeySequence::Refresh);
    connect(m_refreshAction, &QAction::triggered, this, &MainWindow::reload);

    m_aboutAction = new QAction(this);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, this, [this] { QMessageBox::aboutQt(this); });

    // Escape empties the search box it is typed in (an event filter: a shortcut would depend on the focus chain).
    m_customerSearchEdit->installEventFilter(this);
    m_invoiceSearchEdit->installEventFilter(this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addAction(m_customersAction);
    m_viewMenu->addAction(m_invoicesAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_tabWidget->setTabText(int(View::Customers), tr("Customers"));
    m_tabWidget->setTabText(int(View::Invoices), tr("Invoices"));
    m_customerSearchEdit->setPlaceholderText(tr("Search…"));
    m_customerSearchEdit->setToolTip(tr("Search by code, name, SIREN, city, profile or amount (Ctrl+F)"));
    m_invoiceSearchEdit->setPlaceholderText(tr("Search…"));
    m_invoiceSearchEdit->setToolTip(tr("Search by number, customer, date, amount or status (Ctrl+F)"));
    m_openOnlyCheckBox->setText(tr("Open only"));
    m_openOnlyCheckBox->setToolTip(tr("Hide paid and cancelled invoices"));

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_findAction->setText(tr("&Find…"));
    m_customersAction->setText(tr("&Customers"));
    m_invoicesAction->setText(tr("&Invoices"));
    m_refreshAction->setText(tr("&Refresh"));
    m_aboutAction->setText(tr("&About Encaisse"));
    m_aboutQtAction->setText(tr("About &Qt"));

    m_customerModel->retranslate();
    m_invoiceModel->retranslate();
    updateWindowTitle();
    updateTodayLabel();
    updateSummary();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(m_companyName.isEmpty() ? tr("Encaisse") : tr("Encaisse — %1").arg(m_companyName));
}

void MainWindow::reload()
{
    m_today = Clock::instance().today();
    m_customerModel->reload(m_db, m_today);
    m_invoiceModel->reload(m_db, m_today);
    updateTodayLabel();
    updateSummary();
}

void MainWindow::updateTodayLabel()
{
    if (!m_today.isValid())
        return;
    // The default locale follows the UI language (Translations::install).
    //: The date in the status bar, e.g. "Today: Tuesday 25 November 2025"
    m_todayLabel->setText(tr("Today: %1").arg(QLocale().toString(m_today, QStringLiteral("dddd d MMMM yyyy"))));
}

void MainWindow::updateSummary()
{
    QString text;
    if (currentView() == View::Customers) {
        const int total = m_customerModel->rowCount();
        const int shown = m_customerProxy->rowCount();
        qint64 open = 0;
        qint64 overdue = 0;
        for (int row = 0; row < shown; ++row) {
            const CustomerSummary &s =
                m_customerModel->summary(m_customerProxy->mapToSource(m_customerProxy->index(row, 0)).row());
            open += s.openBalanceCents;
            overdue += s.overdueCents;
        }
        if (total == 0)
            text = tr("No customers yet: import your accounts, or try the demo data with “encaisse demo”.");
        else
            text = (m_customerProxy->isFiltering() ? tr("%1 of %n customer(s) shown", nullptr, total).arg(shown)
                                                   : tr("%n customer(s)", nullptr, total))
                   + Separator + tr("Open balance: %1").arg(DisplayFormat::money(open)) + Separator
                   + tr("Overdue: %1").arg(DisplayFormat::money(overdue));
    } else {
        const int total = m_invoiceModel->rowCount();
        const int shown = m_invoiceProxy->rowCount();
        qint64 open = 0;
        qint64 overdue = 0;
        for (int row = 0; row < shown; ++row) {
            const int source = m_invoiceProxy->mapToSource(m_invoiceProxy->index(row, 0)).row();
            const Invoice &invoice = m_invoiceModel->invoiceRow(source).invoice;
            if (!invoice.isOpen())
                continue;
            open += invoice.openCents;
            if (m_invoiceModel->daysLate(source) > 0)
                overdue += invoice.openCents;
        }
        text = (m_invoiceProxy->isFiltering() ? tr("%1 of %n invoice(s) shown", nullptr, total).arg(shown)
                                              : tr("%n invoice(s)", nullptr, total))
               + Separator + tr("Open balance: %1").arg(DisplayFormat::money(open)) + Separator
               + tr("Overdue: %1").arg(DisplayFormat::money(overdue));
    }
    m_summaryLabel->setText(text);
}

void MainWindow::showView(View view)
{
    m_tabWidget->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return m_tabWidget->currentIndex() == int(View::Invoices) ? View::Invoices : View::Customers;
}

void MainWindow::focusSearch()
{
    QLineEdit *edit = currentView() == View::Invoices ? m_invoiceSearchEdit : m_customerSearchEdit;
    edit->setFocus(Qt::ShortcutFocusReason);
    edit->selectAll();
}

void MainWindow::focusTable(QTableView *view)
{
    // Enter in the search box goes to the results, on the first one if none is selected yet.
    view->setFocus(Qt::OtherFocusReason);
    if (!view->currentIndex().isValid() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(0, 0));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Encaisse"),
                       tr("<h3>Encaisse %1</h3>"
                          "<p>Get paid on time: whom to call today and what to say, what to send, "
                          "who owes you most and since when.</p>"
                          "<p>Database: %2</p>")
                           .arg(QStringLiteral(ENCAISSE_VERSION), m_db.path().toHtmlEscaped()));
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_customerSearchEdit || watched == m_invoiceSearchEdit)) {
        auto *edit = static_cast<QLineEdit *>(watched);
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !edit->text().isEmpty()) {
            edit->clear();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: large enough for both tables, within a 1366×768 laptop screen.
        QSize size(1280, 720);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 0.95);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    restoreHeader(m_customerTableView->horizontalHeader(), settings, CustomerHeaderKey, CustomerColumnsKey,
                  CustomerTableModel::ColumnCount);
    restoreHeader(m_invoiceTableView->horizontalHeader(), settings, InvoiceHeaderKey, InvoiceColumnsKey,
                  InvoiceTableModel::ColumnCount);
    m_openOnlyCheckBox->setChecked(settings.value(OpenOnlyKey, true).toBool());
    showView(settings.value(TabKey).toInt() == int(View::Invoices) ? View::Invoices : View::Customers);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(TabKey, int(currentView()));
    settings.setValue(CustomerHeaderKey, m_customerTableView->horizontalHeader()->saveState());
    settings.setValue(CustomerColumnsKey, int(CustomerTableModel::ColumnCount));
    settings.setValue(InvoiceHeaderKey, m_invoiceTableView->horizontalHeader()->saveState());
    settings.setValue(InvoiceColumnsKey, int(InvoiceTableModel::ColumnCount));
    settings.setValue(OpenOnlyKey, m_openOnlyCheckBox->isChecked());
}
