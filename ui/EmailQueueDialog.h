#pragma once
// EmailQueueDialog: the day's reminder e-mails (EmailQueue): the list with each message's state, a preview of the
// selected one (subject, recipients, HTML body, attachments), "Send all" in one batch on a worker thread
// (MailBatchSender) with progress and Cancel, "Retry failed", and per message "Open in my mail program" (mailto:)
// and "Save as .eml…" for people who send from their own mail client. Each attempt is recorded on the GUI thread's
// connection (EmailQueue::recordSent / recordFailed: the journal of every invoice, with the Message-ID).

#include "Database.h"
#include "EmailQueue.h"
#include "SmtpSettings.h"

#include <QDate>
#include <QDialog>
#include <QList>
#include <QUrl>
#include <functional>

class EmailQueueModel;
class MailBatchSender;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QSplitter;
class QTableView;
class QTextBrowser;

class EmailQueueDialog final : public QDialog
{
    Q_OBJECT

public:
    // `db` must outlive the dialog. Builds the queue of `day` at once (the calendar brought up to date first).
    EmailQueueDialog(Database &db, QDate day, QWidget *parent = nullptr);
    ~EmailQueueDialog() override; // a batch still running is cancelled and its results recorded

    // Sends every pending message (ready, or failed before) in one batch, off the GUI thread. Returns at once.
    void sendAll();
    // Sends again only the messages that failed.
    void retryFailed();
    // Stops the batch after the message being sent.
    void cancel();
    bool isSending() const;

    int sentCount() const;
    int failedCount() const;
    int pendingCount() const; // ready or failed

    // Per message (row of the list): the mailto: URL handed to the URL opener, and the .eml file.
    bool openInMailProgram(int row);
    bool saveAsEml(int row);

    // Seams (tests): how a URL is opened (QDesktopServices::openUrl by default) and where a file goes
    // (QFileDialog::getSaveFileName by default; an empty answer cancels).
    void setUrlOpener(std::function<bool(const QUrl &)> opener);
    void setSaveFileNameAsker(std::function<QString(const QString &title, const QString &suggested)> asker);
    // The account to send with (tests). By default the one of the settings, the password from the keychain.
    void setSmtpSettings(const SmtpSettings &settings, const QString &password);

    QDate day() const { return m_day; }
    EmailQueueModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTextBrowser *previewBrowser() const { return m_browser; }
    // The status line under the list (results, errors, where a file went).
    QString statusText() const;
    // The error of building the queue, empty when it was built.
    QString loadError() const { return m_loadError; }
    void selectRow(int row);

signals:
    // Something was sent (Today reloads).
    void emailsChanged();

public slots:
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();
    void retranslate();
    void updatePreview();
    void updateButtons();
    void updateSummary();
    void updateAccountBanner();
    void showStatus(const QString &text, bool error);
    void startBatch(const QList<int> &rows);
    void launch(const QList<int> &rows);
    void onMessageFinished(int index, bool ok, const QString &messageId, const QString &error);
    void onFinished(int sent, int failed, bool cancelled);
    int currentRow() const;
    bool smtpConfigured() const;
    QString emlFileName(int row) const;

    Database &m_db;
    QDate m_day;
    SmtpSettings m_settings;
    bool m_passwordKnown = false;
    bool m_settingsGiven = false;
    bool m_readingPassword = false;
    int m_passwordRequest = 0;
    bool m_closeWhenDone = false;
    bool m_destroying = false;
    QString m_loadError;
    QList<int> m_batchRows; // the batch's message index → row
    int m_batchSent = 0;
    int m_batchFailed = 0;
    std::function<bool(const QUrl &)> m_openUrl;
    std::function<QString(const QString &, const QString &)> m_askFileName;

    EmailQueueModel *m_model = nullptr;
    MailBatchSender *m_sender = nullptr;
    QLabel *m_titleLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QLabel *m_accountLabel = nullptr;
    QTableView *m_table = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_previewSubject = nullptr;
    QLabel *m_previewHeaders = nullptr;
    QLabel *m_previewState = nullptr;
    QLabel *m_previewWarnings = nullptr;
    QTextBrowser *m_browser = nullptr;
    QLabel *m_attachmentsTitle = nullptr;
    QListWidget *m_attachments = nullptr;
    QPushButton *m_mailtoButton = nullptr;
    QPushButton *m_emlButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_sendButton = nullptr;
    QPushButton *m_retryButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};
