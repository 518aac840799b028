#pragma once
// The goals catalogue: the national gender-equality goals, the CEMR charter's articles, the
// Agenda 2030 goals around SDG 5 and SKR's ten steps of gender mainstreaming, as entries each
// organisation keeps (docs/goals.md). Shipped entries come from the migration and are seeded
// for every organisation; strategists and admins add, correct and retire entries. Every
// change bumps the entry's version and is audited; links to an entry survive its edits.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/clock.h"
#include "core/error.h"
#include "domain/access.h"
#include "domain/audit.h"
#include "domain/goal.h"
#include "domain/store.h"

namespace stegvis::domain {

// The entry's title / description in "sv" or "en" (anything else: Swedish).
const std::string& GoalTitle(const GoalEntry& entry, std::string_view lang);
const std::string& GoalDescription(const GoalEntry& entry, std::string_view lang);

// Everything wrong with an entry, at most one error per field in the order of the form:
// "group" (not a group of the family, "goals.error.group"), "code" (required, ≤ 20,
// "error.required" / "error.too_long"), "title_sv" / "title_en" (required, ≤ 300),
// "description_sv" / "description_en" (≤ 4000), "sort_order" (0–9999,
// "goals.error.sort_order"). Empty when none.
std::vector<core::Error> GoalEntryErrors(const GoalEntry& entry);

// The first of GoalEntryErrors, as a failure; success when there is none.
core::Result<void> ValidateGoalEntry(const GoalEntry& entry);

// The catalogue resource of an organisation for the policy: every signed-in user of the
// organisation views it; admins and organisation-wide strategists change it.
Resource GoalCatalogueResource(Id organisation_id);
bool MayChangeGoalCatalogue(const Principal& acting);

// The principal's organisation's catalogue, by family and sort order (retired included).
core::Result<std::vector<GoalEntry>> ListGoalCatalogue(Store& store, const Principal& acting);
// One entry of the principal's organisation; kNotFound otherwise.
core::Result<GoalEntry> LoadGoalEntry(Store& store, const Principal& acting, Id goal_id);

// Adds an entry (kChange on the catalogue; kForbidden otherwise). Errors as
// ValidateGoalEntry, and kInvalidInput on "code" ("goals.error.code_taken") when the family
// has the code already. Audited ("goal", "create").
core::Result<Id> AddGoalEntry(Store& store, const core::Clock& clock, const Principal& acting,
                              const Actor& actor, GoalEntry entry);

// Stores an entry's group, code, texts, order and flags (family and organisation stay).
// `entry.version` is the version the editor loaded: kConflict ("error.changed_by") when it was
// saved since. Bumps the version; audited with before and after ("goal", "update").
core::Result<void> ChangeGoalEntry(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, const GoalEntry& entry);

// The entry as a flat audit JSON object.
std::string GoalEntryJson(const GoalEntry& entry);

}  // namespace stegvis::domain
