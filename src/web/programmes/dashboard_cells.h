#pragma once
// What the programme's pages say of a team's common measure, shared by the dashboard
// (dashboard_page.cc) and the programme's story (programme_story_page.cc): the Making Data
// Count variation and assurance as an icon with its words, a cell's numbers, the key to the
// icons, and a funnel plot's figure with its data tables.

#include <string>
#include <vector>

#include "chart/labels.h"
#include "domain/programme_dashboard.h"
#include "web/app.h"
#include "web/http/http.h"
#include "web/programmes/dashboard_view.h"

namespace stegvis::web {

// The icon and words of a variation or assurance by its stored name (domain::VariationName,
// domain::AssuranceName); `kind` is "variation" or "assurance".
SignalView Signal(const App& app, const std::string& lang, std::string_view kind,
                  std::string_view name);

// A team's cell of one definition, its numbers formatted ("–" without a value); `last_period`
// is the definition's last complete period, named when the cell lacks it.
DashboardCellView CellView(const App& app, const std::string& lang, chart::Lang chart_lang,
                           const domain::DashboardCell& c, const std::string& last_period);

// A funnel plot's drawing: one panel per group side by side on shared axes (SVG).
std::string FunnelSvg(const App& app, const std::string& lang, const domain::ProgrammeFunnel& f);

// The key to the icons, in words: every variation and assurance a measure can have.
std::vector<SignalView> KeyOf(const App& app, const std::string& lang);

// A funnel plot's figure (drawn by the funnel.svg route) with one data table per group.
DashboardFunnelView FunnelView(const App& app, const std::string& lang, domain::Id programme_id,
                               const domain::ProgrammeFunnel& f);

// The dashboard's view (dashboard.mustache): the teams sorted and filtered by the request's
// "sortera" and "signal" parameters; also the table of a learning session's material.
DashboardView DashboardViewOf(const App& app, const Request& request, const std::string& lang,
                              const domain::ProgrammeDashboard& d);

}  // namespace stegvis::web
