#pragma once
// Changing a change idea after it was made: its title and description, and retiring it or
// reinstating it. A retired idea takes no new cycles (AddPdsaCycle refuses it with
// "error.pdsa.idea_retired"); the cycles that tested it keep it, and its page still shows them.
// A team's own idea is changed by those who may change the team's work; an idea of a
// programme's change package by those who run the programme, while it is open.

#include <cstdint>
#include <optional>
#include <string>

#include "core/clock.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/change_idea.h"
#include "domain/store.h"

namespace stegvis::domain {

struct ChangeIdeaEdit {
  std::int64_t version = 0;                // the version the editor read
  std::optional<std::string> title;        // absent: unchanged
  std::optional<std::string> description;  // absent: unchanged
  std::optional<bool> retired;             // absent: unchanged
};

// Stores `edit` on the idea. kNotFound for an idea the principal's organisation does not own
// (a guest team reads the host's package ideas but never changes them); kForbidden without the
// right; kConflict "error.programme.closed" for an idea of a closed programme; kConflict
// "error.changed_by" (ChangedByUser) for a stale version; ValidateChangeIdea's refusals on
// "title" and "description". Audited ("update", before and after). Returns the idea as stored.
core::Result<ChangeIdea> EditChangeIdea(Store& store, const core::Clock& clock,
                                        const Principal& acting, const Actor& actor, Id idea_id,
                                        const ChangeIdeaEdit& edit);

// Whether EditChangeIdea would let the principal change the idea (for its page's forms).
bool MayEditChangeIdea(StoreTx& tx, const Principal& acting, const ChangeIdea& idea);

}  // namespace stegvis::domain
