#pragma once
// LocalSmtpServer: the test fixture's launcher for a real SMTP server on 127.0.0.1: `/usr/bin/python3 -m aiosmtpd`
// with the MailSink handler next to this file (mailsink.py), which writes every message it receives to a folder.
// Also makes a throw-away self-signed certificate with openssl for the STARTTLS and SMTPS sessions.
// Header-only: included by the mail tests (tests/tst_mail*.cpp, tests/tst_cli_export.cpp).

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThread>

class LocalSmtpServer final
{
public:
    enum class Tls { None, StartTls, Implicit };

    struct Options
    {
        Tls tls = Tls::None;
        QString certFile;
        QString keyFile;
        QString user;     // with a password: AUTH PLAIN and LOGIN (after STARTTLS) check them
        QString password;
    };

    LocalSmtpServer() = default;
    ~LocalSmtpServer() { stop(); }
    LocalSmtpServer(const LocalSmtpServer &) = delete;
    LocalSmtpServer &operator=(const LocalSmtpServer &) = delete;

    // A self-signed certificate (EC P-256, valid two days) in `dir`, for 127.0.0.1 and localhost by default.
    static bool makeCertificate(const QString &dir, QString *cert, QString *key, QString *error,
                                const QString &names = QStringLiteral("IP:127.0.0.1,DNS:localhost"),
                                const QString &prefix = QStringLiteral("server"))
    {
        *cert = dir + u'/' + prefix + QStringLiteral("-cert.pem");
        *key = dir + u'/' + prefix + QStringLiteral("-key.pem");
        const CommandResult r = TestSupport::run(
            QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-keyout"), *key, QStringLiteral("-out"), *cert, QStringLiteral("-days"), QStringLiteral("2"),
             QStringLiteral("-subj"), QStringLiteral("/CN=Encaisse test SMTP"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=") + names});
        if (r.exitCode != 0 && error)
            *error = QString::fromUtf8(r.err);
        return r.exitCode == 0;
    }

    bool start(const Options &options, QString *error)
    {
        stop();
        m_out = std::make_unique<QTemporaryDir>();
        m_port = freePort();
        QStringList args = {QStringLiteral("-m"), QStringLiteral("aiosmtpd"), QStringLiteral("-n"), QStringLiteral("-l"),
                            QStringLiteral("127.0.0.1:%1").arg(m_port)};
        if (options.tls == Tls::StartTls)
            args << QStringLiteral("--tlscert") << options.certFile << QStringLiteral("--tlskey") << options.keyFile;
        if (options.tls == Tls::Implicit)
            args << QStringLiteral("--smtpscert") << options.certFile << QStringLiteral("--smtpskey") << options.keyFile;
        args << QStringLiteral("-c") << QStringLiteral("mailsink.MailSink") << m_out->path();
        if (!options.user.isEmpty())
            args << options.user << options.password;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PYTHONPATH"), QStringLiteral(ENCAISSE_TEST_DATA_DIR "/mail"));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_process.start(QStringLiteral("/usr/bin/python3"), args);
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("aiosmtpd ne démarre pas");
            return false;
        }
        // Ready once the port accepts connections.
        for (int i = 0; i < 200; ++i) {
            QTcpSocket probe;
            probe.connectToHost(QStringLiteral("127.0.0.1"), quint16(m_port));
            if (probe.waitForConnected(100)) {
                probe.abort();
                return true;
            }
            if (m_process.state() != QProcess::Running) {
                *error = QStringLiteral("aiosmtpd s'est arrêté (code %1)").arg(m_process.exitCode());
                return false;
            }
            QThread::msleep(50);
        }
        *error = QStringLiteral("aiosmtpd n'écoute pas sur le port %1").arg(m_port);
        return false;
    }

    void stop()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }

    int port() const { return m_port; }
    QString outDir() const { return m_out ? m_out->path() : QString(); }

    // From now on RCPT TO one of `addresses` is refused with 550 (`reply` when given, else one naming the address);
    // an empty list accepts everyone again.
    void refuse(const QStringList &addresses, const QString &reply = {}) const
    {
        QStringList lines;
        for (const QString &address : addresses)
            lines << (reply.isEmpty() ? address : address + u'\t' + reply);
        writeRule(QStringLiteral("refused.txt"), lines.join(u'\n').toUtf8());
    }
    // From now on each DATA waits this long before the server answers.
    void setDelay(double seconds) const { writeRule(QStringLiteral("delay.txt"), QByteArray::number(seconds)); }

    // Waits until `count` messages arrived (the handler writes NNN.eml by rename, so a file seen is complete).
    bool waitForMessages(int count, int timeoutMs = 10000) const
    {
        for (int waited = 0; waited <= timeoutMs; waited += 50) {
            if (messageCount() >= count)
                return true;
            QThread::msleep(50);
        }
        return false;
    }
    int messageCount() const
    {
        return int(QDir(outDir()).entryList({QStringLiteral("*.eml")}, QDir::Files).size());
    }
    // 1-based, in arrival order.
    QString messagePath(int n) const { return outDir() + QStringLiteral("/%1.eml").arg(n, 3, 10, QLatin1Char('0')); }
    QByteArray message(int n) const
    {
        QFile f(messagePath(n));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    QJsonObject envelope(int n) const
    {
        QFile f(outDir() + QStringLiteral("/%1.json").arg(n, 3, 10, QLatin1Char('0')));
        return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
    }
    QString authLog() const
    {
        QFile f(outDir() + QStringLiteral("/auth.log"));
        return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
    }

    // A port nobody listens on right now.
    static int freePort()
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        const int port = s.serverPort();
        s.close();
        return port;
    }

private:
    void writeRule(const QString &name, const QByteArray &content) const
    {
        QFile f(outDir() + u'/' + name);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(content);
    }

    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_out;
    int m_port = 0;
};

// Reads a received or saved message with Python's own e-mail parser (policy.default: RFC 2047 and 2231 decoded) and
// describes it as JSON: headers, and each MIME part with its type, charset, file name, transfer encoding, decoded
// text or SHA-256 of its bytes.
inline QJsonObject parseMimeWithPython(const QString &path)
{
    static const char *script = R"PY(
import email, hashlib, json, sys
from email import policy
raw = open(sys.argv[1], "rb").read()
msg = email.message_from_bytes(raw, policy=policy.default)
out = {h: (str(msg[h]) if msg[h] is not None else None) for h in
       ["subject", "from", "to", "cc", "reply-to", "date", "message-id", "mime-version", "x-unsent"]}
out["header_block"] = raw.split(b"\r\n\r\n")[0].decode("ascii", "replace")
out["content_type"] = msg.get_content_type()
parts = []
for part in msg.walk():
    p = {"type": part.get_content_type()}
    if not part.is_multipart():
        p["charset"] = part.get_content_charset()
        p["filename"] = part.get_filename()
        p["disposition"] = part.get_content_disposition()
        p["cte"] = part.get("content-transfer-encoding")
        if part.get_content_maintype() == "text":
            p["text"] = part.get_content()
        else:
            data = part.get_payload(decode=True)
            p["size"] = len(data)
            p["sha256"] = hashlib.sha256(data).hexdigest()
    parts.append(p)
out["parts"] = parts
out["defects"] = [str(d) for part in msg.walk() for d in part.defects]
out["ascii_only"] = all(b < 128 for b in raw)
out["max_line"] = max(len(l) for l in raw.split(b"\r\n"))
print(json.dumps(out))
)PY";
    const CommandResult r = TestSupport::run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromUtf8(script), path});
    if (r.exitCode != 0)
        qWarning("email parser: %s", r.err.constData());
    return QJsonDocument::fromJson(r.out).object();
}
