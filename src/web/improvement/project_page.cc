// A project's page, built on the three questions of the Model for Improvement: the problem,
// the aim (what, how much, by when, for whom — women/men/girls/boys as explicit choices), the
// measures (each with its verdict), and the change ideas (the PDSA module's partial). Status
// and the progress score with its history. Forms for those who may change the team's work.

#include <limits>

#include <boost/json/array.hpp>

#include "domain/audit.h"
#include "domain/measures.h"
#include "domain/projects.h"
#include "web/diagrams/diagram_views.h"
#include "web/goals/goal_views.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/measure_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string ScoreText(int tenths, const std::string& lang) {
  std::string s = std::to_string(tenths / 10);
  if (tenths % 10) s += (lang == "sv" ? "," : ".") + std::to_string(tenths % 10);
  return s;
}

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
std::optional<core::Error> FormProblem(const Form& form) {
  const std::string status = form.Get("status");
  if (!status.empty() && !domain::ParseProjectStatus(status)) {
    return core::Error::Invalid("unknown status", "status", "error.unknown_choice");
  }
  const std::string version = form.Get("version");
  if (auto parsed = ParseWholeNumber(version, 0, kMaxVersion, "version");
      !version.empty() && !parsed) {
    return parsed.error();
  }
  return std::nullopt;
}

Response RenderProject(const App& app, Request& request, const Visitor& visitor,
                       const domain::ProjectDetails& d, const domain::Project& shown,
                       boost::json::object view, int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  const domain::Project& p = d.project;
  view["id"] = p.id;
  view["heading"] = p.title;
  view["team_id"] = d.team.id;
  view["team"] = d.team.name;
  if (d.programme) {
    view["programme_id"] = d.programme->id;
    view["programme"] = d.programme->name;
  }
  if (!p.problem.empty()) view["problem"] = p.problem;
  view["aim_what"] = p.aim_what;
  view["aim_how_much"] = p.aim_how_much;
  view["aim_by_when"] = p.aim_by_when;
  view["aim_for_whom"] = p.aim_for_whom;
  // A new project has no aim yet: the page says so and opens the form to write it.
  view["has_aim"] = !p.aim_what.empty() || !p.aim_how_much.empty() || !p.aim_by_when.empty() ||
                    !p.aim_for_whom.empty();
  boost::json::array whom;
  for (auto [on, key] : {std::pair{p.aim_groups.women, "women"},
                         {p.aim_groups.men, "men"},
                         {p.aim_groups.girls, "girls"},
                         {p.aim_groups.boys, "boys"}}) {
    if (on)
      whom.push_back(boost::json::string(app.catalogue.Get(lang, std::string("group.") + key)));
  }
  view["has_whom"] = !whom.empty();
  view["whom"] = std::move(whom);
  view["status"] =
      app.catalogue.Get(lang, "project.status." + std::string(domain::ProjectStatusName(p.status)));
  view["may_change"] = d.may_change;
  if (!d.scores.empty()) view["score"] = ScoreText(d.scores.back().score_tenths, lang);
  boost::json::array scores;
  for (auto it = d.scores.rbegin(); it != d.scores.rend(); ++it) {
    scores.push_back(boost::json::object{{"score", ScoreText(it->score_tenths, lang)},
                                         {"date", it->set_on},
                                         {"note", it->note},
                                         {"by", it->set_by}});
  }
  view["has_scores"] = !scores.empty();
  view["scores"] = std::move(scores);
  boost::json::array score_options;
  const int current = d.scores.empty() ? 5 : d.scores.back().score_tenths;
  for (int t = 5; t <= 50; t += 5) {
    score_options.push_back(boost::json::object{
        {"value", t},
        {"selected", t == current},
        {"label", ScoreText(t, lang) + " – " +
                      app.catalogue.Get(lang, "project.score." + std::to_string(t))}});
  }
  view["score_options"] = std::move(score_options);

  boost::json::array measures;
  for (const domain::Measure& m : d.measures) {
    measures.push_back(boost::json::object{
        {"id", m.id},
        {"name", m.name},
        {"kind",
         app.catalogue.Get(lang, "measure.kind." + std::string(domain::MeasureKindName(m.kind)))},
        {"split", m.grouping != domain::Grouping::kNone}});
  }
  view["has_measures"] = !measures.empty();
  view["measures"] = std::move(measures);

  // The edit form shows what was submitted when it is shown again with an error.
  boost::json::object form{{"title", shown.title},
                           {"problem", shown.problem},
                           {"aim_what", shown.aim_what},
                           {"aim_how_much", shown.aim_how_much},
                           {"aim_by_when", shown.aim_by_when},
                           {"aim_for_whom", shown.aim_for_whom},
                           {"aim_women", shown.aim_groups.women},
                           {"aim_men", shown.aim_groups.men},
                           {"aim_girls", shown.aim_groups.girls},
                           {"aim_boys", shown.aim_groups.boys},
                           {"version", p.version}};
  boost::json::array statuses;
  for (domain::ProjectStatus s : domain::kProjectStatuses) {
    std::string name(domain::ProjectStatusName(s));
    statuses.push_back(
        boost::json::object{{"value", name},
                            {"label", app.catalogue.Get(lang, "project.status." + name)},
                            {"selected", s == shown.status}});
  }
  form["statuses"] = std::move(statuses);
  view["form"] = std::move(form);
  boost::json::array kinds, types, frequencies;
  for (const char* k : {"outcome", "process", "balancing"}) {
    kinds.push_back(boost::json::object{
        {"value", k}, {"label", app.catalogue.Get(lang, std::string("measure.kind.") + k)}});
  }
  for (const char* t :
       {"proportion", "count", "rate", "continuous", "days_between", "cases_between"}) {
    types.push_back(boost::json::object{
        {"value", t}, {"label", app.catalogue.Get(lang, std::string("measure.data_type.") + t)}});
  }
  for (const char* f : {"month", "week", "quarter"}) {
    frequencies.push_back(boost::json::object{
        {"value", f}, {"label", app.catalogue.Get(lang, std::string("measure.frequency.") + f)}});
  }
  view["kinds"] = std::move(kinds);
  view["types"] = std::move(types);
  view["frequencies"] = std::move(frequencies);
  AddProjectCycles(app, lang, *visitor.principal(), p.id, view);
  AddProjectDiagrams(app, lang, *visitor.principal(), p.id, view);
  AddGoalLinksBlock(app, request, visitor, domain::GoalObject::kAim, p.id, 3, view,
                    "aim_goal_links");
  AddGoalLinksBlock(app, request, visitor, domain::GoalObject::kProject, p.id, 2, view);
  return RenderPage(app, request, {"project", "project.title", "", status}, std::move(view),
                    language, visitor);
}

// Shows the project again with `error` next to its field (or the conflict message).
HandlerResult ProjectWithError(const App& app, Request& request, const Visitor& visitor,
                               domain::Id id, const domain::Project& shown,
                               const core::Error& error, boost::json::object view = {}) {
  if (error.code != core::ErrorCode::kInvalidInput && error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  auto details = domain::LoadProject(app.store, *visitor.principal(), id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  if (error.code == core::ErrorCode::kConflict) {
    std::string text =
        ChangedByWords(app, lang, details->project.updated_by, details->project.updated_at);
    view["errors"] = boost::json::array{boost::json::object{{"field", "title"}, {"text", text}}};
    view["has_errors"] = true;
  } else {
    AddFormError(view, app, lang, error);
  }
  return RenderProject(app, request, visitor, *details, shown, std::move(view),
                       HttpStatus(error.code));
}

}  // namespace

HandlerResult ProjectPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadProject(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  return RenderProject(app, request, visitor, *details, details->project,
                       {{"saved", request.Query("sparat").has_value()}}, 200);
}

HandlerResult ProjectSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Project changed;
  changed.id = *id;
  changed = ProjectFromForm(form, changed);
  const std::optional<core::Error> problem = FormProblem(form);
  auto done =
      problem ? core::Result<void>(core::Fail(*problem))
              : domain::ChangeProject(app.store, app.clock, principal,
                                      domain::ActorFor(principal, ClientAddress(request)), changed);
  if (done) return Response::Redirect("/projekt/" + std::to_string(*id) + "?sparat=1");
  return ProjectWithError(app, request, visitor, *id, changed, done.error());
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
  auto details = domain::LoadProject(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  return ProjectWithError(app, request, visitor, *id, details->project, done.error());
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
  auto created = domain::AddMeasure(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), *id, m);
  if (created) return Response::Redirect("/matt/" + std::to_string(*created));
  auto details = domain::LoadProject(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  boost::json::object view{
      {"new_measure_open", true},
      {"new_measure", boost::json::object{{"name", m.name},
                                          {"definition", m.definition},
                                          {"unit", m.unit},
                                          {"no_sex_reason", m.no_sex_reason},
                                          {"target", form.Get("target")},
                                          {"target_date", m.target_date},
                                          {"baseline", form.Get("baseline")}}}};
  const core::Error& e = created.error();
  if (e.code != core::ErrorCode::kInvalidInput) return core::Fail(e);
  core::Error field_error = e;
  field_error.field = "m_" + e.field;
  AddFormError(view, app, ChooseLanguage(request).lang, field_error);
  return RenderProject(app, request, visitor, *details, details->project, std::move(view),
                       HttpStatus(e.code));
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
  auto created = domain::AddProject(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), p);
  if (created) return Response::Redirect("/projekt/" + std::to_string(*created));
  if (created.error().code == core::ErrorCode::kInvalidInput) {
    return Response::Redirect("/team/" + std::to_string(*team) + "?fel=titel#nytt-projekt");
  }
  return core::Fail(created.error());
}

}  // namespace stegvis::web
