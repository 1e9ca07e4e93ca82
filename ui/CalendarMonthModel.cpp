#include "CalendarMonthModel.h"

#include "CollectionText.h"

#include <QLocale>
#include <algorithm>

CalendarMonthModel::CalendarMonthModel(QObject *parent) : QAbstractTableModel(parent) {}

QDate CalendarMonthModel::gridStart(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    return first.addDays(1 - first.dayOfWeek());
}

int CalendarMonthModel::weekCount(QDate month)
{
    const QDate first(month.year(), month.month(), 1);
    const QDate last = first.addMonths(1).addDays(-1);
    return int(gridStart(month).daysTo(last) / 7) + 1;
}

void CalendarMonthModel::setMonth(QDate month, QDate today, const QList<AgendaItem> &items,
                                  const QHash<QDate, QString> &holidays)
{
    beginResetModel();
    m_first = QDate(month.year(), month.month(), 1);
    m_today = today;
    m_gridStart = gridStart(month);
    m_weeks = weekCount(month);
    m_items.clear();
    for (const AgendaItem &item : items)
        m_items[item.action.plannedDate] << item;
    // Each day as the week view lists it: still to do first, late ones on top, then who owes most.
    for (QList<AgendaItem> &day : m_items)
        std::stable_sort(day.begin(), day.end(), [](const AgendaItem &a, const AgendaItem &b) {
            if (a.isDone() != b.isDone())
                return !a.isDone();
            if (a.isLate() != b.isLate())
                return a.isLate();
            return a.action.amountCents > b.action.amountCents;
        });
    m_holidays = holidays;
    endResetModel();
}

void CalendarMonthModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDate CalendarMonthModel::dateAt(const QModelIndex &index) const
{
    return m_gridStart.addDays(index.row() * 7 + index.column());
}

QModelIndex CalendarMonthModel::indexOf(QDate day) const
{
    const qint64 offset = m_gridStart.daysTo(day);
    if (offset < 0 || offset >= 7 * m_weeks)
        return {};
    return index(int(offset / 7), int(offset % 7));
}

int CalendarMonthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_weeks;
}

int CalendarMonthModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CalendarMonthModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QDate day = dateAt(index);
    const QList<AgendaItem> items = m_items.value(day);
    switch (role) {
    case Qt::DisplayRole: return QString::number(day.day());
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << CollectionText::longDay(day);
        if (m_holidays.contains(day))
            lines << m_holidays.value(day);
        for (const AgendaItem &item : items)
            lines << CollectionText::channelGlyph(item.action.channel) + u' ' + item.customerName + QStringLiteral(" — ")
                         + CollectionText::channel(item.action.channel);
        return lines.join(u'\n');
    }
    case DateRole: return day;
    case InMonthRole: return day.month() == m_first.month() && day.year() == m_first.year();
    case TodayRole: return day == m_today;
    case HolidayRole: return m_holidays.value(day);
    case CountRole: return int(items.size());
    case EntriesRole: {
        QStringList entries;
        for (const AgendaItem &item : items)
            entries << (item.isDone() ? QStringLiteral("✓") : CollectionText::channelGlyph(item.action.channel)) + u' '
                           + item.customerName;
        return entries;
    }
    case LateRole:
        return std::any_of(items.cbegin(), items.cend(), [](const AgendaItem &i) { return i.isLate(); });
    case DoneCountRole:
        return int(std::count_if(items.cbegin(), items.cend(), [](const AgendaItem &i) { return i.isDone(); }));
    default: return {};
    }
}

QVariant CalendarMonthModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    QString name = QLocale().dayName(section + 1, QLocale::LongFormat);
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}

Qt::ItemFlags CalendarMonthModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}
