#pragma once
// A team's projects, their progress scores and the choices of their stories, inside one transaction
// (domain/store.h).

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/project.h"
#include "domain/story_choices.h"

namespace stegvis::domain {

class ProjectRepository {
 public:
  virtual ~ProjectRepository() = default;

  // A team's projects by id; one by id.
  virtual std::vector<Project> List(Id team_id) = 0;
  virtual std::optional<Project> Find(Id project_id) = 0;
  // Inserts (updated at `now`) and returns the new id.
  virtual Id Create(const Project& project, std::int64_t now) = 0;
  // Stores every field but its place (version checked and bumped by the caller).
  virtual void Update(const Project& project) = 0;
  // The project's progress scores, oldest first; adding one.
  virtual std::vector<ProgressScore> ListProgressScores(Id project_id) = 0;
  virtual Id AddProgressScore(const ProgressScore& score, std::int64_t now) = 0;
  // The choices of the project's story, if the team has saved any; saving them (inserted or
  // replaced, the version checked and bumped by the caller).
  virtual std::optional<StoryChoices> FindStoryChoices(Id project_id) = 0;
  virtual void SaveStoryChoices(const StoryChoices& choices) = 0;
};

}  // namespace stegvis::domain
