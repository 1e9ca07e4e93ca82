// Mail commands: send-emails (the day's reminder e-mails, headless, with the SMTP account of the settings) and
// mail-settings (that account; the password goes to the system keychain). Registered by Commands::exports().

#include "CliSupport.h"
#include "Clock.h"
#include "CompanyRepository.h"
#include "EmailQueue.h"
#include "EmlWriter.h"
#include "Scenario.h"
#include "SettingsRepository.h"
#include "SmtpClient.h"
#include "SmtpPassword.h"
#include "SmtpSettings.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

#include <cstdio>

namespace Commands::detail {
QList<CommandSpec> mail();
}

namespace {

QString frDate(const QDate &d) { return d.toString(QStringLiteral("dd/MM/yyyy")); }

QJsonObject itemJson(const QueuedEmail &item, bool withBodies)
{
    QJsonObject o;
    o.insert(QStringLiteral("action_id"), item.action.id);
    o.insert(QStringLiteral("customer"), item.customerCode);
    o.insert(QStringLiteral("customer_name"), item.customerName);
    o.insert(QStringLiteral("step"), item.action.step);
    QJsonArray to;
    for (const MailAddress &a : item.message.to)
        to.append(a.address);
    o.insert(QStringLiteral("to"), to);
    o.insert(QStringLiteral("subject"), item.message.subject);
    QJsonArray attachments;
    for (const MailAttachment &a : item.message.attachments)
        attachments.append(QJsonObject{{QStringLiteral("name"), a.fileName}, {QStringLiteral("bytes"), a.data.size()}});
    o.insert(QStringLiteral("attachments"), attachments);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(item.warnings));
    o.insert(QStringLiteral("state"), QueuedEmail::stateKey(item.state));
    if (!item.messageId.isEmpty())
        o.insert(QStringLiteral("message_id"), item.messageId);
    if (!item.error.isEmpty())
        o.insert(QStringLiteral("error"), item.error);
    if (withBodies) {
        o.insert(QStringLiteral("text"), item.message.text);
        o.insert(QStringLiteral("html"), item.message.html);
    }
    return o;
}

QString emlFileName(const QDate &day, const QueuedEmail &item)
{
    QString name = QStringLiteral("%1_%2_%3.eml").arg(day.toString(Qt::ISODate), item.customerCode, item.action.step);
    static const QString forbidden = QStringLiteral("/\\:*?\"<>|");
    for (QChar &c : name)
        if (forbidden.contains(c))
            c = u'_';
    return name;
}

int sendEmailsCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    const QDate today = Clock::instance().today();
    const auto day = CliSupport::dateOption(cl, QStringLiteral("--date"), today, err);
    const auto retries = CliSupport::intOption(cl, QStringLiteral("--retries"), 0, 0, 10, err);
    if (!day || !retries)
        return 2;
    const bool json = cl.has(QStringLiteral("--json"));
    const QString emlDir = cl.value(QStringLiteral("--save-eml"));
    const bool send = !cl.has(QStringLiteral("--dry-run")) && emlDir.isEmpty();

    SettingsRepository settingsRepo(db);
    SmtpSettings settings = SmtpSettings::load(settingsRepo);
    if (!settings.from.isValid()) {
        // A preview or .eml files can do with the company's address; sending cannot.
        const Company company = CompanyRepository(db).load();
        if (send)
            return CliSupport::fail(err, QStringLiteral("adresse d'expédition non réglée : encaisse mail-settings --from ADRESSE"));
        settings.from = MailAddress{company.name, company.email};
    }
    if (send) {
        if (auto s = settings.validate(); !s)
            return CliSupport::fail(err, s.error() + QStringLiteral(" — voir encaisse mail-settings"));
        if (!settings.user.isEmpty()) {
            auto password = SmtpPassword::read(settings.user);
            if (!password)
                return CliSupport::fail(err, password.error());
            settings.password = *password;
        }
    }

    EmailQueue queue(db);
    auto items = queue.build(today, *day, settings.from);
    if (!items)
        return CliSupport::fail(err, items.error());
    QList<QueuedEmail> &queueItems = items.value();

    if (!emlDir.isEmpty()) {
        if (!QDir().mkpath(emlDir))
            return CliSupport::fail(err, QStringLiteral("dossier impossible à créer : %1").arg(emlDir));
        for (QueuedEmail &item : queueItems) {
            if (item.state == QueuedEmail::State::Skipped)
                continue;
            const QString path = QDir(emlDir).filePath(emlFileName(*day, item));
            if (auto s = EmlWriter::save(item.message, path); !s)
                return CliSupport::fail(err, s.error());
            if (!json)
                out << path << '\n';
        }
    }

    EmailBatchSummary summary;
    if (send) {
        SmtpClient client(settings);
        auto progress = [&](int done, int total, const QueuedEmail &item) {
            if (!json) {
                err << QStringLiteral("[%1/%2] %3 : ").arg(done).arg(total).arg(item.customerName)
                    << (item.state == QueuedEmail::State::Sent ? QStringLiteral("envoyé %1").arg(item.messageId)
                                                                : QStringLiteral("échec — %1").arg(item.error))
                    << '\n';
                err.flush();
            }
            return true;
        };
        summary = queue.sendPending(queueItems, client, progress);
        // Failed ones are tried again (a dropped connection, a busy server); each attempt is journalled.
        for (int attempt = 0; attempt < *retries && summary.failed > 0; ++attempt) {
            const EmailBatchSummary again = queue.sendPending(queueItems, client, progress);
            summary.sent += again.sent;
            summary.failed = again.failed;
        }
    } else {
        for (const QueuedEmail &item : std::as_const(queueItems))
            summary.skipped += item.state == QueuedEmail::State::Skipped ? 1 : 0;
    }

    if (json) {
        QJsonArray array;
        for (const QueuedEmail &item : std::as_const(queueItems))
            array.append(itemJson(item, !send));
        QJsonObject root;
        root.insert(QStringLiteral("date"), day->toString(Qt::ISODate));
        root.insert(QStringLiteral("dry_run"), !send);
        root.insert(QStringLiteral("emails"), array);
        root.insert(QStringLiteral("sent"), summary.sent);
        root.insert(QStringLiteral("failed"), summary.failed);
        root.insert(QStringLiteral("skipped"), summary.skipped);
        CliSupport::printJson(out, QJsonDocument(root));
        return summary.failed ? 1 : 0;
    }
    out << QStringLiteral("%1 e-mail%2 pour le %3%4\n")
               .arg(queueItems.size())
               .arg(queueItems.size() > 1 ? QStringLiteral("s") : QString())
               .arg(frDate(*day), send ? QString() : QStringLiteral(" (essai : rien n'est envoyé)"));
    for (const QueuedEmail &item : std::as_const(queueItems)) {
        out << QStringLiteral("  %1  %2  %3  « %4 »  %5 pièce%6 jointe%6")
                   .arg(item.customerCode, item.customerName,
                        item.message.to.isEmpty() ? QStringLiteral("(pas de destinataire)") : item.message.to.first().address,
                        item.message.subject)
                   .arg(item.message.attachments.size())
                   .arg(item.message.attachments.size() > 1 ? QStringLiteral("s") : QString());
        if (send)
            out << QStringLiteral("  [%1]").arg(item.state == QueuedEmail::State::Sent     ? QStringLiteral("envoyé")
                                                : item.state == QueuedEmail::State::Failed ? QStringLiteral("échec")
                                                                                           : QStringLiteral("ignoré"));
        out << '\n';
        for (const QString &w : item.warnings)
            out << QStringLiteral("      ! ") << w << '\n';
        if (item.state == QueuedEmail::State::Failed)
            out << QStringLiteral("      ✗ ") << item.error << '\n';
    }
    if (send)
        out << QStringLiteral("Envoyés : %1, échecs : %2, ignorés : %3\n").arg(summary.sent).arg(summary.failed).arg(summary.skipped);
    return summary.failed ? 1 : 0;
}

int mailSettingsCommand(Database &db, const ParsedCommandLine &cl, QTextStream &out, QTextStream &err)
{
    SettingsRepository repo(db);
    SmtpSettings s = SmtpSettings::load(repo);
    bool changed = false;
    auto text = [&](const char *option, QString &field) {
        const QString name = QStringLiteral("--") + QLatin1StringView(option);
        if (cl.has(name)) {
            field = cl.value(name).trimmed();
            changed = true;
        }
    };
    text("host", s.host);
    text("user", s.user);
    text("from", s.from.address);
    text("from-name", s.from.name);
    text("reply-to", s.replyTo);
    text("ca-file", s.caFile);
    if (cl.has(QStringLiteral("--security"))) {
        const auto security = SmtpSettings::securityFromKey(cl.value(QStringLiteral("--security")));
        if (!security)
            return CliSupport::fail(err, QStringLiteral("--security attend starttls, tls ou none, pas « %1 »").arg(cl.value(QStringLiteral("--security"))), 2);
        s.security = *security;
        if (!cl.has(QStringLiteral("--port")))
            s.port = s.security == SmtpSettings::Security::Tls ? 465 : (s.security == SmtpSettings::Security::None ? 25 : 587);
        changed = true;
    }
    if (cl.has(QStringLiteral("--port"))) {
        const auto port = CliSupport::intOption(cl, QStringLiteral("--port"), s.port, 1, 65535, err);
        if (!port)
            return 2;
        s.port = *port;
        changed = true;
    }
    if (cl.has(QStringLiteral("--auth"))) {
        const QString auth = cl.value(QStringLiteral("--auth")).toUpper();
        if (auth != u"AUTO" && auth != u"PLAIN" && auth != u"LOGIN")
            return CliSupport::fail(err, QStringLiteral("--auth attend auto, plain ou login"), 2);
        s.authMethod = auth == u"AUTO" ? QString() : auth;
        changed = true;
    }
    if (cl.has(QStringLiteral("--timeout"))) {
        const auto t = CliSupport::intOption(cl, QStringLiteral("--timeout"), s.timeoutSeconds, 5, 3600, err);
        if (!t)
            return 2;
        s.timeoutSeconds = *t;
        changed = true;
    }
    if (changed) {
        if (auto v = s.validate(); !v)
            return CliSupport::fail(err, v.error());
        if (auto v = s.save(repo); !v)
            return CliSupport::fail(err, v.error());
    }
    if (cl.has(QStringLiteral("--password-stdin"))) {
        // The password is read from the standard input, never from the command line (it would show in `ps`).
        QTextStream in(stdin);
        const QString password = in.readLine();
        if (password.isEmpty())
            return CliSupport::fail(err, QStringLiteral("mot de passe vide sur l'entrée standard"));
        if (auto v = SmtpPassword::store(s.user, password); !v)
            return CliSupport::fail(err, v.error());
        out << QStringLiteral("Mot de passe rangé dans le trousseau (service %1, compte %2)\n").arg(SmtpPassword::KeychainService, s.user);
    }
    if (cl.has(QStringLiteral("--forget-password"))) {
        if (auto v = SmtpPassword::remove(s.user); !v)
            return CliSupport::fail(err, v.error());
        out << QStringLiteral("Mot de passe retiré du trousseau\n");
    }
    out << QStringLiteral("Serveur : %1 (%2)\nIdentifiant : %3\nExpéditeur : %4%5\nCertificat ajouté : %6\n")
               .arg(s.host.isEmpty() ? QStringLiteral("(non réglé)") : QStringLiteral("%1:%2").arg(s.host).arg(s.port),
                    SmtpSettings::securityKey(s.security), s.user.isEmpty() ? QStringLiteral("(aucun)") : s.user,
                    s.from.name.isEmpty() ? s.from.address : QStringLiteral("%1 <%2>").arg(s.from.name, s.from.address),
                    s.replyTo.isEmpty() ? QString() : QStringLiteral(" (réponses à %1)").arg(s.replyTo),
                    s.caFile.isEmpty() ? QStringLiteral("(aucun)") : s.caFile);
    if (cl.has(QStringLiteral("--test"))) {
        if (!s.user.isEmpty()) {
            auto password = SmtpPassword::read(s.user);
            if (!password)
                return CliSupport::fail(err, password.error());
            s.password = *password;
        }
        if (auto v = SmtpClient(s).testConnection(); !v)
            return CliSupport::fail(err, v.error());
        out << QStringLiteral("Connexion réussie\n");
    }
    return 0;
}

} // namespace

QList<CommandSpec> Commands::detail::mail()
{
    return {
        {QStringLiteral("send-emails"),
         QStringLiteral("send-emails [--date D] [--dry-run] [--save-eml DOSSIER] [--retries N] [--json]   envoie les e-mails du jour"),
         {QStringLiteral("--date"), QStringLiteral("--save-eml"), QStringLiteral("--retries")},
         {QStringLiteral("--dry-run"), QStringLiteral("--json")}, false, sendEmailsCommand},
        {QStringLiteral("mail-settings"),
         QStringLiteral("mail-settings [--host H] [--port N] [--security starttls|tls|none] [--user U] [--from ADRESSE]"
                        " [--from-name NOM] [--reply-to ADRESSE] [--ca-file PEM] [--auth auto|plain|login] [--timeout S]"
                        " [--password-stdin] [--forget-password] [--test]   compte d'envoi"),
         {QStringLiteral("--host"), QStringLiteral("--port"), QStringLiteral("--security"), QStringLiteral("--user"),
          QStringLiteral("--from"), QStringLiteral("--from-name"), QStringLiteral("--reply-to"), QStringLiteral("--ca-file"),
          QStringLiteral("--auth"), QStringLiteral("--timeout")},
         {QStringLiteral("--password-stdin"), QStringLiteral("--forget-password"), QStringLiteral("--test")}, false,
         mailSettingsCommand},
    };
}
