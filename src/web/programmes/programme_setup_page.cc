// Setting a programme up: the form for its own fields (name, theme, common aim, period, host
// unit), closing and reopening it, and the form that moves or removes an entry of its
// calendar. Each refused form comes back with what was typed and every error at once.

#include "domain/programme_setup.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/programmes/programme_setup_view.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

std::string ProgrammeUrl(domain::Id id) {
  return "/program/" + std::to_string(id);
}

// The programme's fields as the form sent them, on top of `stored` (id, host, version).
domain::Programme ProgrammeFromForm(Form& form, domain::Programme p) {
  p.name = form.Get("name");
  p.theme = form.Get("theme");
  p.aim = form.Get("aim");
  p.starts_on = form.Get("starts_on");
  p.ends_on = form.Get("ends_on");
  p.host_unit_id = ParseId(form.Get("host_unit_id"));
  return p;
}

ProgrammeFormView FormViewOf(const App& app, const std::string& lang,
                             const domain::ProgrammeSetup& setup, const domain::Programme& shown) {
  ProgrammeFormView view;
  view.id = setup.programme.id;
  view.heading = setup.programme.name;
  view.version = shown.version;
  view.name = shown.name;
  view.theme = shown.theme;
  view.aim = shown.aim;
  view.starts_on = shown.starts_on;
  view.ends_on = shown.ends_on;
  view.units.push_back(
      {"", app.catalogue.Get(lang, "programme.host_unit_none"), !shown.host_unit_id});
  for (const domain::Unit& u : setup.units) {
    view.units.push_back({std::to_string(u.id), u.name, shown.host_unit_id == u.id});
  }
  return view;
}

HandlerResult RenderProgrammeForm(const App& app, Request& request, const Visitor& visitor,
                                  const ProgrammeFormView& view, int status) {
  return RenderPage(app, request, {"programme_form", "programme.edit_title", "programmes", status},
                    view, ChooseLanguage(request), visitor);
}

domain::ProgrammeEvent EventFromForm(Form& form, domain::Id id) {
  domain::ProgrammeEvent e;
  e.id = id;
  e.kind = domain::ParseProgrammeEventKind(form.Get("kind"))
               .value_or(domain::ProgrammeEventKind::kLearningSession);
  e.title = form.Get("title");
  e.starts_on = form.Get("starts_on");
  e.ends_on = form.Get("ends_on");
  return e;
}

ProgrammeEventFormView EventFormViewOf(const App& app, const std::string& lang,
                                       const domain::Programme& p,
                                       const domain::ProgrammeEvent& e) {
  ProgrammeEventFormView view;
  view.programme_id = p.id;
  view.programme_name = p.name;
  if (!p.starts_on.empty() || !p.ends_on.empty()) view.period = p.starts_on + " – " + p.ends_on;
  view.id = e.id;
  for (auto kind :
       {domain::ProgrammeEventKind::kLearningSession, domain::ProgrammeEventKind::kActionPeriod}) {
    const std::string name(domain::ProgrammeEventKindName(kind));
    view.kinds.push_back(
        {name, "kind-" + name, app.catalogue.Get(lang, "programme." + name), kind == e.kind});
  }
  view.title = e.title;
  view.starts_on = e.starts_on;
  view.ends_on = e.ends_on == e.starts_on ? "" : e.ends_on;
  return view;
}

HandlerResult RenderEventForm(const App& app, Request& request, const Visitor& visitor,
                              const ProgrammeEventFormView& view, int status) {
  return RenderPage(app, request,
                    {"programme_event_form", "programme.event_edit_title", "programmes", status},
                    view, ChooseLanguage(request), visitor);
}

}  // namespace

FormErrorView ProgrammeFormError(const App& app, const std::string& lang,
                                 const core::Error& error) {
  return {error.field.empty() ? "form" : error.field, ErrorText(app.catalogue, lang, error)};
}

HandlerResult ProgrammeEditPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto setup = domain::LoadProgrammeSetup(app.store, *visitor.principal(), *id);
  if (!setup) return core::Fail(setup.error());
  const std::string lang = ChooseLanguage(request).lang;
  return RenderProgrammeForm(app, request, visitor, FormViewOf(app, lang, *setup, setup->programme),
                             200);
}

HandlerResult ProgrammeSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  domain::Programme typed;
  typed.id = *id;
  typed.version = ParseWholeNumber(form.Get("version"), 0, INT64_MAX, "version").value_or(-1);
  typed = ProgrammeFromForm(form, typed);
  auto saved =
      domain::ChangeProgramme(app.store, app.clock, principal, ActorOf(visitor, request), typed);
  if (saved) return Response::Redirect(ProgrammeUrl(*id) + "?sparat=1");
  const core::Error& error = saved.error();
  const bool stale = error.code == core::ErrorCode::kConflict && error.field == "version";
  if (error.code != core::ErrorCode::kInvalidInput && !stale) return core::Fail(error);
  // The form again, with what was typed: after a stale save, based on the version now stored
  // so that saving again is a decision taken knowing someone else changed it.
  auto setup = domain::LoadProgrammeSetup(app.store, principal, *id);
  if (!setup) return core::Fail(setup.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProgrammeFormView view = FormViewOf(app, lang, *setup, typed);
  if (stale) {
    view.version = setup->programme.version;
    core::Error words = error;
    words.key = "programme.changed_by";
    view.changed_by = ErrorText(app.catalogue, lang, words);
    return RenderProgrammeForm(app, request, visitor, view, 409);
  }
  SetFormError(view, ProgrammeFormError(app, lang, error));
  for (const core::Error& e : domain::ProgrammeErrors(typed)) {
    if (e.field != error.field) SetFormError(view, ProgrammeFormError(app, lang, e));
  }
  return RenderProgrammeForm(app, request, visitor, view, 422);
}

HandlerResult ProgrammeClosedSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  auto version = ParseWholeNumber(form.Get("version"), 0, INT64_MAX, "version");
  if (!version) return core::Fail(version.error());
  auto done = domain::SetProgrammeClosed(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *id, *version,
                                         form.Get("closed") == "1");
  if (!done) return core::Fail(done.error());
  return Response::Redirect(ProgrammeUrl(*id) + "?sparat=1");
}

HandlerResult ProgrammeEventPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  auto setup = domain::LoadProgrammeSetup(app.store, *visitor.principal(), *id);
  if (!setup) return core::Fail(setup.error());
  for (const domain::ProgrammeEvent& e : setup->events) {
    if (e.id != *event_id) continue;
    return RenderEventForm(app, request, visitor,
                           EventFormViewOf(app, ChooseLanguage(request).lang, setup->programme, e),
                           200);
  }
  return core::Fail(core::Error::NotFoundObject());
}

HandlerResult ProgrammeEventSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  const domain::ProgrammeEvent typed = EventFromForm(form, *event_id);
  auto done = domain::MoveProgrammeEvent(app.store, app.clock, principal, ActorOf(visitor, request),
                                         *id, typed);
  if (done) return Response::Redirect(ProgrammeUrl(*id) + "?sparat=1#kalender");
  if (done.error().code != core::ErrorCode::kInvalidInput) return core::Fail(done.error());
  auto setup = domain::LoadProgrammeSetup(app.store, principal, *id);
  if (!setup) return core::Fail(setup.error());
  const std::string lang = ChooseLanguage(request).lang;
  ProgrammeEventFormView view = EventFormViewOf(app, lang, setup->programme, typed);
  view.ends_on = typed.ends_on;
  SetFormError(view, ProgrammeFormError(app, lang, done.error()));
  for (const core::Error& e : domain::ProgrammeEventErrors(typed, setup->programme)) {
    if (e.field != done.error().field) SetFormError(view, ProgrammeFormError(app, lang, e));
  }
  return RenderEventForm(app, request, visitor, view, 422);
}

HandlerResult ProgrammeEventRemove(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto event_id = PathId(request, "event_id");
  if (!event_id) return core::Fail(event_id.error());
  auto done = domain::RemoveProgrammeEvent(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, *event_id);
  if (!done) return core::Fail(done.error());
  return Response::Redirect(ProgrammeUrl(*id) + "?sparat=1#kalender");
}

}  // namespace stegvis::web
