#pragma once
// MailBatchSender: sends a batch of messages on a worker thread with its own SmtpClient, for the GUI ("Tout
// envoyer"): progress and one result per message come back as signals in the owner's thread, where the caller
// records them (EmailQueue::recordSent / recordFailed: the database stays on its own thread). Cancel stops after
// the message being sent.

#include "MailMessage.h"
#include "SmtpSettings.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QThread>
#include <atomic>

class MailBatchSender final : public QObject
{
    Q_OBJECT

public:
    explicit MailBatchSender(QObject *parent = nullptr);
    ~MailBatchSender() override; // cancels and waits for the worker

    // Starts sending; returns false when a batch is already running. `settings` must carry the password.
    bool start(const SmtpSettings &settings, const QList<MailMessage> &messages);
    void cancel() { m_cancel = true; }
    bool isRunning() const;
    // Blocks until the batch is over (tests, shutdown).
    bool wait(int timeoutMs = -1);

Q_SIGNALS:
    void progress(int done, int total);
    // `index` in the list given to start(); `messageId` is set on success, `error` (French) on failure.
    void messageFinished(int index, bool ok, const QString &messageId, const QString &error);
    void finished(int sent, int failed, bool cancelled);

private:
    QPointer<QThread> m_thread;
    std::atomic_bool m_cancel = false;
};
