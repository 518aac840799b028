#include "domain/measure_page.h"

namespace stegvis::domain {

core::Result<MeasurePage> LoadMeasurePage(Store& store, const Principal& acting, Id measure_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<MeasurePage> {
    auto details = LoadMeasure(tx, acting, measure_id);
    if (!details) return core::Fail(details.error());
    auto goals = LoadGoalLinks(tx, acting, GoalObject::kMeasure, measure_id);
    if (!goals) return core::Fail(goals.error());
    return MeasurePage{std::move(*details), std::move(*goals)};
  });
}

}  // namespace stegvis::domain
