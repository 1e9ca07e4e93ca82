#include "DisputesPromisesViewDisputeModel.h"

#include "CallGuide.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "DisputeRepository.h"
#include "InvoiceRepository.h"
#include "TableRoles.h"

#include <QHash>

DisputesPromisesViewDisputeModel::DisputesPromisesViewDisputeModel(QObject *parent) : QAbstractTableModel(parent) {}

void DisputesPromisesViewDisputeModel::reload(Database &db, QDate today)
{
    CustomerRepository customers(db);
    InvoiceRepository invoices(db);
    QHash<qint64, std::optional<::Customer>> customerCache;
    QList<Row> rows;
    for (const Dispute &d : DisputeRepository(db).open()) {
        Row row;
        row.dispute = d;
        auto c = customerCache.find(d.customerId);
        if (c == customerCache.end())
            c = customerCache.insert(d.customerId, customers.findById(d.customerId));
        if (*c) {
            row.customerCode = (*c)->code;
            row.customerName = (*c)->name;
        }
        if (const auto invoice = invoices.findById(d.invoiceId)) {
            row.invoiceNumber = invoice->number;
            row.openCents = invoice->isOpen() ? invoice->openCents : 0;
        }
        rows << row;
    }
    setRows(std::move(rows), today);
}

void DisputesPromisesViewDisputeModel::setRows(QList<Row> rows, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

int DisputesPromisesViewDisputeModel::ageDays(int row) const
{
    const QDate opened = m_rows.at(row).dispute.openedOn;
    return opened.isValid() && m_today.isValid() ? std::max(0, int(opened.daysTo(m_today))) : 0;
}

qint64 DisputesPromisesViewDisputeModel::totalOpenCents() const
{
    qint64 total = 0;
    for (const Row &row : m_rows)
        total += row.openCents;
    return total;
}

int DisputesPromisesViewDisputeModel::averageAgeDays() const
{
    if (m_rows.isEmpty())
        return 0;
    qint64 sum = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        sum += ageDays(row);
    return int((sum * 2 + m_rows.size()) / (2 * m_rows.size()));
}

QString DisputesPromisesViewDisputeModel::categoryText(const QString &category)
{
    return CallGuide::disputeCategoryFrench(category);
}

int DisputesPromisesViewDisputeModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputesPromisesViewDisputeModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisputesPromisesViewDisputeModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    switch (static_cast<Column>(column)) {
    case Customer: return r.customerName.isEmpty() ? r.customerCode : r.customerName;
    case Invoice: return r.invoiceNumber;
    case Category: return categoryText(r.dispute.category);
    case OpenedOn: return DisplayFormat::date(r.dispute.openedOn);
    case Age: return tr("%n day(s)", nullptr, ageDays(row));
    case Amount: return DisplayFormat::money(r.openCents);
    case Comment: return r.dispute.comment;
    case ColumnCount: break;
    }
    return {};
}

QVariant DisputesPromisesViewDisputeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), column);
    case Qt::TextAlignmentRole:
        return column == Amount || column == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                 : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == Customer)
            return tr("%1 · %2").arg(r.customerCode, r.customerName);
        if (column == Comment)
            return r.dispute.comment;
        return {};
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Customer: return r.customerName.toLower();
        case Invoice: return r.invoiceNumber;
        case Category: return categoryText(r.dispute.category);
        case OpenedOn: return DisplayFormat::dateSortValue(r.dispute.openedOn);
        case Age: return ageDays(index.row());
        case Amount: return r.openCents;
        case Comment: return r.dispute.comment.toLower();
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DisputesPromisesViewDisputeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount || section == Age ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                   : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole)
        return int(section == Amount || section == Age ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Age: return tr("Days since the dispute was opened");
        case Amount: return tr("What is still open on the disputed invoice");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer: return tr("Customer");
    case Invoice: return tr("Invoice");
    case Category: return tr("Category");
    case OpenedOn: return tr("Opened on");
    case Age: return tr("Age");
    case Amount: return tr("On hold");
    case Comment: return tr("Comment");
    case ColumnCount: break;
    }
    return {};
}
