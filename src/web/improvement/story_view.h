#pragma once
// What a project's improvement story shows (story.mustache), as a typed view: the project's
// problem and aim, the team's summary, the theory of change, each included measure's chart
// with its verdicts in words, every included PDSA cycle (abandoned ones too) with what was
// predicted, what happened, what was learned and the decision, the progress scores and the
// goals; and, for those who may change the project, the form choosing what the story includes.

#include <optional>
#include <string>
#include <vector>

#include "core/describe.h"
#include "core/error.h"
#include "domain/organisation.h"
#include "domain/project_story.h"
#include "web/app.h"
#include "web/goals/goal_links_view.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/project_view.h"
#include "web/render/form_view.h"
#include "web/render/typed_view.h"

namespace stegvis::web {

struct StoryMeasureView {
  domain::Id id = 0;
  std::string name;
  std::string kind;         // outcome, process or balancing, in words
  std::string chart_title;  // the chart's subject, for the figure's caption
  bool has_data = false;
  RawHtml svg;    // the women-and-men chart when split, else the total's (wide and narrow)
  RawHtml table;  // its data table
  std::vector<std::string> verdicts;  // as the measure page words them
};
constexpr auto Describe(std::type_identity<StoryMeasureView>) {
  using V = StoryMeasureView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("name", &V::name),
                    core::Field("kind", &V::kind),
                    core::Field("chart_title", &V::chart_title),
                    core::Field("has_data", &V::has_data),
                    core::Field("svg", &V::svg),
                    core::Field("table", &V::table),
                    core::Field("verdicts", &V::verdicts)};
}

struct StoryCycleView {
  domain::Id id = 0;
  std::string heading;  // "PGSA 2: Kvällsrutin"
  std::string idea;     // the change idea it tested
  std::string phase;
  std::string dates;  // "2025-05-05 – 2025-05-30", or empty
  std::optional<std::string> decision;
  bool abandoned = false;
  std::optional<std::string> question;
  std::optional<std::string> prediction;
  std::optional<std::string> observations;
  std::optional<std::string> result;
  std::optional<std::string> learning;
  std::optional<std::string> next_step;
};
constexpr auto Describe(std::type_identity<StoryCycleView>) {
  using V = StoryCycleView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("idea", &V::idea),
                    core::Field("phase", &V::phase),
                    core::Field("dates", &V::dates),
                    core::Field("decision", &V::decision),
                    core::Field("abandoned", &V::abandoned),
                    core::Field("question", &V::question),
                    core::Field("prediction", &V::prediction),
                    core::Field("observations", &V::observations),
                    core::Field("result", &V::result),
                    core::Field("learning", &V::learning),
                    core::Field("next_step", &V::next_step)};
}

// A measure or cycle the form offers: ticked when the story includes it.
struct StoryChoiceView {
  domain::Id id = 0;
  std::string label;
  bool checked = false;
};
constexpr auto Describe(std::type_identity<StoryChoiceView>) {
  return std::tuple{core::Field("id", &StoryChoiceView::id),
                    core::Field("label", &StoryChoiceView::label),
                    core::Field("checked", &StoryChoiceView::checked)};
}

struct StoryView {
  domain::Id id = 0;
  std::string heading;  // the project's title
  domain::Id team_id = 0;
  std::string team;
  std::optional<std::string> programme;
  std::string status;
  std::string today;  // the date the story was put together, for the printed footer
  std::optional<std::string> summary;
  std::optional<std::string> problem;
  bool has_aim = false;
  std::string aim;  // the aim in sentences
  bool has_whom = false;
  std::vector<std::string> whom;
  bool has_theory = false;
  RawHtml theory_svg;
  RawHtml theory_list;
  bool has_measures = false;
  std::vector<StoryMeasureView> measures;
  bool has_cycles = false;
  std::vector<StoryCycleView> cycles;
  std::optional<std::string> score;  // the current progress score
  bool has_scores = false;
  std::vector<ProgressScoreView> scores;  // oldest first: the story reads forwards
  bool has_goals = false;
  std::vector<GoalChipView> goals;  // the project's and its aim's, each once
  bool saved = false;
  bool may_change = false;
  bool may_publish = false;  // links to the publishing preview
  // The form (for those who may change the project).
  std::string form_summary;
  std::int64_t version = 0;
  std::vector<StoryChoiceView> measure_choices;
  std::vector<StoryChoiceView> cycle_choices;
  std::string shown_measures;  // the ids the form offers, comma-separated
  std::string shown_cycles;
  bool edit_open = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_summary;
  std::optional<std::string> error_measures;
  std::optional<std::string> error_cycles;
};
constexpr auto Describe(std::type_identity<StoryView>) {
  using V = StoryView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("programme", &V::programme),
                    core::Field("status", &V::status),
                    core::Field("today", &V::today),
                    core::Field("summary", &V::summary),
                    core::Field("problem", &V::problem),
                    core::Field("has_aim", &V::has_aim),
                    core::Field("aim", &V::aim),
                    core::Field("has_whom", &V::has_whom),
                    core::Field("whom", &V::whom),
                    core::Field("has_theory", &V::has_theory),
                    core::Field("theory_svg", &V::theory_svg),
                    core::Field("theory_list", &V::theory_list),
                    core::Field("has_measures", &V::has_measures),
                    core::Field("measures", &V::measures),
                    core::Field("has_cycles", &V::has_cycles),
                    core::Field("cycles", &V::cycles),
                    core::Field("score", &V::score),
                    core::Field("has_scores", &V::has_scores),
                    core::Field("scores", &V::scores),
                    core::Field("has_goals", &V::has_goals),
                    core::Field("goals", &V::goals),
                    core::Field("saved", &V::saved),
                    core::Field("may_change", &V::may_change),
                    core::Field("may_publish", &V::may_publish),
                    core::Field("form_summary", &V::form_summary),
                    core::Field("version", &V::version),
                    core::Field("measure_choices", &V::measure_choices),
                    core::Field("cycle_choices", &V::cycle_choices),
                    core::Field("shown_measures", &V::shown_measures),
                    core::Field("shown_cycles", &V::shown_cycles),
                    core::Field("edit_open", &V::edit_open),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_summary", &V::error_summary),
                    core::Field("error_measures", &V::error_measures),
                    core::Field("error_cycles", &V::error_cycles)};
}

// The story's view in `lang` (story_page.cc). `form` (what was sent back with an error) sets
// what the form shows; without it, the stored choices. `charts`, when given, receives each
// included measure's charts in the view's order (the Word document draws them again as
// PNG). Fails when the engine refuses a measure's data.
core::Result<StoryView> StoryViewOf(const App& app, const std::string& lang,
                                    const domain::ProjectStory& story,
                                    const domain::StoryChoices* form = nullptr,
                                    std::vector<MeasureCharts>* charts = nullptr);

}  // namespace stegvis::web
