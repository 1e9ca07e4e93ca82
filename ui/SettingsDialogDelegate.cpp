#include "SettingsDialogDelegate.h"

#include <QComboBox>
#include <QSpinBox>

SettingsDialogDelegate::SettingsDialogDelegate(QObject *parent) : QStyledItemDelegate(parent) {}

QWidget *SettingsDialogDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                              const QModelIndex &index) const
{
    const QStringList keys = index.data(ChoiceKeysRole).toStringList();
    if (!keys.isEmpty()) {
        const QStringList labels = index.data(ChoiceLabelsRole).toStringList();
        auto *combo = new QComboBox(parent);
        combo->setObjectName(QStringLiteral("choiceEditor"));
        for (qsizetype i = 0; i < keys.size(); ++i)
            combo->addItem(labels.value(i, keys.at(i)), keys.at(i));
        return combo;
    }
    const QVariant minimum = index.data(MinimumRole);
    if (minimum.isValid()) {
        auto *spin = new QSpinBox(parent);
        spin->setObjectName(QStringLiteral("numberEditor"));
        spin->setRange(minimum.toInt(), index.data(MaximumRole).toInt());
        return spin;
    }
    return QStyledItemDelegate::createEditor(parent, option, index);
}

void SettingsDialogDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole).toString())));
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->setValue(index.data(Qt::EditRole).toInt());
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void SettingsDialogDelegate::setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        model->setData(index, combo->currentData(), Qt::EditRole);
        return;
    }
    if (auto *spin = qobject_cast<QSpinBox *>(editor)) {
        spin->interpretText();
        model->setData(index, spin->value(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}
