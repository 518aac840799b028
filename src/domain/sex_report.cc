#include "domain/sex_report.h"

#include "domain/visible_work.h"

namespace stegvis::domain {

core::Result<SexReport> LoadSexReport(Store& store, const Principal& acting,
                                      std::optional<Id> unit_id) {
  return store.Read([&](StoreTx& tx) -> core::Result<SexReport> {
    auto unit = FilterUnit(tx, acting, unit_id);
    if (!unit) return core::Fail(unit.error());
    SexReport report;
    report.unit = *unit;
    report.units = tx.Units().List(acting.user.organisation_id);
    for (const VisibleTeam& v : VisibleTeams(tx, acting, unit_id)) {
      for (const Project& project : tx.Projects().List(v.team.id)) {
        for (Measure& m : tx.Measures().ListOfProject(project.id)) {
          ++report.measures;
          if (m.grouping != Grouping::kNone) continue;
          report.rows.push_back({std::move(m), project, v.team, v.unit_name});
        }
      }
    }
    return report;
  });
}

}  // namespace stegvis::domain
