// MDC variation and assurance summaries.
#include "stats/assurance.h"

#include <cmath>

namespace stegvis::stats {

std::string_view AssuranceTypeName(AssuranceType type) {
  switch (type) {
    case AssuranceType::kNone: return "";
    case AssuranceType::kConsistentPass: return "consistent_pass";
    case AssuranceType::kConsistentFail: return "consistent_fail";
    case AssuranceType::kInconsistent: return "inconsistent";
  }
  return "";
}

AssuranceType Assurance(double target, double lcl, double ucl, Direction direction) {
  if (direction == Direction::kNeutral || std::isnan(target)) return AssuranceType::kNone;
  const bool up = direction == Direction::kUp;
  // NaN limits make both comparisons false: the chart cannot promise anything.
  if (target > ucl) return up ? AssuranceType::kConsistentFail : AssuranceType::kConsistentPass;
  if (target < lcl) return up ? AssuranceType::kConsistentPass : AssuranceType::kConsistentFail;
  return AssuranceType::kInconsistent;
}

std::vector<PartSummary> Summarize(const Analysis& analysis, const ChartOptions& options) {
  std::vector<PartSummary> out;
  out.reserve(analysis.parts.size());
  for (const Part& part : analysis.parts) {
    PartSummary s;
    s.part = part.part;
    if (part.first > part.last || part.last >= static_cast<int>(analysis.points.size())) {
      out.push_back(s);
      continue;
    }
    s.cl = analysis.points.cl(part.first);
    s.lcl = analysis.points.lcl(part.first);
    s.ucl = analysis.points.ucl(part.first);
    for (int i = part.first; i <= part.last; ++i) {
      const PointType type = analysis.points.point_type(i);
      ++s.n;
      if (type == PointType::kCommonCause) ++s.common_cause;
      if (type == PointType::kImprovement) ++s.improvement;
      if (type == PointType::kConcern) ++s.concern;
    }
    s.variation = analysis.points.point_type(part.last);
    out.push_back(s);
  }
  if (!out.empty() && options.target && !analysis.points.empty()) {
    const std::size_t last = analysis.points.size() - 1;
    out.back().assurance = Assurance(*options.target, analysis.points.lcl(last),
                                     analysis.points.ucl(last), options.direction);
  }
  return out;
}

}  // namespace stegvis::stats
