#include "ActionListModel.h"

#include "CollectionText.h"
#include "DisplayFormat.h"
#include "Scenario.h"

#include <QBrush>
#include <QDataStream>
#include <QIODevice>
#include <QLocale>
#include <QMimeData>
#include <algorithm>

namespace {

const QString Dot = QStringLiteral(" · ");

bool isAmountColumn(int column)
{
    return column == ActionListModel::Amount;
}

} // namespace

ActionListModel::ActionListModel(QObject *parent) : QAbstractTableModel(parent) {}

void ActionListModel::setItems(QList<AgendaItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

const QList<AgendaItem> &ActionListModel::items() const
{
    if (m_detailsLoader
        && std::any_of(m_items.cbegin(), m_items.cend(), [](const AgendaItem &i) { return !i.detailed; }))
        m_detailsLoader();
    return m_items;
}

const AgendaItem &ActionListModel::item(int row) const
{
    return detailedItem(row);
}

const AgendaItem &ActionListModel::detailedItem(qsizetype row) const
{
    if (!m_items.at(row).detailed && m_detailsLoader)
        m_detailsLoader();
    return m_items.at(row);
}

void ActionListModel::updateDetails(const QList<AgendaItem> &items)
{
    Q_ASSERT(items.size() == m_items.size());
    if (items.size() != m_items.size())
        return setItems(items);
    m_items = items;
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ActionListModel::rowOfAction(qint64 actionId) const
{
    for (qsizetype row = 0; row < m_items.size(); ++row)
        if (m_items.at(row).action.id == actionId)
            return int(row);
    return -1;
}

void ActionListModel::updateAction(const Action &action)
{
    const int row = rowOfAction(action.id);
    if (row < 0)
        return;
    m_items[row].action = action;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ActionListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_items.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString ActionListModel::contactLine(const AgendaItem &item)
{
    const ::Contact &c = item.contact;
    if (c.name.isEmpty() && c.phone.isEmpty())
        return tr("No contact on file");
    QString who = c.civility.isEmpty() ? c.name : c.civility + u' ' + c.name;
    if (!c.role.isEmpty())
        who += QStringLiteral(" (") + c.role + u')';
    if (item.action.channel == u"email" && !c.email.isEmpty())
        return who + Dot + c.email;
    return c.phone.isEmpty() ? who : who + Dot + c.phone;
}

QString ActionListModel::invoicesLine(const AgendaItem &item)
{
    if (item.invoices.isEmpty())
        return item.action.step == SpecialSteps::InstalmentCheck ? tr("Payment plan instalment") : QString();
    QStringList parts;
    for (const AgendaInvoice &invoice : item.invoices)
        //: An invoice and its due date in a list: "FA-1042 due 2 Dec" / "FA-1042 éch. 2 déc."
        parts << tr("%1 due %2").arg(invoice.number, QLocale().toString(invoice.dueDate, QStringLiteral("d MMM")));
    return parts.join(Dot);
}

QString ActionListModel::stepLine(const AgendaItem &item)
{
    QString text = Scenario::stepFrench(item.action.step);
    if (item.action.channel != u"phone")
        text = CollectionText::channel(item.action.channel) + Dot + text;
    if (item.attempt > 1)
        //: The second, third... call at the same step after voicemail: "2e appel"
        text += Dot + tr("call no. %1").arg(item.attempt);
    if (item.isLate())
        text += Dot + tr("late since %1").arg(CollectionText::shortDay(item.action.scheduledDate));
    if (item.action.pinned)
        text += Dot + tr("moved by hand");
    if (!item.note.isEmpty())
        text += Dot + item.note;
    return text;
}

QString ActionListModel::outcomeLine(const AgendaItem &item)
{
    if (!item.isDone())
        return {};
    QString text = QStringLiteral("✓ ") + CollectionText::outcome(item.action.outcome);
    if (!item.action.comment.isEmpty())
        text += QStringLiteral(" — ") + item.action.comment;
    return text;
}

QString ActionListModel::profileToolTip(const AgendaItem &item)
{
    QString tip = item.profile ? item.profileExplanation
                               : tr("Not classified yet: the profile comes from the payment history.");
    if (!item.overrideReason.isEmpty())
        tip += u'\n' + tr("Set by hand: %1").arg(item.overrideReason);
    return tip;
}

QString ActionListModel::displayText(const AgendaItem &item, int column) const
{
    switch (static_cast<Column>(column)) {
    case Date: return CollectionText::shortDay(item.action.plannedDate);
    case Customer: return item.customerName;
    case Channel: return CollectionText::channel(item.action.channel);
    case Step: return Scenario::stepFrench(item.action.step);
    case Contact: return contactLine(item);
    case Invoices: return invoicesLine(item);
    case Amount: return DisplayFormat::money(item.action.amountCents);
    case Profile: return CollectionText::profile(item.profile);
    case Status:
        if (item.isDone())
            return CollectionText::outcome(item.action.outcome);
        return item.isLate() ? tr("Late") : tr("To do");
    case ColumnCount: break;
    }
    return {};
}

int ActionListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ActionListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ActionListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaItem &item = detailedItem(index.row());
    switch (role) {
    case Qt::DisplayRole: return displayText(item, index.column());
    case Qt::ToolTipRole:
        if (index.column() == Profile)
            return profileToolTip(item);
        if (index.column() == Invoices || index.column() == Customer)
            return invoicesLine(item);
        return {};
    case Qt::TextAlignmentRole:
        return isAmountColumn(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                              : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (item.isDone())
            return QBrush(CollectionText::mutedColor());
        if (item.isLate() && (index.column() == Status || index.column() == Date))
            return QBrush(CollectionText::lateColor());
        return {};
    case ActionIdRole: return item.action.id;
    case CustomerIdRole: return item.action.customerId;
    case ChannelRole: return item.action.channel;
    case LateRole: return item.isLate();
    case DoneRole: return item.isDone();
    case PinnedRole: return item.action.pinned;
    case TitleRole: return item.customerName;
    case GlyphRole: return CollectionText::channelGlyph(item.action.channel);
    case ContactLineRole: return contactLine(item);
    case InvoicesLineRole: return invoicesLine(item);
    case StepLineRole: return stepLine(item);
    case AmountTextRole: return DisplayFormat::money(item.action.amountCents);
    case ProfileTextRole: return CollectionText::profile(item.profile);
    case ProfileToolTipRole: return profileToolTip(item);
    case ProfileBackgroundRole: return CollectionText::profileBackground(item.profile);
    case ProfileForegroundRole: return CollectionText::profileForeground(item.profile);
    case OutcomeTextRole: return outcomeLine(item);
    default: return {};
    }
}

QVariant ActionListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole)
        return isAmountColumn(section) ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                       : QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (static_cast<Column>(section)) {
    case Date: return tr("Day");
    case Customer: return tr("Customer");
    case Channel: return tr("Channel");
    case Step: return tr("Step");
    case Contact: return tr("Contact");
    case Invoices: return tr("Invoices");
    case Amount: return tr("Amount");
    case Profile: return tr("Profile");
    case Status: return tr("Status");
    case ColumnCount: break;
    }
    return {};
}

Qt::ItemFlags ActionListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_dropDay.isValid() ? Qt::ItemIsDropEnabled : Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    // Only what is still to do can be moved; done actions are history.
    if (m_dragEnabled && m_items.at(index.row()).action.status == Action::Status::Planned)
        f |= Qt::ItemIsDragEnabled;
    // Dropping on a card means dropping on its day.
    if (m_dropDay.isValid())
        f |= Qt::ItemIsDropEnabled;
    return f;
}

QString ActionListModel::mimeType()
{
    return QStringLiteral("application/x-encaisse-action-ids");
}

QStringList ActionListModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *ActionListModel::mimeData(const QModelIndexList &indexes) const
{
    QList<qint64> ids;
    for (const QModelIndex &index : indexes) {
        const qint64 id = m_items.at(index.row()).action.id;
        if (!ids.contains(id))
            ids << id;
    }
    QByteArray bytes;
    QDataStream stream(&bytes, QIODevice::WriteOnly);
    stream << ids;
    auto *data = new QMimeData;
    data->setData(mimeType(), bytes);
    return data;
}

QList<qint64> ActionListModel::actionIds(const QMimeData *data)
{
    QList<qint64> ids;
    if (!data || !data->hasFormat(mimeType()))
        return ids;
    QDataStream stream(data->data(mimeType()));
    stream >> ids;
    return ids;
}

bool ActionListModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                      const QModelIndex &) const
{
    return m_dropDay.isValid() && action == Qt::MoveAction && data && data->hasFormat(mimeType());
}

bool ActionListModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<qint64> ids = actionIds(data);
    if (ids.isEmpty())
        return false;
    emit actionsDropped(ids, m_dropDay);
    // The calendar reloads from the store: the dragged rows must not be removed by the source view.
    return false;
}

Qt::DropActions ActionListModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions ActionListModel::supportedDragActions() const
{
    return Qt::MoveAction;
}
