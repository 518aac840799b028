#include "domain/cycle_markers.h"

#include <algorithm>

#include "core/date.h"
#include "domain/observation_grid.h"
#include "domain/projects.h"
#include "stats/verdict.h"

namespace stegvis::domain {
std::string PeriodOfDate(Frequency frequency, std::string_view iso_date) {
  std::optional<core::Date> date = core::Date::Parse(iso_date);
  return date ? PeriodContaining(frequency, *date) : std::string();
}

std::vector<CycleMarker> CycleMarkers(Frequency frequency, Id measure_id,
                                      std::span<const PdsaCycle> cycles) {
  std::vector<CycleMarker> out;
  for (const PdsaCycle& c : cycles) {
    const auto& ids = c.content.measure_ids;
    if (std::find(ids.begin(), ids.end(), measure_id) == ids.end()) continue;
    auto period_at = [&](std::int64_t at) {
      return at > 0 ? PeriodContaining(frequency, core::Date::FromUnixSeconds(at)) : std::string();
    };
    // The team's own dates say when the test ran; the phase stamps say when someone moved the
    // cycle on, which for a cycle written up afterwards is not when it ran. So the dates
    // first, the stamps where a date is missing.
    std::string start = PeriodOfDate(frequency, c.content.start_date);
    if (start.empty()) start = period_at(c.do_at);
    if (start.empty()) continue;
    bool running = false;
    std::string end;
    if (c.phase == PdsaPhase::kDo) {
      running = true;  // not studied yet: the test goes on
    } else {
      end = PeriodOfDate(frequency, c.content.end_date);
      for (std::int64_t at : {c.study_at, c.act_at, c.done_at}) {
        if (end.empty()) end = period_at(at);
      }
    }
    if (end.empty() || end < start) end = start;
    out.push_back({c.id, c.number, c.content.title, c.phase, c.content.decision, std::move(start),
                   std::move(end), running});
  }
  std::stable_sort(out.begin(), out.end(), [](const CycleMarker& a, const CycleMarker& b) {
    return a.start_period < b.start_period;
  });
  return out;
}

core::Result<std::vector<CycleMarker>> LoadCycleMarkers(Store& store, const Principal& acting,
                                                        Id measure_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<std::vector<CycleMarker>> {
    std::optional<Measure> measure = tx.Measures().Find(measure_id);
    if (!measure || measure->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    if (!measure->project_id) return std::vector<CycleMarker>{};
    auto checked = CheckedProject(tx, acting, *measure->project_id, Action::kView);
    if (!checked) return core::Fail(checked.error());
    std::vector<PdsaCycle> cycles = tx.Pdsa().ListMeasureCycles(measure_id);
    return CycleMarkers(measure->frequency, measure_id, cycles);
  });
}

std::optional<PhaseProposal> ProposePhase(const stats::Analysis& analysis, stats::RuleSet rules,
                                          stats::Direction direction,
                                          std::span<const CycleMarker> markers) {
  if (direction == stats::Direction::kNeutral || analysis.points.empty() ||
      analysis.parts.empty()) {
    return std::nullopt;
  }
  const int better = direction == stats::Direction::kUp ? 1 : -1;
  const stats::Judgement judgement = stats::JudgeSeries(analysis, rules, direction);
  const int current_phase_first = analysis.parts.back().first;
  auto index_of = [&](const std::string& period) {
    const auto& p = analysis.points;
    std::size_t i = 0;
    while (i < p.size() && p.label(i) < period) ++i;
    return static_cast<int>(i);
  };
  std::optional<PhaseProposal> best;
  for (const CycleMarker& m : markers) {
    if (m.phase != PdsaPhase::kDone || m.decision != PdsaDecision::kAdopt) continue;
    const int start = index_of(m.start_period);
    const int end = index_of(m.end_period);
    for (const stats::Evidence& e : judgement.signals) {
      if (e.kind != stats::SignalKind::kShift || e.side != better) continue;
      if (e.first < start || e.last <= end || e.first <= current_phase_first) continue;
      best = PhaseProposal{m.cycle_id, m.number, m.title, e.first,
                           std::string(analysis.points.label(e.first))};
    }
  }
  return best;
}

}  // namespace stegvis::domain
