#pragma once
// The programme dashboard (programmets översikt): one row per participating team the reader
// may see, and for each common measure definition that is not retired the team's linked
// measure summed up as NHS England's "Making Data Count" does — the latest value for women,
// men and total, the gap, the variation (what the latest point says) and the assurance
// (whether the process will meet the target) — with which measures lack data for the last
// complete period, the progress score and the PDSA cycles per action period. Beside it, for
// the definitions of proportions and rates, funnel plots across the teams. Semantics and
// sources: docs/statistics.md, "The programme dashboard".

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/pdsa_cycle.h"
#include "domain/programmes.h"
#include "domain/store.h"
#include "domain/sustain_alerts.h"
#include "stats/analysis.h"
#include "stats/assurance.h"
#include "stats/funnel.h"

namespace stegvis::domain {

// One team's linked measure of one definition.
struct DashboardCell {
  Id definition_id = 0;
  std::optional<Id> measure_id;  // none: the team has not adopted the definition
  std::string period;            // the latest period with a value; empty without data
  // The values of that period as the charts plot them (percent for proportions); none where
  // the period has no value. The gap is women − men (girls − boys).
  std::optional<double> women, men, total, gap;
  // The point type of the total's latest point (special cause improvement or concern, common
  // cause); none when there is no data, or when the latest point is common cause but the
  // current phase has fewer points than the measure's rule set needs to judge
  // (stats::PointsNeededToJudge): not enough data.
  std::optional<stats::PointType> variation;
  // stats::Summarize's assurance of the total's latest part against the target; kNone
  // without a target or data.
  stats::AssuranceType assurance = stats::AssuranceType::kNone;
  // An adopted measure with no value for the last complete period (every group of its grid
  // is needed: women and men, or the total when not split by sex).
  bool missing_last_period = false;
};

// A team's progress score (tenths, 5 to 50) as last set, and the one set before it.
struct DashboardProgress {
  int score_tenths = 0;
  std::optional<int> previous_tenths;
};

struct DashboardTeam {
  Team team;
  bool programme_work_only = false;  // a guest team shown to the host (ProgrammeTeam)
  std::string unit_name;
  std::string organisation_name;
  std::vector<DashboardCell> cells;  // one per ProgrammeDashboard::definitions, same order
  std::optional<DashboardProgress> progress;
  // PDSA cycles begun in each action period (ProgrammeDashboard::action_periods, same order),
  // by the cycle's start date or, without one, the day it was created; none where the reader
  // may not view the team's projects.
  std::optional<std::vector<int>> cycles_per_period;
  // The alerts of the team's sustaining projects in the programme (domain/sustain_alerts.h)
  // that the reader may view; filled by DashboardOf, not BuildDashboard.
  std::vector<SustainAlert> sustain_alerts = {};
};

// The funnel plot of one group across the teams.
struct FunnelGroup {
  std::string group;  // "women", "men", "girls", "boys" or "total"
  stats::Funnel funnel;
};

// A definition of proportions or rates across the teams, at one period: the latest in which
// any team has a value. A team without a numerator and denominator for a group in that period
// is not in that group's plot; a group no team has is left out.
struct ProgrammeFunnel {
  Measure definition;
  std::string period;
  std::vector<FunnelGroup> groups;
};

struct ProgrammeDashboard {
  Programme programme;
  std::vector<Measure> definitions;                // the programme's, not retired
  std::vector<std::string> last_complete_periods;  // per definition, by its frequency
  std::vector<ProgrammeEvent> action_periods;
  std::vector<DashboardTeam> teams;  // only the teams the reader may see
  int hidden_teams = 0;
  // Monthly reports of the teams shown that are missing on the day (domain/monthly_reports.h).
  int missing_reports = 0;
  std::vector<ProgrammeFunnel> funnels;  // the definitions of proportions and rates with data
};

// What the dashboard is computed from, read in one transaction.
struct DashboardInput {
  ProgrammeDetails details;
  // Per team of details.teams (same order): its organisation's name, its measures' phase
  // starts (per measure, sorted), its projects' PDSA cycles (none when the reader may not
  // view them) and its progress scores.
  std::vector<std::string> organisation_names;
  std::vector<std::vector<std::vector<std::string>>> phase_starts;
  std::vector<std::optional<std::vector<PdsaCycle>>> cycles;
  std::vector<std::vector<ProgressScore>> scores;
  std::string today;  // ISO date: the last complete period is the one before today's
};

// The stored names of a cell's variation: stats::PointTypeName, or "not_enough_data" for none;
// and of its assurance: stats::AssuranceTypeName, or "no_target" for kNone.
std::string_view VariationName(const std::optional<stats::PointType>& variation);
std::string_view AssuranceName(stats::AssuranceType assurance);

// The dashboard of `input`. Pure. Fails only when the statistics engine refuses stored data
// (Error::Invalid), which validation on entry makes unreachable.
core::Result<ProgrammeDashboard> BuildDashboard(const DashboardInput& input);

// The funnel plot of `definition` (a proportion or a rate) across the teams of `details`, or
// nullopt when no team has a numerator and denominator. Pure; fails as stats::AnalyzeFunnel.
core::Result<std::optional<ProgrammeFunnel>> FunnelOf(const ProgrammeDetails& details,
                                                      const Measure& definition);

// The dashboard for whoever may see the programme (LoadProgramme's refusals: kNotFound,
// kForbidden for a user without a role), as of the clock's day. The first form runs inside
// the caller's transaction, as of `today` (ISO date), from the programme as LoadProgramme
// gave it to `acting`; the second opens its own.
core::Result<ProgrammeDashboard> DashboardOf(StoreTx& tx, const std::string& today,
                                             const Principal& acting, ProgrammeDetails details);
core::Result<ProgrammeDashboard> LoadProgrammeDashboard(Store& store, const core::Clock& clock,
                                                        const Principal& acting, Id programme_id);

// The funnel plot of one definition for whoever may see the programme (refusals as
// LoadProgrammeDashboard; kNotFound for a definition not of the programme); kInvalidInput
// ("error.funnel.data_type" on "definition_id") when it is not of proportions or rates,
// ("error.funnel.no_data") when no team has data for it.
core::Result<ProgrammeFunnel> LoadProgrammeFunnel(Store& store, const Principal& acting,
                                                  Id programme_id, Id definition_id);

}  // namespace stegvis::domain
