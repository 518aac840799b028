#pragma once
// Change ideas and the PDSA cycles that test them (domain/change_idea.h,
// domain/pdsa_cycle.h), inside one transaction (domain/store.h).

#include <cstdint>
#include <optional>
#include <vector>

#include "domain/change_idea.h"
#include "domain/pdsa_cycle.h"

namespace stegvis::domain {

class PdsaRepository {
 public:
  virtual ~PdsaRepository() = default;

  // A project's own change ideas / a programme's change package, by id; one by id.
  virtual std::vector<ChangeIdea> ListProjectIdeas(Id project_id) = 0;
  virtual std::vector<ChangeIdea> ListProgrammeIdeas(Id programme_id) = 0;
  virtual std::optional<ChangeIdea> FindIdea(Id change_idea_id) = 0;
  // Inserts the idea as version 1, created and updated at `now`; returns its id.
  virtual Id CreateIdea(const ChangeIdea& idea, std::int64_t now) = 0;
  // Stores the idea's title, description, retired mark, version and last change (the version
  // checked and bumped by the caller).
  virtual void UpdateIdea(const ChangeIdea& idea) = 0;

  // A project's cycles by number; the cycles testing one change idea (every project), by
  // id; the cycles that name a measure, by id; one by id. Each with its measure ids.
  virtual std::vector<PdsaCycle> ListProjectCycles(Id project_id) = 0;
  virtual std::vector<PdsaCycle> ListIdeaCycles(Id change_idea_id) = 0;
  virtual std::vector<PdsaCycle> ListMeasureCycles(Id measure_id) = 0;
  virtual std::optional<PdsaCycle> FindCycle(Id cycle_id) = 0;
  // The cycle that continues `cycle_id`, if one does.
  virtual std::optional<Id> FindNextCycle(Id cycle_id) = 0;
  // Inserts the cycle with the next free number of its project (the caller reads it back for
  // the number) and its measure links; returns the id.
  virtual Id CreateCycle(const PdsaCycle& cycle) = 0;
  // Stores every field of `cycle` but its place (version checked and bumped by the caller)
  // and replaces its measure links.
  virtual void UpdateCycle(const PdsaCycle& cycle) = 0;
};

}  // namespace stegvis::domain
