#pragma once
// TodayView: "Aujourd'hui", the landing view: whom to call today and what to ask, what to send, what to print,
// which promises fell due and which disputes wait; outcomes are recorded in place and the last one can be undone.

#include "TodayViewData.h"

#include <QDateTime>
#include <QList>
#include <QWidget>
#include <functional>

class ActionCardDelegate;
class ActionListModel;
class Database;
class OutcomeForm;
class QAbstractItemView;
class QFrame;
class QLabel;
class QListView;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSplitter;
class QTreeWidget;
struct ActionOutcome;

class TodayView final : public QWidget
{
    Q_OBJECT

public:
    // `db` must be open and outlive the view. Reads nothing until reload().
    explicit TodayView(Database &db, QWidget *parent = nullptr);
    ~TodayView() override;

    // Brings the calendar up to date and reads the day again (Clock::instance().today()). Before the view's first
    // paint only the rows a screen shows get their details (a big day has thousands of actions); the others are read
    // right after that paint, or as soon as anything asks for them (data(), the lists' models).
    void reload();
    const TodayData &data() const;

    // The action selected in the calls, e-mails or letters list (0 when none).
    qint64 currentActionId() const;
    qint64 currentCustomerId() const;
    // Selects an action of the day in its list; false when it is not listed.
    bool selectAction(qint64 actionId);

    // Records an outcome for the selected action (what the form and the menu do).
    bool completeCurrent(const ActionOutcome &outcome);
    // Puts the last completed action back to do (Ctrl+Z); false, with a message, when there is nothing to undo.
    bool undoLast();
    bool canUndo() const { return !m_undoStack.isEmpty(); }

    // Hooks for the batch buttons: the buttons show only once a handler is set (the lead plugs e-mail sending and
    // letter printing in; MainWindow provides the letter default).
    void setEmailBatchHandler(std::function<void(QDate day)> handler);
    void setLetterBatchHandler(std::function<void(QDate day)> handler);

    QSplitter *splitter() const { return m_splitter; }

signals:
    // Enter or a double click: open this customer's file.
    void customerFileRequested(qint64 customerId);
    // An action was completed or undone: other views showing actions should reload.
    void actionsChanged();
    void undoAvailableChanged(bool available);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createCallsColumn();
    QWidget *createDetailColumn();
    QWidget *createSideColumn();
    QListView *createActionList(ActionListModel *model, ActionCardDelegate *delegate, const QString &name);
    QListWidget *createInfoList(const QString &name);
    void retranslate();
    void fillInfoLists();
    void updateHeader();
    void updateSectionTitles();
    void updateUndoButton();
    void showMessage(const QString &text, bool error = false);
    void onCurrentChanged(QAbstractItemView *list);
    void showDetail();
    void showDetailFor(qint64 customerId, const AgendaItem *item);
    void moveSelection(QAbstractItemView *list, int delta);
    void openOutcomeMenu(QAbstractItemView *list, const QModelIndex &index, const QRect &buttonRect);
    void openCurrentCustomer();
    const AgendaItem *currentItem() const;
    ActionListModel *modelOf(const QAbstractItemView *list) const;
    void refreshAction(qint64 actionId);
    // How many rows of each list get their details before the first paint (see reload()).
    TodayData::FirstRows firstPaintRows() const;
    // Reads the details the first paint went without (see reload()).
    void completeDetails();

    Database &m_db;
    TodayData m_data;
    bool m_painted = false;
    bool m_detailPending = false; // the detail of the selection waits for the first paint (see showDetail())
    bool m_holdDetail = false;    // selecting in reload(): the detail is shown once, after
    QList<qint64> m_undoStack;
    QDateTime m_lastCompletion;
    QHash<qint64, QString> m_undoLabels;
    QAbstractItemView *m_currentList = nullptr;
    std::function<void(QDate)> m_emailBatchHandler;
    std::function<void(QDate)> m_letterBatchHandler;

    ActionListModel *m_callModel = nullptr;
    ActionListModel *m_emailModel = nullptr;
    ActionListModel *m_letterModel = nullptr;
    ActionCardDelegate *m_fullDelegate = nullptr;
    ActionCardDelegate *m_compactDelegate = nullptr;

    QLabel *m_headerLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_undoButton = nullptr;
    QSplitter *m_splitter = nullptr;

    QLabel *m_callsTitle = nullptr;
    QListView *m_callList = nullptr;
    QLabel *m_callsEmptyLabel = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_detailPlaceholder = nullptr;
    QWidget *m_detailBody = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailBadge = nullptr;
    QLabel *m_detailContact = nullptr;
    QLabel *m_detailStep = nullptr;
    OutcomeForm *m_outcomeForm = nullptr;
    QLabel *m_doneLabel = nullptr;
    QLabel *m_questionsTitle = nullptr;
    QLabel *m_questionsLabel = nullptr;
    QLabel *m_eventsTitle = nullptr;
    QLabel *m_eventsLabel = nullptr;
    QLabel *m_invoicesTitle = nullptr;
    QTreeWidget *m_invoiceTree = nullptr;
    QPushButton *m_openFileButton = nullptr;

    QLabel *m_emailsTitle = nullptr;
    QListView *m_emailList = nullptr;
    QPushButton *m_sendEmailsButton = nullptr;
    QLabel *m_lettersTitle = nullptr;
    QListView *m_letterList = nullptr;
    QPushButton *m_printLettersButton = nullptr;
    QLabel *m_promisesTitle = nullptr;
    QListWidget *m_promiseList = nullptr;
    QLabel *m_disputesTitle = nullptr;
    QListWidget *m_disputeList = nullptr;
    QList<QLabel *> m_emptyLabels;
};
