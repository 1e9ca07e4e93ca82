#include "SmtpClient.h"

#include "MimeEncoding.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cctype>
#include <curl/curl.h>

#include <memory>
#include <mutex>

namespace {

void globalInit()
{
    // curl_global_init is not thread-safe on every build: once per process, before the first handle.
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

struct SlistDeleter
{
    void operator()(curl_slist *l) const { curl_slist_free_all(l); }
};
using Slist = std::unique_ptr<curl_slist, SlistDeleter>;

struct MimeDeleter
{
    void operator()(curl_mime *m) const { curl_mime_free(m); }
};
using MimeHandle = std::unique_ptr<curl_mime, MimeDeleter>;

Slist toSlist(const QList<QByteArray> &lines)
{
    curl_slist *list = nullptr;
    for (const QByteArray &l : lines) {
        curl_slist *next = curl_slist_append(list, l.constData());
        if (!next) {
            curl_slist_free_all(list);
            return Slist();
        }
        list = next;
    }
    return Slist(list);
}

QByteArray crlf(const QString &text)
{
    QString s = text;
    s.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    s.replace(u'\r', u'\n');
    s.replace(u'\n', QStringLiteral("\r\n"));
    return s.toUtf8();
}

int debugCallback(CURL *, curl_infotype type, char *data, size_t size, void *userp)
{
    auto *t = static_cast<SmtpClient::Transcript *>(userp);
    // Only the message payload and the server's replies are kept: the client's commands (HEADER_OUT) carry the
    // AUTH credentials, and the TLS records are of no use.
    if (type == CURLINFO_DATA_OUT)
        t->dataOut.append(data, qsizetype(size));
    else if (type == CURLINFO_HEADER_IN && t->replies.size() < 64 * 1024)
        t->replies.append(data, qsizetype(size));
    return 0;
}

size_t discard(char *, size_t size, size_t count, void *) { return size * count; }

// SMTP transparency (RFC 5321 §4.5.2): undo the dot-stuffing libcurl applies and drop the end-of-data mark.
QByteArray unstuff(QByteArray data)
{
    if (data.endsWith("\r\n.\r\n"))
        data.chop(3);
    else if (data.endsWith(".\r\n") && (data.size() == 3))
        data.clear();
    if (data.startsWith(".."))
        data.remove(0, 1);
    data.replace("\r\n..", "\r\n.");
    return data;
}

} // namespace

QByteArray SmtpClient::Transcript::lastErrorReply() const
{
    const QList<QByteArray> lines = replies.trimmed().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QByteArray l = lines.at(i).trimmed();
        if (l.size() >= 3 && (l.at(0) == '4' || l.at(0) == '5') && std::isdigit(uchar(l.at(1))) && std::isdigit(uchar(l.at(2))))
            return l;
    }
    return {};
}

QByteArray SmtpClient::Transcript::lastReply() const
{
    const QList<QByteArray> lines = replies.trimmed().split('\n');
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QByteArray l = lines.at(i).trimmed();
        if (!l.isEmpty())
            return l;
    }
    return {};
}

SmtpClient::SmtpClient(SmtpSettings settings) : m_settings(std::move(settings)) { globalInit(); }

SmtpClient::~SmtpClient()
{
    if (m_curl)
        curl_easy_cleanup(m_curl);
}

CURL *SmtpClient::handle()
{
    if (!m_curl)
        m_curl = curl_easy_init();
    else
        curl_easy_reset(m_curl); // options back to defaults; the open connection stays in the cache
    return m_curl;
}

Status SmtpClient::configure(const QByteArray &url)
{
    CURL *c = m_curl;
    m_errorBuffer[0] = '\0';
    m_transcript.clear();
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, m_errorBuffer);
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // worker threads: no SIGALRM for timeouts
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_settings.connectTimeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_SERVER_RESPONSE_TIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L); // feeds debugCallback only; nothing is printed
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, debugCallback);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &m_transcript);
    curl_easy_setopt(c, CURLOPT_WRITEFUNCTION, discard);

    // TLS: required for STARTTLS and SMTPS; the peer's certificate and host name are always checked.
    curl_easy_setopt(c, CURLOPT_USE_SSL,
                     long(m_settings.security == SmtpSettings::Security::None ? CURLUSESSL_NONE : CURLUSESSL_ALL));
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    if (!m_settings.caFile.isEmpty()) {
        // An extra certificate is trusted on top of the system's: CURLOPT_CAINFO names it, and the system's
        // certificate folder stays in use through CURLOPT_CAPATH (libcurl's built-in default, set again explicitly).
        const QByteArray ca = QFile::encodeName(m_settings.caFile);
        curl_easy_setopt(c, CURLOPT_CAINFO, ca.constData());
        const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
        if (info && info->capath)
            curl_easy_setopt(c, CURLOPT_CAPATH, info->capath);
    }

    if (!m_settings.user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, m_settings.user.toUtf8().constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, m_settings.password.toUtf8().constData());
        const QByteArray login = m_settings.authMethod.isEmpty() ? QByteArray("AUTH=*")
                                                                 : "AUTH=" + m_settings.authMethod.toLatin1();
        curl_easy_setopt(c, CURLOPT_LOGIN_OPTIONS, login.constData());
    }
    return {};
}

QString SmtpClient::describeFailure(int code, const QString &action) const
{
    const QString server = QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port);
    const QString detail = QString::fromUtf8(m_errorBuffer[0] ? m_errorBuffer : curl_easy_strerror(CURLcode(code))).trimmed();
    const QString reply = QString::fromUtf8(m_transcript.lastReply());
    const QString refusal = QString::fromUtf8(m_transcript.lastErrorReply()); // what the server said no to, if anything
    QString what;
    bool keepDetail = true;
    switch (CURLcode(code)) {
    case CURLE_COULDNT_RESOLVE_HOST:
        what = QStringLiteral("serveur SMTP introuvable : « %1 » (nom mal écrit ou pas de réseau)").arg(m_settings.host);
        break;
    case CURLE_COULDNT_CONNECT:
        what = QStringLiteral("connexion impossible au serveur SMTP %1 (serveur arrêté, port fermé ou pare-feu)").arg(server);
        break;
    case CURLE_OPERATION_TIMEDOUT:
        what = QStringLiteral("le serveur SMTP %1 ne répond pas (délai dépassé)").arg(server);
        break;
    case CURLE_PEER_FAILED_VERIFICATION:
        what = QStringLiteral("le certificat du serveur SMTP %1 n'est pas reconnu : la connexion a été refusée par sécurité."
                              " Si c'est bien votre serveur, ajoutez son certificat dans les réglages (smtp.ca_file)")
                   .arg(server);
        break;
    case CURLE_SSL_CONNECT_ERROR:
        what = QStringLiteral("la connexion chiffrée (TLS) avec %1 a échoué ; vérifiez le port et le type de sécurité"
                              " (STARTTLS sur 587, TLS sur 465)").arg(server);
        break;
    case CURLE_USE_SSL_FAILED:
        what = QStringLiteral("le serveur %1 ne propose pas STARTTLS : l'envoi chiffré est impossible sur ce port"
                              " (essayez TLS sur le port 465)").arg(server);
        break;
    case CURLE_SSL_CACERT_BADFILE:
        what = QStringLiteral("le certificat ajouté ne peut pas être lu : %1").arg(m_settings.caFile);
        break;
    case CURLE_LOGIN_DENIED:
        what = QStringLiteral("identifiant ou mot de passe SMTP refusé par %1").arg(server);
        break;
    case CURLE_AUTH_ERROR:
        what = QStringLiteral("aucune méthode d'authentification commune avec %1%2")
                   .arg(server, m_settings.authMethod.isEmpty() ? QString() : QStringLiteral(" (demandée : %1)").arg(m_settings.authMethod));
        break;
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        if (!refusal.isEmpty() && detail.startsWith(QStringLiteral("RCPT failed"))) {
            // libcurl stops at the first recipient refused; the server's reply names it most of the time.
            static const QRegularExpression inBrackets(QStringLiteral("<([^<>@\\s]+@[^<>\\s]+)>"));
            const QRegularExpressionMatch named = inBrackets.match(refusal);
            QString address;
            if (named.hasMatch())
                address = named.captured(1);
            else if (m_recipients.size() == 1)
                address = m_recipients.first();
            what = address.isEmpty()
                ? QStringLiteral("le serveur SMTP %1 a refusé l'une des adresses de destinataire (%2)")
                      .arg(server, m_recipients.join(QStringLiteral(", ")))
                : QStringLiteral("le serveur SMTP %1 a refusé l'adresse de destinataire « %2 »").arg(server, address);
            keepDetail = false; // "RCPT failed: 550" says nothing the server's reply does not
        } else if (!refusal.isEmpty() && detail.startsWith(QStringLiteral("MAIL failed"))) {
            what = QStringLiteral("le serveur SMTP %1 a refusé l'adresse d'expédition « %2 »").arg(server, m_sender);
            keepDetail = false;
        } else if (!refusal.isEmpty()) {
            what = QStringLiteral("le serveur SMTP %1 a refusé le message").arg(server);
        } else {
            what = QStringLiteral("la connexion avec le serveur SMTP %1 a été coupée").arg(server);
        }
        break;
    case CURLE_WEIRD_SERVER_REPLY:
        what = QStringLiteral("réponse inattendue du serveur SMTP %1").arg(server);
        break;
    case CURLE_OUT_OF_MEMORY:
        what = QStringLiteral("mémoire insuffisante");
        break;
    default:
        what = QStringLiteral("échec avec le serveur SMTP %1").arg(server);
        break;
    }
    QString message = action + QStringLiteral(" : ") + what;
    if (!refusal.isEmpty())
        message += QStringLiteral(" — réponse du serveur : « %1 »").arg(refusal);
    else if (!reply.isEmpty() && (reply.startsWith(u'4') || reply.startsWith(u'5')))
        message += QStringLiteral(" — réponse du serveur : « %1 »").arg(reply);
    if (keepDetail && !detail.isEmpty())
        message += QStringLiteral(" (détail : %1)").arg(detail);
    return message;
}

Result<SmtpReceipt> SmtpClient::send(MailMessage m)
{
    using R = Result<SmtpReceipt>;
    if (m.from.isEmpty())
        m.from = m_settings.from;
    if (m.replyTo.isEmpty() && !m_settings.replyTo.isEmpty())
        m.replyTo.address = m_settings.replyTo;
    if (auto s = m_settings.validate(); !s)
        return R::failure(s.error());
    if (auto s = Mime::prepare(m); !s)
        return R::failure(s.error());
    CURL *c = handle();
    if (!c)
        return R::failure(QStringLiteral("libcurl n'a pas pu démarrer"));

    QString ehlo = m_settings.from.address.mid(m_settings.from.address.lastIndexOf(u'@') + 1);
    const QByteArray url = (m_settings.url() + u'/' + ehlo).toUtf8();
    if (auto s = configure(url); !s)
        return R::failure(s.error());

    // Envelope.
    const QByteArray mailFrom = '<' + m.from.address.toLatin1() + '>';
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    QList<QByteArray> rcpt;
    m_sender = m.from.address;
    m_recipients.clear();
    for (const MailAddress &a : m.recipients()) {
        rcpt << '<' + a.address.toLatin1() + '>';
        m_recipients << a.address;
    }
    const Slist recipients = toSlist(rcpt);
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, recipients.get());

    // Top-level headers: for SMTP, libcurl writes CURLOPT_HTTPHEADER as the message's own headers.
    const Slist headers = toSlist(Mime::messageHeaders(m));
    curl_easy_setopt(c, CURLOPT_HTTPHEADER, headers.get());

    // multipart/mixed ⊃ [multipart/alternative ⊃ text/plain, text/html], attachments.
    MimeHandle mime(curl_mime_init(c));
    curl_mimepart *body = curl_mime_addpart(mime.get());
    auto textPart = [](curl_mimepart *part, const QString &text, const char *type) {
        const QByteArray bytes = crlf(text); // curl's quoted-printable encoder takes CRLF as the line end
        curl_mime_data(part, bytes.constData(), size_t(bytes.size()));
        curl_mime_type(part, type);
        curl_mime_encoder(part, "quoted-printable");
    };
    if (m.html.isEmpty()) {
        textPart(body, m.text, "text/plain; charset=UTF-8");
    } else {
        curl_mime *alternative = curl_mime_init(c);
        textPart(curl_mime_addpart(alternative), m.text, "text/plain; charset=UTF-8");
        textPart(curl_mime_addpart(alternative), m.html, "text/html; charset=UTF-8");
        curl_mime_subparts(body, alternative); // the part owns it from here
        curl_mime_type(body, "multipart/alternative");
    }
    for (const MailAttachment &a : std::as_const(m.attachments)) {
        curl_mimepart *part = curl_mime_addpart(mime.get());
        curl_mime_data(part, a.data.constData(), size_t(a.data.size()));
        curl_mime_type(part, Mime::attachmentContentType(a).constData());
        curl_mime_encoder(part, "base64");
        // Our own Content-Disposition (RFC 2231 file name for accents); libcurl then adds none.
        Slist disposition = toSlist({"Content-Disposition: " + Mime::attachmentDisposition(a.fileName)});
        curl_mime_headers(part, disposition.release(), 1);
    }
    curl_easy_setopt(c, CURLOPT_MIMEPOST, mime.get());

    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        return R::failure(describeFailure(rc, QStringLiteral("envoi à %1").arg(m.to.isEmpty() ? QString() : m.to.first().address)));
    SmtpReceipt receipt;
    receipt.messageId = m.messageId;
    receipt.mime = unstuff(m_transcript.dataOut);
    receipt.serverReply = QString::fromUtf8(m_transcript.lastReply());
    return receipt;
}

Status SmtpClient::testConnection()
{
    if (auto s = m_settings.validate(); !s)
        return s;
    CURL *c = handle();
    if (!c)
        return Status::failure(QStringLiteral("libcurl n'a pas pu démarrer"));
    if (auto s = configure(m_settings.url().toUtf8()); !s)
        return s;
    m_sender.clear();
    m_recipients.clear();
    curl_easy_setopt(c, CURLOPT_CUSTOMREQUEST, "NOOP");
    const CURLcode rc = curl_easy_perform(c);
    if (rc != CURLE_OK)
        return Status::failure(describeFailure(rc, QStringLiteral("test de %1").arg(m_settings.host)));
    return {};
}
