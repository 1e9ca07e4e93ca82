#pragma once
// LetterLevel: the kinds of letter on paper, their keys (store, templates, command line) and French names.

#include <QString>
#include <QStringList>

namespace LetterLevel {
inline const QString Preventive = QStringLiteral("preventive");
inline const QString Level1 = QStringLiteral("level1");
inline const QString Level2 = QStringLiteral("level2");
inline const QString Level3 = QStringLiteral("level3");
inline const QString FormalNotice = QStringLiteral("formal_notice");
inline const QString Statement = QStringLiteral("statement");
inline const QString Acknowledgement = QStringLiteral("acknowledgement");

// Every level, in escalation order, then the statement and the acknowledgement form.
const QStringList &all();
bool isValid(const QString &level);
// The scenario steps a letter can carry out (the statement and the acknowledgement are not steps).
bool isScenarioStep(const QString &level);
// "formal-notice" on the command line, "formal_notice" in the store: both are accepted.
QString fromCommandLine(const QString &text);
QString toCommandLine(const QString &level);
// "Mise en demeure", "Relance 2", "Relevé de compte"...
QString french(const QString &level);
// "mise-en-demeure": for file names.
QString slug(const QString &level);
// The template a level uses ("letter_formal_notice").
QString templateKey(const QString &level);
// The channel a letter at this level goes by when no planned action says otherwise: registered from the last
// reminder before the mise en demeure on (DOMAIN.md §5), ordinary mail before.
QString defaultChannel(const QString &level);
}
