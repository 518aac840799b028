#pragma once
// The teams a principal may see, optionally within one unit and its subunits: what the goals
// overview and the sex-disaggregation report count, so both are scoped the same way.

#include <optional>
#include <string>
#include <vector>

#include "core/error.h"
#include "domain/access.h"
#include "domain/store.h"

namespace stegvis::domain {

struct VisibleTeam {
  Team team;
  std::string unit_name;
};

// The organisation's teams the principal may view (kView on the team), by name; with
// `unit_id`, only teams of that unit or a unit below it.
std::vector<VisibleTeam> VisibleTeams(StoreTx& tx, const Principal& acting,
                                      std::optional<Id> unit_id);

// The unit filter of a report: nullopt for none; the unit when it is one of the principal's
// organisation; kNotFound otherwise.
core::Result<std::optional<Unit>> FilterUnit(StoreTx& tx, const Principal& acting,
                                             std::optional<Id> unit_id);

}  // namespace stegvis::domain
