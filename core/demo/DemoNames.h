#pragma once
// DemoNames: the word lists behind the demo business (French cities with their postcodes, surnames, first names,
// streets, shop and institution names). Plain data, in a fixed order, so that a seed always picks the same words.

#include <QList>
#include <QString>
#include <QStringList>

namespace DemoNames {

struct City
{
    QString name;        // "Saint-Priest"
    QString postcode;    // "69800"
    QString department;  // "69"
    QString phonePrefix; // landline zone: "04"
};

struct Department
{
    QString code;    // "69"
    QString withOf;  // "du Rhône", "de l'Isère": what follows "Conseil départemental"
    QString slug;    // "rhone": the department's web domain
};

const QList<City> &cities();
const QList<Department> &departments();
// The department's "du …" form, or an empty string when it has no conseil départemental in the list (Paris).
QString departmentWithOf(const QString &code);
QString departmentSlug(const QString &code);

const QStringList &surnames();
const QStringList &maleFirstNames();
const QStringList &femaleFirstNames();
const QStringList &streets();       // "rue de la République" (number added by the caller)
const QStringList &businessParks(); // "ZA des Platières": line 3 for firms outside the centre

// Names with %1 for a surname: "Boulangerie %1".
const QStringList &smallShopPatterns();
const QStringList &mediumFirmPatterns();
const QStringList &largeGroupPatterns();
// Names of restaurants and hotels ("Le Petit Zinc"), prefixed by the caller ("Restaurant", "Hôtel").
const QStringList &placeNames();
const QStringList &placePrefixes();
// Private clinics and other large bodies with approval circuits.
const QStringList &clinicNames();
// Namesakes of schools ("Jean Moulin") and names of retirement homes ("Les Tilleuls").
const QStringList &schoolNamesakes();
const QStringList &careHomeNames();

} // namespace DemoNames
