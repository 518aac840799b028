#pragma once
// The view of a project's sustain plan page (/projekt/{id}/vidmakthall), built from
// domain::SustainPlanPage.

#include <optional>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "core/describe.h"
#include "domain/sustain_plans.h"
#include "web/app.h"
#include "web/render/form_view.h"

namespace stegvis::web {

struct SustainMeasureView {
  domain::Id id = 0;
  std::string name;
  bool continues = false;
  std::vector<OptionView> frequencies;
  bool no_baseline = false;          // continues without a frozen baseline: link to the measure
  std::optional<std::string> alert;  // the alert in words, with the rules that fired
};
constexpr auto Describe(std::type_identity<SustainMeasureView>) {
  using V = SustainMeasureView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("name", &V::name),
                    core::Field("continues", &V::continues),
                    core::Field("frequencies", &V::frequencies),
                    core::Field("no_baseline", &V::no_baseline),
                    core::Field("alert", &V::alert)};
}

struct SustainReviewView {
  domain::Id id = 0;
  domain::Id project_id = 0;
  std::string due_on;
  std::optional<std::string> done;  // "done by NAME on DATE"
  bool overdue = false;
};
constexpr auto Describe(std::type_identity<SustainReviewView>) {
  using V = SustainReviewView;
  return std::tuple{core::Field("id", &V::id), core::Field("project_id", &V::project_id),
                    core::Field("due_on", &V::due_on), core::Field("done", &V::done),
                    core::Field("overdue", &V::overdue)};
}

struct SustainPlanView {
  domain::Id id = 0;  // the project
  std::string heading;
  domain::Id team_id = 0;
  std::string team;
  bool sustaining = false;
  bool has_plan = false;
  std::optional<std::string> owner;
  std::string standardised;
  bool may_change = false;
  std::int64_t version = 0;
  std::vector<OptionView> owners;
  std::string form_standardised;
  std::vector<SustainMeasureView> measures;
  bool has_measures = false;
  std::vector<SustainReviewView> reviews;
  bool has_reviews = false;
  std::vector<std::string> form_dates;  // the dates in the form: the plan's, then blanks
  bool saved = false;
  bool has_errors = false;
  std::vector<FormErrorView> errors;
  std::optional<std::string> error_owner;
  std::optional<std::string> error_standardised;
  std::optional<std::string> error_reviews;
  std::optional<std::string> error_review_date;
  std::optional<std::string> error_measures;
  std::optional<std::string> error_status;
};
constexpr auto Describe(std::type_identity<SustainPlanView>) {
  using V = SustainPlanView;
  return std::tuple{core::Field("id", &V::id),
                    core::Field("heading", &V::heading),
                    core::Field("team_id", &V::team_id),
                    core::Field("team", &V::team),
                    core::Field("sustaining", &V::sustaining),
                    core::Field("has_plan", &V::has_plan),
                    core::Field("owner", &V::owner),
                    core::Field("standardised", &V::standardised),
                    core::Field("may_change", &V::may_change),
                    core::Field("version", &V::version),
                    core::Field("owners", &V::owners),
                    core::Field("form_standardised", &V::form_standardised),
                    core::Field("measures", &V::measures),
                    core::Field("has_measures", &V::has_measures),
                    core::Field("reviews", &V::reviews),
                    core::Field("has_reviews", &V::has_reviews),
                    core::Field("form_dates", &V::form_dates),
                    core::Field("saved", &V::saved),
                    core::Field("has_errors", &V::has_errors),
                    core::Field("errors", &V::errors),
                    core::Field("error_owner", &V::error_owner),
                    core::Field("error_standardised", &V::error_standardised),
                    core::Field("error_reviews", &V::error_reviews),
                    core::Field("error_review_date", &V::error_review_date),
                    core::Field("error_measures", &V::error_measures),
                    core::Field("error_status", &V::error_status)};
}

// The page's view of `page` in `lang`; the form shows `form` when given (what was sent).
SustainPlanView SustainPlanViewOf(const App& app, const std::string& lang,
                                  const domain::SustainPlanPage& page,
                                  const domain::SustainPlanInput* form = nullptr);

// The alert in words: "PERIOD: rule, rule" with the rules worded by the catalogue.
std::string SustainAlertText(const App& app, const std::string& lang,
                             const domain::SustainAlert& alert);

}  // namespace stegvis::web
