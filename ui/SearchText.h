#pragma once
// SearchText: folds text for accent- and case-insensitive search and builds natural sort keys ("FA-999" < "FA-1042").

#include <QString>
#include <QStringList>
#include <QStringView>

namespace SearchText {

// Lower case without diacritics, ligatures spelled out (œ → oe), every kind of space as ' ', typographic
// apostrophes and dashes as ASCII: "Garage LEFÈVRE" → "garage lefevre", "1 234,56 €" → "1 234,56 €".
QString fold(QStringView text);
// fold(text) appended to `out`, without a temporary string (for search keys built 100 000 times).
void appendFolded(QString &out, QStringView text);

// fold() with every run of digits left-padded to a fixed width, so that plain string comparison orders numbers
// inside codes naturally: "C2" < "C10", "FA-999" < "FA-1042".
QString sortKey(QStringView text);

// The folded words of a search query; a row matches when its key contains every one of them.
QStringList terms(QStringView query);

// Separator between the columns of a row's search key: a query term never contains it, so no term can match
// across two columns.
inline constexpr QChar KeySeparator = u'\n';

} // namespace SearchText
