#include "MainWindow.h"

#include "CalendarView.h"
#include "CallList.h"
#include "CallListExport.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "CustomerFileDialog.h"
#include "CustomerTableModel.h"
#include "Database.h"
#include "DisplayFormat.h"
#include "DossierBuilder.h"
#include "DashboardView.h"
#include "DisputesPromisesView.h"
#include "EmailQueueDialog.h"
#include "ImportDialog.h"
#include "InvoiceFilterBar.h"
#include "InvoiceFilterProxyModel.h"
#include "InvoiceTableModel.h"
#include "LetterBatch.h"
#include "LetterComposer.h"
#include "LetterLevel.h"
#include "LetterPrinting.h"
#include "LetterRenderer.h"
#include "LettersView.h"
#include "OutcomeForm.h"
#include "SearchText.h"
#include "SettingsDialog.h"
#include "TableFilterProxyModel.h"
#include "TableRoles.h"
#include "TodayView.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QCompleter>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QMimeData>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QEventLoop>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>
#include <atomic>
#include <memory>
#include <optional>
#include <utility>

namespace {

// Settings keys; the column count guards header states saved by a version with other columns.
const QString GeometryKey = QStringLiteral("mainWindow/geometry");
const QString StateKey = QStringLiteral("mainWindow/state");
const QString CustomerHeaderKey = QStringLiteral("mainWindow/customerHeader");
const QString CustomerColumnsKey = QStringLiteral("mainWindow/customerColumns");
const QString InvoiceHeaderKey = QStringLiteral("mainWindow/invoiceHeader");
const QString InvoiceColumnsKey = QStringLiteral("mainWindow/invoiceColumns");
const QString InvoiceFilterKey = QStringLiteral("mainWindow/invoiceFilter");
const QString TodaySplitterKey = QStringLiteral("mainWindow/todaySplitter");
const QString CalendarModeKey = QStringLiteral("mainWindow/calendarMode");

const QString Separator = QStringLiteral("   ·   ");

// Roles of the global search's suggestions.
enum SearchRole { SearchKindRole = Qt::UserRole + 300, SearchIdRole, SearchTextRole };
enum SearchKind { CustomerHit, InvoiceHit, AllCustomers, AllInvoices };
constexpr int SearchSuggestions = 5;

void restoreHeader(QHeaderView *header, const QSettings &settings, const QString &stateKey,
                   const QString &columnsKey, int columnCount)
{
    if (settings.value(columnsKey).toInt() != columnCount)
        return;
    const QByteArray state = settings.value(stateKey).toByteArray();
    if (!state.isEmpty())
        header->restoreState(state);
}

// Source rows of a table model whose search key holds every term (TableFilterProxyModel's rule).
QList<int> matchingRows(const QAbstractItemModel *model, const QStringList &terms, int *count)
{
    QList<int> rows;
    *count = 0;
    if (terms.isEmpty())
        return rows;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString key = model->index(row, 0).data(TableRoles::SearchKeyRole).toString();
        bool all = true;
        for (const QString &term : terms) {
            if (!key.contains(term)) {
                all = false;
                break;
            }
        }
        if (!all)
            continue;
        ++*count;
        if (rows.size() < SearchSuggestions)
            rows << row;
    }
    return rows;
}

// Runs `work` on a worker thread while a progress dialog with Cancel shows (LetterPrinting's), and returns its
// result. `work` must not touch the store, whose connection belongs to this thread (painting composed letters does not).
template <typename R>
R runOffGuiThread(QWidget *parent, const QString &label, const std::function<R(const LetterRenderer::Progress &)> &work)
{
    std::optional<R> result;
    LetterPrinting::runOffGuiThread(parent, label,
                                    [&result, &work](const LetterRenderer::Progress &progress) { result = work(progress); });
    return std::move(*result);
}

} // namespace

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent),
      m_db(db),
      m_customerModel(new CustomerTableModel(this)),
      m_customerProxy(new TableFilterProxyModel(this)),
      m_invoiceModel(new InvoiceTableModel(this)),
      m_invoiceFilter(new InvoiceFilterProxyModel(this)),
      m_invoiceProxy(new TableFilterProxyModel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setAcceptDrops(true); // files dropped anywhere on the window are imported
    m_today = Clock::instance().today();
    m_customerProxy->setSourceModel(m_customerModel);
    m_invoiceFilter->setInvoiceModel(m_invoiceModel);
    m_invoiceProxy->setSourceModel(m_invoiceFilter);

    m_tabWidget = new QTabWidget(this);
    m_tabWidget->setObjectName(QStringLiteral("viewTabWidget"));
    m_tabWidget->setDocumentMode(true);
    for (int v = 0; v < ViewCount; ++v) {
        // Today, the calendar and the two tables exist from the start (their data is read when first shown); the
        // other views are built the first time their tab opens.
        const View view = static_cast<View>(v);
        const bool eager = view == View::Today || view == View::Calendar || view == View::Customers
                           || view == View::Invoices;
        QWidget *page = eager ? createView(view) : new QWidget(this);
        if (!eager) {
            page->setObjectName(QStringLiteral("lazyPage%1").arg(v));
            auto *layout = new QVBoxLayout(page);
            layout->setContentsMargins(0, 0, 0, 0);
        }
        m_views << (eager ? page : nullptr);
        m_tabWidget->addTab(page, QString());
    }

    m_globalSearchEdit = new QLineEdit(this);
    m_globalSearchEdit->setObjectName(QStringLiteral("globalSearchEdit"));
    m_globalSearchEdit->setClearButtonEnabled(true);
    m_globalSearchEdit->setMinimumWidth(m_globalSearchEdit->fontMetrics().averageCharWidth() * 32);
    m_searchResults = new QStandardItemModel(this);
    m_searchCompleter = new QCompleter(m_searchResults, this);
    m_searchCompleter->setObjectName(QStringLiteral("globalSearchCompleter"));
    m_searchCompleter->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_searchCompleter->setWidget(m_globalSearchEdit);
    m_searchCompleter->setMaxVisibleItems(2 * SearchSuggestions + 2);
    auto *corner = new QWidget(this);
    auto *cornerLayout = new QHBoxLayout(corner);
    cornerLayout->setContentsMargins(4, 2, 6, 2);
    cornerLayout->addWidget(m_globalSearchEdit);
    m_tabWidget->setCornerWidget(corner, Qt::TopRightCorner);
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

    connect(m_tabWidget, &QTabWidget::currentChanged, this, [this](int index) {
        ensureLoaded(static_cast<View>(index));
        updateSummary();
    });
    connect(m_globalSearchEdit, &QLineEdit::textEdited, this, &MainWindow::updateGlobalSearch);
    connect(m_globalSearchEdit, &QLineEdit::returnPressed, this, [this] {
        // Enter on a suggestion already did its job (the completer passes the key on to the box).
        if (std::exchange(m_searchSuggestionActivated, false))
            return;
        searchEverywhere(m_globalSearchEdit->text(), View::Customers);
    });
    connect(m_searchCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            &MainWindow::activateGlobalSearch);

    m_companyName = CompanyRepository(m_db).load().name;
    restoreSettings();
    retranslateUi();
    m_tabWidget->setCurrentIndex(int(View::Today));
    ensureLoaded(View::Today);
}

MainWindow::~MainWindow()
{
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        delete file.data();
}

QWidget *MainWindow::createView(View view)
{
    switch (view) {
    case View::Today: {
        m_todayView = new TodayView(m_db, this);
        connect(m_todayView, &TodayView::customerFileRequested, this, &MainWindow::openCustomerFile);
        connect(m_todayView, &TodayView::actionsChanged, this, [this] { onDataChanged(View::Today); });
        // Today's "Print…" prints the day's letters in one job, from the Courriers tab (archive, LRAR numbers).
        m_todayView->setLetterBatchHandler([this](QDate day) {
            showView(View::Letters);
            lettersView()->printDay(day);
        });
        m_todayView->setEmailBatchHandler([this](QDate day) { showEmailQueue(day); });
        return m_todayView;
    }
    case View::Calendar: {
        m_calendarView = new CalendarView(m_db, this);
        connect(m_calendarView, &CalendarView::customerFileRequested, this, &MainWindow::openCustomerFile);
        connect(m_calendarView, &CalendarView::actionsChanged, this, [this] { onDataChanged(View::Calendar); });
        return m_calendarView;
    }
    case View::Customers:
        return createCustomerPage();
    case View::Invoices:
        return createInvoicePage();
    case View::DisputesPromises: {
        auto *disputes = new DisputesPromisesView(m_db, this);
        connect(disputes, &DisputesPromisesView::customerActivated, this, &MainWindow::openCustomerFile);
        connect(disputes, &DisputesPromisesView::disputeResolved, this,
                [this] { onDataChanged(View::DisputesPromises); });
        return disputes;
    }
    case View::Dashboard: {
        auto *dashboard = new DashboardView(m_db, this);
        connect(dashboard, &DashboardView::customerActivated, this, &MainWindow::openCustomerFile);
        return dashboard;
    }
    case View::Letters: {
        m_lettersView = new LettersView(m_db, this);
        m_lettersView->setSaveFileNameAsker([this](const QString &title, const QString &suggested) {
            return askSaveFileName(title, suggested);
        });
        connect(m_lettersView, &LettersView::customerFileRequested, this, &MainWindow::openCustomerFile);
        connect(m_lettersView, &LettersView::lettersChanged, this, [this] { onDataChanged(View::Letters); });
        return m_lettersView;
    }
    }
    return nullptr;
}

LettersView *MainWindow::lettersView()
{
    if (!m_lettersView)
        ensureLoaded(View::Letters);
    return m_lettersView;
}

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
    // Enter or a double click opens the customer file.
    connect(m_customerTableView, &QAbstractItemView::activated, this,
            [this] { openSelectedCustomer(m_customerTableView); });
    connect(m_customerTableView, &QAbstractItemView::doubleClicked, this,
            [this] { openSelectedCustomer(m_customerTableView); });
    return page;
}

QWidget *MainWindow::createInvoicePage()
{
    auto *page = new QWidget(this);
    m_invoiceSearchEdit = new QLineEdit(page);
    m_invoiceSearchEdit->setObjectName(QStringLiteral("invoiceSearchEdit"));
    m_invoiceSearchEdit->setClearButtonEnabled(true);
    m_invoiceSearchEdit->setMinimumWidth(m_invoiceSearchEdit->fontMetrics().averageCharWidth() * 40);
    m_invoiceTableView = new QTableView(page);
    m_invoiceTableView->setObjectName(QStringLiteral("invoiceTableView"));
    setUpTableView(m_invoiceTableView, m_invoiceProxy);
    // All, open, late, disputed, promised, with their counts, and the attached PDF.
    m_invoiceFilterBar = new InvoiceFilterBar(m_db, m_invoiceFilter, page);
    m_invoiceFilterBar->setObjectName(QStringLiteral("invoiceFilterBar"));
    m_invoiceFilterBar->setView(m_invoiceTableView);
    m_invoiceFilterBar->setFilter(InvoiceFilterProxyModel::Filter::Open);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_invoiceSearchEdit);
    bar->addSpacing(12);
    bar->addWidget(m_invoiceFilterBar, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(bar);
    layout->addWidget(m_invoiceTableView, 1);

    connect(m_invoiceSearchEdit, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_invoiceProxy->setSearchText(text);
        updateSummary();
    });
    connect(m_invoiceSearchEdit, &QLineEdit::returnPressed, this, [this] { focusTable(m_invoiceTableView); });
    connect(m_invoiceFilterBar, &InvoiceFilterBar::filterChanged, this, &MainWindow::updateSummary);
    // A double click opens the customer file (on the number, the filter bar opens the invoice's PDF).
    connect(m_invoiceTableView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != InvoiceTableModel::Number)
            openSelectedCustomer(m_invoiceTableView);
    });
    connect(m_invoiceTableView, &QAbstractItemView::activated, this,
            [this] { openSelectedCustomer(m_invoiceTableView); });
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

    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, this, [this] { m_todayView->undoLast(); });
    connect(m_todayView, &TodayView::undoAvailableChanged, m_undoAction, &QAction::setEnabled);

    m_findAction = new QAction(this);
    m_findAction->setObjectName(QStringLiteral("findAction"));
    m_findAction->setShortcut(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, &MainWindow::focusSearch);

    m_settingsAction = new QAction(this);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence::Preferences);
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::showSettings);

    // Enter in a list opens the file too; Ctrl+O is the invoice PDF in Factures.
    m_openFileAction = new QAction(this);
    m_openFileAction->setObjectName(QStringLiteral("openCustomerFileAction"));
    m_openFileAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    connect(m_openFileAction, &QAction::triggered, this, [this] {
        switch (currentView()) {
        case View::Today:
            if (const qint64 id = m_todayView->currentCustomerId())
                openCustomerFile(id);
            break;
        case View::Customers: openSelectedCustomer(m_customerTableView); break;
        case View::Invoices: openSelectedCustomer(m_invoiceTableView); break;
        default: break;
        }
    });

    m_importAction = new QAction(this);
    m_importAction->setObjectName(QStringLiteral("importAction"));
    m_importAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_importAction, &QAction::triggered, this, [this] {
        if (const QStringList files = askImportFiles(); !files.isEmpty())
            importFiles(files);
    });

    m_exportCallsAction = new QAction(this);
    m_exportCallsAction->setObjectName(QStringLiteral("exportCallsAction"));
    m_exportCallsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_exportCallsAction, &QAction::triggered, this, &MainWindow::exportCurrentWeekCalls);

    for (int v = 0; v < ViewCount; ++v) {
        auto *action = new QAction(this);
        action->setObjectName(QStringLiteral("viewAction%1").arg(v));
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + v)));
        connect(action, &QAction::triggered, this, [this, v] { showView(static_cast<View>(v)); });
        m_viewActions << action;
    }

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
    m_globalSearchEdit->installEventFilter(this);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_importAction);
    m_fileMenu->addAction(m_exportCallsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_openFileAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_settingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);
    m_viewMenu = menuBar()->addMenu(QString());
    for (QAction *action : std::as_const(m_viewActions))
        m_viewMenu->addAction(action);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_refreshAction);
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

QString MainWindow::viewTitle(View view) const
{
    switch (view) {
    case View::Today: return tr("Today");
    case View::Calendar: return tr("Calendar");
    case View::Customers: return tr("Customers");
    case View::Invoices: return tr("Invoices");
    case View::DisputesPromises: return tr("Disputes && promises");
    case View::Letters: return tr("Letters");
    case View::Dashboard: return tr("Dashboard");
    }
    return {};
}

void MainWindow::retranslateUi()
{
    for (int v = 0; v < ViewCount; ++v) {
        m_tabWidget->setTabText(v, viewTitle(static_cast<View>(v)));
        m_viewActions.at(v)->setText(viewTitle(static_cast<View>(v)));
    }
    m_globalSearchEdit->setPlaceholderText(tr("Search customers and invoices… (Ctrl+F)"));
    m_globalSearchEdit->setToolTip(tr("Type a name, a code, a SIREN, an invoice number or an amount; Enter shows "
                                      "the matching customers"));
    m_customerSearchEdit->setPlaceholderText(tr("Search…"));
    m_customerSearchEdit->setToolTip(tr("Search by code, name, SIREN, city, profile or amount (Ctrl+F)"));
    m_invoiceSearchEdit->setPlaceholderText(tr("Search…"));
    m_invoiceSearchEdit->setToolTip(tr("Search by number, customer, date, amount or status (Ctrl+F)"));

    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_quitAction->setText(tr("&Quit"));
    m_settingsAction->setText(tr("&Settings…"));
    m_undoAction->setText(tr("&Undo the last outcome"));
    m_findAction->setText(tr("&Find…"));
    m_openFileAction->setText(tr("&Open the customer file"));
    m_importAction->setText(tr("&Import…"));
    m_importAction->setToolTip(tr("Import a FEC, Factur-X or UBL e-invoices, or a CSV export (you can also drop "
                                  "the files on the window)"));
    m_exportCallsAction->setText(tr("&Export the week's calls (Excel)…"));
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

QWidget *MainWindow::viewWidget(View view) const
{
    return m_views.value(int(view));
}

void MainWindow::loadView(View view)
{
    m_today = Clock::instance().today();
    switch (view) {
    case View::Today: m_todayView->reload(); break;
    case View::Calendar: m_calendarView->reload(); break;
    case View::Customers: m_customerModel->reload(m_db, m_today); break;
    case View::Invoices:
        m_invoiceModel->reload(m_db, m_today);
        m_invoiceFilterBar->reload();
        break;
    case View::DisputesPromises:
    case View::Letters:
    case View::Dashboard:
        if (!m_views.at(int(view))) {
            QWidget *widget = createView(view);
            m_views[int(view)] = widget;
            m_tabWidget->widget(int(view))->layout()->addWidget(widget);
            if (view == View::Letters)
                m_lettersView->reload();
        } else if (auto *disputes = qobject_cast<DisputesPromisesView *>(m_views.at(int(view)))) {
            disputes->reload();
        } else if (auto *dashboard = qobject_cast<DashboardView *>(m_views.at(int(view)))) {
            dashboard->reload();
        } else if (view == View::Letters) {
            m_lettersView->reload();
        }
        break;
    }
    m_loaded.insert(int(view), true);
    updateTodayLabel();
    updateSummary();
}

void MainWindow::ensureLoaded(View view)
{
    if (!m_loaded.value(int(view)))
        loadView(view);
}

void MainWindow::reload()
{
    for (int v = 0; v < ViewCount; ++v)
        if (m_loaded.value(v))
            loadView(static_cast<View>(v));
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        if (file)
            file->reload();
}

void MainWindow::invalidate(View except)
{
    for (int v = 0; v < ViewCount; ++v)
        if (v != int(except))
            m_loaded.insert(v, false);
}

void MainWindow::onDataChanged(View origin)
{
    // Views showing the same data read it again when next shown; the one in front at once.
    invalidate(origin);
    const View current = currentView();
    if (current != origin)
        ensureLoaded(current);
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        if (file)
            file->reload();
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
    } else if (currentView() == View::Invoices) {
        const int total = m_invoiceModel->rowCount();
        const int shown = m_invoiceProxy->rowCount();
        qint64 open = 0;
        qint64 overdue = 0;
        for (int row = 0; row < shown; ++row) {
            const int source = invoiceSourceRow(m_invoiceProxy->index(row, 0));
            const Invoice &invoice = m_invoiceModel->invoiceRow(source).invoice;
            if (!invoice.isOpen())
                continue;
            open += invoice.openCents;
            if (m_invoiceModel->daysLate(source) > 0)
                overdue += invoice.openCents;
        }
        const bool filtering =
            m_invoiceProxy->isFiltering() || m_invoiceFilter->filter() != InvoiceFilterProxyModel::Filter::All;
        text = (filtering ? tr("%1 of %n invoice(s) shown", nullptr, total).arg(shown)
                                              : tr("%n invoice(s)", nullptr, total))
               + Separator + tr("Open balance: %1").arg(DisplayFormat::money(open)) + Separator
               + tr("Overdue: %1").arg(DisplayFormat::money(overdue));
    } else if (currentView() == View::Today) {
        text = tr("J / K: next / previous · Enter: customer file · R: record the outcome · Ctrl+Z: undo");
    } else if (currentView() == View::Calendar) {
        text = tr("Drag an action to another day, or select it and choose “Move to…”; double-click a customer to "
                  "open the file");
    }
    m_summaryLabel->setText(text);
}

void MainWindow::showView(View view)
{
    m_tabWidget->setCurrentIndex(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    const int index = m_tabWidget->currentIndex();
    return index >= 0 && index < ViewCount ? static_cast<View>(index) : View::Today;
}

void MainWindow::focusSearch()
{
    QLineEdit *edit = m_globalSearchEdit;
    if (currentView() == View::Customers)
        edit = m_customerSearchEdit;
    else if (currentView() == View::Invoices)
        edit = m_invoiceSearchEdit;
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

void MainWindow::updateGlobalSearch(const QString &text)
{
    m_searchResults->clear();
    const QStringList terms = SearchText::terms(text);
    if (terms.isEmpty()) {
        m_searchCompleter->popup()->hide();
        return;
    }
    ensureLoaded(View::Customers);
    ensureLoaded(View::Invoices);
    int customerCount = 0;
    int invoiceCount = 0;
    const QList<int> customers = matchingRows(m_customerModel, terms, &customerCount);
    const QList<int> invoices = matchingRows(m_invoiceModel, terms, &invoiceCount);
    const auto add = [this, &text](const QString &label, int kind, qint64 id) {
        auto *item = new QStandardItem(label);
        item->setData(kind, SearchKindRole);
        item->setData(id, SearchIdRole);
        item->setData(text, SearchTextRole);
        item->setEditable(false);
        m_searchResults->appendRow(item);
    };
    for (int row : customers) {
        const CustomerSummary &s = m_customerModel->summary(row);
        add(QStringLiteral("👤  ") + s.name + QStringLiteral(" — ") + s.code + QStringLiteral(" · ")
                + DisplayFormat::money(s.openBalanceCents),
            CustomerHit, s.id);
    }
    if (customerCount > 0)
        add(tr("Show the %n matching customer(s) in Customers", nullptr, customerCount), AllCustomers, 0);
    for (int row : invoices) {
        const InvoiceRow &r = m_invoiceModel->invoiceRow(row);
        add(QStringLiteral("📄  ") + r.invoice.number + QStringLiteral(" — ") + r.customerName + QStringLiteral(" · ")
                + DisplayFormat::money(r.invoice.openCents) + QStringLiteral(" · ") + DisplayFormat::date(r.invoice.dueDate),
            InvoiceHit, r.invoice.customerId);
    }
    if (invoiceCount > 0)
        add(tr("Show the %n matching invoice(s) in Invoices", nullptr, invoiceCount), AllInvoices, 0);
    if (customerCount + invoiceCount == 0)
        add(tr("Nothing found for “%1”").arg(text), -1, 0);
    m_searchCompleter->complete(m_globalSearchEdit->rect());
}

void MainWindow::activateGlobalSearch(const QModelIndex &index)
{
    m_searchSuggestionActivated = true;
    // A click (not Enter) sends no returnPressed: forget the flag once this event is handled.
    QMetaObject::invokeMethod(this, [this] { m_searchSuggestionActivated = false; }, Qt::QueuedConnection);
    const QString text = index.data(SearchTextRole).toString();
    switch (index.data(SearchKindRole).toInt()) {
    case CustomerHit: openCustomerFile(index.data(SearchIdRole).toLongLong()); break;
    case InvoiceHit: {
        // The invoice number alone finds it in the list.
        const QString label = index.data(Qt::DisplayRole).toString();
        const QString number = label.section(QStringLiteral(" — "), 0, 0).mid(3).trimmed();
        searchEverywhere(number, View::Invoices);
        break;
    }
    case AllCustomers: searchEverywhere(text, View::Customers); break;
    case AllInvoices: searchEverywhere(text, View::Invoices); break;
    default: break;
    }
}

void MainWindow::searchEverywhere(const QString &text, View target)
{
    if (SearchText::terms(text).isEmpty())
        return;
    ensureLoaded(View::Customers);
    ensureLoaded(View::Invoices);
    int customers = 0;
    matchingRows(m_customerModel, SearchText::terms(text), &customers);
    // Customers first, unless only invoices match (or invoices were asked for).
    if (target == View::Customers && customers == 0)
        target = View::Invoices;
    if (target == View::Customers) {
        m_customerSearchEdit->setText(text);
        showView(View::Customers);
        focusTable(m_customerTableView);
    } else {
        m_invoiceSearchEdit->setText(text);
        // A paid invoice asked for by its number is shown too.
        if (m_invoiceProxy->rowCount() == 0)
            m_invoiceFilterBar->setFilter(InvoiceFilterProxyModel::Filter::All);
        showView(View::Invoices);
        focusTable(m_invoiceTableView);
    }
    m_searchCompleter->popup()->hide();
}

void MainWindow::openSelectedCustomer(QTableView *view)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    qint64 customerId = 0;
    if (view == m_customerTableView)
        customerId = m_customerModel->summary(m_customerProxy->mapToSource(index).row()).id;
    else
        customerId = m_invoiceModel->invoiceRow(invoiceSourceRow(index)).invoice.customerId;
    if (customerId)
        openCustomerFile(customerId);
}

int MainWindow::invoiceSourceRow(const QModelIndex &proxyIndex) const
{
    return m_invoiceFilter->mapToSource(m_invoiceProxy->mapToSource(proxyIndex)).row();
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(m_db, this);
    connect(&dialog, &SettingsDialog::saved, this, [this] {
        m_companyName = CompanyRepository(m_db).load().name;
        updateWindowTitle();
        // Thresholds, scenarios and terms change what every view shows.
        invalidate(View(-1));
        ensureLoaded(currentView());
    });
    dialog.exec();
}

CustomerFileDialog *MainWindow::customerFile(qint64 customerId) const
{
    return m_customerFiles.value(customerId);
}

CustomerFileDialog *MainWindow::openCustomerFile(qint64 customerId)
{
    if (customerId <= 0)
        return nullptr;
    if (CustomerFileDialog *open = m_customerFiles.value(customerId)) {
        open->reload();
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto *file = new CustomerFileDialog(m_db, customerId, this);
    file->setAttribute(Qt::WA_DeleteOnClose);
    if (m_customerFileDialogRunner)
        file->setDialogRunner(m_customerFileDialogRunner);
    connect(file, &CustomerFileDialog::customerChanged, this, [this] { onDataChanged(View::Customers); });
    connect(file, &CustomerFileDialog::formalNoticeRequested, this, &MainWindow::writeFormalNotice);
    connect(file, &CustomerFileDialog::litigationFileRequested, this, &MainWindow::writeLitigationFile);
    m_customerFiles.insert(customerId, file);
    file->show();
    return file;
}

void MainWindow::setSaveFileNameAsker(std::function<QString(const QString &, const QString &)> asker)
{
    m_askSaveFileName = std::move(asker);
}

void MainWindow::setMessageHandler(std::function<void(const QString &, const QString &)> handler)
{
    m_inform = std::move(handler);
}

void MainWindow::setCustomerFileDialogRunner(std::function<int(QDialog &)> runner)
{
    m_customerFileDialogRunner = std::move(runner);
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        if (file)
            file->setDialogRunner(m_customerFileDialogRunner);
}

void MainWindow::setEmailBatchHandler(std::function<void(QDate)> handler)
{
    m_todayView->setEmailBatchHandler(std::move(handler));
}

void MainWindow::setDialogRunner(std::function<int(QDialog &)> runner)
{
    m_dialogRunner = std::move(runner);
}

int MainWindow::runDialog(QDialog &dialog)
{
    return m_dialogRunner ? m_dialogRunner(dialog) : dialog.exec();
}

QString MainWindow::askSaveFileName(const QString &title, const QString &suggested)
{
    if (m_askSaveFileName)
        return m_askSaveFileName(title, suggested);
    const QString filter = suggested.endsWith(QStringLiteral(".xlsx"), Qt::CaseInsensitive)
                               ? tr("Excel workbooks (*.xlsx)")
                               : tr("PDF documents (*.pdf)");
    return QFileDialog::getSaveFileName(this, title, suggested, filter);
}

QStringList MainWindow::askImportFiles()
{
    return QFileDialog::getOpenFileNames(
        this, tr("Import"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation),
        tr("Accounting and e-invoice files (*.txt *.csv *.xml *.pdf *.fec *.tsv);;All files (*)"));
}

void MainWindow::importFiles(const QStringList &files)
{
    if (files.isEmpty())
        return;
    ImportDialog dialog(m_db, files, this);
    runDialog(dialog);
    if (!dialog.committed())
        return;
    // New customers and invoices: every view reads the store again; the calendar plans the new invoices.
    invalidate(currentView());
    loadView(currentView());
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        if (file)
            file->reload();
    const ImportReport report = dialog.report();
    statusBar()->showMessage(tr("Import finished: %n invoice(s) created", nullptr, report.invoicesCreated)
                                 + Separator + tr("%n updated", nullptr, report.invoicesUpdated) + Separator
                                 + tr("%n customer(s) created", nullptr, report.customersCreated),
                             10000);
}

QString MainWindow::exportCurrentWeekCalls()
{
    const IsoWeek week = IsoWeek::containing(Clock::instance().today());
    const QString path = exportWeekCalls(m_db, week, this, [this](const QString &title, const QString &suggested) {
        return askSaveFileName(title, suggested);
    });
    if (!path.isEmpty())
        statusBar()->showMessage(tr("Calls of week %1 saved: %2").arg(week.toString(), path), 10000);
    return path;
}

void MainWindow::showEmailQueue(QDate day)
{
    EmailQueueDialog dialog(m_db, day, this);
    connect(&dialog, &EmailQueueDialog::emailsChanged, this, [this] { onDataChanged(View::Letters); });
    runDialog(dialog);
    if (dialog.sentCount() > 0) {
        invalidate(View::Letters);
        loadView(currentView());
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    const bool files = !urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl &url) {
        return url.isLocalFile();
    });
    if (files)
        event->acceptProposedAction();
    else
        QMainWindow::dragEnterEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    QStringList files;
    for (const QUrl &url : event->mimeData()->urls())
        if (url.isLocalFile())
            files << url.toLocalFile();
    if (files.isEmpty()) {
        QMainWindow::dropEvent(event);
        return;
    }
    event->acceptProposedAction();
    // The drop returns to the file manager first; the dialog opens right after.
    QTimer::singleShot(0, this, [this, files] { importFiles(files); });
}

void MainWindow::inform(const QString &title, const QString &text)
{
    if (m_inform)
        m_inform(title, text);
    else
        QMessageBox::warning(this, title, text);
}

QString MainWindow::writeFormalNotice(qint64 customerId)
{
    const QDate today = Clock::instance().today();
    LetterRequest request;
    request.customerId = customerId;
    request.level = LetterLevel::FormalNotice;
    request.date = today;
    const Result<ComposedLetter> letter = LetterComposer(m_db).compose(request);
    if (!letter) {
        inform(tr("Mise en demeure"), tr("The mise en demeure could not be written: %1").arg(letter.error()));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSaveFileName(
        tr("Save the mise en demeure"),
        QDir(folder).filePath(LetterLevel::slug(request.level) + u'-' + letter->customerCode + u'-'
                              + today.toString(Qt::ISODate) + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return {};
    if (const Result<int> pages = LetterRenderer::writePdf({*letter}, path); !pages) {
        inform(tr("Mise en demeure"), tr("%1 could not be written: %2").arg(path, pages.error()));
        return {};
    }
    statusBar()->showMessage(tr("Mise en demeure saved: %1 (print it and send it by registered letter)").arg(path),
                             10000);
    return path;
}

QString MainWindow::writeLitigationFile(qint64 customerId)
{
    const QDate today = Clock::instance().today();
    const Result<ComposedLetter> dossier = DossierBuilder(m_db).compose(customerId, today);
    if (!dossier) {
        inform(tr("Dossier contentieux"), tr("The dossier could not be written: %1").arg(dossier.error()));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSaveFileName(tr("Save the dossier contentieux"),
                                         QDir(folder).filePath(QStringLiteral("dossier-contentieux-") + dossier->customerCode
                                                               + u'-' + today.toString(Qt::ISODate)
                                                               + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return {};
    // The dossier copies every archived letter: painting it is long work, done off the GUI thread.
    const ComposedLetter composed = *dossier;
    const Result<int> pages = runOffGuiThread<Result<int>>(
        this, tr("Writing the dossier…"),
        [&composed, &path](const LetterRenderer::Progress &progress) {
            return LetterRenderer::writePdf({composed}, path, progress);
        });
    if (!pages) {
        inform(tr("Dossier contentieux"), tr("%1 could not be written: %2").arg(path, pages.error()));
        return {};
    }
    statusBar()->showMessage(tr("Dossier contentieux saved: %1 (%n page(s))", nullptr, *pages).arg(path), 10000);
    return path;
}

QString MainWindow::writeDayLetters(QDate day)
{
    LetterBatch batch(m_db);
    const Result<QList<LetterRequest>> requests = batch.requests(day);
    if (!requests) {
        inform(tr("Letters"), tr("The letters could not be prepared: %1").arg(requests.error()));
        return {};
    }
    if (requests->isEmpty()) {
        inform(tr("Letters"), tr("No letter to print for %1.").arg(DisplayFormat::date(day)));
        return {};
    }
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = askSaveFileName(
        tr("Save the day's letters"),
        QDir(folder).filePath(QStringLiteral("courriers-") + day.toString(Qt::ISODate) + QStringLiteral(".pdf")));
    if (path.isEmpty())
        return {};
    // Composing reads the store (this thread); cancel leaves nothing behind.
    QProgressDialog progress(tr("Preparing the letters…"), tr("Cancel"), 0, int(requests->size()), this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(500);
    const Result<QList<ComposedLetter>> letters = batch.compose(*requests, [&progress](int done, int) {
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!letters) {
        inform(tr("Letters"), tr("The letters could not be prepared: %1").arg(letters.error()));
        return {};
    }
    progress.reset();
    // Painting the letters needs no store: off the GUI thread.
    const QList<ComposedLetter> composed = *letters;
    const Result<QStringList> written = runOffGuiThread<Result<QStringList>>(
        this, tr("Writing the letters…"), [&composed, &path](const LetterRenderer::Progress &progress) {
            return LetterBatch::write(composed, path, false, progress);
        });
    if (!written) {
        inform(tr("Letters"), tr("%1 could not be written: %2").arg(path, written.error()));
        return {};
    }
    statusBar()->showMessage(tr("%n letter(s) saved in %1: print them, then record the LRAR numbers.", nullptr,
                                int(letters->size()))
                                 .arg(path),
                             10000);
    return path;
}

QStringList MainWindow::saveScreenshots(const QString &directory, const QStringList &importFiles)
{
    QStringList written;
    QDir().mkpath(directory);
    const auto settle = [] {
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
    };
    // Waits (events processed) until `done` or 30 s: the import preview runs on a worker thread.
    const auto waitUntil = [](const std::function<bool()> &done) {
        QElapsedTimer timer;
        timer.start();
        while (!done() && timer.elapsed() < 30000) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
            QThread::msleep(10);
        }
    };
    const auto save = [&](QWidget *widget, const QString &name) {
        settle();
        const QString path = QDir(directory).filePath(name + QStringLiteral(".png"));
        if (widget->grab().save(path))
            written << path;
    };
    const struct
    {
        View view;
        const char *name;
    } views[] = {{View::Today, "today"},           {View::Calendar, "calendar-week"},
                 {View::Customers, "customers"},   {View::Invoices, "invoices"},
                 {View::DisputesPromises, "disputes-promises"}, {View::Letters, "letters"},
                 {View::Dashboard, "dashboard"}};
    for (const auto &v : views) {
        showView(v.view);
        save(this, QString::fromLatin1(v.name));
        if (v.view == View::Today) {
            // The outcome form as it opens for a promise: a date and a means, in place.
            if (auto *form = m_todayView->findChild<OutcomeForm *>(); form && m_todayView->currentActionId()) {
                form->chooseOutcome(QStringLiteral("promise"));
                save(this, QStringLiteral("today-promise"));
                m_todayView->reload();
            }
        }
        if (v.view == View::Calendar) {
            m_calendarView->setMode(CalendarView::Mode::Month);
            save(this, QStringLiteral("calendar-month"));
            m_calendarView->setMode(CalendarView::Mode::Week);
        }
    }
    // The dialogs of the daily work: the e-mail queue, the letter templates, an import preview.
    {
        EmailQueueDialog queue(m_db, Clock::instance().today(), this);
        queue.resize(1200, 700);
        queue.show();
        save(&queue, QStringLiteral("email-queue"));
    }
    {
        SettingsDialog settings(m_db, this);
        settings.showPage(SettingsDialog::Page::Templates);
        settings.show();
        save(&settings, QStringLiteral("settings-templates"));
    }
    if (!importFiles.isEmpty()) {
        ImportDialog import(m_db, importFiles, this);
        import.show();
        waitUntil([&import] { return !import.isBusy(); });
        save(&import, QStringLiteral("import-preview"));
    }
    // The customer file of the first call of the day (or the customer who owes most).
    showView(View::Today);
    qint64 customerId = m_todayView->currentCustomerId();
    if (!customerId && m_customerModel->rowCount() > 0)
        customerId = m_customerModel->summary(m_customerProxy->mapToSource(m_customerProxy->index(0, 0)).row()).id;
    if (CustomerFileDialog *file = openCustomerFile(customerId)) {
        file->resize(1100, 680);
        save(file, QStringLiteral("customer-file"));
        file->tabs()->setCurrentIndex(CustomerFileDialog::HistoryTab);
        save(file, QStringLiteral("customer-file-history"));
        file->close();
    }
    return written;
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
    if (event->type() == QEvent::KeyPress
        && (watched == m_customerSearchEdit || watched == m_invoiceSearchEdit || watched == m_globalSearchEdit)) {
        auto *edit = static_cast<QLineEdit *>(watched);
        if (static_cast<QKeyEvent *>(event)->key() == Qt::Key_Escape && !edit->text().isEmpty()) {
            edit->clear();
            if (edit == m_globalSearchEdit)
                m_searchCompleter->popup()->hide();
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    for (const QPointer<CustomerFileDialog> &file : std::as_const(m_customerFiles))
        if (file)
            file->close();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (geometry.isEmpty() || !restoreGeometry(geometry)) {
        // First start: large enough for the day's three columns, within a 1366×768 laptop screen.
        QSize size(1340, 740);
        if (const QScreen *s = screen())
            size = size.boundedTo(s->availableGeometry().size() * 0.97);
        resize(size);
    }
    restoreState(settings.value(StateKey).toByteArray());
    restoreHeader(m_customerTableView->horizontalHeader(), settings, CustomerHeaderKey, CustomerColumnsKey,
                  CustomerTableModel::ColumnCount);
    restoreHeader(m_invoiceTableView->horizontalHeader(), settings, InvoiceHeaderKey, InvoiceColumnsKey,
                  InvoiceTableModel::ColumnCount);
    const int filter = settings.value(InvoiceFilterKey, int(InvoiceFilterProxyModel::Filter::Open)).toInt();
    if (filter >= 0 && filter < InvoiceFilterProxyModel::FilterCount)
        m_invoiceFilterBar->setFilter(static_cast<InvoiceFilterProxyModel::Filter>(filter));
    if (const QByteArray splitter = settings.value(TodaySplitterKey).toByteArray(); !splitter.isEmpty())
        m_todayView->splitter()->restoreState(splitter);
    if (settings.value(CalendarModeKey).toInt() == int(CalendarView::Mode::Month))
        m_calendarView->setMode(CalendarView::Mode::Month);
    // The window always opens on Today (UX.md "Today first"), whatever tab was left open.
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(CustomerHeaderKey, m_customerTableView->horizontalHeader()->saveState());
    settings.setValue(CustomerColumnsKey, int(CustomerTableModel::ColumnCount));
    settings.setValue(InvoiceHeaderKey, m_invoiceTableView->horizontalHeader()->saveState());
    settings.setValue(InvoiceColumnsKey, int(InvoiceTableModel::ColumnCount));
    settings.setValue(InvoiceFilterKey, int(m_invoiceFilterBar->filter()));
    settings.setValue(TodaySplitterKey, m_todayView->splitter()->saveState());
    settings.setValue(CalendarModeKey, int(m_calendarView->mode()));
}
