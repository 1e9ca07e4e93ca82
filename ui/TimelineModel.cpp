#include "TimelineModel.h"

#include "CollectionText.h"

#include <QBrush>
#include <QLocale>

TimelineModel::TimelineModel(QObject *parent) : QAbstractTableModel(parent) {}

QList<TimelineEntry> TimelineModel::group(const QList<Event> &events, const QHash<qint64, QString> &invoiceNumbers)
{
    QList<TimelineEntry> entries;
    for (const Event &e : events) {
        const QString number = e.invoiceId ? invoiceNumbers.value(e.invoiceId) : QString();
        if (!entries.isEmpty()) {
            TimelineEntry &last = entries.last();
            if (last.occurredAt == e.occurredAt && last.kind == e.kind && last.summary == e.summary
                && last.actor == e.actor) {
                if (!number.isEmpty() && !last.invoiceNumbers.contains(number))
                    last.invoiceNumbers.prepend(number); // newest first: the copies come in reverse order
                continue;
            }
        }
        TimelineEntry entry{e.occurredAt, e.kind, e.summary, {}, e.actor};
        if (!number.isEmpty())
            entry.invoiceNumbers << number;
        entries << entry;
    }
    return entries;
}

void TimelineModel::setEvents(const QList<Event> &events, const QHash<qint64, QString> &invoiceNumbers)
{
    beginResetModel();
    m_entries = group(events, invoiceNumbers);
    endResetModel();
}

void TimelineModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_entries.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const TimelineEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (static_cast<Column>(index.column())) {
        case Date: return QLocale().toString(e.occurredAt, QStringLiteral("dd/MM/yyyy HH:mm"));
        case Kind: return CollectionText::eventKind(e.kind);
        case Summary: return e.summary;
        case Invoices: return e.invoiceNumbers.join(QStringLiteral(", "));
        case Actor: return e.actor;
        case ColumnCount: break;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Summary || index.column() == Invoices)
            return QString(e.summary
                           + (e.invoiceNumbers.isEmpty() ? QString() : u'\n' + e.invoiceNumbers.join(QStringLiteral(", "))));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Date || index.column() == Actor)
            return QBrush(CollectionText::mutedColor());
        return {};
    case Qt::UserRole:
        return e.kind;
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case Date: return tr("Date");
    case Kind: return tr("What");
    case Summary: return tr("Details");
    case Invoices: return tr("Invoices");
    case Actor: return tr("By");
    case ColumnCount: break;
    }
    return {};
}
