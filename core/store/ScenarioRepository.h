#pragma once
// ScenarioRepository: the editable scenarios, one per payer profile; defaults written on first use.

#include "Database.h"
#include "Result.h"
#include "Scenario.h"

#include <QHash>

class ScenarioRepository final
{
public:
    explicit ScenarioRepository(Database &db) : m_db(db) {}

    // All scenarios, one per profile; profiles without a stored scenario get their default (and it is stored).
    Result<QHash<PayerProfile, Scenario>> loadAll();
    Status save(Scenario &scenario); // replaces the steps
    Status resetToDefault(PayerProfile profile);

private:
    Database &m_db;
};
