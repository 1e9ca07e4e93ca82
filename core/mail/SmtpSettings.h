#pragma once
// SmtpSettings: the outgoing mail account. Host, port, security, user, sender and an extra trusted certificate are
// kept in the settings table; the password never is (SmtpPassword: system keychain, or ENCAISSE_SMTP_PASSWORD).

#include "MailMessage.h"
#include "Result.h"

#include <QString>
#include <optional>

class SettingsRepository;

struct SmtpSettings
{
    enum class Security {
        StartTls, // smtp:// then STARTTLS, required (CURLUSESSL_ALL); port 587
        Tls,      // smtps:// (implicit TLS); port 465
        None,     // no encryption: only to a relay on this computer (localhost), and never with a password
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;            // login; also the keychain key of the password
    QString password;        // filled at run time only, never saved
    QString authMethod;      // "" (let the server and curl choose), "PLAIN" or "LOGIN"
    MailAddress from;        // the sender shown to customers
    QString replyTo;
    QString caFile;          // an extra certificate (PEM) to trust, e.g. the company's own server's; never replaces verification
    int connectTimeoutSeconds = 20;
    int timeoutSeconds = 120; // whole message, including attachments

    // The libcurl URL: smtps://host:port or smtp://host:port.
    QString url() const;
    bool isLocalHost() const;
    // Checks what sending needs (host, port, sender, security rules); French message naming the setting at fault.
    Status validate() const;

    static QString securityKey(Security s);   // "starttls", "tls", "none"
    static std::optional<Security> securityFromKey(QStringView key);

    static SmtpSettings load(SettingsRepository &settings);
    Status save(SettingsRepository &settings) const; // everything but the password

    // Settings keys ("smtp.host", …).
    static QString key(const char *name);
};
