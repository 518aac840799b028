#include "store/sql_teams.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Team> SqlTeams::List(domain::Id organisation_id) {
  return store::List<domain::Team>(
      db_, "WHERE organisation_id = ? ORDER BY name COLLATE swedish, id", organisation_id);
}

std::optional<domain::Team> SqlTeams::Find(domain::Id team_id) {
  return FindOne<domain::Team>(db_, "WHERE id = ?", team_id);
}

domain::Id SqlTeams::Create(const domain::NewTeam& team, std::int64_t now) {
  return Insert(db_, domain::TeamFrom(team), {{"created_at", now}});
}

void SqlTeams::Update(const domain::Team& team) {
  store::Update(db_, team);
}

void SqlTeams::Delete(domain::Id team_id) {
  Run(db_, "DELETE FROM programme_teams WHERE team_id = ?", team_id);
  Run(db_, "DELETE FROM teams WHERE id = ?", team_id);
}

}  // namespace stegvis::store
