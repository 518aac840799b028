// A project's improvement story (GET /projekt/{id}/berattelse): what the team has recorded,
// put together to be read, printed or saved as PDF outside the team — the problem, the aim,
// the theory of change, each measure's chart with its verdicts, every PDSA cycle (abandoned
// ones too), the progress scores and the goals. POST saves the team's summary and which
// measures and cycles the story includes (version-checked).

#include <algorithm>
#include <limits>

#include "core/date.h"
#include "domain/audit.h"
#include "domain/goals.h"
#include "domain/project_story.h"
#include "web/diagrams/diagram_views.h"
#include "web/goals/goal_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/story_cycle.h"
#include "web/improvement/story_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::optional<std::string> IfSet(const std::string& text) {
  return text.empty() ? std::nullopt : std::optional<std::string>(text);
}

bool Includes(const std::vector<domain::Id>& left_out, domain::Id id) {
  return std::find(left_out.begin(), left_out.end(), id) == left_out.end();
}

StoryMeasureView MeasureOf(const App& app, const std::string& lang, const domain::MeasureDetails& d,
                           const MeasureCharts& charts) {
  const domain::Measure& m = d.measure;
  StoryMeasureView view;
  view.id = m.id;
  view.name = m.name;
  view.kind =
      app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind)));
  // Women and men with the gap when the measure is split; otherwise the total.
  const bool groups = !charts.groups_svg.empty();
  view.has_data = groups || !charts.total_svg.empty();
  view.svg = RawHtml{groups ? charts.groups_svg + charts.groups_svg_narrow
                            : charts.total_svg + charts.total_svg_narrow};
  view.table = RawHtml{groups ? charts.groups_table : charts.total_table};
  view.verdicts = charts.verdicts;
  return view;
}

std::string IdeaTitle(const std::vector<domain::ChangeIdea>& ideas, domain::Id id) {
  for (const domain::ChangeIdea& idea : ideas) {
    if (idea.id == id) return idea.title;
  }
  return {};
}

void AddGoals(const App& app, const std::string& lang, const domain::GoalLinkSet& set,
              std::vector<GoalChipView>& out) {
  for (const domain::GoalEntry& e : set.linked) {
    if (std::none_of(out.begin(), out.end(), [&](const GoalChipView& g) { return g.id == e.id; })) {
      out.push_back({e.id, GoalLabel(app, lang, e), domain::GoalTitle(e, lang), e.retired});
    }
  }
}

// The form's choices, ticked as `included` says.
template <typename T, typename Label, typename Included>
std::vector<StoryChoiceView> Choices(const std::vector<T>& all, Label label, Included included) {
  std::vector<StoryChoiceView> out;
  for (const T& item : all) out.push_back({item.id, label(item), included(item.id)});
  return out;
}

}  // namespace

core::Result<StoryView> StoryViewOf(const App& app, const std::string& lang,
                                    const domain::ProjectStory& story,
                                    const domain::StoryChoices* form,
                                    std::vector<MeasureCharts>* charts) {
  const domain::ProjectDetails& d = story.details;
  const domain::Project& p = d.project;
  StoryView view;
  view.id = p.id;
  view.heading = p.title;
  view.team_id = d.team.id;
  view.team = d.team.name;
  if (d.programme) view.programme = d.programme->name;
  view.status =
      app.catalogue.Get(lang, "project.status." + std::string(domain::ProjectStatusName(p.status)));
  view.today = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString();
  view.summary = IfSet(story.choices.summary);
  view.problem = IfSet(p.problem);
  view.aim = AimWords(app, lang, p);
  view.has_aim = !view.aim.empty();
  for (auto [on, key] : {std::pair{p.aim_groups.women, "women"},
                         {p.aim_groups.men, "men"},
                         {p.aim_groups.girls, "girls"},
                         {p.aim_groups.boys, "boys"}}) {
    if (on) view.whom.push_back(app.catalogue.Get(lang, std::string("group.") + key));
  }
  view.has_whom = !view.whom.empty();
  view.has_theory = !story.theory.diagram.items.empty();
  if (view.has_theory) {
    view.theory_svg = RawHtml{DiagramSvg(app, lang, story.theory)};
    view.theory_list = RawHtml{DiagramList(app, lang, story.theory)};
  }
  for (const domain::MeasureDetails& m : story.measures) {
    auto built = BuildMeasureCharts(app, lang, m, "m" + std::to_string(m.measure.id) + "-");
    if (!built) return core::Fail(built.error());
    view.measures.push_back(MeasureOf(app, lang, m, *built));
    if (charts) charts->push_back(std::move(*built));
  }
  view.has_measures = !view.measures.empty();
  for (const domain::PdsaCycle& c : story.cycles) {
    view.cycles.push_back(
        StoryCycleOf(app, lang, c, IdeaTitle(story.pdsa.ideas, c.change_idea_id)));
  }
  view.has_cycles = !view.cycles.empty();
  if (!d.scores.empty()) view.score = ScoreText(d.scores.back().score_tenths, lang);
  for (const domain::ProgressScore& s : d.scores) {
    view.scores.push_back({ScoreText(s.score_tenths, lang), s.set_on, s.note, s.set_by});
  }
  view.has_scores = !view.scores.empty();
  AddGoals(app, lang, story.goals, view.goals);
  AddGoals(app, lang, story.aim_goals, view.goals);
  view.has_goals = !view.goals.empty();

  view.may_change = d.may_change;
  view.may_publish = story.may_publish;
  const domain::StoryChoices& shown = form ? *form : story.choices;
  view.form_summary = shown.summary;
  view.version = story.choices.version;
  view.measure_choices = Choices(
      d.measures, [](const domain::Measure& m) { return m.name; },
      [&](domain::Id id) { return Includes(shown.left_out_measures, id); });
  view.cycle_choices = Choices(
      story.pdsa.cycles,
      [&](const domain::PdsaCycle& c) {
        return app.catalogue.Format(lang, "pdsa.heading",
                                    {{"n", std::to_string(c.number)}, {"title", c.content.title}});
      },
      [&](domain::Id id) { return Includes(shown.left_out_cycles, id); });
  for (auto [choices, out] : {std::pair{&view.measure_choices, &view.shown_measures},
                              {&view.cycle_choices, &view.shown_cycles}}) {
    std::vector<domain::Id> ids;
    for (const StoryChoiceView& c : *choices) ids.push_back(c.id);
    *out = domain::IdListText(ids);
  }
  return view;
}

namespace {

Response RenderStory(const App& app, const Request& request, const Visitor& visitor,
                     const StoryView& view, int status) {
  return RenderPage(app, request, {"story", "story.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The ids ticked in the form's `name` boxes, each a whole number; kInvalidInput on `field`.
core::Result<std::vector<domain::Id>> Ids(const Form& form, std::string_view name,
                                          const std::string& field) {
  std::vector<domain::Id> ids;
  for (const std::string& value : form.GetAll(name)) {
    auto id = ParseWholeNumber(value, 1, std::numeric_limits<domain::Id>::max(), field);
    if (!id) return core::Fail(id.error());
    ids.push_back(*id);
  }
  return ids;
}

// What the form sends: the summary, the version it was based on, and the boxes of the
// measures and cycles it offered (`shown_*`, comma lists) with those still ticked. What was
// offered and not ticked is left out; a measure or cycle added since the form was loaded
// stays in.
core::Result<domain::StoryChoices> ChoicesFromForm(const Form& form, domain::Id project_id) {
  domain::StoryChoices sent = domain::NoStoryChoices(project_id);
  sent.summary = form.Get("summary");
  auto version =
      ParseWholeNumber(form.Get("version"), 0, std::numeric_limits<std::int64_t>::max(), "version");
  if (!version) return core::Fail(version.error());
  sent.version = *version;
  for (auto [shown_name, box, field, out] :
       {std::tuple{"shown_measures", "measure", "measures", &sent.left_out_measures},
        {"shown_cycles", "cycle", "cycles", &sent.left_out_cycles}}) {
    auto shown = domain::ParseIdList(form.Get(shown_name));
    if (!shown) {
      return core::Fail(
          core::Error::Invalid("not a list of ids", field, "error.story.unknown_choice"));
    }
    auto ticked = Ids(form, box, field);
    if (!ticked) return core::Fail(ticked.error());
    for (domain::Id id : *shown) {
      if (std::find(ticked->begin(), ticked->end(), id) == ticked->end()) out->push_back(id);
    }
  }
  return sent;
}

}  // namespace

HandlerResult StoryPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto story = domain::LoadProjectStory(app.store, *visitor.principal(), *id);
  if (!story) return core::Fail(story.error());
  auto view = StoryViewOf(app, ChooseLanguage(request).lang, *story);
  if (!view) return core::Fail(view.error());
  view->saved = request.Query("sparat").has_value();
  return RenderStory(app, request, visitor, *view, 200);
}

HandlerResult StorySubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  auto sent = ChoicesFromForm(form, *id);
  core::Error error = sent ? core::Error{} : sent.error();
  if (sent) {
    auto saved =
        domain::SaveStoryChoices(app.store, app.clock, principal,
                                 domain::ActorFor(principal, ClientAddress(request)), *sent);
    if (saved)
      return Response::Redirect("/projekt/" + std::to_string(*id) + "/berattelse?sparat=1");
    error = saved.error();
  }
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  auto story = domain::LoadProjectStory(app.store, principal, *id);
  if (!story) return core::Fail(story.error());
  const std::string lang = ChooseLanguage(request).lang;
  // What was typed stays; the choices shown are the stored ones unless the form was sound.
  domain::StoryChoices shown = sent ? *sent : story->choices;
  shown.summary = form.Get("summary");
  auto view = StoryViewOf(app, lang, *story, &shown);
  if (!view) return core::Fail(view.error());
  view->edit_open = true;
  // A stale save names who saved since; the error belongs to the summary's field.
  if (error.field == "version") error.field = "summary";
  SetFormError(*view, app, lang, error);
  return RenderStory(app, request, visitor, *view, HttpStatus(error.code));
}

}  // namespace stegvis::web
