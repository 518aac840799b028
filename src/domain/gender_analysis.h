#pragma once
// The gender analysis (jämställdhetsanalys) of a measure split by sex: the measure with its
// data, and the team's analysis notes along the 4R method (Representation, Resurser, Realia,
// Realisera), kept with their history — every save is a new version, none is overwritten.
// Whoever may read the measure reads the notes; whoever may change it writes them.

#include <cstdint>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/gender_records.h"
#include "domain/measures.h"
#include "domain/store.h"

namespace stegvis::domain {

// At most this many bytes per 4R field.
inline constexpr std::size_t kMaxGenderNoteLength = 8000;

struct GenderAnalysis {
  MeasureDetails details;
  std::vector<GenderNote> notes;  // every version, oldest first; the last is the current text
};

// The measure and its notes (kView on the measure's team). kNotFound for an unknown measure,
// one in another organisation, or one not split by sex (it has no gender analysis).
core::Result<GenderAnalysis> LoadGenderAnalysis(StoreTx& tx, const Principal& acting,
                                                Id measure_id);
// The same in one read transaction of its own.
core::Result<GenderAnalysis> LoadGenderAnalysis(Store& store, const Principal& acting,
                                                Id measure_id);

// Checks the four texts: each at most kMaxGenderNoteLength bytes (kInvalidInput, field
// "representation"/"resources"/"realia"/"realisera", key "error.too_long").
core::Result<void> ValidateGenderNote(const GenderNote& note);

// Saves the four texts of `note` as the next version (kChange on the measure's team).
// `base_version` is the version the writer loaded (0 when there was none): if another version
// was saved since, nothing is written and the error is kConflict (field "version", key
// "error.changed_by", message "changed by NAME at UNIX_SECONDS", see ChangedByUser). A save
// identical to the current version writes nothing and returns it. Audited ("gender_note",
// object id the measure). Returns the saved version.
core::Result<GenderNote> SaveGenderNote(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor, Id measure_id,
                                        std::int64_t base_version, const GenderNote& note);

}  // namespace stegvis::domain
