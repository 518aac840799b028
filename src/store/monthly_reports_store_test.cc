// Monthly team reports (sql_programmes.cc) on both engines: one row per project and month,
// found by month, listed in month order, updated in place with the submission, and a second
// row for the same project and month refused by the table.

#include <gtest/gtest.h>

#include "domain/monthly_report.h"
#include "domain/organisation.h"
#include "domain/programme.h"
#include "domain/project.h"
#include "store/test_database.h"

namespace stegvis::store {
namespace {

using MonthlyReportsStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, MonthlyReportsStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

TEST_P(MonthlyReportsStoreTest, ReportsAreStoredFoundListedAndUpdated) {
  store_->Migrate();
  domain::MonthlyReport report;
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    const domain::Id org = tx.Units().CreateOrganisation("Värd", 1);
    const domain::Id unit = tx.Units().Create({org, std::nullopt, "Enheten"}, 1);
    const domain::Id team = tx.Teams().Create({org, unit, "Teamet", ""}, 1);
    domain::Programme p;
    p.organisation_id = org;
    p.name = "Programmet";
    domain::Project project;
    project.organisation_id = org;
    project.team_id = team;
    project.programme_id = tx.Programmes().Create(p, 1);
    project.title = "Projektet";
    report.organisation_id = org;
    report.project_id = tx.Projects().Create(project, 1);
    report.tested = "Kvällsrutin\nrad två";
    report.learned = "Tid för kvinnor";
    report.version = 1;
    report.updated_at = 5;
    report.updated_by = "team@vard.example";
    for (const char* month : {"2026-12", "2026-11"}) {
      report.month = month;
      report.id = tx.Programmes().CreateMonthlyReport(report);
    }
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::optional<domain::MonthlyReport> found =
        tx.Programmes().FindMonthlyReport(report.project_id, "2026-11");
    EXPECT_TRUE(found);
    if (!found) return false;
    EXPECT_EQ(found->tested, "Kvällsrutin\nrad två");
    EXPECT_FALSE(found->submitted);
    EXPECT_EQ(found->submitted_at, 0);
    found->submitted = true;
    found->submitted_at = 1800000000;
    found->submitted_by = "team@vard.example";
    found->support = "Handledning";
    found->version = 2;
    tx.Programmes().UpdateMonthlyReport(*found);
    EXPECT_FALSE(tx.Programmes().FindMonthlyReport(report.project_id, "2027-01"));
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    std::vector<domain::MonthlyReport> all = tx.Programmes().ListMonthlyReports(report.project_id);
    EXPECT_EQ(all.size(), 2u);
    if (all.size() != 2) return false;
    EXPECT_EQ(all[0].month, "2026-11");
    EXPECT_TRUE(all[0].submitted);
    EXPECT_EQ(all[0].submitted_at, 1800000000);
    EXPECT_EQ(all[0].support, "Handledning");
    EXPECT_EQ(all[0].version, 2);
    EXPECT_EQ(all[1].month, "2026-12");
    EXPECT_FALSE(all[1].submitted);
    return true;
  });
  EXPECT_ANY_THROW(store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    tx.Programmes().CreateMonthlyReport(report);  // 2026-11 again
    return true;
  }));
}

}  // namespace
}  // namespace stegvis::store
