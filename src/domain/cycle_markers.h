#pragma once
// PDSA cycles on the charts of the measures they name: a marker per cycle spanning the periods
// the test ran (or on to the chart's last period while it is still in Do), labelled with the
// cycle and its decision; and the proposal of a new phase when an adopted change is followed
// by a sustained shift (DESIGN.md §3: "proposed automatically ... never applied silently").
// Pure apart from LoadCycleMarkers.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/measure.h"
#include "domain/pdsa_cycle.h"
#include "domain/store.h"
#include "stats/analysis.h"

namespace stegvis::domain {

// The period of `frequency` that the date "YYYY-MM-DD" falls in, in the observation grid's
// canonical form: month "2025-03", ISO week "2025-W07", quarter "2025-Q1". Empty when
// `iso_date` is not a date.
std::string PeriodOfDate(Frequency frequency, std::string_view iso_date);

struct CycleMarker {
  Id cycle_id = 0;
  int number = 0;
  std::string title;
  PdsaPhase phase = PdsaPhase::kPlan;
  PdsaDecision decision = PdsaDecision::kNone;
  std::string start_period;  // the period the test started in
  std::string end_period;    // the period it ended in (its start's when no end is known)
  bool running = false;      // in Do: the test goes on, so the marker runs to the last period
};

// One marker per cycle that names `measure_id` and has a start, in order of start. The span is
// the test's own first and last day as the team wrote them in Plan; where a day is missing,
// the period Do began (`do_at`) and the period the cycle reached Study (else Act, else done).
// A cycle in Do has not been studied: it is `running` whatever its planned last day. An end
// before the start is the start.
std::vector<CycleMarker> CycleMarkers(Frequency frequency, Id measure_id,
                                      std::span<const PdsaCycle> cycles);

// The markers of a measure's chart, if the principal may view the measure's project
// (kNotFound / kForbidden otherwise). A programme's common measure has none.
core::Result<std::vector<CycleMarker>> LoadCycleMarkers(Store& store, const Principal& acting,
                                                        Id measure_id);

struct PhaseProposal {
  Id cycle_id = 0;
  int number = 0;
  std::string title;
  int first_point = 0;  // index into Analysis::points where the new phase would begin
  std::string period;   // that point's label
};

// Whether to offer a new phase: a finished cycle whose decision was adopt, and a sustained
// shift in the better direction (a kShift signal of stats::JudgeSeries under `rules`; trends,
// points beyond limits and crossings do not count) that
// begins no earlier than the cycle's first period and goes on past its last, inside the
// chart's current (last) phase. The new phase would begin where the shift began. With
// several candidates the latest cycle wins. nullopt for Direction::kNeutral. Point labels
// must be the periods the markers use.
std::optional<PhaseProposal> ProposePhase(const stats::Analysis& analysis, stats::RuleSet rules,
                                          stats::Direction direction,
                                          std::span<const CycleMarker> markers);

}  // namespace stegvis::domain
