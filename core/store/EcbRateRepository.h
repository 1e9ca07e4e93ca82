#pragma once
// EcbRateRepository: the ECB rate table the user keeps up to date (shipped with DOMAIN.md's history).

#include "Database.h"
#include "EcbRateTable.h"
#include "Result.h"

class EcbRateRepository final
{
public:
    explicit EcbRateRepository(Database &db) : m_db(db) {}

    // The stored table; an empty table is filled with the shipped defaults first.
    Result<EcbRateTable> load();
    Status save(const EcbRateTable &table);

private:
    Database &m_db;
};
