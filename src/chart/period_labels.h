#pragma once
// Period labels for the x axis and the data table: what the user wrote for each period
// ("2025-01-01", "2025-01", "2025-W05", "2025-Q1", "7") turned into words people read
// ("jan 2025" / "Jan 2025", "v. 5 2025" / "W5 2025", "kv. 1 2025" / "Q1 2025", "7").

#include <span>
#include <string>
#include <vector>

#include "chart/lang.h"

namespace stegvis::chart {

enum class PeriodKind { kNumber, kDay, kWeek, kMonth, kQuarter, kText };

struct PeriodLabels {
  PeriodKind kind = PeriodKind::kText;
  std::vector<std::string> short_labels;  // for the axis: "jan 2025"
  std::vector<std::string> long_labels;   // for the table and <desc>: "januari 2025"
};

// Returns the labels for `raw` (one per period, in order). The kind is decided for the whole
// series: ISO dates that all fall on the first of a month read as months (as quarters when
// they are all quarter starts), dates a whole number of weeks apart read as ISO weeks,
// otherwise as days. Anything that is neither a date, a week, a month, a quarter nor a number
// is kept as written (kText). Never fails.
PeriodLabels FormatPeriods(std::span<const std::string> raw, Lang lang);

// Returns which labels to show on an axis `width` pixels wide so that labels of `char_width`
// pixels per character do not overlap: every k-th index starting at 0, k from 1, 2, 3, 4, 6,
// 12, then multiples of 12 (whole quarters and years for monthly data). When `numbers` holds
// the periods as whole numbers (one per label), the round ones are shown instead (multiples
// of 1, 2, 5 × 10^k), as long as they are spaced far enough apart.
std::vector<size_t> AxisLabelIndices(std::span<const std::string> labels, double width,
                                     double char_width, std::span<const double> numbers = {});

}  // namespace stegvis::chart
