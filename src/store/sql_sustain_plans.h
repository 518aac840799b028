#pragma once
// domain::SustainPlanRepository on a SQL connection: sustain plans, their measures and their
// review dates.

#include "domain/repositories/sustain_plan_repository.h"
#include "store/sql_connection.h"

namespace stegvis::store {

class SqlSustainPlans final : public domain::SustainPlanRepository {
 public:
  explicit SqlSustainPlans(SqlConnection& db) : db_(db) {}

  std::optional<domain::SustainPlan> FindOfProject(domain::Id project_id) override;
  domain::Id Create(const domain::SustainPlan& plan) override;
  void Update(const domain::SustainPlan& plan) override;
  void MarkReviewDone(domain::Id review_id, const std::string& who, std::int64_t at) override;

 private:
  void InsertMeasures(const domain::SustainPlan& plan);
  void SaveReviews(const domain::SustainPlan& plan);

  SqlConnection& db_;
};

}  // namespace stegvis::store
