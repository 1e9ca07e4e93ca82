#pragma once
// MainWindow: Encaisse's main window over one open database: customers and invoices as sortable, filterable tables.

#include <QDate>
#include <QMainWindow>

class CustomerTableModel;
class Database;
class InvoiceTableModel;
class QAction;
class QCheckBox;
class QLabel;
class QLineEdit;
class QMenu;
class QTabWidget;
class QTableView;
class TableFilterProxyModel;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The tabs, in order.
    enum class View { Customers, Invoices };

    // `db` must be open and outlive the window. Restores the geometry saved by the last session (QSettings).
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads customers and invoices again (one query each) as of Clock::instance().today().
    void reload();
    void showView(View view);
    View currentView() const;

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createCustomerPage();
    QWidget *createInvoicePage();
    void setUpTableView(QTableView *view, TableFilterProxyModel *proxy);
    void setDefaultColumnWidths();
    void retranslateUi();
    void updateWindowTitle();
    void updateSummary();
    void updateTodayLabel();
    void focusSearch();
    void focusTable(QTableView *view);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Database &m_db;
    QString m_companyName;
    QDate m_today;

    CustomerTableModel *m_customerModel = nullptr;
    TableFilterProxyModel *m_customerProxy = nullptr;
    InvoiceTableModel *m_invoiceModel = nullptr;
    TableFilterProxyModel *m_invoiceProxy = nullptr;

    QTabWidget *m_tabWidget = nullptr;
    QLineEdit *m_customerSearchEdit = nullptr;
    QTableView *m_customerTableView = nullptr;
    QLineEdit *m_invoiceSearchEdit = nullptr;
    QCheckBox *m_openOnlyCheckBox = nullptr;
    QTableView *m_invoiceTableView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_todayLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_customersAction = nullptr;
    QAction *m_invoicesAction = nullptr;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
