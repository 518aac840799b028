#pragma once
// View pieces the admin pages share: the organisation's units and teams as select options
// and as names for a role's scope.

#include <optional>
#include <string>
#include <vector>

#include "domain/access.h"
#include "domain/teams.h"
#include "web/app.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// <option>s for choosing a role's scope: the whole organisation (value ""), each unit
// ("unit:ID") and each team ("team:ID"); `selected` marks one.
std::vector<OptionView> ScopeOptions(const App& app, const std::string& lang,
                                     const domain::Structure& structure,
                                     const std::string& selected);

// <option>s for the five roles, `selected` marked.
std::vector<OptionView> RoleOptions(const App& app, const std::string& lang,
                                    const std::string& selected);

// <option>s for the units of a tree (value: the id), indented by depth, the unit whose id is
// `selected` marked.
std::vector<OptionView> UnitTreeOptions(const std::vector<domain::UnitInTree>& units,
                                        const std::string& selected);

// <option>s for a unit's kind (namnd, forvaltning, enhet), `selected` marked.
std::vector<OptionView> UnitKindOptions(const App& app, const std::string& lang,
                                        const std::string& selected);

// A role in words: "Chef – Hemtjänst Norr".
std::string DescribeRole(const App& app, const std::string& lang,
                         const domain::Structure& structure, const domain::Membership& m);

// A unit's name indented by its depth with no-break spaces (select options keep them).
std::string IndentedName(const domain::UnitInTree& unit);

// Parses a scope option value ("", "unit:ID", "team:ID", "programme:ID"); false for anything
// else.
bool ParseScopeOption(const std::string& value, std::optional<domain::ScopeRef>& scope);

}  // namespace stegvis::web
