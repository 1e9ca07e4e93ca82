#include "SmtpPassword.h"

#include <QEventLoop>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace SmtpPassword {

namespace {

QString frenchKeychainError(QKeychain::Error error, const QString &detail)
{
    switch (error) {
    case QKeychain::EntryNotFound:
        return QStringLiteral("aucun mot de passe SMTP enregistré dans le trousseau pour ce compte");
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return QStringLiteral("accès au trousseau refusé (%1)").arg(detail);
    case QKeychain::NoBackendAvailable:
        return QStringLiteral("aucun trousseau système disponible (%1) ; en mode sans interface, utilisez la variable "
                              "d'environnement %2").arg(detail, QLatin1StringView(EnvironmentVariable));
    default:
        break;
    }
    return QStringLiteral("trousseau système : %1").arg(detail);
}

// Runs a keychain job to completion on a local event loop.
bool runJob(QKeychain::Job &job, int timeoutMs)
{
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!finished)
        loop.exec();
    return finished;
}

} // namespace

Result<QString> read(const QString &account, int timeoutMs)
{
    using R = Result<QString>;
    if (qEnvironmentVariableIsSet(EnvironmentVariable))
        return qEnvironmentVariable(EnvironmentVariable);
    if (account.isEmpty())
        return R::failure(QStringLiteral("identifiant SMTP non renseigné (réglage smtp.user)"));
    QKeychain::ReadPasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(account);
    if (!runJob(job, timeoutMs))
        return R::failure(QStringLiteral("le trousseau système ne répond pas ; en mode sans interface, utilisez la variable "
                                         "d'environnement %1").arg(QLatin1StringView(EnvironmentVariable)));
    if (job.error() != QKeychain::NoError)
        return R::failure(frenchKeychainError(job.error(), job.errorString()));
    return job.textData();
}

Status store(const QString &account, const QString &password, int timeoutMs)
{
    if (account.isEmpty())
        return Status::failure(QStringLiteral("identifiant SMTP non renseigné : le mot de passe est rangé sous ce nom"));
    QKeychain::WritePasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(account);
    job.setTextData(password);
    if (!runJob(job, timeoutMs))
        return Status::failure(QStringLiteral("le trousseau système ne répond pas"));
    if (job.error() != QKeychain::NoError)
        return Status::failure(frenchKeychainError(job.error(), job.errorString()));
    return {};
}

Status remove(const QString &account, int timeoutMs)
{
    QKeychain::DeletePasswordJob job(KeychainService);
    job.setAutoDelete(false);
    job.setKey(account);
    if (!runJob(job, timeoutMs))
        return Status::failure(QStringLiteral("le trousseau système ne répond pas"));
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(frenchKeychainError(job.error(), job.errorString()));
    return {};
}

void readAsync(const QString &account, QObject *context, std::function<void(Result<QString>)> done)
{
    if (qEnvironmentVariableIsSet(EnvironmentVariable)) {
        QTimer::singleShot(0, context, [done, pw = qEnvironmentVariable(EnvironmentVariable)] { done(pw); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(KeychainService);
    job->setAutoDelete(true);
    job->setKey(account);
    QObject::connect(job, &QKeychain::Job::finished, context, [done](QKeychain::Job *j) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(j);
        if (read->error() != QKeychain::NoError)
            done(Result<QString>::failure(frenchKeychainError(read->error(), read->errorString())));
        else
            done(read->textData());
    });
    job->start();
}

} // namespace SmtpPassword
