#pragma once
// ListTable: the read-only, sortable, row-selecting table the list views share (Courriers, Litiges et promesses):
// no grid, alternating rows, fixed row height, the sort on TableRoles::SortRole of `proxy`.

class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace ListTable {
// A new table named `name` (for tests) showing `proxy`, owned by `parent`.
QTableView *create(QWidget *parent, const char *name, QSortFilterProxyModel *proxy);
}
