#pragma once
// Links from the improvement work to the goals catalogue: a programme, a project, a project's
// aim and a team's measure each link to any number of entries of their organisation's
// catalogue. Whoever may see the object sees its links; whoever may change the object changes
// them. Links to an entry survive its edits; a retired entry stays linked (shown retired) but
// is not offered for new links.

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/goal.h"
#include "domain/store.h"

namespace stegvis::domain {

struct GoalLinkSet {
  GoalObject object = GoalObject::kProject;
  Id object_id = 0;
  std::vector<GoalEntry> linked;   // in catalogue order, retired ones included
  std::vector<GoalEntry> choices;  // what the form offers: active entries and linked ones
  bool may_change = false;
};

// The object's links for its page. kNotFound for an unknown object, one the principal's
// organisation has no part in, or a measure without a team (a programme's common definition);
// kForbidden when the principal may not see it. The first form runs inside the caller's
// transaction (the pages of the linked objects), the second opens its own.
core::Result<GoalLinkSet> LoadGoalLinks(StoreTx& tx, const Principal& acting, GoalObject object,
                                        Id object_id);
core::Result<GoalLinkSet> LoadGoalLinks(Store& store, const Principal& acting, GoalObject object,
                                        Id object_id);

// Replaces the object's links with `goal_ids` (duplicates ignored). Needs kChange on the
// object (the team's work; a programme: admins and strategists). kInvalidInput on "goals":
// "goals.error.unknown_goal" for an id that is no entry of the object's organisation,
// "goals.error.retired" for a retired entry the object did not link to already. `base`, when
// given, is the set of links the editor saw: if the links were changed since, nothing is
// written and the error is kConflict ("error.changed_by", message "changed by EMAIL at
// UNIX_SECONDS" from the last change). Audited on the object ("goal_links", before and
// after as codes).
core::Result<void> SetGoalLinks(Store& store, const core::Clock& clock, const Principal& acting,
                                const Actor& actor, GoalObject object, Id object_id,
                                std::vector<Id> goal_ids,
                                std::optional<std::vector<Id>> base = std::nullopt);

// "policy 4", "cemr 9", ...: how an entry is named in the audit trail and exports.
std::string GoalReference(const GoalEntry& entry);

}  // namespace stegvis::domain
