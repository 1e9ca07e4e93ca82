#pragma once
// MainWindow: Encaisse's main window over one open database. Opens on "Aujourd'hui"; tabs for the calendar,
// customers, invoices, disputes and promises, letters and the dashboard; a search box for customers and invoices
// everywhere (Ctrl+F); the customer file opens from any list.

#include <QDate>
#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <functional>

class CalendarView;
class CustomerFileDialog;
class CustomerTableModel;
class Database;
class InvoiceFilterBar;
class InvoiceFilterProxyModel;
class InvoiceTableModel;
class LettersView;
class QAction;
class QCompleter;
class QDialog;
class QLabel;
class QLineEdit;
class QMenu;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class TableFilterProxyModel;
class TodayView;

class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    // The tabs, in order.
    enum class View { Today, Calendar, Customers, Invoices, DisputesPromises, Letters, Dashboard };
    static constexpr int ViewCount = 7;

    // `db` must be open and outlive the window. Restores the geometry saved by the last session (QSettings) and
    // opens on Today; the other views read the store the first time they are shown.
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Reads every view already shown again, as of Clock::instance().today().
    void reload();
    void showView(View view);
    View currentView() const;
    QWidget *viewWidget(View view) const;
    TodayView *todayView() const { return m_todayView; }
    CalendarView *calendarView() const { return m_calendarView; }
    // The Courriers tab (built the first time it is shown or asked for).
    LettersView *lettersView();

    // Opens the customer's file (or raises it when already open).
    CustomerFileDialog *openCustomerFile(qint64 customerId);
    CustomerFileDialog *customerFile(qint64 customerId) const;

    // Writes documents as PDF where the file seam says; return the path written, empty when cancelled or failed.
    QString writeFormalNotice(qint64 customerId);
    QString writeLitigationFile(qint64 customerId);
    QString writeDayLetters(QDate day);

    // Seams for tests and scripts: the file name question, the message boxes and the customer file's own dialogs.
    void setSaveFileNameAsker(std::function<QString(const QString &title, const QString &suggested)> asker);
    void setMessageHandler(std::function<void(const QString &title, const QString &text)> handler);
    void setCustomerFileDialogRunner(std::function<int(QDialog &)> runner);
    // The e-mail batch of the day ("Send all…" on Today): the send queue dialog by default.
    void setEmailBatchHandler(std::function<void(QDate day)> handler);
    // Runs the window's own modal dialogs (import, e-mail queue) instead of exec(): tests and scripts drive them.
    void setDialogRunner(std::function<int(QDialog &)> runner);

    // File ▸ Import… and files dropped on the window: the import dialog (preview, progress, report); every view
    // reads the store again when the import was written.
    void importFiles(const QStringList &files);
    // File ▸ Export the week's calls: the call list of the current ISO week as .xlsx; returns the path written.
    QString exportCurrentWeekCalls();
    // The send queue of `day`'s e-mails.
    void showEmailQueue(QDate day);

    // Saves a picture of each view, of a customer file and of the daily dialogs into `directory` (the import
    // dialog's preview of `importFiles` when given); returns the files written.
    QStringList saveScreenshots(const QString &directory, const QStringList &importFiles = {});

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // The factory of the tabs. The views still being written elsewhere get a marked place here.
    QWidget *createView(View view);
    QWidget *createCustomerPage();
    QWidget *createInvoicePage();
    void setUpTableView(QTableView *view, TableFilterProxyModel *proxy);
    void setDefaultColumnWidths();
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateWindowTitle();
    void updateSummary();
    void updateTodayLabel();
    void focusSearch();
    void focusTable(QTableView *view);
    void showAbout();
    void restoreSettings();
    void saveSettings() const;
    void ensureLoaded(View view);
    void loadView(View view);
    void invalidate(View except);
    void onDataChanged(View origin);
    void updateGlobalSearch(const QString &text);
    void activateGlobalSearch(const QModelIndex &index);
    void searchEverywhere(const QString &text, View target);
    void openSelectedCustomer(QTableView *view);
    int invoiceSourceRow(const QModelIndex &proxyIndex) const;
    void showSettings();
    QString askSaveFileName(const QString &title, const QString &suggested);
    QStringList askImportFiles();
    int runDialog(QDialog &dialog);
    void inform(const QString &title, const QString &text);
    QString viewTitle(View view) const;

    Database &m_db;
    QString m_companyName;
    QDate m_today;
    QHash<int, bool> m_loaded; // per view: read from the store and up to date
    bool m_searchSuggestionActivated = false;
    QHash<qint64, QPointer<CustomerFileDialog>> m_customerFiles;
    std::function<QString(const QString &, const QString &)> m_askSaveFileName;
    std::function<void(const QString &, const QString &)> m_inform;
    std::function<int(QDialog &)> m_customerFileDialogRunner;
    std::function<int(QDialog &)> m_dialogRunner;

    CustomerTableModel *m_customerModel = nullptr;
    TableFilterProxyModel *m_customerProxy = nullptr;
    InvoiceTableModel *m_invoiceModel = nullptr;
    InvoiceFilterProxyModel *m_invoiceFilter = nullptr; // open, late, disputed, promised (the filter bar)
    TableFilterProxyModel *m_invoiceProxy = nullptr;     // search and sort, over the filter

    QTabWidget *m_tabWidget = nullptr;
    TodayView *m_todayView = nullptr;
    CalendarView *m_calendarView = nullptr;
    LettersView *m_lettersView = nullptr;
    QList<QWidget *> m_views;
    QLineEdit *m_globalSearchEdit = nullptr;
    QCompleter *m_searchCompleter = nullptr;
    QStandardItemModel *m_searchResults = nullptr;
    QLineEdit *m_customerSearchEdit = nullptr;
    QTableView *m_customerTableView = nullptr;
    QLineEdit *m_invoiceSearchEdit = nullptr;
    InvoiceFilterBar *m_invoiceFilterBar = nullptr;
    QTableView *m_invoiceTableView = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_todayLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_openFileAction = nullptr;
    QAction *m_importAction = nullptr;
    QAction *m_exportCallsAction = nullptr;
    QList<QAction *> m_viewActions;
    QAction *m_refreshAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};
