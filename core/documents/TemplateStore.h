#pragma once
// TemplateStore: the letter templates: defaults shipped as resources (resources/letters), the user's own versions in
// the settings table ("template.<key>"); what a template editor with a live preview needs (list, load, save, reset).

#include "Database.h"
#include "LetterTemplate.h"
#include "Result.h"
#include "TemplateExpander.h"

#include <QList>
#include <QString>

struct TemplateInfo
{
    QString key;   // "letter_formal_notice"
    QString level; // LetterLevel key: "formal_notice"
    QString name;  // "Mise en demeure"
    bool customized = false;
};

class TemplateStore final
{
public:
    explicit TemplateStore(Database &db) : m_db(db) {}

    // Every letter template key, in escalation order.
    static QStringList keys();
    static bool isKnownKey(const QString &key);
    // The settings key holding the user's version: "template.letter_formal_notice".
    static QString settingsKey(const QString &key) { return QStringLiteral("template.") + key; }
    // The text shipped with the application (empty for an unknown key).
    static QString defaultText(const QString &key);
    // Placeholders a template may use, with a French description each.
    static const QList<PlaceholderInfo> &placeholders() { return TemplateExpander::placeholders(); }

    QList<TemplateInfo> list();
    // The user's version, or an empty string when she kept the default.
    QString customText(const QString &key);
    bool isCustomized(const QString &key) { return !customText(key).isEmpty(); }
    // The text in use: her version if any, else the default.
    QString text(const QString &key);
    Result<LetterTemplate> load(const QString &key);
    // Stores her version after checking it (header, placeholders, {pluriel:…|…}); refuses a template with problems.
    Status save(const QString &key, const QString &text);
    // Back to the default: her version is removed.
    Status reset(const QString &key);

private:
    Database &m_db;
};
