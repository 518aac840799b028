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

// Which way a signal points, as a point type; nullopt for a signal without a side (the points
// swing across the centre line, or are back where they were): it says the process varies
// oddly, not that it moved.
std::optional<stats::PointType> TypeOf(const stats::Evidence& e) {
  if (e.better > 0) return stats::PointType::kImprovement;
  if (e.better < 0) return stats::PointType::kConcern;
  if (e.side > 0) return stats::PointType::kNeutralHigh;
  if (e.side < 0) return stats::PointType::kNeutralLow;
  return std::nullopt;
}

bool Same(const stats::Evidence& a, const stats::Evidence& b) {
  return a.kind == b.kind && a.rule == b.rule && a.side == b.side && a.first == b.first;
}

// The signals of the group's judgement `now` (over the points of `analysis`) whose last point
// lies in the report period (from `from` on) and that the judgement before the period (`was`)
// did not have: one with the same kind, rule, side and first point was there already. Both
// analyses start at the same period, so a point has the same index in each.
void AddSignals(const stats::Analysis& analysis, const stats::Judgement& now,
                const stats::Judgement* was, const std::string& group, const std::string& from,
                std::vector<GroupSignal>& out) {
  const std::size_t first = out.size();
  for (const stats::Evidence& e : now.signals) {
    const std::optional<stats::PointType> type = TypeOf(e);
    if (!type || std::string(analysis.points.label(static_cast<std::size_t>(e.last))) < from) {
      continue;
    }
    if (was && std::any_of(was->signals.begin(), was->signals.end(),
                           [&](const stats::Evidence& old) { return Same(old, e); })) {
      continue;
    }
    auto it =
        std::find_if(out.begin() + static_cast<std::ptrdiff_t>(first), out.end(),
                     [&](const GroupSignal& s) { return s.kind == e.kind && s.type == *type; });
    if (it == out.end()) it = out.insert(out.end(), GroupSignal{group, e.kind, *type, {}});
    for (int i = e.first; i <= e.last; ++i) {
      it->periods.emplace_back(analysis.points.label(static_cast<std::size_t>(i)));
    }
  }
  for (auto it = out.begin() + static_cast<std::ptrdiff_t>(first); it != out.end(); ++it) {
    std::sort(it->periods.begin(), it->periods.end());
    it->periods.erase(std::unique(it->periods.begin(), it->periods.end()), it->periods.end());
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
  AddSignals(now->groups->group_a, now->groups->verdict_a,
             was_groups ? &was_groups->verdict_a : nullptr, groups[0], from, out.signals);
  AddSignals(now->groups->group_b, now->groups->verdict_b,
             was_groups ? &was_groups->verdict_b : nullptr, groups[1], from, out.signals);
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
