#pragma once
// Use cases on the organisation's unit tree.

#include <string>
#include <vector>

#include "core/error.h"
#include "domain/organisation.h"
#include "domain/store.h"

namespace stegvis::domain {

// A unit placed in the tree: `depth` 0 for top-level units, children follow their parent.
struct UnitInTree {
  Unit unit;
  int depth = 0;
};

struct UnitOverview {
  Organisation organisation;
  std::vector<UnitInTree> units;  // depth-first, siblings by name
};

// The organisation (the first one when none is given) and its unit tree, for the home page.
// kNotFound if the database holds no such organisation.
core::Result<UnitOverview> LoadUnitOverview(StoreTx& tx, std::optional<Id> organisation_id);
// The same in a read transaction of its own.
core::Result<UnitOverview> LoadUnitOverview(Store& store,
                                            std::optional<Id> organisation_id = std::nullopt);

// Orders units depth-first with siblings by name in Swedish order; units whose parent is missing
// are treated as top-level so nothing disappears from view.
std::vector<UnitInTree> BuildUnitTree(const std::vector<Unit>& units);

// Everything wrong with `unit` (a new one has id 0), at most one error per field in the order
// of the form: "name" ("error.required", "error.too_long" over 200) and "parent_id"
// ("error.unknown_parent": missing or in another organisation; "error.unit_cycle": the unit
// itself or one of its subunits). Empty when none.
std::vector<core::Error> UnitErrors(StoreTx& tx, const Unit& unit);

// Validates (the first of UnitErrors) and creates a unit. Errors (kInvalidInput with `field`):
// empty or over-long name
// ("name"), parent in another organisation or missing ("parent_id").
core::Result<Id> CreateUnit(StoreTx& tx, const NewUnit& unit, std::int64_t now);

}  // namespace stegvis::domain
