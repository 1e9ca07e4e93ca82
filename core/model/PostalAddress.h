#pragma once
// PostalAddress: a French postal address kept as La Poste lines (NF Z10-011), without the recipient's name.

#include <QString>
#include <QStringList>

struct PostalAddress
{
    QString line2; // recipient's service or contact ("Service comptabilité")
    QString line3; // building, floor ("Bâtiment B")
    QString line4; // number and street ("12 rue des Lilas")
    QString line5; // lieu-dit, BP ("BP 42")
    QString postcode;
    QString city;
    QString country = QStringLiteral("FR"); // ISO 3166-1 alpha-2

    bool isEmpty() const { return line4.isEmpty() && postcode.isEmpty() && city.isEmpty(); }
    // The La Poste block for a recipient: at most 6 lines of 38 characters, postcode + CITY in capitals,
    // no punctuation from line 4 on; empty lines dropped; country line only outside France.
    QStringList laPosteLines(const QString &recipient) const;
};
