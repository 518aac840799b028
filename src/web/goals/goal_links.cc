// The form posts that change the goal links of programmes, projects (and their aims) and
// measures, and the labels the goals pages share (goal_views.h).

#include "domain/goal_links.h"
#include "domain/goals.h"
#include "web/goals/goal_links_view.h"
#include "web/goals/goal_views.h"
#include "web/goals/handlers.h"
#include "web/http/access_guard.h"
#include "web/improvement/measure_view.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/language.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// The answer to a save refused because the links changed since the form was loaded: who
// changed them and when (the error's parameters), the links as they are now, and the way back.
// Nothing of the editor's choice was saved.
HandlerResult LinksConflict(const App& app, Request& request, const Visitor& visitor,
                            domain::GoalObject object, domain::Id id, const core::Error& error) {
  const LanguageChoice language = ChooseLanguage(request);
  auto set = domain::LoadGoalLinks(app.store, *visitor.principal(), object, id);
  if (!set) return core::Fail(set.error());
  GoalLinksConflictView view;
  view.changed = ErrorText(app.catalogue, language.lang, error);
  view.back = GoalObjectPath(object, id) + "#" + GoalLinksAnchor(object);
  for (const domain::GoalEntry& e : set->linked) {
    view.linked.push_back(
        {e.id, GoalLabel(app, language.lang, e), domain::GoalTitle(e, language.lang), e.retired});
  }
  view.has_linked = !view.linked.empty();
  return RenderPage(app, request, {"goal_links_conflict", "goals.conflict.title", "", 409}, view,
                    language, visitor);
}

// Replaces the object's links with the checked "goal" fields and returns to the object's page;
// a save on links changed since the editor read them shows both (409).
HandlerResult GoalLinksSubmit(const App& app, Request& request, const Visitor& visitor,
                              domain::GoalObject object) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::vector<domain::Id> goals;
  for (const std::string& value : form.GetAll("goal")) {
    // A value that is no id cannot name an entry: let the domain refuse it like one.
    goals.push_back(ParseId(value).value_or(0));
  }
  // The links the editor saw ("base", comma-separated ids): saved since, the save is refused.
  std::optional<std::vector<domain::Id>> base;
  if (!form.GetAll("base").empty()) {
    base.emplace();
    const std::string text = form.Get("base");
    for (std::size_t start = 0; start < text.size();) {
      std::size_t comma = std::min(text.find(',', start), text.size());
      base->push_back(ParseId(text.substr(start, comma - start)).value_or(0));
      start = comma + 1;
    }
  }
  auto done = domain::SetGoalLinks(app.store, app.clock, principal,
                                   domain::ActorFor(principal, ClientAddress(request)), object, *id,
                                   goals, base);
  const std::string anchor = GoalLinksAnchor(object);
  if (done) return Response::Redirect(GoalObjectPath(object, *id) + "?sparat=1#" + anchor);
  if (done.error().code == core::ErrorCode::kConflict) {
    return LinksConflict(app, request, visitor, object, *id, done.error());
  }
  if (done.error().code != core::ErrorCode::kInvalidInput) {
    return core::Fail(done.error());
  }
  return Response::Redirect(GoalObjectPath(object, *id) + "?malfel=" + anchor + "#" + anchor);
}

}  // namespace

std::string GoalLabel(const App& app, const std::string& lang, const domain::GoalEntry& entry) {
  std::string label = app.catalogue.Get(lang, "goals.short." + entry.group);
  if (entry.group != "overall") label += " " + entry.code;
  return label;
}

std::string FamilyName(const App& app, const std::string& lang, domain::GoalFamily family) {
  return app.catalogue.Get(lang, "goals.family." + std::string(domain::GoalFamilyName(family)));
}

HandlerResult ProgrammeGoalsSubmit(const App& app, Request& request, const Visitor& visitor) {
  return GoalLinksSubmit(app, request, visitor, domain::GoalObject::kProgramme);
}

HandlerResult ProjectGoalsSubmit(const App& app, Request& request, const Visitor& visitor) {
  return GoalLinksSubmit(app, request, visitor, domain::GoalObject::kProject);
}

HandlerResult AimGoalsSubmit(const App& app, Request& request, const Visitor& visitor) {
  return GoalLinksSubmit(app, request, visitor, domain::GoalObject::kAim);
}

HandlerResult MeasureGoalsSubmit(const App& app, Request& request, const Visitor& visitor) {
  return GoalLinksSubmit(app, request, visitor, domain::GoalObject::kMeasure);
}

}  // namespace stegvis::web
