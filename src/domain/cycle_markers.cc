#include "domain/cycle_markers.h"

#include <algorithm>
#include <chrono>
#include <cstdio>

#include "core/clock.h"
#include "domain/projects.h"
#include "stats/verdict.h"

namespace stegvis::domain {
namespace {

std::string TwoDigits(unsigned value) {
  char text[8];
  std::snprintf(text, sizeof text, "%02u", value);
  return text;
}

bool IsTrend(stats::Rule rule) {
  return rule == stats::Rule::kIhiTrend || rule == stats::Rule::kMdcTrendOfSeven;
}

}  // namespace

std::string PeriodOfDate(Frequency frequency, std::string_view iso_date) {
  if (!IsIsoDate(iso_date)) return {};
  using namespace std::chrono;
  const int y = std::stoi(std::string(iso_date.substr(0, 4)));
  const unsigned m = static_cast<unsigned>(std::stoi(std::string(iso_date.substr(5, 2))));
  const unsigned d = static_cast<unsigned>(std::stoi(std::string(iso_date.substr(8, 2))));
  switch (frequency) {
    case Frequency::kMonth: return std::to_string(y) + "-" + TwoDigits(m);
    case Frequency::kQuarter: return std::to_string(y) + "-Q" + std::to_string((m - 1) / 3 + 1);
    case Frequency::kWeek: {
      // ISO 8601: the week belongs to the year of its Thursday; week 1 holds January 4th.
      const sys_days date{year(y) / month(m) / day(d)};
      const unsigned iso_weekday = weekday(date).iso_encoding();  // Monday 1 .. Sunday 7
      const sys_days thursday = date + days(4 - static_cast<int>(iso_weekday));
      const year_month_day t{thursday};
      const sys_days jan1{t.year() / January / 1};
      const int week = static_cast<int>((thursday - jan1).count()) / 7 + 1;
      return std::to_string(static_cast<int>(t.year())) + "-W" +
             TwoDigits(static_cast<unsigned>(week));
    }
  }
  return {};
}

std::vector<CycleMarker> CycleMarkers(Frequency frequency, Id measure_id,
                                      std::span<const PdsaCycle> cycles) {
  std::vector<CycleMarker> out;
  for (const PdsaCycle& c : cycles) {
    const auto& ids = c.content.measure_ids;
    if (std::find(ids.begin(), ids.end(), measure_id) == ids.end()) continue;
    auto period_at = [&](std::int64_t at) {
      return at > 0 ? PeriodOfDate(frequency, core::FormatIsoUtc(at).substr(0, 10)) : std::string();
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
      return core::Fail(
          core::Error{core::ErrorCode::kNotFound, "no such object", {}, "error.not_found_body"});
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
    auto it = std::find_if(p.begin(), p.end(),
                           [&](const stats::Point& point) { return point.label >= period; });
    return static_cast<int>(it - p.begin());
  };
  std::optional<PhaseProposal> best;
  for (const CycleMarker& m : markers) {
    if (m.phase != PdsaPhase::kDone || m.decision != PdsaDecision::kAdopt) continue;
    const int start = index_of(m.start_period);
    const int end = index_of(m.end_period);
    for (const stats::Evidence& e : judgement.signals) {
      if (IsTrend(e.rule) || e.side != better) continue;
      if (e.first < start || e.last <= end || e.first <= current_phase_first) continue;
      best = PhaseProposal{m.cycle_id, m.number, m.title, e.first, analysis.points[e.first].label};
    }
  }
  return best;
}

}  // namespace stegvis::domain
