#pragma once
// Managers' reflection notes: a reflection meeting (reflektionsmöte) or the shadowing of a
// peer (skuggning), dated, linked to one or more units and optionally projects. Only managers
// and strategists whose scope reaches one of the note's units (and admins) read and write
// them; team members and politicians never see them.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/gender_records.h"
#include "domain/store.h"

namespace stegvis::domain {

// Checks a note's own fields: kind, held_on (required ISO date: "error.required",
// "error.bad_date"), title (required, ≤ 200), text (required, ≤ 8000), peer (required for
// shadowing: "reflection.error.peer"; ≤ 200), at least one unit ("unit_ids",
// "reflection.error.no_unit"). kInvalidInput naming the field.
core::Result<void> ValidateReflectionNote(const ReflectionNote& note);

// Units and projects a note may be linked to by this principal.
struct ReflectionChoices {
  std::vector<Unit> units;  // units whose notes the principal may write, in tree order
  struct ProjectChoice {
    Id id = 0;
    std::string title;
    std::string team;
  };
  std::vector<ProjectChoice> projects;  // projects the principal may see
};
core::Result<ReflectionChoices> LoadReflectionChoices(StoreTx& tx, const Principal& acting);
core::Result<ReflectionChoices> LoadReflectionChoices(Store& store, const Principal& acting);

// The organisation's units whose reflection notes the principal may read; a note is read
// through any one of its units.
std::vector<Id> ReflectionReadableUnits(StoreTx& tx, const Principal& acting);

struct ReflectionNoteView {
  ReflectionNote note;
  // The linked units and projects (id, title) the reader's scope reaches; the others are
  // not named (their ids stay in `note`).
  std::vector<Unit> units;
  std::vector<std::pair<Id, std::string>> projects;
  bool may_change = false;
};

// The notes the principal may read (a linked unit in scope), newest date first. `mine_only`
// keeps the ones the principal wrote. kForbidden for a principal who may read none.
core::Result<std::vector<ReflectionNoteView>> ListReflectionNotes(Store& store,
                                                                  const Principal& acting,
                                                                  bool mine_only);

struct UnitReflections {
  Unit unit;
  std::vector<ReflectionNoteView> notes;  // linked to the unit, newest date first
  bool may_write = false;
};
// The notes linked to a unit (kView on the unit's reflection notes).
core::Result<UnitReflections> LoadUnitReflections(Store& store, const Principal& acting,
                                                  Id unit_id);

// One note (kView through one of its units). kNotFound / kForbidden as usual.
core::Result<ReflectionNoteView> LoadReflectionNote(StoreTx& tx, const Principal& acting,
                                                    Id note_id);
core::Result<ReflectionNoteView> LoadReflectionNote(Store& store, const Principal& acting,
                                                    Id note_id);

// /reflektioner/{id}: the note and, for its form, the units and projects the principal may
// link it to, in one read transaction. Errors as LoadReflectionNote.
struct ReflectionNotePage {
  ReflectionNoteView note;
  ReflectionChoices choices;
};
core::Result<ReflectionNotePage> LoadReflectionNotePage(Store& store, const Principal& acting,
                                                        Id note_id);

// Writes a new note (ValidateReflectionNote; every unit must be one whose notes the principal
// may write, else "unit_ids", "reflection.error.unit_scope"; every project one the principal
// may see, else "project_ids", "reflection.error.project"). Audited. Returns the id.
core::Result<Id> CreateReflectionNote(Store& store, const core::Clock& clock,
                                      const Principal& acting, const Actor& actor,
                                      ReflectionNote note);

// Stores a note's fields and links. `note.version` is the version the writer loaded: kConflict
// ("error.changed_by") when it was saved since. Units added must be in the writer's scope,
// units kept may stay. Audited with before and after.
core::Result<void> ChangeReflectionNote(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor,
                                        ReflectionNote note);

}  // namespace stegvis::domain
