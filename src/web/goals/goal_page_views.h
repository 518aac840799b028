#pragma once
// What the goals pages show, as typed views: the overview of what counts for which goal
// (goals.mustache), the report on measures not split by sex (sex_report.mustache), the
// catalogue and one entry (goal_catalogue.mustache, goal_entry.mustache) with the entry form
// (goal_form.mustache), and the answer to a stale save of goal links
// (goal_links_conflict.mustache).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/goals/goal_links_view.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

// A unit of the filter's select.
struct UnitOptionView {
  domain::Id id = 0;
  std::string name;
  bool selected = false;
};
constexpr auto Describe(std::type_identity<UnitOptionView>) {
  using V = UnitOptionView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("selected", &V::selected)};
}

// --- The overview (/mal) --------------------------------------------------------------------

// A goal and how much in the user's view counts for it (the gaps show only the goal).
struct GoalCountView {
  domain::Id id = 0;
  std::string label;  // "CEMR artikel 9"
  std::string title;
  bool retired = false;
  bool highlighted = false;
  int programmes = 0;
  int projects = 0;
  int cycles = 0;
  int measures = 0;
};
constexpr auto Describe(std::type_identity<GoalCountView>) {
  using V = GoalCountView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("label", &V::label),
                    core::Field("title", &V::title),
                    core::Field("retired", &V::retired),
                    core::Field("highlighted", &V::highlighted),
                    core::Field("programmes", &V::programmes),
                    core::Field("projects", &V::projects),
                    core::Field("cycles", &V::cycles),
                    core::Field("measures", &V::measures)};
}

struct GoalFamilyCountsView {
  std::string key;  // "cemr": the section's id
  std::string name;
  bool has_addressed = false;
  std::vector<GoalCountView> addressed;
  bool has_gaps = false;
  int gap_count = 0;
  std::vector<GoalCountView> gaps;
};
constexpr auto Describe(std::type_identity<GoalFamilyCountsView>) {
  using V = GoalFamilyCountsView;
  return std::tuple{core::Field("key", &V::key),
                    core::Field("name", &V::name),
                    core::Field("has_addressed", &V::has_addressed),
                    core::Field("addressed", &V::addressed),
                    core::Field("has_gaps", &V::has_gaps),
                    core::Field("gap_count", &V::gap_count),
                    core::Field("gaps", &V::gaps)};
}

struct GoalsOverviewView {
  std::vector<GoalFamilyCountsView> families;
  std::vector<UnitOptionView> units;
  std::string summary;
  bool may_change_catalogue = false;
  std::optional<std::string> unit_name;  // when filtered by a unit
  std::optional<domain::Id> unit_id;
};
constexpr auto Describe(std::type_identity<GoalsOverviewView>) {
  using V = GoalsOverviewView;
  return std::tuple{core::Field("families", &V::families),
                    core::Field("units", &V::units),
                    core::Field("summary", &V::summary),
                    core::Field("may_change_catalogue", &V::may_change_catalogue),
                    core::Field("unit_name", &V::unit_name),
                    core::Field("unit_id", &V::unit_id)};
}

// --- The report on statistics by sex (/rapport/konsuppdelning) -------------------------------

struct SexReportRowView {
  domain::Id measure_id = 0;
  std::string measure;
  std::string reason;  // why it is not split by sex
  domain::Id project_id = 0;
  std::string project;
  domain::Id team_id = 0;
  std::string team;
  std::string unit;
};
constexpr auto Describe(std::type_identity<SexReportRowView>) {
  using V = SexReportRowView;
  return std::tuple{core::Field("measure_id", &V::measure_id),
                    core::Field("measure", &V::measure),
                    core::Field("reason", &V::reason),
                    core::Field("project_id", &V::project_id),
                    core::Field("project", &V::project),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("unit", &V::unit)};
}

struct SexReportView {
  bool has_rows = false;
  std::vector<SexReportRowView> rows;
  std::vector<UnitOptionView> units;
  std::string query;  // the CSV link's filter: "?enhet=4" or empty
  std::string summary;
  std::optional<std::string> unit_name;  // when filtered by a unit
};
constexpr auto Describe(std::type_identity<SexReportView>) {
  using V = SexReportView;
  return std::tuple{core::Field("has_rows", &V::has_rows), core::Field("rows", &V::rows),
                    core::Field("units", &V::units),       core::Field("query", &V::query),
                    core::Field("summary", &V::summary),   core::Field("unit_name", &V::unit_name)};
}

// --- The catalogue and its entries (/mal/katalog, /mal/katalog/{id}) ------------------------

// The entry form, rendered apart from its page (into the page's {{{form}}}).
struct GoalFormView {
  bool is_new = false;  // the new entry's form chooses the framework; an entry keeps its own
  std::vector<OptionView> families;
  std::vector<OptionView> groups;
  std::string code;
  std::string title_sv;
  std::string title_en;
  std::string description_sv;
  std::string description_en;
  std::string sort_order;  // as stored, or as typed
  bool highlighted = false;
  bool unconfirmed = false;
  bool retired = false;
  std::int64_t version = 0;
  std::string csrf_token;  // rendered apart from the page, so the form carries it
  // The refused field's text, next to its field.
  std::optional<std::string> error_group;
  std::optional<std::string> error_code;
  std::optional<std::string> error_title_sv;
  std::optional<std::string> error_title_en;
  std::optional<std::string> error_description_sv;
  std::optional<std::string> error_description_en;
  std::optional<std::string> error_sort_order;
};
constexpr auto Describe(std::type_identity<GoalFormView>) {
  using V = GoalFormView;
  return std::tuple{core::Field("is_new", &V::is_new),
                    core::Field("families", &V::families),
                    core::Field("groups", &V::groups),
                    core::Field("code", &V::code),
                    core::Field("title_sv", &V::title_sv),
                    core::Field("title_en", &V::title_en),
                    core::Field("description_sv", &V::description_sv),
                    core::Field("description_en", &V::description_en),
                    core::Field("sort_order", &V::sort_order),
                    core::Field("highlighted", &V::highlighted),
                    core::Field("unconfirmed", &V::unconfirmed),
                    core::Field("retired", &V::retired),
                    core::Field("version", &V::version),
                    core::Field("csrf_token", &V::csrf_token),
                    core::Field("error_group", &V::error_group),
                    core::Field("error_code", &V::error_code),
                    core::Field("error_title_sv", &V::error_title_sv),
                    core::Field("error_title_en", &V::error_title_en),
                    core::Field("error_description_sv", &V::error_description_sv),
                    core::Field("error_description_en", &V::error_description_en),
                    core::Field("error_sort_order", &V::error_sort_order)};
}

// An entry as the catalogue's table and the entry's page show it.
struct GoalEntryView {
  domain::Id id = 0;
  std::string label;  // "CEMR artikel 9"
  std::string title;
  std::optional<std::string> description;  // absent when the entry has none in `lang`
  std::string group_name;
  bool highlighted = false;
  bool unconfirmed = false;  // the Swedish title is not yet confirmed (shown in Swedish only)
  bool retired = false;
  std::int64_t version = 0;
};
constexpr auto Describe(std::type_identity<GoalEntryView>) {
  using V = GoalEntryView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("label", &V::label),
                    core::Field("title", &V::title),
                    core::Field("description", &V::description),
                    core::Field("group_name", &V::group_name),
                    core::Field("highlighted", &V::highlighted),
                    core::Field("unconfirmed", &V::unconfirmed),
                    core::Field("retired", &V::retired),
                    core::Field("version", &V::version)};
}

struct CatalogueFamilyView {
  std::string key;  // "cemr": the section's id
  std::string name;
  std::string about;
  std::vector<GoalEntryView> entries;
};
constexpr auto Describe(std::type_identity<CatalogueFamilyView>) {
  using V = CatalogueFamilyView;
  return std::tuple{core::Field("key", &V::key), core::Field("name", &V::name),
                    core::Field("about", &V::about), core::Field("entries", &V::entries)};
}

struct GoalCatalogueView {
  bool saved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::vector<CatalogueFamilyView> catalogue_families;
  bool may_change = false;  // strategists and admins add entries
  bool new_open = false;    // the new entry's form sent back with an error
  RawHtml form;
};
constexpr auto Describe(std::type_identity<GoalCatalogueView>) {
  using V = GoalCatalogueView;
  return std::tuple{core::Field("saved", &V::saved),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("catalogue_families", &V::catalogue_families),
                    core::Field("may_change", &V::may_change),
                    core::Field("new_open", &V::new_open),
                    core::Field("form", &V::form)};
}

struct GoalEntryPageView {
  bool saved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  GoalEntryView entry;
  std::string family_name;
  std::string group_name;
  std::optional<std::string> description;  // absent when the entry has none
  std::string title_sv;
  std::string title_en;
  std::int64_t version = 0;
  std::string updated;  // "Ändrad av … 2026-03-01"
  bool may_change = false;
  RawHtml form;
};
constexpr auto Describe(std::type_identity<GoalEntryPageView>) {
  using V = GoalEntryPageView;
  return std::tuple{core::Field("saved", &V::saved),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("entry", &V::entry),
                    core::Field("family_name", &V::family_name),
                    core::Field("group_name", &V::group_name),
                    core::Field("description", &V::description),
                    core::Field("title_sv", &V::title_sv),
                    core::Field("title_en", &V::title_en),
                    core::Field("version", &V::version),
                    core::Field("updated", &V::updated),
                    core::Field("may_change", &V::may_change),
                    core::Field("form", &V::form)};
}

// --- A stale save of goal links -------------------------------------------------------------

struct GoalLinksConflictView {
  std::string changed;  // who changed the links, and when
  std::string back;     // the object's page, at the block
  bool has_linked = false;
  std::vector<GoalChipView> linked;  // the links as they are now
};
constexpr auto Describe(std::type_identity<GoalLinksConflictView>) {
  using V = GoalLinksConflictView;
  return std::tuple{core::Field("changed", &V::changed), core::Field("back", &V::back),
                    core::Field("has_linked", &V::has_linked), core::Field("linked", &V::linked)};
}

}  // namespace stegvis::web
