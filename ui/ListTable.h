#pragma once
// ListTable: what the list views share (Courriers, Litiges et promesses): the read-only, sortable, row-selecting
// table (no grid, alternating rows, fixed row height, the sort on TableRoles::SortRole of `proxy`), the bold title of
// a section and the grey caption under it.

class QLabel;
class QSortFilterProxyModel;
class QTableView;
class QWidget;

namespace ListTable {
// A new table named `name` (for tests) showing `proxy`, owned by `parent`.
QTableView *create(QWidget *parent, const char *name, QSortFilterProxyModel *proxy);
// A section title: bold, 1.15 × the font size.
QLabel *sectionTitle(QWidget *parent, const char *name);
// A plain-text caption in grey, wrapped.
QLabel *caption(QWidget *parent, const char *name);
}
