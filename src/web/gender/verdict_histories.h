#pragma once
// The gender analysis's verdict history (domain/verdict_history.h) costs one analysis per
// period, so it is kept between views, shared by every visitor: keyed by what it is computed
// from — the measure, its definition's version, its grid's data version and its phases — so
// a save of any of them gives a new key and a kept history is never stale, on one server or
// many (each keeps its own). A bounded number are kept, the least recently used dropped.
// Each computation has a time budget; a history cut short by it is returned but not kept.

#include <chrono>
#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/clock.h"
#include "core/error.h"
#include "domain/measures.h"
#include "domain/verdict_history.h"

namespace stegvis::web {

class VerdictHistories {
 public:
  explicit VerdictHistories(std::size_t capacity = 64, std::chrono::steady_clock::duration budget =
                                                           domain::kVerdictHistoryBudget)
      : capacity_(capacity), budget_(budget) {}

  // The history of `d` as ComputeVerdictHistory gives it, computed at most once per key while
  // kept, within the budget on `clock`. A history the budget cut short (complete = false) is
  // returned and not kept: the next view computes it again. Fails as ComputeVerdictHistory
  // fails (a failure is not kept).
  core::Result<std::shared_ptr<const domain::VerdictHistory>> Of(const domain::MeasureDetails& d,
                                                                 const core::Clock& clock);

  // Sets the budget of later computations (a server sets it before serving; tests set zero).
  void set_budget(std::chrono::steady_clock::duration budget);

  // Histories computed (not found kept) since the start, and how many are kept now.
  std::size_t computed() const;
  std::size_t size() const;

 private:
  struct Entry {
    std::shared_ptr<const domain::VerdictHistory> history;
    std::size_t last_used = 0;
  };
  void Keep(const std::string& key, std::shared_ptr<const domain::VerdictHistory> history);

  const std::size_t capacity_;
  mutable std::mutex mutex_;
  std::chrono::steady_clock::duration budget_;  // guarded by mutex_
  std::map<std::string, Entry> kept_;
  std::size_t uses_ = 0;
  std::size_t computed_ = 0;
};

// The history of `d`: from `histories` when given, else computed for this view within
// domain::kVerdictHistoryBudget on `clock`.
core::Result<std::shared_ptr<const domain::VerdictHistory>> KeptVerdictHistory(
    VerdictHistories* histories, const domain::MeasureDetails& d, const core::Clock& clock);

}  // namespace stegvis::web
