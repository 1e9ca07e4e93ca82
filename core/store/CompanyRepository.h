#pragma once
// CompanyRepository: the business's own identity (a single row).

#include "Company.h"
#include "Database.h"
#include "Result.h"

class CompanyRepository final
{
public:
    explicit CompanyRepository(Database &db) : m_db(db) {}

    Company load();
    Status save(const Company &company);

private:
    Database &m_db;
};
