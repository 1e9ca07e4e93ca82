#pragma once
// EmailQueue: the day's reminder e-mails: built from the planned e-mail actions, previewed, sent in one batch with
// progress, failed ones retried; each message's state and Message-ID go to the event journal of every invoice it
// covers ("email_sent" / "email_failed"), and a sent message completes its action (outcome "other", "e-mail envoyé").
//
// Threads: build() and record*() use the database and run on its thread; only the SMTP work may move to a worker
// (sendPending() here for the command line, MailBatchSender for the GUI, which then calls record*() per result).

#include "Action.h"
#include "Database.h"
#include "MailMessage.h"
#include "Result.h"

#include <QList>
#include <QStringList>
#include <functional>

class SmtpClient;

struct QueuedEmail
{
    enum class State { Ready, Skipped, Sent, Failed };

    Action action;
    QString customerCode;
    QString customerName;
    MailMessage message;
    QStringList warnings;
    State state = State::Ready;
    QString error;     // last failure, in French
    QString messageId; // once sent
    int attempts = 0;

    bool isPending() const { return state == State::Ready || state == State::Failed; }
    static QString stateKey(State s); // "ready", "skipped", "sent", "failed"
};

struct EmailBatchSummary
{
    int sent = 0;
    int failed = 0;
    int skipped = 0;
    bool cancelled = false;
};

class EmailQueue final
{
public:
    explicit EmailQueue(Database &db) : m_db(db) {}

    // The planned e-mail actions of `day` (the calendar brought up to date as seen on `today` first), each composed
    // into its message. Items without a recipient are Skipped, with the reason in their warnings.
    Result<QList<QueuedEmail>> build(const QDate &today, const QDate &day, const MailAddress &from);

    // Called after each message with messages done and the total; returning false stops after the current one.
    using Progress = std::function<bool(int done, int total, const QueuedEmail &item)>;
    // Sends every pending item (Ready or Failed: calling it again retries the failures) and records each result.
    EmailBatchSummary sendPending(QList<QueuedEmail> &items, SmtpClient &client, const Progress &progress = {});

    // The journal and the action after one attempt.
    Status recordSent(QueuedEmail &item, const QString &messageId, const QDateTime &when);
    Status recordFailed(QueuedEmail &item, const QString &error, const QDateTime &when);

private:
    Database &m_db;
};
