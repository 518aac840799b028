#pragma once
// Typed views of the home and measure pages, as pages will declare them when they move from
// Boost.JSON views to described structs, and FromJson to fill them from the captured JSON
// views (data/*.json), so the JSON and typed benchmarks render the same data.

#include <cstdint>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include <boost/json/value.hpp>

#include "core/describe.h"
#include "web/render/typed_view.h"

namespace stegvis::bench {

using core::Field;
using web::RawHtml;

// What the layout shows around every page (web/render/page.cc adds it to the JSON view).
struct SignedIn {
  std::string name;
};
constexpr auto Describe(std::type_identity<SignedIn>) {
  return std::tuple{Field("name", &SignedIn::name)};
}

struct LayoutView {
  std::string lang;
  std::string title;
  std::string csrf_token;
  std::optional<SignedIn> signed_in;
  bool is_admin = false;
  bool may_reflect = false;
  bool nav_home = false;
  std::string lang_switch_href;
  RawHtml content;
};
constexpr auto Describe(std::type_identity<LayoutView>) {
  return std::tuple{Field("lang", &LayoutView::lang),
                    Field("title", &LayoutView::title),
                    Field("csrf_token", &LayoutView::csrf_token),
                    Field("signed_in", &LayoutView::signed_in),
                    Field("is_admin", &LayoutView::is_admin),
                    Field("may_reflect", &LayoutView::may_reflect),
                    Field("nav_home", &LayoutView::nav_home),
                    Field("lang_switch_href", &LayoutView::lang_switch_href),
                    Field("content", &LayoutView::content)};
}

// The home page (web/site/home_page.cc).
struct UnitLinks {
  bool self_assessment = false;
  bool reflections = false;
};
constexpr auto Describe(std::type_identity<UnitLinks>) {
  return std::tuple{Field("self_assessment", &UnitLinks::self_assessment),
                    Field("reflections", &UnitLinks::reflections)};
}

struct HomeUnit {
  std::int64_t id = 0;
  std::string name;
  std::int64_t depth = 0;
  std::string kind;
  std::string kind_label;
  std::optional<UnitLinks> links;
};
constexpr auto Describe(std::type_identity<HomeUnit>) {
  return std::tuple{Field("id", &HomeUnit::id),
                    Field("name", &HomeUnit::name),
                    Field("depth", &HomeUnit::depth),
                    Field("kind", &HomeUnit::kind),
                    Field("kind_label", &HomeUnit::kind_label),
                    Field("links", &HomeUnit::links)};
}

struct HomeTeam {
  std::int64_t id = 0;
  std::string name;
  std::string unit;
  bool may_change = false;
};
constexpr auto Describe(std::type_identity<HomeTeam>) {
  return std::tuple{Field("id", &HomeTeam::id), Field("name", &HomeTeam::name),
                    Field("unit", &HomeTeam::unit), Field("may_change", &HomeTeam::may_change)};
}

struct HomeView {
  bool has_organisation = false;
  std::string units_intro;
  bool has_units = false;
  std::vector<HomeUnit> units;
  bool has_teams = false;
  std::vector<HomeTeam> teams;
};
constexpr auto Describe(std::type_identity<HomeView>) {
  return std::tuple{Field("has_organisation", &HomeView::has_organisation),
                    Field("units_intro", &HomeView::units_intro),
                    Field("has_units", &HomeView::has_units),
                    Field("units", &HomeView::units),
                    Field("has_teams", &HomeView::has_teams),
                    Field("teams", &HomeView::teams)};
}

// The measure page (web/improvement/measure_page.cc).
struct Choice {
  std::string value;
  std::string label;
  bool selected = false;
};
constexpr auto Describe(std::type_identity<Choice>) {
  return std::tuple{Field("value", &Choice::value), Field("label", &Choice::label),
                    Field("selected", &Choice::selected)};
}

struct MeasureForm {
  std::string name, definition, unit, target, target_date, baseline, no_sex_reason;
  bool up = true;
  std::string data_type, grouping;
  std::int64_t version = 0;
  std::vector<Choice> kinds, charts;
  std::optional<std::string> error_e_name, error_e_target, error_e_target_date, error_e_baseline,
      error_e_no_sex_reason;
};
constexpr auto Describe(std::type_identity<MeasureForm>) {
  using F = MeasureForm;
  return std::tuple{Field("name", &F::name),
                    Field("definition", &F::definition),
                    Field("unit", &F::unit),
                    Field("target", &F::target),
                    Field("target_date", &F::target_date),
                    Field("baseline", &F::baseline),
                    Field("no_sex_reason", &F::no_sex_reason),
                    Field("up", &F::up),
                    Field("data_type", &F::data_type),
                    Field("grouping", &F::grouping),
                    Field("version", &F::version),
                    Field("kinds", &F::kinds),
                    Field("charts", &F::charts),
                    Field("error_e_name", &F::error_e_name),
                    Field("error_e_target", &F::error_e_target),
                    Field("error_e_target_date", &F::error_e_target_date),
                    Field("error_e_baseline", &F::error_e_baseline),
                    Field("error_e_no_sex_reason", &F::error_e_no_sex_reason)};
}

struct PhaseProposal {
  std::string text, button;
  std::int64_t cycle_id = 0;
  std::string period;
};
constexpr auto Describe(std::type_identity<PhaseProposal>) {
  return std::tuple{Field("text", &PhaseProposal::text), Field("button", &PhaseProposal::button),
                    Field("cycle_id", &PhaseProposal::cycle_id),
                    Field("period", &PhaseProposal::period)};
}

struct GridCell {
  std::string name;
  bool invalid = false;
  std::string value, label;
};
constexpr auto Describe(std::type_identity<GridCell>) {
  return std::tuple{Field("name", &GridCell::name), Field("invalid", &GridCell::invalid),
                    Field("value", &GridCell::value), Field("label", &GridCell::label)};
}

struct GridRow {
  std::string period, label;
  std::vector<GridCell> cells;
};
constexpr auto Describe(std::type_identity<GridRow>) {
  return std::tuple{Field("period", &GridRow::period), Field("label", &GridRow::label),
                    Field("cells", &GridRow::cells)};
}

struct Hit {
  std::string series, period, words;
};
constexpr auto Describe(std::type_identity<Hit>) {
  return std::tuple{Field("series", &Hit::series), Field("period", &Hit::period),
                    Field("words", &Hit::words)};
}

struct Column {
  std::string name;
  std::int64_t span = 1;
};
constexpr auto Describe(std::type_identity<Column>) {
  return std::tuple{Field("name", &Column::name), Field("span", &Column::span)};
}

struct Download {
  std::string group, text;
};
constexpr auto Describe(std::type_identity<Download>) {
  return std::tuple{Field("group", &Download::group), Field("text", &Download::text)};
}

struct FieldError {
  std::string field, text;
};
constexpr auto Describe(std::type_identity<FieldError>) {
  return std::tuple{Field("field", &FieldError::field), Field("text", &FieldError::text)};
}

struct MeasureView {
  bool saved = false;
  std::int64_t id = 0;
  std::string heading;
  std::int64_t team_id = 0;
  std::string team;
  std::int64_t project_id = 0;
  std::string project, kind, data_type, frequency, direction;
  std::optional<std::string> unit, target, target_date, baseline, definition, no_sex_reason;
  bool split = false;
  bool may_change = false;
  std::int64_t data_version = 0;
  std::optional<std::string> last_saved;
  std::optional<MeasureForm> form;
  bool has_data = false;
  std::string recommended;
  std::optional<RawHtml> total_svg, total_table, groups_svg, groups_table;
  std::vector<Download> group_downloads;
  std::vector<std::string> verdicts;
  std::optional<PhaseProposal> phase_proposal;
  bool phase_saved = false;
  bool has_hits = false;
  std::vector<Hit> hits;
  bool has_denominator = false;
  std::vector<Column> columns;
  std::vector<std::string> subcolumns;
  std::vector<GridRow> rows;
  RawHtml goal_links;
  bool has_errors = false, edit_has_errors = false, edit_open = false;
  std::vector<FieldError> errors, edit_errors;
  std::optional<std::string> paste;
  std::string csrf_token;
};
constexpr auto Describe(std::type_identity<MeasureView>) {
  using M = MeasureView;
  return std::tuple{Field("saved", &M::saved),
                    Field("id", &M::id),
                    Field("heading", &M::heading),
                    Field("team_id", &M::team_id),
                    Field("team", &M::team),
                    Field("project_id", &M::project_id),
                    Field("project", &M::project),
                    Field("kind", &M::kind),
                    Field("data_type", &M::data_type),
                    Field("frequency", &M::frequency),
                    Field("direction", &M::direction),
                    Field("unit", &M::unit),
                    Field("target", &M::target),
                    Field("target_date", &M::target_date),
                    Field("baseline", &M::baseline),
                    Field("definition", &M::definition),
                    Field("no_sex_reason", &M::no_sex_reason),
                    Field("split", &M::split),
                    Field("may_change", &M::may_change),
                    Field("data_version", &M::data_version),
                    Field("last_saved", &M::last_saved),
                    Field("form", &M::form),
                    Field("has_data", &M::has_data),
                    Field("recommended", &M::recommended),
                    Field("total_svg", &M::total_svg),
                    Field("total_table", &M::total_table),
                    Field("groups_svg", &M::groups_svg),
                    Field("groups_table", &M::groups_table),
                    Field("group_downloads", &M::group_downloads),
                    Field("verdicts", &M::verdicts),
                    Field("phase_proposal", &M::phase_proposal),
                    Field("phase_saved", &M::phase_saved),
                    Field("has_hits", &M::has_hits),
                    Field("hits", &M::hits),
                    Field("has_denominator", &M::has_denominator),
                    Field("columns", &M::columns),
                    Field("subcolumns", &M::subcolumns),
                    Field("rows", &M::rows),
                    Field("goal_links", &M::goal_links),
                    Field("has_errors", &M::has_errors),
                    Field("edit_has_errors", &M::edit_has_errors),
                    Field("edit_open", &M::edit_open),
                    Field("errors", &M::errors),
                    Field("edit_errors", &M::edit_errors),
                    Field("paste", &M::paste),
                    Field("csrf_token", &M::csrf_token)};
}

// Fills `out` from `json` field by field; a field the JSON lacks keeps its default.
template <typename T>
void FromJson(const boost::json::value& json, T& out) {
  if constexpr (std::is_same_v<T, std::string>) {
    out = json.as_string();
  } else if constexpr (std::is_same_v<T, RawHtml>) {
    out.html = json.as_string();
  } else if constexpr (std::is_same_v<T, bool>) {
    out = json.as_bool();
  } else if constexpr (std::is_same_v<T, std::int64_t>) {
    out = json.to_number<std::int64_t>();
  } else if constexpr (web::typed_view::IsOptional<T>::value) {
    if (!json.is_null()) FromJson(json, out.emplace());
  } else if constexpr (web::typed_view::IsVector<T>::value) {
    for (const auto& item : json.as_array()) FromJson(item, out.emplace_back());
  } else {
    const boost::json::object& object = json.as_object();
    core::ForEachField<T>([&](const auto& field) {
      if (const boost::json::value* value = object.if_contains(field.name)) {
        FromJson(*value, field.Get(out));
      }
    });
  }
}

}  // namespace stegvis::bench
