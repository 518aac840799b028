// A change idea's page: where it comes from, every cycle that tested it across the
// programme's teams, and for those who may change it the forms that edit its texts and retire
// or reinstate it (domain/change_idea_edits.h).

#include <limits>

#include "domain/change_idea_edits.h"
#include "domain/pdsa_cycles.h"
#include "web/http/access_guard.h"
#include "web/pdsa/handlers.h"
#include "web/pdsa/pdsa_page_views.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

constexpr std::int64_t kMaxFormVersion = std::numeric_limits<std::int64_t>::max();

// The page's view of `d` in `lang`; `taken`: the idea was just taken into the change package.
ChangeIdeaView ChangeIdeaViewOf(const App& app, const std::string& lang,
                                const domain::ChangeIdeaDetails& d, bool taken) {
  ChangeIdeaView view;
  view.idea_id = d.idea.id;
  view.heading = d.idea.title;
  view.source = IdeaSource(app, lang, d.idea, d.programme ? d.programme->name : "");
  // Just taken into the change package from a team's offer (OfferAcceptSubmit).
  if (taken && !d.idea.project_id) {
    view.notice = app.catalogue.Get(lang, "spread.accepted");
  }
  // A section opens for any text, an empty one too: set the description only when present.
  if (!d.idea.description.empty()) view.description = d.idea.description;
  if (d.project) view.project_id = d.project->id;
  if (d.project && d.may_start_cycle) view.start_cycle_project_id = d.project->id;
  for (const domain::Project& project : d.start_projects) {
    view.start_in.push_back({project.id, app.catalogue.Format(lang, "idea.start_cycle_in",
                                                              {{"project", project.title}})});
  }
  view.has_start_in = !view.start_in.empty();

  // A change package's idea is reached from its programme: the way back leads there.
  if (!d.idea.project_id && d.programme) {
    view.programme_id = d.programme->id;
    view.programme_name = d.programme->name;
  }
  for (const domain::IdeaCycle& row : d.cycles) view.cycles.push_back(IdeaCycleRow(app, lang, row));
  view.has_cycles = !view.cycles.empty();
  // A package idea is tested across the programme, often by teams of several organisations.
  view.show_organisation = d.programme.has_value();
  view.retired = d.idea.retired;
  view.may_edit = d.may_edit;
  view.edit_title = d.idea.title;
  view.edit_description = d.idea.description;
  view.version = d.idea.version;
  view.retire_value = d.idea.retired ? "0" : "1";
  view.retire_label = app.catalogue.Get(lang, d.idea.retired ? "idea.reinstate" : "idea.retire");
  view.retire_hint =
      app.catalogue.Get(lang, d.idea.retired ? "idea.reinstate_hint" : "idea.retire_hint");
  return view;
}

HandlerResult RenderIdea(const App& app, const Request& request, const Visitor& visitor,
                         const ChangeIdeaView& view, int status) {
  return RenderPage(app, request, {"change_idea", "idea.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

// The page again with the edit form as sent and the refusal beside its field.
HandlerResult IdeaWithError(const App& app, const Request& request, const Visitor& visitor,
                            domain::Id id, const std::string& title, const std::string& description,
                            const core::Error& error) {
  auto d = domain::LoadChangeIdea(app.store, *visitor.principal(), id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  ChangeIdeaView view = ChangeIdeaViewOf(app, lang, *d, false);
  view.edit_title = title;
  view.edit_description = description;
  SetFormError(view, app, lang, error);
  return RenderIdea(app, request, visitor, view, HttpStatus(error.code));
}

}  // namespace

HandlerResult ChangeIdeaPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadChangeIdea(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  ChangeIdeaView view = ChangeIdeaViewOf(app, lang, *d, request.Query("intagen").has_value());
  if (request.Query("sparat")) view.notice = app.catalogue.Get(lang, "idea.saved");
  if (request.Query("avvecklad")) {
    view.notice =
        app.catalogue.Get(lang, d->idea.retired ? "idea.retired_done" : "idea.reinstated_done");
  }
  return RenderIdea(app, request, visitor, view, 200);
}

HandlerResult ChangeIdeaEditSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  const std::string title = form.Get("title");
  const std::string description = form.Get("description");
  auto version = ParseWholeNumber(form.Get("version"), 0, kMaxFormVersion, "version");
  if (!version)
    return IdeaWithError(app, request, visitor, *id, title, description, version.error());
  const domain::Principal& principal = *visitor.principal();
  auto saved = domain::EditChangeIdea(app.store, app.clock, principal, ActorOf(visitor, request),
                                      *id, {*version, title, description, std::nullopt});
  if (!saved) {
    // Not found or not allowed is the error page; a refused text or a stale version is the
    // form again.
    if (saved.error().code != core::ErrorCode::kInvalidInput &&
        saved.error().key != "error.changed_by") {
      return core::Fail(saved.error());
    }
    return IdeaWithError(app, request, visitor, *id, title, description, saved.error());
  }
  return Response::Redirect("/forandringsideer/" + std::to_string(*id) + "?sparat=1");
}

HandlerResult ChangeIdeaRetireSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  const std::string retired = form.Get("retired");
  if (retired != "1" && retired != "0") {
    return core::Fail(
        core::Error::Invalid("retired must be 1 or 0", "retired", "error.unknown_choice"));
  }
  auto version = ParseWholeNumber(form.Get("version"), 0, kMaxFormVersion, "version");
  if (!version) return core::Fail(version.error());
  auto saved =
      domain::EditChangeIdea(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                             *id, {*version, std::nullopt, std::nullopt, retired == "1"});
  if (!saved) {
    if (saved.error().key != "error.changed_by") return core::Fail(saved.error());
    auto d = domain::LoadChangeIdea(app.store, *visitor.principal(), *id);
    if (!d) return core::Fail(d.error());
    return IdeaWithError(app, request, visitor, *id, d->idea.title, d->idea.description,
                         saved.error());
  }
  return Response::Redirect("/forandringsideer/" + std::to_string(*id) + "?avvecklad=1");
}

}  // namespace stegvis::web
