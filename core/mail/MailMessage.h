#pragma once
// MailMessage: one e-mail as the app composes it (addresses, subject, HTML with a plain-text alternative, PDF
// attachments), before it is turned into MIME by SmtpClient (curl_mime) or EmlWriter (.eml file).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

struct MailAddress
{
    QString name;    // display name, any Unicode ("Société Générale — Compta")
    QString address; // "compta@example.fr"

    // One "@", no spaces, angle brackets, quotes or line breaks: safe to put in a header and an SMTP command.
    bool isValid() const;
    bool isEmpty() const { return address.isEmpty(); }
};

struct MailAttachment
{
    QString fileName;                               // "FA-1042.pdf"
    QString mimeType = QStringLiteral("application/pdf");
    QByteArray data;
};

struct MailMessage
{
    MailAddress from;
    MailAddress replyTo;
    QList<MailAddress> to;
    QList<MailAddress> cc;
    QList<MailAddress> bcc; // envelope only, never in the headers
    QString subject;
    QString text;           // the plain-text alternative
    QString html;           // the HTML part (may be empty: then the message is text only)
    QList<MailAttachment> attachments;
    QString messageId;      // "<…@domain>"; generated when the message is prepared if empty
    QDateTime date;         // the Date header; now when invalid

    // Every envelope recipient (To, Cc, Bcc).
    QList<MailAddress> recipients() const { return to + cc + bcc; }
};
