#pragma once
// TableFilterProxyModel: sorts on TableRoles::SortRole and keeps the rows whose search key holds every word typed
// (accents and case ignored), optionally only the open ones.

#include <QSortFilterProxyModel>
#include <QStringList>

class TableFilterProxyModel final : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TableFilterProxyModel(QObject *parent = nullptr);

    // "lefevre 2025" keeps the rows that contain both "lefèvre" (or "LEFEVRE") and "2025" in any column.
    void setSearchText(const QString &text);
    QString searchText() const { return m_searchText; }

    // Keeps only the rows whose TableRoles::OpenRole is true.
    void setOpenOnly(bool openOnly);
    bool openOnly() const { return m_openOnly; }

    // The proxy shows fewer rows than its source.
    bool isFiltering() const { return m_openOnly || !m_terms.isEmpty(); }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void refilter();

    QString m_searchText;
    QStringList m_terms;
    bool m_openOnly = false;
};
