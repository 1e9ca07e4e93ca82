#include "Schema.h"

#include <QRegularExpression>

namespace {

// Version 1: the foundation. Dates are ISO 'YYYY-MM-DD' text, timestamps ISO 8601 text, money integer cents,
// booleans 0/1: all portable between SQLite and PostgreSQL.
Migration initial()
{
    return {1, QStringLiteral("initial schema"), {
        QStringLiteral("CREATE TABLE company (id INTEGER PRIMARY KEY CHECK (id = 1), name TEXT NOT NULL DEFAULT '',"
                       " legal_form TEXT NOT NULL DEFAULT '', capital_cents BIGINT NOT NULL DEFAULT 0,"
                       " siren TEXT NOT NULL DEFAULT '', rcs_city TEXT NOT NULL DEFAULT '',"
                       " vat_number TEXT NOT NULL DEFAULT '', address_line2 TEXT NOT NULL DEFAULT '',"
                       " address_line3 TEXT NOT NULL DEFAULT '', address_line4 TEXT NOT NULL DEFAULT '',"
                       " address_line5 TEXT NOT NULL DEFAULT '', postcode TEXT NOT NULL DEFAULT '',"
                       " city TEXT NOT NULL DEFAULT '', country TEXT NOT NULL DEFAULT 'FR',"
                       " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', website TEXT NOT NULL DEFAULT '',"
                       " iban TEXT NOT NULL DEFAULT '', bic TEXT NOT NULL DEFAULT '',"
                       " signatory_name TEXT NOT NULL DEFAULT '', signatory_title TEXT NOT NULL DEFAULT '',"
                       " late_payment_clause TEXT NOT NULL DEFAULT '', logo_png %BLOB%)"),
        QStringLiteral("CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE customers (id %PK%, code TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " legal_form TEXT NOT NULL DEFAULT '', siren TEXT NOT NULL DEFAULT '',"
                       " siret TEXT NOT NULL DEFAULT '', vat_number TEXT NOT NULL DEFAULT '',"
                       " address_line2 TEXT NOT NULL DEFAULT '', address_line3 TEXT NOT NULL DEFAULT '',"
                       " address_line4 TEXT NOT NULL DEFAULT '', address_line5 TEXT NOT NULL DEFAULT '',"
                       " postcode TEXT NOT NULL DEFAULT '', city TEXT NOT NULL DEFAULT '',"
                       " country TEXT NOT NULL DEFAULT 'FR',"
                       " payment_terms_days INTEGER NOT NULL DEFAULT 30, end_of_month INTEGER NOT NULL DEFAULT 0,"
                       " payment_method TEXT NOT NULL DEFAULT 'transfer', public_body INTEGER NOT NULL DEFAULT 0,"
                       " insolvency_flag INTEGER NOT NULL DEFAULT 0, contractual_rate_bp INTEGER,"
                       " profile TEXT, profile_explanation TEXT NOT NULL DEFAULT '',"
                       " profile_override TEXT, profile_override_reason TEXT NOT NULL DEFAULT '',"
                       " paused_until TEXT, pause_reason TEXT NOT NULL DEFAULT '', notes TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX customers_siren ON customers (siren)"),
        QStringLiteral("CREATE TABLE contacts (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id) ON DELETE CASCADE,"
                       " civility TEXT NOT NULL DEFAULT '', name TEXT NOT NULL DEFAULT '', role TEXT NOT NULL DEFAULT '',"
                       " phone TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '', is_primary INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX contacts_customer ON contacts (customer_id)"),
        QStringLiteral("CREATE TABLE invoices (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " number TEXT NOT NULL, kind TEXT NOT NULL CHECK (kind IN ('invoice', 'credit_note', 'opening_balance', 'payment')),"
                       " issue_date TEXT NOT NULL, due_date TEXT NOT NULL, currency TEXT NOT NULL DEFAULT 'EUR',"
                       " amount_excl_cents BIGINT NOT NULL DEFAULT 0, amount_cents BIGINT NOT NULL,"
                       " open_cents BIGINT NOT NULL,"
                       " status TEXT NOT NULL CHECK (status IN ('open', 'partially_paid', 'paid', 'cancelled')),"
                       " source_file TEXT NOT NULL DEFAULT '', pdf_file_name TEXT NOT NULL DEFAULT '',"
                       " UNIQUE (customer_id, number, kind))"),
        QStringLiteral("CREATE INDEX invoices_status_due ON invoices (status, due_date)"),
        QStringLiteral("CREATE INDEX invoices_number ON invoices (number)"),
        QStringLiteral("CREATE TABLE invoice_documents (invoice_id BIGINT PRIMARY KEY REFERENCES invoices (id) ON DELETE CASCADE,"
                       " file_name TEXT NOT NULL, data %BLOB% NOT NULL)"),
        QStringLiteral("CREATE TABLE payments (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " paid_on TEXT NOT NULL, amount_cents BIGINT NOT NULL, currency TEXT NOT NULL DEFAULT 'EUR',"
                       " method TEXT NOT NULL DEFAULT '', reference TEXT NOT NULL DEFAULT '', source_file TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX payments_customer ON payments (customer_id, paid_on)"),
        QStringLiteral("CREATE TABLE payment_allocations (id %PK%,"
                       " payment_id BIGINT NOT NULL REFERENCES payments (id) ON DELETE CASCADE,"
                       " invoice_id BIGINT NOT NULL REFERENCES invoices (id), amount_cents BIGINT NOT NULL)"),
        QStringLiteral("CREATE INDEX allocations_invoice ON payment_allocations (invoice_id)"),
        QStringLiteral("CREATE INDEX allocations_payment ON payment_allocations (payment_id)"),
        QStringLiteral("CREATE TABLE actions (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " planned_date TEXT NOT NULL, step TEXT NOT NULL, channel TEXT NOT NULL,"
                       " status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'done', 'cancelled')),"
                       " amount_cents BIGINT NOT NULL DEFAULT 0, done_at TEXT, outcome TEXT NOT NULL DEFAULT '',"
                       " comment TEXT NOT NULL DEFAULT '', scheduled_date TEXT, pinned INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX actions_date ON actions (planned_date, status)"),
        QStringLiteral("CREATE INDEX actions_customer ON actions (customer_id, planned_date)"),
        QStringLiteral("CREATE TABLE action_invoices (action_id BIGINT NOT NULL REFERENCES actions (id) ON DELETE CASCADE,"
                       " invoice_id BIGINT NOT NULL REFERENCES invoices (id), PRIMARY KEY (action_id, invoice_id))"),
        QStringLiteral("CREATE TABLE promises (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " made_on TEXT NOT NULL, promised_date TEXT NOT NULL, amount_cents BIGINT NOT NULL DEFAULT 0,"
                       " means TEXT NOT NULL DEFAULT '',"
                       " status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'kept', 'broken', 'cancelled')),"
                       " action_id BIGINT REFERENCES actions (id), comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX promises_customer ON promises (customer_id, promised_date)"),
        QStringLiteral("CREATE TABLE promise_invoices (promise_id BIGINT NOT NULL REFERENCES promises (id) ON DELETE CASCADE,"
                       " invoice_id BIGINT NOT NULL REFERENCES invoices (id), PRIMARY KEY (promise_id, invoice_id))"),
        QStringLiteral("CREATE TABLE disputes (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " invoice_id BIGINT NOT NULL REFERENCES invoices (id), category TEXT NOT NULL,"
                       " opened_on TEXT NOT NULL, resolved_on TEXT, resolution TEXT NOT NULL DEFAULT '',"
                       " comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX disputes_invoice ON disputes (invoice_id)"),
        QStringLiteral("CREATE INDEX disputes_customer ON disputes (customer_id)"),
        QStringLiteral("CREATE TABLE payment_plans (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " agreed_on TEXT NOT NULL, down_payment_cents BIGINT NOT NULL DEFAULT 0, down_payment_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'active'"
                       " CHECK (status IN ('active', 'completed', 'defaulted', 'cancelled')),"
                       " comment TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE TABLE plan_instalments (id %PK%,"
                       " plan_id BIGINT NOT NULL REFERENCES payment_plans (id) ON DELETE CASCADE,"
                       " due_date TEXT NOT NULL, amount_cents BIGINT NOT NULL, paid_cents BIGINT NOT NULL DEFAULT 0,"
                       " paid_on TEXT)"),
        QStringLiteral("CREATE INDEX instalments_plan ON plan_instalments (plan_id, due_date)"),
        QStringLiteral("CREATE TABLE letters (id %PK%, customer_id BIGINT NOT NULL REFERENCES customers (id),"
                       " level TEXT NOT NULL, letter_date TEXT NOT NULL, sent_on TEXT, channel TEXT NOT NULL DEFAULT 'letter',"
                       " lrar_number TEXT NOT NULL DEFAULT '', receipt_on TEXT, pdf %BLOB%, sha256 TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX letters_customer ON letters (customer_id, letter_date)"),
        QStringLiteral("CREATE TABLE letter_invoices (letter_id BIGINT NOT NULL REFERENCES letters (id) ON DELETE CASCADE,"
                       " invoice_id BIGINT NOT NULL REFERENCES invoices (id), PRIMARY KEY (letter_id, invoice_id))"),
        QStringLiteral("CREATE TABLE events (id %PK%, occurred_at TEXT NOT NULL,"
                       " customer_id BIGINT REFERENCES customers (id), invoice_id BIGINT REFERENCES invoices (id),"
                       " kind TEXT NOT NULL, summary TEXT NOT NULL DEFAULT '', details TEXT NOT NULL DEFAULT '{}',"
                       " actor TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("CREATE INDEX events_customer ON events (customer_id, occurred_at)"),
        QStringLiteral("CREATE INDEX events_invoice ON events (invoice_id, occurred_at)"),
        QStringLiteral("%APPEND_ONLY(events)%"),
    }};
}

// Version 2: what the calendar and imports keep: editable scenarios per payer profile, the ECB rate table for
// late-payment penalties, and the history of imported files.
Migration collectionSettings()
{
    return {2, QStringLiteral("scenarios, ECB rates, import history"), {
        QStringLiteral("CREATE TABLE scenarios (id %PK%, profile TEXT NOT NULL UNIQUE, name TEXT NOT NULL,"
                       " active INTEGER NOT NULL DEFAULT 1)"),
        QStringLiteral("CREATE TABLE scenario_steps (id %PK%,"
                       " scenario_id BIGINT NOT NULL REFERENCES scenarios (id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL, step TEXT NOT NULL, offset_days INTEGER NOT NULL,"
                       " relative_to TEXT NOT NULL DEFAULT 'due' CHECK (relative_to IN ('due', 'previous')),"
                       " channel TEXT NOT NULL CHECK (channel IN ('auto', 'phone', 'email', 'letter', 'registered_letter')),"
                       " template_key TEXT NOT NULL DEFAULT '', min_amount_cents BIGINT NOT NULL DEFAULT 0,"
                       " UNIQUE (scenario_id, position))"),
        QStringLiteral("CREATE TABLE ecb_rates (in_force_from TEXT PRIMARY KEY, rate_bp INTEGER NOT NULL)"),
        QStringLiteral("CREATE TABLE imports (id %PK%, imported_at TEXT NOT NULL, file_name TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL, format TEXT NOT NULL, mode TEXT NOT NULL, report TEXT NOT NULL DEFAULT '{}')"),
        QStringLiteral("CREATE INDEX imports_sha ON imports (sha256)"),
    }};
}

// Version 3: indexes for the agenda and the calendar, and a stamp that lets the calendar skip a sync nothing asks
// for. Every write to a table the planner reads bumps plan_state.inputs_version (triggers, so no writer can forget
// it); ReminderPlanner::sync records the version, the day, the windows and the settings it brought up to date, and
// does nothing but read when they are all unchanged.
Migration planStamp()
{
    QStringList statements{
        QStringLiteral("CREATE TABLE plan_state (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " inputs_version BIGINT NOT NULL DEFAULT 0, synced_version BIGINT NOT NULL DEFAULT -1,"
                       " synced_on TEXT NOT NULL DEFAULT '', settings TEXT NOT NULL DEFAULT '',"
                       " windows TEXT NOT NULL DEFAULT '')"),
        QStringLiteral("INSERT INTO plan_state (id) VALUES (1)"),
        QStringLiteral("%PLAN_INPUT_FUNCTION%"),
        // The agenda's attempt numbers: a customer's calls that reached nobody, without reading all its history.
        QStringLiteral("CREATE INDEX actions_customer_outcome ON actions (customer_id, status, outcome)"),
        // The calendar reads the history of the open invoices only.
        QStringLiteral("CREATE INDEX action_invoices_invoice ON action_invoices (invoice_id)"),
    };
    for (const char *table : {"customers", "invoices", "actions", "action_invoices", "promises", "promise_invoices",
                              "disputes", "payment_plans", "plan_instalments", "scenarios", "scenario_steps", "settings"})
        statements << QStringLiteral("%PLAN_INPUT(%1)%").arg(QLatin1StringView(table));
    return {3, QStringLiteral("agenda indexes, calendar stamp"), statements};
}

// Version 4: what the daily open of the Aujourd'hui view reads, without scanning: the open promises and the open
// disputes (partial indexes: a few hundred rows among years of history). (Widening invoices_status_due to cover the
// expected-cash sum was tried: SQLite then skip-scanned it for the calendar's open invoices, 1.9× slower.)
Migration agendaOpenIndexes()
{
    return {4, QStringLiteral("open promises and disputes indexes"), {
        QStringLiteral("CREATE INDEX promises_open ON promises (promised_date) WHERE status = 'open'"),
        QStringLiteral("CREATE INDEX disputes_open ON disputes (opened_on) WHERE resolved_on IS NULL"),
        QStringLiteral("CREATE INDEX disputes_open_invoice ON disputes (invoice_id) WHERE resolved_on IS NULL"),
    }};
}

} // namespace

namespace Schema {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> all = {initial(), collectionSettings(), planStamp(), agendaOpenIndexes()};
    return all;
}

int latestVersion() { return migrations().back().version; }

QStringList expand(const QString &statement, SqlDialect dialect)
{
    static const QRegularExpression appendOnly(QStringLiteral("^%APPEND_ONLY\\((\\w+)\\)%$"));
    static const QRegularExpression planInput(QStringLiteral("^%PLAN_INPUT\\((\\w+)\\)%$"));
    if (statement == u"%PLAN_INPUT_FUNCTION%") {
        if (dialect == SqlDialect::SQLite)
            return {}; // SQLite triggers carry their body
        return {QStringLiteral("CREATE FUNCTION plan_input_changed() RETURNS trigger LANGUAGE plpgsql AS"
                               " $$ BEGIN UPDATE plan_state SET inputs_version = inputs_version + 1 WHERE id = 1;"
                               " RETURN NULL; END $$")};
    }
    if (const auto m = planInput.match(statement); m.hasMatch()) {
        const QString table = m.captured(1);
        if (dialect == SqlDialect::SQLite) {
            QStringList triggers;
            for (const char *op : {"insert", "update", "delete"})
                triggers << QStringLiteral("CREATE TRIGGER %1_plan_%2 AFTER %3 ON %1 BEGIN"
                                           " UPDATE plan_state SET inputs_version = inputs_version + 1 WHERE id = 1; END")
                                .arg(table, QLatin1StringView(op), QLatin1StringView(op).toString().toUpper());
            return triggers;
        }
        return {QStringLiteral("CREATE TRIGGER %1_plan_input AFTER INSERT OR UPDATE OR DELETE ON %1"
                               " FOR EACH STATEMENT EXECUTE FUNCTION plan_input_changed()").arg(table)};
    }
    const auto m = appendOnly.match(statement);
    if (m.hasMatch()) {
        const QString table = m.captured(1);
        if (dialect == SqlDialect::SQLite) {
            return {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN"
                                   " SELECT RAISE(ABORT, '%1 is append-only'); END").arg(table),
                    QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                                   " SELECT RAISE(ABORT, '%1 is append-only'); END").arg(table)};
        }
        return {QStringLiteral("CREATE FUNCTION %1_append_only() RETURNS trigger LANGUAGE plpgsql AS"
                               " $$ BEGIN RAISE EXCEPTION '%1 is append-only'; END $$").arg(table),
                QStringLiteral("CREATE TRIGGER %1_append_only BEFORE UPDATE OR DELETE ON %1"
                               " FOR EACH ROW EXECUTE FUNCTION %1_append_only()").arg(table)};
    }
    QString s = statement;
    if (dialect == SqlDialect::SQLite) {
        s.replace(QStringLiteral("%PK%"), QStringLiteral("INTEGER PRIMARY KEY"));
        s.replace(QStringLiteral("%BLOB%"), QStringLiteral("BLOB"));
    } else {
        s.replace(QStringLiteral("%PK%"), QStringLiteral("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
        s.replace(QStringLiteral("%BLOB%"), QStringLiteral("BYTEA"));
    }
    return {s};
}

} // namespace Schema
