#pragma once
// SettingsDialogDelegate: editors for the Paramètres tables: a combo box where the model offers choices
// (ChoiceKeysRole / ChoiceLabelsRole), a spin box bounded by MinimumRole / MaximumRole for whole numbers, the
// default editor otherwise (a date edit for dates, a line edit for text).

#include <QStyledItemDelegate>

class SettingsDialogDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    enum Role : int {
        ChoiceKeysRole = Qt::UserRole + 80, // QStringList: the stored keys
        ChoiceLabelsRole,                    // QStringList: what the user reads, same order
        MinimumRole,                         // int
        MaximumRole,                         // int
    };

    explicit SettingsDialogDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};
