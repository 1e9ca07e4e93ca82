#include "MimeEncoding.h"

#include "Clock.h"

#include <QLocale>
#include <QRegularExpression>
#include <QRandomGenerator>

#include <cctype>
#include <cstring>

namespace Mime {

namespace {

QString singleLine(QStringView text)
{
    QString s = text.toString();
    s.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    s.replace(u'\r', u' ');
    s.replace(u'\n', u' ');
    return s;
}

bool isPrintableAscii(QStringView text)
{
    for (QChar c : text)
        if (c.unicode() < 0x20 || c.unicode() > 0x7E)
            return false;
    return true;
}

// Encoded words of at most 39 UTF-8 bytes: 52 base64 characters, 64 with the "=?UTF-8?B?…?=" frame, so that
// "Subject: " plus one word stays within 78 columns. Characters (and surrogate pairs) are never split.
QByteArray encodedWords(QStringView text)
{
    constexpr qsizetype MaxBytes = 39;
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype len = 1;
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            len = 2;
        const QByteArray bytes = text.mid(i, len).toUtf8();
        i += len - 1;
        if (chunk.size() + bytes.size() > MaxBytes) {
            words << chunk;
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words << chunk;
    QByteArray out;
    for (const QByteArray &w : std::as_const(words)) {
        if (!out.isEmpty())
            out += "\r\n ";
        out += "=?UTF-8?B?" + w.toBase64() + "?=";
    }
    return out;
}

} // namespace

QByteArray encodeHeaderText(QStringView text)
{
    const QString line = singleLine(text);
    if (isPrintableAscii(line) && !line.contains(QStringLiteral("=?")))
        return line.toLatin1();
    return encodedWords(line);
}

QByteArray formatAddress(const MailAddress &a)
{
    const QByteArray address = singleLine(a.address).trimmed().toLatin1();
    const QString name = singleLine(a.name).trimmed();
    if (name.isEmpty())
        return address;
    QByteArray phrase;
    if (isPrintableAscii(name) && !name.contains(QStringLiteral("=?"))) {
        static const QRegularExpression specials(QStringLiteral("[()<>\\[\\]:;@\\\\,.\"]"));
        if (name.contains(specials)) {
            QString quoted = name;
            quoted.replace(u'\\', QStringLiteral("\\\\"));
            quoted.replace(u'"', QStringLiteral("\\\""));
            phrase = '"' + quoted.toLatin1() + '"';
        } else {
            phrase = name.toLatin1();
        }
    } else {
        phrase = encodedWords(name);
    }
    // Folded before the address when the line would grow long (white space there is folding white space).
    const qsizetype lastLine = phrase.size() - phrase.lastIndexOf('\n') - 1;
    return phrase + (lastLine + address.size() + 3 > 60 ? "\r\n <" : " <") + address + '>';
}

QByteArray formatAddressList(const QList<MailAddress> &addresses)
{
    QByteArray out;
    for (const MailAddress &a : addresses) {
        if (!out.isEmpty())
            out += ",\r\n ";
        out += formatAddress(a);
    }
    return out;
}

QByteArray formatDate(const QDateTime &when)
{
    const QDateTime t = when.isValid() ? when : Clock::instance().now();
    const int offset = t.offsetFromUtc() / 60;
    const int abs = offset < 0 ? -offset : offset;
    const QString zone = QStringLiteral("%1%2%3")
                             .arg(QChar(offset < 0 ? u'-' : u'+'))
                             .arg(abs / 60, 2, 10, QLatin1Char('0'))
                             .arg(abs % 60, 2, 10, QLatin1Char('0'));
    return (QLocale::c().toString(t, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss")) + u' ' + zone).toLatin1();
}

QString newMessageId(const QString &fromAddress, const QDateTime &when)
{
    QString domain = fromAddress.mid(fromAddress.lastIndexOf(u'@') + 1).toLower();
    static const QRegularExpression hostname(QStringLiteral("^[a-z0-9]([a-z0-9.-]*[a-z0-9])?$"));
    if (!fromAddress.contains(u'@') || !hostname.match(domain).hasMatch())
        domain = QStringLiteral("encaisse.invalid");
    const QDateTime t = when.isValid() ? when : Clock::instance().now();
    // Time to the second plus 64 random bits: unique without growing the header line.
    return QStringLiteral("<%1.%2@%3>")
        .arg(t.toUTC().toString(QStringLiteral("yyyyMMddHHmmss")))
        .arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
        .arg(domain);
}

Status prepare(MailMessage &m)
{
    if (!m.from.isValid())
        return Status::failure(QStringLiteral("adresse d'expédition invalide : « %1 »").arg(m.from.address));
    if (m.recipients().isEmpty())
        return Status::failure(QStringLiteral("aucun destinataire"));
    for (const MailAddress &a : m.recipients())
        if (!a.isValid())
            return Status::failure(QStringLiteral("adresse de destinataire invalide : « %1 »").arg(a.address));
    if (!m.replyTo.isEmpty() && !m.replyTo.isValid())
        return Status::failure(QStringLiteral("adresse de réponse invalide : « %1 »").arg(m.replyTo.address));
    if (!m.date.isValid())
        m.date = Clock::instance().now();
    if (m.messageId.isEmpty())
        m.messageId = newMessageId(m.from.address, m.date);
    return {};
}

QList<QByteArray> messageHeaders(const MailMessage &m)
{
    QList<QByteArray> h;
    h << "From: " + formatAddress(m.from);
    if (!m.to.isEmpty())
        h << "To: " + formatAddressList(m.to);
    else
        h << QByteArrayLiteral("To: undisclosed-recipients:;");
    if (!m.cc.isEmpty())
        h << "Cc: " + formatAddressList(m.cc);
    if (!m.replyTo.isEmpty())
        h << "Reply-To: " + formatAddress(m.replyTo);
    h << "Subject: " + encodeHeaderText(m.subject);
    h << "Date: " + formatDate(m.date);
    h << "Message-ID: " + singleLine(m.messageId).toLatin1();
    h << QByteArrayLiteral("MIME-Version: 1.0");
    h << QByteArrayLiteral("User-Agent: Encaisse/" ENCAISSE_VERSION);
    return h;
}

QByteArray quotedPrintable(const QString &text)
{
    QString normalized = text;
    normalized.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    normalized.replace(u'\r', u'\n');
    const QList<QByteArray> lines = normalized.toUtf8().split('\n');
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    for (qsizetype l = 0; l < lines.size(); ++l) {
        const QByteArray &line = lines.at(l);
        QByteArray current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const uchar c = uchar(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray token;
            const bool literal = (c >= 33 && c <= 126 && c != '=')
                                 || ((c == ' ' || c == '\t') && !last);
            // A leading "." (SMTP end of data) or "From " (mbox) is encoded so that no transport rewrites it.
            const bool guard = current.isEmpty() && (c == '.' || (c == 'F' && line.mid(i, 5) == "From "));
            if (literal && !guard) {
                token = QByteArray(1, char(c));
            } else {
                token = QByteArray("=") + hex[c >> 4] + hex[c & 0xF];
            }
            if (current.size() + token.size() > 75) {
                out += current + "=\r\n";
                current.clear();
            }
            current += token;
        }
        out += current;
        if (l + 1 < lines.size())
            out += "\r\n";
    }
    return out;
}

QByteArray base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    out.reserve(b64.size() + b64.size() / 76 * 2 + 2);
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + "\r\n";
    return out;
}

QByteArray attachmentDisposition(const QString &fileName)
{
    const QString name = singleLine(fileName);
    if (isPrintableAscii(name) && !name.contains(u'"') && !name.contains(u'\\') && name.size() < 60)
        return "attachment; filename=\"" + name.toLatin1() + '"';
    // RFC 2231: UTF-8, percent-encoded but for attr-char, cut into numbered sections (filename*0*, filename*1*…)
    // on folded lines; as the mail programs that read RFC 2231 write it. An encoded section never splits a %XX.
    const QByteArray utf8 = name.toUtf8();
    QList<QByteArray> sections{QByteArray("UTF-8''")};
    for (char ch : utf8) {
        const uchar c = uchar(ch);
        QByteArray token;
        if (std::isalnum(c) || (c && std::strchr("!#$&+-.^_`|~", c)))
            token = QByteArray(1, char(c));
        else
            token = '%' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
        if (sections.last().size() + token.size() > 60)
            sections << QByteArray();
        sections.last() += token;
    }
    QByteArray out = "attachment";
    for (qsizetype i = 0; i < sections.size(); ++i)
        out += ";\r\n filename*" + QByteArray::number(i) + "*=" + sections.at(i);
    return out;
}

QByteArray attachmentContentType(const MailAttachment &a)
{
    const QString name = singleLine(a.fileName);
    QByteArray type = singleLine(a.mimeType).toLatin1();
    if (type.isEmpty())
        type = "application/octet-stream";
    // The name parameter is what older clients show; a non-ASCII name goes as one encoded word, as common
    // clients write and read it.
    const QByteArray value = isPrintableAscii(name) && !name.contains(u'"') && !name.contains(u'\\')
                                 ? name.toLatin1()
                                 : "=?UTF-8?B?" + name.toUtf8().toBase64() + "?=";
    return type + ";\r\n name=\"" + value + '"';
}

} // namespace Mime
