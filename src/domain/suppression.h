#pragma once
// Small numbers on public pages (docs/statistics.md, "Small numbers on public pages"): before a
// measure's grid leaves the login, every value that rests on fewer than the organisation's
// threshold of people or events is hidden (primary suppression), and so are enough other cells
// of the same period that no hidden value can be worked out by subtraction from the total
// (complementary suppression). What is left is an ordinary grid, so charts, tables and
// analyses built from it draw and compute on the shown values only.

#include <string>
#include <vector>

#include "domain/measure.h"

namespace stegvis::domain {

// The threshold k an organisation starts with, and the lowest it may choose.
inline constexpr int kDefaultSuppressionThreshold = 5;
inline constexpr int kMinSuppressionThreshold = 3;
// The highest it may choose (a bound on input, not a statistical rule).
inline constexpr int kMaxSuppressionThreshold = 100;

// Why a cell is hidden. Stored nowhere; worded by the page ("suppression.reason.*").
enum class SuppressionReason {
  kSmallCount,     // its count or denominator is below the threshold
  kUnknownCount,   // its data type records no count of people (a mean, a time between events)
  kComplementary,  // shown, it would let a reader subtract their way to a hidden value
};
// "small_count", "unknown_count", "complementary".
std::string_view SuppressionReasonName(SuppressionReason reason);

struct HiddenCell {
  std::string period;
  std::string group;  // "women", "men", "girls", "boys" or "total"
  SuppressionReason reason = SuppressionReason::kSmallCount;
};

struct SuppressedGrid {
  std::vector<Observation> shown;  // the cells with a value the public may see, in the order given
  std::vector<HiddenCell> hidden;  // by period, then in the order of GroupsOf(grouping)
};

// The cells of `observations` (one measure's grid, any order) that the public may see when the
// threshold is `threshold` (clamped to at least kMinSuppressionThreshold), and those hidden.
// What counts, by data type: a count's value; a proportion's numerator and denominator; a
// rate's count and exposure (both below the threshold hide the cell). Other data types record
// no count, so every cell is hidden. Within a period: a hidden total hides every group; a
// hidden group hides the other groups; and when then only one hidden value stands behind the
// total (the other group has no value), the total is hidden too.
SuppressedGrid SuppressSmallNumbers(const Measure& measure,
                                    const std::vector<Observation>& observations, int threshold);

}  // namespace stegvis::domain
