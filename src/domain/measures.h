#pragma once
// Use cases on a team's measures and their observations: define a measure, load it with its
// grid, and save a batch of cells — all or nothing, version-checked and audited.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/cycle_markers.h"
#include "domain/measure.h"
#include "domain/observation_grid.h"
#include "domain/project.h"
#include "domain/store.h"

namespace stegvis::domain {

// Everything wrong with a measure's definition, at most one error per field: "name"
// ("error.required", "error.too_long" over 200), "unit" (over 200), "definition" (over 4000),
// "no_sex_reason" (over 4000, or "error.no_sex_reason": required without sex
// disaggregation), "target"/"baseline" ("error.not_a_number"), "target_date"
// ("error.bad_date"), "chart_override" ("error.bad_chart"), "baseline_points"
// ("error.baseline_points": below stats::kMinPointsForLimits, the fewest points limits are
// drawn from, or above kMaxPeriodsPerMeasure, the most a measure holds). Empty when none.
std::vector<core::Error> MeasureErrors(const Measure& measure);

// The refusal of a frozen baseline out of bounds (or not a whole number, as a form reads it):
// field "baseline_points", key "error.baseline_points" with the parameters "min" and "max".
core::Error BaselinePointsError();

// The first of MeasureErrors as a failure; otherwise the measure with target and baseline
// canonical (and no reason kept for a measure split by sex).
core::Result<Measure> ValidateMeasure(Measure measure);

// Adds a measure to a project (kChange on the project's team). Errors as ValidateMeasure;
// kNotFound for an unknown project or one in another organisation; kForbidden out of scope.
core::Result<Id> AddMeasure(Store& store, const core::Clock& clock, const Principal& acting,
                            const Actor& actor, Id project_id, Measure measure);

// Stores a measure's definition (kChange on its team; errors as ValidateMeasure). The data
// type and grouping stay as they are once the measure has observations (kInvalidInput on
// "data_type" / "grouping", key "error.has_observations"). `measure.version` is the version
// the editor loaded: kConflict ("error.changed_by") when it was saved since. A measure linked to
// a programme's common definition keeps its operational definition, data type and grouping
// (kInvalidInput on that field, "error.measure.linked"); its frequency never changes. Audited.
core::Result<void> ChangeMeasure(Store& store, const core::Clock& clock, const Principal& acting,
                                 const Actor& actor, Measure measure);

// Changes how a measure is analysed: its rule set and frozen baseline (none: every point), the
// rest of its definition as it is (kChange on its team). `version` is the version the caller
// read: kConflict ("error.changed_by") when it was saved since. Fails as MeasureErrors on
// "baseline_points"; kNotFound / kForbidden as ChangeMeasure. Audited as an update of the
// measure. Returns the measure as saved.
core::Result<Measure> ChangeMeasureAnalysis(Store& store, const core::Clock& clock,
                                            const Principal& acting, const Actor& actor,
                                            Id measure_id, std::int64_t version,
                                            stats::RuleSet rules,
                                            std::optional<int> baseline_points);

// The measure and its project and team, if the measure belongs to a project in the
// principal's organisation and `action` is allowed on the team: kNotFound for an unknown
// measure, one in another organisation or a programme's common definition; refusals of
// CheckedProject otherwise.
core::Result<std::pair<Measure, std::pair<Project, Team>>> CheckedMeasure(StoreTx& tx,
                                                                          const Principal& acting,
                                                                          Id measure_id,
                                                                          Action action);

struct MeasureDetails {
  Measure measure;
  Project project;
  Team team;
  std::vector<Observation> observations;   // by period, then group
  std::vector<CycleMarker> cycle_markers;  // the PDSA cycles that name the measure
  std::vector<MeasurePhase> phases;        // the charts' phases, by start period
  std::vector<PointNote> point_notes;      // exclusions and annotations, by period, then kind
  bool may_change = false;
  // Who saved the grid last, as people know them: the display name of the user of the
  // measure's organisation with the e-mail measure.data_updated_by, else that text itself.
  std::string data_saved_by;
  // Who wrote each of point_notes last, as people know them (as data_saved_by).
  std::vector<std::string> point_note_by;
};

// A measure with its grid (kView on its team). kNotFound for an unknown measure, one in
// another organisation, or a programme's common definition (it has no team). The first form
// runs inside the caller's transaction, the second opens its own.
core::Result<MeasureDetails> LoadMeasure(StoreTx& tx, const Principal& acting, Id measure_id);
core::Result<MeasureDetails> LoadMeasure(Store& store, const Principal& acting, Id measure_id);

// The measures of a project (kView), by id.
core::Result<std::vector<Measure>> ListMeasures(Store& store, const Principal& acting,
                                                Id project_id);

struct SavedBatch {
  std::int64_t data_version = 0;  // the grid's version after the save
  int changed = 0;                // cells written or removed
  // The measure and its grid as this save committed them, read inside its transaction, so
  // that an answer never shows a later write by someone else.
  MeasureDetails grid;
};

// Saves a batch of cells (ValidateCells) for the measure: kChange on its team. `base_version`
// is the data_version the editor loaded; if the grid was saved since, nothing is written and
// the error is kConflict with field "version", key "error.changed_by" and message
// "changed by NAME at UNIX_SECONDS" (see ChangedByUser). A cell with an empty value removes
// that cell (missing, never zero). One bad cell refuses the whole batch (field "row N:
// GROUP"). Every changed cell is one audit event ("observation", object id the measure) with
// before and after.
core::Result<SavedBatch> SaveObservations(Store& store, const core::Clock& clock,
                                          const Principal& acting, const Actor& actor,
                                          Id measure_id, std::int64_t base_version,
                                          const std::vector<CellInput>& cells);

// SaveObservations's save inside the caller's transaction, for a caller that has checked who
// may change `measure` (an import's commit): the version check, validation, writes, audit
// events and the grid's new version, failing as SaveObservations does. Returns the cells
// written or removed.
core::Result<int> SaveCells(StoreTx& tx, std::int64_t now, const Actor& actor,
                            const Measure& measure, std::int64_t base_version,
                            const std::vector<CellInput>& cells);

}  // namespace stegvis::domain
