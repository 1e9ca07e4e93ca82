#include "ImportBatch.h"

#include <QFileInfo>

QString ImportIssue::toString() const
{
    QString s = QFileInfo(file).fileName();
    if (line > 0)
        s += QStringLiteral(", ligne %1").arg(line);
    if (!field.isEmpty())
        s += QStringLiteral(", %1").arg(field.startsWith(u'<') || field.contains(u':') ? field
                                                                                        : QStringLiteral("colonne ") + field);
    return s + QStringLiteral(" : ") + message;
}
