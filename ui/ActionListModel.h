#pragma once
// ActionListModel: agenda actions (one customer, one line), with what a card shows in its roles; can carry actions
// to another day by drag and drop (the calendar's day columns).

#include "AgendaItem.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QList>
#include <functional>

class ActionListModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Customer, Channel, Step, Contact, Invoices, Amount, Profile, Status, ColumnCount };
    Q_ENUM(Column)

    // What the card delegate paints (any column; the texts follow the UI language).
    enum Role {
        ActionIdRole = Qt::UserRole + 100, // qint64
        CustomerIdRole,                    // qint64
        ChannelRole,                       // "phone", "email", "letter", "registered_letter"
        LateRole,                          // bool: late and ours to act on
        DoneRole,                          // bool
        PinnedRole,                        // bool: moved by hand
        TitleRole,                         // customer name
        GlyphRole,                         // ☎ ✉ ✎
        ContactLineRole,                   // "Mme Dupont (Gérante) · 01 23 45 67 89"
        InvoicesLineRole,                  // "FA-1042 due 2 Dec · FA-1057 due 5 Dec"
        StepLineRole,                      // "Relance préventive · attempt 2"
        AmountTextRole,                    // "3 200,00 €"
        ProfileTextRole,                   // "négligent"
        ProfileToolTipRole,                // the explanation
        ProfileBackgroundRole,             // QColor
        ProfileForegroundRole,             // QColor
        OutcomeTextRole,                   // "✓ Promise to pay — comment" when done
    };

    explicit ActionListModel(QObject *parent = nullptr);

    void setItems(QList<AgendaItem> items);
    const QList<AgendaItem> &items() const;
    const AgendaItem &item(int row) const;
    // Rows may be listed before their details are read (AgendaItem::detailed false, a first paint of a big day): the
    // first read of such a row calls `loader`, which must read them and hand them over with updateDetails().
    void setDetailsLoader(std::function<void()> loader) { m_detailsLoader = std::move(loader); }
    // The same actions in the same order, details read: replaced in place (selection and scrolling stay).
    void updateDetails(const QList<AgendaItem> &items);
    // The row of an action, -1 when it is not listed.
    int rowOfAction(qint64 actionId) const;
    // Replaces the stored state of a listed action (after completing or undoing it).
    void updateAction(const Action &action);
    // Texts follow the installed translation (call on QEvent::LanguageChange).
    void retranslate();

    // Drag and drop: rows can be dragged out; dropping actions here asks to move them to `day`.
    void setDragEnabled(bool enabled) { m_dragEnabled = enabled; }
    void setDropDay(QDate day) { m_dropDay = day; }
    QDate dropDay() const { return m_dropDay; }
    static QString mimeType();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;

    // The action ids a drag carries.
    static QList<qint64> actionIds(const QMimeData *data);

    static QString contactLine(const AgendaItem &item);
    static QString invoicesLine(const AgendaItem &item);
    static QString stepLine(const AgendaItem &item);
    static QString outcomeLine(const AgendaItem &item);
    static QString profileToolTip(const AgendaItem &item);

signals:
    // Actions were dropped on this model's day.
    void actionsDropped(const QList<qint64> &actionIds, QDate day);

private:
    QString displayText(const AgendaItem &item, int column) const;

    const AgendaItem &detailedItem(qsizetype row) const;

    QList<AgendaItem> m_items;
    std::function<void()> m_detailsLoader;
    bool m_dragEnabled = false;
    QDate m_dropDay;
};
