#include "SettingsDialogEcbRateModel.h"

#include "DisplayFormat.h"

SettingsDialogEcbRateModel::SettingsDialogEcbRateModel(QObject *parent) : QAbstractTableModel(parent) {}

QString SettingsDialogEcbRateModel::rateText(int bp)
{
    return EcbRateTable::bpToPlain(bp).replace(u'.', u',');
}

void SettingsDialogEcbRateModel::setTable(const EcbRateTable &table)
{
    beginResetModel();
    m_rows.clear();
    for (const EcbRateTable::Entry &e : table.entries())
        m_rows << Row{e.inForceFrom, rateText(e.rateBp)};
    endResetModel();
}

int SettingsDialogEcbRateModel::addRate(QDate day)
{
    Row row;
    row.inForceFrom = day;
    row.rateText = m_rows.isEmpty() ? QString() : m_rows.constLast().rateText;
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows << row;
    endInsertRows();
    return at;
}

void SettingsDialogEcbRateModel::removeRate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
}

int SettingsDialogEcbRateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int SettingsDialogEcbRateModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SettingsDialogEcbRateModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (static_cast<Column>(index.column())) {
    case InForceFrom:
        if (role == Qt::DisplayRole)
            return DisplayFormat::date(row.inForceFrom);
        if (role == Qt::EditRole)
            return row.inForceFrom;
        return {};
    case Rate:
        if (role == Qt::DisplayRole) {
            const auto bp = EcbRateTable::parseBp(row.rateText);
            return bp ? tr("%1 %").arg(rateText(*bp)) : row.rateText;
        }
        if (role == Qt::EditRole)
            return row.rateText;
        if (role == Qt::TextAlignmentRole)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ColumnCount: break;
    }
    return {};
}

bool SettingsDialogEcbRateModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return false;
    Row &row = m_rows[index.row()];
    switch (static_cast<Column>(index.column())) {
    case InForceFrom:
        row.inForceFrom = value.toDate();
        break;
    case Rate:
        row.rateText = value.toString().trimmed().remove(u'%').trimmed();
        break;
    case ColumnCount: return false;
    }
    emit dataChanged(index, index);
    return true;
}

Qt::ItemFlags SettingsDialogEcbRateModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant SettingsDialogEcbRateModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (static_cast<Column>(section)) {
    case InForceFrom: return tr("In force from");
    case Rate: return tr("ECB main refinancing rate");
    case ColumnCount: break;
    }
    return {};
}
