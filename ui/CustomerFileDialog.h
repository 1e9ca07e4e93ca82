#pragma once
// CustomerFileDialog: the customer file ("fiche client"): who they are and how they pay (profile and why), what they
// owe and since when, the history of every reminder, outcome, promise, dispute and letter, contacts, terms and
// payment plan; change the profile, pause the reminders, ask for a mise en demeure or a dossier contentieux.

#include "PayerProfile.h"

#include <QDate>
#include <QDialog>
#include <functional>
#include <optional>

class Database;
class InvoiceTableModel;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTableWidget;
class QTreeWidget;
class QWidget;
class TimelineModel;

class CustomerFileDialog final : public QDialog
{
    Q_OBJECT

public:
    enum Tab { InvoicesTab, HistoryTab, ContactsTab, TermsTab, PlanTab };

    // `db` must be open and outlive the dialog. Not modal: the day's list stays usable beside it.
    CustomerFileDialog(Database &db, qint64 customerId, QWidget *parent = nullptr);
    ~CustomerFileDialog() override;

    qint64 customerId() const { return m_customerId; }
    // Reads the customer again (after a change made here or elsewhere).
    void reload();
    QTabWidget *tabs() const { return m_tabs; }

    // Seam for the modal questions (profile, pause): runs the dialog and returns its result. Tests answer here.
    void setDialogRunner(std::function<int(QDialog &)> runner) { m_runDialog = std::move(runner); }

    // What the buttons do, callable directly; each writes the change and its journal line in one transaction.
    bool overrideProfile(std::optional<PayerProfile> profile, const QString &reason);
    bool pauseReminders(QDate until, const QString &reason);
    bool resumeReminders();

signals:
    // The profile or the pause changed: the agenda and the lists should reload.
    void customerChanged(qint64 customerId);
    // "Mise en demeure…" and "Dossier contentieux…": the main window writes the document.
    void formalNoticeRequested(qint64 customerId);
    void litigationFileRequested(qint64 customerId);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *createHeader();
    QWidget *createInvoicesTab();
    QWidget *createHistoryTab();
    QWidget *createContactsTab();
    QWidget *createTermsTab();
    QWidget *createPlanTab();
    void retranslate();
    void askProfile();
    void askPause();
    int runDialog(QDialog &dialog);
    void showError(const QString &message);

    Database &m_db;
    qint64 m_customerId = 0;
    std::function<int(QDialog &)> m_runDialog;

    QLabel *m_nameLabel = nullptr;
    QLabel *m_badgeLabel = nullptr;
    QLabel *m_identityLabel = nullptr;
    QLabel *m_balanceLabel = nullptr;
    QLabel *m_pauseLabel = nullptr;
    QPushButton *m_resumeButton = nullptr;
    QWidget *m_pauseBanner = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_profileButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_formalNoticeButton = nullptr;
    QPushButton *m_dossierButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTabWidget *m_tabs = nullptr;

    InvoiceTableModel *m_invoiceModel = nullptr;
    QTableView *m_invoiceView = nullptr;
    TimelineModel *m_timelineModel = nullptr;
    QTableView *m_timelineView = nullptr;
    QTableWidget *m_contactTable = nullptr;
    QWidget *m_termsPage = nullptr;
    QLabel *m_termsLabel = nullptr;
    QTreeWidget *m_planTree = nullptr;
    QLabel *m_noPlanLabel = nullptr;
};
