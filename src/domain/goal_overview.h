#pragma once
// Which goals the improvement work addresses, and which nothing addresses yet: per catalogue
// entry, how many programmes, projects, PDSA cycles and measures count for it. How it counts
// (docs/goals.md): a programme counts for the goals it links to; a project for the goals it
// or its aim links to; a project's cycles and measures count for the project's goals; a
// measure also counts for the goals it links to itself. Each object counts once per goal.
// Only what the principal may see is counted.

#include <optional>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/goal.h"
#include "domain/store.h"

namespace stegvis::domain {

struct CoverageProject {
  Id id = 0;
  std::vector<Id> measure_ids;
  int cycles = 0;
};

// What is counted: the catalogue, every link of the organisation, and the programmes and
// projects in view (links of objects not in view are ignored).
struct CoverageInput {
  std::vector<GoalEntry> catalogue;
  std::vector<GoalLink> links;
  std::vector<Id> programmes;
  std::vector<CoverageProject> projects;
};

struct GoalCoverage {
  GoalEntry entry;
  int programmes = 0;
  int projects = 0;
  int cycles = 0;
  int measures = 0;
  // True when a programme, project or measure in view counts for the goal.
  bool Addressed() const { return programmes + projects + measures > 0; }
};

// One row per active entry, in catalogue order, plus retired entries that something in view
// still counts for. Pure.
std::vector<GoalCoverage> CountGoalCoverage(const CoverageInput& input);

struct GoalOverview {
  std::optional<Unit> unit;  // the filter, if any
  std::vector<Unit> units;   // the organisation's units, for the filter
  std::vector<GoalCoverage> goals;
  int programmes = 0;  // programmes and projects in view, linked or not
  int projects = 0;
};

// The overview for the principal's organisation, or for one unit and its subunits (projects
// of teams there, programmes they take part in). kNotFound for a unit of another organisation.
core::Result<GoalOverview> LoadGoalOverview(Store& store, const Principal& acting,
                                            std::optional<Id> unit_id);

}  // namespace stegvis::domain
