#include "domain/measure_phases.h"

#include "domain/projects.h"

namespace stegvis::domain {

std::vector<std::string> PhaseStarts(const std::vector<MeasurePhase>& phases) {
  std::vector<std::string> out;
  for (const MeasurePhase& p : phases) out.push_back(p.starts_period);
  return out;
}

std::optional<PhaseProposal> ProposePhaseFor(const MeasureAnalysis& analysis,
                                             const std::vector<CycleMarker>& markers) {
  const stats::RuleSet rules = analysis.rules;
  if (analysis.total) {
    if (auto p = ProposePhase(*analysis.total, rules, analysis.direction, markers)) return p;
  }
  if (analysis.groups) {
    for (const stats::Analysis* a : {&analysis.groups->group_a, &analysis.groups->group_b}) {
      if (auto p = ProposePhase(*a, rules, analysis.direction, markers)) return p;
    }
  }
  return std::nullopt;
}

core::Result<Id> StartProposedPhase(Store& store, const core::Clock& clock, const Principal& acting,
                                    const Actor& actor, Id measure_id, Id cycle_id,
                                    const std::string& period) {
  const std::int64_t now = clock.NowUnixSeconds();
  return store.Write([&](StoreTx& tx) -> core::Result<Id> {
    std::optional<Measure> measure = tx.Measures().Find(measure_id);
    if (!measure || !measure->project_id ||
        measure->organisation_id != acting.user.organisation_id) {
      return core::Fail(core::Error::NotFoundObject());
    }
    auto checked = CheckedProject(tx, acting, *measure->project_id, Action::kChange);
    if (!checked) return core::Fail(checked.error());
    std::vector<MeasurePhase> phases = tx.Measures().ListPhases(measure_id);
    auto analysis =
        AnalyzeMeasure(*measure, tx.Measures().ListObservations(measure_id), PhaseStarts(phases));
    if (!analysis) return core::Fail(analysis.error());
    std::vector<CycleMarker> markers =
        CycleMarkers(measure->frequency, measure_id, tx.Pdsa().ListMeasureCycles(measure_id));
    std::optional<PhaseProposal> proposal = ProposePhaseFor(*analysis, markers);
    if (!proposal || proposal->cycle_id != cycle_id || proposal->period != period) {
      return core::Fail(core::Error{core::ErrorCode::kConflict,
                                    "no such phase is proposed",
                                    {},
                                    "error.pdsa.no_phase_proposal"});
    }
    MeasurePhase phase{0, measure_id, period, cycle_id, now, acting.user.email};
    phase.id = tx.Measures().AddPhase(phase);
    RecordAudit(tx, actor, now, "create", "measure_phase", phase.id, "", AuditJson(phase),
                measure->organisation_id);
    return phase.id;
  });
}

}  // namespace stegvis::domain
