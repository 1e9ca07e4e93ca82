#pragma once
// MimeEncoding: the pieces of RFC 5322 / 2045 / 2047 / 2231 both mail writers share (SmtpClient through curl_mime,
// EmlWriter for .eml files): header words, addresses, dates, Message-IDs, quoted-printable and base64 bodies.

#include "MailMessage.h"
#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace Mime {

// A header value as RFC 2047 encoded-words ("=?UTF-8?B?…?=") when it holds anything but printable ASCII, folded
// with CRLF + space so that no line gets long; printable ASCII comes back unchanged. Line breaks are removed first
// (no header injection).
QByteArray encodeHeaderText(QStringView text);
// "Name <address>" with the name quoted or encoded as needed; just the address when there is no name.
QByteArray formatAddress(const MailAddress &address);
QByteArray formatAddressList(const QList<MailAddress> &addresses);
// RFC 5322 date in English, with the numeric zone: "Wed, 25 Nov 2026 09:00:00 +0100".
QByteArray formatDate(const QDateTime &when);
// A new globally unique "<random.time@domain>" for the sender's domain.
QString newMessageId(const QString &fromAddress, const QDateTime &when);

// Fills the Message-ID and Date when missing and checks the addresses; refuses a message nobody can receive.
Status prepare(MailMessage &message);
// The top-level headers (From, To, Cc, Reply-To, Subject, Date, Message-ID, MIME-Version, User-Agent), one entry
// per header, without line ends (folded headers contain CRLF + space).
QList<QByteArray> messageHeaders(const MailMessage &message);

// Quoted-printable (RFC 2045 §6.7) of UTF-8 text with CRLF line ends and soft breaks before column 76.
QByteArray quotedPrintable(const QString &text);
// Base64 in lines of 76 characters ending with CRLF.
QByteArray base64Lines(const QByteArray &data);
// `Content-Disposition` value for an attachment: filename="…" for a short ASCII name, else RFC 2231 sections
// (filename*0*=UTF-8''…; filename*1*=…) on folded lines.
QByteArray attachmentDisposition(const QString &fileName);
// `Content-Type` value for an attachment, with the name parameter older clients read (RFC 2047 word if not ASCII).
QByteArray attachmentContentType(const MailAttachment &attachment);

} // namespace Mime
