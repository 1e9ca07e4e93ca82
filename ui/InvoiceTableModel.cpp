#include "InvoiceTableModel.h"

#include "Database.h"
#include "DisplayFormat.h"
#include "SearchText.h"
#include "TableRoles.h"

#include <QBrush>
#include <QColor>
#include <QHash>
#include <algorithm>
#include <limits>
#include <numeric>
#include <utility>

namespace {

// Red is kept for what is late and ours to act on (UX.md "Calm by default").
const QColor LateColor(0xB0, 0x00, 0x20);

bool isNumberColumn(int column)
{
    return column == InvoiceTableModel::Amount || column == InvoiceTableModel::Open
           || column == InvoiceTableModel::DaysLate;
}

bool isCredit(const Invoice &invoice)
{
    return invoice.kind == Invoice::Kind::CreditNote || invoice.kind == Invoice::Kind::Payment;
}

// Something is still to be collected on it: open, and a debt rather than a credit.
bool isReceivable(const Invoice &invoice)
{
    return invoice.isOpen() && invoice.openCents > 0;
}

} // namespace

// 100 000 invoices share a few thousand customers and a dozen kinds and statuses: fold each of those once.
struct InvoiceTableModel::KeyCache
{
    QHash<qint64, QString> customers;
    QHash<int, QString> labels;

    template <typename MakeText> const QString &label(int key, MakeText makeText)
    {
        auto it = labels.find(key);
        if (it == labels.end())
            it = labels.insert(key, SearchText::fold(makeText()));
        return *it;
    }
};

InvoiceTableModel::InvoiceTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void InvoiceTableModel::reload(Database &db, QDate today)
{
    setRows(InvoiceRepository(db).list(), today);
}

void InvoiceTableModel::setRows(QList<InvoiceRow> rows, QDate today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    m_rows.reserve(rows.size());
    KeyCache cache;
    QList<QString> numberKeys;
    numberKeys.reserve(rows.size());
    QHash<qint64, QString> customerKeys;
    for (InvoiceRow &r : rows) {
        Row row;
        row.row = std::move(r);
        const Invoice &invoice = row.row.invoice;
        if (isReceivable(invoice)) {
            row.daysLate = invoice.daysLate(today);
            row.sortDaysLate = invoice.dueDate.isValid() ? int(invoice.dueDate.daysTo(today)) : 0;
        } else {
            row.sortDaysLate = std::numeric_limits<int>::min(); // settled items sort below anything still due
        }
        numberKeys << SearchText::sortKey(invoice.number);
        if (!customerKeys.contains(invoice.customerId))
            customerKeys.insert(invoice.customerId, SearchText::sortKey(row.row.customerCode));
        buildSearchKey(row, cache);
        m_rows.append(std::move(row));
    }
    assignRanks(numberKeys, customerKeys);
    endResetModel();
}

void InvoiceTableModel::assignRanks(const QList<QString> &numberKeys, const QHash<qint64, QString> &customerKeys)
{
    // Numbers and customer codes sort in natural order ("FA-999" < "FA-1042"). Ranking them once here lets the
    // proxy compare integers: sorting 100 000 rows by number no longer compares 1.7 million strings.
    QList<int> order(numberKeys.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return numberKeys.at(a) < numberKeys.at(b); });
    int rank = 0;
    for (qsizetype i = 0; i < order.size(); ++i) {
        if (i > 0 && numberKeys.at(order.at(i)) != numberKeys.at(order.at(i - 1)))
            ++rank;
        m_rows[order.at(i)].numberRank = rank;
    }

    QList<std::pair<QString, qint64>> customers;
    customers.reserve(customerKeys.size());
    for (auto it = customerKeys.cbegin(); it != customerKeys.cend(); ++it)
        customers.append({it.value(), it.key()});
    std::sort(customers.begin(), customers.end());
    QHash<qint64, int> customerRanks;
    for (qsizetype i = 0; i < customers.size(); ++i)
        customerRanks.insert(customers.at(i).second, int(i));
    for (Row &row : m_rows)
        row.customerRank = customerRanks.value(row.row.invoice.customerId);
}

void InvoiceTableModel::retranslate()
{
    beginResetModel();
    KeyCache cache;
    for (Row &row : m_rows)
        buildSearchKey(row, cache);
    endResetModel();
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void InvoiceTableModel::buildSearchKey(Row &row, KeyCache &cache) const
{
    const InvoiceRow &r = row.row;
    const Invoice &invoice = r.invoice;
    auto customer = cache.customers.find(invoice.customerId);
    if (customer == cache.customers.end())
        customer = cache.customers.insert(invoice.customerId, SearchText::fold(customerText(r)));
    const int statusKey = (int(invoice.kind) << 4) | (int(invoice.status) << 1) | (r.disputed ? 1 : 0);

    // Each column as displayed, folded, then the amounts as people type them ("12760,35").
    QString key;
    key.reserve(160);
    QString ungrouped;
    for (int column = 0; column < ColumnCount; ++column) {
        switch (static_cast<Column>(column)) {
        case Customer:
            key += *customer;
            break;
        case Kind:
            key += cache.label(int(invoice.kind), [&] { return kindText(invoice.kind); });
            break;
        case Status:
            key += cache.label(0x1000 | statusKey, [&] { return statusText(r); });
            break;
        case Amount:
        case Open: {
            const QString money = displayText(row, column);
            SearchText::appendFolded(key, money);
            for (QChar c : money) {
                if (c == QChar(0x00A0))
                    break; // the currency symbol follows
                if (c != QChar(0x202F))
                    ungrouped += c;
            }
            ungrouped += SearchText::KeySeparator;
            break;
        }
        default:
            SearchText::appendFolded(key, displayText(row, column));
            break;
        }
        key += SearchText::KeySeparator;
    }
    key += ungrouped;
    row.searchKey = std::move(key);
}

QString InvoiceTableModel::kindText(Invoice::Kind kind)
{
    switch (kind) {
    case Invoice::Kind::Invoice: return tr("Invoice");
    case Invoice::Kind::CreditNote: return tr("Credit note");
    case Invoice::Kind::OpeningBalance: return tr("Opening balance");
    case Invoice::Kind::Payment: return tr("Unmatched payment");
    }
    return {};
}

QString InvoiceTableModel::statusText(const InvoiceRow &row)
{
    const Invoice &invoice = row.invoice;
    if (row.disputed && invoice.isOpen())
        return tr("Disputed");
    const bool credit = isCredit(invoice);
    switch (invoice.status) {
    case Invoice::Status::Open: return credit ? tr("Unused") : tr("Open");
    case Invoice::Status::PartiallyPaid: return credit ? tr("Partly used") : tr("Partly paid");
    case Invoice::Status::Paid: return credit ? tr("Used") : tr("Paid");
    case Invoice::Status::Cancelled: return tr("Cancelled");
    }
    return {};
}

QString InvoiceTableModel::customerText(const InvoiceRow &row) const
{
    return row.customerCode + u" · " + row.customerName;
}

QString InvoiceTableModel::displayText(const Row &row, int column) const
{
    const Invoice &invoice = row.row.invoice;
    switch (static_cast<Column>(column)) {
    case Number: return invoice.number;
    case Customer: return customerText(row.row);
    case Kind: return kindText(invoice.kind);
    case IssueDate: return DisplayFormat::date(invoice.issueDate);
    case DueDate: return DisplayFormat::date(invoice.dueDate);
    case Amount: return DisplayFormat::money(invoice.amountCents, invoice.currency);
    case Open: return invoice.isOpen() && invoice.openCents ? DisplayFormat::money(invoice.openCents, invoice.currency)
                                                             : QString();
    case Status: return statusText(row.row);
    case DaysLate: return row.daysLate > 0 ? QString::number(row.daysLate) : QString();
    case ColumnCount: break;
    }
    return {};
}

QString InvoiceTableModel::daysLateToolTip(const Row &row) const
{
    const Invoice &invoice = row.row.invoice;
    if (!isReceivable(invoice) || !invoice.dueDate.isValid())
        return {};
    if (row.daysLate > 0)
        return tr("%n day(s) past the due date", nullptr, row.daysLate);
    const int days = int(m_today.daysTo(invoice.dueDate));
    return days == 0 ? tr("Due today") : tr("Due in %n day(s)", nullptr, days);
}

int InvoiceTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvoiceTableModel::data(const QModelIndex &index, int role) const
{
    // Called millions of times when 100 000 rows are sorted: a cheap check rather than checkIndex().
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const Invoice &invoice = row.row.invoice;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return isNumberColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        // A disputed invoice is late but not ours to chase until the dispute is settled.
        if (column == DaysLate && row.daysLate > 0 && !row.row.disputed)
            return QBrush(LateColor);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Number:
            return invoice.sourceFile.isEmpty() ? QVariant() : tr("Imported from %1").arg(invoice.sourceFile);
        case Status:
            return row.row.disputed && invoice.isOpen()
                       ? tr("An open dispute is attached: no reminders or penalties until it is settled.")
                       : QVariant();
        case DueDate:
        case DaysLate:
            return daysLateToolTip(row);
        default:
            return {};
        }
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Number: return row.numberRank;
        case Customer: return row.customerRank;
        case Kind: return int(invoice.kind);
        case IssueDate: return DisplayFormat::dateSortValue(invoice.issueDate);
        case DueDate: return DisplayFormat::dateSortValue(invoice.dueDate);
        case Amount: return invoice.amountCents;
        case Open: return invoice.isOpen() ? invoice.openCents : qint64(0);
        case Status: return int(invoice.status);
        case DaysLate: return row.sortDaysLate;
        case ColumnCount: break;
        }
        return {};
    case TableRoles::SearchKeyRole:
        return row.searchKey;
    case TableRoles::OpenRole:
        return invoice.isOpen();
    default:
        return {};
    }
}

QVariant InvoiceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isNumberColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole) // a first click on an amount or a delay shows the largest first
        return int(isNumberColumn(section) ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Number: return tr("Number");
        case Customer: return tr("Customer");
        case Kind: return tr("Type");
        case IssueDate: return tr("Issued");
        case DueDate: return tr("Due date");
        case Amount: return tr("Amount");
        case Open: return tr("Open balance");
        case Status: return tr("Status");
        case DaysLate: return tr("Days late");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Number: return tr("Invoice or credit note number");
        case Customer: return tr("Customer code and name");
        case Kind: return tr("Invoice, credit note, opening balance or unmatched payment");
        case IssueDate: return tr("Date of issue");
        case DueDate: return tr("Date the payment is due");
        case Amount: return tr("Amount including VAT; credit notes are negative");
        case Open: return tr("What is still to be paid on it");
        case Status: return tr("Open, partly paid, paid, cancelled or disputed");
        case DaysLate: return tr("Days since the due date, for what is still to be paid");
        case ColumnCount: break;
        }
    }
    return {};
}
