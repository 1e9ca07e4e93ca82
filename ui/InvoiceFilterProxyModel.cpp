#include "InvoiceFilterProxyModel.h"

#include "InvoiceTableModel.h"
#include "PromiseRepository.h"

InvoiceFilterProxyModel::InvoiceFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(false); // the source changes by resets only; recount() follows them
}

void InvoiceFilterProxyModel::setInvoiceModel(InvoiceTableModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    setSourceModel(model);
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &InvoiceFilterProxyModel::recount);
        connect(model, &QAbstractItemModel::rowsInserted, this, &InvoiceFilterProxyModel::recount);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &InvoiceFilterProxyModel::recount);
        connect(model, &QAbstractItemModel::dataChanged, this, &InvoiceFilterProxyModel::recount);
    }
    recount();
}

void InvoiceFilterProxyModel::setFilter(Filter filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    // One pass rather than row-by-row updates (see TableFilterProxyModel::refilter()).
    invalidate();
}

void InvoiceFilterProxyModel::setPromisedInvoiceIds(QSet<qint64> ids)
{
    m_promised = std::move(ids);
    if (m_filter == Filter::Promised)
        invalidate();
    recount();
}

void InvoiceFilterProxyModel::reloadPromises(Database &db)
{
    QSet<qint64> ids;
    for (const Promise &promise : PromiseRepository(db).open())
        for (qint64 id : promise.invoiceIds)
            ids.insert(id);
    setPromisedInvoiceIds(std::move(ids));
}

bool InvoiceFilterProxyModel::accepts(int sourceRow, Filter filter) const
{
    if (!m_model || sourceRow < 0 || sourceRow >= m_model->rowCount())
        return false;
    const InvoiceRow &row = m_model->invoiceRow(sourceRow);
    const Invoice &invoice = row.invoice;
    switch (filter) {
    case Filter::All: return true;
    case Filter::Open: return invoice.isOpen();
    // Something still to collect past its due date (InvoiceTableModel counts days late for receivables only).
    case Filter::Late: return invoice.isOpen() && m_model->daysLate(sourceRow) > 0;
    case Filter::Disputed: return invoice.isOpen() && row.disputed;
    case Filter::Promised: return invoice.isOpen() && m_promised.contains(invoice.id);
    }
    return false;
}

bool InvoiceFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceParent.isValid() && accepts(sourceRow, m_filter);
}

void InvoiceFilterProxyModel::recount()
{
    m_counts.fill(0);
    const int rows = m_model ? m_model->rowCount() : 0;
    for (int row = 0; row < rows; ++row)
        for (int f = 0; f < FilterCount; ++f)
            if (accepts(row, Filter(f)))
                ++m_counts[f];
    emit countsChanged();
}
