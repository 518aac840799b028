// SqlTx: programmes, projects, measures and observations.
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id, ON CONFLICT.

#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kProgrammeColumns =
    "SELECT id, organisation_id, name, theme, aim, starts_on, ends_on, version, updated_at, "
    "updated_by FROM programmes ";
constexpr const char* kProjectColumns =
    "SELECT id, organisation_id, team_id, programme_id, title, problem, aim_what, aim_how_much, "
    "aim_by_when, aim_for_whom, aim_groups, status, version, updated_at, updated_by "
    "FROM projects ";
constexpr const char* kMeasureColumns =
    "SELECT id, organisation_id, programme_id, project_id, definition_id, name, definition, "
    "kind, data_type, unit, frequency, direction, target, target_date, baseline, grouping, "
    "no_sex_reason, chart_override, version, updated_at, updated_by, data_version, "
    "data_updated_at, data_updated_by FROM measures ";

domain::Programme ReadProgramme(const Statement& s) {
  domain::Programme p;
  p.id = s.Int(0);
  p.organisation_id = s.Int(1);
  p.name = s.Text(2);
  p.theme = s.Text(3);
  p.aim = s.Text(4);
  p.starts_on = s.Text(5);
  p.ends_on = s.Text(6);
  p.version = s.Int(7);
  p.updated_at = s.Int(8);
  p.updated_by = s.Text(9);
  return p;
}

domain::Project ReadProject(const Statement& s) {
  domain::Project p;
  p.id = s.Int(0);
  p.organisation_id = s.Int(1);
  p.team_id = s.Int(2);
  p.programme_id = s.OptionalInt(3);
  p.title = s.Text(4);
  p.problem = s.Text(5);
  p.aim_what = s.Text(6);
  p.aim_how_much = s.Text(7);
  p.aim_by_when = s.Text(8);
  p.aim_for_whom = s.Text(9);
  p.aim_groups = domain::ParseAimGroups(s.Text(10));
  p.status = domain::ParseProjectStatus(s.Text(11)).value_or(domain::ProjectStatus::kPlanned);
  p.version = s.Int(12);
  p.updated_at = s.Int(13);
  p.updated_by = s.Text(14);
  return p;
}

domain::Measure ReadMeasure(const Statement& s) {
  domain::Measure m;
  m.id = s.Int(0);
  m.organisation_id = s.Int(1);
  m.programme_id = s.OptionalInt(2);
  m.project_id = s.OptionalInt(3);
  m.definition_id = s.OptionalInt(4);
  m.name = s.Text(5);
  m.definition = s.Text(6);
  // The CHECK constraints make the fallbacks unreachable.
  m.kind = domain::ParseMeasureKind(s.Text(7)).value_or(domain::MeasureKind::kOutcome);
  m.data_type = domain::ParseMeasureDataType(s.Text(8)).value_or(stats::DataType::kCount);
  m.unit = s.Text(9);
  m.frequency = domain::ParseFrequency(s.Text(10)).value_or(domain::Frequency::kMonth);
  m.direction = domain::ParseBetter(s.Text(11)).value_or(domain::Better::kUp);
  m.target = s.Text(12);
  m.target_date = s.Text(13);
  m.baseline = s.Text(14);
  m.grouping = domain::ParseGrouping(s.Text(15)).value_or(domain::Grouping::kNone);
  m.no_sex_reason = s.Text(16);
  m.chart_override = s.Text(17);
  m.version = s.Int(18);
  m.updated_at = s.Int(19);
  m.updated_by = s.Text(20);
  m.data_version = s.Int(21);
  m.data_updated_at = s.Int(22);
  m.data_updated_by = s.Text(23);
  return m;
}

}  // namespace

std::vector<domain::Programme> SqlTx::ListProgrammes(domain::Id organisation_id) {
  std::vector<domain::Programme> out;
  Statement s =
      db_.Prepare(std::string(kProgrammeColumns) + "WHERE organisation_id = ? ORDER BY name, id");
  s.Bind(1, organisation_id);
  while (s.Step()) out.push_back(ReadProgramme(s));
  return out;
}

std::optional<domain::Programme> SqlTx::FindProgramme(domain::Id programme_id) {
  Statement s = db_.Prepare(std::string(kProgrammeColumns) + "WHERE id = ?");
  s.Bind(1, programme_id);
  if (!s.Step()) return std::nullopt;
  return ReadProgramme(s);
}

domain::Id SqlTx::CreateProgramme(const domain::Programme& p, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO programmes (organisation_id, name, theme, aim, starts_on, ends_on, version, "
      "updated_at, updated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, p.organisation_id)
      .Bind(2, p.name)
      .Bind(3, p.theme)
      .Bind(4, p.aim)
      .Bind(5, p.starts_on)
      .Bind(6, p.ends_on)
      .Bind(7, p.version)
      .Bind(8, now)
      .Bind(9, p.updated_by)
      .Bind(10, now)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateProgramme(const domain::Programme& p) {
  Statement s = db_.Prepare(
      "UPDATE programmes SET name = ?, theme = ?, aim = ?, starts_on = ?, ends_on = ?, "
      "version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
  s.Bind(1, p.name)
      .Bind(2, p.theme)
      .Bind(3, p.aim)
      .Bind(4, p.starts_on)
      .Bind(5, p.ends_on)
      .Bind(6, p.version)
      .Bind(7, p.updated_at)
      .Bind(8, p.updated_by)
      .Bind(9, p.id)
      .Step();
}

std::vector<domain::ProgrammeEvent> SqlTx::ListProgrammeEvents(domain::Id programme_id) {
  std::vector<domain::ProgrammeEvent> out;
  Statement s = db_.Prepare(
      "SELECT id, programme_id, kind, title, starts_on, ends_on FROM programme_events "
      "WHERE programme_id = ? ORDER BY starts_on, id");
  s.Bind(1, programme_id);
  while (s.Step()) {
    out.push_back({s.Int(0), s.Int(1),
                   domain::ParseProgrammeEventKind(s.Text(2)).value_or(
                       domain::ProgrammeEventKind::kLearningSession),
                   s.Text(3), s.Text(4), s.Text(5)});
  }
  return out;
}

domain::Id SqlTx::AddProgrammeEvent(const domain::ProgrammeEvent& e) {
  Statement s = db_.Prepare(
      "INSERT INTO programme_events (programme_id, kind, title, starts_on, ends_on) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, e.programme_id)
      .Bind(2, domain::ProgrammeEventKindName(e.kind))
      .Bind(3, e.title)
      .Bind(4, e.starts_on)
      .Bind(5, e.ends_on)
      .Step();
  return s.Int(0);
}

std::vector<domain::Id> SqlTx::ListProgrammeTeams(domain::Id programme_id) {
  std::vector<domain::Id> out;
  Statement s = db_.Prepare(
      "SELECT team_id FROM programme_teams WHERE programme_id = ? ORDER BY joined_at, team_id");
  s.Bind(1, programme_id);
  while (s.Step()) out.push_back(s.Int(0));
  return out;
}

std::vector<domain::Id> SqlTx::ListTeamProgrammes(domain::Id team_id) {
  std::vector<domain::Id> out;
  Statement s = db_.Prepare(
      "SELECT programme_id FROM programme_teams WHERE team_id = ? ORDER BY programme_id");
  s.Bind(1, team_id);
  while (s.Step()) out.push_back(s.Int(0));
  return out;
}

bool SqlTx::AddProgrammeTeam(domain::Id programme_id, domain::Id team_id, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO programme_teams (programme_id, team_id, joined_at) VALUES (?, ?, ?) "
      "ON CONFLICT (programme_id, team_id) DO NOTHING RETURNING team_id");
  s.Bind(1, programme_id).Bind(2, team_id).Bind(3, now);
  return s.Step();
}

std::vector<domain::Project> SqlTx::ListProjects(domain::Id team_id) {
  std::vector<domain::Project> out;
  Statement s = db_.Prepare(std::string(kProjectColumns) + "WHERE team_id = ? ORDER BY id");
  s.Bind(1, team_id);
  while (s.Step()) out.push_back(ReadProject(s));
  return out;
}

std::optional<domain::Project> SqlTx::FindProject(domain::Id project_id) {
  Statement s = db_.Prepare(std::string(kProjectColumns) + "WHERE id = ?");
  s.Bind(1, project_id);
  if (!s.Step()) return std::nullopt;
  return ReadProject(s);
}

domain::Id SqlTx::CreateProject(const domain::Project& p, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO projects (organisation_id, team_id, programme_id, title, problem, aim_what, "
      "aim_how_much, aim_by_when, aim_for_whom, aim_groups, status, version, updated_at, "
      "updated_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
      "RETURNING id");
  s.Bind(1, p.organisation_id)
      .Bind(2, p.team_id)
      .Bind(3, p.programme_id)
      .Bind(4, p.title)
      .Bind(5, p.problem)
      .Bind(6, p.aim_what)
      .Bind(7, p.aim_how_much)
      .Bind(8, p.aim_by_when)
      .Bind(9, p.aim_for_whom)
      .Bind(10, domain::AimGroupsText(p.aim_groups))
      .Bind(11, domain::ProjectStatusName(p.status))
      .Bind(12, p.version)
      .Bind(13, now)
      .Bind(14, p.updated_by)
      .Bind(15, now)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateProject(const domain::Project& p) {
  Statement s = db_.Prepare(
      "UPDATE projects SET programme_id = ?, title = ?, problem = ?, aim_what = ?, "
      "aim_how_much = ?, aim_by_when = ?, aim_for_whom = ?, aim_groups = ?, status = ?, "
      "version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
  s.Bind(1, p.programme_id)
      .Bind(2, p.title)
      .Bind(3, p.problem)
      .Bind(4, p.aim_what)
      .Bind(5, p.aim_how_much)
      .Bind(6, p.aim_by_when)
      .Bind(7, p.aim_for_whom)
      .Bind(8, domain::AimGroupsText(p.aim_groups))
      .Bind(9, domain::ProjectStatusName(p.status))
      .Bind(10, p.version)
      .Bind(11, p.updated_at)
      .Bind(12, p.updated_by)
      .Bind(13, p.id)
      .Step();
}

std::vector<domain::ProgressScore> SqlTx::ListProgressScores(domain::Id project_id) {
  std::vector<domain::ProgressScore> out;
  Statement s = db_.Prepare(
      "SELECT id, project_id, score_tenths, set_on, note, set_by FROM progress_scores "
      "WHERE project_id = ? ORDER BY set_on, id");
  s.Bind(1, project_id);
  while (s.Step()) {
    out.push_back(
        {s.Int(0), s.Int(1), static_cast<int>(s.Int(2)), s.Text(3), s.Text(4), s.Text(5)});
  }
  return out;
}

domain::Id SqlTx::AddProgressScore(const domain::ProgressScore& p, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO progress_scores (project_id, score_tenths, set_on, note, set_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, p.project_id)
      .Bind(2, std::int64_t{p.score_tenths})
      .Bind(3, p.set_on)
      .Bind(4, p.note)
      .Bind(5, p.set_by)
      .Bind(6, now)
      .Step();
  return s.Int(0);
}

std::vector<domain::Measure> SqlTx::ListProjectMeasures(domain::Id project_id) {
  std::vector<domain::Measure> out;
  Statement s = db_.Prepare(std::string(kMeasureColumns) + "WHERE project_id = ? ORDER BY id");
  s.Bind(1, project_id);
  while (s.Step()) out.push_back(ReadMeasure(s));
  return out;
}

std::vector<domain::Measure> SqlTx::ListProgrammeMeasures(domain::Id programme_id) {
  std::vector<domain::Measure> out;
  Statement s = db_.Prepare(std::string(kMeasureColumns) +
                            "WHERE programme_id = ? AND project_id IS NULL ORDER BY id");
  s.Bind(1, programme_id);
  while (s.Step()) out.push_back(ReadMeasure(s));
  return out;
}

std::optional<domain::Measure> SqlTx::FindMeasure(domain::Id measure_id) {
  Statement s = db_.Prepare(std::string(kMeasureColumns) + "WHERE id = ?");
  s.Bind(1, measure_id);
  if (!s.Step()) return std::nullopt;
  return ReadMeasure(s);
}

domain::Id SqlTx::CreateMeasure(const domain::Measure& m, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO measures (organisation_id, programme_id, project_id, definition_id, name, "
      "definition, kind, data_type, unit, frequency, direction, target, target_date, baseline, "
      "grouping, no_sex_reason, chart_override, version, updated_at, updated_by, created_at) "
      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, m.organisation_id)
      .Bind(2, m.programme_id)
      .Bind(3, m.project_id)
      .Bind(4, m.definition_id)
      .Bind(5, m.name)
      .Bind(6, m.definition)
      .Bind(7, domain::MeasureKindName(m.kind))
      .Bind(8, stats::DataTypeName(m.data_type))
      .Bind(9, m.unit)
      .Bind(10, domain::FrequencyName(m.frequency))
      .Bind(11, domain::BetterName(m.direction))
      .Bind(12, m.target)
      .Bind(13, m.target_date)
      .Bind(14, m.baseline)
      .Bind(15, domain::GroupingName(m.grouping))
      .Bind(16, m.no_sex_reason)
      .Bind(17, m.chart_override)
      .Bind(18, m.version)
      .Bind(19, now)
      .Bind(20, m.updated_by)
      .Bind(21, now)
      .Step();
  return s.Int(0);
}

void SqlTx::UpdateMeasure(const domain::Measure& m) {
  Statement s = db_.Prepare(
      "UPDATE measures SET definition_id = ?, name = ?, definition = ?, kind = ?, "
      "data_type = ?, unit = ?, frequency = ?, direction = ?, target = ?, target_date = ?, "
      "baseline = ?, grouping = ?, no_sex_reason = ?, chart_override = ?, version = ?, "
      "updated_at = ?, updated_by = ? WHERE id = ?");
  s.Bind(1, m.definition_id)
      .Bind(2, m.name)
      .Bind(3, m.definition)
      .Bind(4, domain::MeasureKindName(m.kind))
      .Bind(5, stats::DataTypeName(m.data_type))
      .Bind(6, m.unit)
      .Bind(7, domain::FrequencyName(m.frequency))
      .Bind(8, domain::BetterName(m.direction))
      .Bind(9, m.target)
      .Bind(10, m.target_date)
      .Bind(11, m.baseline)
      .Bind(12, domain::GroupingName(m.grouping))
      .Bind(13, m.no_sex_reason)
      .Bind(14, m.chart_override)
      .Bind(15, m.version)
      .Bind(16, m.updated_at)
      .Bind(17, m.updated_by)
      .Bind(18, m.id)
      .Step();
}

void SqlTx::SetMeasureDataVersion(domain::Id measure_id, std::int64_t version, std::int64_t at,
                                  const std::string& by) {
  Statement s = db_.Prepare(
      "UPDATE measures SET data_version = ?, data_updated_at = ?, data_updated_by = ? "
      "WHERE id = ?");
  s.Bind(1, version).Bind(2, at).Bind(3, by).Bind(4, measure_id).Step();
}

std::vector<domain::Observation> SqlTx::ListObservations(domain::Id measure_id) {
  std::vector<domain::Observation> out;
  Statement s = db_.Prepare(
      "SELECT measure_id, period, grp, value, denominator, note, updated_at, updated_by "
      "FROM observations WHERE measure_id = ? ORDER BY period, grp");
  s.Bind(1, measure_id);
  while (s.Step()) {
    out.push_back(
        {s.Int(0), s.Text(1), s.Text(2), s.Text(3), s.Text(4), s.Text(5), s.Int(6), s.Text(7)});
  }
  return out;
}

void SqlTx::SaveObservation(const domain::Observation& o) {
  Statement s = db_.Prepare(
      "INSERT INTO observations (measure_id, period, grp, value, denominator, note, updated_at, "
      "updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (measure_id, period, grp) DO "
      "UPDATE SET value = excluded.value, denominator = excluded.denominator, "
      "note = excluded.note, updated_at = excluded.updated_at, updated_by = excluded.updated_by");
  s.Bind(1, o.measure_id)
      .Bind(2, o.period)
      .Bind(3, o.group)
      .Bind(4, o.value)
      .Bind(5, o.denominator)
      .Bind(6, o.note)
      .Bind(7, o.updated_at)
      .Bind(8, o.updated_by)
      .Step();
}

void SqlTx::InsertObservations(const std::vector<domain::Observation>& observations) {
  static constexpr std::string_view kColumns[] = {
      "measure_id", "period", "grp", "value", "denominator", "note", "updated_at", "updated_by"};
  std::vector<BulkRow> rows;
  rows.reserve(observations.size());
  for (const domain::Observation& o : observations) {
    rows.push_back({std::to_string(o.measure_id), o.period, o.group, o.value, o.denominator, o.note,
                    std::to_string(o.updated_at), o.updated_by});
  }
  db_.BulkInsert("observations", kColumns, rows);
}

void SqlTx::DeleteObservation(domain::Id measure_id, const std::string& period,
                              const std::string& group) {
  Statement s =
      db_.Prepare("DELETE FROM observations WHERE measure_id = ? AND period = ? AND grp = ?");
  s.Bind(1, measure_id).Bind(2, period).Bind(3, group).Step();
}

}  // namespace stegvis::store
