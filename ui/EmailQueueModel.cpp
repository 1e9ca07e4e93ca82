#include "EmailQueueModel.h"

#include "CollectionText.h"
#include "DisplayFormat.h"
#include "TableRoles.h"

#include <QBrush>
#include <QFont>

EmailQueueModel::EmailQueueModel(QObject *parent) : QAbstractTableModel(parent) {}

void EmailQueueModel::setItems(QList<QueuedEmail> items, QList<QStringList> invoiceNumbers)
{
    beginResetModel();
    m_items = std::move(items);
    m_invoiceNumbers = std::move(invoiceNumbers);
    m_sending.clear();
    endResetModel();
}

void EmailQueueModel::setSending(int row, bool sending)
{
    if (row < 0 || row >= m_items.size())
        return;
    if (sending)
        m_sending.insert(row);
    else
        m_sending.remove(row);
    itemChanged(row);
}

void EmailQueueModel::itemChanged(int row)
{
    if (row < 0 || row >= m_items.size())
        return;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int EmailQueueModel::countIn(QueuedEmail::State state) const
{
    int n = 0;
    for (const QueuedEmail &item : m_items)
        n += item.state == state ? 1 : 0;
    return n;
}

QString EmailQueueModel::stateText(int row) const
{
    const QueuedEmail &item = m_items.at(row);
    if (m_sending.contains(row))
        return tr("Sending…");
    switch (item.state) {
    case QueuedEmail::State::Ready:
        return tr("Ready");
    case QueuedEmail::State::Skipped: {
        // The reason: a missing or invalid address comes first in the warnings, "already sent today" last.
        const QString reason = item.warnings.isEmpty() ? QString()
                                                       : (item.message.to.isEmpty() ? item.warnings.first() : item.warnings.last());
        return reason.isEmpty() ? tr("Skipped") : tr("Skipped: %1").arg(reason);
    }
    case QueuedEmail::State::Sent:
        return item.error.isEmpty() ? tr("Sent") : tr("Sent: %1").arg(item.error);
    case QueuedEmail::State::Failed:
        return tr("Failed: %1").arg(item.error);
    }
    return {};
}

int EmailQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int EmailQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString EmailQueueModel::displayText(int row, int column) const
{
    const QueuedEmail &item = m_items.at(row);
    switch (static_cast<Column>(column)) {
    case Customer:
        return item.customerName.isEmpty() ? item.customerCode : item.customerName;
    case Recipient: {
        QStringList to;
        for (const MailAddress &a : item.message.to)
            to << a.address;
        return to.isEmpty() ? tr("(no address)") : to.join(QStringLiteral(", "));
    }
    case Subject:
        return item.message.subject;
    case Invoices:
        return m_invoiceNumbers.value(row).join(QStringLiteral(", "));
    case Amount:
        return DisplayFormat::money(item.action.amountCents);
    case State: {
        // One line in the table; the whole error is in the tooltip and the preview.
        const QString text = stateText(row);
        const qsizetype cut = text.indexOf(u'\n');
        return cut < 0 ? text : text.left(cut);
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant EmailQueueModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const QueuedEmail &item = m_items.at(row);
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::TextAlignmentRole:
        return column == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (column == State)
            return stateText(row);
        if (column == Customer)
            return QStringLiteral("%1 · %2").arg(item.customerCode, item.customerName);
        if (column == Subject)
            return item.message.subject;
        return {};
    case Qt::ForegroundRole:
        if (column != State)
            return item.state == QueuedEmail::State::Skipped ? QBrush(CollectionText::mutedColor()) : QVariant();
        if (m_sending.contains(row))
            return {};
        switch (item.state) {
        case QueuedEmail::State::Failed: return QBrush(CollectionText::lateColor());
        case QueuedEmail::State::Sent: return QBrush(QColor(0x24, 0x70, 0x3A));
        case QueuedEmail::State::Skipped: return QBrush(CollectionText::mutedColor());
        case QueuedEmail::State::Ready: return {};
        }
        return {};
    case Qt::FontRole:
        if (column == State && (item.state == QueuedEmail::State::Failed || item.state == QueuedEmail::State::Sent)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case StateKeyRole:
        return m_sending.contains(row) ? QStringLiteral("sending") : QueuedEmail::stateKey(item.state);
    case ActionIdRole:
        return item.action.id;
    case TableRoles::SortRole:
        switch (static_cast<Column>(column)) {
        case Amount: return item.action.amountCents;
        default: return displayText(row, column).toLower();
        }
    default:
        return {};
    }
}

QVariant EmailQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return section == Amount ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && section == Amount)
        return tr("What the reminded invoices still owe");
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Customer: return tr("Customer");
    case Recipient: return tr("To");
    case Subject: return tr("Subject");
    case Invoices: return tr("Invoices");
    case Amount: return tr("Amount");
    case State: return tr("State");
    case ColumnCount: break;
    }
    return {};
}
