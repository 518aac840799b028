#include "domain/verdict_history.h"

#include <algorithm>
#include <set>

#include "domain/measure_analysis.h"

namespace stegvis::domain {

core::Result<VerdictHistory> ComputeVerdictHistory(const Measure& measure,
                                                   const std::vector<Observation>& observations,
                                                   const std::vector<std::string>& phase_starts,
                                                   int min_periods, int window) {
  VerdictHistory out;
  out.min_periods = min_periods;
  if (measure.grouping == Grouping::kNone) return out;
  const std::vector<std::string> groups = GroupsOf(measure.grouping);
  // Periods each group has a value in; periods sort as text within one frequency.
  std::set<std::string> in_a, in_b, periods;
  for (const Observation& o : observations) {
    if (o.value.empty()) continue;
    if (o.group == groups[0]) in_a.insert(o.period);
    if (o.group == groups[1]) in_b.insert(o.period);
    if (o.group == groups[0] || o.group == groups[1]) periods.insert(o.period);
  }
  // Only the latest `window` periods count: each reading is one analysis of the series up to
  // it, so the work grows with the square of the periods; the window bounds it, whatever is
  // stored, at what the largest measure the limits allow costs.
  std::string first_period;
  if (periods.size() > static_cast<std::size_t>(window)) {
    first_period =
        *std::next(periods.begin(), static_cast<std::ptrdiff_t>(periods.size()) - window);
    periods.erase(periods.begin(), periods.find(first_period));
  }
  int common = 0;
  std::vector<Observation> upto;
  std::size_t next = 0;
  // `observations` are ordered by period, then group (StoreTx::ListObservations).
  std::vector<Observation> sorted = observations;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const Observation& x, const Observation& y) { return x.period < y.period; });
  while (next < sorted.size() && sorted[next].period < first_period) ++next;
  for (const std::string& period : periods) {
    if (in_a.count(period) && in_b.count(period)) ++common;
    while (next < sorted.size() && sorted[next].period <= period) upto.push_back(sorted[next++]);
    if (common < min_periods) continue;
    std::vector<std::string> started;
    for (const std::string& s : phase_starts) {
      if (s <= period) started.push_back(s);
    }
    ++out.analysis_runs;
    auto analysis = AnalyzeMeasure(measure, upto, started);
    if (!analysis) return core::Fail(analysis.error());
    if (!analysis->groups) continue;
    VerdictReading r;
    r.period = period;
    r.common_periods = common;
    r.verdict_a = analysis->groups->verdict_a.verdict;
    r.verdict_b = analysis->groups->verdict_b.verdict;
    r.gap = analysis->groups->gap_verdict;
    if (out.spans.empty() || out.spans.back().gap != r.gap) {
      out.spans.push_back(VerdictSpan{period, period, r.gap, 0});
    }
    out.spans.back().to = period;
    ++out.spans.back().readings;
    out.readings.push_back(std::move(r));
  }
  return out;
}

}  // namespace stegvis::domain
