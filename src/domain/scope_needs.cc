#include "domain/scope_needs.h"

#include <algorithm>
#include <map>
#include <tuple>

#include "domain/measure_analysis.h"
#include "domain/measure_phases.h"
#include "domain/monthly_report.h"
#include "domain/point_notes.h"
#include "domain/resources.h"
#include "domain/what_needs_me.h"

namespace stegvis::domain {
namespace {

// The type of a series' last point when it falls in `period`; none otherwise.
std::optional<stats::PointType> LastTypeIn(const stats::Analysis* series,
                                           const std::string& period) {
  if (!series || series->points.empty()) return std::nullopt;
  const std::size_t last = series->points.size() - 1;
  if (!period.empty() && series->points.label(last) != period) return std::nullopt;
  return series->points.point_type(last);
}

// The series of `a` by group name: the total, then group A and group B.
std::vector<std::pair<std::string, const stats::Analysis*>> SeriesOf(const MeasureAnalysis& a) {
  std::vector<std::pair<std::string, const stats::Analysis*>> out;
  if (a.total) out.emplace_back("total", &*a.total);
  if (a.groups) {
    out.emplace_back(a.group_a, &a.groups->group_a);
    out.emplace_back(a.group_b, &a.groups->group_b);
  }
  return out;
}

// A team whose work counts, and how much of it.
struct ScopeTeam {
  Team team;
  std::string organisation_name;         // a guest team's
  std::optional<Id> guest_of_programme;  // a guest team: only its work in this programme
};

// The visitor with only their chef, strateg and coach roles: whose scope the lists follow.
Principal ManagerRoles(const Principal& acting) {
  Principal out{acting.user, {}, acting.api_token};
  for (const Membership& m : acting.memberships) {
    if (m.role == Role::kChef || m.role == Role::kStrateg || m.role == Role::kCoach) {
      out.memberships.push_back(m);
    }
  }
  return out;
}

// The visible teams a manager role reaches and the visitor holds no team role in.
std::vector<ScopeTeam> OwnScope(StoreTx& tx, const Principal& acting, const Principal& managers,
                                const std::vector<TeamDetails>& visible) {
  std::set<Id> own;
  for (const Membership& m : acting.memberships) {
    if (m.scope_kind == ScopeKind::kTeam) own.insert(m.scope_id);
  }
  const std::map<Id, Resource> resources = TeamResources(tx, acting.user.organisation_id);
  std::vector<ScopeTeam> out;
  for (const TeamDetails& t : visible) {
    auto it = resources.find(t.team.id);
    if (own.contains(t.team.id) || it == resources.end()) continue;
    if (May(&managers, Action::kView, it->second)) out.push_back({t.team, {}, std::nullopt});
  }
  return out;
}

// The guest teams of the open programmes the organisation hosts that the manager roles read.
std::vector<ScopeTeam> GuestScope(StoreTx& tx, const Principal& managers) {
  const Id organisation = managers.user.organisation_id;
  std::vector<ScopeTeam> out;
  for (const Programme& p : tx.Programmes().List(organisation)) {
    if (p.closed || !May(&managers, Action::kView, ProgrammeResource(p))) continue;
    for (Id team_id : tx.Programmes().ListTeams(p.id)) {
      std::optional<Team> team = tx.Teams().Find(team_id);
      if (team && team->organisation_id != organisation) out.push_back({*team, {}, p.id});
    }
  }
  if (out.empty()) return out;
  std::map<Id, std::string> names;
  for (const Organisation& o : tx.Units().ListOrganisations()) names[o.id] = o.name;
  for (ScopeTeam& t : out) t.organisation_name = names[t.team.organisation_id];
  return out;
}

// An open programme's report months, read once per programme; none for a closed one.
class ReportCalendars {
 public:
  explicit ReportCalendars(StoreTx& tx) : tx_(tx) {}
  const std::vector<std::string>& MonthsOf(Id programme_id) {
    auto [it, added] = months_.try_emplace(programme_id);
    if (added) {
      std::optional<Programme> programme = tx_.Programmes().Find(programme_id);
      if (programme && !programme->closed) {
        it->second = ReportMonths(tx_.Programmes().ListEvents(programme_id));
      }
    }
    return it->second;
  }

 private:
  StoreTx& tx_;
  std::map<Id, std::vector<std::string>> months_;
};

void AddMissingReports(StoreTx& tx, ReportCalendars& calendars, const ScopeTeam& team,
                       const Project& project, core::Date today, ScopeNeeds& out) {
  if (!project.programme_id || project.status == ProjectStatus::kClosed) return;
  const std::vector<std::string>& months = calendars.MonthsOf(*project.programme_id);
  if (months.empty() || ReportDeadline(*ParseReportMonth(months.front())) >= today) return;
  const std::vector<MonthlyReport> stored = tx.Programmes().ListMonthlyReports(project.id);
  for (const std::string& month : months) {
    const core::Date first = *ParseReportMonth(month);
    std::optional<MonthlyReport> report;
    for (const MonthlyReport& r : stored) {
      if (r.month == month) report = r;
    }
    if (StateOf(report, first, today) != ReportState::kMissing) continue;
    out.missing_reports.push_back({team.team.id, team.team.name, team.organisation_name, project.id,
                                   project.title, month, ReportDeadline(first).ToString()});
  }
}

// Each measure's rows of a project-wide list (ordered by measure), by measure id.
template <typename T>
std::map<Id, std::vector<T>> ByMeasure(std::vector<T> rows) {
  std::map<Id, std::vector<T>> out;
  for (T& row : rows) out[row.measure_id].push_back(std::move(row));
  return out;
}

void AddNewSignals(StoreTx& tx, const ScopeTeam& team, const Project& project, ScopeNeeds& out) {
  if (project.status != ProjectStatus::kActive && project.status != ProjectStatus::kSustaining) {
    return;
  }
  std::vector<Measure> measures = tx.Measures().ListOfProject(project.id);
  std::erase_if(measures, [&](const Measure& m) {
    return m.retired || (team.guest_of_programme && !m.definition_id);
  });
  if (measures.empty()) return;
  auto observations = ByMeasure(tx.Measures().ListObservationsOfProject(project.id));
  auto phases = ByMeasure(tx.Measures().ListPhasesOfProject(project.id));
  auto notes = ByMeasure(tx.Measures().ListPointNotesOfProject(project.id));
  for (const Measure& m : measures) {
    const std::vector<Observation>& grid = observations[m.id];
    auto signals = NewSignalsOf(m, grid, PhaseStarts(phases[m.id]), ExcludedPeriods(notes[m.id]));
    // Stored data always passes the engine (it is validated on entry); a measure it refused
    // would be refused on its own page too, and has nothing to say here.
    if (!signals) continue;
    std::string latest;
    for (const Observation& o : grid) {
      if (!o.value.empty()) latest = std::max(latest, o.period);
    }
    for (const SeriesSignal& s : *signals) {
      out.new_signals.push_back({team.team.id, team.team.name, team.organisation_name, project.id,
                                 project.title, m.id, m.name, team.guest_of_programme, latest, s});
    }
  }
}

template <typename T>
void Bound(std::vector<T>& list, std::size_t& total) {
  total = list.size();
  if (list.size() > kNeedsListLimit) list.resize(kNeedsListLimit);
}

void OrderAndBound(ScopeNeeds& out) {
  std::sort(out.missing_reports.begin(), out.missing_reports.end(),
            [](const MissingReport& a, const MissingReport& b) {
              return std::tie(b.deadline, a.team_name, a.project_title, a.project_id) <
                     std::tie(a.deadline, b.team_name, b.project_title, b.project_id);
            });
  Bound(out.missing_reports, out.missing_reports_total);
  auto key = [](const NewSignal& s) {
    return std::tuple(s.signal.type != stats::PointType::kConcern, s.team_name, s.measure_name,
                      s.measure_id, s.signal.group);
  };
  std::sort(out.new_signals.begin(), out.new_signals.end(),
            [&](const NewSignal& a, const NewSignal& b) { return key(a) < key(b); });
  Bound(out.new_signals, out.new_signals_total);
}

}  // namespace

core::Result<std::vector<SeriesSignal>> NewSignalsOf(const Measure& measure,
                                                     const std::vector<Observation>& observations,
                                                     const std::vector<std::string>& phase_starts,
                                                     const std::set<std::string>& excluded) {
  std::string latest;
  for (const Observation& o : observations) {
    if (!o.value.empty()) latest = std::max(latest, o.period);
  }
  if (latest.empty()) return std::vector<SeriesSignal>{};
  auto now = AnalyzeMeasure(measure, observations, phase_starts, excluded);
  if (!now) return core::Fail(now.error());
  std::vector<Observation> earlier;
  for (const Observation& o : observations) {
    if (o.period != latest) earlier.push_back(o);
  }
  auto before = AnalyzeMeasure(measure, earlier, phase_starts, excluded);
  if (!before) return core::Fail(before.error());
  std::map<std::string, const stats::Analysis*> previous;
  for (const auto& [group, series] : SeriesOf(*before)) previous[group] = series;
  std::vector<SeriesSignal> out;
  for (const auto& [group, series] : SeriesOf(*now)) {
    const std::optional<stats::PointType> type = LastTypeIn(series, latest);
    if (type != stats::PointType::kImprovement && type != stats::PointType::kConcern) continue;
    if (LastTypeIn(previous[group], "") == type) continue;
    out.push_back({group, *type});
  }
  return out;
}

ScopeNeeds LoadScopeNeeds(StoreTx& tx, const Principal& acting,
                          const std::vector<TeamDetails>& visible, core::Date today) {
  ScopeNeeds out;
  const Principal managers = ManagerRoles(acting);
  if (managers.memberships.empty()) return out;
  std::vector<ScopeTeam> teams = OwnScope(tx, acting, managers, visible);
  for (ScopeTeam& t : GuestScope(tx, managers)) teams.push_back(std::move(t));
  ReportCalendars calendars(tx);
  for (const ScopeTeam& team : teams) {
    for (const Project& project : tx.Projects().List(team.team.id)) {
      if (team.guest_of_programme && project.programme_id != team.guest_of_programme) continue;
      AddMissingReports(tx, calendars, team, project, today, out);
      AddNewSignals(tx, team, project, out);
    }
  }
  OrderAndBound(out);
  return out;
}

}  // namespace stegvis::domain
