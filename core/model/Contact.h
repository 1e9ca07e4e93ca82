#pragma once
// Contact: a person at a customer, with the role that matters for collection (who approves, who pays).

#include <QString>

struct Contact
{
    qint64 id = 0;
    qint64 customerId = 0;
    QString civility; // "Mme", "M." or empty
    QString name;
    QString role;     // "Comptabilité fournisseurs", "Gérant", "Acheteur"...
    QString phone;
    QString email;
    bool primary = false;
};
