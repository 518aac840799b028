#include "store/sql_pdsa.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::ChangeIdea> SqlPdsa::ListProjectIdeas(domain::Id project_id) {
  return store::List<domain::ChangeIdea>(db_, "WHERE project_id = ? ORDER BY id", project_id);
}

std::vector<domain::ChangeIdea> SqlPdsa::ListProgrammeIdeas(domain::Id programme_id) {
  return store::List<domain::ChangeIdea>(db_, "WHERE programme_id = ? ORDER BY id", programme_id);
}

std::optional<domain::ChangeIdea> SqlPdsa::FindIdea(domain::Id change_idea_id) {
  return FindOne<domain::ChangeIdea>(db_, "WHERE id = ?", change_idea_id);
}

domain::Id SqlPdsa::CreateIdea(const domain::ChangeIdea& idea, std::int64_t now) {
  domain::ChangeIdea stored = idea;
  stored.created_at = stored.updated_at = now;
  stored.version = 1;
  return Insert(db_, stored);
}

void SqlPdsa::UpdateIdea(const domain::ChangeIdea& idea) {
  store::Update(db_, idea);
}

std::vector<domain::PdsaCycle> SqlPdsa::ReadCycles(Statement& s) {
  std::vector<domain::PdsaCycle> out = ReadAll<domain::PdsaCycle>(s);
  // The measure links are read after the rows: one statement at a time per connection.
  for (domain::PdsaCycle& c : out) {
    c.content.measure_ids = ListColumn<domain::Id>(
        db_, "SELECT measure_id FROM pdsa_cycle_measures WHERE cycle_id = ? ORDER BY measure_id",
        c.id);
  }
  return out;
}

std::vector<domain::PdsaCycle> SqlPdsa::ListProjectCycles(domain::Id project_id) {
  Statement s =
      Query(db_, SelectFrom<domain::PdsaCycle>() + "WHERE project_id = ? ORDER BY cycle_number",
            project_id);
  return ReadCycles(s);
}

std::vector<domain::PdsaCycle> SqlPdsa::ListIdeaCycles(domain::Id change_idea_id) {
  Statement s = Query(db_, SelectFrom<domain::PdsaCycle>() + "WHERE change_idea_id = ? ORDER BY id",
                      change_idea_id);
  return ReadCycles(s);
}

std::vector<domain::PdsaCycle> SqlPdsa::ListMeasureCycles(domain::Id measure_id) {
  Statement s = Query(db_,
                      SelectFrom<domain::PdsaCycle>("c") +
                          "JOIN pdsa_cycle_measures m ON m.cycle_id = c.id "
                          "WHERE m.measure_id = ? ORDER BY c.id",
                      measure_id);
  return ReadCycles(s);
}

std::optional<domain::PdsaCycle> SqlPdsa::FindCycle(domain::Id cycle_id) {
  Statement s = Query(db_, SelectFrom<domain::PdsaCycle>() + "WHERE id = ?", cycle_id);
  std::vector<domain::PdsaCycle> found = ReadCycles(s);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<domain::Id> SqlPdsa::FindNextCycle(domain::Id cycle_id) {
  return FindColumn<domain::Id>(db_, "SELECT id FROM pdsa_cycles WHERE previous_id = ? ORDER BY id",
                                cycle_id);
}

domain::Id SqlPdsa::CreateCycle(const domain::PdsaCycle& cycle) {
  domain::PdsaCycle stored = cycle;
  // The next free number of the project; (project_id, cycle_number) is unique, so two
  // creators racing for one number cannot both commit.
  stored.number = static_cast<int>(
      FindColumn<std::int64_t>(
          db_, "SELECT COALESCE(MAX(cycle_number), 0) + 1 FROM pdsa_cycles WHERE project_id = ?",
          cycle.project_id)
          .value_or(1));
  stored.id = Insert(db_, stored);
  SaveMeasureLinks(stored);
  return stored.id;
}

void SqlPdsa::UpdateCycle(const domain::PdsaCycle& cycle) {
  store::Update(db_, cycle);
  SaveMeasureLinks(cycle);
}

void SqlPdsa::SaveMeasureLinks(const domain::PdsaCycle& cycle) {
  Run(db_, "DELETE FROM pdsa_cycle_measures WHERE cycle_id = ?", cycle.id);
  for (domain::Id measure : cycle.content.measure_ids) {
    Run(db_,
        "INSERT INTO pdsa_cycle_measures (cycle_id, measure_id) VALUES (?, ?) "
        "ON CONFLICT DO NOTHING",
        cycle.id, measure);
  }
}

}  // namespace stegvis::store
