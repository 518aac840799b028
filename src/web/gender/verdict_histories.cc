#include "web/gender/verdict_histories.h"

#include <algorithm>
#include <vector>

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

}  // namespace

core::Result<std::shared_ptr<const domain::VerdictHistory>> VerdictHistories::Of(
    const domain::MeasureDetails& d) {
  const std::vector<std::string> phase_starts = domain::PhaseStarts(d.phases);
  const std::string key = KeyOf(d, phase_starts);
  {
    std::lock_guard lock(mutex_);
    if (auto found = kept_.find(key); found != kept_.end()) {
      found->second.last_used = ++uses_;
      return found->second.history;
    }
  }
  // Computed outside the lock: two first views of one measure may both compute it, which
  // costs time once, never a wrong answer.
  auto history = domain::ComputeVerdictHistory(d.measure, d.observations, phase_starts);
  if (!history) return core::Fail(history.error());
  auto shared = std::make_shared<const domain::VerdictHistory>(std::move(*history));
  Keep(key, shared);
  return shared;
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
    VerdictHistories* histories, const domain::MeasureDetails& d) {
  if (histories) return histories->Of(d);
  auto history =
      domain::ComputeVerdictHistory(d.measure, d.observations, domain::PhaseStarts(d.phases));
  if (!history) return core::Fail(history.error());
  return std::make_shared<const domain::VerdictHistory>(std::move(*history));
}

}  // namespace stegvis::web
