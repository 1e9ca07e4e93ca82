#include "ScenarioRepository.h"

Result<QHash<PayerProfile, Scenario>> ScenarioRepository::loadAll()
{
    QHash<PayerProfile, Scenario> map;
    QSqlQuery q = m_db.query(QStringLiteral("SELECT id, profile, name, active FROM scenarios"));
    if (auto s = m_db.exec(q); !s)
        return Result<QHash<PayerProfile, Scenario>>::failure(s.error());
    while (q.next()) {
        const auto profile = payerProfileFromKey(q.value(1).toString());
        if (!profile)
            continue;
        Scenario sc;
        sc.id = q.value(0).toLongLong();
        sc.profile = *profile;
        sc.name = q.value(2).toString();
        sc.active = q.value(3).toInt() != 0;
        map.insert(*profile, sc);
    }
    QSqlQuery st = m_db.query(QStringLiteral("SELECT step, offset_days, relative_to, channel, template_key, min_amount_cents"
                                             " FROM scenario_steps WHERE scenario_id = ? ORDER BY position"));
    for (auto it = map.begin(); it != map.end(); ++it) {
        st.addBindValue(it->id);
        if (auto s = m_db.exec(st); !s)
            return Result<QHash<PayerProfile, Scenario>>::failure(s.error());
        while (st.next())
            it->steps << ScenarioStep{st.value(0).toString(), st.value(1).toInt(), st.value(2).toString() == u"previous",
                                      st.value(3).toString(), st.value(4).toString(), st.value(5).toLongLong()};
        st.finish();
    }
    for (PayerProfile p : AllPayerProfiles) {
        if (map.contains(p))
            continue;
        Scenario sc = Scenario::defaultFor(p);
        if (auto s = save(sc); !s)
            return Result<QHash<PayerProfile, Scenario>>::failure(s.error());
        map.insert(p, sc);
    }
    return map;
}

Status ScenarioRepository::save(Scenario &sc)
{
    if (sc.id == 0) {
        QSqlQuery q = m_db.query(QStringLiteral("INSERT INTO scenarios (profile, name, active) VALUES (?, ?, ?) RETURNING id"));
        q.addBindValue(payerProfileKey(sc.profile));
        q.addBindValue(sc.name);
        q.addBindValue(sc.active ? 1 : 0);
        if (auto s = m_db.exec(q); !s)
            return s;
        q.next();
        sc.id = q.value(0).toLongLong();
    } else {
        QSqlQuery q = m_db.query(QStringLiteral("UPDATE scenarios SET name = ?, active = ? WHERE id = ?"));
        q.addBindValue(sc.name);
        q.addBindValue(sc.active ? 1 : 0);
        q.addBindValue(sc.id);
        if (auto s = m_db.exec(q); !s)
            return s;
    }
    QSqlQuery del = m_db.query(QStringLiteral("DELETE FROM scenario_steps WHERE scenario_id = ?"));
    del.addBindValue(sc.id);
    if (auto s = m_db.exec(del); !s)
        return s;
    QSqlQuery ins = m_db.query(QStringLiteral("INSERT INTO scenario_steps (scenario_id, position, step, offset_days, relative_to,"
                                              " channel, template_key, min_amount_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    int position = 0;
    for (const ScenarioStep &step : sc.steps) {
        ins.addBindValue(sc.id);
        ins.addBindValue(position++);
        ins.addBindValue(step.step);
        ins.addBindValue(step.offsetDays);
        ins.addBindValue(step.fromPrevious ? QStringLiteral("previous") : QStringLiteral("due"));
        ins.addBindValue(step.channel);
        ins.addBindValue(Sql::text(step.templateKey));
        ins.addBindValue(step.minAmountCents);
        if (auto s = m_db.exec(ins); !s)
            return Status::failure(QStringLiteral("scénario %1, étape %2 : %3").arg(sc.name, step.step, s.error()));
    }
    return {};
}

Status ScenarioRepository::resetToDefault(PayerProfile profile)
{
    auto all = loadAll();
    if (!all)
        return Status::failure(all.error());
    Scenario sc = Scenario::defaultFor(profile);
    sc.id = all->value(profile).id;
    return save(sc);
}
