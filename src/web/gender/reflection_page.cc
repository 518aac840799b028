// Managers' reflection notes: /reflektioner (every note the user may read, or only their own
// with ?mina=1), /enhet/{id}/reflektioner (a unit's notes), /reflektioner/ny (the form for a
// new note, ?enhet=ID preselects a unit) and /reflektioner/{id} (one note, editable with a
// version check).

#include <algorithm>

#include <boost/json/array.hpp>

#include "core/date.h"
#include "domain/audit.h"
#include "domain/programmes.h"
#include "domain/reflection_note.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

boost::json::object NoteSummary(const App& app, const std::string& lang,
                                const domain::ReflectionNoteView& v) {
  std::string units;
  for (const domain::Unit& u : v.units) units += (units.empty() ? "" : ", ") + u.name;
  boost::json::object o{
      {"id", v.note.id},
      {"title", v.note.title},
      {"held_on", v.note.held_on},
      {"kind", app.catalogue.Get(lang, "reflection.kind." +
                                           std::string(domain::ReflectionKindName(v.note.kind)))},
      {"units", units},
      {"by", v.note.created_by}};
  if (!v.note.peer.empty()) o["peer"] = v.note.peer;
  return o;
}

Response RenderList(const App& app, Request& request, const Visitor& visitor,
                    const std::vector<domain::ReflectionNoteView>& notes,
                    boost::json::object view) {
  const LanguageChoice language = ChooseLanguage(request);
  boost::json::array list;
  for (const auto& v : notes) list.push_back(NoteSummary(app, language.lang, v));
  view["has_notes"] = !list.empty();
  view["notes"] = std::move(list);
  return RenderPage(app, request, {"reflections", "reflection.title", "reflections"},
                    std::move(view), language, visitor);
}

// The form's fields: what was typed (after an error) or the stored note.
HandlerResult RenderNoteForm(const App& app, Request& request, const Visitor& visitor,
                             const domain::ReflectionNote& shown,
                             const std::optional<domain::ReflectionNoteView>& stored,
                             const domain::ReflectionChoices& choices, boost::json::object view,
                             int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  auto has = [](const std::vector<domain::Id>& ids, domain::Id id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  boost::json::array units;
  std::vector<domain::Id> listed;
  for (const domain::Unit& u : choices.units) {
    units.push_back(boost::json::object{
        {"id", u.id}, {"name", u.name}, {"checked", has(shown.unit_ids, u.id)}});
    listed.push_back(u.id);
  }
  // Units the note already has but the writer could not add: kept, shown as they are.
  if (stored) {
    for (const domain::Unit& u : stored->units) {
      if (!has(listed, u.id)) {
        units.push_back(boost::json::object{
            {"id", u.id}, {"name", u.name}, {"checked", has(shown.unit_ids, u.id)}});
      }
    }
  }
  boost::json::array projects;
  for (const auto& p : choices.projects) {
    projects.push_back(boost::json::object{{"id", p.id},
                                           {"name", p.title + " (" + p.team + ")"},
                                           {"checked", has(shown.project_ids, p.id)}});
  }
  boost::json::array kinds;
  for (domain::ReflectionKind k :
       {domain::ReflectionKind::kMeeting, domain::ReflectionKind::kShadowing}) {
    std::string name(domain::ReflectionKindName(k));
    kinds.push_back(
        boost::json::object{{"value", name},
                            {"id", "kind-" + name},
                            {"label", app.catalogue.Get(lang, "reflection.kind." + name)},
                            {"checked", shown.kind == k}});
  }
  view["form"] = boost::json::object{{"held_on", shown.held_on},
                                     {"title", shown.title},
                                     {"text", shown.text},
                                     {"peer", shown.peer},
                                     {"units", std::move(units)},
                                     {"projects", std::move(projects)},
                                     {"has_projects", !choices.projects.empty()},
                                     {"kinds", std::move(kinds)}};
  if (stored) {
    const domain::ReflectionNote& n = stored->note;
    view["id"] = n.id;
    view["heading"] = n.title;
    view["may_change"] = stored->may_change;
    boost::json::array linked_units, linked_projects;
    for (const domain::Unit& u : stored->units) {
      linked_units.push_back(boost::json::object{{"id", u.id}, {"name", u.name}});
    }
    for (const auto& [pid, title] : stored->projects) {
      linked_projects.push_back(boost::json::object{{"id", pid}, {"title", title}});
    }
    // Mustache treats an empty string as true: set only what has a value.
    boost::json::object shown_note{
        {"held_on", n.held_on},
        {"kind", app.catalogue.Get(
                     lang, "reflection.kind." + std::string(domain::ReflectionKindName(n.kind)))},
        {"text", n.text},
        {"units", std::move(linked_units)},
        {"projects", std::move(linked_projects)},
        {"has_projects", !stored->projects.empty()},
        {"written",
         app.catalogue.Format(lang, "reflection.written_by",
                              {{"who", n.created_by}, {"when", WhenText(n.created_at)}})}};
    if (!n.peer.empty()) shown_note["peer"] = n.peer;
    if (n.version > 1) {
      shown_note["changed"] = app.catalogue.Format(
          lang, "reflection.changed_by", {{"who", n.updated_by}, {"when", WhenText(n.updated_at)}});
    }
    view["note"] = std::move(shown_note);
    if (!view.contains("version")) view["version"] = n.version;
    view["action"] = "/reflektioner/" + std::to_string(n.id);
  } else {
    view["heading"] = app.catalogue.Get(lang, "reflection.new_heading");
    view["may_change"] = true;
    view["is_new"] = true;
    view["action"] = "/reflektioner";
  }
  return RenderPage(app, request,
                    {"reflection_note", "reflection.note_title", "reflections", status},
                    std::move(view), language, visitor);
}

std::vector<domain::Id> Ids(const std::vector<std::string>& texts) {
  std::vector<domain::Id> out;
  for (const std::string& t : texts) {
    if (auto id = ParseId(t)) out.push_back(*id);
  }
  return out;
}

domain::ReflectionNote FromForm(const Form& form) {
  domain::ReflectionNote n;
  n.kind = domain::ParseReflectionKind(form.Get("kind")).value_or(domain::ReflectionKind::kMeeting);
  n.held_on = form.Get("held_on");
  n.title = form.Get("title");
  n.text = form.Get("text");
  n.peer = n.kind == domain::ReflectionKind::kShadowing ? form.Get("peer") : std::string();
  n.unit_ids = Ids(form.GetAll("unit_ids"));
  n.project_ids = Ids(form.GetAll("project_ids"));
  return n;
}

}  // namespace

HandlerResult ReflectionsPage(const App& app, Request& request, const Visitor& visitor) {
  const bool mine = request.Query("mina").has_value();
  auto notes = domain::ListReflectionNotes(app.store, *visitor.principal(), mine);
  if (!notes) return core::Fail(notes.error());
  const std::string lang = ChooseLanguage(request).lang;
  return RenderList(app, request, visitor, *notes,
                    {{"heading", app.catalogue.Get(lang, mine ? "reflection.mine_heading"
                                                              : "reflection.all_heading")},
                     {"mine", mine},
                     {"new_href", "/reflektioner/ny"}});
}

HandlerResult UnitReflectionsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadUnitReflections(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  const std::string lang = ChooseLanguage(request).lang;
  boost::json::object view{
      {"heading", app.catalogue.Format(lang, "reflection.unit_heading", {{"unit", u->unit.name}})},
      {"unit", u->unit.name},
      {"unit_id", u->unit.id}};
  if (u->may_write) view["new_href"] = "/reflektioner/ny?enhet=" + std::to_string(u->unit.id);
  return RenderList(app, request, visitor, u->notes, std::move(view));
}

HandlerResult ReflectionNewPage(const App& app, Request& request, const Visitor& visitor) {
  domain::ReflectionNote blank;
  blank.held_on = core::Date::FromUnixSeconds(app.clock.NowUnixSeconds()).ToString();
  if (auto unit = ParseId(request.Query("enhet").value_or(""))) blank.unit_ids.push_back(*unit);
  auto choices = domain::LoadReflectionChoices(app.store, *visitor.principal());
  if (!choices) return core::Fail(choices.error());
  return RenderNoteForm(app, request, visitor, blank, std::nullopt, *choices, {}, 200);
}

HandlerResult ReflectionCreate(const App& app, Request& request, const Visitor& visitor) {
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::ReflectionNote n = FromForm(form);
  auto id = domain::CreateReflectionNote(app.store, app.clock, principal,
                                         domain::ActorFor(principal, ClientAddress(request)), n);
  if (id) return Response::Redirect("/reflektioner/" + std::to_string(*id) + "?sparat=1");
  if (id.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(id.error());
  }
  auto choices = domain::LoadReflectionChoices(app.store, principal);
  if (!choices) return core::Fail(choices.error());
  boost::json::object view;
  AddFormError(view, app, ChooseLanguage(request).lang, id.error());
  return RenderNoteForm(app, request, visitor, n, std::nullopt, *choices, std::move(view), 422);
}

HandlerResult ReflectionPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadReflectionNotePage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  return RenderNoteForm(app, request, visitor, page->note.note, page->note, page->choices,
                        {{"saved", request.Query("sparat").has_value()}}, 200);
}

HandlerResult ReflectionSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::ReflectionNote n = FromForm(form);
  n.id = *id;
  n.version = std::strtoll(form.Get("version").c_str(), nullptr, 10);
  auto done = domain::ChangeReflectionNote(app.store, app.clock, principal,
                                           domain::ActorFor(principal, ClientAddress(request)), n);
  if (done) return Response::Redirect("/reflektioner/" + std::to_string(*id) + "?sparat=1");
  const core::Error& e = done.error();
  if (e.code != core::ErrorCode::kInvalidInput && e.code != core::ErrorCode::kConflict) {
    return core::Fail(e);
  }
  auto page = domain::LoadReflectionNotePage(app.store, principal, *id);
  if (!page) return core::Fail(page.error());
  const domain::ReflectionNoteView& stored = page->note;
  const std::string lang = ChooseLanguage(request).lang;
  // What the writer typed stays in the form with the version they had: nothing is lost.
  boost::json::object view{{"version", n.version}};
  if (e.code == core::ErrorCode::kConflict) {
    view["conflict"] = ChangedByWords(app, lang, stored.note.updated_by, stored.note.updated_at);
  } else {
    AddFormError(view, app, lang, e);
  }
  return RenderNoteForm(app, request, visitor, n, stored, page->choices, std::move(view),
                        HttpStatus(e.code));
}

}  // namespace stegvis::web
