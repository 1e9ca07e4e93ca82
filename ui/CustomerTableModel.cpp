#include "CustomerTableModel.h"

#include "Database.h"
#include "DisplayFormat.h"
#include "SearchText.h"
#include "TableRoles.h"

#include <QBrush>
#include <QColor>

namespace {

// Red is kept for what is late and ours to act on (UX.md "Calm by default").
const QColor LateColor(0xB0, 0x00, 0x20);

bool isAmountColumn(int column)
{
    return column == CustomerTableModel::OpenInvoices || column == CustomerTableModel::OpenBalance
           || column == CustomerTableModel::Overdue;
}

} // namespace

CustomerTableModel::CustomerTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void CustomerTableModel::reload(Database &db, QDate today)
{
    setSummaries(CustomerRepository(db).summaries(today), today);
}

void CustomerTableModel::setSummaries(QList<CustomerSummary> summaries, QDate today)
{
    beginResetModel();
    m_today = today;
    m_rows.clear();
    m_rows.reserve(summaries.size());
    for (CustomerSummary &s : summaries) {
        Row row{std::move(s), {}, {}, {}, {}, {}};
        buildKeys(row);
        m_rows.append(std::move(row));
    }
    endResetModel();
}

void CustomerTableModel::retranslate()
{
    // The cells themselves do not depend on the UI language (French amounts and profiles).
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void CustomerTableModel::buildKeys(Row &row) const
{
    const CustomerSummary &s = row.summary;
    row.codeKey = SearchText::sortKey(s.code);
    row.nameKey = SearchText::sortKey(s.name);
    row.cityKey = SearchText::sortKey(s.city);
    row.profileKey = SearchText::fold(profileText(s));

    QString key;
    for (int column = 0; column < ColumnCount; ++column) {
        key += SearchText::fold(displayText(s, column));
        key += SearchText::KeySeparator;
    }
    // What people type without the grouping: "732829320", "12760,35".
    key += s.siren + SearchText::KeySeparator + DisplayFormat::moneyUngrouped(s.openBalanceCents);
    row.searchKey = std::move(key);
}

QString CustomerTableModel::profileText(const CustomerSummary &s) const
{
    return s.profile ? payerProfileFrench(*s.profile) : QString();
}

bool CustomerTableModel::isPaused(const CustomerSummary &s) const
{
    return s.pausedUntil.isValid() && m_today <= s.pausedUntil;
}

QString CustomerTableModel::profileToolTip(const CustomerSummary &s) const
{
    QString tip = s.profile ? s.profileExplanation
                            : tr("Not classified yet: the profile comes from the payment history.");
    if (isPaused(s))
        tip += u'\n' + tr("Reminders paused until %1.").arg(DisplayFormat::date(s.pausedUntil));
    return tip;
}

QString CustomerTableModel::displayText(const CustomerSummary &s, int column) const
{
    switch (static_cast<Column>(column)) {
    case Code: return s.code;
    case Name: return s.name;
    case Siren: return DisplayFormat::siren(s.siren);
    case City: return s.city;
    case Profile: return profileText(s);
    case OpenInvoices: return s.openInvoices ? QString::number(s.openInvoices) : QString();
    case OpenBalance: return DisplayFormat::money(s.openBalanceCents);
    case Overdue: return s.overdueCents ? DisplayFormat::money(s.overdueCents) : QString();
    case OldestDue: return DisplayFormat::date(s.oldestDueDate);
    case ColumnCount: break;
    }
    return {};
}

int CustomerTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CustomerTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CustomerTableModel::data(const QModelIndex &index, int role) const
{
    // Called for every comparison when the rows are sorted: a cheap check rather than checkIndex().
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const Row &row = m_rows.at(index.row());
    const CustomerSummary &s = row.summary;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return displayText(s, column);
    case Qt::TextAlignmentRole:
        return isAmountColumn(column) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                      : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (column == Overdue && s.overdueCents > 0 && !isPaused(s))
            return QBrush(LateColor);
        return {};
    case Qt::ToolTipRole:
        switch (column) {
        case Name:
            return isPaused(s) ? tr("Reminders paused until %1.").arg(DisplayFormat::date(s.pausedUntil)) : QVariant();
        case Profile:
            return profileToolTip(s);
        case Overdue:
            return s.overdueCents ? tr("Open amount of the invoices due before %1.").arg(DisplayFormat::date(m_today))
                                  : QVariant();
        default:
            return {};
        }
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Code: return row.codeKey;
        case Name: return row.nameKey;
        case Siren: return s.siren;
        case City: return row.cityKey;
        case Profile: return row.profileKey;
        case OpenInvoices: return s.openInvoices;
        case OpenBalance: return s.openBalanceCents;
        case Overdue: return s.overdueCents;
        case OldestDue: return DisplayFormat::dateSortValue(s.oldestDueDate);
        case ColumnCount: break;
        }
        return {};
    case TableRoles::SearchKeyRole:
        return row.searchKey;
    case TableRoles::OpenRole:
        return s.openInvoices > 0 || s.openBalanceCents != 0;
    default:
        return {};
    }
}

QVariant CustomerTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isAmountColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::InitialSortOrderRole) // a first click on an amount shows the largest first
        return int(isAmountColumn(section) ? Qt::DescendingOrder : Qt::AscendingOrder);
    if (role == Qt::DisplayRole) {
        switch (static_cast<Column>(section)) {
        case Code: return tr("Code");
        case Name: return tr("Name");
        case Siren: return tr("SIREN");
        case City: return tr("City");
        case Profile: return tr("Profile");
        case OpenInvoices: return tr("Open invoices");
        case OpenBalance: return tr("Open balance");
        case Overdue: return tr("Overdue");
        case OldestDue: return tr("Oldest due date");
        case ColumnCount: break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (static_cast<Column>(section)) {
        case Code: return tr("The customer's code in your accounts");
        case Name: return tr("Company name");
        case Siren: return tr("SIREN number (9 digits)");
        case City: return tr("City of the billing address");
        case Profile: return tr("How this customer pays; hover a profile to see why");
        case OpenInvoices: return tr("Invoices not fully paid yet");
        case OpenBalance: return tr("Everything still to be paid, credit notes deducted");
        case Overdue: return tr("The part of the open balance that is past its due date");
        case OldestDue: return tr("Due date of the oldest invoice still open");
        case ColumnCount: break;
        }
    }
    return {};
}
