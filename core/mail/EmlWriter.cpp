#include "EmlWriter.h"

#include "MimeEncoding.h"

#include <QSaveFile>
#include <QUuid>

namespace {

QByteArray boundary(const char *kind)
{
    // "=_" cannot occur in quoted-printable or base64 output, so the boundary never collides with a body.
    return QByteArray("=_encaisse_") + kind + '_' + QUuid::createUuid().toString(QUuid::Id128).left(20).toLatin1();
}

void textPart(QByteArray &out, const QByteArray &contentType, const QString &text)
{
    out += "Content-Type: " + contentType + "\r\n";
    out += "Content-Transfer-Encoding: quoted-printable\r\n\r\n";
    out += Mime::quotedPrintable(text) + "\r\n";
}

} // namespace

Result<QByteArray> EmlWriter::toMime(MailMessage &message, bool unsent)
{
    if (auto s = Mime::prepare(message); !s)
        return Result<QByteArray>::failure(s.error());
    QByteArray out;
    for (const QByteArray &h : Mime::messageHeaders(message))
        out += h + "\r\n";
    if (unsent)
        out += "X-Unsent: 1\r\n";
    const QByteArray mixed = boundary("mixed"), alternative = boundary("alt");
    out += "Content-Type: multipart/mixed;\r\n boundary=\"" + mixed + "\"\r\n\r\n";
    out += "This is a multi-part message in MIME format.\r\n";

    out += "--" + mixed + "\r\n";
    if (message.html.isEmpty()) {
        textPart(out, "text/plain; charset=UTF-8", message.text);
    } else {
        out += "Content-Type: multipart/alternative;\r\n boundary=\"" + alternative + "\"\r\n\r\n";
        out += "--" + alternative + "\r\n";
        textPart(out, "text/plain; charset=UTF-8", message.text);
        out += "--" + alternative + "\r\n";
        textPart(out, "text/html; charset=UTF-8", message.html);
        out += "--" + alternative + "--\r\n";
    }
    for (const MailAttachment &a : std::as_const(message.attachments)) {
        out += "--" + mixed + "\r\n";
        out += "Content-Type: " + Mime::attachmentContentType(a) + "\r\n";
        out += "Content-Disposition: " + Mime::attachmentDisposition(a.fileName) + "\r\n";
        out += "Content-Transfer-Encoding: base64\r\n\r\n";
        out += Mime::base64Lines(a.data);
    }
    out += "--" + mixed + "--\r\n";
    return out;
}

Status EmlWriter::save(MailMessage &message, const QString &path, bool unsent)
{
    const auto mime = toMime(message, unsent);
    if (!mime)
        return Status::failure(mime.error());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Status::failure(QStringLiteral("%1 : %2").arg(path, f.errorString()));
    f.write(*mime);
    if (!f.commit())
        return Status::failure(QStringLiteral("%1 : %2").arg(path, f.errorString()));
    return {};
}
