#include "SmtpSettings.h"

#include "SettingsRepository.h"

#include <QFileInfo>

QString SmtpSettings::key(const char *name) { return QStringLiteral("smtp.") + QLatin1StringView(name); }

QString SmtpSettings::url() const
{
    const QString scheme = security == Security::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    // IPv6 literals need brackets in a URL.
    const QString h = host.contains(u':') && !host.startsWith(u'[') ? u'[' + host + u']' : host;
    return QStringLiteral("%1://%2:%3").arg(scheme, h).arg(port);
}

bool SmtpSettings::isLocalHost() const
{
    const QString h = host.toLower();
    return h == u"localhost" || h == u"127.0.0.1" || h == u"::1" || h == u"[::1]";
}

Status SmtpSettings::validate() const
{
    if (host.trimmed().isEmpty())
        return Status::failure(QStringLiteral("serveur SMTP non renseigné (réglage smtp.host)"));
    if (port < 1 || port > 65535)
        return Status::failure(QStringLiteral("port SMTP invalide : %1 (réglage smtp.port)").arg(port));
    if (!from.isValid())
        return Status::failure(QStringLiteral("adresse d'expédition invalide ou absente : « %1 » (réglage smtp.from)").arg(from.address));
    if (!replyTo.isEmpty() && !MailAddress{{}, replyTo}.isValid())
        return Status::failure(QStringLiteral("adresse de réponse invalide : « %1 » (réglage smtp.reply_to)").arg(replyTo));
    if (security == Security::None) {
        if (!isLocalHost())
            return Status::failure(QStringLiteral("sans chiffrement, seul un relais sur cet ordinateur (localhost) est accepté :"
                                                  " choisissez STARTTLS ou TLS pour %1").arg(host));
        if (!user.isEmpty())
            return Status::failure(QStringLiteral("un mot de passe ne part jamais sans chiffrement : choisissez STARTTLS ou TLS"));
    }
    if (!authMethod.isEmpty() && authMethod != u"PLAIN" && authMethod != u"LOGIN")
        return Status::failure(QStringLiteral("méthode d'authentification inconnue : « %1 » (PLAIN ou LOGIN)").arg(authMethod));
    if (!caFile.isEmpty() && !QFileInfo(caFile).isReadable())
        return Status::failure(QStringLiteral("certificat ajouté illisible : %1 (réglage smtp.ca_file)").arg(caFile));
    if (connectTimeoutSeconds < 1 || timeoutSeconds < 1)
        return Status::failure(QStringLiteral("délais d'attente SMTP invalides"));
    return {};
}

QString SmtpSettings::securityKey(Security s)
{
    switch (s) {
    case Security::StartTls: return QStringLiteral("starttls");
    case Security::Tls: return QStringLiteral("tls");
    case Security::None: return QStringLiteral("none");
    }
    return {};
}

std::optional<SmtpSettings::Security> SmtpSettings::securityFromKey(QStringView key)
{
    if (key == u"starttls")
        return Security::StartTls;
    if (key == u"tls" || key == u"smtps" || key == u"ssl")
        return Security::Tls;
    if (key == u"none")
        return Security::None;
    return std::nullopt;
}

SmtpSettings SmtpSettings::load(SettingsRepository &settings)
{
    SmtpSettings s;
    s.host = settings.value(key("host"));
    s.security = securityFromKey(settings.value(key("security"))).value_or(Security::StartTls);
    s.port = settings.intValue(key("port"), s.security == Security::Tls ? 465 : 587);
    s.user = settings.value(key("user"));
    s.authMethod = settings.value(key("auth")).toUpper();
    s.from.address = settings.value(key("from"));
    s.from.name = settings.value(key("from_name"));
    s.replyTo = settings.value(key("reply_to"));
    s.caFile = settings.value(key("ca_file"));
    s.connectTimeoutSeconds = settings.intValue(key("connect_timeout"), s.connectTimeoutSeconds);
    s.timeoutSeconds = settings.intValue(key("timeout"), s.timeoutSeconds);
    return s;
}

Status SmtpSettings::save(SettingsRepository &settings) const
{
    const QList<std::pair<const char *, QString>> values = {
        {"host", host}, {"port", QString::number(port)}, {"security", securityKey(security)}, {"user", user},
        {"auth", authMethod}, {"from", from.address}, {"from_name", from.name}, {"reply_to", replyTo},
        {"ca_file", caFile}, {"connect_timeout", QString::number(connectTimeoutSeconds)},
        {"timeout", QString::number(timeoutSeconds)}};
    for (const auto &[name, value] : values)
        if (auto s = settings.setValue(key(name), value.isNull() ? QStringLiteral("") : value); !s) // "" not NULL
            return s;
    return {};
}
