#pragma once
// View pieces the admin pages share: the organisation's units and teams as select options
// and as names for a role's scope.

#include <string>

#include <boost/json/array.hpp>

#include "domain/access.h"
#include "domain/teams.h"
#include "web/app.h"

namespace stegvis::web {

// <option>s for choosing a role's scope: the whole organisation (value ""), each unit
// ("unit:ID") and each team ("team:ID"); `selected` marks one.
boost::json::array ScopeOptions(const App& app, const std::string& lang,
                                const domain::Structure& structure, const std::string& selected);

// <option>s for the five roles, `selected` marked.
boost::json::array RoleOptions(const App& app, const std::string& lang,
                               const std::string& selected);

// A role in words: "Chef – Hemtjänst Norr".
std::string DescribeRole(const App& app, const std::string& lang,
                         const domain::Structure& structure, const domain::Membership& m);

// A unit's name indented by its depth with no-break spaces (select options keep them).
std::string IndentedName(const domain::UnitInTree& unit);

// Parses a scope option value ("", "unit:ID", "team:ID"); false for anything else.
bool ParseScopeOption(const std::string& value, std::optional<domain::ScopeRef>& scope);

}  // namespace stegvis::web
