#pragma once
// OutcomeForm: records what a call gave, in place: one click on an outcome of the [Result ▾] menu, plus a date and
// means for a promise or a category for a dispute, and an optional comment. No dialog.

#include "ActionCompleter.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QToolButton;

class OutcomeForm final : public QWidget
{
    Q_OBJECT

public:
    explicit OutcomeForm(QWidget *parent = nullptr);

    // Prepares the form for one planned action: no outcome chosen, comment empty, promise date a week ahead.
    // `enabled` false for an action already done (the form then says so).
    void reset(QDate today, const QString &usualMeans, bool enabled);
    // The menu of the fixed outcomes (CallGuide::outcomes()), shared with the card's [Result ▾] button.
    QMenu *outcomeMenu() const { return m_menu; }
    // What a click on an outcome does: a promise or a dispute opens its inline fields; anything else is submitted.
    void chooseOutcome(const QString &kind);
    // The outcome waiting for its date or category, empty when none.
    QString pendingOutcome() const { return m_pending; }
    void showError(const QString &message);
    void retranslate();

signals:
    void submitted(const ActionOutcome &outcome);

private:
    void submitPending();
    void cancelPending();
    void showPendingFields();

    QDate m_today;
    QString m_pending;
    QToolButton *m_resultButton = nullptr;
    QMenu *m_menu = nullptr;
    QLineEdit *m_commentEdit = nullptr;
    QWidget *m_promiseFields = nullptr;
    QLabel *m_promiseDateLabel = nullptr;
    QDateEdit *m_promiseDateEdit = nullptr;
    QLabel *m_meansLabel = nullptr;
    QComboBox *m_meansCombo = nullptr;
    QWidget *m_disputeFields = nullptr;
    QLabel *m_categoryLabel = nullptr;
    QComboBox *m_categoryCombo = nullptr;
    QWidget *m_buttons = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
};
