#include "domain/demo_sustain.h"

#include "core/date.h"
#include "domain/observation_grid.h"
#include "domain/sustain_plan.h"

namespace stegvis::domain {

void SeedDemoSustain(StoreTx& tx, Id organisation, Id team, Id owner, std::int64_t now) {
  Project p;
  p.organisation_id = organisation;
  p.team_id = team;
  p.title = "Färre fall nattetid";
  p.problem = "Brukare föll nattetid när de gick till toaletten i mörker.";
  p.aim_what = "Färre fall nattetid";
  p.aim_how_much = "hälften så många";
  p.aim_for_whom = "Kvinnor och män med hemtjänst nattetid";
  p.status = ProjectStatus::kSustaining;
  p.updated_by = "demo";
  const Id project = tx.Projects().Create(p, now);

  Measure m;
  m.organisation_id = organisation;
  m.project_id = project;
  m.name = "Fall nattetid per månad";
  m.definition = "Antal fall mellan 22 och 06 som rapporterats i avvikelsesystemet.";
  m.data_type = stats::DataType::kCount;
  m.grouping = Grouping::kNone;
  m.no_sex_reason = "Avvikelserapporterna anger inte kön";
  m.direction = Better::kDown;
  m.baseline_points = 12;
  const Id measure = tx.Measures().Create(m, now);
  // Twelve months at the new, lower level (the frozen baseline), then eight creeping back up.
  const char* values[] = {"4", "5", "3", "4", "5", "4", "3", "4", "5", "4",
                          "3", "4", "6", "7", "6", "8", "7", "7", "8", "9"};
  std::string period = PreviousPeriod(
      Frequency::kMonth, PeriodContaining(Frequency::kMonth, core::Date::FromUnixSeconds(now)));
  std::vector<Observation> cells;
  for (int i = 19; i >= 0; --i) {
    cells.push_back(Observation{measure, period, "total", values[i], "", "", now, "demo"});
    period = PreviousPeriod(Frequency::kMonth, period);
  }
  tx.Measures().InsertObservations(cells);
  tx.Measures().SetDataVersion(measure, 1, now, "demo");

  SustainPlan plan;
  plan.organisation_id = organisation;
  plan.project_id = project;
  plan.owner_user_id = owner;
  plan.standardised =
      "Nattlampa och fri väg till toaletten finns i checklistan för hembesök och i "
      "introduktionen av nya medarbetare.";
  plan.measures = {{measure, true, Frequency::kMonth}};
  const core::Date today = core::Date::FromUnixSeconds(now);
  plan.reviews = {{0, today.AddMonths(-1).ToString(), 0, ""},
                  {0, today.AddMonths(2).ToString(), 0, ""}};
  plan.updated_at = now;
  plan.updated_by = "demo";
  tx.SustainPlans().Create(plan);
}

}  // namespace stegvis::domain
