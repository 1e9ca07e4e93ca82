#pragma once
// InvoiceFilterProxyModel: keeps the invoices of one kind of interest (open, late, disputed, promised) from an
// InvoiceTableModel, and counts each kind for the filter buttons. Filters only; sorting and search stay with the
// TableFilterProxyModel stacked on top of it.

#include <QSet>
#include <QSortFilterProxyModel>
#include <array>

class Database;
class InvoiceTableModel;

class InvoiceFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter { All, Open, Late, Disputed, Promised };
    Q_ENUM(Filter)
    static constexpr int FilterCount = 5;

    explicit InvoiceFilterProxyModel(QObject *parent = nullptr);

    // The source must be an InvoiceTableModel (it is read through its typed accessors, not its display texts).
    void setInvoiceModel(InvoiceTableModel *model);
    InvoiceTableModel *invoiceModel() const { return m_model; }

    void setFilter(Filter filter);
    Filter filter() const { return m_filter; }

    // The invoices covered by an open promise (PromiseRepository::open()).
    void setPromisedInvoiceIds(QSet<qint64> ids);
    void reloadPromises(Database &db);
    bool isPromised(qint64 invoiceId) const { return m_promised.contains(invoiceId); }

    // Rows of the source each filter keeps (recounted when the source or the promises change).
    int count(Filter filter) const { return m_counts.at(int(filter)); }
    // Whether a source row passes `filter`.
    bool accepts(int sourceRow, Filter filter) const;

signals:
    void countsChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void recount();

    InvoiceTableModel *m_model = nullptr;
    Filter m_filter = Filter::All;
    QSet<qint64> m_promised;
    std::array<int, FilterCount> m_counts{};
};
