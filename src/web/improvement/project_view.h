#pragma once
// What a project's page shows (project.mustache), as a typed view: the project along the
// three questions, its change ideas and cycles, its diagrams, the goals it links to, the
// progress scores and, for those who may change the team's work, the forms.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/diagrams/diagram_views.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

struct ProgressScoreView {
  std::string score;  // "2,5"
  std::string date;
  std::string note;
  std::string by;
};
// A progress score in tenths as written in `lang`: "2,5" (sv), "2.5" (en), "3".
std::string ScoreText(int tenths, const std::string& lang);

constexpr auto Describe(std::type_identity<ProgressScoreView>) {
  using V = ProgressScoreView;
  return std::tuple{core::Field("score", &V::score), core::Field("date", &V::date),
                    core::Field("note", &V::note), core::Field("by", &V::by)};
}

struct ProjectMeasureView {
  domain::Id id = 0;
  std::string name;
  std::string kind;  // outcome, process or balancing, in words
  bool split = false;
};
constexpr auto Describe(std::type_identity<ProjectMeasureView>) {
  using V = ProjectMeasureView;
  return std::tuple{core::Field("id", &V::id), core::Field("name", &V::name),
                    core::Field("kind", &V::kind), core::Field("split", &V::split)};
}

// The edit form: what is stored, or what was sent when the form comes back with an error.
struct ProjectFormView {
  std::string title;
  std::string problem;
  std::string aim_what;
  std::string aim_how_much;
  std::string aim_by_when;
  std::string aim_for_whom;
  bool aim_women = false;
  bool aim_men = false;
  bool aim_girls = false;
  bool aim_boys = false;
  std::int64_t version = 0;  // the stored version the form is based on
  std::vector<OptionView> statuses;
};
constexpr auto Describe(std::type_identity<ProjectFormView>) {
  using V = ProjectFormView;
  return std::tuple{core::Field("title", &V::title),
                    core::Field("problem", &V::problem),
                    core::Field("aim_what", &V::aim_what),
                    core::Field("aim_how_much", &V::aim_how_much),
                    core::Field("aim_by_when", &V::aim_by_when),
                    core::Field("aim_for_whom", &V::aim_for_whom),
                    core::Field("aim_women", &V::aim_women),
                    core::Field("aim_men", &V::aim_men),
                    core::Field("aim_girls", &V::aim_girls),
                    core::Field("aim_boys", &V::aim_boys),
                    core::Field("version", &V::version),
                    core::Field("statuses", &V::statuses)};
}

// The new measure's form as sent, when it comes back with an error.
struct NewMeasureView {
  std::string name;
  std::string definition;
  std::string unit;
  std::string no_sex_reason;
  std::string target;
  std::string target_date;
  std::string baseline;
  bool direction_down = false;  // the radio buttons as chosen (else "up", women and men)
  bool grouping_girls_boys = false;
  bool grouping_none = false;
};
constexpr auto Describe(std::type_identity<NewMeasureView>) {
  using V = NewMeasureView;
  return std::tuple{core::Field("name", &V::name),
                    core::Field("definition", &V::definition),
                    core::Field("unit", &V::unit),
                    core::Field("no_sex_reason", &V::no_sex_reason),
                    core::Field("target", &V::target),
                    core::Field("target_date", &V::target_date),
                    core::Field("baseline", &V::baseline),
                    core::Field("direction_down", &V::direction_down),
                    core::Field("grouping_girls_boys", &V::grouping_girls_boys),
                    core::Field("grouping_none", &V::grouping_none)};
}

struct ProjectView {
  domain::Id id = 0;
  std::string heading;
  domain::Id team_id = 0;
  std::string team;
  std::optional<domain::Id> programme_id;  // the project's programme, if any
  std::optional<std::string> programme;
  std::string status;
  bool sustaining = false;           // prompts for the sustain plan
  std::optional<std::string> score;  // the current progress score, once there is one
  bool saved = false;
  std::optional<std::string> problem;
  std::string aim_what;
  std::string aim_how_much;
  std::string aim_by_when;
  std::string aim_for_whom;
  bool has_aim = false;  // a new project has none yet: the page says so and opens the form
  bool has_whom = false;
  std::vector<std::string> whom;  // women, men, girls, boys as chosen, in words
  RawHtml aim_goal_links;
  RawHtml goal_links;
  bool has_measures = false;
  std::vector<ProjectMeasureView> measures;
  ProjectCyclesBlock pdsa;
  DiagramSummaryView diagrams;
  bool has_scores = false;
  std::vector<ProgressScoreView> scores;  // newest first
  bool may_change = false;
  // The forms (shown to those who may change the team's work).
  std::vector<OptionView> score_options;
  ProjectFormView form;
  std::vector<OptionView> kinds;
  std::vector<OptionView> types;
  std::vector<OptionView> frequencies;
  bool new_measure_open = false;
  std::optional<NewMeasureView> new_measure;
  bool edit_open = false;  // the project's form comes back refused: open, what was typed kept
  // A refused save: the summary, and the words next to the fields of the project's form and
  // of the new measure's (m_FIELD).
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_title;
  std::optional<std::string> error_problem;
  std::optional<std::string> error_aim_what;
  std::optional<std::string> error_aim_how_much;
  std::optional<std::string> error_aim_by_when;
  std::optional<std::string> error_aim_for_whom;
  std::optional<std::string> error_status;
  std::optional<std::string> error_m_definition;
  std::optional<std::string> error_m_unit;
  std::optional<std::string> error_m_name;
  std::optional<std::string> error_m_no_sex_reason;
  std::optional<std::string> error_m_target;
  std::optional<std::string> error_m_target_date;
  std::optional<std::string> error_m_baseline;
};
constexpr auto Describe(std::type_identity<ProjectView>) {
  using V = ProjectView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme", &V::programme),
                    core::Field("status", &V::status),
                    core::Field("sustaining", &V::sustaining),
                    core::Field("score", &V::score),
                    core::Field("saved", &V::saved),
                    core::Field("problem", &V::problem),
                    core::Field("aim_what", &V::aim_what),
                    core::Field("aim_how_much", &V::aim_how_much),
                    core::Field("aim_by_when", &V::aim_by_when),
                    core::Field("aim_for_whom", &V::aim_for_whom),
                    core::Field("has_aim", &V::has_aim),
                    core::Field("has_whom", &V::has_whom),
                    core::Field("whom", &V::whom),
                    core::Field("aim_goal_links", &V::aim_goal_links),
                    core::Field("goal_links", &V::goal_links),
                    core::Field("has_measures", &V::has_measures),
                    core::Field("measures", &V::measures),
                    core::Field("pdsa", &V::pdsa),
                    core::Field("diagrams", &V::diagrams),
                    core::Field("has_scores", &V::has_scores),
                    core::Field("scores", &V::scores),
                    core::Field("may_change", &V::may_change),
                    core::Field("score_options", &V::score_options),
                    core::Field("form", &V::form),
                    core::Field("kinds", &V::kinds),
                    core::Field("types", &V::types),
                    core::Field("frequencies", &V::frequencies),
                    core::Field("new_measure_open", &V::new_measure_open),
                    core::Field("new_measure", &V::new_measure),
                    core::Field("edit_open", &V::edit_open),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_title", &V::error_title),
                    core::Field("error_problem", &V::error_problem),
                    core::Field("error_aim_what", &V::error_aim_what),
                    core::Field("error_aim_how_much", &V::error_aim_how_much),
                    core::Field("error_aim_by_when", &V::error_aim_by_when),
                    core::Field("error_aim_for_whom", &V::error_aim_for_whom),
                    core::Field("error_status", &V::error_status),
                    core::Field("error_m_definition", &V::error_m_definition),
                    core::Field("error_m_unit", &V::error_m_unit),
                    core::Field("error_m_name", &V::error_m_name),
                    core::Field("error_m_no_sex_reason", &V::error_m_no_sex_reason),
                    core::Field("error_m_target", &V::error_m_target),
                    core::Field("error_m_target_date", &V::error_m_target_date),
                    core::Field("error_m_baseline", &V::error_m_baseline)};
}

}  // namespace stegvis::web
