// Managers' reflection notes: /reflektioner (every note the user may read, or only their own
// with ?mina=1), /enhet/{id}/reflektioner (a unit's notes), /reflektioner/ny (the form for a
// new note, ?enhet=ID preselects a unit) and /reflektioner/{id} (one note, editable with a
// version check).

#include <algorithm>

#include "core/date.h"
#include "domain/audit.h"
#include "domain/programmes.h"
#include "domain/reflection_note.h"
#include "web/gender/gender_views.h"
#include "web/gender/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_status.h"
#include "web/render/form_view.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

struct NoteSummaryView {
  domain::Id id = 0;
  std::string title;
  std::string held_on;
  std::string kind;                 // in words
  std::optional<std::string> peer;  // shadowing: whom
  std::string units;                // "Hemtjänst Norr, Hemtjänst Syd"
  std::string by;
};
constexpr auto Describe(std::type_identity<NoteSummaryView>) {
  using N = NoteSummaryView;
  return std::tuple{core::Field("id", &N::id),
                    core::Field("title", &N::title),
                    core::Field("held_on", &N::held_on),
                    core::Field("kind", &N::kind),
                    core::Field("peer", &N::peer),
                    core::Field("units", &N::units),
                    core::Field("by", &N::by)};
}

// reflections.mustache: the notes of everyone, of the user or of a unit.
struct ReflectionsView {
  std::string heading;
  std::optional<std::string> unit;  // a unit's list: its name and id
  std::optional<domain::Id> unit_id;
  bool mine = false;
  std::optional<std::string> new_href;  // absent: the visitor may not write one here
  bool has_notes = false;
  std::vector<NoteSummaryView> notes;
};
constexpr auto Describe(std::type_identity<ReflectionsView>) {
  using R = ReflectionsView;
  return std::tuple{core::Field("heading", &R::heading),   core::Field("unit", &R::unit),
                    core::Field("unit_id", &R::unit_id),   core::Field("mine", &R::mine),
                    core::Field("new_href", &R::new_href), core::Field("has_notes", &R::has_notes),
                    core::Field("notes", &R::notes)};
}

struct LinkedUnitView {
  domain::Id id = 0;
  std::string name;
};
constexpr auto Describe(std::type_identity<LinkedUnitView>) {
  return std::tuple{core::Field("id", &LinkedUnitView::id),
                    core::Field("name", &LinkedUnitView::name)};
}

struct LinkedProjectView {
  domain::Id id = 0;
  std::string title;
};
constexpr auto Describe(std::type_identity<LinkedProjectView>) {
  return std::tuple{core::Field("id", &LinkedProjectView::id),
                    core::Field("title", &LinkedProjectView::title)};
}

// The stored note, for reading.
struct ShownNoteView {
  std::string held_on;
  std::string kind;  // in words
  std::string text;
  std::vector<LinkedUnitView> units;
  std::vector<LinkedProjectView> projects;
  bool has_projects = false;
  std::string written;                 // by whom and when
  std::optional<std::string> peer;     // shadowing: whom
  std::optional<std::string> changed;  // by whom and when, after the first version
};
constexpr auto Describe(std::type_identity<ShownNoteView>) {
  using N = ShownNoteView;
  return std::tuple{
      core::Field("held_on", &N::held_on),   core::Field("kind", &N::kind),
      core::Field("text", &N::text),         core::Field("units", &N::units),
      core::Field("projects", &N::projects), core::Field("has_projects", &N::has_projects),
      core::Field("written", &N::written),   core::Field("peer", &N::peer),
      core::Field("changed", &N::changed)};
}

struct CheckView {
  domain::Id id = 0;
  std::string name;
  bool checked = false;
};
constexpr auto Describe(std::type_identity<CheckView>) {
  return std::tuple{core::Field("id", &CheckView::id), core::Field("name", &CheckView::name),
                    core::Field("checked", &CheckView::checked)};
}

// The form's fields: what was typed (after an error) or the stored note.
struct NoteFormView {
  std::string held_on;
  std::string title;
  std::string text;
  std::string peer;
  std::vector<CheckView> units;
  std::vector<CheckView> projects;
  bool has_projects = false;
  std::vector<RadioOptionView> kinds;
};
constexpr auto Describe(std::type_identity<NoteFormView>) {
  using F = NoteFormView;
  return std::tuple{core::Field("held_on", &F::held_on),
                    core::Field("title", &F::title),
                    core::Field("text", &F::text),
                    core::Field("peer", &F::peer),
                    core::Field("units", &F::units),
                    core::Field("projects", &F::projects),
                    core::Field("has_projects", &F::has_projects),
                    core::Field("kinds", &F::kinds)};
}

// reflection_note.mustache: a stored note and its form, or the form for a new one.
struct NotePageView {
  std::optional<domain::Id> id;  // a stored note's
  std::string heading;
  bool saved = false;
  std::optional<ShownNoteView> note;  // a stored note, for reading
  bool may_change = false;
  bool is_new = false;
  std::optional<std::string> conflict;  // a stale save: who changed it meanwhile, and when
  std::string action;
  std::optional<std::int64_t> version;  // a stored note's, as the writer had it
  NoteFormView form;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_held_on;
  std::optional<std::string> error_title;
  std::optional<std::string> error_peer;
  std::optional<std::string> error_text;
  std::optional<std::string> error_unit_ids;
  std::optional<std::string> error_project_ids;
};
constexpr auto Describe(std::type_identity<NotePageView>) {
  using P = NotePageView;
  return std::tuple{core::Field("id", &P::id),
                    core::Field("heading", &P::heading),
                    core::Field("saved", &P::saved),
                    core::Field("note", &P::note),
                    core::Field("may_change", &P::may_change),
                    core::Field("is_new", &P::is_new),
                    core::Field("conflict", &P::conflict),
                    core::Field("action", &P::action),
                    core::Field("version", &P::version),
                    core::Field("form", &P::form),
                    core::Field("has_errors", &P::has_errors),
                    core::Field("errors", &P::errors),
                    core::Field("error_held_on", &P::error_held_on),
                    core::Field("error_title", &P::error_title),
                    core::Field("error_peer", &P::error_peer),
                    core::Field("error_text", &P::error_text),
                    core::Field("error_unit_ids", &P::error_unit_ids),
                    core::Field("error_project_ids", &P::error_project_ids)};
}

std::string KindWords(const App& app, const std::string& lang, domain::ReflectionKind kind) {
  return app.catalogue.Get(lang,
                           "reflection.kind." + std::string(domain::ReflectionKindName(kind)));
}

NoteSummaryView NoteSummary(const App& app, const std::string& lang,
                            const domain::ReflectionNoteView& v) {
  std::string units;
  for (const domain::Unit& u : v.units) units += (units.empty() ? "" : ", ") + u.name;
  NoteSummaryView out{
      v.note.id,    v.note.title, v.note.held_on,   KindWords(app, lang, v.note.kind),
      std::nullopt, units,        v.note.created_by};
  if (!v.note.peer.empty()) out.peer = v.note.peer;
  return out;
}

Response RenderList(const App& app, Request& request, const Visitor& visitor,
                    const std::vector<domain::ReflectionNoteView>& notes, ReflectionsView view) {
  const LanguageChoice language = ChooseLanguage(request);
  for (const auto& v : notes) view.notes.push_back(NoteSummary(app, language.lang, v));
  view.has_notes = !view.notes.empty();
  return RenderPage(app, request, {"reflections", "reflection.title", "reflections"}, view,
                    language, visitor);
}

// The form's fields: what was typed (after an error) or the stored note.
HandlerResult RenderNoteForm(const App& app, Request& request, const Visitor& visitor,
                             const domain::ReflectionNote& shown,
                             const std::optional<domain::ReflectionNoteView>& stored,
                             const domain::ReflectionChoices& choices, NotePageView view,
                             int status) {
  const LanguageChoice language = ChooseLanguage(request);
  const std::string& lang = language.lang;
  auto has = [](const std::vector<domain::Id>& ids, domain::Id id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
  };
  NoteFormView& form = view.form;
  form.held_on = shown.held_on;
  form.title = shown.title;
  form.text = shown.text;
  form.peer = shown.peer;
  std::vector<domain::Id> listed;
  for (const domain::Unit& u : choices.units) {
    form.units.push_back({u.id, u.name, has(shown.unit_ids, u.id)});
    listed.push_back(u.id);
  }
  // Units the note already has but the writer could not add: kept, shown as they are.
  if (stored) {
    for (const domain::Unit& u : stored->units) {
      if (!has(listed, u.id)) form.units.push_back({u.id, u.name, has(shown.unit_ids, u.id)});
    }
  }
  for (const auto& p : choices.projects) {
    form.projects.push_back({p.id, p.title + " (" + p.team + ")", has(shown.project_ids, p.id)});
  }
  form.has_projects = !choices.projects.empty();
  for (domain::ReflectionKind k :
       {domain::ReflectionKind::kMeeting, domain::ReflectionKind::kShadowing}) {
    std::string name(domain::ReflectionKindName(k));
    form.kinds.push_back({name, "kind-" + name, app.catalogue.Get(lang, "reflection.kind." + name),
                          shown.kind == k});
  }
  if (stored) {
    const domain::ReflectionNote& n = stored->note;
    view.id = n.id;
    view.heading = n.title;
    view.may_change = stored->may_change;
    ShownNoteView note;
    note.held_on = n.held_on;
    note.kind = KindWords(app, lang, n.kind);
    note.text = n.text;
    for (const domain::Unit& u : stored->units) note.units.push_back({u.id, u.name});
    for (const auto& [pid, title] : stored->projects) note.projects.push_back({pid, title});
    note.has_projects = !stored->projects.empty();
    note.written = app.catalogue.Format(lang, "reflection.written_by",
                                        {{"who", n.created_by}, {"when", WhenText(n.created_at)}});
    if (!n.peer.empty()) note.peer = n.peer;
    if (n.version > 1) {
      note.changed = app.catalogue.Format(
          lang, "reflection.changed_by", {{"who", n.updated_by}, {"when", WhenText(n.updated_at)}});
    }
    view.note = std::move(note);
    if (!view.version) view.version = n.version;
    view.action = "/reflektioner/" + std::to_string(n.id);
  } else {
    view.heading = app.catalogue.Get(lang, "reflection.new_heading");
    view.may_change = true;
    view.is_new = true;
    view.action = "/reflektioner";
  }
  return RenderPage(app, request,
                    {"reflection_note", "reflection.note_title", "reflections", status}, view,
                    language, visitor);
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
  ReflectionsView view;
  view.heading =
      app.catalogue.Get(lang, mine ? "reflection.mine_heading" : "reflection.all_heading");
  view.mine = mine;
  view.new_href = "/reflektioner/ny";
  return RenderList(app, request, visitor, *notes, std::move(view));
}

HandlerResult UnitReflectionsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto u = domain::LoadUnitReflections(app.store, *visitor.principal(), *id);
  if (!u) return core::Fail(u.error());
  const std::string lang = ChooseLanguage(request).lang;
  ReflectionsView view;
  view.heading = app.catalogue.Format(lang, "reflection.unit_heading", {{"unit", u->unit.name}});
  view.unit = u->unit.name;
  view.unit_id = u->unit.id;
  if (u->may_write) view.new_href = "/reflektioner/ny?enhet=" + std::to_string(u->unit.id);
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
  NotePageView view;
  SetFormError(view, app, ChooseLanguage(request).lang, id.error());
  return RenderNoteForm(app, request, visitor, n, std::nullopt, *choices, std::move(view), 422);
}

HandlerResult ReflectionPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadReflectionNotePage(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  NotePageView view;
  view.saved = request.Query("sparat").has_value();
  return RenderNoteForm(app, request, visitor, page->note.note, page->note, page->choices,
                        std::move(view), 200);
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
  NotePageView view;
  view.version = n.version;
  if (e.code == core::ErrorCode::kConflict) {
    view.conflict = ChangedByWords(app, lang, stored.note.updated_by, stored.note.updated_at);
  } else {
    SetFormError(view, app, lang, e);
  }
  return RenderNoteForm(app, request, visitor, n, stored, page->choices, std::move(view),
                        HttpStatus(e.code));
}

}  // namespace stegvis::web
