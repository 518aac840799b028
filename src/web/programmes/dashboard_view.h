#pragma once
// What the programme dashboard shows (dashboard.mustache): a table with one row per team and,
// per common measure, women, men, total, gap, variation and assurance (icon and words), the
// key to the icons in words, and the funnel plots with their data tables.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

// One common measure: its column group's heading.
struct DashboardColumnView {
  std::string name;
  std::optional<std::string> unit;  // "%", "st"; none when the measure has no unit
  std::string last_period;          // the last complete period
  std::string first_group;          // "Kvinnor" or "Flickor", as the measure groups
  std::string second_group;         // "Män" or "Pojkar"
};
constexpr auto Describe(std::type_identity<DashboardColumnView>) {
  using V = DashboardColumnView;
  return std::tuple{core::Field("name", &V::name), core::Field("unit", &V::unit),
                    core::Field("last_period", &V::last_period),
                    core::Field("first_group", &V::first_group),
                    core::Field("second_group", &V::second_group)};
}

// An icon with its words: the icon is decoration, the words carry the meaning.
struct SignalView {
  std::string css;   // "mdc--improvement", …
  std::string icon;  // one character
  std::string text;
};
constexpr auto Describe(std::type_identity<SignalView>) {
  using V = SignalView;
  return std::tuple{core::Field("css", &V::css), core::Field("icon", &V::icon),
                    core::Field("text", &V::text)};
}

struct DashboardCellView {
  bool adopted = false;
  domain::Id measure_id = 0;
  std::optional<std::string> period;   // the latest period with a value; none without data
  std::string women, men, total, gap;  // formatted; "–" without a value
  SignalView variation;
  SignalView assurance;
  std::optional<std::string> missing;  // "no value for 2025-07" when it lacks that value
};
constexpr auto Describe(std::type_identity<DashboardCellView>) {
  using V = DashboardCellView;
  return std::tuple{core::Field("adopted", &V::adopted),
                    core::Field("measure_id", &V::measure_id),
                    core::Field("period", &V::period),
                    core::Field("women", &V::women),
                    core::Field("men", &V::men),
                    core::Field("total", &V::total),
                    core::Field("gap", &V::gap),
                    core::Field("variation", &V::variation),
                    core::Field("assurance", &V::assurance),
                    core::Field("missing", &V::missing)};
}

struct DashboardRowView {
  domain::Id team_id = 0;
  bool may_open = false;  // the reader may open the team and its measures
  std::string team;
  std::string unit;
  std::string organisation;
  std::vector<DashboardCellView> cells;
  std::string progress;  // "2,5 (upp från 2,0)", or "–"
  std::string cycles;    // "Arbetsperiod 1: 2, Arbetsperiod 2: 1", or "–"
};
constexpr auto Describe(std::type_identity<DashboardRowView>) {
  using V = DashboardRowView;
  return std::tuple{core::Field("team_id", &V::team_id),
                    core::Field("may_open", &V::may_open),
                    core::Field("team", &V::team),
                    core::Field("unit", &V::unit),
                    core::Field("organisation", &V::organisation),
                    core::Field("cells", &V::cells),
                    core::Field("progress", &V::progress),
                    core::Field("cycles", &V::cycles)};
}

struct DashboardFunnelView {
  std::string name;
  std::string period;
  std::string svg_href;
  std::string png_href;  // the same drawing as a PNG image, for slides
  std::string alt;
  int width = 0;   // the drawing's width in CSS pixels (it scrolls in its region when narrower)
  RawHtml tables;  // one data table per group
};
constexpr auto Describe(std::type_identity<DashboardFunnelView>) {
  using V = DashboardFunnelView;
  return std::tuple{core::Field("name", &V::name),         core::Field("period", &V::period),
                    core::Field("svg_href", &V::svg_href), core::Field("png_href", &V::png_href),
                    core::Field("alt", &V::alt),           core::Field("width", &V::width),
                    core::Field("tables", &V::tables)};
}

// A sustaining project's alert (domain/sustain_alerts.h), linked to its sustain plan.
struct DashboardAlertView {
  std::string team;
  domain::Id project_id = 0;
  std::string project;
  std::string text;  // the measure and the alert in words
};
constexpr auto Describe(std::type_identity<DashboardAlertView>) {
  using V = DashboardAlertView;
  return std::tuple{core::Field("team", &V::team), core::Field("project_id", &V::project_id),
                    core::Field("project", &V::project), core::Field("text", &V::text)};
}

struct DashboardView {
  domain::Id id = 0;
  std::string heading;  // the programme's name
  std::vector<DashboardColumnView> columns;
  bool has_columns = false;
  std::vector<DashboardRowView> rows;
  bool has_rows = false;
  std::optional<std::string> hidden_teams;  // "2 more teams take part …"
  std::string missing_reports;              // "Reports missing: 3."
  std::vector<SignalView> key;
  std::vector<OptionView> sort;
  std::vector<OptionView> signal;
  std::optional<std::string> shown;  // "Showing 3 of 4 teams." when a filter is chosen
  std::vector<DashboardFunnelView> funnels;
  bool has_funnels = false;
  std::vector<DashboardAlertView> alerts;
  bool has_alerts = false;
};
constexpr auto Describe(std::type_identity<DashboardView>) {
  using V = DashboardView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("columns", &V::columns),
                    core::Field("has_columns", &V::has_columns),
                    core::Field("rows", &V::rows),
                    core::Field("has_rows", &V::has_rows),
                    core::Field("hidden_teams", &V::hidden_teams),
                    core::Field("missing_reports", &V::missing_reports),
                    core::Field("key", &V::key),
                    core::Field("sort", &V::sort),
                    core::Field("signal", &V::signal),
                    core::Field("shown", &V::shown),
                    core::Field("funnels", &V::funnels),
                    core::Field("has_funnels", &V::has_funnels),
                    core::Field("alerts", &V::alerts),
                    core::Field("has_alerts", &V::has_alerts)};
}

}  // namespace stegvis::web
