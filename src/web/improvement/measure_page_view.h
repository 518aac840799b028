#pragma once
// What a measure's page shows (measure.mustache), as a typed view: the definition, the
// statistics (charts, verdicts in words, the rules that fired), the grid of observations and,
// for those who may change the team's work, the forms.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/improvement/project_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

// A download of one group's data ("CSV för kvinnor").
struct GroupDownloadView {
  std::string group;  // "women", as the address names it
  std::string text;
};
constexpr auto Describe(std::type_identity<GroupDownloadView>) {
  return std::tuple{core::Field("group", &GroupDownloadView::group),
                    core::Field("text", &GroupDownloadView::text)};
}

// A point where a rule fired, in words.
struct RuleHitView {
  std::string series;  // the total or the group, in words
  std::string period;  // "mars 2025"
  std::string words;
};
constexpr auto Describe(std::type_identity<RuleHitView>) {
  return std::tuple{core::Field("series", &RuleHitView::series),
                    core::Field("period", &RuleHitView::period),
                    core::Field("words", &RuleHitView::words)};
}

// A group's heading in the grid, over its value (and denominator) column.
struct GridColumnView {
  std::string name;
  int span = 1;
};
constexpr auto Describe(std::type_identity<GridColumnView>) {
  return std::tuple{core::Field("name", &GridColumnView::name),
                    core::Field("span", &GridColumnView::span)};
}

// One input of the grid.
struct GridCellView {
  std::string name;      // "v.2025-03.women" (value) or "d.2025-03.women" (denominator)
  bool invalid = false;  // a cell a refused save names: marked and described by `error`
  bool focus = false;    // the first such cell, focused
  std::string error;     // the words next to the cell
  std::string value;
  std::string label;  // "Kvinnor, mars 2025, täljare"
};
constexpr auto Describe(std::type_identity<GridCellView>) {
  using V = GridCellView;
  return std::tuple{core::Field("name", &V::name),   core::Field("invalid", &V::invalid),
                    core::Field("focus", &V::focus), core::Field("error", &V::error),
                    core::Field("value", &V::value), core::Field("label", &V::label)};
}

struct GridRowView {
  std::string period;  // "2025-03"
  std::string label;   // "mars 2025"
  std::vector<GridCellView> cells;
};
constexpr auto Describe(std::type_identity<GridRowView>) {
  return std::tuple{core::Field("period", &GridRowView::period),
                    core::Field("label", &GridRowView::label),
                    core::Field("cells", &GridRowView::cells)};
}

// The definition form: what is stored, or what was sent when it comes back with an error.
struct MeasureFormView {
  std::string name;
  std::string definition;
  std::string unit;
  std::string target;
  std::string target_date;
  std::string baseline;
  std::string no_sex_reason;
  bool up = true;  // better is up
  std::int64_t version = 0;
  std::vector<OptionView> kinds;
  std::vector<OptionView> charts;  // automatic, or a chart the team chooses
  std::vector<OptionView> rule_sets;
  std::string baseline_points;  // "" for none, else the number (or what was typed)
};
constexpr auto Describe(std::type_identity<MeasureFormView>) {
  using V = MeasureFormView;
  return std::tuple{core::Field("name", &V::name),
                    core::Field("definition", &V::definition),
                    core::Field("unit", &V::unit),
                    core::Field("target", &V::target),
                    core::Field("target_date", &V::target_date),
                    core::Field("baseline", &V::baseline),
                    core::Field("no_sex_reason", &V::no_sex_reason),
                    core::Field("up", &V::up),
                    core::Field("version", &V::version),
                    core::Field("kinds", &V::kinds),
                    core::Field("charts", &V::charts),
                    core::Field("rule_sets", &V::rule_sets),
                    core::Field("baseline_points", &V::baseline_points)};
}

// The form that fetches a Kolada key figure into an import, filled with the measure's source.
struct KoladaFormView {
  std::string kpi;
  std::string area;
  bool unit = false;  // the area is an organisational unit
};
constexpr auto Describe(std::type_identity<KoladaFormView>) {
  using V = KoladaFormView;
  return std::tuple{core::Field("kpi", &V::kpi), core::Field("area", &V::area),
                    core::Field("unit", &V::unit)};
}

struct MeasurePageView {
  domain::Id id = 0;
  std::string heading;
  domain::Id team_id = 0;
  std::string team;
  domain::Id project_id = 0;
  std::string project;
  bool saved = false;
  // The definition, in words; what is not set is absent.
  std::string kind;
  std::string data_type;
  std::string frequency;
  std::string direction;
  std::optional<std::string> unit;
  std::optional<std::string> source;  // where the values come from (a Kolada key figure)
  std::optional<std::string> target;
  std::optional<std::string> target_date;
  std::optional<std::string> baseline;
  std::optional<std::string> definition;
  std::optional<std::string> no_sex_reason;
  bool split = false;  // by women and men (or girls and boys)
  // A measure linked to a programme's common definition: the programme whose definition decides
  // what the teams compare (its operational definition is not edited here).
  std::optional<domain::Id> linked_programme_id;
  RawHtml goal_links;
  // The statistics.
  bool has_data = false;
  std::vector<std::string> verdicts;
  bool phase_saved = false;
  std::optional<PhaseProposalView> phase_proposal;  // for those who may change the measure
  std::string recommended;
  std::vector<std::string> rules_text;  // the rules and the baseline used, in words
  std::optional<RawHtml> groups_svg;    // only charts that exist
  RawHtml groups_table;
  std::vector<GroupDownloadView> group_downloads;
  std::optional<RawHtml> total_svg;
  RawHtml total_table;
  bool has_hits = false;
  std::vector<RuleHitView> hits;
  // The grid.
  std::optional<std::string> last_saved;  // "Sparat av ... 2026-11-23 13:43"
  bool may_change = false;
  // Shown to who may change a yearly measure when the server fetches from Kolada.
  std::optional<KoladaFormView> kolada;
  std::int64_t data_version = 0;  // the version the grid's save is based on
  bool has_denominator = false;
  std::vector<GridColumnView> columns;
  std::vector<std::string> subcolumns;  // numerator and denominator under each group
  std::vector<GridRowView> rows;
  std::optional<std::string> paste;  // a refused paste, shown again
  bool can_add_earlier = false;      // the grid offers a row before its first
  bool has_errors = false;           // the grid's refused save
  std::vector<FormErrorView> errors;
  // The definition form and its refused save.
  bool edit_open = false;
  bool edit_has_errors = false;
  std::vector<FormErrorView> edit_errors;
  std::optional<std::string> error_e_name;
  std::optional<std::string> error_e_target;
  std::optional<std::string> error_e_target_date;
  std::optional<std::string> error_e_baseline;
  std::optional<std::string> error_e_no_sex_reason;
  std::optional<std::string> error_e_definition;
  std::optional<std::string> error_e_unit;
  std::optional<std::string> error_e_chart;
  std::optional<std::string> error_e_rule_set;
  std::optional<std::string> error_e_baseline_points;
  MeasureFormView form;
};
constexpr auto Describe(std::type_identity<MeasurePageView>) {
  using V = MeasurePageView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("project_id", &V::project_id),
                    core::Field("project", &V::project),
                    core::Field("saved", &V::saved),
                    core::Field("kind", &V::kind),
                    core::Field("data_type", &V::data_type),
                    core::Field("frequency", &V::frequency),
                    core::Field("direction", &V::direction),
                    core::Field("unit", &V::unit),
                    core::Field("source", &V::source),
                    core::Field("target", &V::target),
                    core::Field("target_date", &V::target_date),
                    core::Field("baseline", &V::baseline),
                    core::Field("definition", &V::definition),
                    core::Field("no_sex_reason", &V::no_sex_reason),
                    core::Field("split", &V::split),
                    core::Field("linked_programme_id", &V::linked_programme_id),
                    core::Field("goal_links", &V::goal_links),
                    core::Field("has_data", &V::has_data),
                    core::Field("verdicts", &V::verdicts),
                    core::Field("phase_saved", &V::phase_saved),
                    core::Field("phase_proposal", &V::phase_proposal),
                    core::Field("recommended", &V::recommended),
                    core::Field("rules_text", &V::rules_text),
                    core::Field("groups_svg", &V::groups_svg),
                    core::Field("groups_table", &V::groups_table),
                    core::Field("group_downloads", &V::group_downloads),
                    core::Field("total_svg", &V::total_svg),
                    core::Field("total_table", &V::total_table),
                    core::Field("has_hits", &V::has_hits),
                    core::Field("hits", &V::hits),
                    core::Field("last_saved", &V::last_saved),
                    core::Field("may_change", &V::may_change),
                    core::Field("kolada", &V::kolada),
                    core::Field("data_version", &V::data_version),
                    core::Field("has_denominator", &V::has_denominator),
                    core::Field("columns", &V::columns),
                    core::Field("subcolumns", &V::subcolumns),
                    core::Field("rows", &V::rows),
                    core::Field("paste", &V::paste),
                    core::Field("can_add_earlier", &V::can_add_earlier),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("edit_open", &V::edit_open),
                    core::Field("edit_has_errors", &V::edit_has_errors),
                    core::Field("edit_errors", &V::edit_errors),
                    core::Field("error_e_name", &V::error_e_name),
                    core::Field("error_e_target", &V::error_e_target),
                    core::Field("error_e_target_date", &V::error_e_target_date),
                    core::Field("error_e_baseline", &V::error_e_baseline),
                    core::Field("error_e_no_sex_reason", &V::error_e_no_sex_reason),
                    core::Field("error_e_definition", &V::error_e_definition),
                    core::Field("error_e_unit", &V::error_e_unit),
                    core::Field("error_e_chart", &V::error_e_chart),
                    core::Field("error_e_rule_set", &V::error_e_rule_set),
                    core::Field("error_e_baseline_points", &V::error_e_baseline_points),
                    core::Field("form", &V::form)};
}

}  // namespace stegvis::web
