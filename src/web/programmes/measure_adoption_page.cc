// The page where a team whose project is in a programme adopts the programme's common measure
// definitions into the project in one step: one checkbox per definition not yet adopted. A
// closed programme's page says so instead of offering the form.

#include <algorithm>

#include "domain/measure_definitions.h"
#include "web/http/access_guard.h"
#include "web/programmes/handlers.h"
#include "web/programmes/measure_definition_view.h"
#include "web/render/error_text.h"
#include "web/render/forms.h"
#include "web/render/page.h"

namespace stegvis::web {
namespace {

// "Andel · per månad · kvinnor och män": what makes the definition comparable, in words.
std::string Facts(const App& app, const std::string& lang, const domain::Measure& m) {
  return app.catalogue.Get(lang,
                           "measure.data_type." + std::string(stats::DataTypeName(m.data_type))) +
         " · " +
         app.catalogue.Get(lang,
                           "measure.frequency." + std::string(domain::FrequencyName(m.frequency))) +
         " · " +
         app.catalogue.Get(lang,
                           "measure.grouping." + std::string(domain::GroupingName(m.grouping)));
}

MeasureAdoptionView ViewOf(const App& app, const std::string& lang,
                           const domain::AdoptionChoice& choice,
                           const std::vector<domain::Id>& checked) {
  MeasureAdoptionView v;
  v.project_id = choice.project.id;
  v.project_title = choice.project.title;
  v.programme_id = choice.programme.id;
  v.programme_name = choice.programme.name;
  v.closed = choice.programme.closed;
  for (const domain::Measure& d : choice.definitions) {
    v.definitions.push_back({d.id, d.name, d.definition, Facts(app, lang, d),
                             std::find(checked.begin(), checked.end(), d.id) != checked.end()});
  }
  v.has_definitions = !v.definitions.empty();
  return v;
}

HandlerResult Render(const App& app, Request& request, const Visitor& visitor,
                     const MeasureAdoptionView& view, int status) {
  return RenderPage(app, request, {"measure_adoption", "adoption.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult MeasureAdoptionPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto choice = domain::LoadAdoptionChoice(app.store, *visitor.principal(), *id);
  if (!choice) return core::Fail(choice.error());
  return Render(app, request, visitor, ViewOf(app, ChooseLanguage(request).lang, *choice, {}), 200);
}

HandlerResult MeasureAdoptionSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  const domain::Principal& principal = *visitor.principal();
  Form form(request);
  std::vector<domain::Id> chosen;
  for (const std::string& text : form.GetAll("definition_id")) {
    std::optional<domain::Id> definition = ParseId(text);
    // A value the page never offers is a definition nobody can adopt.
    chosen.push_back(definition.value_or(0));
  }
  auto adopted = domain::AdoptMeasureDefinitions(app.store, app.clock, principal,
                                                 ActorOf(visitor, request), *id, chosen);
  if (adopted) return Response::Redirect("/projekt/" + std::to_string(*id) + "?sparat=1");
  if (adopted.error().code != core::ErrorCode::kInvalidInput) return core::Fail(adopted.error());
  auto choice = domain::LoadAdoptionChoice(app.store, principal, *id);
  if (!choice) return core::Fail(choice.error());
  const std::string lang = ChooseLanguage(request).lang;
  MeasureAdoptionView view = ViewOf(app, lang, *choice, chosen);
  SetFormError(view,
               FormErrorView{"definition_id", ErrorText(app.catalogue, lang, adopted.error())});
  return Render(app, request, visitor, view, 422);
}

}  // namespace stegvis::web
