#include "domain/goal_overview.h"

#include <map>
#include <set>

#include "domain/goals.h"
#include "domain/visible_work.h"

namespace stegvis::domain {

std::vector<GoalCoverage> CountGoalCoverage(const CoverageInput& input) {
  // The goals each object in view links to, by object.
  std::map<Id, std::set<Id>> programme_goals, project_goals, measure_goals;
  const std::set<Id> programmes(input.programmes.begin(), input.programmes.end());
  std::set<Id> projects, measures;
  for (const CoverageProject& p : input.projects) {
    projects.insert(p.id);
    measures.insert(p.measure_ids.begin(), p.measure_ids.end());
  }
  for (const GoalLink& link : input.links) {
    switch (link.object) {
      case GoalObject::kProgramme:
        if (programmes.count(link.object_id)) programme_goals[link.goal_id].insert(link.object_id);
        break;
      case GoalObject::kProject:
      case GoalObject::kAim:
        if (projects.count(link.object_id)) project_goals[link.goal_id].insert(link.object_id);
        break;
      case GoalObject::kMeasure:
        if (measures.count(link.object_id)) measure_goals[link.goal_id].insert(link.object_id);
        break;
    }
  }
  std::map<Id, const CoverageProject*> project_by_id;
  for (const CoverageProject& p : input.projects) project_by_id[p.id] = &p;

  std::vector<GoalCoverage> out;
  for (const GoalEntry& entry : input.catalogue) {
    GoalCoverage row{entry};
    row.programmes = static_cast<int>(programme_goals[entry.id].size());
    std::set<Id> counted_measures = measure_goals[entry.id];
    for (Id project : project_goals[entry.id]) {
      const CoverageProject& p = *project_by_id.at(project);
      ++row.projects;
      row.cycles += p.cycles;
      counted_measures.insert(p.measure_ids.begin(), p.measure_ids.end());
    }
    row.measures = static_cast<int>(counted_measures.size());
    if (!entry.retired || row.Addressed()) out.push_back(std::move(row));
  }
  return out;
}

core::Result<GoalOverview> LoadGoalOverview(Store& store, const Principal& acting,
                                            std::optional<Id> unit_id) {
  const Id org = acting.user.organisation_id;
  if (!May(&acting, Action::kView, GoalCatalogueResource(org))) {
    return core::Fail(core::Error::Forbidden("may not see the goals overview"));
  }
  return store.Read([&](StoreTx& tx) -> core::Result<GoalOverview> {
    auto unit = FilterUnit(tx, acting, unit_id);
    if (!unit) return core::Fail(unit.error());
    GoalOverview overview;
    overview.unit = *unit;
    overview.units = tx.Units().List(org);
    CoverageInput input;
    input.catalogue = tx.Goals().ListEntries(org);
    input.links = tx.Goals().ListOrganisationLinks(org);
    std::set<Id> teams;
    for (const VisibleTeam& v : VisibleTeams(tx, acting, unit_id)) {
      teams.insert(v.team.id);
      for (const Project& project : tx.Projects().List(v.team.id)) {
        CoverageProject p{project.id, {}, 0};
        for (const Measure& m : tx.Measures().ListOfProject(project.id))
          p.measure_ids.push_back(m.id);
        p.cycles = static_cast<int>(tx.Pdsa().ListProjectCycles(project.id).size());
        input.projects.push_back(std::move(p));
      }
    }
    // Programmes the organisation hosts; with a unit, those a team of the unit takes part in.
    for (const Programme& programme : tx.Programmes().List(org)) {
      bool in_view = !unit_id;
      for (Id team : tx.Programmes().ListTeams(programme.id))
        in_view = in_view || teams.count(team);
      if (in_view) input.programmes.push_back(programme.id);
    }
    overview.programmes = static_cast<int>(input.programmes.size());
    overview.projects = static_cast<int>(input.projects.size());
    overview.goals = CountGoalCoverage(input);
    return overview;
  });
}

}  // namespace stegvis::domain
