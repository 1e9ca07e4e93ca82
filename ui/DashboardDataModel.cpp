#include "DashboardDataModel.h"

#include "DisplayFormat.h"
#include "TableRoles.h"

namespace {

// Invoice numbers beyond this many are summed up as "+3".
constexpr int ShownInvoiceNumbers = 3;

} // namespace

DashboardDataModel::DashboardDataModel(QObject *parent) : QAbstractTableModel(parent) {}

void DashboardDataModel::setRows(QList<DashboardListRow> rows, const QString &dateHeader)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_dateHeader = dateHeader;
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, Date, Date);
}

void DashboardDataModel::clear()
{
    setRows({}, QString());
}

qint64 DashboardDataModel::totalCents() const
{
    qint64 total = 0;
    for (const DashboardListRow &row : m_rows)
        total += row.cents;
    return total;
}

int DashboardDataModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DashboardDataModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DashboardDataModel::displayText(const DashboardListRow &row, int column) const
{
    switch (static_cast<Column>(column)) {
    case Customer:
        return row.customerName.isEmpty() ? row.customerCode : row.customerName;
    case Invoices:
        if (row.invoiceNumbers.size() <= ShownInvoiceNumbers)
            return row.invoiceNumbers.join(QStringLiteral(", "));
        return row.invoiceNumbers.mid(0, ShownInvoiceNumbers).join(QStringLiteral(", "))
               + tr(" +%1").arg(row.invoiceNumbers.size() - ShownInvoiceNumbers);
    case Date: return DisplayFormat::date(row.date);
    case Amount: return DisplayFormat::money(row.cents);
    case Note: return row.note;
    case ColumnCount: break;
    }
    return {};
}

QVariant DashboardDataModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const DashboardListRow &row = m_rows.at(index.row());
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return column == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        switch (static_cast<Column>(column)) {
        case Customer:
            return row.profile ? tr("%1 · %2 — %3").arg(row.customerCode, row.customerName, payerProfileFrench(*row.profile))
                               : tr("%1 · %2").arg(row.customerCode, row.customerName);
        case Invoices: return row.invoiceNumbers.join(QStringLiteral(", "));
        case Note: return row.note;
        default: return {};
        }
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Customer: return row.customerName.toLower();
        case Invoices: return int(row.invoiceNumbers.size());
        case Date: return DisplayFormat::dateSortValue(row.date);
        case Amount: return row.cents;
        case Note: return row.note;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant DashboardDataModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole)
        return int(section == Amount ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer: return tr("Customer");
    case Invoices: return tr("Invoices");
    case Date: return m_dateHeader.isEmpty() ? tr("Date") : m_dateHeader;
    case Amount: return tr("Amount");
    case Note: return tr("Why");
    case ColumnCount: break;
    }
    return {};
}
