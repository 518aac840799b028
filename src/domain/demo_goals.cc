#include "domain/demo_goals.h"

#include <string>
#include <vector>

#include "core/date.h"
#include "domain/goal.h"
#include "domain/observation_grid.h"

namespace stegvis::domain {
namespace {

constexpr const char* kDemoActor = "demo";

struct Ref {
  GoalFamily family;
  const char* code;
};

std::vector<Id> Ids(StoreTx& tx, Id organisation, std::initializer_list<Ref> refs) {
  std::vector<GoalEntry> catalogue = tx.Goals().ListEntries(organisation);
  std::vector<Id> out;
  for (const Ref& ref : refs) {
    for (const GoalEntry& e : catalogue) {
      if (e.family == ref.family && e.code == ref.code) out.push_back(e.id);
    }
  }
  return out;
}

// Punctuality of visits, counted per visit in the scheduling system, which does not know the
// person's sex: the report's example of a measure with a recorded reason.
Id AddVisitsOnTime(StoreTx& tx, Id solvik, Id project, std::int64_t now) {
  Measure m;
  m.organisation_id = solvik;
  m.project_id = project;
  m.name = "Besök som börjar inom 15 minuter från planerad tid";
  m.definition =
      "Andel av månadens planerade hemtjänstbesök som börjar högst 15 minuter före eller efter "
      "den tid som står i genomförandeplanen. Täljare: besök i tid. Nämnare: alla planerade "
      "besök enligt planeringssystemet.";
  m.kind = MeasureKind::kProcess;
  m.data_type = stats::DataType::kProportion;
  m.unit = "%";
  m.direction = Better::kUp;
  m.target = "90";
  m.target_date = "2026-12-31";
  m.grouping = Grouping::kNone;
  m.no_sex_reason =
      "Tidsregistreringen i planeringssystemet görs per besök och saknar uppgift om brukarens "
      "kön. Systemförvaltningen utreder om besöken kan kopplas till brukarregistret; till dess "
      "följer vi måttet för alla besök och gör stickprov per kön varje kvartal.";
  m.updated_by = kDemoActor;
  Id id = tx.Measures().Create(m, now);
  std::vector<Observation> cells;
  // Fifteen months from 2025-01, slowly better after the schedule change in spring 2025.
  constexpr int kOnTime[] = {712, 698, 731, 745, 790, 802, 776, 811,
                             829, 835, 818, 842, 851, 846, 860};
  constexpr int kPlanned[] = {968, 931, 987, 972, 995, 1004, 951, 983,
                              990, 996, 962, 988, 991, 975,  984};
  for (int i = 0; i < 15; ++i) {
    const core::Date january(std::chrono::year(2025) / std::chrono::January / 1);
    Observation o;
    o.measure_id = id;
    o.period = PeriodContaining(Frequency::kMonth, january.AddMonths(i));
    o.group = "total";
    o.value = std::to_string(kOnTime[i]);
    o.denominator = std::to_string(kPlanned[i]);
    o.updated_at = now;
    o.updated_by = kDemoActor;
    cells.push_back(std::move(o));
  }
  tx.Measures().InsertObservations(cells);
  return id;
}

}  // namespace

void SeedDemoGoals(StoreTx& tx, Id solvik, const DemoImprovementIds& improvement,
                   std::int64_t now) {
  using F = GoalFamily;
  auto link = [&](GoalObject object, Id id, std::initializer_list<Ref> refs) {
    tx.Goals().SetLinks(object, id, solvik, Ids(tx, solvik, refs), now, kDemoActor);
  };
  link(GoalObject::kProgramme, improvement.programme,
       {{F::kPolicy, "4"}, {F::kCemr, "9"}, {F::kCemr, "15"}, {F::kSkr, "8"}});
  if (improvement.projects.size() < 2) return;
  const Id first = improvement.projects[0], second = improvement.projects[1];
  link(GoalObject::kProject, first, {{F::kCemr, "15"}, {F::kSkr, "6"}});
  link(GoalObject::kAim, first, {{F::kPolicy, "5"}, {F::kSdg, "5.4"}});
  link(GoalObject::kProject, second, {{F::kSkr, "8"}});
  link(GoalObject::kAim, second, {{F::kPolicy, "4"}, {F::kSdg, "5.4"}});
  std::vector<Measure> measures = tx.Measures().ListOfProject(first);
  if (!measures.empty()) {
    link(GoalObject::kMeasure, measures.front().id, {{F::kSkr, "5"}, {F::kSkr, "6"}});
  }
  link(GoalObject::kMeasure, AddVisitsOnTime(tx, solvik, first, now), {{F::kCemr, "15"}});
}

}  // namespace stegvis::domain
