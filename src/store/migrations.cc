#include "store/migrations.h"

#include <utility>

#include "store/coach_role_sql.h"
#include "store/goal_catalogue_data.h"
#include "store/idea_offers_sql.h"
#include "store/search_index_sql.h"
#include "store/search_learning_sql.h"
#include "store/search_scope_sql.h"
#include "store/yearly_frequency_sql.h"

namespace stegvis::store {
namespace {

// Times are Unix seconds (UTC) in 64-bit integers on every engine.
constexpr Migration kMigrations[] = {
    {1, "organisations, units and users", R"sql(
CREATE TABLE organisations (
  id {{id}},
  name TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE TABLE units (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  parent_id BIGINT REFERENCES units(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('namnd', 'forvaltning', 'enhet')),
  created_at BIGINT NOT NULL
);
CREATE INDEX units_by_organisation ON units(organisation_id, name);
CREATE TABLE users (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  email TEXT NOT NULL UNIQUE,
  display_name TEXT NOT NULL,
  language TEXT NOT NULL DEFAULT 'sv' CHECK (language IN ('sv', 'en')),
  active INTEGER NOT NULL DEFAULT 1,
  password_hash TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
)sql"},
    {2, "teams, roles, sessions, login limits, password resets and the audit trail", R"sql(
CREATE TABLE teams (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX teams_by_unit ON teams(unit_id, name);
CREATE TABLE memberships (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  role TEXT NOT NULL CHECK (role IN ('admin', 'strateg', 'chef', 'teammedlem', 'politiker')),
  scope_kind TEXT NOT NULL CHECK (scope_kind IN ('organisation', 'unit', 'programme', 'team')),
  scope_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  UNIQUE (user_id, role, scope_kind, scope_id)
);
CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions(user_id);
CREATE TABLE login_failures (
  subject TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  last_failure_at BIGINT NOT NULL,
  locked_until BIGINT NOT NULL
);
CREATE TABLE password_resets (
  token_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users(id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  used_at BIGINT
);
CREATE TABLE audit_events (
  id {{id}},
  organisation_id BIGINT,
  at BIGINT NOT NULL,
  actor_user_id BIGINT,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL,
  object_id BIGINT,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  remote_address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_by_object ON audit_events(object_type, object_id, id);
)sql"},
    {3, "programmes, projects, measures and observations", R"sql(
CREATE TABLE programmes (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  name TEXT NOT NULL,
  theme TEXT NOT NULL DEFAULT '',
  aim TEXT NOT NULL DEFAULT '',
  starts_on TEXT NOT NULL DEFAULT '',
  ends_on TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE TABLE programme_events (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  kind TEXT NOT NULL CHECK (kind IN ('learning_session', 'action_period')),
  title TEXT NOT NULL,
  starts_on TEXT NOT NULL,
  ends_on TEXT NOT NULL
);
CREATE INDEX programme_events_by_programme ON programme_events(programme_id, starts_on);
CREATE TABLE programme_teams (
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  team_id BIGINT NOT NULL REFERENCES teams(id),
  joined_at BIGINT NOT NULL,
  PRIMARY KEY (programme_id, team_id)
);
CREATE INDEX programme_teams_by_team ON programme_teams(team_id);
CREATE TABLE projects (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  team_id BIGINT NOT NULL REFERENCES teams(id),
  programme_id BIGINT REFERENCES programmes(id),
  title TEXT NOT NULL,
  problem TEXT NOT NULL DEFAULT '',
  aim_what TEXT NOT NULL DEFAULT '',
  aim_how_much TEXT NOT NULL DEFAULT '',
  aim_by_when TEXT NOT NULL DEFAULT '',
  aim_for_whom TEXT NOT NULL DEFAULT '',
  aim_groups TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned'
    CHECK (status IN ('planned', 'active', 'sustaining', 'closed')),
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX projects_by_team ON projects(team_id, id);
CREATE TABLE progress_scores (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES projects(id),
  score_tenths INTEGER NOT NULL CHECK (score_tenths BETWEEN 5 AND 50),
  set_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  set_by TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX progress_scores_by_project ON progress_scores(project_id, set_on, id);
CREATE TABLE measures (
  id {{id}},
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
  frequency TEXT NOT NULL CHECK (frequency IN ('week', 'month', 'quarter')),
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
  created_at BIGINT NOT NULL
);
CREATE INDEX measures_by_project ON measures(project_id, id);
CREATE INDEX measures_by_programme ON measures(programme_id, id);
CREATE TABLE observations (
  id {{id}},
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  period TEXT NOT NULL,
  grp TEXT NOT NULL CHECK (grp IN ('women', 'men', 'girls', 'boys', 'total')),
  value TEXT NOT NULL DEFAULT '',
  denominator TEXT NOT NULL DEFAULT '',
  note TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  UNIQUE (measure_id, period, grp)
);
)sql"},
    {4, "change ideas and PDSA cycles", R"sql(
CREATE TABLE change_ideas (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT REFERENCES projects(id),
  programme_id BIGINT REFERENCES programmes(id),
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  CHECK ((project_id IS NULL AND programme_id IS NOT NULL) OR
         (project_id IS NOT NULL AND programme_id IS NULL))
);
CREATE INDEX change_ideas_by_project ON change_ideas(project_id, id);
CREATE INDEX change_ideas_by_programme ON change_ideas(programme_id, id);
CREATE TABLE pdsa_cycles (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL REFERENCES projects(id),
  change_idea_id BIGINT NOT NULL REFERENCES change_ideas(id),
  previous_id BIGINT REFERENCES pdsa_cycles(id),
  cycle_number INTEGER NOT NULL,
  phase TEXT NOT NULL CHECK (phase IN ('plan', 'do', 'study', 'act', 'done')),
  title TEXT NOT NULL,
  question TEXT NOT NULL DEFAULT '',
  prediction TEXT NOT NULL DEFAULT '',
  who TEXT NOT NULL DEFAULT '',
  what TEXT NOT NULL DEFAULT '',
  place TEXT NOT NULL DEFAULT '',
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  data_plan TEXT NOT NULL DEFAULT '',
  as_planned TEXT NOT NULL DEFAULT '' CHECK (as_planned IN ('', 'yes', 'partly', 'no')),
  observations TEXT NOT NULL DEFAULT '',
  surprises TEXT NOT NULL DEFAULT '',
  result TEXT NOT NULL DEFAULT '',
  learning TEXT NOT NULL DEFAULT '',
  decision TEXT NOT NULL DEFAULT '' CHECK (decision IN ('', 'adopt', 'adapt', 'abandon')),
  next_step TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  do_at BIGINT NOT NULL DEFAULT 0,
  study_at BIGINT NOT NULL DEFAULT 0,
  act_at BIGINT NOT NULL DEFAULT 0,
  done_at BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  UNIQUE (project_id, cycle_number)
);
CREATE INDEX pdsa_cycles_by_idea ON pdsa_cycles(change_idea_id, id);
CREATE INDEX pdsa_cycles_by_previous ON pdsa_cycles(previous_id);
CREATE TABLE pdsa_cycle_measures (
  cycle_id BIGINT NOT NULL REFERENCES pdsa_cycles(id),
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  PRIMARY KEY (cycle_id, measure_id)
);
CREATE INDEX pdsa_cycle_measures_by_measure ON pdsa_cycle_measures(measure_id);
)sql"},
    {5, "phases of a measure's charts", R"sql(
CREATE TABLE measure_phases (
  id {{id}},
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  starts_period TEXT NOT NULL,
  cycle_id BIGINT REFERENCES pdsa_cycles(id),
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  UNIQUE (measure_id, starts_period)
);
)sql"},
    {6, "theory of change and driver diagram", R"sql(
CREATE TABLE diagram_items (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL REFERENCES projects(id),
  kind TEXT NOT NULL CHECK (kind IN ('toc', 'driver')),
  level_name TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  version BIGINT NOT NULL DEFAULT 1,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT '',
  CHECK ((kind = 'toc' AND level_name IN ('resource', 'activity', 'product', 'practice',
                                          'outcome', 'effect')) OR
         (kind = 'driver' AND level_name IN ('primary', 'secondary')))
);
CREATE INDEX diagram_items_by_project ON diagram_items(project_id, kind, id);
CREATE TABLE diagram_links (
  project_id BIGINT NOT NULL REFERENCES projects(id),
  from_item_id BIGINT NOT NULL REFERENCES diagram_items(id),
  to_item_id BIGINT NOT NULL REFERENCES diagram_items(id),
  PRIMARY KEY (from_item_id, to_item_id)
);
CREATE INDEX diagram_links_by_project ON diagram_links(project_id);
CREATE INDEX diagram_links_by_to ON diagram_links(to_item_id);
CREATE TABLE diagram_measures (
  item_id BIGINT NOT NULL REFERENCES diagram_items(id),
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  PRIMARY KEY (item_id, measure_id)
);
CREATE TABLE diagram_change_ideas (
  item_id BIGINT NOT NULL REFERENCES diagram_items(id),
  change_idea_id BIGINT NOT NULL REFERENCES change_ideas(id),
  PRIMARY KEY (item_id, change_idea_id)
);
)sql"},
    // The goals catalogue (shipped entries, seeded per organisation) and goal links; the SQL
    // with the shipped data is in goal_catalogue_data.cc.
    {7, "goals catalogue and goal links", kGoalsMigrationSql},
    {8, "gender analysis notes, self-assessments and reflection notes", R"sql(
CREATE TABLE gender_notes (
  id {{id}},
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  version BIGINT NOT NULL,
  representation TEXT NOT NULL DEFAULT '',
  resources TEXT NOT NULL DEFAULT '',
  realia TEXT NOT NULL DEFAULT '',
  realisera TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  UNIQUE (measure_id, version)
);
CREATE TABLE self_assessments (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  assessed_on TEXT NOT NULL,
  note TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX self_assessments_by_unit ON self_assessments(unit_id, assessed_on);
CREATE TABLE self_assessment_scores (
  assessment_id BIGINT NOT NULL REFERENCES self_assessments(id),
  item TEXT NOT NULL,
  item_order INTEGER NOT NULL,
  score INTEGER CHECK (score IS NULL OR (score BETWEEN 1 AND 4)),
  comment TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (assessment_id, item)
);
CREATE TABLE reflection_notes (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  kind TEXT NOT NULL CHECK (kind IN ('meeting', 'shadowing')),
  held_on TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  peer TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL DEFAULT '',
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE reflection_note_units (
  note_id BIGINT NOT NULL REFERENCES reflection_notes(id),
  unit_id BIGINT NOT NULL REFERENCES units(id),
  PRIMARY KEY (note_id, unit_id)
);
CREATE INDEX reflection_note_units_by_unit ON reflection_note_units(unit_id);
CREATE TABLE reflection_note_projects (
  note_id BIGINT NOT NULL REFERENCES reflection_notes(id),
  project_id BIGINT NOT NULL REFERENCES projects(id),
  PRIMARY KEY (note_id, project_id)
);
)sql"},
    // The data version (store/data_version.h): one row per slot, the version is their sum.
    {9, "data version", R"sql(
CREATE TABLE data_version (
  slot INTEGER PRIMARY KEY,
  version BIGINT NOT NULL DEFAULT 0
);
INSERT INTO data_version (slot, version) VALUES
  (0, 0), (1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0), (7, 0),
  (8, 0), (9, 0), (10, 0), (11, 0), (12, 0), (13, 0), (14, 0), (15, 0);
)sql"},
    // Lists a person reads are in Swedish order on both engines: ORDER BY name COLLATE
    // swedish. PostgreSQL gets ICU's Swedish collation; SQLite registers one of the same name
    // on every connection.
    {10, "Swedish collation", "{{create_swedish_collation}}"},
    // Corrected wording of the shipped goals catalogue (goal_catalogue_data.cc).
    {11, "goals catalogue wording", kGoalsWordingSql},
    // Every successful login deletes a few counters whose last failure is old (sessions.cc); the
    // index finds them without reading the table.
    {12, "index of failed logins by time", R"sql(
CREATE INDEX login_failures_by_last_failure ON login_failures(last_failure_at);
)sql"},
    // A saved self-assessment can be corrected: a version for stale saves, and who corrected
    // it last (until then, who recorded it).
    {13, "self-assessment versions", R"sql(
ALTER TABLE self_assessments ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE self_assessments ADD COLUMN updated_at BIGINT NOT NULL DEFAULT 0;
ALTER TABLE self_assessments ADD COLUMN updated_by TEXT NOT NULL DEFAULT '';
UPDATE self_assessments SET updated_at = created_at, updated_by = created_by;
)sql"},
    // A programme can be edited and closed: the host's unit that runs it (none: the whole
    // organisation), and whether it is closed (read-only until reopened).
    {14, "programme host unit and closing", R"sql(
ALTER TABLE programmes ADD COLUMN host_unit_id BIGINT REFERENCES units(id);
ALTER TABLE programmes ADD COLUMN closed INTEGER NOT NULL DEFAULT 0;
)sql"},
    // A measure is judged by the rule set its team chose (Anhøj until then), and may have a
    // frozen baseline: the first N points set its lines (none: every point).
    {15, "measure rule set and frozen baseline", R"sql(
ALTER TABLE measures ADD COLUMN rule_set TEXT NOT NULL DEFAULT 'anhoej'
  CHECK (rule_set IN ('anhoej', 'ihi', 'mdc', 'western-electric'));
ALTER TABLE measures ADD COLUMN baseline_points INTEGER CHECK (baseline_points > 0);
)sql"},
    // A programme's common measure definition can be retired: teams adopt it no more.
    {16, "retiring common measure definitions", R"sql(
ALTER TABLE measures ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
)sql"},
    // Personal API tokens (domain/api_tokens.h): only the secret's hash is stored, unique so
    // a request finds its token by it; and which token an audited change came through.
    {17, "personal API tokens", R"sql(
CREATE TABLE api_tokens (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users(id),
  name TEXT NOT NULL,
  secret_hash TEXT NOT NULL UNIQUE,
  can_write INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  last_used_at BIGINT
);
CREATE INDEX api_tokens_by_user ON api_tokens(user_id);
ALTER TABLE audit_events ADD COLUMN api_token TEXT NOT NULL DEFAULT '';
)sql"},
    // Files of a measure's values, staged between the preview and the commit
    // (domain/imports.h): the file as read, as JSON text, and whether it was committed.
    {18, "observation imports", R"sql(
CREATE TABLE observation_imports (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  user_id BIGINT REFERENCES users(id),
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  base_version BIGINT NOT NULL,
  sheet_json TEXT NOT NULL,
  status TEXT NOT NULL,
  committed_at BIGINT
);
CREATE INDEX observation_imports_by_measure ON observation_imports(measure_id);
)sql"},
    // A project's improvement story (domain/project_story.h): the team's summary and the
    // measures and cycles it leaves out, as id lists ("3,7"); a project without a row tells
    // its whole story.
    {19, "improvement story choices", R"sql(
CREATE TABLE project_stories (
  project_id BIGINT PRIMARY KEY REFERENCES projects(id),
  summary TEXT NOT NULL DEFAULT '',
  left_out_measures TEXT NOT NULL DEFAULT '',
  left_out_cycles TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
)sql"},
    // Notes on single points of a measure's charts (domain/point_notes.h): an exclusion from
    // the lines with its reason, or an annotation; one of each kind per period.
    {20, "exclusions and annotations of points", R"sql(
CREATE TABLE measure_point_notes (
  id {{id}},
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  period TEXT NOT NULL,
  kind TEXT NOT NULL CHECK (kind IN ('exclusion', 'annotation')),
  text TEXT NOT NULL,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  created_by TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (measure_id, period, kind)
);
)sql"},
    // The full-text search index (store/search_index_sql.h): one row per searchable text,
    // kept by triggers in the writing transaction, filled from what exists.
    {21, "search index", R"sql(
CREATE TABLE search_documents (
  id {{id}},
  kind TEXT NOT NULL CHECK (kind IN ('cycle', 'idea', 'project', 'gender_note', 'reflection')),
  object_id BIGINT NOT NULL,
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT REFERENCES projects(id),
  programme_id BIGINT REFERENCES programmes(id),
  decision TEXT NOT NULL DEFAULT '',
  day TEXT NOT NULL DEFAULT '',
  title TEXT NOT NULL,
  body TEXT NOT NULL,
  UNIQUE (kind, object_id)
);
CREATE INDEX search_documents_by_project ON search_documents(project_id);
{{create_search_index}}
)sql"},
    {22, "invitations of teams into programmes", R"sql(
CREATE TABLE programme_invitations (
  id {{id}},
  programme_id BIGINT NOT NULL REFERENCES programmes(id),
  team_id BIGINT NOT NULL REFERENCES teams(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'withdrawn')),
  invited_by TEXT NOT NULL,
  invited_at BIGINT NOT NULL,
  answered_by TEXT NOT NULL DEFAULT '',
  answered_at BIGINT,
  project_id BIGINT REFERENCES projects(id)
);
CREATE INDEX programme_invitations_by_programme ON programme_invitations(programme_id, id);
CREATE INDEX programme_invitations_by_organisation ON programme_invitations(organisation_id, id);
)sql"},
    {23, "publications of stories and each organisation's small-number threshold", R"sql(
ALTER TABLE organisations ADD COLUMN suppression_threshold INTEGER NOT NULL DEFAULT 5
  CHECK (suppression_threshold >= 3);
CREATE TABLE publications (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL UNIQUE REFERENCES projects(id),
  slug TEXT NOT NULL UNIQUE,
  include_names INTEGER NOT NULL DEFAULT 0,
  published_by TEXT NOT NULL,
  published_at BIGINT NOT NULL
);
CREATE INDEX publications_by_organisation ON publications(organisation_id, published_at);
)sql"},
    {24, "publications of programmes' summaries", R"sql(
CREATE TABLE programme_publications (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  programme_id BIGINT NOT NULL UNIQUE REFERENCES programmes(id),
  slug TEXT NOT NULL UNIQUE,
  published_by TEXT NOT NULL,
  published_at BIGINT NOT NULL
);
CREATE INDEX programme_publications_by_organisation
  ON programme_publications(organisation_id, published_at);
)sql"},
    {25, "monthly team reports", R"sql(
CREATE TABLE monthly_reports (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL REFERENCES projects(id),
  month TEXT NOT NULL,
  tested TEXT NOT NULL,
  learned TEXT NOT NULL,
  support TEXT NOT NULL,
  submitted INTEGER NOT NULL DEFAULT 0,
  submitted_at BIGINT NOT NULL DEFAULT 0,
  submitted_by TEXT NOT NULL DEFAULT '',
  version BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  UNIQUE (project_id, month)
);
)sql"},
    // Sustain plans of projects in Vidmakthålls (domain/sustain_plan.h): one per project, the
    // project's measures that continue and how often, and the review dates with who marked
    // each done.
    {26, "sustain plans", R"sql(
CREATE TABLE sustain_plans (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL UNIQUE REFERENCES projects(id),
  owner_user_id BIGINT NOT NULL REFERENCES users(id),
  standardised TEXT NOT NULL,
  version BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL
);
CREATE TABLE sustain_measures (
  plan_id BIGINT NOT NULL REFERENCES sustain_plans(id),
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  position BIGINT NOT NULL,
  continues INTEGER NOT NULL,
  frequency TEXT NOT NULL CHECK (frequency IN ('week', 'month', 'quarter')),
  PRIMARY KEY (plan_id, measure_id)
);
CREATE TABLE sustain_reviews (
  id {{id}},
  plan_id BIGINT NOT NULL REFERENCES sustain_plans(id),
  due_on TEXT NOT NULL,
  done_at BIGINT NOT NULL,
  done_by TEXT NOT NULL
);
CREATE INDEX sustain_reviews_by_plan ON sustain_reviews(plan_id, due_on);
)sql"},
    // Spreading adopted change ideas (domain/spread.h): an offer of a team's idea to another
    // team, and the receiving team's copy, which remembers the idea it came from.
    {27, "offers of adopted change ideas and where the copies came from", R"sql(
ALTER TABLE change_ideas ADD COLUMN origin_idea_id BIGINT REFERENCES change_ideas(id);
CREATE INDEX change_ideas_by_origin ON change_ideas(origin_idea_id);
CREATE TABLE idea_offers (
  id {{id}},
  idea_id BIGINT NOT NULL REFERENCES change_ideas(id),
  team_id BIGINT NOT NULL REFERENCES teams(id),
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  status TEXT NOT NULL CHECK (status IN ('open', 'taken')),
  offered_by TEXT NOT NULL,
  offered_at BIGINT NOT NULL,
  taken_by TEXT NOT NULL DEFAULT '',
  taken_at BIGINT,
  taken_idea_id BIGINT REFERENCES change_ideas(id)
);
CREATE INDEX idea_offers_by_idea ON idea_offers(idea_id, id);
CREATE INDEX idea_offers_by_team ON idea_offers(team_id, status);
)sql"},
    // Scope words in SQLite's search index, a team column in PostgreSQL's
    // (store/search_scope_sql.h).
    {28, "scope words in the search index", "{{scope_search_index}}"},
    // Offers to a programme's change package, and declined offers (store/idea_offers_sql.h).
    {29, "offers to a change package and declined offers", "{{answerable_idea_offers}}"},
    // A cycle on a change package's idea shared with the programme in the search index
    // (store/search_learning_sql.h).
    {30, "shared learnings in the search index", "{{learning_search_index}}"},
    // The e-mail outbox, the reminders already sent and who turned them off (domain/outbox.h,
    // domain/reminders.h).
    {31, "e-mail outbox and reminders", R"sql(
CREATE TABLE mail_outbox (
  id {{id}},
  recipient TEXT NOT NULL,
  subject TEXT NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  sent_at BIGINT,
  failed_at BIGINT,
  last_error TEXT NOT NULL DEFAULT ''
);
CREATE INDEX mail_outbox_due ON mail_outbox(next_attempt_at) WHERE sent_at IS NULL AND failed_at IS NULL;
CREATE TABLE reminders_sent (
  reminder_key TEXT NOT NULL,
  user_id BIGINT NOT NULL REFERENCES users(id),
  sent_at BIGINT NOT NULL,
  PRIMARY KEY (reminder_key, user_id)
);
CREATE TABLE reminder_opt_outs (
  user_id BIGINT PRIMARY KEY REFERENCES users(id),
  created_at BIGINT NOT NULL
);
)sql"},
    // A change idea can be retired: it takes no new cycles (domain/change_idea_edits.h).
    {32, "retired change ideas", R"sql(
ALTER TABLE change_ideas ADD COLUMN retired INTEGER NOT NULL DEFAULT 0;
)sql"},
    // A measure may be measured once a year (Kolada's figures are yearly) and names the
    // source of its values.
    {33, "yearly measures", "{{yearly_frequency}}", true},
    // Long tables of a project's measures, staged between the import page's preview and its
    // commit (domain/long_table_imports.h), as observation_imports stages a measure's file.
    {34, "long table imports", R"sql(
CREATE TABLE long_table_imports (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  project_id BIGINT NOT NULL REFERENCES projects(id),
  user_id BIGINT REFERENCES users(id),
  created_by TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  file_name TEXT NOT NULL,
  sheet_json TEXT NOT NULL,
  status TEXT NOT NULL,
  committed_at BIGINT
);
CREATE INDEX long_table_imports_by_project ON long_table_imports(project_id);
)sql"},
    // The headings a measure's import remembers (domain/import_columns.h): what a column of a
    // file that does not use the grid's words holds.
    {35, "remembered import columns", R"sql(
CREATE TABLE import_columns (
  measure_id BIGINT NOT NULL REFERENCES measures(id),
  heading TEXT NOT NULL,
  role TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (measure_id, heading)
);
)sql"},
    // The headings a project's long tables remember (domain/long_table_columns.h): what a
    // column of a file that does not use the long table's words holds.
    {36, "remembered long table columns", R"sql(
CREATE TABLE long_table_columns (
  project_id BIGINT NOT NULL REFERENCES projects(id),
  heading TEXT NOT NULL,
  role TEXT NOT NULL,
  updated_at BIGINT NOT NULL,
  updated_by TEXT NOT NULL,
  PRIMARY KEY (project_id, heading)
);
)sql"},
    // A programme's coach (domain/access.h): a role the memberships' CHECK must allow.
    {37, "programme coaches", "{{coach_role}}"},
    // Comments on cycles and monthly reports (domain/comment.h): written once, never changed.
    {38, "comments", R"sql(
CREATE TABLE comments (
  id {{id}},
  organisation_id BIGINT NOT NULL REFERENCES organisations(id),
  subject TEXT NOT NULL CHECK (subject IN ('pdsa_cycle', 'monthly_report')),
  subject_id BIGINT NOT NULL,
  month TEXT NOT NULL DEFAULT '',
  author_id BIGINT NOT NULL REFERENCES users(id),
  author TEXT NOT NULL,
  author_organisation TEXT NOT NULL,
  text TEXT NOT NULL,
  created_at BIGINT NOT NULL
);
CREATE INDEX comments_by_subject ON comments(subject, subject_id, month, id);
)sql"},
};

}  // namespace

std::span<const Migration> Migrations() {
  return kMigrations;
}

int LatestMigrationVersion() {
  return Migrations().back().version;
}

std::string RenderMigration(const Migration& migration, const Dialect& dialect) {
  std::string sql = migration.sql;
  const std::string search_index = SearchIndexSql(dialect.text_search);
  const std::string scope_search_index = SearchScopeIndexSql(dialect.text_search);
  const std::string learning_search_index = SharedLearningKindSql(dialect.text_search);
  const std::string answerable_idea_offers = AnswerableIdeaOffersSql(dialect.engine);
  const std::string yearly_frequency = YearlyFrequencySql(dialect.engine);
  const std::string coach_role = CoachRoleSql(dialect.engine);
  for (const auto& [token, value] :
       {std::pair<std::string_view, std::string_view>{"{{id}}", dialect.id_column},
        {"{{create_swedish_collation}}", dialect.create_swedish_collation},
        {"{{create_search_index}}", search_index},
        {"{{scope_search_index}}", scope_search_index},
        {"{{answerable_idea_offers}}", answerable_idea_offers},
        {"{{yearly_frequency}}", yearly_frequency},
        {"{{coach_role}}", coach_role},
        {"{{learning_search_index}}", learning_search_index}}) {
    for (std::size_t pos = sql.find(token); pos != std::string::npos; pos = sql.find(token, pos)) {
      sql.replace(pos, token.size(), value);
      pos += value.size();
    }
  }
  return sql;
}

}  // namespace stegvis::store
