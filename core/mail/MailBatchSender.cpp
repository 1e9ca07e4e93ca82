#include "MailBatchSender.h"

#include "SmtpClient.h"

MailBatchSender::MailBatchSender(QObject *parent) : QObject(parent) {}

MailBatchSender::~MailBatchSender()
{
    m_cancel = true;
    wait();
    delete m_thread.data();
}

bool MailBatchSender::isRunning() const { return m_thread && m_thread->isRunning(); }

bool MailBatchSender::wait(int timeoutMs)
{
    if (!m_thread)
        return true;
    return timeoutMs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(timeoutMs));
}

bool MailBatchSender::start(const SmtpSettings &settings, const QList<MailMessage> &messages)
{
    if (isRunning())
        return false;
    delete m_thread.data(); // a finished previous batch
    m_cancel = false;
    // The signals are emitted from the worker: Qt queues them to receivers living in other threads.
    m_thread = QThread::create([this, settings, messages] {
        SmtpClient client(settings);
        int sent = 0, failed = 0;
        const int total = int(messages.size());
        for (int i = 0; i < total; ++i) {
            if (m_cancel) {
                Q_EMIT finished(sent, failed, true);
                return;
            }
            auto receipt = client.send(messages.at(i));
            if (receipt) {
                ++sent;
                Q_EMIT messageFinished(i, true, receipt->messageId, QString());
            } else {
                ++failed;
                Q_EMIT messageFinished(i, false, QString(), receipt.error());
            }
            Q_EMIT progress(i + 1, total);
        }
        Q_EMIT finished(sent, failed, false);
    });
    m_thread->setObjectName(QStringLiteral("encaisse-smtp"));
    m_thread->start();
    return true;
}
