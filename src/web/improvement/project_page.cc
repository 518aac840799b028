// A project's page, built on the three questions of the Model for Improvement: the problem,
// the aim (what, how much, by when, for whom — women/men/girls/boys as explicit choices), the
// measures (each with its verdict), and the change ideas (the PDSA module's partial). Status
// and the progress score with its history. Forms for those who may change the team's work.

#include <limits>

#include "domain/audit.h"
#include "domain/measures.h"
#include "domain/project_page.h"
#include "domain/projects.h"
#include "web/goals/goal_links_view.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/improvement/project_view.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/structure/handlers.h"

namespace stegvis::web {

std::string ScoreText(int tenths, const std::string& lang) {
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10) s += (lang == "sv" ? "," : ".") + std::to_string(tenths % 10);
  return s;
}

namespace {

domain::Project ProjectFromForm(const Form& form, domain::Project p) {
  p.title = form.Get("title");
  p.problem = form.Get("problem");
  p.aim_what = form.Get("aim_what");
  p.aim_how_much = form.Get("aim_how_much");
  p.aim_by_when = form.Get("aim_by_when");
  p.aim_for_whom = form.Get("aim_for_whom");
  p.aim_groups = {form.Get("aim_women") == "1", form.Get("aim_men") == "1",
                  form.Get("aim_girls") == "1", form.Get("aim_boys") == "1"};
  // An unknown status is refused by ProjectSubmit (FormProblem), never read as "planned".
  if (auto status = domain::ParseProjectStatus(form.Get("status"))) p.status = *status;
  p.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  return p;
}

constexpr std::int64_t kMaxVersion = std::numeric_limits<std::int64_t>::max();

// What the project form holds that the domain never sees as written: a status that is not
// one of the four, or a version that is not a whole number. Empty when the form is sound.
std::vector<core::Error> FormProblems(const Form& form) {
  std::vector<core::Error> problems;
  const std::string status = form.Get("status");
  if (!status.empty() && !domain::ParseProjectStatus(status)) {
    problems.push_back(core::Error::Invalid("unknown status", "status", "error.unknown_choice"));
  }
  const std::string version = form.Get("version");
  if (auto parsed = ParseWholeNumber(version, 0, kMaxVersion, "version");
      !version.empty() && !parsed) {
    problems.push_back(parsed.error());
  }
  return problems;
}

// The options of the new measure's select `key` ("measure.kind", ...), in `lang`, with
// `chosen` (what was sent back with an error, else none) selected.
std::vector<OptionView> Options(const App& app, const std::string& lang, const std::string& key,
                                std::initializer_list<const char*> values,
                                const std::string& chosen = {}) {
  std::vector<OptionView> options;
  for (const char* value : values) {
    options.push_back({value, app.catalogue.Get(lang, key + "." + value), chosen == value});
  }
  return options;
}

// The page's view of `page`, with the edit form showing `shown` (the stored project, or what
// was sent back with an error).
ProjectView ProjectViewOf(const App& app, const Visitor& visitor, const Request& request,
                          const std::string& lang, const domain::ProjectPage& page,
                          const domain::Project& shown) {
  const domain::ProjectDetails& d = page.details;
  const domain::Project& p = d.project;
  ProjectView view;
  view.id = p.id;
  view.heading = p.title;
  view.team_id = d.team.id;
  view.team = d.team.name;
  if (d.programme) {
    view.programme_id = d.programme->id;
    view.programme = d.programme->name;
  }
  if (!p.problem.empty()) view.problem = p.problem;
  view.aim_what = p.aim_what;
  view.aim_how_much = p.aim_how_much;
  view.aim_by_when = p.aim_by_when;
  view.aim_for_whom = p.aim_for_whom;
  view.has_aim = !p.aim_what.empty() || !p.aim_how_much.empty() || !p.aim_by_when.empty() ||
                 !p.aim_for_whom.empty();
  for (auto [on, key] : {std::pair{p.aim_groups.women, "women"},
                         {p.aim_groups.men, "men"},
                         {p.aim_groups.girls, "girls"},
                         {p.aim_groups.boys, "boys"}}) {
    if (on) view.whom.push_back(app.catalogue.Get(lang, std::string("group.") + key));
  }
  view.has_whom = !view.whom.empty();
  view.status =
      app.catalogue.Get(lang, "project.status." + std::string(domain::ProjectStatusName(p.status)));
  view.sustaining = p.status == domain::ProjectStatus::kSustaining;
  view.may_change = d.may_change;
  if (!d.scores.empty()) view.score = ScoreText(d.scores.back().score_tenths, lang);
  for (auto it = d.scores.rbegin(); it != d.scores.rend(); ++it) {
    view.scores.push_back({ScoreText(it->score_tenths, lang), it->set_on, it->note, it->set_by});
  }
  view.has_scores = !view.scores.empty();
  const int current = d.scores.empty() ? 5 : d.scores.back().score_tenths;
  for (int t = 5; t <= 50; t += 5) {
    view.score_options.push_back(
        {std::to_string(t),
         ScoreText(t, lang) + " – " + app.catalogue.Get(lang, "project.score." + std::to_string(t)),
         t == current});
  }
  for (const domain::Measure& m : d.measures) {
    view.measures.push_back(
        {m.id, m.name,
         app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind))),
         m.grouping != domain::Grouping::kNone});
  }
  view.has_measures = !view.measures.empty();

  view.form = {shown.title,
               shown.problem,
               shown.aim_what,
               shown.aim_how_much,
               shown.aim_by_when,
               shown.aim_for_whom,
               shown.aim_groups.women,
               shown.aim_groups.men,
               shown.aim_groups.girls,
               shown.aim_groups.boys,
               p.version,
               {}};
  for (domain::ProjectStatus s : domain::kProjectStatuses) {
    std::string name(domain::ProjectStatusName(s));
    view.form.statuses.push_back(
        {name, app.catalogue.Get(lang, "project.status." + name), s == shown.status});
  }
  view.kinds = Options(app, lang, "measure.kind", {"outcome", "process", "balancing"});
  view.types =
      Options(app, lang, "measure.data_type",
              {"proportion", "count", "rate", "continuous", "days_between", "cases_between"});
  view.frequencies = Options(app, lang, "measure.frequency", {"month", "week", "quarter", "year"});
  view.pdsa = ProjectCyclesBlockOf(app, lang, page.cycles);
  view.diagrams = DiagramSummaryOf(app, lang, page.theory, page.driver);
  const std::optional<std::string> refused = request.Query("malfel");
  view.aim_goal_links = RenderGoalLinks(
      app, lang, GoalLinksBlock(app, lang, page.aim_goals, 3, visitor.csrf_token, refused));
  view.goal_links = RenderGoalLinks(
      app, lang, GoalLinksBlock(app, lang, page.goals, 2, visitor.csrf_token, refused));
  return view;
}

Response RenderProject(const App& app, const Request& request, const Visitor& visitor,
                       const ProjectView& view, int status) {
  return RenderPage(app, request, {"project", "project.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// Shows the project again with `errors` next to their fields and in the summary (or the
// conflict message), the edit form showing `shown` (null: the stored project) and open.
HandlerResult ProjectWithErrors(const App& app, Request& request, const Visitor& visitor,
                                domain::Id id, const domain::Project* shown,
                                const std::vector<core::Error>& errors) {
  const core::Error& first = errors.front();
  if (first.code != core::ErrorCode::kInvalidInput && first.code != core::ErrorCode::kConflict) {
    return core::Fail(first);
  }
  auto page = domain::LoadProjectPage(app.store, *visitor.principal(), id);
  if (!page) return core::Fail(page.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProjectView view =
      ProjectViewOf(app, visitor, request, lang, *page, shown ? *shown : page->details.project);
  view.edit_open = shown != nullptr;
  if (first.code == core::ErrorCode::kConflict) {
    const domain::Project& now = page->details.project;
    view.errors.push_back({"title", ChangedByWords(app, lang, now.updated_by, now.updated_at)});
    view.has_errors = true;
  } else {
    for (const core::Error& e : errors) SetFormError(view, app, lang, e);
  }
  return RenderProject(app, request, visitor, view, HttpStatus(first.code));
}

}  // namespace

HandlerResult ProjectPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadProjectPage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  ProjectView view = ProjectViewOf(app, visitor, request, ChooseLanguage(request).lang, *page,
                                   page->details.project);
  view.saved = request.Query("sparat").has_value();
  return RenderProject(app, request, visitor, view, 200);
}

HandlerResult ProjectSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Project changed;
  changed.id = *id;
  changed = ProjectFromForm(form, changed);
  // Every wrong field at once; the save itself runs only on a sound form.
  std::vector<core::Error> errors = FormProblems(form);
  for (core::Error& e : domain::ProjectErrors(changed)) errors.push_back(std::move(e));
  if (errors.empty()) {
    auto done = domain::ChangeProject(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), changed);
    if (done) return Response::Redirect("/projekt/" + std::to_string(*id) + "?sparat=1");
    errors.push_back(done.error());
  }
  return ProjectWithErrors(app, request, visitor, *id, &changed, errors);
}

HandlerResult ProgressSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  // Strictly digits: "5,5" must not be read as 5 (half a point).
  auto score = ParseWholeNumber(form.Get("score"), 0, 1000, "score");
  auto done = score ? domain::SetProgressScore(app.store, app.clock, principal,
                                               domain::ActorFor(principal, ClientAddress(request)),
                                               *id, static_cast<int>(*score), form.Get("note"))
                    : core::Result<domain::Id>(core::Fail(score.error()));
  if (done) return Response::Redirect("/projekt/" + std::to_string(*id) + "?sparat=1#framsteg");
  return ProjectWithErrors(app, request, visitor, *id, nullptr, {done.error()});
}

HandlerResult MeasureCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Measure m;
  m.name = form.Get("name");
  m.definition = form.Get("definition");
  m.unit = form.Get("unit");
  m.kind = domain::ParseMeasureKind(form.Get("kind")).value_or(domain::MeasureKind::kOutcome);
  m.data_type =
      domain::ParseMeasureDataType(form.Get("data_type")).value_or(stats::DataType::kProportion);
  m.frequency = domain::ParseFrequency(form.Get("frequency")).value_or(domain::Frequency::kMonth);
  m.direction = domain::ParseBetter(form.Get("direction")).value_or(domain::Better::kUp);
  m.grouping = domain::ParseGrouping(form.Get("grouping")).value_or(domain::Grouping::kWomenMen);
  m.no_sex_reason = form.Get("no_sex_reason");
  m.target = form.Get("target");
  m.target_date = form.Get("target_date");
  m.baseline = form.Get("baseline");
  std::vector<core::Error> errors = domain::MeasureErrors(m);
  if (errors.empty()) {
    auto created = domain::AddMeasure(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), *id, m);
    if (created) return Response::Redirect("/matt/" + std::to_string(*created));
    if (created.error().code != core::ErrorCode::kInvalidInput) return core::Fail(created.error());
    errors.push_back(created.error());
  }
  auto page = domain::LoadProjectPage(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProjectView view = ProjectViewOf(app, visitor, request, lang, *page, page->details.project);
  view.new_measure_open = true;
  view.new_measure = NewMeasureView{m.name,
                                    m.definition,
                                    m.unit,
                                    m.no_sex_reason,
                                    form.Get("target"),
                                    m.target_date,
                                    form.Get("baseline"),
                                    m.direction == domain::Better::kDown,
                                    m.grouping == domain::Grouping::kGirlsBoys,
                                    m.grouping == domain::Grouping::kNone};
  // What was chosen stays chosen.
  view.kinds = Options(app, lang, "measure.kind", {"outcome", "process", "balancing"},
                       std::string(domain::MeasureKindName(m.kind)));
  view.types =
      Options(app, lang, "measure.data_type",
              {"proportion", "count", "rate", "continuous", "days_between", "cases_between"},
              form.Get("data_type"));
  view.frequencies = Options(app, lang, "measure.frequency", {"month", "week", "quarter", "year"},
                             form.Get("frequency"));
  // The new measure's fields are named m_FIELD on the page.
  for (core::Error e : errors) {
    e.field = "m_" + e.field;
    SetFormError(view, app, lang, e);
  }
  return RenderProject(app, request, visitor, view, 422);
}

HandlerResult ProjectCreate(const App& app, Request& request, const Visitor& visitor) {
  auto team = PathId(request, "id");
  if (!team) return core::Fail(core::Error::NotFoundObject());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Project p;
  p.team_id = *team;
  p.title = form.Get("title");
  p.problem = form.Get("problem");
  // The programme the project belongs to, if any (AddProject checks the team takes part).
  if (const std::string programme = form.Get("programme_id"); !programme.empty()) {
    p.programme_id = std::strtoll(programme.c_str(), nullptr, 10);
  }
  // Every wrong field at once; the save runs only on a sound form.
  std::vector<core::Error> errors = domain::ProjectErrors(p);
  if (errors.empty()) {
    auto created = domain::AddProject(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), p);
    if (created) return Response::Redirect("/projekt/" + std::to_string(*created));
    if (created.error().code != core::ErrorCode::kInvalidInput) {
      return core::Fail(created.error());
    }
    errors.push_back(created.error());
  }
  return TeamWithProjectErrors(app, request, visitor, p, errors);
}

}  // namespace stegvis::web
