#pragma once
// EmlWriter: a message as a complete MIME file (.eml) for people who send from their own mail program; the same
// headers, structure (multipart/mixed ⊃ multipart/alternative text + HTML, then the PDFs) and encodings as
// SmtpClient hands to curl_mime.

#include "MailMessage.h"
#include "Result.h"

#include <QByteArray>

class EmlWriter final
{
public:
    // The MIME bytes with CRLF line ends. `unsent` adds "X-Unsent: 1", which makes Outlook (and others that honour
    // it) open the file as a draft ready to send rather than as a received message. Fills the message's Message-ID
    // and Date when missing.
    static Result<QByteArray> toMime(MailMessage &message, bool unsent = true);
    static Status save(MailMessage &message, const QString &path, bool unsent = true);
};
