#pragma once
// PauseDialog: pauses a customer's reminders until a date (inclusive), with the reason.

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;

class PauseDialog final : public QDialog
{
    Q_OBJECT

public:
    // `today` bounds the date; `until`/`reason` prefill a pause in force.
    PauseDialog(QDate today, QDate until, const QString &reason, QWidget *parent = nullptr);

    QDate until() const;
    QString reason() const;
    void setPause(QDate until, const QString &reason);

private:
    void updateOk();

    QDateEdit *m_untilEdit = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};
