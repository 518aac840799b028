#include "web/gender/verdict_histories.h"

#include <algorithm>
#include <vector>

#include "core/deadline.h"
#include "domain/measure_phases.h"

namespace stegvis::web {
namespace {

// Everything the history is computed from that can change: the measure's definition
// (direction, data type, grouping) by its version, the grid by its data version, and the
// phases by their starts.
std::string KeyOf(const domain::MeasureDetails& d, const std::vector<std::string>& phase_starts) {
  std::string key = std::to_string(d.measure.id) + "/" + std::to_string(d.measure.version) + "/" +
                    std::to_string(d.measure.data_version);
  for (const std::string& start : phase_starts) key += "/" + start;
  return key;
}

// The history of `d` with `phase_starts`, computed within `budget` on `clock`.
core::Result<std::shared_ptr<const domain::VerdictHistory>> Compute(
    const domain::MeasureDetails& d, const std::vector<std::string>& phase_starts,
    const core::Clock& clock, std::chrono::steady_clock::duration budget) {
  const core::Deadline deadline(clock, budget);
  auto history = domain::ComputeVerdictHistory(d.measure, d.observations, phase_starts,
                                               domain::kMinPeriodsForVerdict,
                                               domain::kVerdictHistoryWindow, &deadline);
  if (!history) return core::Fail(history.error());
  return std::make_shared<const domain::VerdictHistory>(std::move(*history));
}

}  // namespace

core::Result<std::shared_ptr<const domain::VerdictHistory>> VerdictHistories::Of(
    const domain::MeasureDetails& d, const core::Clock& clock) {
  const std::vector<std::string> phase_starts = domain::PhaseStarts(d.phases);
  const std::string key = KeyOf(d, phase_starts);
  std::chrono::steady_clock::duration budget;
  {
    std::lock_guard lock(mutex_);
    if (auto found = kept_.find(key); found != kept_.end()) {
      found->second.last_used = ++uses_;
      return found->second.history;
    }
    budget = budget_;
  }
  // Computed outside the lock: two first views of one measure may both compute it, which
  // costs time once, never a wrong answer.
  auto history = Compute(d, phase_starts, clock, budget);
  if (!history) return core::Fail(history.error());
  // A history cut short is not the history: kept, it would be served as if complete.
  if ((*history)->complete) Keep(key, *history);
  return history;
}

void VerdictHistories::set_budget(std::chrono::steady_clock::duration budget) {
  std::lock_guard lock(mutex_);
  budget_ = budget;
}

void VerdictHistories::Keep(const std::string& key,
                            std::shared_ptr<const domain::VerdictHistory> history) {
  std::lock_guard lock(mutex_);
  ++computed_;
  kept_[key] = Entry{std::move(history), ++uses_};
  while (kept_.size() > capacity_) {
    auto oldest = std::min_element(kept_.begin(), kept_.end(), [](const auto& a, const auto& b) {
      return a.second.last_used < b.second.last_used;
    });
    kept_.erase(oldest);
  }
}

std::size_t VerdictHistories::computed() const {
  std::lock_guard lock(mutex_);
  return computed_;
}

std::size_t VerdictHistories::size() const {
  std::lock_guard lock(mutex_);
  return kept_.size();
}

core::Result<std::shared_ptr<const domain::VerdictHistory>> KeptVerdictHistory(
    VerdictHistories* histories, const domain::MeasureDetails& d, const core::Clock& clock) {
  if (histories) return histories->Of(d, clock);
  return Compute(d, domain::PhaseStarts(d.phases), clock, domain::kVerdictHistoryBudget);
}

}  // namespace stegvis::web
