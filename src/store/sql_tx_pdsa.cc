// SqlTx: change ideas and PDSA cycles.
// Portable SQL only (SQLite and PostgreSQL): `?` placeholders, RETURNING id.

#include "store/sql_tx.h"

namespace stegvis::store {
namespace {

constexpr const char* kIdeaColumns =
    "SELECT id, organisation_id, project_id, programme_id, title, description, created_at, "
    "version, updated_at, updated_by FROM change_ideas ";

// `c.` prefixed so the list by measure can join.
constexpr const char* kCycleColumns =
    "SELECT c.id, c.organisation_id, c.project_id, c.change_idea_id, c.previous_id, "
    "c.cycle_number, c.phase, c.title, c.question, c.prediction, c.who, c.what, c.place, "
    "c.start_date, c.end_date, c.data_plan, c.as_planned, c.observations, c.surprises, "
    "c.result, c.learning, c.decision, c.next_step, c.created_at, c.do_at, c.study_at, "
    "c.act_at, c.done_at, c.version, c.updated_at, c.updated_by FROM pdsa_cycles c ";

domain::ChangeIdea ReadIdea(const Statement& s) {
  domain::ChangeIdea idea;
  idea.id = s.Int(0);
  idea.organisation_id = s.Int(1);
  idea.project_id = s.OptionalInt(2);
  idea.programme_id = s.OptionalInt(3);
  idea.title = s.Text(4);
  idea.description = s.Text(5);
  idea.created_at = s.Int(6);
  idea.version = s.Int(7);
  idea.updated_at = s.Int(8);
  idea.updated_by = s.Text(9);
  return idea;
}

domain::PdsaCycle ReadCycle(const Statement& s) {
  domain::PdsaCycle c;
  c.id = s.Int(0);
  c.organisation_id = s.Int(1);
  c.project_id = s.Int(2);
  c.change_idea_id = s.Int(3);
  c.previous_id = s.OptionalInt(4);
  c.number = static_cast<int>(s.Int(5));
  // The CHECK constraints make the fallbacks unreachable.
  c.phase = domain::ParsePdsaPhase(s.Text(6)).value_or(domain::PdsaPhase::kPlan);
  domain::PdsaContent& t = c.content;
  t.title = s.Text(7);
  t.question = s.Text(8);
  t.prediction = s.Text(9);
  t.who = s.Text(10);
  t.what = s.Text(11);
  t.where = s.Text(12);
  t.start_date = s.Text(13);
  t.end_date = s.Text(14);
  t.data_plan = s.Text(15);
  t.as_planned = domain::ParseAsPlanned(s.Text(16)).value_or(domain::AsPlanned::kUnknown);
  t.observations = s.Text(17);
  t.surprises = s.Text(18);
  t.result = s.Text(19);
  t.learning = s.Text(20);
  t.decision = domain::ParsePdsaDecision(s.Text(21)).value_or(domain::PdsaDecision::kNone);
  t.next_step = s.Text(22);
  c.created_at = s.Int(23);
  c.do_at = s.Int(24);
  c.study_at = s.Int(25);
  c.act_at = s.Int(26);
  c.done_at = s.Int(27);
  c.version = s.Int(28);
  c.updated_at = s.Int(29);
  c.updated_by = s.Text(30);
  return c;
}

}  // namespace

std::vector<domain::ChangeIdea> SqlTx::ListProjectChangeIdeas(domain::Id project_id) {
  std::vector<domain::ChangeIdea> out;
  Statement s = db_.Prepare(std::string(kIdeaColumns) + "WHERE project_id = ? ORDER BY id");
  s.Bind(1, project_id);
  while (s.Step()) out.push_back(ReadIdea(s));
  return out;
}

std::vector<domain::ChangeIdea> SqlTx::ListProgrammeChangeIdeas(domain::Id programme_id) {
  std::vector<domain::ChangeIdea> out;
  Statement s = db_.Prepare(std::string(kIdeaColumns) + "WHERE programme_id = ? ORDER BY id");
  s.Bind(1, programme_id);
  while (s.Step()) out.push_back(ReadIdea(s));
  return out;
}

std::optional<domain::ChangeIdea> SqlTx::FindChangeIdea(domain::Id change_idea_id) {
  Statement s = db_.Prepare(std::string(kIdeaColumns) + "WHERE id = ?");
  s.Bind(1, change_idea_id);
  if (!s.Step()) return std::nullopt;
  return ReadIdea(s);
}

domain::Id SqlTx::CreateChangeIdea(const domain::ChangeIdea& idea, std::int64_t now) {
  Statement s = db_.Prepare(
      "INSERT INTO change_ideas (organisation_id, project_id, programme_id, title, description, "
      "version, updated_at, updated_by, created_at) VALUES (?, ?, ?, ?, ?, 1, ?, ?, ?) "
      "RETURNING id");
  s.Bind(1, idea.organisation_id)
      .Bind(2, idea.project_id)
      .Bind(3, idea.programme_id)
      .Bind(4, idea.title)
      .Bind(5, idea.description)
      .Bind(6, now)
      .Bind(7, idea.updated_by)
      .Bind(8, now)
      .Step();
  return s.Int(0);
}

std::vector<domain::PdsaCycle> SqlTx::ReadPdsaCycles(Statement& s) {
  std::vector<domain::PdsaCycle> out;
  while (s.Step()) out.push_back(ReadCycle(s));
  // The measure links are read after the rows: one statement at a time per connection.
  for (domain::PdsaCycle& c : out) c.content.measure_ids = ListPdsaCycleMeasures(c.id);
  return out;
}

std::vector<domain::Id> SqlTx::ListPdsaCycleMeasures(domain::Id cycle_id) {
  std::vector<domain::Id> out;
  Statement s = db_.Prepare(
      "SELECT measure_id FROM pdsa_cycle_measures WHERE cycle_id = ? ORDER BY measure_id");
  s.Bind(1, cycle_id);
  while (s.Step()) out.push_back(s.Int(0));
  return out;
}

std::vector<domain::PdsaCycle> SqlTx::ListProjectPdsaCycles(domain::Id project_id) {
  Statement s =
      db_.Prepare(std::string(kCycleColumns) + "WHERE c.project_id = ? ORDER BY c.cycle_number");
  s.Bind(1, project_id);
  return ReadPdsaCycles(s);
}

std::vector<domain::PdsaCycle> SqlTx::ListChangeIdeaPdsaCycles(domain::Id change_idea_id) {
  Statement s =
      db_.Prepare(std::string(kCycleColumns) + "WHERE c.change_idea_id = ? ORDER BY c.id");
  s.Bind(1, change_idea_id);
  return ReadPdsaCycles(s);
}

std::vector<domain::PdsaCycle> SqlTx::ListMeasurePdsaCycles(domain::Id measure_id) {
  Statement s = db_.Prepare(std::string(kCycleColumns) +
                            "JOIN pdsa_cycle_measures m ON m.cycle_id = c.id "
                            "WHERE m.measure_id = ? ORDER BY c.id");
  s.Bind(1, measure_id);
  return ReadPdsaCycles(s);
}

std::optional<domain::PdsaCycle> SqlTx::FindPdsaCycle(domain::Id cycle_id) {
  Statement s = db_.Prepare(std::string(kCycleColumns) + "WHERE c.id = ?");
  s.Bind(1, cycle_id);
  std::vector<domain::PdsaCycle> found = ReadPdsaCycles(s);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<domain::Id> SqlTx::FindNextPdsaCycle(domain::Id cycle_id) {
  Statement s = db_.Prepare("SELECT id FROM pdsa_cycles WHERE previous_id = ? ORDER BY id");
  s.Bind(1, cycle_id);
  if (!s.Step()) return std::nullopt;
  return s.Int(0);
}

domain::Id SqlTx::CreatePdsaCycle(const domain::PdsaCycle& c) {
  domain::Id id = 0;
  {
    Statement s = db_.Prepare(
        "INSERT INTO pdsa_cycles (organisation_id, project_id, change_idea_id, previous_id, "
        "cycle_number, phase, title, created_at, version, updated_at, updated_by) "
        "VALUES (?, ?, ?, ?, (SELECT COALESCE(MAX(cycle_number), 0) + 1 FROM pdsa_cycles "
        "WHERE project_id = ?), 'plan', ?, ?, 1, ?, ?) RETURNING id");
    s.Bind(1, c.organisation_id)
        .Bind(2, c.project_id)
        .Bind(3, c.change_idea_id)
        .Bind(4, c.previous_id)
        .Bind(5, c.project_id)
        .Bind(6, c.content.title)
        .Bind(7, c.created_at)
        .Bind(8, c.updated_at)
        .Bind(9, c.updated_by)
        .Step();
    id = s.Int(0);
  }
  // The rest of the fields go through the one update, so both paths store the same columns.
  domain::PdsaCycle stored = c;
  stored.id = id;
  UpdatePdsaCycle(stored);
  return id;
}

void SqlTx::UpdatePdsaCycle(const domain::PdsaCycle& c) {
  {
    const domain::PdsaContent& t = c.content;
    Statement s = db_.Prepare(
        "UPDATE pdsa_cycles SET change_idea_id = ?, phase = ?, title = ?, question = ?, "
        "prediction = ?, who = ?, what = ?, place = ?, start_date = ?, end_date = ?, "
        "data_plan = ?, as_planned = ?, observations = ?, surprises = ?, result = ?, "
        "learning = ?, decision = ?, next_step = ?, do_at = ?, study_at = ?, act_at = ?, "
        "done_at = ?, version = ?, updated_at = ?, updated_by = ? WHERE id = ?");
    s.Bind(1, c.change_idea_id)
        .Bind(2, domain::PdsaPhaseName(c.phase))
        .Bind(3, t.title)
        .Bind(4, t.question)
        .Bind(5, t.prediction)
        .Bind(6, t.who)
        .Bind(7, t.what)
        .Bind(8, t.where)
        .Bind(9, t.start_date)
        .Bind(10, t.end_date)
        .Bind(11, t.data_plan)
        .Bind(12, domain::AsPlannedName(t.as_planned))
        .Bind(13, t.observations)
        .Bind(14, t.surprises)
        .Bind(15, t.result)
        .Bind(16, t.learning)
        .Bind(17, domain::PdsaDecisionName(t.decision))
        .Bind(18, t.next_step)
        .Bind(19, c.do_at)
        .Bind(20, c.study_at)
        .Bind(21, c.act_at)
        .Bind(22, c.done_at)
        .Bind(23, c.version)
        .Bind(24, c.updated_at)
        .Bind(25, c.updated_by)
        .Bind(26, c.id)
        .Step();
  }
  SavePdsaCycleMeasures(c);
}

void SqlTx::SavePdsaCycleMeasures(const domain::PdsaCycle& c) {
  {
    Statement s = db_.Prepare("DELETE FROM pdsa_cycle_measures WHERE cycle_id = ?");
    s.Bind(1, c.id).Step();
  }
  for (domain::Id measure : c.content.measure_ids) {
    Statement s = db_.Prepare(
        "INSERT INTO pdsa_cycle_measures (cycle_id, measure_id) VALUES (?, ?) "
        "ON CONFLICT DO NOTHING");
    s.Bind(1, c.id).Bind(2, measure).Step();
  }
}

std::vector<domain::MeasurePhase> SqlTx::ListMeasurePhases(domain::Id measure_id) {
  std::vector<domain::MeasurePhase> out;
  Statement s = db_.Prepare(
      "SELECT id, measure_id, starts_period, cycle_id, created_at, created_by FROM measure_phases "
      "WHERE measure_id = ? ORDER BY starts_period");
  s.Bind(1, measure_id);
  while (s.Step()) {
    out.push_back({s.Int(0), s.Int(1), s.Text(2), s.OptionalInt(3), s.Int(4), s.Text(5)});
  }
  return out;
}

domain::Id SqlTx::AddMeasurePhase(const domain::MeasurePhase& phase) {
  Statement s = db_.Prepare(
      "INSERT INTO measure_phases (measure_id, starts_period, cycle_id, created_at, created_by) "
      "VALUES (?, ?, ?, ?, ?) RETURNING id");
  s.Bind(1, phase.measure_id)
      .Bind(2, phase.starts_period)
      .Bind(3, phase.cycle_id)
      .Bind(4, phase.created_at)
      .Bind(5, phase.created_by)
      .Step();
  return s.Int(0);
}

}  // namespace stegvis::store
