#include "DisputesPromisesViewPromiseModel.h"

#include "CallGuide.h"
#include "CustomerRepository.h"
#include "DisplayFormat.h"
#include "InvoiceRepository.h"
#include "PromiseRepository.h"
#include "TableRoles.h"

#include <QBrush>
#include <QColor>
#include <QHash>

namespace {

// Red is kept for what is late and ours to act on (UX.md "Calm by default"); same shade as the invoice list.
const QColor LateColor(0xB0, 0x00, 0x20);

} // namespace

DisputesPromisesViewPromiseModel::DisputesPromisesViewPromiseModel(QObject *parent) : QAbstractTableModel(parent) {}

void DisputesPromisesViewPromiseModel::reload(Database &db, QDate today)
{
    InvoiceRepository invoices(db);
    PromiseRepository promises(db);
    QHash<qint64, QString> numbers;
    QList<Row> rows;
    for (const CustomerSummary &c : CustomerRepository(db).summaries(today)) {
        for (const Promise &p : promises.forCustomer(c.id)) {
            Row row;
            row.promise = p;
            row.customerCode = c.code;
            row.customerName = c.name;
            for (qint64 id : p.invoiceIds) {
                auto number = numbers.find(id);
                if (number == numbers.end()) {
                    const auto invoice = invoices.findById(id);
                    number = numbers.insert(id, invoice ? invoice->number : QString());
                }
                if (!number->isEmpty())
                    row.invoiceNumbers << *number;
            }
            rows << row;
        }
    }
    setRows(std::move(rows), today);
}

void DisputesPromisesViewPromiseModel::setRows(QList<Row> rows, QDate today)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_today = today;
    endResetModel();
}

bool DisputesPromisesViewPromiseModel::isOverdue(int row) const
{
    const Promise &p = m_rows.at(row).promise;
    return p.status == Promise::Status::Open && p.promisedDate.isValid() && p.promisedDate < m_today;
}

int DisputesPromisesViewPromiseModel::count(Promise::Status status) const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [status](const Row &r) { return r.promise.status == status; }));
}

int DisputesPromisesViewPromiseModel::overdueCount() const
{
    int n = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        n += isOverdue(row) ? 1 : 0;
    return n;
}

QString DisputesPromisesViewPromiseModel::stateText(Promise::Status status)
{
    switch (status) {
    case Promise::Status::Open: return tr("open");
    case Promise::Status::Kept: return tr("kept");
    case Promise::Status::Broken: return tr("broken");
    case Promise::Status::Cancelled: return tr("cancelled");
    }
    return {};
}

QString DisputesPromisesViewPromiseModel::meansText(const QString &means)
{
    return CallGuide::paymentMeansFrench(means);
}

int DisputesPromisesViewPromiseModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DisputesPromisesViewPromiseModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DisputesPromisesViewPromiseModel::displayText(int row, int column) const
{
    const Row &r = m_rows.at(row);
    const Promise &p = r.promise;
    switch (static_cast<Column>(column)) {
    case Customer: return r.customerName.isEmpty() ? r.customerCode : r.customerName;
    case Invoices: return r.invoiceNumbers.join(QStringLiteral(", "));
    case MadeOn: return DisplayFormat::date(p.madeOn);
    case PromisedDate: return DisplayFormat::date(p.promisedDate);
    case Means: return meansText(p.means);
    case Amount: return p.amountCents ? DisplayFormat::money(p.amountCents) : QString();
    case State: return isOverdue(row) ? tr("open, date passed") : stateText(p.status);
    case ColumnCount: break;
    }
    return {};
}

QVariant DisputesPromisesViewPromiseModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    const Promise &p = r.promise;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(index.row(), column);
    case Qt::TextAlignmentRole:
        return column == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if ((column == State || column == PromisedDate) && isOverdue(index.row()))
            return QBrush(LateColor);
        return {};
    case Qt::ToolTipRole:
        if (column == Customer)
            return tr("%1 · %2").arg(r.customerCode, r.customerName);
        if (column == State && isOverdue(index.row()))
            return tr("Nothing received by the promised date: follow up on the next working day.");
        if (column == Invoices)
            return r.invoiceNumbers.join(QStringLiteral(", "));
        return p.comment.isEmpty() ? QVariant() : QVariant(p.comment);
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Customer: return r.customerName.toLower();
        case Invoices: return r.invoiceNumbers.value(0);
        case MadeOn: return DisplayFormat::dateSortValue(p.madeOn);
        case PromisedDate: return DisplayFormat::dateSortValue(p.promisedDate);
        case Means: return meansText(p.means);
        case Amount: return p.amountCents;
        case State: {
            // What calls for action first: open promises past their date, then open ones, broken, kept, cancelled;
            // the latest date first within each.
            int rank = 4;
            switch (p.status) {
            case Promise::Status::Open: rank = isOverdue(index.row()) ? 0 : 1; break;
            case Promise::Status::Broken: rank = 2; break;
            case Promise::Status::Kept: rank = 3; break;
            case Promise::Status::Cancelled: rank = 4; break;
            }
            return qint64(rank) * 100000000 + (99999999 - (p.promisedDate.isValid() ? p.promisedDate.toJulianDay() : 0));
        }
        case ColumnCount: break;
        }
        return {};
    case StateKeyRole:
        return Promise::statusKey(p.status);
    default:
        return {};
    }
}

QVariant DisputesPromisesViewPromiseModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole)
        return int(section == Amount || section == PromisedDate || section == MadeOn ? Qt::DescendingOrder
                                                                                       : Qt::AscendingOrder);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer: return tr("Customer");
    case Invoices: return tr("Invoices");
    case MadeOn: return tr("Made on");
    case PromisedDate: return tr("Promised for");
    case Means: return tr("Means");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}
