// The theory-of-change and driver-diagram pages of a project: the diagram as SVG with the
// same content as a nested list, and for those who may change the team's work the editor
// (diagram_editor.cc) whose plain forms all post to the page's own address with an `op`
// (add_item, change_item, remove_item, add_link, remove_link, add_ref, remove_ref). The SVG
// is also a download. The JSON twins are in diagram_api.cc.

#include "domain/audit.h"
#include "domain/diagrams.h"
#include "domain/driver_diagram.h"
#include "web/diagrams/diagram_views.h"
#include "web/diagrams/handlers.h"
#include "web/http/access_guard.h"
#include "web/http/local_path.h"
#include "web/improvement/measure_view.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/image_download.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

constexpr auto kToc = domain::DiagramKind::kTheoryOfChange;
constexpr auto kDriver = domain::DiagramKind::kDriver;

std::string PagePath(domain::Id project_id, domain::DiagramKind kind) {
  return "/projekt/" + std::to_string(project_id) +
         (kind == kToc ? "/forbattringsteori" : "/drivkraftsdiagram");
}

// The driver page's table of every idea the project may test, with its tests.
std::vector<DriverIdeaView> IdeaRows(const App& app, const std::string& lang,
                                     const domain::ProjectDiagram& d) {
  std::vector<DriverIdeaView> rows;
  for (const domain::ChangeIdea& idea : d.ideas) {
    bool in_diagram = false;
    for (const domain::DiagramRef& r : d.diagram.refs) in_diagram |= r.target_id == idea.id;
    const domain::IdeaTests t = domain::SummariseIdeaTests(idea.id, d.cycles);
    rows.push_back({idea.id, idea.title,
                    app.catalogue.Get(lang, in_diagram ? "driver.yes" : "driver.no"), t.cycles,
                    t.tested() ? DecisionLabel(app, lang, t.latest_decision)
                               : app.catalogue.Get(lang, "driver.untested")});
  }
  return rows;
}

// The page of `d`; the editor (for those who may change it) shows `error` (if any) next to
// its field with `typed`, what the user wrote there.
DiagramPageView DiagramViewOf(const App& app, const std::string& lang,
                              const domain::ProjectDiagram& d, const FormError* error = nullptr,
                              const std::string& typed = {}) {
  const domain::DiagramKind kind = d.diagram.kind;
  const std::string prefix = kind == kToc ? "toc" : "driver";
  DiagramPageView view;
  view.project_id = d.project.id;
  view.project = d.project.title;
  view.team_id = d.team.id;
  view.team = d.team.name;
  view.is_toc = kind == kToc;
  view.is_driver = kind == kDriver;
  view.page_path = PagePath(d.project.id, kind);
  view.crumb = app.catalogue.Get(lang, prefix + ".title");
  view.heading = app.catalogue.Format(lang, prefix + ".heading", {{"project", d.project.title}});
  view.intro = app.catalogue.Get(lang, prefix + ".intro");
  view.list_intro = app.catalogue.Get(lang, prefix + ".list_intro");
  view.list_empty = app.catalogue.Get(lang, prefix + ".list_empty");
  view.edit_heading = app.catalogue.Get(lang, prefix + ".edit_heading");
  view.edit_intro = app.catalogue.Get(lang, prefix + ".edit_intro");
  view.history_type = domain::DiagramAuditType(kind);
  view.history_label = app.catalogue.Get(lang, prefix + ".history");
  view.svg = RawHtml{DiagramSvg(app, lang, d)};
  if (std::string list = DiagramList(app, lang, d); !list.empty()) view.list = RawHtml{list};
  view.may_change = d.may_change;
  if (kind == kDriver) {
    if (std::string aim = AimWords(app, lang, d.project); !aim.empty()) view.aim = aim;
    view.ideas = IdeaRows(app, lang, d);
    view.has_ideas = !d.ideas.empty();
  }
  if (d.may_change) view.levels = DiagramEditor(app, lang, d, error, typed);
  return view;
}

Response RenderDiagramPage(const App& app, const Request& request, const Visitor& visitor,
                           const DiagramPageView& view, int status) {
  const std::string title_key = view.is_toc ? "toc.title" : "driver.title";
  return RenderPage(app, request, {"diagram", title_key, "", status}, view, ChooseLanguage(request),
                    visitor);
}

HandlerResult ShowDiagram(const App& app, Request& request, const Visitor& visitor,
                          domain::DiagramKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProjectDiagram(app.store, *visitor.principal(), *id, kind);
  if (!d) return core::Fail(d.error());
  DiagramPageView view = DiagramViewOf(app, ChooseLanguage(request).lang, *d);
  view.saved = request.Query("sparat").has_value();
  return RenderDiagramPage(app, request, visitor, view, 200);
}

HandlerResult SubmitDiagram(const App& app, Request& request, const Visitor& visitor,
                            domain::DiagramKind kind) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  const std::string lang = ChooseLanguage(request).lang;
  Form form(request);
  auto edit = DiagramEditFromForm(form);
  core::Result<domain::Id> done =
      edit ? domain::EditDiagram(app.store, app.clock, principal,
                                 domain::ActorFor(principal, ClientAddress(request)), *id, kind,
                                 *edit)
           : core::Result<domain::Id>(core::Fail(edit.error()));
  // The anchor the page scrolls back to; it ends up in Location, so only a plain word.
  const std::string anchor = IsAnchor(form.Get("back")) ? form.Get("back") : std::string();
  if (done) {
    return Response::Redirect(PagePath(*id, kind) + "?sparat=1" +
                              (anchor.empty() ? "" : "#" + anchor));
  }
  const core::Error& e = done.error();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  auto d = domain::LoadProjectDiagram(app.store, principal, *id, kind);
  if (!d) return core::Fail(d.error());
  FormError error{form.Get("form"), e.key.empty() ? e.message : app.catalogue.Get(lang, e.key)};
  if (e.key == "error.changed_by" && edit) {
    if (const domain::DiagramItem* item = domain::FindItem(d->diagram, edit->item_id)) {
      error.text = ChangedByWords(app, lang, item->updated_by, item->updated_at);
    }
  }
  // An item's form ("text-12") whose item is gone (removed meanwhile) is not on the page any
  // more: the summary then points at the editor's heading.
  if (auto dash = error.field.rfind('-');
      dash != std::string::npos && !error.field.starts_with("new-")) {
    std::optional<domain::Id> item = ParseId(error.field.substr(dash + 1));
    if (!item || !domain::FindItem(d->diagram, *item)) error.field.clear();
  }
  if (error.field.empty()) error.field = "edit-heading";
  DiagramPageView view = DiagramViewOf(app, lang, *d, &error, form.Get("text"));
  view.errors.push_back({error.field, error.text});
  view.has_errors = true;
  return RenderDiagramPage(app, request, visitor, view, HttpStatus(e.code));
}

HandlerResult DiagramDownload(const App& app, Request& request, const Visitor& visitor,
                              domain::DiagramKind kind, ImageFormat format) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadProjectDiagram(app.store, *visitor.principal(), *id, kind);
  if (!d) return core::Fail(d.error());
  auto download = ImageDownload(
      DiagramSvg(app, ChooseLanguage(request).lang, *d), format,
      (kind == kToc ? "forbattringsteori-" : "drivkraftsdiagram-") + std::to_string(*id),
      app.image_gate);
  if (!download) return core::Fail(download.error());
  return std::move(*download);
}

}  // namespace

HandlerResult TheoryPage(const App& app, Request& request, const Visitor& visitor) {
  return ShowDiagram(app, request, visitor, kToc);
}
HandlerResult TheorySubmit(const App& app, Request& request, const Visitor& visitor) {
  return SubmitDiagram(app, request, visitor, kToc);
}
HandlerResult TheorySvg(const App& app, Request& request, const Visitor& visitor) {
  return DiagramDownload(app, request, visitor, kToc, ImageFormat::kSvg);
}
HandlerResult TheoryPng(const App& app, Request& request, const Visitor& visitor) {
  return DiagramDownload(app, request, visitor, kToc, ImageFormat::kPng);
}
HandlerResult DriverPage(const App& app, Request& request, const Visitor& visitor) {
  return ShowDiagram(app, request, visitor, kDriver);
}
HandlerResult DriverSubmit(const App& app, Request& request, const Visitor& visitor) {
  return SubmitDiagram(app, request, visitor, kDriver);
}
HandlerResult DriverSvg(const App& app, Request& request, const Visitor& visitor) {
  return DiagramDownload(app, request, visitor, kDriver, ImageFormat::kSvg);
}
HandlerResult DriverPng(const App& app, Request& request, const Visitor& visitor) {
  return DiagramDownload(app, request, visitor, kDriver, ImageFormat::kPng);
}

}  // namespace stegvis::web
