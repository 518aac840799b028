#pragma once
// What the teams in a manager's scope ask of a chef, strateg or coach on the start page: the
// monthly reports that are missing and the measures whose latest point brought a special-cause
// signal the point before did not have. The teams are those a chef, strateg or coach role of
// the visitor reaches (a chef: the teams of their units; a strateg: the organisation's or the
// programme's teams; a coach: the programme's) where the visitor is not a team member, and, for
// a strateg or coach of the host, the guest teams of the open programmes their organisation
// hosts, of which only the programme work counts (projects in the programme, measures linked to
// common definitions), as the host reads it (ProgrammeTeam::programme_work_only).

#include <cstddef>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/measure.h"
#include "domain/store.h"
#include "domain/teams.h"
#include "stats/analysis.h"

namespace stegvis::domain {

// A team's monthly report whose deadline has passed without it being submitted
// (ReportState::kMissing), in an open programme.
struct MissingReport {
  Id team_id = 0;
  std::string team_name;
  std::string organisation_name;  // a guest team's organisation; empty for the visitor's own
  Id project_id = 0;
  std::string project_title;
  std::string month;     // "YYYY-MM"
  std::string deadline;  // ISO date
};

// One series of a measure (a group or the total) whose latest point shows a special-cause
// signal its point before did not show when it was the latest.
struct SeriesSignal {
  std::string group;  // "women", "men", "girls", "boys" or "total"
  stats::PointType type = stats::PointType::kImprovement;  // kImprovement or kConcern
};

struct NewSignal {
  Id team_id = 0;
  std::string team_name;
  std::string organisation_name;  // as MissingReport's
  Id project_id = 0;
  std::string project_title;
  Id measure_id = 0;
  std::string measure_name;
  // A guest team's measure is read on its programme's dashboard (the host may not open the
  // measure itself); none for the visitor's own organisation's teams.
  std::optional<Id> programme_id;
  std::string period;  // the latest period
  SeriesSignal signal;
};

struct ScopeNeeds {
  std::vector<MissingReport> missing_reports;  // latest deadline first, then team and project
  std::size_t missing_reports_total = 0;
  std::vector<NewSignal> new_signals;  // concerning first, then team, measure and group
  std::size_t new_signals_total = 0;

  bool Empty() const { return missing_reports.empty() && new_signals.empty(); }
};

// The signals that appeared at the measure's latest period: for each series of the measure as
// AnalyzeMeasure analyses it (with `phase_starts` and the `excluded` periods, as the measure's
// page draws it) whose last point falls in that period and is special cause improving or
// concerning, when the same series analysed without that period ended on a point of another
// type. The total first, then the groups. Pure. Fails as AnalyzeMeasure fails.
core::Result<std::vector<SeriesSignal>> NewSignalsOf(const Measure& measure,
                                                     const std::vector<Observation>& observations,
                                                     const std::vector<std::string>& phase_starts,
                                                     const std::set<std::string>& excluded);

// What the teams in the scope of `acting`'s chef and strateg roles ask of them on `today`,
// within `tx`, each list kept to kNeedsListLimit (what_needs_me.h) with its total. `visible`
// are the teams `acting` may see (ListVisibleTeams). Empty for anyone without such a role.
// Reads only; a few queries per team and project in scope, none per measure.
ScopeNeeds LoadScopeNeeds(StoreTx& tx, const Principal& acting,
                          const std::vector<TeamDetails>& visible, core::Date today);

}  // namespace stegvis::domain
