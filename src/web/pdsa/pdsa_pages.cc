// The PDSA pages: a project's cycles and change ideas (with the forms to add them), one
// cycle's phases as a form, "start the next cycle", and a change idea with every cycle that
// tested it across the programme's teams.

#include "domain/audit.h"
#include "domain/measure_phases.h"
#include "domain/pdsa_cycles.h"
#include "web/http/access_guard.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string CycleName(const App& app, const std::string& lang, const domain::PdsaCycle& c) {
  return app.catalogue.Format(lang, "pdsa.heading",
                              {{"n", std::to_string(c.number)}, {"title", c.content.title}});
}

std::string Dates(const domain::PdsaContent& c) {
  if (c.start_date.empty()) return {};
  if (c.end_date.empty() || c.end_date == c.start_date) return c.start_date;
  return c.start_date + " – " + c.end_date;
}

std::string IdeaSource(const App& app, const std::string& lang, const domain::ChangeIdea& idea,
                       const std::string& programme_name) {
  if (idea.project_id) return app.catalogue.Get(lang, "idea.own");
  return app.catalogue.Format(lang, "idea.package", {{"programme", programme_name}});
}

Response RenderProjectCycles(const App& app, Request& request, const Visitor& visitor,
                             const domain::ProjectCycles& data, boost::json::object view,
                             int status) {
  const std::string lang = ChooseLanguage(request).lang;
  view["project_id"] = data.project.id;
  view["team_id"] = data.team.id;
  view["team_name"] = data.team.name;
  view["heading"] =
      app.catalogue.Format(lang, "pdsa.list_heading", {{"project", data.project.title}});
  view["may_change"] = data.may_change;
  std::map<domain::Id, std::string> idea_titles;
  boost::json::array ideas;
  const std::string chosen = view.contains("change_idea_id")
                                 ? std::string(view["change_idea_id"].as_string())
                                 : std::string();
  for (const domain::ChangeIdea& idea : data.ideas) {
    idea_titles[idea.id] = idea.title;
    ideas.push_back(boost::json::object{
        {"id", idea.id},
        {"title", idea.title},
        {"source", IdeaSource(app, lang, idea, data.programme ? data.programme->name : "")},
        {"selected", std::to_string(idea.id) == chosen}});
  }
  view["has_ideas"] = !ideas.empty();
  view["ideas"] = std::move(ideas);
  boost::json::array cycles;
  for (const domain::PdsaCycle& c : data.cycles) {
    cycles.push_back(
        boost::json::object{{"id", c.id},
                            {"label", CycleName(app, lang, c)},
                            {"idea", idea_titles[c.change_idea_id]},
                            {"phase", PhaseLabel(app, lang, c.phase)},
                            {"dates", Dates(c.content)},
                            {"decision", c.content.decision == domain::PdsaDecision::kNone
                                             ? std::string()
                                             : DecisionLabel(app, lang, c.content.decision)}});
  }
  view["has_cycles"] = !cycles.empty();
  view["cycles"] = std::move(cycles);
  return RenderPage(app, request, {"pdsa_list", "pdsa.list_title", "", status}, std::move(view),
                    ChooseLanguage(request), visitor);
}

Response RenderCycle(const App& app, Request& request, const Visitor& visitor,
                     const domain::CycleDetails& d, const domain::PdsaContent& content,
                     boost::json::object view, int status) {
  const std::string lang = ChooseLanguage(request).lang;
  const domain::PdsaCycle& c = d.cycle;
  view["id"] = c.id;
  view["project_id"] = d.project.id;
  view["team_id"] = d.team.id;
  view["team_name"] = d.team.name;
  view["number_label"] =
      app.catalogue.Format(lang, "pdsa.number", {{"n", std::to_string(c.number)}});
  view["heading"] = CycleName(app, lang, c);
  view["idea_id"] = d.idea.id;
  view["idea_title"] = d.idea.title;
  view["may_change"] = d.may_change;
  if (!view.contains("version")) view["version"] = c.version;
  boost::json::array steps;
  const std::int64_t dates[] = {c.created_at, c.do_at, c.study_at, c.act_at, c.done_at};
  int i = 0;
  for (domain::PdsaPhase p :
       {domain::PdsaPhase::kPlan, domain::PdsaPhase::kDo, domain::PdsaPhase::kStudy,
        domain::PdsaPhase::kAct, domain::PdsaPhase::kDone}) {
    std::string date = IsoDate(dates[i++]);
    boost::json::object step{{"name", PhaseLabel(app, lang, p)},
                             {"current", p == c.phase},
                             {"reached", static_cast<int>(p) < static_cast<int>(c.phase)}};
    // Mustache shows a section for an empty string: only phases reached have a date.
    if (!date.empty()) {
      step["date"] = app.catalogue.Format(lang, "pdsa.phase_since", {{"date", date}});
    }
    steps.push_back(std::move(step));
  }
  view["steps"] = std::move(steps);
  view["sections"] = CycleSections(app, lang, d, content, view);
  if (c.phase != domain::PdsaPhase::kDone) {
    view["advance_label"] =
        app.catalogue.Get(lang, "pdsa.advance." + std::string(domain::PdsaPhaseName(c.phase)));
  }
  if (d.previous) {
    view["previous"] = true;
    view["previous_id"] = d.previous->id;
    view["previous_link"] = app.catalogue.Format(lang, "pdsa.previous_link",
                                                 {{"name", CycleName(app, lang, *d.previous)}});
    view["previous_learning"] = d.previous->content.learning;
    if (!d.previous->content.next_step.empty()) {
      view["previous_next_step"] = d.previous->content.next_step;
    }
  }
  if (d.next_id) {
    view["next_id"] = *d.next_id;
    view["next_link"] = app.catalogue.Format(
        lang, "pdsa.next_link",
        {{"name",
          app.catalogue.Format(lang, "pdsa.number", {{"n", std::to_string(c.number + 1)}})}});
  }
  view["may_continue"] = d.may_change && !d.next_id && domain::CheckMayContinue(c).has_value();
  return RenderPage(app, request, {"pdsa_cycle", "pdsa.title", "", status}, std::move(view),
                    ChooseLanguage(request), visitor);
}

// Re-renders the project's cycle page with `error` next to its field (fields renamed for
// the idea form, whose inputs are prefixed).
HandlerResult ProjectFormError(const App& app, Request& request, const Visitor& visitor,
                               domain::Id project_id, core::Error error, boost::json::object view) {
  if (error.code != core::ErrorCode::kInvalidInput) {
    return core::Fail(error);
  }
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), project_id);
  if (!data) return core::Fail(data.error());
  AddFormError(view, app, ChooseLanguage(request).lang, error);
  return RenderProjectCycles(app, request, visitor, *data, std::move(view), 422);
}

}  // namespace

HandlerResult ProjectCyclesPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), *id);
  if (!data) return core::Fail(data.error());
  return RenderProjectCycles(app, request, visitor, *data, {}, 200);
}

HandlerResult ChangeIdeaCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  const std::string title = form.Get("idea_title");
  const std::string description = form.Get("idea_description");
  auto done = domain::AddChangeIdea(app.store, app.clock, principal,
                                    domain::ActorFor(principal, ClientAddress(request)), *id, title,
                                    description);
  if (done) return Response::Redirect("/forandringsideer/" + std::to_string(*done));
  core::Error error = done.error();
  if (!error.field.empty()) error.field = "idea_" + error.field;
  return ProjectFormError(app, request, visitor, *id, error,
                          {{"idea_title", title}, {"idea_description", description}});
}

HandlerResult CycleCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::PdsaContent content;
  content.title = form.Get("title");
  const std::string idea_text = form.Get("change_idea_id");
  boost::json::object view{{"cycle_title", content.title}, {"change_idea_id", idea_text}};
  std::optional<domain::Id> idea = ParseId(idea_text);
  if (!idea) {
    return ProjectFormError(
        app, request, visitor, *id,
        core::Error::Invalid("choose an idea", "change_idea_id", "error.pdsa.unknown_idea"),
        std::move(view));
  }
  auto done = domain::AddPdsaCycle(app.store, app.clock, principal,
                                   domain::ActorFor(principal, ClientAddress(request)), *id, *idea,
                                   content);
  if (done) return Response::Redirect("/pgsa/" + std::to_string(*done));
  return ProjectFormError(app, request, visitor, *id, done.error(), std::move(view));
}

HandlerResult CyclePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *id);
  if (!details) return core::Fail(details.error());
  boost::json::object view;
  const std::string lang = ChooseLanguage(request).lang;
  if (request.Query("sparat")) view["saved"] = app.catalogue.Get(lang, "form.saved");
  if (request.Query("fas")) {
    view["saved"] = app.catalogue.Format(lang, "pdsa.advanced",
                                         {{"phase", PhaseLabel(app, lang, details->cycle.phase)}});
  }
  return RenderCycle(app, request, visitor, *details, details->cycle.content, std::move(view), 200);
}

HandlerResult CycleSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  const bool advance = form.Get("action") == "advance";
  const std::string version_text = form.Get("version");
  std::optional<domain::Id> version = ParseId(version_text);
  core::Result<domain::PdsaContent> content = ContentFromForm(form);
  core::Result<domain::PdsaCycle> saved =
      !content   ? core::Result<domain::PdsaCycle>(core::Fail(content.error()))
      : !version ? core::Result<domain::PdsaCycle>(core::Fail(
                       core::Error::Invalid("no version", "form", "error.pdsa.bad_version")))
                 : domain::SavePdsaCycle(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id,
                                         *version, *content, advance);
  if (saved) {
    return Response::Redirect("/pgsa/" + std::to_string(*id) + (advance ? "?fas=1" : "?sparat=1"));
  }
  const core::Error& error = saved.error();
  const bool conflict = error.code == core::ErrorCode::kConflict && error.field == "version";
  if (error.code != core::ErrorCode::kInvalidInput && !conflict &&
      error.code != core::ErrorCode::kConflict) {
    return core::Fail(error);
  }
  auto details = domain::LoadPdsaCycle(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  // Show what the user wrote, with the version they had, so nothing typed is lost.
  boost::json::object view{{"version", version_text}};
  if (conflict) {
    view["conflict"] = ChangedByText(app, lang, error, details->cycle);
  } else {
    AddFormError(view, app, lang, error);
    // The summary at the top names the field its link leads to ("Vad gör vi? – Fyll i ...").
    const std::string label_key = "pdsa.field." + error.field;
    if (const std::string label = app.catalogue.Get(lang, label_key); label != label_key) {
      boost::json::object& item = view["errors"].as_array().back().as_object();
      item["text"] = label + " – " + std::string(item["text"].as_string());
    }
  }
  return RenderCycle(app, request, visitor, *details, content ? *content : details->cycle.content,
                     std::move(view), HttpStatus(error.code));
}

HandlerResult CycleNext(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto next = domain::StartNextPdsaCycle(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id);
  if (next) return Response::Redirect("/pgsa/" + std::to_string(*next));
  if (next.error().code != core::ErrorCode::kConflict) {
    return core::Fail(next.error());
  }
  auto details = domain::LoadPdsaCycle(app.store, principal, *id);
  if (!details) return core::Fail(details.error());
  boost::json::object view;
  AddFormError(view, app, ChooseLanguage(request).lang, next.error());
  return RenderCycle(app, request, visitor, *details, details->cycle.content, std::move(view), 409);
}

HandlerResult ChangeIdeaPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  auto d = domain::LoadChangeIdea(app.store, principal, *id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object view{
      {"heading", d->idea.title},
      {"source", IdeaSource(app, lang, d->idea, d->programme ? d->programme->name : "")}};
  // Mustache shows a section for an empty string: set optional texts only when present.
  if (!d->idea.description.empty()) view["description"] = d->idea.description;
  if (d->project) view["project_id"] = d->project->id;
  // A change package's idea is reached from its programme: the way back leads there.
  if (!d->idea.project_id && d->programme) {
    view["programme_id"] = d->programme->id;
    view["programme_name"] = d->programme->name;
  }
  boost::json::array cycles;
  for (const domain::IdeaCycle& row : d->cycles) {
    const domain::PdsaCycle& c = row.cycle;
    cycles.push_back(boost::json::object{
        {"id", c.id},
        {"visible", domain::LoadPdsaCycle(app.store, principal, c.id).has_value()},
        {"team", row.team_name},
        {"organisation", row.organisation_name},
        {"label", CycleName(app, lang, c)},
        {"phase", PhaseLabel(app, lang, c.phase)},
        {"prediction", c.content.prediction},
        {"learning", c.content.learning},
        {"decision", c.content.decision == domain::PdsaDecision::kNone
                         ? std::string()
                         : DecisionLabel(app, lang, c.content.decision)},
        {"next_step", c.content.next_step}});
    if (c.content.next_step.empty()) cycles.back().as_object().erase("next_step");
  }
  view["has_cycles"] = !cycles.empty();
  view["cycles"] = std::move(cycles);
  // A package idea is tested across the programme, often by teams of several organisations.
  view["show_organisation"] = d->programme.has_value();
  return RenderPage(app, request, {"change_idea", "idea.title", "", 200}, std::move(view),
                    ChooseLanguage(request), visitor);
}

HandlerResult MeasurePhaseSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::optional<domain::Id> cycle = ParseId(form.Get("cycle_id"));
  auto started = domain::StartProposedPhase(app.store, app.clock, principal,
                                            domain::ActorFor(principal, ClientAddress(request)),
                                            *id, cycle.value_or(0), form.Get("period"));
  // Refused because the proposal is gone (started already, data changed): the page shows
  // the current state, which no longer offers it.
  if (started || started.error().code == core::ErrorCode::kConflict) {
    return Response::Redirect("/matt/" + std::to_string(*id) + (started ? "?fas=1" : ""));
  }
  return core::Fail(started.error());
}

HandlerResult ChangePackageIdeaCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  auto idea = domain::AddPackageChangeIdea(app.store, app.clock, principal,
                                           domain::ActorFor(principal, ClientAddress(request)), *id,
                                           form.Get("idea_title"), form.Get("idea_description"));
  if (idea) return Response::Redirect("/forandringsideer/" + std::to_string(*idea));
  if (idea.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(idea.error());
  }
  return Response::Redirect("/program/" + std::to_string(*id) + "?fel=ide#forandringspaket");
}

}  // namespace stegvis::web
