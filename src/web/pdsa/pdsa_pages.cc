// The PDSA pages: a project's cycles and change ideas (with the forms to add them), one
// cycle's phases as a form, and "start the next cycle". A change idea's own page is
// change_idea_page.cc.

#include <algorithm>

#include "domain/audit.h"
#include "domain/comments.h"
#include "domain/measure_phases.h"
#include "domain/pdsa_cycles.h"
#include "web/http/access_guard.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_page_views.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string Dates(const domain::PdsaContent& c) {
  if (c.start_date.empty()) return {};
  if (c.end_date.empty() || c.end_date == c.start_date) return c.start_date;
  return c.start_date + " – " + c.end_date;
}

// The page of a project's cycles; `chosen_idea` is the idea the new cycle's form had chosen
// (as sent back with an error).
ProjectCyclesView ProjectCyclesViewOf(const App& app, const std::string& lang,
                                      const domain::ProjectCycles& data,
                                      const std::string& chosen_idea = {}) {
  ProjectCyclesView view;
  view.project_id = data.project.id;
  view.team_id = data.team.id;
  view.team_name = data.team.name;
  view.heading = app.catalogue.Format(lang, "pdsa.list_heading", {{"project", data.project.title}});
  view.may_change = data.may_change;
  std::map<domain::Id, std::string> idea_titles;
  for (const domain::ChangeIdea& idea : data.ideas) {
    idea_titles[idea.id] = idea.title;
    view.ideas.push_back({idea.id, idea.title,
                          IdeaSource(app, lang, idea, data.programme ? data.programme->name : ""),
                          std::to_string(idea.id) == chosen_idea, idea.retired});
    if (!idea.retired) view.choices.push_back(view.ideas.back());
  }
  view.has_ideas = !view.choices.empty();
  for (const domain::TeamOffer& o : data.offers) {
    view.offers.push_back(
        {o.offer.id, o.idea.id, o.idea.title,
         app.catalogue.Format(lang, "spread.offer_from",
                              {{"team", o.from_team}, {"organisation", o.from_organisation}})});
  }
  view.has_offers = !view.offers.empty();
  for (const domain::PdsaCycle& c : data.cycles) {
    view.cycles.push_back({c.id, CycleName(app, lang, c), idea_titles[c.change_idea_id],
                           PhaseLabel(app, lang, c.phase), Dates(c.content),
                           c.content.decision == domain::PdsaDecision::kNone
                               ? std::string()
                               : DecisionLabel(app, lang, c.content.decision),
                           OverdueLabel(app, lang, c)});
  }
  view.has_cycles = !view.cycles.empty();
  return view;
}

Response RenderProjectCycles(const App& app, const Request& request, const Visitor& visitor,
                             const ProjectCyclesView& view, int status) {
  return RenderPage(app, request, {"pdsa_list", "pdsa.list_title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The phase the cycle's page shows as a form: `requested` (its "andra" link) when the cycle
// has reached it, else the current phase; none for those who may not change the cycle, nor
// for a finished cycle (its phases are text, each with its own form a click away).
std::optional<domain::PdsaPhase> EditingPhase(const domain::CycleDetails& d,
                                              std::optional<domain::PdsaPhase> requested) {
  const domain::PdsaPhase current = d.cycle.phase;
  if (!d.may_change) return std::nullopt;
  if (requested && *requested != domain::PdsaPhase::kDone &&
      static_cast<int>(*requested) <= static_cast<int>(current)) {
    return requested;
  }
  if (current == domain::PdsaPhase::kDone) return std::nullopt;
  return current;
}

// Where the browser lands after a save: the phase the cycle moved to, else the phase after
// the one saved when the cycle has reached it (the next to read or fill in), else that one.
std::string LandingAnchor(const domain::PdsaCycle& saved, domain::PdsaPhase edited, bool advance) {
  domain::PdsaPhase target = advance ? saved.phase : domain::NextPdsaPhase(edited);
  if (static_cast<int>(target) > static_cast<int>(saved.phase)) target = edited;
  if (target == domain::PdsaPhase::kDone) target = domain::PdsaPhase::kAct;
  return "#phase-" + std::string(domain::PdsaPhaseName(target));
}

// The cycle's page: the phase `editing` (if any) is a form showing `content` (the stored
// cycle, or what was sent back) and `errors` next to their fields; the others are text.
CycleView CycleViewOf(const App& app, const std::string& lang, const domain::CycleDetails& d,
                      const domain::PdsaContent& content, std::optional<domain::PdsaPhase> editing,
                      const std::vector<FormErrorView>& errors = {}) {
  const domain::PdsaCycle& c = d.cycle;
  CycleView view;
  view.id = c.id;
  view.project_id = d.project.id;
  view.team_id = d.team.id;
  view.team_name = d.team.name;
  view.number_label = app.catalogue.Format(lang, "pdsa.number", {{"n", std::to_string(c.number)}});
  view.heading = CycleName(app, lang, c);
  view.idea_id = d.idea.id;
  view.idea_title = d.idea.title;
  view.may_change = d.may_change;
  view.form_action = "/pgsa/" + std::to_string(c.id);
  view.version = std::to_string(c.version);
  const std::int64_t dates[] = {c.created_at, c.do_at, c.study_at, c.act_at, c.done_at};
  int i = 0;
  for (domain::PdsaPhase p :
       {domain::PdsaPhase::kPlan, domain::PdsaPhase::kDo, domain::PdsaPhase::kStudy,
        domain::PdsaPhase::kAct, domain::PdsaPhase::kDone}) {
    PhaseStepView step{PhaseLabel(app, lang, p), p == c.phase,
                       static_cast<int>(p) < static_cast<int>(c.phase), std::nullopt};
    // Only the phases reached have a date.
    if (std::string date = IsoDate(dates[i++]); !date.empty()) {
      step.date = app.catalogue.Format(lang, "pdsa.phase_since", {{"date", date}});
    }
    view.steps.push_back(std::move(step));
  }
  view.sections = CycleSections(app, lang, d, content, errors, editing);
  if (editing == c.phase) {
    view.advance_label =
        app.catalogue.Get(lang, "pdsa.advance." + std::string(domain::PdsaPhaseName(c.phase)));
  } else if (editing) {
    const std::string name(domain::PdsaPhaseName(*editing));
    view.cancel_href = view.form_action + "#phase-" + name;
  }
  if (d.previous) {
    view.previous = true;
    view.previous_id = d.previous->id;
    view.previous_link = app.catalogue.Format(lang, "pdsa.previous_link",
                                              {{"name", CycleName(app, lang, *d.previous)}});
    view.previous_learning = d.previous->content.learning;
    if (!d.previous->content.next_step.empty()) {
      view.previous_next_step = d.previous->content.next_step;
    }
  }
  if (d.next_id) {
    view.next_id = *d.next_id;
    view.next_link = app.catalogue.Format(
        lang, "pdsa.next_link",
        {{"name",
          app.catalogue.Format(lang, "pdsa.number", {{"n", std::to_string(c.number + 1)}})}});
  }
  view.may_continue = d.may_change && !d.next_id && domain::CheckMayContinue(c).has_value();
  return view;
}

Response RenderCycle(const App& app, const Request& request, const Visitor& visitor,
                     const CycleView& view, int status) {
  return RenderPage(app, request, {"pdsa_cycle", "pdsa.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// Re-renders the project's cycle page with `error` next to its field (fields renamed for
// the idea form, whose inputs are prefixed), the forms showing what was sent.
HandlerResult ProjectFormError(const App& app, Request& request, const Visitor& visitor,
                               domain::Id project_id, const core::Error& error,
                               ProjectCyclesView sent, const std::string& chosen_idea = {}) {
  if (error.code != core::ErrorCode::kInvalidInput) {
    return core::Fail(error);
  }
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), project_id);
  if (!data) return core::Fail(data.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProjectCyclesView view = ProjectCyclesViewOf(app, lang, *data, chosen_idea);
  view.cycle_title = std::move(sent.cycle_title);
  view.idea_title = std::move(sent.idea_title);
  view.idea_description = std::move(sent.idea_description);
  const FormErrorView item = FormErrorOf(app, lang, error);
  for (auto [name, member] : {std::pair{"change_idea_id", &ProjectCyclesView::error_change_idea_id},
                              {"title", &ProjectCyclesView::error_title},
                              {"idea_title", &ProjectCyclesView::error_idea_title},
                              {"idea_description", &ProjectCyclesView::error_idea_description}}) {
    if (item.field == name) view.*member = item.text;
  }
  view.errors.push_back(item);
  view.has_errors = true;
  return RenderProjectCycles(app, request, visitor, view, 422);
}

}  // namespace

HandlerResult ProjectCyclesPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto data = domain::LoadProjectCycles(app.store, *visitor.principal(), *id);
  if (!data) return core::Fail(data.error());
  // "Start a cycle on this idea" (project and idea pages) arrives with the idea chosen.
  const std::string chosen_idea = request.Query("ide").value_or("");
  return RenderProjectCycles(
      app, request, visitor,
      ProjectCyclesViewOf(app, ChooseLanguage(request).lang, *data, chosen_idea), 200);
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
  ProjectCyclesView sent;
  sent.idea_title = title;
  sent.idea_description = description;
  return ProjectFormError(app, request, visitor, *id, error, std::move(sent));
}

HandlerResult CycleCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::PdsaContent content;
  content.title = form.Get("title");
  const std::string idea_text = form.Get("change_idea_id");
  ProjectCyclesView sent;
  sent.cycle_title = content.title;
  std::optional<domain::Id> idea = ParseId(idea_text);
  if (!idea) {
    return ProjectFormError(
        app, request, visitor, *id,
        core::Error::Invalid("choose an idea", "change_idea_id", "error.pdsa.unknown_idea"),
        std::move(sent), idea_text);
  }
  auto done = domain::AddPdsaCycle(app.store, app.clock, principal,
                                   domain::ActorFor(principal, ClientAddress(request)), *id, *idea,
                                   content);
  if (done) return Response::Redirect("/pgsa/" + std::to_string(*done));
  return ProjectFormError(app, request, visitor, *id, done.error(), std::move(sent), idea_text);
}

namespace {

// The cycle's page with its comments; `refused`, a comment that was not added, beside the
// comment field with its text.
HandlerResult ShowCycle(const App& app, Request& request, const Visitor& visitor, domain::Id id,
                        const core::Error* refused = nullptr, const std::string& typed = {}) {
  const domain::Principal& principal = *visitor.principal();
  auto details = domain::LoadPdsaCycle(app.store, principal, id);
  if (!details) return core::Fail(details.error());
  const std::string lang = ChooseLanguage(request).lang;
  const std::optional<domain::PdsaPhase> requested =
      domain::ParsePdsaPhase(request.Query("andra").value_or(""));
  CycleView view =
      CycleViewOf(app, lang, *details, details->cycle.content, EditingPhase(*details, requested));
  view.comments = CommentsViewOf(details->comments, "/pgsa/" + std::to_string(id) + "/kommentarer");
  if (refused) {
    view.comments.error = ErrorText(app.catalogue, lang, *refused);
    view.comments.text = typed;
    return RenderCycle(app, request, visitor, view, 422);
  }
  if (request.Query("sparat")) view.saved = app.catalogue.Get(lang, "form.saved");
  if (request.Query("fas")) {
    view.saved = app.catalogue.Format(lang, "pdsa.advanced",
                                      {{"phase", PhaseLabel(app, lang, details->cycle.phase)}});
  }
  return RenderCycle(app, request, visitor, view, 200);
}

}  // namespace

HandlerResult CyclePage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  return ShowCycle(app, request, visitor, *id);
}

HandlerResult CycleCommentSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  const std::string text = form.Get("text");
  auto added = domain::AddComment(app.store, app.clock, principal,
                                  domain::ActorFor(principal, ClientAddress(request)),
                                  {domain::CommentSubject::kPdsaCycle, *id, ""}, text);
  if (added) return Response::Redirect("/pgsa/" + std::to_string(*id) + "#kommentarer");
  if (added.error().code != core::ErrorCode::kInvalidInput) return core::Fail(added.error());
  return ShowCycle(app, request, visitor, *id, &added.error(), text);
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
  auto phase = FormPhase(form);
  core::Result<domain::PdsaContent> content =
      phase ? ContentFromForm(form) : core::Result<domain::PdsaContent>(core::Fail(phase.error()));
  if (content && *phase) {
    // A form of one phase: the other phases keep what is stored. The version check refuses
    // the save if the stored cycle is not the one the form was based on.
    auto stored = domain::LoadPdsaCycle(app.store, principal, *id);
    if (!stored) return core::Fail(stored.error());
    content = MergePhase(stored->cycle.content, *content, **phase);
  }
  core::Result<domain::PdsaCycle> saved =
      !content   ? core::Result<domain::PdsaCycle>(core::Fail(content.error()))
      : !version ? core::Result<domain::PdsaCycle>(core::Fail(
                       core::Error::Invalid("no version", "form", "error.pdsa.bad_version")))
                 : domain::SavePdsaCycle(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), *id,
                                         *version, *content, advance);
  if (saved) {
    const domain::PdsaPhase edited = phase && *phase ? **phase : saved->phase;
    return Response::Redirect("/pgsa/" + std::to_string(*id) + (advance ? "?fas=1" : "?sparat=1") +
                              LandingAnchor(*saved, edited, advance));
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
  const domain::PdsaContent& shown = content ? *content : details->cycle.content;
  const std::optional<domain::PdsaPhase> editing =
      EditingPhase(*details, phase && *phase ? *phase : std::optional(details->cycle.phase));
  if (conflict) {
    CycleView view = CycleViewOf(app, lang, *details, shown, editing);
    view.version = version_text;
    view.conflict = ChangedByText(app, lang, error, details->cycle);
    return RenderCycle(app, request, visitor, view, HttpStatus(error.code));
  }
  std::vector<FormErrorView> items;
  for (const core::Error& e : AllCycleErrors(error, shown, details->cycle.phase, advance)) {
    items.push_back(FormErrorOf(app, lang, e));
  }
  CycleView view = CycleViewOf(app, lang, *details, shown, editing, items);
  view.version = version_text;
  for (FormErrorView summary : items) {
    // The summary at the top names the field its link leads to ("Vad gör vi? – Fyll i ...").
    const std::string label_key = "pdsa.field." + summary.field;
    if (const std::string label = app.catalogue.Get(lang, label_key); label != label_key) {
      summary.text = label + " – " + summary.text;
    }
    view.errors.push_back(std::move(summary));
  }
  view.has_errors = true;
  return RenderCycle(app, request, visitor, view, HttpStatus(error.code));
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
  const std::string lang = ChooseLanguage(request).lang;
  const FormErrorView item = FormErrorOf(app, lang, next.error());
  CycleView view = CycleViewOf(app, lang, *details, details->cycle.content,
                               EditingPhase(*details, std::nullopt), {item});
  view.errors.push_back(item);
  view.has_errors = true;
  return RenderCycle(app, request, visitor, view, 409);
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
