#pragma once
// CliSupport: small helpers the headless commands share (option parsing, JSON output, text tables).

#include "CommandLine.h"

#include <QDate>
#include <QJsonDocument>
#include <optional>

namespace CliSupport {
// Reads a date option (AAAA-MM-JJ); prints a one-line error and returns nullopt when malformed.
// An absent option yields `fallback`.
std::optional<QDate> dateOption(const ParsedCommandLine &cl, const QString &option, QDate fallback, QTextStream &err);
// Reads a positive integer option within [min, max].
std::optional<int> intOption(const ParsedCommandLine &cl, const QString &option, int fallback, int min, int max,
                             QTextStream &err);
void printJson(QTextStream &out, const QJsonDocument &doc);
// Left-aligned columns separated by two spaces; numeric columns (by index) right-aligned.
void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows,
                const QList<int> &rightAligned = {});
int fail(QTextStream &err, const QString &message, int code = 1);
}
