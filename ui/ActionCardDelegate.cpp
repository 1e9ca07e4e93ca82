#include "ActionCardDelegate.h"

#include "ActionListModel.h"
#include "CollectionText.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QHelpEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyleOptionButton>
#include <QToolTip>

namespace {

// Card geometry, in pixels.
constexpr int CardMarginX = 6;
constexpr int CardMarginY = 3;
constexpr int PaddingX = 14;
constexpr int PaddingY = 8;
constexpr int LineGap = 3;
constexpr int AccentWidth = 4;

QFont titleFont(const QStyleOptionViewItem &option, bool full)
{
    QFont f = option.font;
    f.setBold(true);
    if (full)
        f.setPointSizeF(f.pointSizeF() + 1);
    return f;
}

QFont smallFont(const QStyleOptionViewItem &option)
{
    QFont f = option.font;
    f.setPointSizeF(f.pointSizeF() - 0.5);
    return f;
}

int buttonHeight(const QStyleOptionViewItem &option)
{
    return option.fontMetrics.height() + 8;
}

QRect cardRect(const QStyleOptionViewItem &option)
{
    return option.rect.adjusted(CardMarginX, CardMarginY, -CardMarginX, -CardMarginY);
}

} // namespace

ActionCardDelegate::ActionCardDelegate(Mode mode, QObject *parent) : QStyledItemDelegate(parent), m_mode(mode) {}

QString ActionCardDelegate::buttonText()
{
    return tr("Result ▾");
}

bool ActionCardDelegate::hasButton(const QModelIndex &index) const
{
    return m_mode == Mode::Full && index.data(ActionListModel::ActionIdRole).toLongLong() > 0
           && !index.data(ActionListModel::DoneRole).toBool();
}

QRect ActionCardDelegate::buttonRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (!hasButton(index))
        return {};
    const QRect content = cardRect(option).adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    const int h = buttonHeight(option);
    const int w = option.fontMetrics.horizontalAdvance(buttonText()) + 28;
    return QRect(content.right() - w + 1, content.bottom() - h + 1, w, h);
}

QRect ActionCardDelegate::badgeRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (m_mode != Mode::Full)
        return {};
    const QRect content = cardRect(option).adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    const QFontMetrics title(titleFont(option, true));
    const QFontMetrics small(smallFont(option));
    const QString amount = index.data(ActionListModel::AmountTextRole).toString();
    const QString profile = index.data(ActionListModel::ProfileTextRole).toString();
    const int amountWidth = title.horizontalAdvance(amount);
    const int badgeWidth = small.horizontalAdvance(profile) + 16;
    const int badgeHeight = small.height() + 4;
    return QRect(content.right() - amountWidth - 16 - badgeWidth, content.top() + (title.height() - badgeHeight) / 2,
                 badgeWidth, badgeHeight);
}

QSize ActionCardDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int line = option.fontMetrics.height();
    const int small = QFontMetrics(smallFont(option)).height();
    if (m_mode == Mode::Compact)
        return QSize(160, 2 * CardMarginY + 2 * 6 + line + 2 + small);
    const int title = QFontMetrics(titleFont(option, true)).height();
    return QSize(320, 2 * CardMarginY + 2 * PaddingY + title + LineGap + line + LineGap + small + LineGap
                          + std::max(small, buttonHeight(option)));
}

void ActionCardDelegate::paintBackground(QPainter *painter, const QStyleOptionViewItem &option,
                                         const QModelIndex &index) const
{
    const QRect card = cardRect(option);
    const bool selected = option.state & QStyle::State_Selected;
    const bool late = index.data(ActionListModel::LateRole).toBool();
    const QPalette &pal = option.palette;

    QPainterPath path;
    path.addRoundedRect(QRectF(card).adjusted(0.5, 0.5, -0.5, -0.5), 5, 5);
    QColor fill = pal.color(QPalette::Base);
    if (selected)
        fill = QColor(0xE8, 0xF0, 0xFB);
    else if (option.state & QStyle::State_MouseOver)
        fill = QColor(0xF6, 0xF8, 0xFA);
    painter->fillPath(path, fill);
    painter->setPen(QPen(selected ? pal.color(QPalette::Highlight) : QColor(0xD5, 0xD9, 0xDF), selected ? 1.5 : 1.0));
    painter->drawPath(path);
    if (late) {
        // The accent says "late and ours to act on"; nothing else on the card is red.
        QPainterPath accent;
        accent.addRoundedRect(QRectF(card.left() + 1, card.top() + 1, AccentWidth, card.height() - 2), 2, 2);
        painter->fillPath(accent, CollectionText::lateColor());
    }
}

void ActionCardDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    if (m_mode == Mode::Full)
        paintFull(painter, option, index);
    else
        paintCompact(painter, option, index);
    painter->restore();
}

void ActionCardDelegate::paintFull(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const bool done = index.data(ActionListModel::DoneRole).toBool();
    const bool late = index.data(ActionListModel::LateRole).toBool();
    const QPalette &pal = option.palette;
    const QColor text = pal.color(QPalette::Text);
    const QColor muted = CollectionText::mutedColor();
    if (done)
        painter->setOpacity(0.55);

    const QRect content = cardRect(option).adjusted(PaddingX, PaddingY, -PaddingX, -PaddingY);
    const QFont title = titleFont(option, true);
    const QFontMetrics titleMetrics(title);
    const QFont small = smallFont(option);
    const QFontMetrics smallMetrics(small);
    int y = content.top();

    // Line 1: marker, customer, profile badge, amount.
    const QString amount = index.data(ActionListModel::AmountTextRole).toString();
    const QRect badge = badgeRect(option, index);
    painter->setFont(title);
    painter->setPen(text);
    painter->drawText(QRect(content.left(), y, content.width(), titleMetrics.height()), Qt::AlignRight | Qt::AlignVCenter,
                      amount);
    const QString marker = done ? QStringLiteral("✓") : late ? QStringLiteral("▲") : QStringLiteral("●");
    const int markerWidth = titleMetrics.horizontalAdvance(QStringLiteral("▲ "));
    painter->setPen(late ? CollectionText::lateColor() : muted);
    QFont markerFont = title;
    markerFont.setPointSizeF(title.pointSizeF() * (late || done ? 0.85 : 0.6));
    painter->setFont(markerFont);
    painter->drawText(QRect(content.left(), y, markerWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      marker);
    painter->setFont(title);
    painter->setPen(text);
    const int nameWidth = badge.left() - 12 - content.left() - markerWidth;
    painter->drawText(QRect(content.left() + markerWidth, y, nameWidth, titleMetrics.height()),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(ActionListModel::TitleRole).toString(), Qt::ElideRight,
                                              nameWidth));
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badge), badge.height() / 2.0, badge.height() / 2.0);
    painter->fillPath(pill, index.data(ActionListModel::ProfileBackgroundRole).value<QColor>());
    painter->setFont(small);
    painter->setPen(index.data(ActionListModel::ProfileForegroundRole).value<QColor>());
    painter->drawText(badge, Qt::AlignCenter, index.data(ActionListModel::ProfileTextRole).toString());
    y += titleMetrics.height() + LineGap;

    // Line 2: whom to ask for. Line 3: the invoices.
    const int indent = content.left() + markerWidth;
    const int width = content.right() - indent;
    painter->setFont(option.font);
    painter->setPen(text);
    painter->drawText(QRect(indent, y, width, option.fontMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      option.fontMetrics.elidedText(index.data(ActionListModel::ContactLineRole).toString(),
                                                    Qt::ElideRight, width));
    y += option.fontMetrics.height() + LineGap;
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(indent, y, width, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(index.data(ActionListModel::InvoicesLineRole).toString(), Qt::ElideRight,
                                              width));
    y += smallMetrics.height() + LineGap;

    // Line 4: the step (or the outcome once done) and the [Result ▾] button.
    const QRect button = buttonRect(option, index);
    const int lineHeight = std::max(smallMetrics.height(), buttonHeight(option));
    const int stepWidth = (button.isValid() ? button.left() - 12 : content.right()) - indent;
    const QString step = done ? index.data(ActionListModel::OutcomeTextRole).toString()
                              : index.data(ActionListModel::StepLineRole).toString();
    painter->setPen(done ? QColor(0x2A, 0x5A, 0x28) : muted);
    painter->drawText(QRect(indent, y, stepWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(step, Qt::ElideRight, stepWidth));
    if (button.isValid()) {
        QStyleOptionButton b;
        b.rect = button;
        b.text = buttonText();
        b.state = QStyle::State_Enabled | QStyle::State_Raised;
        b.palette = pal;
        b.fontMetrics = option.fontMetrics;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        painter->setFont(option.font);
        style->drawControl(QStyle::CE_PushButton, &b, painter, widget);
    }
}

void ActionCardDelegate::paintCompact(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    paintBackground(painter, option, index);
    const bool done = index.data(ActionListModel::DoneRole).toBool();
    if (done)
        painter->setOpacity(0.55);
    const QColor text = option.palette.color(QPalette::Text);
    const QRect content = cardRect(option).adjusted(10, 6, -8, -6);
    const QFontMetrics line = option.fontMetrics;
    const QFont small = smallFont(option);
    const QFontMetrics smallMetrics(small);

    QString glyph = index.data(ActionListModel::GlyphRole).toString();
    if (done)
        glyph = QStringLiteral("✓");
    const int glyphWidth = glyph.isEmpty() ? 0 : line.horizontalAdvance(QStringLiteral("☎ ")) + 2;
    const int textLeft = content.left() + glyphWidth;
    const int textWidth = content.width() - glyphWidth;

    // Line 1: the customer, as wide as the card allows.
    painter->setPen(CollectionText::mutedColor());
    painter->setFont(option.font);
    if (!glyph.isEmpty())
        painter->drawText(QRect(content.left(), content.top(), glyphWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                          glyph);
    QFont bold = option.font;
    bold.setBold(true);
    painter->setFont(bold);
    painter->setPen(text);
    const QFontMetrics boldMetrics(bold);
    painter->drawText(QRect(textLeft, content.top(), textWidth, line.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      boldMetrics.elidedText(index.data(ActionListModel::TitleRole).toString(), Qt::ElideRight,
                                             textWidth));

    // Line 2: the step (or the outcome once done), and the amount on the right.
    const int y = content.top() + line.height() + 2;
    const QString amount = index.data(ActionListModel::AmountTextRole).toString();
    painter->setFont(small);
    const int amountWidth = amount.isEmpty() ? 0 : smallMetrics.horizontalAdvance(amount) + 10;
    painter->drawText(QRect(textLeft, y, textWidth, smallMetrics.height()), Qt::AlignRight | Qt::AlignVCenter, amount);
    painter->setPen(done ? QColor(0x2A, 0x5A, 0x28) : CollectionText::mutedColor());
    const QString subtitle = done ? index.data(ActionListModel::OutcomeTextRole).toString()
                                  : index.data(ActionListModel::StepLineRole).toString();
    const int subtitleWidth = textWidth - amountWidth;
    painter->drawText(QRect(textLeft, y, subtitleWidth, smallMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      smallMetrics.elidedText(subtitle, Qt::ElideRight, subtitleWidth));
}

bool ActionCardDelegate::editorEvent(QEvent *event, QAbstractItemModel *model, const QStyleOptionViewItem &option,
                                     const QModelIndex &index)
{
    if (event->type() == QEvent::MouseButtonRelease && hasButton(index)) {
        auto *mouse = static_cast<QMouseEvent *>(event);
        const QRect button = buttonRect(option, index);
        if (mouse->button() == Qt::LeftButton && button.contains(mouse->position().toPoint())) {
            emit outcomeButtonClicked(index, button);
            return true;
        }
    }
    return QStyledItemDelegate::editorEvent(event, model, option, index);
}

bool ActionCardDelegate::helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                                   const QModelIndex &index)
{
    if (event && event->type() == QEvent::ToolTip && index.isValid()) {
        QString tip;
        if (m_mode == Mode::Full && badgeRect(option, index).contains(event->pos()))
            tip = index.data(ActionListModel::ProfileToolTipRole).toString();
        else if (hasButton(index) && buttonRect(option, index).contains(event->pos()))
            tip = tr("Record what the customer said (R)");
        else
            tip = index.data(ActionListModel::InvoicesLineRole).toString();
        if (!tip.isEmpty()) {
            QToolTip::showText(event->globalPos(), tip, view);
            return true;
        }
    }
    return QStyledItemDelegate::helpEvent(event, view, option, index);
}
