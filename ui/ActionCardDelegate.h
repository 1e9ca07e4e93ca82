#pragma once
// ActionCardDelegate: paints an agenda action as a card: a full card for today's calls (customer, profile badge,
// contact, invoices, step and a [Result ▾] button) or a compact two-line card for lists and calendar days. Reads the
// ActionListModel roles, so a QListWidget item with the same roles is painted the same way.

#include <QStyledItemDelegate>

class ActionCardDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum class Mode { Full, Compact };

    explicit ActionCardDelegate(Mode mode, QObject *parent = nullptr);

    Mode mode() const { return m_mode; }
    // The [Result ▾] button of a full card whose item is at `cardRect`, in the view's viewport coordinates.
    QRect buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    QRect badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
    // The button's text ("Result ▾" translated).
    static QString buttonText();

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    bool editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                     const QModelIndex &index) override;
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override;

signals:
    // The [Result ▾] button of the card at `index` was clicked; `buttonRect` is in viewport coordinates.
    void outcomeButtonClicked(const QModelIndex &index, const QRect &buttonRect);

private:
    void paintFull(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintCompact(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    void paintBackground(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const;
    bool hasButton(const QModelIndex &index) const;

    Mode m_mode;
};
