#pragma once
// domain::ProjectRepository on a SQL connection: projects, their progress scores and
// the choices of their stories.

#include "domain/repositories/project_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlProjects final : public domain::ProjectRepository {
 public:
  explicit SqlProjects(SqlConnection& db) : db_(db) {}

  std::vector<domain::Project> List(domain::Id team_id) override;
  std::optional<domain::Project> Find(domain::Id project_id) override;
  domain::Id Create(const domain::Project& project, std::int64_t now) override;
  void Update(const domain::Project& project) override;
  std::vector<domain::ProgressScore> ListProgressScores(domain::Id project_id) override;
  domain::Id AddProgressScore(const domain::ProgressScore& score, std::int64_t now) override;
  std::optional<domain::StoryChoices> FindStoryChoices(domain::Id project_id) override;
  void SaveStoryChoices(const domain::StoryChoices& choices) override;

 private:
  SqlConnection& db_;
};

}  // namespace stegvis::store
