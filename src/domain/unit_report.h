#pragma once
// The report to the nämnd (rapport till nämnden): for one unit and its sub-units and one
// report period (a tertial or a year), what the improvement work there did — the work under
// way by status, the measures with new signals for women and for men, the gaps between them
// that narrowed or widened, the PDSA tests adopted, adapted and abandoned with what was
// learned, and which goals the work addresses and which nothing addresses. Everything is
// computed from what is stored; only what the reader may see is in it. One struct holds all
// of it in the order the report says it, so the page, its JSON twin and a document writer
// all render the same result without computing it again. Definitions and sources:
// docs/statistics.md, "The report to the nämnd".

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/goal_overview.h"
#include "domain/measures.h"
#include "domain/pdsa_cycle.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "domain/report_period.h"
#include "domain/store.h"
#include "stats/gap.h"

namespace stegvis::domain {

struct ReportProject {
  Project project;
  std::string team_name;
};

struct ReportProgramme {
  Programme programme;
  std::vector<std::string> team_names;  // the unit's teams (in view) that take part
};

// The new signals of one kind and one direction in one group: signals of the engine's
// judgement (stats::Evidence) that end in the report period and were not there before it.
struct GroupSignal {
  std::string group;  // "women", "men", "girls" or "boys"
  stats::SignalKind kind = stats::SignalKind::kShift;
  // kImprovement or kConcern by the measure's better direction; kNeutralHigh / kNeutralLow
  // (above / below the centre line, or rising / falling) for a measure without one.
  stats::PointType type = stats::PointType::kImprovement;
  std::vector<std::string> periods;  // the periods of the signals' points, in order
};

// A measure split by sex with data in the report period, as the engine read it at the
// period's end (no hindsight from later data) and at the end of the period before.
struct ReportMeasure {
  // The measure as it stood at the end of the report period: observations, phases and point
  // notes up to its last period in the report period (what the report's chart draws).
  MeasureDetails details;
  std::string first_period;  // the measure's first and last period in the report period
  std::string last_period;
  std::vector<GroupSignal> signals;  // new signals: group A's, then group B's
  // The gap verdict (women − men) at the end of the period before (none without data then)
  // and at the end of the report period; and the gap itself at those two points.
  std::optional<stats::GapVerdict> gap_before;
  stats::GapVerdict gap_end = stats::GapVerdict::kTooFewPoints;
  std::optional<double> gap_value_before;
  std::optional<double> gap_value_end;
  bool GapNarrowed() const { return gap_end == stats::GapVerdict::kNarrowing; }
  bool GapWidened() const { return gap_end == stats::GapVerdict::kWidening; }
};

// A PDSA cycle decided in the report period.
struct ReportCycle {
  PdsaCycle cycle;
  std::string project_title;
  std::string team_name;
  std::string decided_on;  // ISO date: the day the cycle was finished with its decision
};

struct UnitReport {
  Unit unit;
  ReportPeriod period;
  // 1. Work under way: projects by status (active, sustaining, planned, closed), then title;
  // the programmes the unit's teams take part in, open ones first, by name.
  std::vector<ReportProject> projects;
  std::vector<ReportProgramme> programmes;
  // 2–3. Measures with data in the period that have new signals or whose gap narrowed or
  // widened, by project title and measure name.
  std::vector<ReportMeasure> measures;
  // 4. Cycles decided in the period, by decision day.
  std::vector<ReportCycle> adopted, adapted, abandoned;
  // 5. The goals catalogue: entries the work in view addresses, and the active entries
  // nothing addresses (CountGoalCoverage over the unit's projects and programmes).
  std::vector<GoalCoverage> goals_addressed;
  std::vector<GoalCoverage> goals_unaddressed;
};

// What the report says of one measure in `period`, or nullopt when it is not split by sex or
// has no value for either group in the period. `details` holds everything stored. Pure; fails
// only when the engine refuses stored data.
core::Result<std::optional<ReportMeasure>> ReportOnMeasure(const MeasureDetails& details,
                                                           const ReportPeriod& period);

// Whether the report lists the measure: a new signal, or a gap that narrowed or widened.
bool Reportable(const ReportMeasure& measure);

// The report on `unit_id` for `period`, in one read transaction. Whoever may view the unit
// (kView on it: admins and organisation-wide strategists, managers and politicians whose
// unit scope holds it) reads it; it covers the teams of the unit and its sub-units the reader
// may see. kNotFound for an unknown unit or one of another organisation; kForbidden for a
// reader without the unit in scope.
core::Result<UnitReport> LoadUnitReport(Store& store, const Principal& acting, Id unit_id,
                                        const ReportPeriod& period);

}  // namespace stegvis::domain
