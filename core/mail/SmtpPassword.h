#pragma once
// SmtpPassword: the SMTP password lives in the system keychain (QtKeychain: Secret Service / KWallet on Linux,
// Keychain on macOS, Credential Manager on Windows), service "Encaisse", key = the SMTP login. Never in the database
// nor in a settings file.
//
// Headless use where no keychain service runs (CI, a server): the environment variable ENCAISSE_SMTP_PASSWORD, when
// set, is used instead and the keychain is not asked. Prefer the keychain on a desktop: the environment of a
// process can be read by other processes of the same user.

#include "Result.h"

#include <QObject>
#include <QString>
#include <functional>

namespace SmtpPassword {
inline constexpr char EnvironmentVariable[] = "ENCAISSE_SMTP_PASSWORD";
inline const QString KeychainService = QStringLiteral("Encaisse");

// Blocking read (runs a local event loop while the keychain answers, at most `timeoutMs`): for the command line.
Result<QString> read(const QString &account, int timeoutMs = 15000);
Status store(const QString &account, const QString &password, int timeoutMs = 15000);
Status remove(const QString &account, int timeoutMs = 15000);

// Non-blocking read for the GUI: `done` is called in `context`'s thread once the keychain answered.
void readAsync(const QString &account, QObject *context, std::function<void(Result<QString>)> done);
}
