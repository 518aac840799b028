#pragma once
// What the goals pages share: an entry's short label ("CEMR artikel 9"), a framework's name
// and the unit filter. The goal-links block each linked object's page
// includes is web/goals/goal_links_view.h.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "domain/goal.h"
#include "domain/organisation.h"
#include "web/app.h"
#include "web/goals/goal_page_views.h"
#include "web/http/http.h"

namespace stegvis::web {

// "Delmål 4", "CEMR artikel 9", "Globala målen 5.4", "SKR steg 5"; the overall goal has no
// code ("Övergripande mål").
std::string GoalLabel(const App& app, const std::string& lang, const domain::GoalEntry& entry);
// The framework's name ("Jämställdhetspolitiska mål", ...).
std::string FamilyName(const App& app, const std::string& lang, domain::GoalFamily family);
// The unit filter of the overview and the report from the query parameter `name` ("enhet" on
// pages, "unit" in the API): nullopt when absent or empty; an id; 0 for anything else (an
// unknown unit to the domain).
std::optional<domain::Id> UnitFilter(const Request& request, std::string_view name = "enhet");
// The units as options of the filter's select, the selected one marked.
std::vector<UnitOptionView> UnitOptions(const std::vector<domain::Unit>& units,
                                        const std::optional<domain::Unit>& selected);

}  // namespace stegvis::web
