#include "MailtoUrl.h"

#include <QStringList>
#include <QUrl>

namespace {

QString encode(const QString &value, const QByteArray &keep = {})
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, keep));
}

QString addressList(const QList<MailAddress> &list)
{
    QStringList out;
    for (const MailAddress &a : list)
        out << encode(a.address, "@");
    return out.join(u',');
}

} // namespace

QString MailtoUrl::build(const MailMessage &m)
{
    QString url = QStringLiteral("mailto:") + addressList(m.to);
    QStringList fields;
    if (!m.cc.isEmpty())
        fields << QStringLiteral("cc=") + addressList(m.cc);
    if (!m.bcc.isEmpty())
        fields << QStringLiteral("bcc=") + addressList(m.bcc);
    if (!m.subject.isEmpty())
        fields << QStringLiteral("subject=") + encode(m.subject);
    if (!m.text.isEmpty()) {
        // RFC 6068: line breaks in the body are CRLF, percent-encoded.
        QString body = m.text;
        body.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
        body.replace(u'\n', QStringLiteral("\r\n"));
        fields << QStringLiteral("body=") + encode(body);
    }
    if (!fields.isEmpty())
        url += u'?' + fields.join(u'&');
    return url;
}
