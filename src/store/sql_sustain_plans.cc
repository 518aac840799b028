#include "store/sql_sustain_plans.h"

#include <set>

#include "store/tables.h"

namespace stegvis::store {

std::optional<domain::SustainPlan> SqlSustainPlans::FindOfProject(domain::Id project_id) {
  std::optional<domain::SustainPlan> plan =
      FindOne<domain::SustainPlan>(db_, "WHERE project_id = ?", project_id);
  if (!plan) return plan;
  // The children are read after the plan: one statement at a time per connection.
  plan->measures =
      List<domain::SustainMeasure>(db_, "WHERE plan_id = ? ORDER BY position", plan->id);
  plan->reviews =
      List<domain::SustainReview>(db_, "WHERE plan_id = ? ORDER BY due_on, id", plan->id);
  return plan;
}

domain::Id SqlSustainPlans::Create(const domain::SustainPlan& plan) {
  domain::SustainPlan stored = plan;
  stored.id = Insert(db_, plan);
  InsertMeasures(stored);
  SaveReviews(stored);
  return stored.id;
}

void SqlSustainPlans::Update(const domain::SustainPlan& plan) {
  store::Update(db_, plan);
  Run(db_, "DELETE FROM sustain_measures WHERE plan_id = ?", plan.id);
  InsertMeasures(plan);
  SaveReviews(plan);
}

void SqlSustainPlans::MarkReviewDone(domain::Id review_id, const std::string& who,
                                     std::int64_t at) {
  Run(db_, "UPDATE sustain_reviews SET done_at = ?, done_by = ? WHERE id = ?", at, who, review_id);
}

void SqlSustainPlans::InsertMeasures(const domain::SustainPlan& plan) {
  std::int64_t position = 0;
  for (const domain::SustainMeasure& m : plan.measures) {
    InsertRow(db_, m, {{"plan_id", plan.id}, {"position", position++}});
  }
}

// Keeps the reviews the plan still lists (their done marks stay as stored), deletes the
// others and inserts the new ones (id 0).
void SqlSustainPlans::SaveReviews(const domain::SustainPlan& plan) {
  std::set<domain::Id> kept;
  for (const domain::SustainReview& r : plan.reviews) {
    if (r.id != 0) kept.insert(r.id);
  }
  for (const domain::SustainReview& r :
       List<domain::SustainReview>(db_, "WHERE plan_id = ?", plan.id)) {
    if (!kept.contains(r.id)) Run(db_, "DELETE FROM sustain_reviews WHERE id = ?", r.id);
  }
  for (const domain::SustainReview& r : plan.reviews) {
    if (r.id == 0) Insert(db_, r, {{"plan_id", plan.id}});
  }
}

}  // namespace stegvis::store
