// Sustain plans (sql_sustain_plans.cc) on both engines: a plan read back with its measures in
// the order saved and its reviews by date; an update replaces the measures, keeps the reviews
// still listed with their done marks, drops the others and adds the new ones.

#include <gtest/gtest.h>

#include "store/test_database.h"

namespace stegvis::store {
namespace {

using SustainStoreTest = EngineTest;
INSTANTIATE_TEST_SUITE_P(Engines, SustainStoreTest,
                         testing::Values(Engine::kSqlite, Engine::kPostgres), EngineName);

struct Fixture {
  domain::Id org = 0, user = 0, project = 0, other_project = 0, m1 = 0, m2 = 0;
};

Fixture Seed(MigratingStore& store) {
  store.Migrate();
  Fixture f;
  store.Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    f.org = tx.Units().CreateOrganisation("Kommun", 1);
    domain::Id unit =
        tx.Units().Create({f.org, std::nullopt, "Hemtjänst Norr", domain::UnitKind::kEnhet}, 1);
    domain::Id team = tx.Teams().Create({f.org, unit, "Trygg hemgång", ""}, 1);
    f.user = tx.Users().Create({f.org, "a@kommun.example", "Anna", "sv", "hash"}, 1);
    domain::Project p;
    p.organisation_id = f.org;
    p.team_id = team;
    p.title = "Färre fall";
    p.status = domain::ProjectStatus::kSustaining;
    f.project = tx.Projects().Create(p, 1);
    f.other_project = tx.Projects().Create(p, 1);
    domain::Measure m;
    m.organisation_id = f.org;
    m.project_id = f.project;
    m.name = "Fall";
    f.m1 = tx.Measures().Create(m, 1);
    m.name = "Larm";
    f.m2 = tx.Measures().Create(m, 1);
    return true;
  });
  return f;
}

TEST_P(SustainStoreTest, KeepsAPlanWithItsMeasuresAndReviews) {
  const Fixture f = Seed(*store_);
  domain::SustainPlan plan;
  plan.organisation_id = f.org;
  plan.project_id = f.project;
  plan.owner_user_id = f.user;
  plan.standardised = "Checklista 'nattpass'";
  plan.measures = {{f.m2, false, domain::Frequency::kQuarter},
                   {f.m1, true, domain::Frequency::kWeek}};
  plan.reviews = {{0, "2027-06-01", 0, ""}, {0, "2027-03-01", 0, ""}};
  plan.updated_at = 5;
  plan.updated_by = "a@kommun.example";
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    plan.id = tx.SustainPlans().Create(plan);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    EXPECT_FALSE(tx.SustainPlans().FindOfProject(f.other_project));
    auto read = tx.SustainPlans().FindOfProject(f.project);
    EXPECT_TRUE(read);
    if (!read) return true;
    EXPECT_EQ(read->id, plan.id);
    EXPECT_EQ(read->standardised, "Checklista 'nattpass'");
    EXPECT_EQ(read->owner_user_id, f.user);
    EXPECT_EQ(read->measures.size(), 2u);
    EXPECT_EQ(read->measures[0].measure_id, f.m2) << "in the order saved";
    EXPECT_FALSE(read->measures[0].continues);
    EXPECT_EQ(read->measures[1].frequency, domain::Frequency::kWeek);
    EXPECT_EQ(read->reviews.size(), 2u);
    EXPECT_EQ(read->reviews[0].due_on, "2027-03-01") << "by date";
    EXPECT_EQ(read->reviews[0].done_at, 0);
    return true;
  });
}

TEST_P(SustainStoreTest, AnUpdateKeepsListedReviewsWithTheirDoneMarks) {
  const Fixture f = Seed(*store_);
  domain::SustainPlan plan;
  plan.organisation_id = f.org;
  plan.project_id = f.project;
  plan.owner_user_id = f.user;
  plan.measures = {{f.m1, true, domain::Frequency::kMonth}};
  plan.reviews = {{0, "2027-03-01", 0, ""}, {0, "2027-06-01", 0, ""}};
  plan.updated_by = "a@kommun.example";
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    plan.id = tx.SustainPlans().Create(plan);
    plan = *tx.SustainPlans().FindOfProject(f.project);
    tx.SustainPlans().MarkReviewDone(plan.reviews[0].id, "b@kommun.example", 77);
    return true;
  });
  store_->Write([&](domain::StoreTx& tx) -> core::Result<bool> {
    domain::SustainPlan changed = *tx.SustainPlans().FindOfProject(f.project);
    changed.version = 2;
    changed.measures = {{f.m2, true, domain::Frequency::kWeek}};
    changed.reviews = {changed.reviews[0], {0, "2027-09-01", 0, ""}};  // 2027-06-01 dropped
    tx.SustainPlans().Update(changed);
    return true;
  });
  store_->Read([&](domain::StoreTx& tx) -> core::Result<bool> {
    auto read = tx.SustainPlans().FindOfProject(f.project);
    EXPECT_TRUE(read);
    if (!read) return true;
    EXPECT_EQ(read->version, 2);
    EXPECT_EQ(read->measures.size(), 1u);
    EXPECT_EQ(read->measures[0].measure_id, f.m2);
    EXPECT_EQ(read->reviews.size(), 2u);
    EXPECT_EQ(read->reviews[0].id, plan.reviews[0].id);
    EXPECT_EQ(read->reviews[0].done_by, "b@kommun.example");
    EXPECT_EQ(read->reviews[0].done_at, 77);
    EXPECT_EQ(read->reviews[1].due_on, "2027-09-01");
    return true;
  });
}

}  // namespace
}  // namespace stegvis::store
