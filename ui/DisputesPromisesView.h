#pragma once
// DisputesPromisesView: "Litiges & promesses": the open disputes with their age and category, resolved in place with
// a resolution text (journaled), and every promise to pay with its state.

#include "Result.h"

#include <QDate>
#include <QWidget>

class Database;
class DisputesPromisesViewDisputeModel;
class DisputesPromisesViewPromiseModel;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
struct Dispute;

class DisputesPromisesView final : public QWidget
{
    Q_OBJECT

public:
    // Which promises the list shows (the combo box above it).
    enum class PromiseFilter { All, Open, Kept, Broken, Cancelled };
    Q_ENUM(PromiseFilter)

    // `db` must outlive the view. Cheap: the store is read when the view is first shown (or by reload()).
    explicit DisputesPromisesView(Database &db, QWidget *parent = nullptr);
    ~DisputesPromisesView() override;

    // Reads disputes and promises again as of Clock::instance().today().
    void reload();
    // The data changed elsewhere: reload now if visible, else when next shown.
    void markStale();
    bool isLoaded() const { return m_loaded; }

    // Resolves the dispute on `on` with `resolution` and journals it ("dispute_resolved"), in one transaction.
    static Status resolveDispute(Database &db, const Dispute &dispute, const QString &invoiceNumber,
                                 const QString &resolution, QDate on);
    // Resolves the dispute selected in the list with the text typed under it (the "Resolve" button).
    Status resolveSelected();

    void setPromiseFilter(PromiseFilter filter);
    DisputesPromisesViewDisputeModel *disputeModel() const { return m_disputeModel; }
    DisputesPromisesViewPromiseModel *promiseModel() const { return m_promiseModel; }

signals:
    // A dispute was resolved: other views (Today, invoices, dashboard) may refresh.
    void disputeResolved(qint64 disputeId);
    // Double-click on a row: the main window may open the customer's file.
    void customerActivated(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    QTableView *createTable(const char *name, QSortFilterProxyModel *proxy);
    void retranslateUi();
    void updateSummaries();
    void updateResolveButton();
    int selectedDisputeRow() const;

    Database &m_db;
    QDate m_today;
    bool m_loaded = false;
    DisputesPromisesViewDisputeModel *m_disputeModel;
    QSortFilterProxyModel *m_disputeProxy;
    DisputesPromisesViewPromiseModel *m_promiseModel;
    QSortFilterProxyModel *m_promiseProxy;

    QLabel *m_disputesTitle = nullptr;
    QLabel *m_disputesSummary = nullptr;
    QTableView *m_disputeView = nullptr;
    QLabel *m_resolutionLabel = nullptr;
    QLineEdit *m_resolutionEdit = nullptr;
    QPushButton *m_resolveButton = nullptr;
    QLabel *m_resolveStatus = nullptr;
    QLabel *m_promisesTitle = nullptr;
    QLabel *m_promisesSummary = nullptr;
    QLabel *m_promiseFilterLabel = nullptr;
    QComboBox *m_promiseFilterCombo = nullptr;
    QTableView *m_promiseView = nullptr;
};
