#pragma once
// Projects' sustain plans with their measures and review dates, inside one transaction
// (domain/store.h).

#include <cstdint>
#include <optional>
#include <string>

#include "domain/sustain_plan.h"

namespace stegvis::domain {

class SustainPlanRepository {
 public:
  virtual ~SustainPlanRepository() = default;

  // The project's plan with its measures (in the order saved) and reviews (by date), if any.
  virtual std::optional<SustainPlan> FindOfProject(Id project_id) = 0;
  // Inserts the plan with its measures and reviews (their ids assigned); returns its id.
  virtual Id Create(const SustainPlan& plan) = 0;
  // Stores the plan's owner, text, version and writer, and its measures and reviews in place
  // of the ones it had (a review keeps its id when `id` is set, so done marks survive).
  virtual void Update(const SustainPlan& plan) = 0;
  // Marks the review done by `who` at `at`.
  virtual void MarkReviewDone(Id review_id, const std::string& who, std::int64_t at) = 0;
};

}  // namespace stegvis::domain
