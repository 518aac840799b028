#include "domain/unit_report.h"

#include <algorithm>
#include <map>

#include "domain/resources.h"
#include "domain/visible_work.h"

namespace stegvis::domain {
namespace {

// Work under way first: active, sustaining, planned, then closed.
int StatusRank(ProjectStatus status) {
  switch (status) {
    case ProjectStatus::kActive: return 0;
    case ProjectStatus::kSustaining: return 1;
    case ProjectStatus::kPlanned: return 2;
    case ProjectStatus::kClosed: return 3;
  }
  return 3;
}

// The cycle in its decision's list when it was finished in the period.
void AddIfDecided(UnitReport& report, const PdsaCycle& c, const std::string& project,
                  const std::string& team) {
  if (c.phase != PdsaPhase::kDone || c.done_at == 0) return;
  const core::Date day = core::Date::FromUnixSeconds(c.done_at);
  if (!InPeriod(report.period, day)) return;
  std::vector<ReportCycle>* list = nullptr;
  switch (c.content.decision) {
    case PdsaDecision::kAdopt: list = &report.adopted; break;
    case PdsaDecision::kAdapt: list = &report.adapted; break;
    case PdsaDecision::kAbandon: list = &report.abandoned; break;
    case PdsaDecision::kNone: return;
  }
  list->push_back({c, project, team, day.ToString()});
}

// The project's measures the report lists (LoadMeasure checks the reader may see each).
core::Result<void> AddMeasures(StoreTx& tx, const Principal& acting, UnitReport& report,
                               CoverageProject& coverage) {
  for (const Measure& m : tx.Measures().ListOfProject(coverage.id)) {
    coverage.measure_ids.push_back(m.id);
    auto details = LoadMeasure(tx, acting, m.id);
    if (!details) return core::Fail(details.error());
    auto measure = ReportOnMeasure(*details, report.period);
    if (!measure) return core::Fail(measure.error());
    if (*measure && Reportable(**measure)) report.measures.push_back(std::move(**measure));
  }
  return {};
}

void Sort(UnitReport& report) {
  std::stable_sort(report.projects.begin(), report.projects.end(),
                   [](const ReportProject& a, const ReportProject& b) {
                     return std::pair(StatusRank(a.project.status), a.project.title) <
                            std::pair(StatusRank(b.project.status), b.project.title);
                   });
  std::stable_sort(report.programmes.begin(), report.programmes.end(),
                   [](const ReportProgramme& a, const ReportProgramme& b) {
                     return std::pair(a.programme.closed, a.programme.name) <
                            std::pair(b.programme.closed, b.programme.name);
                   });
  std::stable_sort(report.measures.begin(), report.measures.end(),
                   [](const ReportMeasure& a, const ReportMeasure& b) {
                     return std::pair(a.details.project.title, a.details.measure.name) <
                            std::pair(b.details.project.title, b.details.measure.name);
                   });
  for (auto* list : {&report.adopted, &report.adapted, &report.abandoned}) {
    std::stable_sort(list->begin(), list->end(), [](const ReportCycle& a, const ReportCycle& b) {
      return a.decided_on < b.decided_on;
    });
  }
}

}  // namespace

core::Result<UnitReport> LoadUnitReport(Store& store, const Principal& acting, Id unit_id,
                                        const ReportPeriod& period) {
  return store.Read([&](StoreTx& tx) -> core::Result<UnitReport> {
    std::optional<Unit> unit = tx.Units().Find(unit_id);
    if (!unit || unit->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject("no such unit"));
    }
    if (!May(&acting, Action::kView, UnitResource(tx, *unit))) {
      return core::Fail(core::Error::Forbidden("may not read the unit's report"));
    }
    UnitReport report;
    report.unit = *unit;
    report.period = period;
    CoverageInput coverage;
    coverage.catalogue = tx.Goals().ListEntries(unit->organisation_id);
    coverage.links = tx.Goals().ListOrganisationLinks(unit->organisation_id);
    std::map<Id, std::vector<std::string>> programme_teams;
    for (const VisibleTeam& v : VisibleTeams(tx, acting, unit_id)) {
      for (const Project& p : tx.Projects().List(v.team.id)) {
        report.projects.push_back({p, v.team.name});
        CoverageProject project{p.id, {}, 0};
        auto added = AddMeasures(tx, acting, report, project);
        if (!added) return core::Fail(added.error());
        const std::vector<PdsaCycle> cycles = tx.Pdsa().ListProjectCycles(p.id);
        project.cycles = static_cast<int>(cycles.size());
        for (const PdsaCycle& c : cycles) AddIfDecided(report, c, p.title, v.team.name);
        coverage.projects.push_back(std::move(project));
      }
      for (Id programme : tx.Programmes().ListOfTeam(v.team.id)) {
        programme_teams[programme].push_back(v.team.name);
      }
    }
    for (auto& [id, teams] : programme_teams) {
      std::optional<Programme> programme = tx.Programmes().Find(id);
      if (!programme) continue;
      report.programmes.push_back({*programme, std::move(teams)});
      coverage.programmes.push_back(id);
    }
    for (GoalCoverage& g : CountGoalCoverage(coverage)) {
      if (g.Addressed()) {
        report.goals_addressed.push_back(std::move(g));
      } else if (!g.entry.retired) {
        report.goals_unaddressed.push_back(std::move(g));
      }
    }
    Sort(report);
    return report;
  });
}

}  // namespace stegvis::domain
