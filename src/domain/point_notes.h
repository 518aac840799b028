#pragma once
// Notes on single points of a team's measure: an exclusion takes the period out of the lines
// and the runs analysis of every series of the measure, for a reason; an annotation is a
// comment shown at the period on the chart and in its table. At most one of each kind per
// period; each records who wrote it and when, is version-checked when changed, and every
// write (adding, changing, removing — including a point back in the lines) is audited as
// "point_note" of the measure.

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/measure.h"
#include "domain/store.h"

namespace stegvis::domain {

// The longest reason or comment accepted (bytes).
inline constexpr std::size_t kPointNoteMax = 500;

// Sets the note of `kind` on `period` of the measure (kChange on its team) to `text`.
// `version` is 0 for a new note, else the version the caller read. Fails with kInvalidInput
// on "period" ("error.bad_period" not a period of the measure's frequency;
// "error.point_note.no_point" no value in that period), on "text" ("error.required",
// "error.too_long" over kPointNoteMax, "error.control_character"); kConflict
// ("error.point_note.exists") for version 0 when the note exists, ("error.changed_by") when
// it was saved since; kNotFound when it was removed, or as CheckedMeasure; kForbidden as
// CheckedMeasure. Returns the note.
core::Result<PointNote> SetPointNote(Store& store, const core::Clock& clock,
                                     const Principal& acting, const Actor& actor, Id measure_id,
                                     PointNoteKind kind, const std::string& period,
                                     const std::string& text, std::int64_t version);

// Removes the note of `kind` on `period` (kChange on its team): an excluded point is back in
// the lines. kNotFound when there is none (or as CheckedMeasure); kForbidden as
// CheckedMeasure.
core::Result<void> RemovePointNote(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id measure_id, PointNoteKind kind,
                                   const std::string& period);

// The periods of `notes` that are excluded.
std::set<std::string> ExcludedPeriods(const std::vector<PointNote>& notes);

}  // namespace stegvis::domain
