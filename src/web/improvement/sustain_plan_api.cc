// The JSON twin of the sustain plan page (docs/api.md): GET and PUT
// /api/v1/projects/{id}/sustain-plan, and POST …/reviews/{review_id}/done, from the same
// domain calls as the page.

#include <boost/json/array.hpp>

#include "core/date.h"
#include "domain/audit.h"
#include "web/http/access_guard.h"
#include "web/improvement/handlers.h"
#include "web/improvement/sustain_plan_view.h"
#include "web/render/forms.h"
#include "web/render/json_body.h"
#include "web/render/json_response.h"
#include "web/render/language.h"

namespace stegvis::web {
namespace {

boost::json::value AlertJson(const App& app, const std::string& lang,
                             const std::optional<domain::SustainAlert>& alert) {
  if (!alert) return nullptr;
  boost::json::array rules;
  for (const std::string& r : alert->rules) rules.push_back(boost::json::string(r));
  return boost::json::object{{"period", alert->period},
                             {"rules", std::move(rules)},
                             {"text", SustainAlertText(app, lang, *alert)}};
}

boost::json::object PlanJson(const App& app, const std::string& lang,
                             const domain::SustainPlanPage& page) {
  boost::json::array measures;
  for (const domain::SustainMeasureRow& row : page.measures) {
    measures.push_back(
        boost::json::object{{"measure_id", row.measure.id},
                            {"name", row.measure.name},
                            {"continues", row.choice.continues},
                            {"frequency", domain::FrequencyName(row.choice.frequency)},
                            {"baseline_frozen", row.baseline_frozen},
                            {"alert", AlertJson(app, lang, row.alert)}});
  }
  boost::json::object out{{"project_id", page.project.id},
                          {"status", domain::ProjectStatusName(page.project.status)},
                          {"measures", std::move(measures)}};
  if (!page.plan) {
    out["plan"] = nullptr;
    out["version"] = 0;
    return out;
  }
  boost::json::array reviews;
  for (const domain::SustainReview& r : page.plan->reviews) {
    boost::json::object review{{"id", r.id}, {"due_on", r.due_on}, {"done", r.done_at != 0}};
    if (r.done_at != 0) {
      review["done_by"] = r.done_by;
      review["done_on"] = core::Date::FromUnixSeconds(r.done_at).ToString();
    }
    reviews.push_back(std::move(review));
  }
  out["plan"] = boost::json::object{{"owner_user_id", page.plan->owner_user_id},
                                    {"owner", page.owner_name},
                                    {"standardised", page.plan->standardised},
                                    {"reviews", std::move(reviews)}};
  out["version"] = page.plan->version;
  return out;
}

// The body of a PUT: owner_user_id, standardised, measures [{measure_id, continues,
// frequency}], reviews [{due_on}], version.
core::Result<domain::SustainPlanInput> InputFromJson(JsonBody& body) {
  domain::SustainPlanInput input;
  input.owner_user_id = body.Int("owner_user_id", kIds);
  input.standardised = body.Text("standardised");
  input.version = body.Int("version", kVersions);
  for (JsonFields& m : body.Objects("measures", kMaxJsonIds, "measure")) {
    const domain::Id measure_id = m.Int("measure_id", kIds);
    const bool continues = m.Bool("continues");
    const std::string name = m.Text("frequency", 16);
    std::optional<domain::Frequency> frequency = domain::ParseFrequency(name);
    if (!frequency) m.RefuseChoice("frequency", "week, month, quarter or year");
    input.measures.push_back(
        {measure_id, continues, frequency.value_or(domain::Frequency::kMonth)});
  }
  for (JsonFields& r : body.Objects("reviews", domain::kMaxReviews, "review")) {
    input.review_dates.push_back(r.Text("due_on", 32));
  }
  if (!body.ok()) return body.error();
  return input;
}

}  // namespace

HandlerResult ApiSustainPlan(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto page = domain::LoadSustainPlan(app.store, *visitor.principal(), *id);
  if (!page) return core::Fail(page.error());
  return JsonValue(PlanJson(app, ChooseLanguage(request).lang, *page));
}

HandlerResult ApiSustainPlanPut(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  JsonBody body(request);
  auto input = InputFromJson(body);
  if (!input) return core::Fail(input.error());
  const domain::Principal& principal = *visitor.principal();
  auto saved =
      domain::SaveSustainPlan(app.store, app.clock, principal,
                              domain::ActorFor(principal, ClientAddress(request)), *id, *input);
  if (!saved) return core::Fail(saved.error());
  return ApiSustainPlan(app, request, visitor);
}

HandlerResult ApiSustainReviewDone(const App& app, Request& request, const Visitor& visitor) {
  auto id = PathId(request, "id");
  if (!id) return core::Fail(id.error());
  auto review = PathId(request, "review_id");
  if (!review) return core::Fail(review.error());
  const domain::Principal& principal = *visitor.principal();
  auto done = domain::MarkSustainReviewDone(app.store, app.clock, principal,
                                            domain::ActorFor(principal, ClientAddress(request)),
                                            *id, *review);
  if (!done) return core::Fail(done.error());
  return ApiSustainPlan(app, request, visitor);
}

}  // namespace stegvis::web
