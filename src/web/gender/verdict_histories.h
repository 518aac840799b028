#pragma once
// The gender analysis's verdict history (domain/verdict_history.h) costs one analysis per
// period, so it is kept between views, shared by every visitor: keyed by what it is computed
// from — the measure, its definition's version, its grid's data version and its phases — so
// a save of any of them gives a new key and a kept history is never stale, on one server or
// many (each keeps its own). A bounded number are kept, the least recently used dropped.

#include <cstddef>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "core/error.h"
#include "domain/measures.h"
#include "domain/verdict_history.h"

namespace stegvis::web {

class VerdictHistories {
 public:
  explicit VerdictHistories(std::size_t capacity = 64) : capacity_(capacity) {}

  // The history of `d` as ComputeVerdictHistory gives it, computed at most once per key while
  // kept. Fails as ComputeVerdictHistory fails (a failure is not kept).
  core::Result<std::shared_ptr<const domain::VerdictHistory>> Of(const domain::MeasureDetails& d);

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
  std::map<std::string, Entry> kept_;
  std::size_t uses_ = 0;
  std::size_t computed_ = 0;
};

// The history of `d`: from `histories` when given, else computed for this view.
core::Result<std::shared_ptr<const domain::VerdictHistory>> KeptVerdictHistory(
    VerdictHistories* histories, const domain::MeasureDetails& d);

}  // namespace stegvis::web
