#include "domain/programme_dashboard.h"

#include <algorithm>
#include <cmath>

#include "core/date.h"
#include "domain/measure_analysis.h"
#include "domain/monthly_reports.h"
#include "domain/observation_grid.h"
#include "domain/projects.h"
#include "domain/sustain_plans.h"
#include "stats/verdict.h"

namespace stegvis::domain {
namespace {

// The value of one cell as the charts plot it: y / n × multiply with a denominator, else y;
// none for a missing cell.
std::optional<double> PlottedValue(const Measure& m, const Observation& o, double multiply) {
  if (o.value.empty()) return std::nullopt;
  const stats::Row row = RowOf(m, o);
  if (!HasDenominator(m.data_type)) return row.y;
  if (!(row.n > 0)) return std::nullopt;
  return row.y / row.n * multiply;
}

const Observation* CellAt(const std::vector<Observation>& observations, const std::string& period,
                          const std::string& group) {
  for (const Observation& o : observations) {
    if (o.period == period && o.group == group && !o.value.empty()) return &o;
  }
  return nullptr;
}

std::string LatestPeriod(const std::vector<Observation>& observations) {
  std::string latest;
  for (const Observation& o : observations) {
    if (!o.value.empty()) latest = std::max(latest, o.period);
  }
  return latest;
}

// The groups a period needs to count as reported: both sexes, or the total when not split.
std::vector<std::string> ReportedGroups(const Measure& m) {
  std::vector<std::string> groups = GroupsOf(m.grouping);
  if (groups.size() > 1) groups.pop_back();  // the total follows from the groups
  return groups;
}

// The point type of the total's latest point, or none when there is too little to judge.
std::optional<stats::PointType> VariationOf(const stats::Analysis& total, stats::RuleSet rules) {
  if (total.points.empty() || total.parts.empty()) return std::nullopt;
  const stats::PointType latest = total.points.back().point_type;
  if (latest != stats::PointType::kCommonCause) return latest;
  const stats::Part& part = total.parts.back();
  int points = 0;
  for (int i = part.first; i <= part.last; ++i) {
    points += std::isfinite(total.points[i].y) ? 1 : 0;
  }
  if (points < stats::PointsNeededToJudge(rules)) return std::nullopt;
  return latest;
}

core::Result<DashboardCell> CellOf(const Measure& m, const std::vector<Observation>& observations,
                                   const std::vector<std::string>& phase_starts,
                                   const std::string& last_complete) {
  DashboardCell cell;
  cell.definition_id = m.definition_id.value_or(0);
  cell.measure_id = m.id;
  for (const std::string& group : ReportedGroups(m)) {
    if (!CellAt(observations, last_complete, group)) cell.missing_last_period = true;
  }
  cell.period = LatestPeriod(observations);
  if (cell.period.empty()) return cell;
  auto analysis = AnalyzeMeasure(m, observations, phase_starts);
  if (!analysis) return core::Fail(analysis.error());
  const std::vector<std::string> groups = GroupsOf(m.grouping);
  if (groups.size() > 1) {
    if (const Observation* a = CellAt(observations, cell.period, groups[0])) {
      cell.women = PlottedValue(m, *a, analysis->multiply);
    }
    if (const Observation* b = CellAt(observations, cell.period, groups[1])) {
      cell.men = PlottedValue(m, *b, analysis->multiply);
    }
    if (cell.women && cell.men) cell.gap = *cell.women - *cell.men;
  }
  if (analysis->total) {
    const stats::Analysis& total = *analysis->total;
    for (const stats::Point& p : total.points) {
      if (p.label == cell.period && std::isfinite(p.y)) cell.total = p.y;
    }
    cell.variation = VariationOf(total, analysis->rules);
    const bool phased = !phase_starts.empty();
    std::vector<stats::PartSummary> parts = stats::Summarize(total, ChartOptionsOf(m, phased));
    if (!parts.empty()) cell.assurance = parts.back().assurance;
  }
  return cell;
}

std::optional<DashboardProgress> ProgressOf(std::vector<ProgressScore> scores) {
  if (scores.empty()) return std::nullopt;
  std::stable_sort(
      scores.begin(), scores.end(),
      [](const ProgressScore& a, const ProgressScore& b) { return a.set_on < b.set_on; });
  DashboardProgress progress{scores.back().score_tenths, std::nullopt};
  if (scores.size() > 1) progress.previous_tenths = scores[scores.size() - 2].score_tenths;
  return progress;
}

std::vector<int> CyclesPerPeriod(const std::vector<PdsaCycle>& cycles,
                                 const std::vector<ProgrammeEvent>& periods) {
  std::vector<int> counts(periods.size(), 0);
  for (const PdsaCycle& c : cycles) {
    const std::string begun = c.content.start_date.empty()
                                  ? core::Date::FromUnixSeconds(c.created_at).ToString()
                                  : c.content.start_date;
    for (std::size_t i = 0; i < periods.size(); ++i) {
      if (periods[i].starts_on <= begun && begun <= periods[i].ends_on) ++counts[i];
    }
  }
  return counts;
}

// The team's measure linked to `definition_id` (the first, should it have several), or -1.
int LinkedMeasure(const ProgrammeTeam& team, Id definition_id) {
  for (std::size_t i = 0; i < team.measures.size(); ++i) {
    if (team.measures[i].definition_id == definition_id) return static_cast<int>(i);
  }
  return -1;
}

core::Result<DashboardTeam> TeamOf(const DashboardInput& input, std::size_t t,
                                   const ProgrammeDashboard& dashboard) {
  const ProgrammeTeam& pt = input.details.teams[t];
  DashboardTeam team{
      pt.team, pt.programme_work_only, pt.unit_name, input.organisation_names[t], {}, {}, {}};
  for (std::size_t d = 0; d < dashboard.definitions.size(); ++d) {
    const Id definition_id = dashboard.definitions[d].id;
    const int i = LinkedMeasure(pt, definition_id);
    if (i < 0) {
      DashboardCell not_adopted;
      not_adopted.definition_id = definition_id;
      team.cells.push_back(not_adopted);
      continue;
    }
    auto cell = CellOf(pt.measures[i], pt.observations[i], input.phase_starts[t][i],
                       dashboard.last_complete_periods[d]);
    if (!cell) return core::Fail(cell.error());
    team.cells.push_back(std::move(*cell));
  }
  team.progress = ProgressOf(input.scores[t]);
  if (input.cycles[t])
    team.cycles_per_period = CyclesPerPeriod(*input.cycles[t], dashboard.action_periods);
  return team;
}

// The numerator and denominator of `group` in `period`: entered, or for the total the sum of
// the sex groups when both are there.
std::optional<stats::FunnelUnit> UnitOf(const Measure& m, const std::vector<Observation>& obs,
                                        const std::string& period, const std::string& group,
                                        const std::string& label) {
  auto unit = [&](const Observation* o) -> std::optional<stats::FunnelUnit> {
    if (!o || o->denominator.empty()) return std::nullopt;
    const stats::Row row = RowOf(m, *o);
    return stats::FunnelUnit{label, row.y, row.n};
  };
  if (auto entered = unit(CellAt(obs, period, group))) return entered;
  const std::vector<std::string> groups = GroupsOf(m.grouping);
  if (group != "total" || groups.size() < 2) return std::nullopt;
  auto a = unit(CellAt(obs, period, groups[0]));
  auto b = unit(CellAt(obs, period, groups[1]));
  if (!a || !b) return std::nullopt;
  return stats::FunnelUnit{label, a->numerator + b->numerator, a->denominator + b->denominator};
}

// Reads what the dashboard needs of `team` beyond LoadProgramme into `input`: its
// organisation's name, its measures' phase starts, its projects' cycles (where the reader may
// view the project) and progress scores.
void AddTeamInput(StoreTx& tx, const Principal& acting,
                  const std::vector<Organisation>& organisations, const ProgrammeTeam& team,
                  DashboardInput& input) {
  std::string organisation;
  for (const Organisation& o : organisations) {
    if (o.id == team.team.organisation_id) organisation = o.name;
  }
  input.organisation_names.push_back(organisation);
  std::vector<std::vector<std::string>> phases;
  for (const Measure& m : team.measures) {
    std::vector<std::string> starts;
    for (const MeasurePhase& p : tx.Measures().ListPhases(m.id)) starts.push_back(p.starts_period);
    std::sort(starts.begin(), starts.end());
    phases.push_back(std::move(starts));
  }
  input.phase_starts.push_back(std::move(phases));
  std::optional<std::vector<PdsaCycle>> cycles;
  std::vector<ProgressScore> scores;
  for (const Project& p : team.projects) {
    if (CheckedProject(tx, acting, p.id, Action::kView)) {
      if (!cycles) cycles.emplace();
      for (PdsaCycle& c : tx.Pdsa().ListProjectCycles(p.id)) cycles->push_back(std::move(c));
    }
    for (ProgressScore& s : tx.Projects().ListProgressScores(p.id)) scores.push_back(std::move(s));
  }
  input.cycles.push_back(std::move(cycles));
  input.scores.push_back(std::move(scores));
}

}  // namespace

std::string_view VariationName(const std::optional<stats::PointType>& variation) {
  return variation ? stats::PointTypeName(*variation) : "not_enough_data";
}

std::string_view AssuranceName(stats::AssuranceType assurance) {
  return assurance == stats::AssuranceType::kNone ? "no_target"
                                                  : stats::AssuranceTypeName(assurance);
}

core::Result<std::optional<ProgrammeFunnel>> FunnelOf(const ProgrammeDetails& details,
                                                      const Measure& definition) {
  ProgrammeFunnel out{definition, "", {}};
  for (const ProgrammeTeam& t : details.teams) {
    const int i = LinkedMeasure(t, definition.id);
    if (i >= 0) out.period = std::max(out.period, LatestPeriod(t.observations[i]));
  }
  std::vector<std::pair<std::string, std::vector<stats::FunnelUnit>>> groups;
  double largest = 0;
  for (const std::string& group : GroupsOf(definition.grouping)) {
    std::vector<stats::FunnelUnit> units;
    for (const ProgrammeTeam& t : details.teams) {
      const int i = LinkedMeasure(t, definition.id);
      if (i < 0) continue;
      if (auto u = UnitOf(t.measures[i], t.observations[i], out.period, group, t.team.name)) {
        largest = std::max(largest, u->denominator);
        units.push_back(std::move(*u));
      }
    }
    if (!units.empty()) groups.emplace_back(group, std::move(units));
  }
  stats::FunnelOptions options;
  options.measure = definition.data_type == stats::DataType::kRate
                        ? stats::FunnelMeasure::kRate
                        : stats::FunnelMeasure::kProportion;
  options.multiply = definition.data_type == stats::DataType::kProportion ? 100 : 1;
  // Every group's funnel is drawn from small sizes to the largest denominator of them all, so
  // that side by side on shared axes each shows its whole funnel.
  options.curve_from = std::max(1.0, std::floor(largest / 40));
  options.curve_to = largest;
  for (auto& [group, units] : groups) {
    auto funnel = stats::AnalyzeFunnel(units, options);
    if (!funnel) return core::Fail(funnel.error());
    out.groups.push_back({group, std::move(*funnel)});
  }
  if (out.groups.empty()) return std::optional<ProgrammeFunnel>();
  return std::optional<ProgrammeFunnel>(std::move(out));
}

core::Result<ProgrammeDashboard> BuildDashboard(const DashboardInput& input) {
  const ProgrammeDetails& details = input.details;
  ProgrammeDashboard dashboard;
  dashboard.programme = details.programme;
  dashboard.hidden_teams = details.hidden_teams;
  const std::optional<core::Date> today = core::Date::Parse(input.today);
  for (const Measure& m : details.common_measures) {
    if (m.retired) continue;
    dashboard.definitions.push_back(m);
    dashboard.last_complete_periods.push_back(
        today ? PreviousPeriod(m.frequency, PeriodContaining(m.frequency, *today)) : "");
  }
  for (const ProgrammeEvent& e : details.events) {
    if (e.kind == ProgrammeEventKind::kActionPeriod) dashboard.action_periods.push_back(e);
  }
  for (std::size_t t = 0; t < details.teams.size(); ++t) {
    auto team = TeamOf(input, t, dashboard);
    if (!team) return core::Fail(team.error());
    dashboard.teams.push_back(std::move(*team));
  }
  for (const Measure& m : dashboard.definitions) {
    if (!HasDenominator(m.data_type)) continue;
    auto funnel = FunnelOf(details, m);
    if (!funnel) return core::Fail(funnel.error());
    if (*funnel) dashboard.funnels.push_back(std::move(**funnel));
  }
  return dashboard;
}

namespace {

// The alerts of the sustaining projects in the programme that the reader may view.
void AddSustainAlerts(StoreTx& tx, const Principal& acting, ProgrammeDashboard& dashboard) {
  for (DashboardTeam& t : dashboard.teams) {
    for (const Project& project : tx.Projects().List(t.team.id)) {
      if (project.status != ProjectStatus::kSustaining ||
          project.programme_id != dashboard.programme.id ||
          !CheckedProject(tx, acting, project.id, Action::kView)) {
        continue;
      }
      std::optional<SustainPlan> plan = tx.SustainPlans().FindOfProject(project.id);
      if (!plan) continue;
      for (SustainAlert& a : LoadSustainAlerts(tx, project, *plan)) {
        t.sustain_alerts.push_back(std::move(a));
      }
    }
  }
}

}  // namespace

core::Result<ProgrammeDashboard> DashboardOf(StoreTx& tx, const std::string& today,
                                             const Principal& acting, ProgrammeDetails details) {
  DashboardInput input;
  input.today = today;
  int missing_reports = 0;
  if (std::optional<core::Date> day = core::Date::Parse(today)) {
    missing_reports = ReportsOf(tx, details, *day).missing;
  }
  const std::vector<Organisation> organisations = tx.Units().ListOrganisations();
  for (const ProgrammeTeam& t : details.teams) AddTeamInput(tx, acting, organisations, t, input);
  input.details = std::move(details);
  auto dashboard = BuildDashboard(input);
  if (dashboard) dashboard->missing_reports = missing_reports;
  if (dashboard) AddSustainAlerts(tx, acting, *dashboard);
  return dashboard;
}

core::Result<ProgrammeDashboard> LoadProgrammeDashboard(Store& store, const core::Clock& clock,
                                                        const Principal& acting, Id programme_id) {
  const std::string today = core::Date::FromUnixSeconds(clock.NowUnixSeconds()).ToString();
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeDashboard> {
    auto details = LoadProgramme(tx, acting, programme_id);
    if (!details) return core::Fail(details.error());
    return DashboardOf(tx, today, acting, std::move(*details));
  });
}

core::Result<ProgrammeFunnel> LoadProgrammeFunnel(Store& store, const Principal& acting,
                                                  Id programme_id, Id definition_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<ProgrammeFunnel> {
    auto details = LoadProgramme(tx, acting, programme_id);
    if (!details) return core::Fail(details.error());
    auto definition = std::find_if(details->common_measures.begin(), details->common_measures.end(),
                                   [&](const Measure& m) { return m.id == definition_id; });
    if (definition == details->common_measures.end()) {
      return core::Fail(core::Error::NotFoundObject());
    }
    if (!HasDenominator(definition->data_type)) {
      return core::Fail(core::Error::Invalid("a funnel plot needs a proportion or a rate",
                                             "definition_id", "error.funnel.data_type"));
    }
    auto funnel = FunnelOf(*details, *definition);
    if (!funnel) return core::Fail(funnel.error());
    if (!*funnel) {
      return core::Fail(core::Error::Invalid("no team has data for this measure yet",
                                             "definition_id", "error.funnel.no_data"));
    }
    return std::move(**funnel);
  });
}

}  // namespace stegvis::domain
