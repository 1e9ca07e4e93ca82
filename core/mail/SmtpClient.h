#pragma once
// SmtpClient: sends one message at a time through libcurl's SMTP and MIME support (curl_mime): multipart/mixed with
// a multipart/alternative (plain text + HTML) and the PDF attachments; SMTPS or STARTTLS (required), AUTH PLAIN or
// LOGIN, certificate checks always on (an extra certificate may be trusted, checks can never be switched off),
// timeouts, and errors in French with the server's or curl's own words. Blocking: the GUI runs it on a worker
// thread (MailBatchSender), the command line directly.

#include "MailMessage.h"
#include "Result.h"
#include "SmtpSettings.h"

#include <QByteArray>
#include <QString>

typedef void CURL;

// What a successful send leaves behind.
struct SmtpReceipt
{
    QString messageId;   // "<…@domain>", as in the Message-ID header
    QByteArray mime;     // the exact message bytes handed to the server in DATA (what a .eml of it holds)
    QString serverReply; // the server's last reply ("250 2.0.0 Ok: queued as …")
};

class SmtpClient final
{
public:
    explicit SmtpClient(SmtpSettings settings);
    ~SmtpClient();
    SmtpClient(const SmtpClient &) = delete;
    SmtpClient &operator=(const SmtpClient &) = delete;

    const SmtpSettings &settings() const { return m_settings; }

    // Sends `message` (From defaults to the settings' sender); fills Message-ID and Date when missing.
    // Successive sends reuse the connection when the server allows it.
    Result<SmtpReceipt> send(MailMessage message);
    // Connects, negotiates TLS, authenticates and says NOOP: the "Tester la connexion" check. Sends nothing.
    Status testConnection();

private:
    CURL *handle();
    Status configure(const QByteArray &url);
    QString describeFailure(int curlCode, const QString &action) const;

    SmtpSettings m_settings;
    CURL *m_curl = nullptr;
    char m_errorBuffer[256 + 1] = {};
    QString m_sender;         // the envelope's MAIL FROM address of the message being sent
    QStringList m_recipients; // and its RCPT TO addresses
public:
    // What libcurl's debug callback saw: the DATA payload and the server's replies (never the commands, which
    // carry the credentials).
    struct Transcript
    {
        QByteArray dataOut;
        QByteArray replies;
        void clear() { dataOut.clear(); replies.clear(); }
        QByteArray lastReply() const;
        // The last 4xx or 5xx reply line (a QUIT's "221" may follow it), empty when the server refused nothing.
        QByteArray lastErrorReply() const;
    };

private:
    Transcript m_transcript;
};
