#pragma once
// InvoiceFilterBar: the Factures view's filter buttons (all, open, late, disputed, promised, each with its count) and
// "Open the PDF" for the invoice selected in the table: the attached PDF is written to a private temporary folder
// and handed to the desktop's PDF viewer.

#include "InvoiceFilterProxyModel.h"
#include "Result.h"

#include <QTemporaryDir>
#include <QUrl>
#include <QWidget>
#include <array>
#include <functional>

class Database;
class QAbstractButton;
class QButtonGroup;
class QPushButton;
class QTableView;
struct InvoiceRow;

class InvoiceFilterBar final : public QWidget
{
    Q_OBJECT

public:
    // `db` must outlive the bar; `proxy` is the filter it drives (its source, an InvoiceTableModel, set already or later).
    InvoiceFilterBar(Database &db, InvoiceFilterProxyModel *proxy, QWidget *parent = nullptr);
    ~InvoiceFilterBar() override;

    // Reads the open promises again: call after the invoice model was reloaded.
    void reload();
    // The table whose current row "Open the PDF" acts on (its model may be any stack of proxies over the
    // InvoiceTableModel); Ctrl+O and a double-click on the number open it too.
    void setView(QTableView *view);

    void setFilter(InvoiceFilterProxyModel::Filter filter);
    InvoiceFilterProxyModel::Filter filter() const { return m_proxy->filter(); }
    QAbstractButton *filterButton(InvoiceFilterProxyModel::Filter filter) const { return m_buttons.at(int(filter)); }

    // The invoice shown at `index` of the view's model, or nullptr.
    const InvoiceRow *invoiceAt(const QModelIndex &index) const;
    // Writes the invoice's PDF to the temporary folder and opens it; the error names the invoice.
    Status openPdf(qint64 invoiceId);
    void openCurrentPdf();
    QString lastPdfPath() const { return m_lastPdfPath; }

    // Seams for tests: what opens a file (QDesktopServices::openUrl by default) and what shows a warning
    // (QMessageBox::warning by default).
    void setUrlOpener(std::function<bool(const QUrl &)> opener) { m_urlOpener = std::move(opener); }
    void setWarningHandler(std::function<void(const QString &)> warn) { m_warn = std::move(warn); }

signals:
    void filterChanged(InvoiceFilterProxyModel::Filter filter);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateCounts();
    void updatePdfButton();
    QString filterText(InvoiceFilterProxyModel::Filter filter) const;

    Database &m_db;
    InvoiceFilterProxyModel *m_proxy;
    bool m_promisesPending = false; // built before any invoice was listed: the promises are read with the first ones
    QTableView *m_view = nullptr;
    QButtonGroup *m_group = nullptr;
    std::array<QAbstractButton *, InvoiceFilterProxyModel::FilterCount> m_buttons{};
    QPushButton *m_pdfButton = nullptr;
    QTemporaryDir m_tempDir;
    QString m_lastPdfPath;
    std::function<bool(const QUrl &)> m_urlOpener;
    std::function<void(const QString &)> m_warn;
};
