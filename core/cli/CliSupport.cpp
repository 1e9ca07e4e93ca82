#include "CliSupport.h"

namespace CliSupport {

int fail(QTextStream &err, const QString &message, int code)
{
    err << "encaisse: " << message << '\n';
    return code;
}

std::optional<QDate> dateOption(const ParsedCommandLine &cl, const QString &option, QDate fallback, QTextStream &err)
{
    if (!cl.has(option))
        return fallback;
    const QDate d = QDate::fromString(cl.value(option), Qt::ISODate);
    if (!d.isValid()) {
        fail(err, QStringLiteral("%1 attend une date AAAA-MM-JJ, pas « %2 »").arg(option, cl.value(option)));
        return std::nullopt;
    }
    return d;
}

std::optional<int> intOption(const ParsedCommandLine &cl, const QString &option, int fallback, int min, int max,
                             QTextStream &err)
{
    if (!cl.has(option))
        return fallback;
    bool ok = false;
    const int v = cl.value(option).toInt(&ok);
    if (!ok || v < min || v > max) {
        fail(err, QStringLiteral("%1 attend un nombre entre %2 et %3, pas « %4 »").arg(option).arg(min).arg(max).arg(cl.value(option)));
        return std::nullopt;
    }
    return v;
}

void printJson(QTextStream &out, const QJsonDocument &doc)
{
    out << QString::fromUtf8(doc.toJson(QJsonDocument::Indented));
}

void printTable(QTextStream &out, const QStringList &headers, const QList<QStringList> &rows, const QList<int> &rightAligned)
{
    QList<qsizetype> widths(headers.size(), 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        widths[c] = headers.at(c).size();
    for (const QStringList &r : rows)
        for (qsizetype c = 0; c < r.size() && c < widths.size(); ++c)
            widths[c] = std::max(widths[c], r.at(c).size());
    auto line = [&](const QStringList &cells) {
        QString s;
        for (qsizetype c = 0; c < cells.size() && c < widths.size(); ++c) {
            if (c)
                s += QStringLiteral("  ");
            const bool right = rightAligned.contains(int(c));
            s += right ? cells.at(c).rightJustified(widths[c]) : cells.at(c).leftJustified(widths[c]);
        }
        out << s.trimmed() << '\n';
    };
    line(headers);
    for (const QStringList &r : rows)
        line(r);
}

} // namespace CliSupport
