#include "DemoNames.h"

#include <initializer_list>

namespace DemoNames {

namespace {

QStringList words(std::initializer_list<QStringView> items)
{
    QStringList list;
    list.reserve(qsizetype(items.size()));
    for (QStringView w : items)
        list << w.toString();
    return list;
}

City city(QStringView name, QStringView postcode, QStringView department, QStringView prefix)
{
    return {name.toString(), postcode.toString(), department.toString(), prefix.toString()};
}

} // namespace

// The business is in Lyon: most customers are in Auvergne-Rhône-Alpes, some further away.
const QList<City> &cities()
{
    static const QList<City> list = {
        city(u"Lyon", u"69002", u"69", u"04"),
        city(u"Lyon", u"69003", u"69", u"04"),
        city(u"Lyon", u"69007", u"69", u"04"),
        city(u"Lyon", u"69009", u"69", u"04"),
        city(u"Villeurbanne", u"69100", u"69", u"04"),
        city(u"Vénissieux", u"69200", u"69", u"04"),
        city(u"Saint-Priest", u"69800", u"69", u"04"),
        city(u"Vaulx-en-Velin", u"69120", u"69", u"04"),
        city(u"Bron", u"69500", u"69", u"04"),
        city(u"Caluire-et-Cuire", u"69300", u"69", u"04"),
        city(u"Villefranche-sur-Saône", u"69400", u"69", u"04"),
        city(u"Meyzieu", u"69330", u"69", u"04"),
        city(u"Rillieux-la-Pape", u"69140", u"69", u"04"),
        city(u"Tassin-la-Demi-Lune", u"69160", u"69", u"04"),
        city(u"Décines-Charpieu", u"69150", u"69", u"04"),
        city(u"Givors", u"69700", u"69", u"04"),
        city(u"Tarare", u"69170", u"69", u"04"),
        city(u"Saint-Étienne", u"42000", u"42", u"04"),
        city(u"Roanne", u"42300", u"42", u"04"),
        city(u"Saint-Chamond", u"42400", u"42", u"04"),
        city(u"Montbrison", u"42600", u"42", u"04"),
        city(u"Grenoble", u"38000", u"38", u"04"),
        city(u"Vienne", u"38200", u"38", u"04"),
        city(u"Bourgoin-Jallieu", u"38300", u"38", u"04"),
        city(u"Voiron", u"38500", u"38", u"04"),
        city(u"Échirolles", u"38130", u"38", u"04"),
        city(u"Bourg-en-Bresse", u"01000", u"01", u"04"),
        city(u"Oyonnax", u"01100", u"01", u"04"),
        city(u"Ambérieu-en-Bugey", u"01500", u"01", u"04"),
        city(u"Valence", u"26000", u"26", u"04"),
        city(u"Montélimar", u"26200", u"26", u"04"),
        city(u"Romans-sur-Isère", u"26100", u"26", u"04"),
        city(u"Annecy", u"74000", u"74", u"04"),
        city(u"Annemasse", u"74100", u"74", u"04"),
        city(u"Thonon-les-Bains", u"74200", u"74", u"04"),
        city(u"Chambéry", u"73000", u"73", u"04"),
        city(u"Aix-les-Bains", u"73100", u"73", u"04"),
        city(u"Albertville", u"73200", u"73", u"04"),
        city(u"Clermont-Ferrand", u"63000", u"63", u"04"),
        city(u"Riom", u"63200", u"63", u"04"),
        city(u"Annonay", u"07100", u"07", u"04"),
        city(u"Aubenas", u"07200", u"07", u"04"),
        city(u"Le Puy-en-Velay", u"43000", u"43", u"04"),
        city(u"Aurillac", u"15000", u"15", u"04"),
        city(u"Vichy", u"03200", u"03", u"04"),
        city(u"Montluçon", u"03100", u"03", u"04"),
        city(u"Mâcon", u"71000", u"71", u"03"),
        city(u"Chalon-sur-Saône", u"71100", u"71", u"03"),
        city(u"Dijon", u"21000", u"21", u"03"),
        city(u"Besançon", u"25000", u"25", u"03"),
        city(u"Nancy", u"54000", u"54", u"03"),
        city(u"Lille", u"59000", u"59", u"03"),
        city(u"Paris", u"75011", u"75", u"01"),
        city(u"Paris", u"75015", u"75", u"01"),
        city(u"Marseille", u"13008", u"13", u"04"),
        city(u"Avignon", u"84000", u"84", u"04"),
        city(u"Nîmes", u"30000", u"30", u"04"),
        city(u"Montpellier", u"34000", u"34", u"04"),
        city(u"Toulouse", u"31000", u"31", u"05"),
        city(u"Bordeaux", u"33000", u"33", u"05"),
        city(u"Nantes", u"44000", u"44", u"02"),
        city(u"Orléans", u"45000", u"45", u"02"),
        city(u"Tours", u"37000", u"37", u"02"),
    };
    return list;
}

const QList<Department> &departments()
{
    static const QList<Department> list = {
        {QStringLiteral("01"), QStringLiteral("de l'Ain"), QStringLiteral("ain")},
        {QStringLiteral("03"), QStringLiteral("de l'Allier"), QStringLiteral("allier")},
        {QStringLiteral("07"), QStringLiteral("de l'Ardèche"), QStringLiteral("ardeche")},
        {QStringLiteral("13"), QStringLiteral("des Bouches-du-Rhône"), QStringLiteral("departement13")},
        {QStringLiteral("15"), QStringLiteral("du Cantal"), QStringLiteral("cantal")},
        {QStringLiteral("21"), QStringLiteral("de la Côte-d'Or"), QStringLiteral("cotedor")},
        {QStringLiteral("25"), QStringLiteral("du Doubs"), QStringLiteral("doubs")},
        {QStringLiteral("26"), QStringLiteral("de la Drôme"), QStringLiteral("ladrome")},
        {QStringLiteral("30"), QStringLiteral("du Gard"), QStringLiteral("gard")},
        {QStringLiteral("31"), QStringLiteral("de la Haute-Garonne"), QStringLiteral("haute-garonne")},
        {QStringLiteral("33"), QStringLiteral("de la Gironde"), QStringLiteral("gironde")},
        {QStringLiteral("34"), QStringLiteral("de l'Hérault"), QStringLiteral("herault")},
        {QStringLiteral("37"), QStringLiteral("d'Indre-et-Loire"), QStringLiteral("touraine")},
        {QStringLiteral("38"), QStringLiteral("de l'Isère"), QStringLiteral("isere")},
        {QStringLiteral("42"), QStringLiteral("de la Loire"), QStringLiteral("loire")},
        {QStringLiteral("43"), QStringLiteral("de la Haute-Loire"), QStringLiteral("hauteloire")},
        {QStringLiteral("44"), QStringLiteral("de la Loire-Atlantique"), QStringLiteral("loire-atlantique")},
        {QStringLiteral("45"), QStringLiteral("du Loiret"), QStringLiteral("loiret")},
        {QStringLiteral("54"), QStringLiteral("de Meurthe-et-Moselle"), QStringLiteral("meurthe-et-moselle")},
        {QStringLiteral("59"), QStringLiteral("du Nord"), QStringLiteral("lenord")},
        {QStringLiteral("63"), QStringLiteral("du Puy-de-Dôme"), QStringLiteral("puy-de-dome")},
        {QStringLiteral("69"), QStringLiteral("du Rhône"), QStringLiteral("rhone")},
        {QStringLiteral("71"), QStringLiteral("de Saône-et-Loire"), QStringLiteral("saoneetloire71")},
        {QStringLiteral("73"), QStringLiteral("de la Savoie"), QStringLiteral("savoie")},
        {QStringLiteral("74"), QStringLiteral("de la Haute-Savoie"), QStringLiteral("hautesavoie")},
        {QStringLiteral("84"), QStringLiteral("de Vaucluse"), QStringLiteral("vaucluse")},
    };
    return list;
}

QString departmentWithOf(const QString &code)
{
    for (const Department &d : departments())
        if (d.code == code)
            return d.withOf;
    return {};
}

QString departmentSlug(const QString &code)
{
    for (const Department &d : departments())
        if (d.code == code)
            return d.slug;
    return {};
}

const QStringList &surnames()
{
    static const QStringList list = words({
        u"Dupont", u"Bernard", u"Dubois", u"Thomas", u"Robert", u"Richard", u"Petit", u"Durand", u"Leroy", u"Moreau",
        u"Simon", u"Laurent", u"Lefebvre", u"Michel", u"Garcia", u"David", u"Bertrand", u"Roux", u"Vincent",
        u"Fournier", u"Morel", u"Girard", u"André", u"Lefèvre", u"Mercier", u"Lambert", u"Bonnet", u"François",
        u"Martinez", u"Legrand", u"Garnier", u"Faure", u"Rousseau", u"Blanc", u"Guérin", u"Muller", u"Henry",
        u"Roussel", u"Nicolas", u"Perrin", u"Morin", u"Mathieu", u"Clément", u"Gauthier", u"Dumont", u"Lopez",
        u"Fontaine", u"Chevalier", u"Robin", u"Masson", u"Sanchez", u"Gérard", u"Nguyen", u"Boyer", u"Denis",
        u"Lemaire", u"Duval", u"Joly", u"Gautier", u"Roger", u"Roche", u"Roy", u"Noël", u"Meyer", u"Lucas",
        u"Meunier", u"Perez", u"Marchand", u"Dufour", u"Blanchard", u"Barbier", u"Brun", u"Dumas", u"Brunet",
        u"Schmitt", u"Leroux", u"Colin", u"Fernandez", u"Renard", u"Arnaud", u"Rolland", u"Caron", u"Aubert",
        u"Giraud", u"Leclerc", u"Vidal", u"Bourgeois", u"Renaud", u"Lemoine", u"Picard", u"Gaillard", u"Philippe",
        u"Lacroix", u"Fabre", u"Dupuis", u"Olivier", u"Rodrigues", u"Hubert", u"Guillot", u"Rivière", u"Le Gall",
        u"Guillaume", u"Rey", u"Moulin", u"Berger", u"Lecomte", u"Ménard", u"Fleury", u"Deschamps", u"Carpentier",
        u"Benoît", u"Maillard", u"Marchal", u"Aubry", u"Vasseur", u"Jacquet", u"Collet", u"Prévost", u"Poirier",
        u"Charpentier", u"Royer", u"Huet", u"Baron", u"Dupuy", u"Pons", u"Carré", u"Breton", u"Chauvin",
        u"Besson", u"Bouvier", u"Chabert", u"Grange", u"Jourdan", u"Vial", u"Cholet", u"Perret", u"Gros",
    });
    return list;
}

const QStringList &maleFirstNames()
{
    static const QStringList list = words({
        u"Jean", u"Pierre", u"Michel", u"Philippe", u"Alain", u"Nicolas", u"Christophe", u"Laurent", u"Stéphane",
        u"Frédéric", u"Olivier", u"Éric", u"Sébastien", u"Julien", u"David", u"Thierry", u"Patrick", u"Pascal",
        u"Thomas", u"Maxime", u"Antoine", u"Guillaume", u"Romain", u"Vincent", u"François", u"Jérôme", u"Mathieu",
        u"Benoît", u"Hugo", u"Lucas", u"Bruno", u"Gilles",
    });
    return list;
}

const QStringList &femaleFirstNames()
{
    static const QStringList list = words({
        u"Marie", u"Nathalie", u"Isabelle", u"Sylvie", u"Catherine", u"Sandrine", u"Valérie", u"Christine",
        u"Sophie", u"Céline", u"Stéphanie", u"Aurélie", u"Émilie", u"Julie", u"Laetitia", u"Caroline", u"Camille",
        u"Anne", u"Claire", u"Élodie", u"Virginie", u"Hélène", u"Laure", u"Pauline", u"Mélanie", u"Karine",
        u"Agnès", u"Chantal", u"Delphine", u"Manon", u"Léa", u"Florence",
    });
    return list;
}

const QStringList &streets()
{
    static const QStringList list = words({
        u"rue de la République", u"avenue Jean Jaurès", u"boulevard Gambetta", u"rue Victor Hugo",
        u"rue du Commerce", u"avenue du Général de Gaulle", u"rue Pasteur", u"rue des Écoles", u"chemin des Vignes",
        u"route de Lyon", u"rue de la Gare", u"rue Nationale", u"avenue Foch", u"rue Émile Zola",
        u"rue du 8 Mai 1945", u"rue des Lilas", u"impasse des Tilleuls", u"allée des Peupliers", u"rue Jean Moulin",
        u"rue Carnot", u"avenue de la Libération", u"rue Paul Bert", u"rue Anatole France", u"quai de la Marine",
        u"place du Marché", u"rue du Stade", u"avenue des Alpes", u"rue de l'Industrie", u"rue des Artisans",
        u"boulevard de la Croix-Rousse", u"rue Voltaire", u"cours Lafayette", u"rue Garibaldi", u"rue Mercière",
        u"avenue Berthelot", u"rue du Moulin", u"chemin de la Fontaine", u"rue des Jardins", u"place de l'Église",
        u"rue Saint-Jean", u"avenue de la Gare", u"rue des Fleurs", u"rue du Port", u"rue Ampère",
    });
    return list;
}

const QStringList &businessParks()
{
    static const QStringList list = words({
        u"ZA des Platières", u"ZI Nord", u"Parc d'activités du Moulin", u"ZAC des Gaulnes", u"ZA du Grand Champ",
        u"Zone artisanale Les Vernes", u"ZI de la Plaine", u"Parc technologique", u"ZA Les Bruyères",
        u"Espace Entreprises du Lac",
    });
    return list;
}

const QStringList &smallShopPatterns()
{
    static const QStringList list = words({
        u"Boulangerie %1", u"Boulangerie-Pâtisserie %1", u"Boucherie %1", u"Boucherie-Charcuterie %1",
        u"Fromagerie %1", u"Poissonnerie %1", u"Pâtisserie %1", u"Traiteur %1", u"Pharmacie %1", u"Primeurs %1",
        u"Épicerie fine %1", u"Cave %1", u"Chocolaterie %1", u"Glacier %1", u"Fleurs %1", u"Garage %1",
        u"Cabinet vétérinaire %1", u"Charcuterie %1", u"Crèmerie %1", u"Bar-Tabac %1",
    });
    return list;
}

const QStringList &mediumFirmPatterns()
{
    static const QStringList list = words({
        u"%1 Distribution", u"Transports frigorifiques %1", u"Salaisons %1", u"Laiterie %1", u"Maison %1 Traiteur",
        u"%1 & Fils", u"Boulangeries %1", u"Fromagerie %1 Affinage", u"Biscuiterie %1", u"Brasserie artisanale %1",
        u"Glaces %1", u"Caves %1", u"Supermarché %1", u"Cuisines %1", u"Viandes %1", u"Marée %1",
        u"Pâtisseries %1", u"Hôtels %1", u"Chocolats %1", u"Conserverie %1",
    });
    return list;
}

const QStringList &largeGroupPatterns()
{
    static const QStringList list = words({
        u"Groupe %1 Restauration", u"%1 Logistique", u"Cuisines centrales %1", u"Groupe %1 Santé",
        u"%1 Hôtels & Résidences", u"Centrale d'achats %1", u"Groupe %1 Distribution", u"Résidences %1 Seniors",
    });
    return list;
}

const QStringList &placeNames()
{
    static const QStringList list = words({
        u"Le Petit Zinc", u"La Bonne Fourchette", u"Le Comptoir Gourmand", u"Le Bouchon des Halles",
        u"La Table du Marché", u"Le Relais de la Poste", u"Le Pont Vieux", u"Le Cheval Blanc", u"Les Tilleuls",
        u"La Marmite", u"Le Vieux Moulin", u"Le Théâtre", u"La Gare", u"L'Escale", u"Le Galopin", u"Le Port",
        u"Le Saint-Jean", u"La Terrasse", u"Chez Antoine", u"Le Grand Café", u"Les Marronniers", u"La Fontaine",
        u"Le Lion d'Or", u"Les Voyageurs", u"La Belle Époque", u"Le Cep", u"La Cloche", u"L'Épicurien",
        u"Le Clos des Vignes", u"Le Bon Accueil", u"Les Halles", u"Le Panorama",
    });
    return list;
}

const QStringList &placePrefixes()
{
    static const QStringList list = words({u"Restaurant", u"Hôtel", u"Brasserie", u"Bistrot", u"Hôtel-Restaurant"});
    return list;
}

const QStringList &clinicNames()
{
    static const QStringList list = words({
        u"Clinique du Parc", u"Clinique des Cèdres", u"Clinique Saint-Vincent", u"Clinique du Val Fleuri",
        u"Polyclinique des Alpes", u"Clinique de la Roseraie", u"Clinique Sainte-Anne", u"Clinique des Lilas",
    });
    return list;
}

const QStringList &schoolNamesakes()
{
    static const QStringList list = words({
        u"Jean Moulin", u"Victor Hugo", u"Jules Ferry", u"Marie Curie", u"Louis Pasteur", u"Jean Jaurès",
        u"Albert Camus", u"Simone Veil", u"Jacques Prévert", u"Paul Éluard", u"Antoine de Saint-Exupéry",
        u"Condorcet", u"Lamartine", u"Ampère", u"Émile Zola", u"George Sand", u"Lucie Aubrac", u"Germaine Tillion",
        u"Pierre Brossolette", u"Jean Monnet",
    });
    return list;
}

const QStringList &careHomeNames()
{
    static const QStringList list = words({
        u"Les Tilleuls", u"Les Glycines", u"La Roseraie", u"Le Clos Fleuri", u"Les Jardins de l'Étang",
        u"La Maison du Parc", u"Les Lilas", u"Les Vignes", u"Le Val Joli", u"Les Magnolias",
    });
    return list;
}

} // namespace DemoNames
