#pragma once
// What the form of a programme's common measure definition shows
// (measure_definition_form.mustache) and what the adoption page of a team's project offers
// (measure_adoption.mustache), as typed views, each with every refusal at once next to its
// field and in the summary.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/render/form_view.h"

namespace stegvis::web {

struct MeasureDefinitionFormView {
  domain::Id programme_id = 0;
  std::string programme_name;
  domain::Id id = 0;
  bool editing = false;  // an existing definition (else a new one)
  std::string action;    // where the form posts
  std::string heading;
  std::int64_t version = 0;
  std::string name;
  std::string definition;
  std::string unit;
  std::string target;
  std::string target_date;
  std::string no_sex_reason;
  std::vector<OptionView> kinds;
  std::vector<OptionView> types;
  std::vector<OptionView> frequencies;
  std::vector<RadioOptionView> directions;
  std::vector<RadioOptionView> groupings;
  std::vector<OptionView> rule_sets;  // the rules every adopting team's charts follow
  bool retired = false;
  std::optional<std::string> changed_by;  // a stale save: who saved in between, and when
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_name;
  std::optional<std::string> error_definition;
  std::optional<std::string> error_data_type;
  std::optional<std::string> error_frequency;
  std::optional<std::string> error_grouping;
  std::optional<std::string> error_no_sex_reason;
  std::optional<std::string> error_unit;
  std::optional<std::string> error_target;
  std::optional<std::string> error_target_date;
};
constexpr auto Describe(std::type_identity<MeasureDefinitionFormView>) {
  using V = MeasureDefinitionFormView;
  return std::tuple{core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("id", &V::id),
                    core::Field("editing", &V::editing),
                    core::Field("action", &V::action),
                    core::Field("heading", &V::heading),
                    core::Field("version", &V::version),
                    core::Field("name", &V::name),
                    core::Field("definition", &V::definition),
                    core::Field("unit", &V::unit),
                    core::Field("target", &V::target),
                    core::Field("target_date", &V::target_date),
                    core::Field("no_sex_reason", &V::no_sex_reason),
                    core::Field("kinds", &V::kinds),
                    core::Field("types", &V::types),
                    core::Field("frequencies", &V::frequencies),
                    core::Field("directions", &V::directions),
                    core::Field("groupings", &V::groupings),
                    core::Field("rule_sets", &V::rule_sets),
                    core::Field("retired", &V::retired),
                    core::Field("changed_by", &V::changed_by),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_name", &V::error_name),
                    core::Field("error_definition", &V::error_definition),
                    core::Field("error_data_type", &V::error_data_type),
                    core::Field("error_frequency", &V::error_frequency),
                    core::Field("error_grouping", &V::error_grouping),
                    core::Field("error_no_sex_reason", &V::error_no_sex_reason),
                    core::Field("error_unit", &V::error_unit),
                    core::Field("error_target", &V::error_target),
                    core::Field("error_target_date", &V::error_target_date)};
}

// One definition the team may adopt: a checkbox with its words.
struct AdoptableView {
  domain::Id id = 0;
  std::string name;
  std::string definition;
  std::string facts;  // "Andel · per månad · kvinnor och män"
  bool checked = false;
};
constexpr auto Describe(std::type_identity<AdoptableView>) {
  using V = AdoptableView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("definition", &V::definition), core::Field("facts", &V::facts),
                    core::Field("checked", &V::checked)};
}

struct MeasureAdoptionView {
  domain::Id project_id = 0;
  std::string project_title;
  domain::Id programme_id = 0;
  std::string programme_name;
  bool closed = false;  // a closed programme offers no form
  bool has_definitions = false;
  std::vector<AdoptableView> definitions;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_definition_id;
};
constexpr auto Describe(std::type_identity<MeasureAdoptionView>) {
  using V = MeasureAdoptionView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("project_title", &V::project_title),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("closed", &V::closed),
                    core::Field("has_definitions", &V::has_definitions),
                    core::Field("definitions", &V::definitions),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_definition_id", &V::error_definition_id)};
}

}  // namespace stegvis::web
