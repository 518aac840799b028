// The JSON twins of the spread pages: GET /api/v1/change-ideas/{id}/learnings,
// POST /api/v1/change-ideas/{id}/offers, POST /api/v1/idea-offers/{id}/cycles, .../accept and
// .../decline. They call the same domain functions as the pages. docs/api.md describes them.

#include "domain/spread.h"
#include "web/http/access_guard.h"
#include "web/pdsa/pdsa_views.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/spread/handlers.h"

namespace stegvis::web {
namespace {

boost::json::object TeamJson(const domain::SpreadTeam& team) {
  boost::json::array units;
  for (const std::string& name : team.unit_path) units.push_back(boost::json::value(name));
  return boost::json::object{{"team_id", team.team_id},
                             {"team", team.team_name},
                             {"organisation", team.organisation_name},
                             {"units", std::move(units)}};
}

boost::json::value IdOrNull(const std::optional<domain::Id>& id) {
  return id ? boost::json::value(*id) : boost::json::value(nullptr);
}

boost::json::object OfferJson(const domain::IdeaOffer& offer) {
  return boost::json::object{
      {"id", offer.id},
      {"change_idea_id", offer.idea_id},
      {"team_id", IdOrNull(offer.team_id)},
      {"programme_id", IdOrNull(offer.programme_id)},
      {"status", domain::OfferStatusName(offer.status)},
      {"offered_at", core::FormatIsoUtc(offer.offered_at)},
      {"answered_at",
       offer.answered_at ? boost::json::value(core::FormatIsoUtc(*offer.answered_at)) : nullptr},
      {"taken_idea_id", IdOrNull(offer.taken_idea_id)}};
}

boost::json::array CyclesJson(const std::vector<domain::IdeaCycle>& rows) {
  boost::json::array out;
  for (const domain::IdeaCycle& row : rows) {
    boost::json::object cycle = IdeaCycleJson(row);
    cycle["change_idea_id"] = row.cycle.change_idea_id;
    cycle["url"] = row.may_open ? boost::json::value("/pgsa/" + std::to_string(row.cycle.id))
                                : boost::json::value(nullptr);
    out.push_back(std::move(cycle));
  }
  return out;
}

}  // namespace

HandlerResult ApiIdeaLearnings(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto d = domain::LoadIdeaLearnings(app.store, *visitor.principal(), *id);
  if (!d) return core::Fail(d.error());
  boost::json::array spread, offers, targets;
  for (const domain::SpreadRow& row : d->spread) {
    boost::json::object o = TeamJson(row.team);
    o["change_idea_id"] = row.idea_id;
    o["origin"] = row.origin;
    o["package"] = row.package;
    o["cycles"] = row.cycles;
    o["decision"] = domain::PdsaDecisionName(row.decision);
    spread.push_back(std::move(o));
  }
  for (const domain::OfferRow& row : d->offers) {
    boost::json::object o = OfferJson(row.offer);
    o["team"] = row.offer.team_id ? boost::json::value(row.team.team_name) : nullptr;
    o["programme"] = row.offer.programme_id ? boost::json::value(row.programme_name) : nullptr;
    offers.push_back(std::move(o));
  }
  for (const domain::SpreadTeam& t : d->targets) targets.push_back(TeamJson(t));
  boost::json::object out = IdeaJson(d->details.idea);
  out["origin_idea_id"] = IdOrNull(d->details.idea.origin_idea_id);
  out["pdsa_cycles"] = CyclesJson(d->cycles);
  out["spread"] = std::move(spread);
  out["adopted"] = d->adopted;
  out["may_offer"] = d->may_offer;
  out["offers"] = std::move(offers);
  out["offer_targets"] = std::move(targets);
  out["package_target"] = d->package_target ? boost::json::value(boost::json::object{
                                                  {"programme_id", d->package_target->programme_id},
                                                  {"programme", d->package_target->name}})
                                            : nullptr;
  return JsonValue(out);
}

HandlerResult ApiIdeaOfferCreate(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  // Either a team or the change package of the idea's project's programme.
  const std::optional<std::int64_t> programme =
      body.OptionalInt("programme_id", kIds, "error.spread.unknown_programme");
  const domain::Id team = programme ? 0 : body.Int("team_id", kIds, "error.spread.unknown_team");
  if (!body.ok()) return body.error();
  auto offered = programme ? domain::OfferIdeaToPackage(app.store, app.clock, *visitor.principal(),
                                                        ActorOf(visitor, request), *id, *programme)
                           : domain::OfferIdea(app.store, app.clock, *visitor.principal(),
                                               ActorOf(visitor, request), *id, team);
  if (!offered) return core::Fail(offered.error());
  Response r = JsonValue(OfferJson(*offered), 201);
  r.SetHeader("Location", "/api/v1/change-ideas/" + std::to_string(*id) + "/learnings");
  return r;
}

HandlerResult ApiOfferTake(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  const domain::Id project = body.Int("project_id", kIds, "error.spread.unknown_project");
  if (!body.ok()) return body.error();
  auto created = domain::StartCycleOnOffer(app.store, app.clock, *visitor.principal(),
                                           ActorOf(visitor, request), *id, project);
  if (!created) return core::Fail(created.error());
  auto details = domain::LoadPdsaCycle(app.store, *visitor.principal(), *created);
  if (!details) return core::Fail(details.error());
  Response r = JsonValue(CycleJson(details->cycle), 201);
  r.SetHeader("Location", "/api/v1/pdsa-cycles/" + std::to_string(*created));
  return r;
}

HandlerResult ApiOfferAccept(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto created = domain::AcceptPackageOffer(app.store, app.clock, *visitor.principal(),
                                            ActorOf(visitor, request), *id);
  if (!created) return core::Fail(created.error());
  auto details = domain::LoadChangeIdea(app.store, *visitor.principal(), *created);
  if (!details) return core::Fail(details.error());
  boost::json::object out = IdeaJson(details->idea);
  out["origin_idea_id"] = IdOrNull(details->idea.origin_idea_id);
  Response r = JsonValue(out, 201);
  r.SetHeader("Location", "/api/v1/change-ideas/" + std::to_string(*created));
  return r;
}

HandlerResult ApiOfferDecline(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto declined = domain::DeclineOffer(app.store, app.clock, *visitor.principal(),
                                       ActorOf(visitor, request), *id);
  if (!declined) return core::Fail(declined.error());
  return JsonValue(OfferJson(*declined));
}

}  // namespace stegvis::web
