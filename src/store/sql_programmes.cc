#include "store/sql_programmes.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Programme> SqlProgrammes::List(domain::Id organisation_id) {
  return store::List<domain::Programme>(
      db_, "WHERE organisation_id = ? ORDER BY name COLLATE swedish, id", organisation_id);
}

std::optional<domain::Programme> SqlProgrammes::Find(domain::Id programme_id) {
  return FindOne<domain::Programme>(db_, "WHERE id = ?", programme_id);
}

domain::Id SqlProgrammes::Create(const domain::Programme& programme, std::int64_t now) {
  domain::Programme stored = programme;
  stored.updated_at = now;
  return Insert(db_, stored, {{"created_at", now}});
}

void SqlProgrammes::Update(const domain::Programme& programme) {
  store::Update(db_, programme);
}

std::vector<domain::ProgrammeEvent> SqlProgrammes::ListEvents(domain::Id programme_id) {
  return store::List<domain::ProgrammeEvent>(db_, "WHERE programme_id = ? ORDER BY starts_on, id",
                                             programme_id);
}

domain::Id SqlProgrammes::AddEvent(const domain::ProgrammeEvent& event) {
  return Insert(db_, event);
}

std::optional<domain::ProgrammeEvent> SqlProgrammes::FindEvent(domain::Id programme_id,
                                                               domain::Id event_id) {
  return FindOne<domain::ProgrammeEvent>(db_, "WHERE id = ? AND programme_id = ?", event_id,
                                         programme_id);
}

void SqlProgrammes::UpdateEvent(const domain::ProgrammeEvent& event) {
  store::Update(db_, event);
}

void SqlProgrammes::RemoveEvent(domain::Id programme_id, domain::Id event_id) {
  Run(db_, "DELETE FROM programme_events WHERE id = ? AND programme_id = ?", event_id,
      programme_id);
}

std::vector<domain::Id> SqlProgrammes::ListTeams(domain::Id programme_id) {
  return ListColumn<domain::Id>(
      db_, "SELECT team_id FROM programme_teams WHERE programme_id = ? ORDER BY joined_at, team_id",
      programme_id);
}

std::vector<domain::Id> SqlProgrammes::ListOfTeam(domain::Id team_id) {
  return ListColumn<domain::Id>(
      db_, "SELECT programme_id FROM programme_teams WHERE team_id = ? ORDER BY programme_id",
      team_id);
}

std::map<domain::Id, std::vector<domain::Id>> SqlProgrammes::ListOfTeams(
    domain::Id organisation_id) {
  Statement s = db_.Prepare(
      "SELECT pt.team_id, pt.programme_id FROM programme_teams pt JOIN teams t ON t.id = "
      "pt.team_id WHERE t.organisation_id = ? ORDER BY pt.team_id, pt.programme_id");
  s.Params(organisation_id);
  std::map<domain::Id, std::vector<domain::Id>> out;
  while (s.Step()) {
    const domain::Id team = s.Next<domain::Id>();
    out[team].push_back(s.Next<domain::Id>());
  }
  return out;
}

bool SqlProgrammes::AddTeam(domain::Id programme_id, domain::Id team_id, std::int64_t now) {
  return Query(db_,
               "INSERT INTO programme_teams (programme_id, team_id, joined_at) VALUES (?, ?, ?) "
               "ON CONFLICT (programme_id, team_id) DO NOTHING RETURNING team_id",
               programme_id, team_id, now)
      .Step();
}

bool SqlProgrammes::RemoveTeam(domain::Id programme_id, domain::Id team_id) {
  return Query(db_,
               "DELETE FROM programme_teams WHERE programme_id = ? AND team_id = ? "
               "RETURNING team_id",
               programme_id, team_id)
      .Step();
}

std::optional<domain::MonthlyReport> SqlProgrammes::FindMonthlyReport(domain::Id project_id,
                                                                      const std::string& month) {
  return FindOne<domain::MonthlyReport>(db_, "WHERE project_id = ? AND month = ?", project_id,
                                        month);
}

std::vector<domain::MonthlyReport> SqlProgrammes::ListMonthlyReports(domain::Id project_id) {
  return store::List<domain::MonthlyReport>(db_, "WHERE project_id = ? ORDER BY month", project_id);
}

domain::Id SqlProgrammes::CreateMonthlyReport(const domain::MonthlyReport& report) {
  return Insert(db_, report);
}

void SqlProgrammes::UpdateMonthlyReport(const domain::MonthlyReport& report) {
  store::Update(db_, report);
}

}  // namespace stegvis::store
