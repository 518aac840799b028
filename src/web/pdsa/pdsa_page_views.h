#pragma once
// What the PDSA pages show, as typed views: a project's cycles and change ideas with the forms
// to add them (pdsa_list.mustache), one cycle's phases as a form or as facts
// (pdsa_cycle.mustache), and a change idea with every cycle that tested it
// (change_idea.mustache).

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "domain/organisation.h"
#include "web/comments/comment_views.h"
#include "web/render/form_view.h"

namespace stegvis::web {

// --- A project's cycles -------------------------------------------------------------------

struct CycleRowView {
  domain::Id id = 0;
  std::string label;  // "PGSA 2: Kvällsrutin"
  std::string idea;
  std::string phase;
  std::string dates;
  std::string decision;                // empty until Act decides
  std::optional<std::string> overdue;  // its planned end date has passed, not Done
};
constexpr auto Describe(std::type_identity<CycleRowView>) {
  using V = CycleRowView;
  return std::tuple{core::Field("id", &V::id),          core::Field("label", &V::label),
                    core::Field("idea", &V::idea),      core::Field("phase", &V::phase),
                    core::Field("dates", &V::dates),    core::Field("decision", &V::decision),
                    core::Field("overdue", &V::overdue)};
}

struct IdeaRowView {
  domain::Id id = 0;
  std::string title;
  std::string source;     // the team's own, or from the programme's change package
  bool selected = false;  // chosen in the new cycle's form sent back with an error
  bool retired = false;   // listed with its mark, never offered for a new cycle
};
constexpr auto Describe(std::type_identity<IdeaRowView>) {
  using V = IdeaRowView;
  return std::tuple{core::Field("id", &V::id), core::Field("title", &V::title),
                    core::Field("source", &V::source), core::Field("selected", &V::selected),
                    core::Field("retired", &V::retired)};
}

// An adopted idea another team offers this one (domain/spread.h), with the buttons that start
// a cycle on it and that decline it.
struct OfferRowView {
  domain::Id id = 0;
  domain::Id idea_id = 0;
  std::string idea;
  std::string from;  // "team (organisation)" in words
};
constexpr auto Describe(std::type_identity<OfferRowView>) {
  using V = OfferRowView;
  return std::tuple{core::Field("id", &V::id), core::Field("idea_id", &V::idea_id),
                    core::Field("idea", &V::idea), core::Field("from", &V::from)};
}

struct ProjectCyclesView {
  domain::Id project_id = 0;
  domain::Id team_id = 0;
  std::string team_name;
  std::string heading;
  bool has_cycles = false;
  std::vector<CycleRowView> cycles;
  std::vector<IdeaRowView> ideas;    // every idea the project knows, retired ones marked
  bool has_ideas = false;            // some idea may take a new cycle
  std::vector<IdeaRowView> choices;  // those ideas: the new cycle's form offers them
  bool has_offers = false;
  std::vector<OfferRowView> offers;
  bool may_change = false;
  // The forms as sent, and their refused field.
  std::string cycle_title;
  std::string idea_title;
  std::string idea_description;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_change_idea_id;
  std::optional<std::string> error_title;
  std::optional<std::string> error_idea_title;
  std::optional<std::string> error_idea_description;
};
constexpr auto Describe(std::type_identity<ProjectCyclesView>) {
  using V = ProjectCyclesView;
  return std::tuple{core::Field("project_id", &V::project_id),
                    core::Field("team_id", &V::team_id),
                    core::Field("team_name", &V::team_name),
                    core::Field("heading", &V::heading),
                    core::Field("has_cycles", &V::has_cycles),
                    core::Field("cycles", &V::cycles),
                    core::Field("has_ideas", &V::has_ideas),
                    core::Field("ideas", &V::ideas),
                    core::Field("choices", &V::choices),
                    core::Field("has_offers", &V::has_offers),
                    core::Field("offers", &V::offers),
                    core::Field("may_change", &V::may_change),
                    core::Field("cycle_title", &V::cycle_title),
                    core::Field("idea_title", &V::idea_title),
                    core::Field("idea_description", &V::idea_description),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_change_idea_id", &V::error_change_idea_id),
                    core::Field("error_title", &V::error_title),
                    core::Field("error_idea_title", &V::error_idea_title),
                    core::Field("error_idea_description", &V::error_idea_description)};
}

// --- One cycle ------------------------------------------------------------------------------

// A phase in the steps at the top: Plan, Do, Study, Act, Done.
struct PhaseStepView {
  std::string name;
  bool current = false;
  bool reached = false;             // passed already
  std::optional<std::string> date;  // "since 2026-03-02", for the phases reached
};
constexpr auto Describe(std::type_identity<PhaseStepView>) {
  using V = PhaseStepView;
  return std::tuple{core::Field("name", &V::name), core::Field("current", &V::current),
                    core::Field("reached", &V::reached), core::Field("date", &V::date)};
}

// A choice of a radio group or a checkbox list in the cycle form.
struct ChoiceView {
  std::string value;
  std::string label;
  bool checked = false;
  std::string id;  // the input's id
};
constexpr auto Describe(std::type_identity<ChoiceView>) {
  using V = ChoiceView;
  return std::tuple{core::Field("value", &V::value), core::Field("label", &V::label),
                    core::Field("checked", &V::checked), core::Field("id", &V::id)};
}

// One field of the cycle form; exactly one of the is_* flags is set.
struct CycleFieldView {
  std::string name;
  std::string label;
  bool is_text = false;
  bool is_textarea = false;
  bool is_date = false;
  bool is_radio = false;
  bool is_checkboxes = false;
  std::optional<std::string> hint;
  std::string value;    // what is shown: the text, or the chosen choices' words
  std::string summary;  // the same as text, or "not filled in" for nothing
  std::optional<std::string> error;
  std::vector<ChoiceView> options;   // radio and checkboxes
  std::optional<std::string> empty;  // checkboxes with nothing to choose
};
constexpr auto Describe(std::type_identity<CycleFieldView>) {
  using V = CycleFieldView;
  return std::tuple{core::Field("name", &V::name),
                    core::Field("label", &V::label),
                    core::Field("is_text", &V::is_text),
                    core::Field("is_textarea", &V::is_textarea),
                    core::Field("is_date", &V::is_date),
                    core::Field("is_radio", &V::is_radio),
                    core::Field("is_checkboxes", &V::is_checkboxes),
                    core::Field("hint", &V::hint),
                    core::Field("value", &V::value),
                    core::Field("summary", &V::summary),
                    core::Field("error", &V::error),
                    core::Field("options", &V::options),
                    core::Field("empty", &V::empty)};
}

// The fields of one phase the cycle has reached: its form, or its text with a link to the
// form of this phase alone.
struct CycleSectionView {
  std::string id;  // the phase's name: "plan", "do", ...
  std::string heading;
  std::vector<CycleFieldView> fields;
  bool editing = false;                  // shown as a form
  std::optional<std::string> edit_href;  // "/pgsa/7?andra=plan#phase-plan"
};
constexpr auto Describe(std::type_identity<CycleSectionView>) {
  using V = CycleSectionView;
  return std::tuple{core::Field("id", &V::id), core::Field("heading", &V::heading),
                    core::Field("fields", &V::fields), core::Field("editing", &V::editing),
                    core::Field("edit_href", &V::edit_href)};
}

struct CycleView {
  domain::Id id = 0;
  domain::Id project_id = 0;
  domain::Id team_id = 0;
  std::string team_name;
  std::string number_label;  // "PGSA 3"
  std::string heading;
  domain::Id idea_id = 0;
  std::string idea_title;
  std::vector<PhaseStepView> steps;
  std::optional<std::string> saved;     // "Saved", or the phase the cycle moved to
  std::optional<std::string> conflict;  // the save was based on an older version: by whom, when
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  // The cycle this one continues: its learning and next step.
  bool previous = false;
  domain::Id previous_id = 0;
  std::string previous_link;
  std::string previous_learning;
  std::optional<std::string> previous_next_step;
  bool may_change = false;  // the form; otherwise the phases as facts
  std::string form_action;  // "/pgsa/7"
  std::string version;      // the version the form is based on (as sent, after an error)
  // Editing a phase other than the current one: back to the whole cycle without saving.
  std::optional<std::string> cancel_href;
  std::vector<CycleSectionView> sections;
  std::optional<std::string> advance_label;  // "Go on to Do", until Done
  std::optional<domain::Id> next_id;         // the cycle that continues this one
  std::string next_link;
  bool may_continue = false;  // "start the next cycle"
  CommentsView comments;
};
constexpr auto Describe(std::type_identity<CycleView>) {
  using V = CycleView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("project_id", &V::project_id),
                    core::Field("team_id", &V::team_id),
                    core::Field("team_name", &V::team_name),
                    core::Field("number_label", &V::number_label),
                    core::Field("heading", &V::heading),
                    core::Field("idea_id", &V::idea_id),
                    core::Field("idea_title", &V::idea_title),
                    core::Field("steps", &V::steps),
                    core::Field("saved", &V::saved),
                    core::Field("conflict", &V::conflict),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("previous", &V::previous),
                    core::Field("previous_id", &V::previous_id),
                    core::Field("previous_link", &V::previous_link),
                    core::Field("previous_learning", &V::previous_learning),
                    core::Field("previous_next_step", &V::previous_next_step),
                    core::Field("may_change", &V::may_change),
                    core::Field("form_action", &V::form_action),
                    core::Field("version", &V::version),
                    core::Field("cancel_href", &V::cancel_href),
                    core::Field("sections", &V::sections),
                    core::Field("advance_label", &V::advance_label),
                    core::Field("next_id", &V::next_id),
                    core::Field("next_link", &V::next_link),
                    core::Field("may_continue", &V::may_continue),
                    core::Field("comments", &V::comments)};
}

// --- A change idea --------------------------------------------------------------------------

struct IdeaCycleView {
  domain::Id id = 0;
  bool visible = false;  // the visitor may open the cycle: its label is a link
  std::string team;
  std::string organisation;
  std::string label;
  std::string phase;
  std::string prediction;
  std::string learning;
  std::string decision;
  std::optional<std::string> next_step;
  std::optional<std::string> overdue;  // its planned end date has passed, not Done
};
constexpr auto Describe(std::type_identity<IdeaCycleView>) {
  using V = IdeaCycleView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("visible", &V::visible),
                    core::Field("team", &V::team),
                    core::Field("organisation", &V::organisation),
                    core::Field("label", &V::label),
                    core::Field("phase", &V::phase),
                    core::Field("prediction", &V::prediction),
                    core::Field("learning", &V::learning),
                    core::Field("decision", &V::decision),
                    core::Field("next_step", &V::next_step),
                    core::Field("overdue", &V::overdue)};
}

// A package idea's "start a cycle on it in this project" (one per project the visitor may
// start it in).
struct IdeaStartView {
  domain::Id project_id = 0;
  std::string label;
};
constexpr auto Describe(std::type_identity<IdeaStartView>) {
  return std::tuple{core::Field("project_id", &IdeaStartView::project_id),
                    core::Field("label", &IdeaStartView::label)};
}

struct ChangeIdeaView {
  domain::Id idea_id = 0;
  std::string heading;
  std::optional<std::string> notice;  // what just happened to it
  std::string source;
  std::optional<std::string> description;
  std::optional<domain::Id> project_id;    // a team's own idea: back to its cycles
  std::optional<domain::Id> programme_id;  // a change package's idea: back to the programme
  std::string programme_name;
  bool has_cycles = false;
  std::vector<IdeaCycleView> cycles;
  bool show_organisation = false;  // a package idea is tested by teams of several organisations
  // "Start a cycle on this idea" leads to this project's cycle form (those who may change it).
  std::optional<domain::Id> start_cycle_project_id;
  std::vector<IdeaStartView> start_in;  // a package idea: the visitor's projects in the programme
  bool has_start_in = false;
  bool retired = false;  // takes no new cycles
  // The forms that change the idea, for those who may (EditChangeIdea): its texts as shown or
  // as sent back with a refusal, the version read, and the retire or reinstate button.
  bool may_edit = false;
  std::string edit_title;
  std::string edit_description;
  std::int64_t version = 0;
  std::string retire_value;  // "1" retires, "0" reinstates
  std::string retire_label;
  std::string retire_hint;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_title;
  std::optional<std::string> error_description;
};
constexpr auto Describe(std::type_identity<ChangeIdeaView>) {
  using V = ChangeIdeaView;
  return std::tuple{core::Field("idea_id", &V::idea_id),
                    core::Field("heading", &V::heading),
                    core::Field("notice", &V::notice),
                    core::Field("source", &V::source),
                    core::Field("description", &V::description),
                    core::Field("project_id", &V::project_id),
                    core::Field("programme_id", &V::programme_id),
                    core::Field("programme_name", &V::programme_name),
                    core::Field("has_cycles", &V::has_cycles),
                    core::Field("cycles", &V::cycles),
                    core::Field("show_organisation", &V::show_organisation),
                    core::Field("start_cycle_project_id", &V::start_cycle_project_id),
                    core::Field("start_in", &V::start_in),
                    core::Field("has_start_in", &V::has_start_in),
                    core::Field("retired", &V::retired),
                    core::Field("may_edit", &V::may_edit),
                    core::Field("edit_title", &V::edit_title),
                    core::Field("edit_description", &V::edit_description),
                    core::Field("version", &V::version),
                    core::Field("retire_value", &V::retire_value),
                    core::Field("retire_label", &V::retire_label),
                    core::Field("retire_hint", &V::retire_hint),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_title", &V::error_title),
                    core::Field("error_description", &V::error_description)};
}

}  // namespace stegvis::web
