#include "store/yearly_frequency_sql.h"

namespace stegvis::store {
namespace {

// legacy_alter_table: the rename must not re-check the triggers that name measures (the search
// index's), which refer to no table between the drop and the rename.
constexpr const char* kSqlite = R"sql(
PRAGMA legacy_alter_table = ON;
CREATE TABLE measures_yearly (
  id INTEGER PRIMARY KEY,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  programme_id BIGINT REFERENCES programmes(id),
  project_id BIGINT REFERENCES projects(id),
  definition_id BIGINT REFERENCES measures(id),
  name TEXT NOT NULL,
  definition TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL CHECK (kind IN ('outcome', 'process', 'balancing')),
  data_type TEXT NOT NULL
    CHECK (data_type IN ('count', 'proportion', 'rate', 'continuous', 'days_between',
                         'cases_between')),
  unit TEXT NOT NULL DEFAULT '',
  frequency TEXT NOT NULL CHECK (frequency IN ('week', 'month', 'quarter', 'year')),
  direction TEXT NOT NULL CHECK (direction IN ('up', 'down')),
  target TEXT NOT NULL DEFAULT '',
  target_date TEXT NOT NULL DEFAULT '',
  baseline TEXT NOT NULL DEFAULT '',
  grouping TEXT NOT NULL CHECK (grouping IN ('women_men', 'girls_boys', 'none')),
  no_sex_reason TEXT NOT NULL DEFAULT '',
  chart_override TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  data_version BIGINT NOT NULL DEFAULT 0,
  data_updated_at BIGINT NOT NULL DEFAULT 0,
  data_updated_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  rule_set TEXT NOT NULL DEFAULT 'anhoej'
    CHECK (rule_set IN ('anhoej', 'ihi', 'mdc', 'western-electric')),
  baseline_points INTEGER CHECK (baseline_points > 0),
  retired INTEGER NOT NULL DEFAULT 0,
  source TEXT NOT NULL DEFAULT ''
);
INSERT INTO measures_yearly (id, organisation_id, programme_id, project_id, definition_id, name,
                             definition, kind, data_type, unit, frequency, direction, target,
                             target_date, baseline, grouping, no_sex_reason, chart_override,
                             version, updated_at, updated_by, data_version, data_updated_at,
                             data_updated_by, created_at, rule_set, baseline_points, retired)
  SELECT id, organisation_id, programme_id, project_id, definition_id, name, definition, kind,
         data_type, unit, frequency, direction, target, target_date, baseline, grouping,
         no_sex_reason, chart_override, version, updated_at, updated_by, data_version,
         data_updated_at, data_updated_by, created_at, rule_set, baseline_points, retired
  FROM measures;
DROP TABLE measures;
ALTER TABLE measures_yearly RENAME TO measures;
CREATE INDEX measures_by_project ON measures(project_id, id);
CREATE INDEX measures_by_programme ON measures(programme_id, id);
CREATE TABLE sustain_measures_yearly (
  plan_id BIGINT NOT NULL REFERENCES sustain_plans(id),
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  position BIGINT NOT NULL,
  continues INTEGER NOT NULL,
  frequency TEXT NOT NULL CHECK (frequency IN ('week', 'month', 'quarter', 'year')),
  PRIMARY KEY (plan_id, measure_id)
);
INSERT INTO sustain_measures_yearly (plan_id, measure_id, position, continues, frequency)
  SELECT plan_id, measure_id, position, continues, frequency FROM sustain_measures;
DROP TABLE sustain_measures;
ALTER TABLE sustain_measures_yearly RENAME TO sustain_measures;
PRAGMA legacy_alter_table = OFF;
)sql";

constexpr const char* kPostgres = R"sql(
ALTER TABLE measures ADD COLUMN source TEXT NOT NULL DEFAULT '';
ALTER TABLE measures DROP CONSTRAINT measures_frequency_check;
ALTER TABLE measures ADD CONSTRAINT measures_frequency_check
  CHECK (frequency IN ('week', 'month', 'quarter', 'year'));
ALTER TABLE sustain_measures DROP CONSTRAINT sustain_measures_frequency_check;
ALTER TABLE sustain_measures ADD CONSTRAINT sustain_measures_frequency_check
  CHECK (frequency IN ('week', 'month', 'quarter', 'year'));
)sql";

}  // namespace

std::string YearlyFrequencySql(Engine engine) {
  return engine == Engine::kSqlite ? kSqlite : kPostgres;
}

}  // namespace stegvis::store
