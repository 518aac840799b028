// ReportOnMeasure: what the report says of one measure, read by the engine as it stood at the
// end of the report period and at the end of the period before.

#include <algorithm>
#include <cmath>

#include "domain/measure_analysis.h"
#include "domain/measure_phases.h"
#include "domain/observation_grid.h"
#include "domain/point_notes.h"
#include "domain/unit_report.h"

namespace stegvis::domain {
namespace {

// `details` cut at `last`: observations, phases and point notes of later periods left out.
MeasureDetails CutAt(const MeasureDetails& details, const std::string& last) {
  MeasureDetails cut = details;
  std::erase_if(cut.observations, [&](const Observation& o) { return o.period > last; });
  std::erase_if(cut.phases, [&](const MeasurePhase& p) { return p.starts_period > last; });
  cut.point_notes.clear();
  cut.point_note_by.clear();
  for (std::size_t i = 0; i < details.point_notes.size(); ++i) {
    if (details.point_notes[i].period > last) continue;
    cut.point_notes.push_back(details.point_notes[i]);
    if (i < details.point_note_by.size()) cut.point_note_by.push_back(details.point_note_by[i]);
  }
  return cut;
}

core::Result<MeasureAnalysis> Analyse(const MeasureDetails& d) {
  return AnalyzeMeasure(d.measure, d.observations, PhaseStarts(d.phases),
                        ExcludedPeriods(d.point_notes));
}

// The special causes of `now` in periods from `from` on, by type, leaving out the type the
// last point before the report period already had (`was`'s last point): that signal went on,
// it did not begin in the period.
void AddSignals(const stats::Analysis& now, const stats::Analysis* was, const std::string& group,
                const std::string& from, std::vector<GroupSignal>& out) {
  const stats::PointType ongoing = was && !was->points.empty()
                                       ? was->points.point_type(was->points.size() - 1)
                                       : stats::PointType::kCommonCause;
  const std::size_t first = out.size();
  for (std::size_t i = 0; i < now.points.size(); ++i) {
    const stats::PointType type = now.points.point_type(i);
    const std::string period(now.points.label(i));
    if (period < from || type == stats::PointType::kCommonCause || type == ongoing) continue;
    auto it = std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                           [&](const GroupSignal& s) { return s.type == type; });
    if (it == out.end()) it = out.insert(out.end(), GroupSignal{group, type, {}});
    it->periods.push_back(period);
  }
}

// The last value of the difference A − B at or after `from` (any, when `from` is empty).
std::optional<double> LastGap(const stats::Analysis& difference, const std::string& from) {
  for (std::size_t i = difference.points.size(); i-- > 0;) {
    if (std::string(difference.points.label(i)) < from) break;
    if (!std::isnan(difference.points.y(i))) return difference.points.y(i);
  }
  return std::nullopt;
}

}  // namespace

core::Result<std::optional<ReportMeasure>> ReportOnMeasure(const MeasureDetails& details,
                                                           const ReportPeriod& period) {
  const Measure& m = details.measure;
  if (m.grouping == Grouping::kNone) return std::nullopt;
  // A measure's period belongs to the report period that holds its last day.
  const std::string from = PeriodContaining(m.frequency, period.first);
  const std::string until = PeriodContaining(m.frequency, period.last.AddDays(1));
  const std::vector<std::string> groups = GroupsOf(m.grouping);
  ReportMeasure out;
  for (const Observation& o : details.observations) {
    if (o.value.empty() || o.period < from || o.period >= until) continue;
    if (o.group != groups[0] && o.group != groups[1]) continue;
    if (out.first_period.empty() || o.period < out.first_period) out.first_period = o.period;
    out.last_period = std::max(out.last_period, o.period);
  }
  if (out.last_period.empty()) return std::nullopt;
  out.details = CutAt(details, out.last_period);
  auto now = Analyse(out.details);
  if (!now) return core::Fail(now.error());
  if (!now->groups) return std::nullopt;
  std::optional<MeasureAnalysis> was;
  const MeasureDetails before = CutAt(details, PreviousPeriod(m.frequency, from));
  if (!before.observations.empty()) {
    auto analysed = Analyse(before);
    if (!analysed) return core::Fail(analysed.error());
    was = std::move(*analysed);
  }
  const stats::GapAnalysis* was_groups = was && was->groups ? &*was->groups : nullptr;
  AddSignals(now->groups->group_a, was_groups ? &was_groups->group_a : nullptr, groups[0], from,
             out.signals);
  AddSignals(now->groups->group_b, was_groups ? &was_groups->group_b : nullptr, groups[1], from,
             out.signals);
  out.gap_end = now->groups->gap_verdict;
  out.gap_value_end = LastGap(now->groups->difference, from);
  if (was_groups) {
    out.gap_before = was_groups->gap_verdict;
    out.gap_value_before = LastGap(was_groups->difference, "");
  }
  return out;
}

bool Reportable(const ReportMeasure& measure) {
  return !measure.signals.empty() || measure.GapNarrowed() || measure.GapWidened();
}

}  // namespace stegvis::domain
