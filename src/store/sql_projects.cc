#include "store/sql_projects.h"

#include "store/tables.h"

namespace stegvis::store {

std::vector<domain::Project> SqlProjects::List(domain::Id team_id) {
  return store::List<domain::Project>(db_, "WHERE team_id = ? ORDER BY id", team_id);
}

std::optional<domain::Project> SqlProjects::Find(domain::Id project_id) {
  return FindOne<domain::Project>(db_, "WHERE id = ?", project_id);
}

domain::Id SqlProjects::Create(const domain::Project& project, std::int64_t now) {
  domain::Project stored = project;
  stored.updated_at = now;
  return Insert(db_, stored, {{"created_at", now}});
}

void SqlProjects::Update(const domain::Project& project) {
  store::Update(db_, project);
}

std::vector<domain::ProgressScore> SqlProjects::ListProgressScores(domain::Id project_id) {
  return store::List<domain::ProgressScore>(db_, "WHERE project_id = ? ORDER BY set_on, id",
                                            project_id);
}

domain::Id SqlProjects::AddProgressScore(const domain::ProgressScore& score, std::int64_t now) {
  return Insert(db_, score, {{"created_at", now}});
}

std::optional<domain::StoryChoices> SqlProjects::FindStoryChoices(domain::Id project_id) {
  return FindOne<domain::StoryChoices>(db_, "WHERE project_id = ?", project_id);
}

void SqlProjects::SaveStoryChoices(const domain::StoryChoices& choices) {
  Upsert(db_, choices, "project_id");
}

}  // namespace stegvis::store
