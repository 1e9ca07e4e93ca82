#pragma once
// Helpers shared by the tests: a private temporary folder and a way to run the real `encaisse` binary.

#include "TestConfig.h"

#include <QString>
#include <QStringList>
#include <QTemporaryDir>

struct CommandResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

namespace TestSupport {
// Runs the built `encaisse` executable with `args` (and optional standard input); waits up to `timeoutMs`.
CommandResult runEncaisse(const QStringList &args, int timeoutMs = 120000);
// Runs any program (pdftotext, /usr/bin/python3...).
CommandResult run(const QString &program, const QStringList &args, int timeoutMs = 120000);
// Silences Qt's XDG_RUNTIME_DIR warning with a private 0700 folder.
void prepareEnvironment();
}
