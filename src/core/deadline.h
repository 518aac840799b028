#pragma once
// A time by which a long computation stops between its steps and returns what it has. Read
// from a Clock so tests can fix time (a FixedClock and a budget of zero: passed at once).

#include <chrono>

#include "core/clock.h"

namespace stegvis::core {

class Deadline {
 public:
  // `budget` from now on `clock`'s steady time; `clock` must outlive the deadline.
  Deadline(const Clock& clock, std::chrono::steady_clock::duration budget)
      : clock_(clock), at_(clock.Steady() + budget) {}

  // True once the budget is spent (at once for a budget of zero or less).
  bool Passed() const { return clock_.Steady() >= at_; }

 private:
  const Clock& clock_;
  std::chrono::steady_clock::time_point at_;
};

}  // namespace stegvis::core
