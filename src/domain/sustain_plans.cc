#include "domain/sustain_plans.h"

#include <algorithm>
#include <set>

#include "core/date.h"
#include "domain/audit_json.h"
#include "domain/projects.h"
#include "domain/resources.h"

namespace stegvis::domain {
namespace {

bool IsMember(const std::vector<User>& members, Id user_id) {
  return std::any_of(members.begin(), members.end(),
                     [&](const User& u) { return u.id == user_id; });
}

// The plan's choices as one audit value: "measure_id:frequency" for each continuing measure,
// and the review dates.
std::string PlanJson(const SustainPlan& plan) {
  std::string measures;
  for (const SustainMeasure& m : plan.measures) {
    if (!m.continues) continue;
    if (!measures.empty()) measures += ",";
    measures += std::to_string(m.measure_id) + ":" + std::string(FrequencyName(m.frequency));
  }
  std::string reviews;
  for (const SustainReview& r : plan.reviews) {
    if (!reviews.empty()) reviews += ",";
    reviews += r.due_on;
  }
  return AuditJson(plan, {{"measures", measures}, {"reviews", reviews}});
}

// Every measure of the project with the input's choice for it (not continuing, at the
// measure's frequency, when the input leaves it out); fails on a measure of another project
// or one given twice.
core::Result<std::vector<SustainMeasure>> ChoicesFor(const std::vector<Measure>& measures,
                                                     const std::vector<SustainMeasure>& input) {
  std::set<Id> own, seen;
  for (const Measure& m : measures) own.insert(m.id);
  for (const SustainMeasure& c : input) {
    if (!own.contains(c.measure_id) || !seen.insert(c.measure_id).second) {
      return core::Fail(core::Error::Invalid("not a measure of the project, or given twice",
                                             "measures", "sustain.error.measure"));
    }
  }
  std::vector<SustainMeasure> out;
  for (const Measure& m : measures) {
    SustainMeasure choice{m.id, false, m.frequency};
    for (const SustainMeasure& c : input) {
      if (c.measure_id == m.id) choice = c;
    }
    out.push_back(choice);
  }
  return out;
}

// The reviews for `dates` (sorted), keeping those of `before` on the same date with their
// done marks.
std::vector<SustainReview> ReviewsFor(std::vector<std::string> dates,
                                      const std::vector<SustainReview>& before) {
  std::sort(dates.begin(), dates.end());
  std::vector<SustainReview> out;
  for (const std::string& date : dates) {
    SustainReview review{0, date, 0, ""};
    for (const SustainReview& b : before) {
      if (b.due_on == date) review = b;
    }
    out.push_back(review);
  }
  return out;
}

SustainMeasureRow RowFor(StoreTx& tx, const Project& project, const Measure& measure,
                         const SustainMeasure& choice) {
  SustainMeasureRow row{measure, choice, measure.baseline_points.has_value(), std::nullopt};
  if (!choice.continues || !row.baseline_frozen) return row;
  auto analysis = AnalyzeMeasure(measure, tx.Measures().ListObservations(measure.id));
  if (analysis) row.alert = SustainAlertOf(measure, *analysis);
  if (row.alert) row.alert->project_title = project.title;
  return row;
}

}  // namespace

core::Result<void> ValidateSustainPlanInput(const SustainPlanInput& input) {
  if (input.owner_user_id == 0) {
    return core::Fail(core::Error::Invalid("an owner is required", "owner", "error.required"));
  }
  if (input.standardised.size() > kMaxStandardised) {
    return core::Fail(
        core::Error::Invalid("at most 4000 characters", "standardised", "error.too_long"));
  }
  if (input.review_dates.empty()) {
    return core::Fail(
        core::Error::Invalid("at least one review date", "reviews", "error.required"));
  }
  if (input.review_dates.size() > kMaxReviews) {
    return core::Fail(core::Error::Invalid("at most 24 review dates", "reviews",
                                           "sustain.error.too_many_reviews"));
  }
  std::set<std::string> seen;
  for (const std::string& date : input.review_dates) {
    if (!core::IsIsoDate(date)) {
      return core::Fail(core::Error::Invalid("not a date", "review_date", "error.bad_date"));
    }
    if (!seen.insert(date).second) {
      return core::Fail(core::Error::Invalid("a date given twice", "review_date",
                                             "sustain.error.repeated_review"));
    }
  }
  return {};
}

core::Result<SustainPlanPage> LoadSustainPlan(Store& store, const Principal& acting,
                                              Id project_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<SustainPlanPage> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kView);
    if (!checked) return core::Fail(checked.error());
    SustainPlanPage page;
    page.project = checked->first;
    page.team = checked->second;
    page.plan = tx.SustainPlans().FindOfProject(project_id);
    page.members = tx.Users().ListTeamMembers(page.team.id);
    page.may_change = May(&acting, Action::kChange, TeamResource(tx, page.team));
    if (page.plan) {
      std::optional<User> owner = tx.Users().Find(page.plan->owner_user_id);
      page.owner_name = owner ? owner->display_name : "";
    }
    const std::vector<Measure> measures = tx.Measures().ListOfProject(project_id);
    // Refused only for a plan listing a measure no longer the project's: then shown unchosen.
    auto choices =
        ChoicesFor(measures, page.plan ? page.plan->measures : std::vector<SustainMeasure>{});
    if (!choices) choices = ChoicesFor(measures, {});
    for (std::size_t i = 0; i < measures.size(); ++i) {
      page.measures.push_back(RowFor(tx, page.project, measures[i], choices->at(i)));
    }
    return page;
  });
}

core::Result<void> SaveSustainPlan(Store& store, const core::Clock& clock, const Principal& acting,
                                   const Actor& actor, Id project_id,
                                   const SustainPlanInput& input) {
  if (auto ok = ValidateSustainPlanInput(input); !ok) return core::Fail(ok.error());
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    const auto& [project, team] = *checked;
    if (project.status != ProjectStatus::kSustaining) {
      return core::Fail(core::Error::Invalid("the project is not sustaining", "status",
                                             "sustain.error.not_sustaining"));
    }
    if (!IsMember(tx.Users().ListTeamMembers(team.id), input.owner_user_id)) {
      return core::Fail(core::Error::Invalid("the owner is not a member of the team", "owner",
                                             "sustain.error.owner_not_member"));
    }
    auto choices = ChoicesFor(tx.Measures().ListOfProject(project_id), input.measures);
    if (!choices) return core::Fail(choices.error());
    std::optional<SustainPlan> before = tx.SustainPlans().FindOfProject(project_id);
    const std::int64_t stored_version = before ? before->version : 0;
    if (stored_version != input.version) {
      if (!before) return core::Fail(ChangedBy("", 0));
      return core::Fail(ChangedByUser(tx, acting.user.organisation_id, before->updated_by,
                                      before->updated_at, before->version));
    }
    SustainPlan after = before.value_or(SustainPlan{});
    after.organisation_id = project.organisation_id;
    after.project_id = project_id;
    after.owner_user_id = input.owner_user_id;
    after.standardised = input.standardised;
    after.measures = std::move(*choices);
    after.reviews = ReviewsFor(input.review_dates, after.reviews);
    after.version = stored_version + 1;
    after.updated_at = now;
    after.updated_by = actor.label;
    if (before) {
      tx.SustainPlans().Update(after);
    } else {
      after.id = tx.SustainPlans().Create(after);
    }
    RecordAudit(tx, actor, now, before ? "update" : "create", "sustain_plan", after.id,
                before ? PlanJson(*before) : "", PlanJson(after), after.organisation_id);
    return {};
  });
}

core::Result<void> MarkSustainReviewDone(Store& store, const core::Clock& clock,
                                         const Principal& acting, const Actor& actor, Id project_id,
                                         Id review_id) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<void> {
    auto checked = CheckedProject(tx, acting, project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    std::optional<SustainPlan> plan = tx.SustainPlans().FindOfProject(project_id);
    if (!plan) return core::Fail(core::Error::NotFoundObject());
    auto review = std::find_if(plan->reviews.begin(), plan->reviews.end(),
                               [&](const SustainReview& r) { return r.id == review_id; });
    if (review == plan->reviews.end()) return core::Fail(core::Error::NotFoundObject());
    if (review->done_at != 0) return {};
    tx.SustainPlans().MarkReviewDone(review_id, actor.label, now);
    RecordAudit(tx, actor, now, "review_done", "sustain_plan", plan->id, "",
                AuditJson({{"review", review->due_on}}), plan->organisation_id);
    return {};
  });
}

std::vector<SustainAlert> LoadSustainAlerts(StoreTx& tx, const Project& project,
                                            const SustainPlan& plan) {
  std::vector<SustainAlert> out;
  for (const Measure& m : tx.Measures().ListOfProject(project.id)) {
    for (const SustainMeasure& c : plan.measures) {
      if (c.measure_id != m.id) continue;
      SustainMeasureRow row = RowFor(tx, project, m, c);
      if (row.alert) out.push_back(std::move(*row.alert));
    }
  }
  return out;
}

}  // namespace stegvis::domain
