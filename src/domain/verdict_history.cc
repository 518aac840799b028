#include "domain/verdict_history.h"

#include <algorithm>
#include <set>

#include "domain/measure_analysis.h"

namespace stegvis::domain {

core::Result<VerdictHistory> ComputeVerdictHistory(const Measure& measure,
                                                   const std::vector<Observation>& observations,
                                                   const std::vector<std::string>& phase_starts,
                                                   int min_periods, int window,
                                                   const core::Deadline* deadline) {
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
  // Only the latest `window` periods count: each reading analyses the series up to it, so the
  // work grows with the square of the periods; the window bounds it, whatever is stored, at
  // what the largest measure the limits allow costs.
  std::string first_period;
  if (periods.size() > static_cast<std::size_t>(window)) {
    first_period =
        *std::next(periods.begin(), static_cast<std::ptrdiff_t>(periods.size()) - window);
    periods.erase(periods.begin(), periods.find(first_period));
  }
  // The groups' cells in period order (for one period, in the order given), each made a row
  // once: the rows of a reading are those of the one before plus its period's. A row's phase
  // is the latest start not after its own period, so later phases never change it.
  std::vector<const Observation*> sorted;
  for (const Observation& o : observations) {
    if (o.value.empty() || o.period < first_period) continue;
    if (o.group == groups[0] || o.group == groups[1]) sorted.push_back(&o);
  }
  std::stable_sort(sorted.begin(), sorted.end(), [](const Observation* x, const Observation* y) {
    return x->period < y->period;
  });
  std::vector<stats::Row> rows_a, rows_b;
  int common = 0;
  std::size_t next = 0;
  for (const std::string& period : periods) {
    if (in_a.count(period) && in_b.count(period)) ++common;
    for (; next < sorted.size() && sorted[next]->period <= period; ++next) {
      stats::Row row = RowOf(measure, *sorted[next]);
      row.phase = PhaseOf(row.label, phase_starts);
      (sorted[next]->group == groups[0] ? rows_a : rows_b).push_back(std::move(row));
    }
    // Without a common period the analysis has no groups to read.
    if (common < min_periods || common == 0) continue;
    if (deadline && deadline->Passed()) {
      out.complete = false;
      break;
    }
    // Parts start at the phases that had started by the end of this period.
    const bool phased = std::any_of(phase_starts.begin(), phase_starts.end(),
                                    [&](const std::string& s) { return s <= period; });
    ++out.analysis_runs;
    auto analysis = AnalyzeGroups(measure, rows_a, rows_b, phased, stats::GapRatio::kSkip);
    if (!analysis) return core::Fail(analysis.error());
    VerdictReading r;
    r.period = period;
    r.common_periods = common;
    r.verdict_a = analysis->verdict_a.verdict;
    r.verdict_b = analysis->verdict_b.verdict;
    r.gap = analysis->gap_verdict;
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
