// The page of an idea's learnings and spread (/forandringsideer/{id}/larande) with the forms
// that offer it to another team or to the change package, and the steps that answer an offer:
// take it (/erbjudanden/{id}/starta), accept it into the change package (/erbjudanden/{id}/ta-in)
// or decline it (/erbjudanden/{id}/avboj).

#include <string>

#include "domain/spread.h"
#include "web/http/access_guard.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/forms.h"
#include "web/render/page.h"
#include "web/spread/handlers.h"
#include "web/spread/spread_view.h"

namespace stegvis::web {
namespace {

std::string Units(const std::vector<std::string>& path) {
  std::string out;
  for (const std::string& name : path) out += (out.empty() ? "" : " › ") + name;
  return out;
}

std::string Decision(const App& app, const std::string& lang, domain::PdsaDecision decision) {
  if (decision == domain::PdsaDecision::kNone) return app.catalogue.Get(lang, "spread.testing");
  return DecisionLabel(app, lang, decision);
}

// As on the idea's page, without the overdue mark: the learnings are what this page is for.
IdeaCycleView CycleRow(const App& app, const std::string& lang, const domain::IdeaCycle& row) {
  IdeaCycleView v = IdeaCycleRow(app, lang, row);
  v.overdue = std::nullopt;
  return v;
}

void AddSpread(const App& app, const std::string& lang, const domain::IdeaLearnings& d,
               IdeaLearningsView& view) {
  std::vector<MapPlacement> placements;
  for (const domain::SpreadRow& row : d.spread) {
    const std::string decision = Decision(app, lang, row.decision);
    view.spread.push_back({row.team.team_name, row.team.organisation_name,
                           Units(row.team.unit_path),
                           app.catalogue.Get(lang, row.package  ? "spread.package"
                                                   : row.origin ? "spread.origin"
                                                                : "spread.copy"),
                           row.cycles, decision});
    placements.push_back({row.team.unit_path, {row.team.team_name, decision}});
  }
  view.has_spread = !view.spread.empty();
  view.map = UnitMap(placements);
  view.has_map = !view.map.empty();
}

void AddOffering(const App& app, const std::string& lang, const domain::IdeaLearnings& d,
                 IdeaLearningsView& view) {
  view.may_offer = d.may_offer;
  view.adopted = d.adopted;
  for (const domain::SpreadTeam& t : d.targets) {
    view.targets.push_back(
        {std::to_string(t.team_id),
         app.catalogue.Format(lang, "spread.team_in",
                              {{"team", t.team_name}, {"organisation", t.organisation_name}}),
         false});
  }
  view.has_targets = !view.targets.empty();
  if (d.package_target) {
    view.package_programme_id = d.package_target->programme_id;
    view.package_target =
        app.catalogue.Format(lang, "spread.offer_package", {{"programme", d.package_target->name}});
  }
  for (const domain::OfferRow& o : d.offers) {
    const std::string status(domain::OfferStatusName(o.offer.status));
    view.offers.push_back(
        {o.offer.programme_id
             ? app.catalogue.Format(lang, "spread.package_of", {{"programme", o.programme_name}})
             : o.team.team_name,
         app.catalogue.Get(
             lang, (o.offer.programme_id ? "spread.package_status." : "spread.status.") + status)});
  }
  view.has_offers = !view.offers.empty();
}

HandlerResult RenderLearnings(const App& app, Request& request, const Visitor& visitor,
                              domain::Id id, int status, const std::optional<core::Error>& error) {
  auto d = domain::LoadIdeaLearnings(app.store, *visitor.principal(), id);
  if (!d) return core::Fail(d.error());
  const std::string lang = ChooseLanguage(request).lang;
  IdeaLearningsView view;
  view.idea_id = id;
  view.idea_title = d->details.idea.title;
  view.heading = app.catalogue.Format(lang, "spread.heading", {{"idea", d->details.idea.title}});
  view.saved = request.Query("sparat").has_value();
  for (const domain::IdeaCycle& row : d->cycles) view.cycles.push_back(CycleRow(app, lang, row));
  view.has_cycles = !view.cycles.empty();
  AddSpread(app, lang, *d, view);
  AddOffering(app, lang, *d, view);
  if (error) SetFormError(view, app, lang, *error);
  return RenderPage(app, request, {"idea_learnings", "spread.title", "", status}, view,
                    ChooseLanguage(request), visitor);
}

}  // namespace

HandlerResult IdeaLearningsPage(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  return RenderLearnings(app, request, visitor, *id, 200, std::nullopt);
}

HandlerResult IdeaOfferSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  Form form(request);
  // The change package's form sends programme_id; the teams' form sends team_id.
  auto offered =
      !form.Has("programme_id")
          ? domain::OfferIdea(app.store, app.clock, *visitor.principal(), ActorOf(visitor, request),
                              *id, ParseId(form.Get("team_id")).value_or(0))
          : domain::OfferIdeaToPackage(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id,
                                       ParseId(form.Get("programme_id")).value_or(0));
  if (offered) {
    return Response::Redirect("/forandringsideer/" + std::to_string(*id) + "/larande?sparat=1");
  }
  const core::ErrorCode code = offered.error().code;
  if (code != core::ErrorCode::kInvalidInput && code != core::ErrorCode::kConflict) {
    return core::Fail(offered.error());
  }
  return RenderLearnings(app, request, visitor, *id, code == core::ErrorCode::kConflict ? 409 : 422,
                         offered.error());
}

HandlerResult OfferTakeSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  std::optional<domain::Id> project = ParseId(Form(request).Get("project_id"));
  auto cycle = domain::StartCycleOnOffer(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *id, project.value_or(0));
  if (!cycle) return core::Fail(cycle.error());
  return Response::Redirect("/pgsa/" + std::to_string(*cycle));
}

HandlerResult OfferAcceptSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto idea = domain::AcceptPackageOffer(app.store, app.clock, *visitor.principal(),
                                         ActorOf(visitor, request), *id);
  if (!idea) return core::Fail(idea.error());
  return Response::Redirect("/forandringsideer/" + std::to_string(*idea) + "?intagen=1");
}

HandlerResult OfferDeclineSubmit(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto declined = domain::DeclineOffer(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id);
  if (!declined) return core::Fail(declined.error());
  // Back to the list the offer was on: the programme's change package, or the project's cycles
  // the team's form names (the home page when it names none).
  if (declined->programme_id) {
    return Response::Redirect("/program/" + std::to_string(*declined->programme_id) +
                              "?sparat=1#forandringspaket");
  }
  std::optional<domain::Id> project = ParseId(Form(request).Get("project_id"));
  return Response::Redirect(project ? "/projekt/" + std::to_string(*project) + "/pgsa" : "/");
}

}  // namespace stegvis::web
