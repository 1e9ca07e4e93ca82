#include "TableFilterProxyModel.h"

#include "SearchText.h"
#include "TableRoles.h"

TableFilterProxyModel::TableFilterProxyModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(TableRoles::SortRole);
    // Text sort values are folded already: a case-sensitive comparison is correct and cheaper.
    setSortCaseSensitivity(Qt::CaseSensitive);
}

void TableFilterProxyModel::setSearchText(const QString &text)
{
    QStringList terms = SearchText::terms(text);
    m_searchText = text;
    if (terms == m_terms)
        return;
    m_terms = std::move(terms);
    refilter();
}

void TableFilterProxyModel::setOpenOnly(bool openOnly)
{
    if (openOnly == m_openOnly)
        return;
    m_openOnly = openOnly;
    refilter();
}

void TableFilterProxyModel::refilter()
{
    // invalidateFilter() updates the mapping row by row: each of the tens of thousands of rows that appear or
    // disappear when a search is typed or cleared moves the rest of a 100 000-entry list. invalidate() rebuilds the
    // mapping in one pass (filter, then one sort), and keeps the selection through the persistent indexes.
    invalidate();
}

bool TableFilterProxyModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_openOnly && !index.data(TableRoles::OpenRole).toBool())
        return false;
    if (m_terms.isEmpty())
        return true;
    // The key is precomputed and implicitly shared: no folding and no copy per row.
    const QString key = index.data(TableRoles::SearchKeyRole).toString();
    for (const QString &term : m_terms)
        if (!key.contains(term))
            return false;
    return true;
}
