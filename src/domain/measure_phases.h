#pragma once
// New phases on a measure's charts after an adopted change. The proposal comes from the
// engine (ProposePhase in domain/cycle_markers.h: a finished cycle decided "adopt", then a
// sustained shift the better way); the team starts the phase with one click, never silently.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/cycle_markers.h"
#include "domain/measure.h"
#include "domain/measure_analysis.h"
#include "domain/store.h"

namespace stegvis::domain {

// The period each phase starts in, in order (what AnalyzeMeasure takes).
std::vector<std::string> PhaseStarts(const std::vector<MeasurePhase>& phases);

// The proposal for a measure's analysis, if any: the total's first, then each group's, under
// the Anhøj rules and the measure's direction.
std::optional<PhaseProposal> ProposePhaseFor(const MeasureAnalysis& analysis,
                                             const std::vector<CycleMarker>& markers);

// Starts the proposed phase: `cycle_id` and `period` must be what ProposePhaseFor proposes
// for the measure's current data and phases (else kConflict, "error.pdsa.no_phase_proposal":
// the data changed, or someone started it already). Needs kChange on the measure's team.
// Audited ("measure_phase"). Returns the phase's id.
core::Result<Id> StartProposedPhase(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id measure_id, Id cycle_id,
                                    const std::string& period);

}  // namespace stegvis::domain
